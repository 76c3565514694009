# context managers via __enter__/__exit__ incl. suppression and nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("outer") as o, CM("inner") as i:
    print("body", o, i)
with CM("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("nosup"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
class BadExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with EnterFails():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
with (CM("p1") as a,
      CM("p2") as b):
    print("parenthesized", a, b)
class Truthy:
    def __enter__(self): return None
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy return suppresses")
with CM("no-as"):
    pass
