# inspect: getfile / getsourcelines / getsource on the kinds of objects they accept
import inspect, sys, functools
def f():
    return sys._getframe()
class C:
    def m(self):
        pass
@functools.wraps(f)
def wrapper():
    pass
fr = f()
try:
    1 / 0
except ZeroDivisionError as exc:
    tb = exc.__traceback__
for obj in [f, C().m, C.m, f.__code__, fr, tb, wrapper, inspect.getmodule(f)]:
    print(type(obj).__name__, inspect.getfile(obj).endswith("inspect_files.py"))
print(inspect.getsourcelines(C.m)[1], inspect.getsource(f).splitlines()[0])
for bad in [1, sys, int, len, "text"]:
    try:
        inspect.getfile(bad)
    except TypeError as exc:
        print("TypeError", exc)
