# native coroutines and awaitables driven by hand with send()/throw()/close(), no event loop
import types
class Suspend:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        received = yield self.tag
        return f"resumed {self.tag} with {received}"
async def inner():
    r1 = await Suspend("first")
    r2 = await Suspend("second")
    return [r1, r2]
async def outer():
    res = await inner()
    return ("outer", res)
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("propagated", repr(e))
c3 = outer()
c3.send(None)
c3.close()
print("closed:", c3.cr_frame is None)
@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v * 2
async def uses_legacy():
    return await legacy()
c4 = uses_legacy()
print(c4.send(None))
try:
    c4.send(21)
except StopIteration as e:
    print("legacy result", e.value)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("no suspension:", e.value)
s2 = simple()
try:
    iter(s2)
except TypeError as e:
    print(type(e).__name__, e)
s2.close()
import inspect
async def cr(): await Suspend("x")
co = cr()
print(inspect.getcoroutinestate(co))
co.send(None)
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co), inspect.iscoroutinefunction(cr), inspect.isawaitable(Suspend(1)))
class BadAwait:
    def __await__(self): return 5
async def bad():
    await BadAwait()
b = bad()
try:
    b.send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def reuse():
    return 1
r = reuse()
try:
    r.send(None)
except StopIteration:
    pass
try:
    r.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
