# send, throw, close, GeneratorExit handling
def echo():
    received = None
    while True:
        try:
            received = yield f"got {received}"
        except ValueError as e:
            received = f"handled {e}"
        except GeneratorExit:
            print("GeneratorExit caught, closing")
            raise
e = echo()
print(next(e), e.send(1), e.send("two"), e.throw(ValueError("oops")), e.send(3))
e.close()
print("closed; gi_frame is None:", e.gi_frame is None)
try:
    e.send(1)
except StopIteration:
    print("send after close -> StopIteration")
g = echo()
try:
    g.send("not none")
except TypeError as ex:
    print(type(ex).__name__, ex)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as s:
    print("returned", s.value)
def no_handler():
    yield 1
    yield 2
n = no_handler()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as ex:
    print("propagated", repr(ex))
print(next(n, "finished"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
def cleanup():
    try:
        yield 1
    finally:
        print("finally on close")
c = cleanup()
next(c)
c.close()
c.close()
un = cleanup()
un.close()
print("closing an unstarted generator runs nothing")
def catch_throw():
    while True:
        try:
            yield
        except Exception as ex:
            print("caught", type(ex).__name__)
            yield "after throw"
ct = catch_throw()
next(ct)
print(ct.throw(IndexError))
fresh = no_handler()
try:
    fresh.throw(ValueError("before start"))
except ValueError as ex:
    print("thrown into unstarted:", ex)
print(next(fresh, "fresh is finished"))
def return_in_finally():
    try:
        yield 1
    finally:
        return "fin"
rf = return_in_finally()
next(rf)
print(rf.close())
