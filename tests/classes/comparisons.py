# rich comparisons, __eq__/__hash__ interplay, NotImplemented, total ordering by hand
class Ver:
    def __init__(self, *p): self.p = p
    def __repr__(self): return "Ver" + repr(self.p)
    def __eq__(self, o):
        print("eq", self.p, getattr(o, "p", o))
        return isinstance(o, Ver) and self.p == o.p
    def __lt__(self, o):
        return self.p < o.p if isinstance(o, Ver) else NotImplemented
    def __le__(self, o): return self.p <= o.p
print(Ver(1, 2) == Ver(1, 2), Ver(1) != Ver(2), Ver(1) < Ver(2), Ver(2) > Ver(1), Ver(1) <= Ver(1), Ver(3) >= Ver(2))
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(Ver(1) == 1)
try:
    Ver(1) < 1
except TypeError as e:
    print(type(e).__name__, e)
print(Ver.__hash__ is None)
class Eq:
    def __eq__(self, o): return NotImplemented
a, b = Eq(), Eq()
print(a == a, a == b, a != b, a == 1)
class Weird:
    def __eq__(self, o): return "truthy string"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1], Weird() in [1])
class Rev:
    def __gt__(self, o):
        print("Rev.__gt__")
        return True
class Plain: pass
print(Plain() < Rev())
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
ae = AlwaysEq()
print(ae == 5, 5 == ae, ae in [1, 2], [1, 2].index(ae), {ae: 1}[ae])
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in {Key(1)}, len({Key(1), Key(1), Key(2)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Key):
    def __eq__(self, o): return False
print(Inherit.__hash__)
