# structural pattern matching (match statement)
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "":
            return "empty str"
        case str(s):
            return f"str {s}"
        case [a]:
            return f"one-list {a}"
        case [a, b, *rest]:
            return f"list {a} {b} rest={rest}"
        case {"type": "point", "x": px, **others}:
            return f"point x={px} others={others}"
        case {"k": _}:
            return "has k"
        case None:
            return "none"
        case _:
            return f"other {type(x).__name__}"
for v in [0, 2, -5, 7, 1.5, "", "hi", [9], [1, 2], (1, 2, 3, 4), {"type": "point", "x": 1, "y": 2}, {"k": 0, "z": 1}, None, {1}, []]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "x"]:
    print(where(p))
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["drop", *items] if items:
            return f"dropping {items}"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go west", "drop a b", "drop", "quit", "exit", ""]:
    print(repr(c), cmd(c))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(col(Color.RED), col(Color.GREEN))
match (1, "a"):
    case (x, y):
        print("tuple matched", x, y)
match "abc":
    case [*_]:
        print("str is not a sequence pattern")
    case _:
        print("strings do not match sequence patterns")
match {"a": 1}:
    case {}:
        print("empty mapping pattern matches any dict")
