# Full case mappings (SpecialCasing), final sigma, title-casing rules and the
# character-class predicates on multi-character strings.
samples = ["ß", "ﬁ", "ﬃ", "ŉ", "ǰ", "ΐ", "İ", "i̇", "ǅ", "ǆ", "Ǆ", "ᾳ", "ᾼ", "Straße", "ﬀ", "և",
           "ΣΑΣ", "ΟΔΟΣ", "Σ", "aΣ", "aΣb", "aΣ.", "aΣ'b", "a'Σ", "1Σ", "ΣΣ", "aΣΣ", "a\u0301Σ", "aΣ\u0301",
           "hello world", "HELLO wORLD", "they're", "o'neil mcdonald", "1st 2nd", "a_b-c d.e", "ǆemal", "ǈubljana",
           "ⅷ", "Ⅷ", "ⓐⓑ", "ᵃᵇ", "ªº", "Ⓐ", "\u0345", "ͅa", "ꭰ", "ᏸ", "\U00010400\U00010428", "\U0001e900"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
for s in samples + ["", " ", "A1", "a1", "1", "Ab Cd", "Ab cd", "AB", "ǅa", "Aǅ", "ⅷ", "ⅰⅱ", "Ⓐb"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isprintable())
nums = ["123", "٣٤", "²", "①", "½", "Ⅻ", "一二三", "〇", "٣.٤", "1_000", "", "𝟘𝟙", "፩", "𐄇", "⒈", "🄀"]
for s in nums:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
spaces = [" ", "\t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u1680", "\u2000\u200a", "\u2028\u2029",
          "\u202f\u205f\u3000", "\u200b", "\ufeff", "\u180e", ""]
for s in spaces:
    print(repr(s), s.isspace(), s.isprintable(), s.split(), repr(s.strip()))
idents = ["a", "_", "a1", "1a", "é", "ﬁ", "℘", "℮", "·", "a·", "a\u0300", "\u0300", "ⅷ", "a-b", "", "日本",
          "_𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a\u200d", "\u2118x", "x\u212e", "ᢅ", "゛", "a゛", "class", "None"]
for s in idents:
    print(repr(s), s.isidentifier())
print("ǅ".istitle(), "ǅǅ".istitle(), "Ǆ".istitle(), "Aǆ".istitle(), "ᾼ".istitle(), "ᾼa".istitle())
print("ΑΣ ΣΑ".lower(), "ΑΣ, ΣΑ".lower(), "Σ-Σ".lower(), "ΑΣ\u0345".lower(), "ΑΣ\u0345Α".lower())
