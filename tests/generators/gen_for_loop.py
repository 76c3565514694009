# Generators driven by for loops: items, the end, errors (with their
# tracebacks), exceptions being handled on either side, close after break,
# re-entry, partial use with next(), and deep nesting.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i


def failing():
    yield 1
    raise ValueError("inside")


def stopper():
    yield 1
    raise StopIteration("bad")


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


def reentrant():
    yield next(me)


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


print([x * 2 for x in count(5)], sum(count(100)))
try:
    for x in failing():
        print("got", x)
except ValueError:
    print("".join(traceback.format_exc().splitlines(True)[-3:]), end="")
try:
    for x in stopper():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
try:
    raise IndexError("outer")
except IndexError:
    for name in handled():
        print(name, sys.exc_info()[0].__name__)
me = reentrant()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError:", e)
g = cleanup()
for x in g:
    print("item", x)
    break
print("after break", g.gi_running, g.gi_frame is not None)
g.close()
h = count(5)
print(next(h), next(h), list(h), list(h))


def nested(d):
    if d == 0:
        yield "leaf"
        return
    for x in nested(d - 1):
        yield x


print(list(nested(50)))


def deep(d):
    yield from deep(d + 1) if d < 5000 else ()


try:
    for x in deep(0):
        pass
except RecursionError:
    print("RecursionError")
for i, (a, b) in enumerate(zip(count(3), count(4))):
    print(i, a, b)
gen = (x for x in count(3))
for x in gen:
    print("genexp", x, gen.gi_running)
