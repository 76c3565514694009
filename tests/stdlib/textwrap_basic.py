# textwrap: wrap, fill, dedent, indent, shorten
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten(text, 30, placeholder=" [more]"))
block = """
    def f():
        return 1
    # comment
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("tab\there", 20, expand_tabs=True))
print(textwrap.wrap("a-very-hyphenated-word that breaks", 12))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder="...")
print(w.wrap(text))
