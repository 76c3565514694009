# string misc: comparisons, multiplication, iteration, membership, conversion helpers
words = ["pear", "Apple", "apple", "äpfel", "Zebra", "zebra", "10", "9", "", " "]
print(sorted(words))
print([w < "b" for w in words])
print("abc" * 2, "-" * 10, "ab" * True, [c * 2 for c in "xyz"])
print("a" < "aa" < "ab" < "b", "Z" < "a", chr(0x10000) > chr(0xFFFF), "\x00" < "\x01")
print(max(["b", "abc", "ab"]), min("zyx"), "x".join("abc"), "abc".__mul__(2))
s = "Mississippi"
print(s.count("ss"), s.count("i"), s.find("ss", 3), s.rfind("ss"), s.replace("ss", "SS", 1), s.lower().split("s"))
print(s.index("ppi"), s.rsplit("i", 2), s.partition("ss"), s.rpartition("ss"), s.title().swapcase())
print(len("日本語"), "日本語"[1], "日本語".encode("utf-8"), len("日本語".encode()), "aé日😀".encode("utf-8"))
print(str(123), str(-0.5), str(True), str([1, "x"]), str({"k": None}), repr(str), int("12") + len(str(99)))
print("%s|%5s|%-5s|" % ("a", "b", "c"), "{:^7}".format("mid"), "tab\tsep".expandtabs(2))
print("Hello"[::-1].upper().center(11, "~"), "  strip me  ".strip().replace(" ", "_"))
text = "the quick brown fox jumps over the lazy dog"
counts = {}
for ch in text.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(" ".join(w.capitalize() for w in text.split()), text.title() == " ".join(w.capitalize() for w in text.split()))
print([w for w in text.split() if len(w) > 4], sorted(set(text) - {" "}) [:5], text.count("the"))
print("a" in "abc", "ac" in "abc", "".join(c for c in "a1b2" if c.isdigit()), "x".isupper(), "X".isupper())
print(str.__doc__.splitlines()[0])
print(f"{'a':>3}{'b':<3}|", "%.2s" % "xyz", "abc".ljust(5, "*"), "x".zfill(4))
