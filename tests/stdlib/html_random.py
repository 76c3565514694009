# html: seeded random markup through unescape, escape and HTMLParser (fed in two pieces), compared with CPython
import html, random
from html.parser import HTMLParser
rng = random.Random(11)
pieces = ["<", ">", "/", "a", "b", "=", '"', "'", " ", "&", "amp;", "#", "x41", ";", "!--", "--", "!", "?", "[", "]", "script", "\n", "lt", "DOCTYPE", "1", "é", "CDATA["]


class Rec(HTMLParser):
    def __init__(self, cc):
        super().__init__(convert_charrefs=cc)
        self.ev = []

    def handle_starttag(self, t, a): self.ev.append(("s", t, a))
    def handle_endtag(self, t): self.ev.append(("e", t))
    def handle_startendtag(self, t, a): self.ev.append(("se", t, a))
    def handle_data(self, d): self.ev.append(("d", d))
    def handle_comment(self, d): self.ev.append(("c", d))
    def handle_decl(self, d): self.ev.append(("decl", d))
    def handle_pi(self, d): self.ev.append(("pi", d))
    def unknown_decl(self, d): self.ev.append(("u", d))
    def handle_charref(self, d): self.ev.append(("cr", d))
    def handle_entityref(self, d): self.ev.append(("er", d))


for i in range(300):
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
    results = [repr(html.unescape(text)), repr(html.escape(text))]
    for cc in (True, False):
        p = Rec(cc)
        try:
            cut = rng.randint(0, len(text))
            p.feed(text[:cut])
            p.feed(text[cut:])
            p.close()
            results.append(repr(p.ev) + repr(p.getpos()))
        except Exception as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(repr(text), " | ".join(results))
