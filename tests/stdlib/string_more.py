# string: Template customisation and errors, Formatter numbering, nesting and hooks
import string

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T = string.Template
attempt(lambda: T("line one\n  x $1 y").substitute())
attempt(lambda: T("$").substitute())
attempt(lambda: T("ab\ncd\n$").substitute())
attempt(lambda: T("${a b}").substitute({"a b": 1}))
attempt(lambda: T("$a ${b} $$ $c").safe_substitute({"a": 1}, c=3))
attempt(lambda: T("$a ${b}").substitute({"a": 1, "b": 2}, b="kw"))
attempt(lambda: T("$missing").substitute({}))
attempt(lambda: T("$x $y $x ${y} $$ $").get_identifiers())
print(T("ok $a").is_valid(), T("bad $ x").is_valid(), T("$É").is_valid(), T("$_a1").substitute(_a1="u"))

class Percent(T):
    delimiter = "%"
    idpattern = "[a-z]+"
    flags = 0
print(Percent("%who %%x %WHO").safe_substitute(who="me"), Percent.pattern.flags & 2)

class Braces(T):
    braceidpattern = r"[\w.]+"
print(Braces("${a.b} $a").substitute({"a.b": 1, "a": 2}), Braces("$a.b").get_identifiers())

class Custom(T):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>) |
      (?P<invalid>)
    )
    """
print(Custom("[x] [[ [").safe_substitute(x=1), Custom("[x]").get_identifiers())
attempt(lambda: Custom("[x] [").substitute(x=1))

class Broken(T):
    pattern = r"(?P<other>\$)(?P<named>)(?P<braced>)(?P<escaped>)(?P<invalid>)"
attempt(lambda: Broken("$").substitute())
class Broken2(T):
    pattern = r"(?P<named>%%)?(?P<braced>%%)?(?P<escaped>%%)?(?P<invalid>%%)?\$"
for method in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    attempt(lambda: getattr(Broken2("a$b"), method)())

print(string.capwords(" aBC  dEF\tghi\n"), string.capwords("x--y--z", "--"), repr(string.capwords("")))

F = string.Formatter()
attempt(lambda: F.format("{} {}", "a", "b"))
attempt(lambda: F.format("{0} {}", "a", "b"))
attempt(lambda: F.format("{} {0}", "a", "b"))
attempt(lambda: F.format("{:{}} |{:>{w}}|", "ab", 5, "c", w=4))
attempt(lambda: F.format("{0:{1}{2}}", 3.14159, ".", "2f"))
attempt(lambda: F.format("{:{:{:{}}}}", 1, 2, 3, 4))
attempt(lambda: F.format("{0[0]} {0[key]} {1.imag} {2}", {0: "zero", "key": "k"}, 2j, "x"))
attempt(lambda: F.format("{!r} {!s} {!a}", "é", "é", "é"))
attempt(lambda: F.format("{0!z}", 1))
attempt(lambda: F.format("{x}", y=1))
attempt(lambda: F.format("{5}", 1))
attempt(lambda: F.format("{0.}", 1))
attempt(lambda: F.format("{0[}", 1))
attempt(lambda: F.format("{0[1]x}", [1, 2]))
attempt(lambda: F.format("}{"))
attempt(lambda: F.format("{{}} {{{0}}}", 7))
attempt(lambda: F.vformat("{a}{0}", ("p",), {"a": "q"}))
print(list(F.parse("x{{y}}z{a.b[c]!r:>{w}}{}tail")), list(F.parse("")), list(F.parse("{:}")))
attempt(lambda: F.convert_field(5, "x"))
print(F.convert_field(5, None), F.convert_field("a", "r"), F.format_field(3, "03d"), F.get_value(0, ["v"], {}), F.get_value("k", [], {"k": 1}))
print(F.get_field("0.real", [3], {}), F.get_field("k[1]", [], {"k": "ab"}))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        print("used", sorted(map(str, used_args)), "unused", sorted(map(str, unused - used_args)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s>" % key
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
print(Strict().format("{0} {name} {missing:>5}", "a", "b", name="n", extra=1))
