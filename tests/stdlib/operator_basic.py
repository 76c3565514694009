# operator module
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-1))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.abs(-2))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem([1, 2], 0))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.index(5), op.length_hint([1, 2]), op.matmul.__name__)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), sorted([(1, "b"), (2, "a")], key=get1), repr(get1))
class P:
    def __init__(self): self.a = 1; self.b = type("B", (), {"c": 3})()
ag = op.attrgetter("a")
agn = op.attrgetter("b.c", "a")
print(ag(P()), agn(P()), repr(ag))
mc = op.methodcaller("split", ",")
print(mc("a,b"), op.methodcaller("replace", "a", "b")("aa"), repr(mc))
x = [1]
x = op.iadd(x, [2])
print(x, op.iconcat([1], [3]), op.imul([0], 2))
import functools
print(functools.reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])))
