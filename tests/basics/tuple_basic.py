# tuples: construction, methods, hashing, comparisons, reprs
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, 2 * (0,))
print((), (1,), (1, 2), tuple(), tuple([1]), tuple("ab"), ((1,),), (None,), ("a",), type(()).__name__)
x = 1,
y = 1, 2
print(x, y, type(x).__name__)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) == hash((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], (1, 2.0) == (1, 2))
print({(1, 2): "a", (1,): "b"}, (1, 2) in {(1, 2)}, tuple(sorted((3, 1, 2))), max((1, 5), (1, 9)))
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(nested)
a, b = (1, 2)
(c, d), e = (3, 4), 5
print(a, b, c, d, e, tuple(range(3)) == (0, 1, 2))
print(t.__len__(), t.__getitem__(0), tuple.__name__, (1, (2, (3, ()))), (1, "a", 2.5, None, True))
print(repr((1,)), str(("x",)), repr(((),)), (1, 2).__add__((3,)), (4,).__mul__(2), (5, 6).__contains__(6))
