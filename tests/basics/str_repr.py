# repr of strings: quote selection, escapes, unicode
samples = ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "bs\\", "\x00\x01\x7f",
           "\x80\x9f\xa0", "é", "日本", "\u200b", "\ud800", "\U0001F600", "\x1b[0m", "\u00ad", "\u2028",
           "\ufeff", "\U000e0041", "a\fb\vc", "'", '"', "'\"", "\xff", "\u0378"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("\\n"), "\\n", r"\n", len(r"\n"), r"a\tb")
print("\101\x41\u0041\U00000041\N{LATIN SMALL LETTER E WITH ACUTE}")
print("a" "b" 'c', """tri
ple""", '''x''')
print(str(["a'b", 'c"d', "\n"]), repr(("é",)), {"k\t": "v"})
print(ascii(["é", 1, "\n"]), ascii("ok"), ascii(5))
print(f"{'x'!r}", repr(str(5)), repr(repr("a")))
