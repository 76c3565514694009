# obj.__dict__ = d / del obj.__dict__ for instances (tuple subclasses too) and
# functions; modules' and classes' __dict__ stay read-only.
class A: pass
class T(tuple): pass
for x in (A(), T((1,))):
    try:
        x.__dict__ = {'q': 1}
        print(x.q, x.__dict__)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        x.__dict__ = 5
    except Exception as e:
        print(type(e).__name__, e)
    try:
        del x.__dict__
        print(x.__dict__)
    except Exception as e:
        print(type(e).__name__, e)
import math
try:
    math.__dict__ = {}
except Exception as e: print(type(e).__name__, e)
def f(): pass
f.__dict__ = {'a': 1}; print(f.a, f.__dict__, vars(f))
f.b = 2
print(f.__dict__)
try:
    f.__dict__ = 3
except Exception as e: print(type(e).__name__, e)
class C: pass
try:
    C.__dict__ = {}
except Exception as e: print(type(e).__name__, e)
try:
    object().__dict__ = {}
except Exception as e: print(type(e).__name__, e)
class D(dict): pass
c = C()
c.__dict__ = D(z=1)
print(c.z, type(c.__dict__).__name__)
def f(): pass
f.x = 1
try:
    del f.__dict__
    print(f.__dict__)
except Exception as e: print(type(e).__name__, e)
class E(Exception): pass
e = E(); e.a = 1
e.__dict__ = {'b': 2}; print(e.b, vars(e))
class T(tuple): pass
t = T()
print(t.__weakref__ if hasattr(t, '__weakref__') else 'no weakref attr')
