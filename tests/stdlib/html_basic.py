# html: escape/unescape, entity tables, and HTMLParser events (fed whole and in pieces).
import html, html.entities as e
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
cases = ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&ampx &amp;x &notit; &notin; &not', '&#0; &#13; &#128; &#129; &#x9f; &#xD800; &#1114112; &#1; &#xb; &#xfffe; &#x10ffff; &#65 &#x41;x',
 '&unknown; &;  & &# &#x &#xg; &AElig &AEligx &Aacute; &acE; &NotEqualTilde; &lang; &rang;', 'no refs', '&' * 3, '&#9999999999999999999;', '&' + 'a' * 40 + ';']
for c in cases: print(repr(html.unescape(c)))
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['lang'], e.name2codepoint['amp'], e.codepoint2name[0x3b1], e.entitydefs['copy'], e.html5['gt;'], e.html5['gt'])
import html.entities
print(sorted(e.html5.items()) == sorted(e.html5.items()))
print(sum(map(len, e.html5.values())), sum(map(ord, ''.join(e.html5.values()))), sum(map(len, e.html5)))
print(sum(e.name2codepoint.values()), sorted(e.name2codepoint)[:3])
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('start', t, a))
    def handle_endtag(self, t): self.ev.append(('end', t))
    def handle_startendtag(self, t, a): self.ev.append(('startend', t, a))
    def handle_data(self, d): self.ev.append(('data', d))
    def handle_comment(self, d): self.ev.append(('comment', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
    def handle_charref(self, d): self.ev.append(('charref', d))
    def handle_entityref(self, d): self.ev.append(('entityref', d))
cases = ['<script>a</script >b', '<script>a</scriptx>c</script>', '<style>a&amp;</STYLE>', 'a < b', 'a <', '<a href="x',
 '</', '</>', '</ a>', '</a b>', '</1>', '<!-- x', '<!--x-->', '<!-->', '<!DOCTYPE html>', '<!x>', '<![CDATA[x]]>', '<?xml v?>',
 '&amp', 'x&amp;y', '&#65', '&#65;', 'a&b', 'a &x', '&x y', '<a b=c d="e" f=\'g\' h>', '<A HREF=X>', '<a/b>', '<br />',
 '<a b="&amp;&lt">', '<a =b>', '<a b==c>', '<a b=c/>', '<a b="c"d>', '<1>', '<a<b>', '</a\n>', '<!--a--!>', 'x<![endif]>y']
for c in cases:
    for cc in (True, False):
        p = P(convert_charrefs=cc); p.feed(c); before = list(p.ev); p.close()
        print(repr(c), cc, before, p.ev[len(before):])
doc = '<ul>\n  <li class="a">one &amp; two</li>\n  <li>three&nbsp;</li>\n</ul>'
for size in (1, 3, 7, 100):
    p = P()
    for k in range(0, len(doc), size):
        p.feed(doc[k:k + size])
    p.close()
    print(size, p.ev, p.getpos())
for s in ['<![foo]>', '<![1]>', '<![', '<![x', '<![CDATA[abc', '<![cdata[ab]] >', '<![if !IE]>', '<![endif]-->']:
    p = HTMLParser()
    try:
        p.feed(s); p.close(); print(repr(s), 'ok', p.getpos(), repr(p.rawdata))
    except Exception as e:
        print(repr(s), type(e).__name__, e, p.getpos())
class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
    def handle_data(self, d):
        if d.strip(): self.text.append(d.strip())
p = Links()
p.feed('<html><head><title>T &amp; U</title></head>\n<body><a href="/x?a=1&amp;b=2">one</a> <A HREF=/y>two</A></body></html>')
p.close(); print(p.links, p.text, p.getpos(), p.lasttag)
print(HTMLParser().convert_charrefs, HTMLParser(convert_charrefs=False).convert_charrefs)
