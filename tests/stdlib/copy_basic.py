# copy and deepcopy, including cycles and custom hooks
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
class P:
    def __init__(self, v): self.v = v; self.items = [v]
p = P(1)
p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, type(p3).__name__, p3.v)
class Custom:
    def __init__(self): self.n = 0
    def __copy__(self):
        print("__copy__ called"); c = Custom(); c.n = -1; return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__); c = Custom(); c.n = -2; return c
print(copy.copy(Custom()).n, copy.deepcopy([Custom()])[0].n)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
print(copy.copy({1: [2]}), copy.deepcopy({"a": {"b": {"c": 1}}}), copy.copy(set([1, 2])), copy.copy(None))
import functools
print(copy.deepcopy(len) is len, copy.copy(functools.partial(max, 1))(5))
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.12")
