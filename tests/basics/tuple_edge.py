# tuple: subclasses (namedtuple style), hashing, slicing, errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "P(x=%r, y=%r)" % self
p = P(1, 2)
print(p, p.x, p.y, len(p), p[1], p[-2:], type(p[:]).__name__, p == (1, 2), hash(p) == hash((1, 2)), tuple(p), type(tuple(p)).__name__)
a, b = p; print(a, b, p + (3,), (0,) + p, p * 2, isinstance(p, tuple), P.__mro__[1] is tuple)
t(lambda: p.z)
t(lambda: setattr(p, "z", 1))
class T2(tuple):
    pass
q = T2([1, 2, 3])

print(q, type(q).__name__, q.count(2), q.index(3), T2(), T2(range(2)), T2("ab") == ("a", "b"))
t(lambda: tuple.__new__(list))
t(lambda: tuple.__new__(1))
t(lambda: tuple.__new__())
print(tuple.__new__(T2, [7]), type(tuple.__new__(T2)).__name__, tuple.__new__(tuple, "ab"))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((),)), hash((None,)) == hash((None,)), hash((-1, -2)), hash((2 ** 70,)))
print(hash((1.5, 2.25)), hash((True, False)), hash((0.0, -0.0)), hash((frozenset(),)), hash(((1, 2), (3, 4))))
t(lambda: hash((1, [2])))
t(lambda: hash(([],)))
x = (1, 2, 3, 4, 5)
print(x[1:3], x[::-1], x[::2], x[-2:], x[5:], x[:-10], x[1:4:2], x[slice(2)], x[:] is x, x[0:5] is x)
t(lambda: x[5])
t(lambda: x[-6])
t(lambda: x["a"])
t(lambda: x[2 ** 70])
t(lambda: x[1.0])
t(lambda: (1,) + [2])
t(lambda: (1,) * "a")
t(lambda: (1,) * 2.5)
t(lambda: (1,) * 2 ** 70)
t(lambda: x.index(9))
t(lambda: x.index())
t(lambda: x.count())
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
t(lambda: tuple(5))
t(lambda: x.__setitem__)
t(lambda: x.__hash__() == hash(x))
print(x.index(3), x.index(3, 1), x.index(5, -1), x.count(1), (1, 1, 1.0).count(1), 3 in x, 9 in x, () * 5, (1, 2) * 0, 3 * (0,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (1,), (2,) > (1, 9), (1, 2) == (1.0, 2.0), (1, (2, 3)) == (1, (2, 3)), (1,) != (1,))
t(lambda: (1,) < ("a",))
t(lambda: (1,) < [1])
n = float("nan")
print((n,) == (n,), n in (n,), (n,).count(n), (1, n) < (2, n), ((n,) < (n,)))
print(tuple[int], tuple[int, str], tuple[int, ...], tuple.__name__, tuple.__getitem__((1, 2), 0), tuple(i for i in range(3)), tuple({1: 2}), tuple("ab"))
print((1, 2).__getnewargs__(), ().__len__(), (1, [2]), ((1,),), ((),), (None, ...), repr((1,)), str(("a", 'b"')))
l = []
l2 = (l,)
l.append(l2)
print(l2, l)
