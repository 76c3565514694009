# print(): sep, end, file, flush
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2, 3, sep=None, end=None)
print("no newline", end="")
print(" <- same line")
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("to stderr", file=sys.stderr)
print("err", 42, sep=":", file=sys.stderr, flush=True)
print("flushed", flush=True)
print(None, True, 1.0, [1], (2,), {3: 4}, {5}, "s", b"b")
sys.stdout.write("written\n")
print(sys.stdout.write("xyz\n"))
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], str(S()), repr(S()))
print("", "", sep="|")
print("multi\nline", "text")
sys.stderr.write("direct stderr\n")
