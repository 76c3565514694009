# an exception thrown into a generator propagates out of throw() with the generator frame in the traceback
def gen():
    yield 1
    yield 2
g = gen()
next(g)
g.throw(RuntimeError("thrown in"))
