# str.format / str.format_map: numbering, field names, conversions, nested
# specs and every parse error.
class Obj:
    x = 5
    def __str__(self):
        return "OBJ"
    def __format__(self, spec):
        return "Obj(" + spec + ")"
    def __getitem__(self, k):
        return ("item", k)

def show(fmt, *args, **kw):
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

show("{} {} {}", 1, "a", [2])
show("{0}{1}{0}", "x", "y")
show("{a}/{b}", a=1, b=2)
show("{0[1]} {0[-1]} {0[a]}", {1: "one", "-1": "neg", "a": "A"})
show("{0[0]}", "xyz")
show("{0.x} {0[q]} {0:abc} {0!s:}", Obj())
show("{0.real.imag}{0.imag}", 3)
show("{!r} {!s} {!a}", "é", "é", "é")
show("{0!r:>8}|{0!a:<10}|", "日本")
show("{:{}{}}", 3, ">", 4)
show("{:{w}.{p}f}", 3.14159, w=10, p=3)
show("{0:{1}}", "a", "^5")
show("{:{:{}}}", 1, 2, 3)
show("{{}} {{{}}} }}{{", 7)
show("{}{}", 1)
show("{0}{}", 1, 2)
show("{}{0}", 1, 2)
show("{x}")
show("{0}")
show("{")
show("}")
show("a{")
show("x}y")
show("{0}}", 1)
show("{0!}", 1)
show("{0!r", 1)
show("{0!rx}", 1)
show("{!}", 1)
show("{0!x}", 1)
show("{0!\n}", 1)
show("{0!é}", 1)
show("{0:", 1)
show("{0:x", 1)
show("{0:{", 1)
show("{0", 1)
show("{0{}", 1)
show("{a[}", a=1)
show("{a[0}", a=[1])
show("{0[0]x}", [1])
show("{0.}", 1)
show("{0[]}", [1])
show("{0..real}", 1)
show("{99999999999999999999}", 1)
show("{0[99999999999999999999]}", [1])
show("{ 0 }", 1)
show("{0.nope}", 1)
show("{0:d}", "x")
show("{:s}", 1)
show("{é} {日本}", **{"é": 1, "日本": 2})
show("{:é^7}", "x")
show("{0:\x00<3}", 1)
show("{0:{1}}", "a", "{")
show("{:}", 5)
show("{!s:}", 5)
show("{:,}", 1234567)
show("{0[{1}]}", [1], 0)
show("{0[1][0]}", [[1], ["a", "b"]])
show("{0[1]}", (1, 2), x=1)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a=1)))
for fmt in ("{0}", "{}", "{x}", "{x.y}"):
    try:
        print(fmt.format_map({"x": 1}))
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    "{x}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
