# textwrap: hyphens and em-dashes, long words, max_lines and placeholders, whitespace options, dedent/indent corners
import textwrap

T = textwrap.TextWrapper
print(T(width=10).wrap("well-known state-of-the-art x--y a---b e-mail 2-3 --opt"))
print(T(width=10, break_on_hyphens=False).wrap("well-known state-of-the-art x--y"))
print(T(width=6).wrap("abcdefghijklmnop"), T(width=6, break_long_words=False).wrap("abcdefghijklmnop and more"))
print(T(width=8).wrap("ab-cd-ef-gh-ij-kl"), T(width=8).wrap("--------x"), T(width=5).wrap("a-bcdefghij"))
print(T(width=1).wrap("abc de"), T(width=3, initial_indent="12").wrap("abcdef"))
print(T(width=12, max_lines=2).wrap("one two three four five six seven"))
print(T(width=12, max_lines=2, placeholder="~").wrap("one two three four five six seven"))
print(T(width=10, max_lines=2, placeholder=" [...]").wrap("aaaaaaaaa bbbbbbbbbbbbbbbbb ccc"))
print(T(width=10, max_lines=3).wrap("short words only here"), T(width=10, max_lines=1).wrap("fits"))
print(T(width=10, max_lines=2).wrap("abcdefghij" * 3))
print(T(width=11, max_lines=2, placeholder="...").wrap("aaaa bbbb cccc dddd"))
print(T(width=10, max_lines=2, drop_whitespace=False).wrap("aaaa bbbb cccc dddd "))
for kwargs in [dict(width=5, max_lines=1, placeholder=" [......]"), dict(width=0), dict(width=-3), dict(width=4, max_lines=2, subsequent_indent="1234", placeholder="x")]:
    try:
        print(T(**kwargs).wrap("some text here"))
    except ValueError as e:
        print("ValueError", e)
print(T(width=15, drop_whitespace=False).wrap("  lead and   trail  "))
print(T(width=15).wrap("  lead and   trail  "), T(width=15).wrap("   "), T(width=15, drop_whitespace=False).wrap("   "))
print(T(width=20, replace_whitespace=False).wrap("a\tb\nc\vd"), T(width=20, expand_tabs=False).wrap("a\tb"), T(width=30, tabsize=4).wrap("x\ty\t\tz"))
print(T(width=40, fix_sentence_endings=True).wrap('He said "Hi." Then left! Why? Mr. Smith, e.g. a sentence.'))
w = T(width=20, initial_indent="- ", subsequent_indent="    ")
print(w.fill("The quick brown fox jumps over the lazy dog twice over."))
w.width = 30
w.initial_indent = ""
print(w.fill("The quick brown fox jumps over the lazy dog twice over."))
class Words(textwrap.TextWrapper):
    def _split(self, text):
        return [c for c in text.replace(",", ", ").split(" ") for c in (c, " ") if c][:-1]
print(Words(width=10).wrap("a,b,c,dd,ee,ff,gg"))
print(textwrap.shorten("Hello   world, this is long", 15), textwrap.shorten("tiny", 10), repr(textwrap.shorten("   ", 5)))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError", e)
print(textwrap.shorten("The quick brown fox", 12, placeholder="…", break_long_words=False))
for text in ["  a\n\tb\n", "\ta\n\tb\n", "  a\n  \n    b\n", "a\n  b", "    x\r\n    y\r\n", "\n\n  x\n   \n  y\n  ", "  \t a\n  \t b", "  a\n \tb", ""]:
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent("a\r\nb\n\n  \nc", "> ")), repr(textwrap.indent("", "x")), repr(textwrap.indent("a\nb", "-", lambda l: "b" in l)))
print(textwrap.fill("", 10) == "", textwrap.wrap("word " * 3, width=5), textwrap.fill("abc def ghi", 7, initial_indent="> "))
