# dis: which objects it disassembles, where the listing goes, code_info's
# fields, opname/opmap and the errors.  The listings themselves are each
# interpreter's own bytecode, so only their shape is printed.
import dis
import io
import re


def add(a, b=2, *rest, key, **kw):
    """Doc."""
    c = a + b
    return c


class K:
    def method(self):
        return 1

    @staticmethod
    def static():
        return 2

    @classmethod
    def klass(cls):
        return 3


def gen():
    yield 1


def listing(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    text = out.getvalue()
    headers = [re.sub(" at 0x[0-9a-f]+", "", line) for line in text.splitlines()
               if line.startswith("Disassembly of ") and line.endswith(":")]
    return text.endswith("\n") and len(text) > 10, headers


for x in [add, K, K().method, K.static, K.klass, gen, gen(), add.__code__, "x = 1", "a + b",
          "def f():\n    return 1", lambda: 0]:
    print(type(x).__name__, listing(x))
for bad in [5, None.__class__, 2.5]:
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError", e)
info = dis.code_info(add).splitlines()
print([line for line in info if line.split(":")[0] in (
    "Name", "Argument count", "Positional-only arguments", "Kw-only arguments", "Number of locals")])
print("Variable names:" in info, "   0: a" in info, "Filename:" in info[1])
out = io.StringIO()
dis.show_code(add, file=out)
print(out.getvalue().splitlines()[0])
print(dis.opmap["LOAD_FAST"] == dis.opname.index("LOAD_FAST"), "RETURN_VALUE" in dis.opname)
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))
import sys
if hasattr(sys, "last_traceback"):
    del sys.last_traceback
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    out = io.StringIO()
    dis.distb(e.__traceback__, file=out)
    print(out.getvalue().count("\n") > 1)
