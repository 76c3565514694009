# Indexing and slicing of long non-ASCII strings: every index, every step
# (both signs) and arbitrary bounds must agree with a list of characters.
seed = 7
def randint(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return lo + seed % (hi - lo + 1)
alphabet = "aé日😀\u0301Z\x00ß"
for n in (0, 1, 5, 63, 64, 65, 127, 128, 300, 1000):
    s = "".join(alphabet[(i * 7 + n) % len(alphabet)] for i in range(n))
    chars = list(s)
    assert len(s) == n == len(chars)
    ok = all(s[i] == chars[i] and s[-i - 1] == chars[-i - 1] for i in range(n))
    bad = 0
    for _ in range(300):
        a = randint(-n - 3, n + 3)
        b = randint(-n - 3, n + 3)
        st = [1, 2, 3, -1, -2, -7, 64, -65, None][randint(0, 8)]
        if s[a:b:st] != "".join(chars[a:b:st]):
            bad += 1
    rev = s[::-1] == "".join(reversed(chars))
    it = [c for c in s] == chars
    back = [s[i] for i in range(n - 1, -1, -1)] == chars[::-1]
    print(n, ok, bad, rev, it, back, s.find("😀"), s.rfind("日"), s.count("é"))
s = "αβγδε" * 50
print(s[3], s[-3], s[100:110], s[::50], s[-1:-20:-3], s[249], len(s[1::2]), s.index("ε", 200))
for i in (0, 63, 64, 65, 128, 200, 249):
    print(i, s[i], s[i:i + 2], s[-i - 1])
try:
    s[250]
except IndexError as e:
    print("IndexError", e)
it = iter("héllo wörld")
next(it); next(it)
print(it.__length_hint__(), "".join(it), it.__length_hint__(), list(it))
print(list(reversed("añb")), "".join(reversed("日本語")), [c for c in "a😀b"], len("😀"), "😀"[0] == "\U0001f600")
