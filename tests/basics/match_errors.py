# Evaluation order, guards, bindings after failed cases, and where errors
# inside a match statement are reported (tracebacks point at the case).
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines if "File" not in line or "match_errors" in line))


def guard_error():
    match [1, 2]:
        case [a, b] if a / (b - 2):
            print("no")


def body_error(x):
    match x:
        case 1:
            pass
        case [y]:
            return y + "s"


def pattern_error():
    match 1:
        case "a" | 2:
            pass
        case len():
            pass


def keys_error():
    class K:
        A = 1
        B = 1.0
    match {1: 2, 3: 4}:
        case {K.A: _, K.B: _}:
            pass


def attr_error():
    class P:
        __match_args__ = ("x",)

        @property
        def x(self):
            return 1 / 0
    match P():
        case P(x):
            pass


show(guard_error)
show(lambda: body_error([3]))
show(pattern_error)
show(keys_error)
show(attr_error)

# Names bound by a case stay bound even when its guard fails.
match (1, 2):
    case (a, b) if a > b:
        pass
    case _:
        print("guard failed; a and b are bound:", a, b)


# Guards see the captures; side effects happen in order.
def check(label, result):
    print("guard", label)
    return result


match [1, 2, 3]:
    case [x, *_] if check("first", False):
        pass
    case [x, y, z] if check("second", x < y < z):
        print("ascending", x, y, z)

# Or-patterns bind in the same order whichever alternative matched.
for v in [(1, "a", "b"), (2, "b", "a"), [3, ["c", "d"]]]:
    match v:
        case (1, first, second) | (2, second, first) | [3, [first, second]]:
            print(first, second)

# Nested functions see captured names as locals of the enclosing function.
def outer(v):
    match v:
        case {"k": value}:
            return lambda: value
    return None


print(outer({"k": 42})())

# A class body can match too; captures become class attributes.
class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass


print(Config.debug, Config.level)


# Uncaught: the traceback shows the case line.
def final(v):
    match v:
        case {"n": n}:
            return 10 // n


print(final({"n": 5}))
final({"n": 0})
