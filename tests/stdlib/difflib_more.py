# difflib: junk handling, grouped opcodes, hunk ranges, intraline hints, bytes diffs, errors
import difflib

s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(), s.bjunk, sorted(s.b2j.items())[:3])
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(1, 3, 0, 2))
m = s.find_longest_match(0, 5, 0, 9)
print(m.a, m.b, m.size, m._fields, difflib.Match(1, 2, 3))
s = difflib.SequenceMatcher(lambda c: c in "xy", "axxbyyc", "abxyc")
print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4))
print(difflib.SequenceMatcher[str], difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "", "").get_opcodes())
print(difflib.SequenceMatcher(None, "abc", "").get_opcodes(), difflib.SequenceMatcher(None, "", "abc").get_opcodes())
a = list(range(40)); b = a[:5] + [99] + a[5:30] + a[31:] + [100]
s = difflib.SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(s.get_grouped_opcodes(n)))
print(s.get_opcodes())
s = difflib.SequenceMatcher(None, "same", "same")
print(list(s.get_grouped_opcodes()), s.get_opcodes())
s = difflib.SequenceMatcher(None, "abcd", "abcd")
s.set_seq2("abXd"); print(s.ratio(), s.quick_ratio()); s.set_seq1("aXcd"); print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
big = "ab" * 150 + "c"
s = difflib.SequenceMatcher(None, big, "ab" * 140 + "cd")
print(sorted(s.bpopular), round(s.ratio(), 4), s.get_opcodes()[:2])
s = difflib.SequenceMatcher(lambda ch: ch == "a", big, "ab" * 140 + "cd")
print(sorted(s.bpopular), sorted(s.bjunk), len(s.get_matching_blocks()))
print(difflib.get_close_matches("abc", ["abd", "xbc", "abc", "ab"], n=2), difflib.get_close_matches((1, 2), [(1, 2, 3), (2, 1)], cutoff=0.5))
print(difflib.get_close_matches("zzz", ["a", "b"]), difflib.get_close_matches("ab", ["ba", "ab", "ab"], n=5, cutoff=0))

def show(lines):
    for line in lines:
        print(repr(line))
old = ["line %d\n" % i for i in range(1, 21)]
new = old[:2] + ["inserted\n"] + old[2:9] + ["line 10 changed\n"] + old[10:18]
show(difflib.unified_diff(old, new, "a.txt", "b.txt", "2024-01-01", "2024-01-02", n=2))
show(difflib.context_diff(old, new, "a.txt", "b.txt", n=1))
show(difflib.context_diff(["x\n"], [], lineterm=""))
show(difflib.context_diff([], ["x\n", "y\n"]))
show(difflib.unified_diff(["only\n"], ["only\n", "more\n"], n=0))
show(difflib.unified_diff(["a", "b"], ["b"], lineterm="", n=0))
show(difflib.context_diff(old[:3], old[:3]))
show(difflib.ndiff(["\tindented line here\n", "same\n", "gone\n"], ["\tindented  line hare\n", "same\n", "new one\n"]))
show(difflib.ndiff(["abcdefgh\n", "zzz\n", "abcdefgh\n"], ["abcdefgh\n", "yyy\n"]))
show(difflib.ndiff(["one\n", "two\n", "three\n", "four\n"], ["zero\n", "two\n", "three!\n", "fourth\n", "five\n"]))
show(difflib.ndiff(["a\n", "#\n", "b\n"], ["a\n", "b\n", "  \n"], linejunk=difflib.IS_LINE_JUNK))
show(difflib.ndiff(["x y z\n"], ["x  y z\n"], charjunk=None))
show(difflib.Differ().compare(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"]))
d = list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
for which in (1, 2, "2", 3):
    try:
        print(list(difflib.restore(d, which)))
    except ValueError as e:
        print("ValueError", e)
show(difflib.diff_bytes(difflib.context_diff, [b"a\n", b"\xff\n"], [b"a\n", b"\xfe\n"], b"f\xe9", b"g", b"d1", b"d2"))
for args in [([b"a"], [b"b"], "str-name"), ([1], [b"b"])]:
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *args))
    except TypeError as e:
        print("TypeError", e)
for args in [(["a"], ["b"], 3), ([1], ["a"]), (["a"], [2])]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    list(difflib.context_diff(["a"], ["b"], lineterm=None))
except TypeError as e:
    print("TypeError", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK(" # x\n"), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))
