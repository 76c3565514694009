# urllib.parse: seeded random URLs through every function, compared with CPython
from urllib.parse import *
import random
rng = random.Random(7)
alphabet = "ab:/?#[]@;=&%+. 1é\t~-_09AF"
def s(n):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))
bases = ["http://a/b/c/d;p?q", "https://u@h:8/x/", "file:///t", "mailto:x", "", "//n/p", "a/b"]
for i in range(150):
    u = rng.choice(["http://", "//", "", "ftp:", "x:"]) + s(14)
    out = []
    for f in (lambda: urlsplit(u), lambda: urlparse(u), lambda: urljoin(rng.choice(bases), u), lambda: quote(u), lambda: quote_plus(u, safe=":"), lambda: unquote(u),
              lambda: unquote_plus(u), lambda: parse_qsl(u, keep_blank_values=True), lambda: urlunsplit(urlsplit(u)), lambda: urldefrag(u),
              lambda: (urlsplit(u).hostname, urlsplit(u).username, urlsplit(u).password), lambda: urlsplit(u).port, lambda: unquote_to_bytes(u)):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(u), "|".join(out))
