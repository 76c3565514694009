# range objects: len, indexing, slicing, reprs, negative steps, membership
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0), range(-3, 3), repr(range(2, 9, 2)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 1)), len(range(0, -10, -1)), len(range(-5)))
print(list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 1)), list(range(-5, 5, 4)))
print(r[0], r[-1], r[3], range(1, 10, 3)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::2], r[::-1], r[1:8:3], range(0, 20, 4)[::-1], r[-3:], r[5:2], range(1, 10, 3)[1:])
print(3 in r, 10 in r, -1 in r, 4.0 in r, 4.5 in r, 6 in range(0, 10, 3), 7 in range(10, 0, -3), "a" in r, True in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), range(5, 0, -1).count(2))
try:
    r.index(20)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2), range(3) != [0, 1, 2])
big = range(0, 10 ** 20, 7)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big.stop, big[-1], 10 ** 19 in big, big[10 ** 18], big[::10 ** 18])
print(r.start, r.stop, r.step, range(3, 1, -1).step, sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(1, 8, 2))))
print(tuple(range(3)), set(range(3)), [x * 2 for x in range(3)], dict.fromkeys(range(2)), sorted(range(3), reverse=True))
print(range.__name__, type(r).__name__, isinstance(r, range), bool(range(0)), bool(range(1)))
try:
    hash(range(3)) == hash(range(0, 3))
    print("hashable", hash(range(3)) == hash(range(0, 3)))
except TypeError as e:
    print(type(e).__name__, e)
