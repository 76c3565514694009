# operator: every function, dunder aliases, itemgetter/attrgetter/methodcaller, errors
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.matmul.__name__)
print(op.lshift(1, 4), op.rshift(64, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(2, 3), op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 9}, "k"), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat([1], [2]), op.imul([0], 3), op.isub(5, 2), op.ipow(2, 3), op.ior(1, 2), op.ixor(3, 1), op.iand(3, 1), op.ilshift(1, 2), op.irshift(8, 1), op.imod(7, 4), op.itruediv(1, 4), op.ifloordiv(7, 2))
print(op.__add__ is op.add, op.__and__ is op.and_, op.__iand__ is op.iand, op.__not__ is op.not_, op.__inv__ is op.inv, op.__call__ is op.call, op.call(max, 1, 5))
g = op.itemgetter(1); g2 = op.itemgetter(0, -1); g3 = op.itemgetter("a", "b")
print(g("abc"), g2([1, 2, 3]), g3({"a": 1, "b": 2}), repr(g), repr(g2), repr(op.itemgetter(slice(1, 3))), g(range(5)))
class P:
    def __init__(self): self.x = 1; self.child = self
    def greet(self, name, punct="!"): return f"hi {name}{punct}"
a = op.attrgetter("x"); a2 = op.attrgetter("child.child.x", "x")
print(a(P()), a2(P()), repr(a), repr(a2), repr(op.attrgetter("a.b")))
m = op.methodcaller("greet", "bob"); m2 = op.methodcaller("greet", "amy", punct="?")
print(m(P()), m2(P()), repr(m), repr(m2), op.methodcaller("upper")("x"))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)), sorted(["bb", "a", "ccc"], key=len))
print(g.__reduce__(), a.__reduce__())
for fn in [lambda: op.add(1), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
           lambda: op.methodcaller(5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.index(1.5),
           lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(1), lambda: op.length_hint(1, "x"),
           lambda: op.add(1, "a"), lambda: op.neg("a"), lambda: op.itemgetter(1)(), lambda: op.lt(1, "a")]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
