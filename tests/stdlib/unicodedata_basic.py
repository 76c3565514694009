# unicodedata: names (explicit, Hangul, CJK), lookup with aliases and named
# sequences, categories and other properties, numeric values, normalization
# and the errors.  Ay's tables come from Debian's unicode-data 15.0.0, the
# Unicode version of CPython 3.12 (unicodedata.unidata_version).
import unicodedata as ud

print(ud.unidata_version)
for ch in "aZ9 é€中한ㄱ\u0300\u200b\U0001F600\U0001D11E\x00\x7f\ufffd\U000E0001":
    print(repr(ch), ud.name(ch, "<none>"), ud.category(ch), repr(ud.bidirectional(ch)),
          ud.combining(ch), ud.mirrored(ch), ud.east_asian_width(ch), repr(ud.decomposition(ch)))
for cp in (0xAC00, 0xAC01, 0xD7A3, 0x3400, 0x4DBF, 0x9FFF, 0x20000, 0x2A6DF, 0x31350, 0x323AF,
           0xF900, 0x2F800, 0x17000, 0x18B00, 0x1B170, 0xE000, 0xD800, 0x10FFFF, 0x0378, 0x2EBE0):
    print(hex(cp), ud.name(chr(cp), None), ud.category(chr(cp)), ud.east_asian_width(chr(cp)))
for name in ["LATIN SMALL LETTER A", "latin small letter a", "Euro Sign", "SNOWMAN", "HANGUL SYLLABLE GAG",
             "HANGUL SYLLABLE GGWAEG", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2A6DF",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "NULL", "BYTE ORDER MARK", "LINE FEED", "ZWJ", "BEL",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "GRINNING FACE"]:
    print(repr(name), [hex(ord(c)) for c in ud.lookup(name)])
for name in ["NO SUCH THING", "", "CJK UNIFIED IDEOGRAPH-FFFF", "CJK UNIFIED IDEOGRAPH-4E0",
             "HANGUL SYLLABLE XYZ", "hangul syllable gag", "cjk unified ideograph-4e00",
             "CJK UNIFIED IDEOGRAPH-4e00", "LATIN SMALL LETTER", "LATIN  SMALL LETTER A", "TANGUT IDEOGRAPH-17000"]:
    try:
        ud.lookup(name)
    except KeyError as e:
        print("KeyError", e)
for ch in "0٣५½⅓五兆Ⅻ①x\u0f33\U00010107":
    print(repr(ch), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None))
for fn, arg in [(ud.numeric, "x"), (ud.decimal, "½"), (ud.digit, "a"), (ud.name, "\x00")]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, "ValueError", e)
print(ud.numeric("x", -1), ud.decimal("x", "none"), ud.digit("½", 0))
for fn, arg in [(ud.name, "ab"), (ud.name, ""), (ud.category, 5), (ud.numeric, None), (ud.lookup, 1)]:
    try:
        fn(arg)
    except TypeError as e:
        print(fn.__name__, "TypeError", e)
for s in ["é", "e\u0301", "ﬁ", "Å", "Ａｂｃ①", "한국어", "\u1100\u1161\u11a8", "x\u0323\u0307", "", "½ ㎏"]:
    print(repr(s), [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for bad in [("NFX", "a"), ("nfc", "a")]:
    try:
        ud.normalize(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ud.normalize("NFC", b"a")
except TypeError as e:
    print("TypeError", e)

# a sample over the whole code space
for cp in range(0, 0x110000, 37):
    ch = chr(cp)
    row = (ud.name(ch, ""), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
           ud.mirrored(ch), ud.east_asian_width(ch), ud.decomposition(ch), ud.numeric(ch, None))
    if cp % (37 * 2000) == 0:
        print(hex(cp), row)
words = sum(len(ud.name(chr(cp), "").split()) for cp in range(0x20000))
print(words)
