# generator lifecycle introspection: inspect.getgeneratorstate, gi_* attributes
import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame.f_lineno if gen.gi_frame else None)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(inspect.getgeneratorstate(gen))
gen2 = g()
next(gen2)
gen2.close()
print(inspect.getgeneratorstate(gen2))
def self_ref():
    yield inspect.getgeneratorstate(me)
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(lambda: 0))
print(gen.gi_code.co_name, g.__code__ is gen.gi_code, gen.gi_yieldfrom)
def deleg():
    yield from g()
d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__)
