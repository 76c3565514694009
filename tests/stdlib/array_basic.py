# array: typed items (range and type errors as CPython), bytes round trips, sequence operations.
from array import array
import array as arraymod
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize, list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(2), 4 in a)
a.reverse(); print(a, a + array('i', [9]), a * 2, array('i') == array('i'), a == array('i', [5, 4, 2, 1]))
print(array('d', [1.5, 2.5]), array('f', [0.1, 0.2]), array('b', b"\x01\xff"), array('B', b"\x01\xff"), array('u', "hello"))
b = array('h', [1, -2, 300]); print(b.tobytes(), array('h', b.tobytes()), b.itemsize)
c = array('B'); c.frombytes(b"abc"); print(c, bytes(c), c.tounicode() if False else "")
u = array('u', "hi"); u.append("!"); print(u, u.tounicode(), u[0])
for code, val in [('b', 200), ('b', -200), ('B', 256), ('B', -1), ('h', 40000), ('H', -1), ('H', 70000), ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', -2 ** 64), ('Q', -1), ('Q', 2 ** 64), ('i', 1.5), ('i', "x"), ('d', "x"), ('u', 1), ('u', "ab")]:
    try:
        array(code, [val])
    except (OverflowError, TypeError) as e:
        print(code, val, type(e).__name__, e)
try:
    array('z')
except ValueError as e:
    print(e)
try:
    a[10]
except IndexError as e:
    print(e)
try:
    array('i', "abc")
except TypeError as e:
    print(e)
try:
    a + array('d')
except TypeError as e:
    print(e)
print(arraymod.typecodes, array('i', range(5))[::2], sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])))
x = array('i', [1, 2, 3, 4]); x[1:3] = array('i', [7, 8, 9]); del x[0]; print(x)
x[0] = 100; print(x, max(x), min(x), array('q', [2 ** 40]), array('L', [2 ** 63]))
lim = {'b': 8, 'B': 8, 'h': 16, 'H': 16, 'i': 32, 'I': 32, 'l': 64, 'L': 64, 'q': 64, 'Q': 64}
for c, bits in lim.items():
    for v in (-2 ** bits, -2 ** (bits - 1) - 1, -1, 2 ** (bits - 1), 2 ** bits, 2 ** 64, 2 ** 70, -2 ** 70):
        try:
            array(c, [v])
        except OverflowError as e:
            print(c, v, e)
