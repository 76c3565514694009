# Arithmetic with +, -, * and / on every kind of operand, plain and in place.
import sys
vals = [0, 7, -3, 2**62, -2**62, 2**100, 1.5, -0.0, float("inf"), 3 + 4j, True, "ab", [1], (2,), b"x"]
for op in ("+", "-", "*", "/"):
    for a in vals:
        row = []
        for b in vals:
            try:
                r = eval(f"a {op} b")
                row.append(repr(r)[:12])
            except Exception as e:
                row.append(type(e).__name__)
        print(op, repr(a)[:10], " ".join(row))
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
x = 10
x -= 2.5
x /= 2
print(x)
big = sys.maxsize
big += 1
big *= big
print(big)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o)

    def __iadd__(self, o):
        self.v -= o
        return self

    def __rmul__(self, o):
        return ("rmul", o, self.v)

    def __truediv__(self, o):
        return ("div", self.v, o)


v = V(1)
print((v + 2).v, 3 * v, v / 4)
v += 5
print(v.v)
