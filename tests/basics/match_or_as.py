# Alternatives and `as` captures in nested positions: captures must land in
# the right names whichever alternative matched and however deep it is.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


def f(v):
    match v:
        case (1, a, b, c, d) | (2, d, c, b, a) | (3, b, d, a, c):
            return f"perm a={a} b={b} c={c} d={d}"
        case [first, (p, q) | [q, p, _], last]:
            return f"inner first={first} p={p} q={q} last={last}"
        case {"k": [x, y] | (y, x, _) as pair, **rest}:
            return f"mapping x={x} y={y} pair={pair} rest={rest}"
        case Point(x=(1 | 2) as n, y=[*ys] | {"ys": ys}):
            return f"point n={n} ys={ys}"
        case ((a, b) | [b, a, 0]) as whole if a < b:
            return f"ordered a={a} b={b} whole={whole}"
        case (0 | 1 | 2) as small:
            return f"small {small}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case [*_, (1 | 2) as last] | [(1 | 2) as last, *_]:
            return f"edge {last}"
        case other:
            return f"other {other!r}"


for v in [(1, "a", "b", "c", "d"), (2, "d", "c", "b", "a"), (3, "b", "d", "a", "c"),
          [0, (5, 6), 9], [0, [6, 5, 7], 9], {"k": [1, 2], "z": 0}, {"k": (2, 1, 0)},
          Point(1, [7, 8]), Point(2, {"ys": "Y"}), Point(3, []), (1, 2), [2, 1, 0], (2, 1),
          0, 2, "s", b"b", [9, 9, 2], [1, 9, 9], [9], 3.5]:
    print(f(v))

# Alternatives that capture nothing, or only wildcards.
for v in [1, "a", None, [], {}, ()]:
    match v:
        case 1 | "a" | None:
            print(repr(v), "literal alternative")
        case [] | {}:
            print(repr(v), "empty container")
        case _:
            print(repr(v), "fallback")

# An alternative that fails after capturing leaves no trace.
match [1, 2]:
    case [x, 3] | [2, x] | [_, x]:
        print("x from the third alternative:", x)

# `as` on the whole pattern, and chains of `as`.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
match 5:
    case ((5 as a) as b) as c:
        print(a, b, c)

# Deep nesting keeps the stack straight.
deep = [[[[[["core"]]]]]]
match deep:
    case [[[[[[value]]]]]]:
        print("deep", value)
match {"a": {"b": {"c": [1, {"d": (2, 3)}]}}}:
    case {"a": {"b": {"c": [1, {"d": (x, y)}]}}}:
        print("nested mapping", x, y)

# Literal kinds and their equality semantics.
for v in [1, 1.0, True, 0, -0.0, 1 + 0j, "1", b"1", -1, 2j, 1 - 2j]:
    match v:
        case True:
            print(repr(v), "is True (identity)")
        case 1:
            print(repr(v), "== 1")
        case 0:
            print(repr(v), "== 0")
        case -1:
            print(repr(v), "== -1")
        case 2j:
            print(repr(v), "== 2j")
        case 1 - 2j:
            print(repr(v), "== 1-2j")
        case "1" | b"1":
            print(repr(v), "string or bytes")
