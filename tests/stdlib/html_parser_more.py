# html.parser: start tag text, positions across lines, reset, references split across feeds, script end tags
from html.parser import HTMLParser


class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []

    def handle_starttag(self, tag, attrs):
        self.ev.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.ev.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        self.ev.append(("data", data))

    def handle_entityref(self, name):
        self.ev.append(("entity", name))

    def handle_charref(self, name):
        self.ev.append(("char", name))


p = Rec()
p.feed('<div\n  id="a" class=\'b c\' data-x=&lt;y>\ntext\n</div\n>')
p.close()
for ev in p.ev:
    print(ev)
p = Rec(convert_charrefs=False)
for piece in ["a &am", "p; b &#6", "5; c &#x4", "1; &z", "zz d"]:
    p.feed(piece)
p.close()
print(p.ev)
p = Rec()
p.feed("<script>if (a < b) { x = '</p>'; }</scr")
p.feed("ipt><p>after</p>")
p.close()
print(p.ev)
p.feed("<b>partial")
p.reset()
p.feed("<i>fresh</i>")
p.close()
print(p.ev[-3:], p.getpos(), p.rawdata == "", p.get_starttag_text())
base = HTMLParser()
base.feed("<a b=1>x</a><!--c--><!DOCTYPE d><?pi?>&amp;&#65;")
base.close()
print(base.getpos(), base.lasttag, base.handle_starttag("x", []), base.handle_data("y"))
