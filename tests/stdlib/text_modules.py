# string, textwrap, pprint details
import string, textwrap, pprint
class MyT(string.Template):
    delimiter = "%"
print(MyT("%x and %{y}").substitute(x=1, y=2), string.Template("$a $b").safe_substitute({"a": 1}, b=2), string.Template("${x}").get_identifiers())
print(string.Template("line1\n  $").safe_substitute(), string.capwords("  hello  WORLD "), string.capwords("a_b", "_"))
try:
    string.Template("bad\n x $ y").substitute()
except ValueError as exc:
    print("ValueError", exc)
f = string.Formatter()
print(f.format("{} {}", 1, 2), f.format("{0[k]} {1.real} {x:>4}", {"k": "v"}, 3j, x=5), f.format("{!r:^7}", "a"), list(f.parse("{{lit}} {a.b[0]!s:{w}}")), f.vformat("{0}{n}", (1,), {"n": 2}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} {x}", "a", x="b"))
for bad in ["{", "}", "{0!x}", "{0"]:
    try:
        f.format(bad, 1)
    except ValueError as exc:
        print("ValueError", exc)
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
for w in (10, 25, 60):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="> ", subsequent_indent=". ", break_on_hyphens=False))
print(textwrap.wrap("well-known non-hyphenated-word self--referential", 8))
print(textwrap.wrap("End. Next one.  Done!", 40, fix_sentence_endings=True), textwrap.wrap("a\tb\nc", 80), textwrap.wrap("a\tb", 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=1, placeholder="…"), textwrap.shorten("  lots   of    space  ", 100), textwrap.shorten(text, 20, placeholder="..."))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n\n   \n  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("one\n\ntwo\n", "  ")), repr(textwrap.indent("x\ny", "# ", lambda l: l.startswith("x"))))
tw = textwrap.TextWrapper(width=12, drop_whitespace=False); print(tw.wrap("hello   big world"))
try:
    textwrap.wrap("x", 0)
except ValueError as exc:
    print("ValueError", exc)
data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 30, "tags": ("x", "y")}}, {"name": "bob", "roles": [], "meta": None}], "count": 2, "nested": [[1, 2, [3, 4, [5, 6]]]]}
pprint.pprint(data, width=50)
pprint.pprint(data, depth=3, compact=True)
pprint.pprint(list(range(40)), width=60, compact=True)
print(pprint.pformat({"z": 1, "a": {"y": 2, "b": 3}}, sort_dicts=True), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
pprint.pprint("x" * 100, width=30)
pprint.pprint(b"bytes " * 10, width=30)
pprint.pprint({1: "a" * 40, 2: "b" * 40}, width=40)
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(defaultdict(list, {i: list(range(i)) for i in range(6)}), width=40)
pprint.pprint(Counter("abracadabra" * 3), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": 2}), width=30)
pprint.pprint({frozenset({1, 2}): {3, 2, 1}, (1, 2): [{"k": "v"}]}, width=20)
pprint.pp({"b": 1, "a": [1] * 30})
pprint.pprint(12345678901234567890, underscore_numbers=True)
print(pprint.saferepr({"a": [1, 2]}), pprint.isreadable({"a": object()}), pprint.isrecursive([]), pprint.PrettyPrinter(indent=2).pformat([[1, 2], [3]]))
from dataclasses import dataclass, field
@dataclass
class Conf:
    name: str
    values: list = field(default_factory=lambda: list(range(20)))
pprint.pprint(Conf("x"), width=40)
import types
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="b" * 30), width=40)
