# equality and hashing rules across numeric types, dict keys
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), 0 == 0.0 == False == -0.0)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool"}
d2[1] = "int"
print(d2)
print({1, 1.0, True}, {0.0, 0, False}, {1.5, 3 / 2})
print(hash(0), hash(0.0), hash(-0.0), hash(False), hash(2 ** 61 - 1), hash(0.5), hash(1.5), hash(-1), hash(-2))
print(hash(float("inf")), hash(float("-inf")), hash(()), hash((1,)) == hash((1.0,)), hash(None) == hash(None))
print(2 ** 100 == float(2 ** 100), hash(2 ** 100) == hash(float(2 ** 100)), hash(10 ** 20) == hash(1e20))
print([1, 2] == [1.0, 2.0], (1, 2) == (True, 2), "1" == 1, b"a" == "a", [1] == (1,), {1: 2} == {1.0: 2})
print(None is None, [] == [], () == ())
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, hash(a1) == hash(a1), {a1: 1}[a1])
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
print(E(1) == E(1), E(1) != E(2), E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
class H(E):
    def __hash__(self):
        return hash(self.v)
print({H(1), H(1), H(2)} and len({H(1), H(1), H(2)}), H(3) in {H(3)})
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print(hash(frozenset()) == hash(frozenset()), frozenset([1, 2]) == {1, 2}, {frozenset([1]): 0}[frozenset({1})])
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash("a") == hash("a" + ""), hash((1, "x")) == hash((1, "x")))
