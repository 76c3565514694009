# urllib.parse: splitting, joining, netloc parts, quoting, query strings
from urllib.parse import *
u = urlparse('https://user:pw@Example.COM:8080/p/a;par?q=1&r=2#frag')
print(u, u.hostname, u.port, u.username, u.password, u.geturl(), u._replace(scheme='http').geturl(), u.scheme, u[1], tuple(u)[2:4])
print(urlsplit('//host/path'), urlsplit('mailto:x@y.z'), urlsplit('/rel?x'), urlsplit('HTTP://h'), urlparse('http://[::1]:80/').hostname, urlsplit('http://h/p#f', allow_fragments=False))
print(urljoin('http://a/b/c/d;p?q', '../g'), urljoin('http://a/b/c/d;p?q', '//g'), urljoin('http://a/b/c/d;p?q', '?y'), urljoin('http://a/b/c/d', 'g/./h/../i'), urljoin('http://a/b/', '/x'), urljoin('http://a/b', 'https://c/d'), urljoin('http://a/b/c', '../../..'), urljoin('http://a/b/c', ''))
print(quote('a b/c?d=é'), quote('a b', safe=''), quote_plus('a b&c'), unquote('a%20b%C3%A9'), unquote_plus('a+b%2B'), quote(b'\xff'), unquote('100%'), unquote('%zz%41'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2']}, doseq=True), urlencode([('k', 'v&')]), urlencode({'é': 'ü'}))
print(parse_qs('a=1&a=2&b=&c'), parse_qs('a=1&b=', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'), parse_qsl('a=%20b+c'))
print(urlunparse(('http', 'h', '/p', '', 'q=1', 'f')), urlunsplit(('https', 'x.y', '/a', 'b=2', '')), urldefrag('http://a/b#c'), urldefrag('http://a/b').fragment)
print(urlparse(b'http://h/p?q'), urlsplit('http://h:1/').port, urlsplit('http://h/').port, urlsplit('http://u@h').username, urlsplit('http://h').password)
for call in [lambda: urlparse('http://h:bad/').port, lambda: urlsplit('http://[::1/'), lambda: urlsplit('http://h:99999/').port, lambda: parse_qsl('a', strict_parsing=True)]:
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
