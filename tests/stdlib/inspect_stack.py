# inspect.stack / trace / getframeinfo / getouterframes / getinnerframes.
import inspect, sys
def where():
    fi = inspect.stack()[1]
    return fi.function, fi.lineno, fi.code_context, fi.index, fi.filename == __file__, fi[3], len(fi), type(fi).__name__
def caller():
    return where()
print(caller())
def info():
    t = inspect.getframeinfo(inspect.currentframe(), context=3)
    return t.function, t.lineno, t.code_context, t.index, t[1:3]
print(info())
def boom(n):
    if n == 0:
        raise KeyError(n)
    boom(n - 1)
try:
    boom(2)
except KeyError:
    for fi in inspect.trace():
        print(fi.function, fi.lineno, fi.code_context, fi.frame.f_locals.get('n'))
e = None
try:
    boom(1)
except KeyError as exc:
    e = exc
print([(f.function, f.lineno) for f in inspect.getinnerframes(e.__traceback__, 0)])
print([f.function for f in inspect.getouterframes(inspect.currentframe())])
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as err:
    print(err)
t = inspect.getframeinfo(sys._getframe(), 0)
print(t[1:], t.code_context, t.index)
