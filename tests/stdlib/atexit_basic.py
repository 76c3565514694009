# atexit: last-registered-first order, arguments, unregister, errors in callbacks, shutdown finalizers
import atexit
def first():
    print("first registered, runs last")
def second(a, b, *, c):
    print("second", a, b, c)
def removed():
    print("never runs")
class Bad:
    def __call__(self):
        raise ValueError("oops")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
print(atexit.register(first) is first)
atexit.register(second, 1, 2, c=3)
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.register(bad)
try:
    atexit.register(5)
except TypeError as e:
    print(type(e).__name__, e)
def cleanup_gen():
    try:
        yield 1
    finally:
        print("generator closed at exit")
g = cleanup_gen()
next(g)
print("end of script")
