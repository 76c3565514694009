# re: match/search/findall/finditer/sub/split, groups, named groups, flags
import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2), m[1], bool(m))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"x*", "axb"), re.findall(r"(a)|b", "ab"))
print([(mm.group(), mm.start()) for mm in re.finditer(r"[aeiou]", "education")])
print(re.sub(r"\s+", " ", "a  b\t\tc\n d"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.sub("a", "b", "aaa", count=2), re.subn("o", "0", "foo boo"))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "1 a 20 b 300"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"), re.sub("", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s", "a b c", maxsplit=1), re.split("x*", "axbc"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "date: 2024-03 end")
print(m.group("year"), m["month"], m.groupdict(), m.groupdict("none"), m.groups(), m.lastgroup, m.lastindex, m.re.pattern)
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall("HELLO", "hello Hello", re.I), re.search(r"a b # comment", "ab", re.X).group())
p = re.compile(r"(?i)colou?r")
print(p.findall("Color COLOUR colr"), p.pattern, p.flags & re.I != 0, p.groups, re.compile(r"(a)(?P<n>b)").groupindex)
print(re.escape("a.b*c?d"), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.match(r"(a|ab)(c|bcd)", "abcd").group())
print(re.search(r"\bfoo\b", "a foo b").span(), re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"\d+(?= dollars)", "5 dollars").group(), re.findall(r"(?<!a)b", "ab cb"))
print(re.match(r"(\d)(\d)?", "1").groups(), re.match(r"(\d)(\d)?", "1").group(2), re.match(r"(?:ab)+", "ababx").group(), re.findall(r"[^\W\d]+", "héllo w0rld"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ac ab"), re.match(r"(.)\1", "aa").group(), re.search(r"[\u00e0-\u00ff]", "café").group())
for bad in ["(", "[a-", "a{2,1}", "*a", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), type(e).__name__, e)
print(repr(re.match("a", "a")), repr(re.compile("x+")), re.match("a", "b") is None)
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.A), re.purge())
