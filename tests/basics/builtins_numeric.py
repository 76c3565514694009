# min/max/sum/abs/round/divmod/pow and their errors
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("abc"), min("b", "a"), max([1, 5], [2]), min((1, "a"), (1, "b")))
print(min([], default=0), max([], default=None), max([1, 2], default=9), min(["aa", "b"], key=len), max(["aa", "b", "cc"], key=len))
print(max(-3, 2, key=abs), min([(1, "x"), (0, "y")], key=lambda p: p[1]), max(range(10), key=lambda v: v % 4))
for call in ("min([])", "max([])", "min()", "max(1)", "min(1, 2, default=0)", "max([1, 'a'])", "min(1, key=abs)"):
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum([], 5), sum(range(5), start=1), sum([1.5, 2]))
for call in ("sum(['a', 'b'], '')", "sum([1, 'a'])", "sum(5)", "sum([b'a'], b'')"):
    try:
        eval(call)
    except TypeError as e:
        print(call, type(e).__name__, e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.567, 1), round(-2.5), round(7, 1), round(123, -1), round(0.5 + 1e-9))
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(hex(255), hex(-1), oct(64), bin(10), bin(-10), hex(2 ** 64))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(1 + 2j if False else "complex skipped", int("7") + float("0.5"), float.__name__)
for call in ("1 + 'a'", "'a' + 1", "[] + ()", "'a' * 'b'", "[1] * 1.5", "1 - 'a'", "-'a'", "~1.5", "'a' < 1", "{} < {}", "1 @ 2", "None | 1"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
