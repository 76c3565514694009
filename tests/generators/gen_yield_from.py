# yield from delegation: values, send/throw forwarding, return values
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-end"
o = outer()
print(next(o), o.send("A"), o.send("B"))
try:
    next(o)
except StopIteration:
    print("outer finished")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("inner caught", repr(e))
            return "stopped by KeyError"
def delegator():
    result = yield from catcher()
    yield f"delegator saw {result}"
d = delegator()
print(next(d), d.throw(KeyError("k")))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def yf_iter():
    r = yield from [1, 2]
    print("list delegation returns", r)
print(list(yf_iter()))
def gen_return():
    return 5
    yield
def uses():
    v = yield from gen_return()
    yield v * 2
print(list(uses()))
def depth(n):
    if n:
        yield n
        yield from depth(n - 1)
print(list(depth(5)))
def err_inner():
    yield 1
    raise ValueError("from inner")
def err_outer():
    try:
        yield from err_inner()
    except ValueError as e:
        yield f"outer handled {e}"
print(list(err_outer()))
