# list: methods and their error messages
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend("ab"); a.extend(range(2)); print(a)
a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "z"); a.insert(-100, "w"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.index(1, 2), a.count(1), a.count("nope"))
a = [5, 3, 1, 4]
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.append(9); print(a, b)
b.clear(); print(b, len(b))
for call in ("[].pop()", "[1].pop(5)", "[1].remove(2)", "[1, 2].index(3)", "[1].index(1, 1)", "[].pop(-1)"):
    try:
        eval(call)
    except (IndexError, ValueError) as e:
        print(call, type(e).__name__, e)
try:
    [1].append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].insert("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
print(x + [4], x * 2, 2 * x, [] * 3, x * 0, x * -1, [[0]] * 3)
x += (7, 8); print(x)
x *= 2; print(x)
try:
    x + (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("ab"), list(range(3)), list({1: 2, 3: 4}), list((1, 2)), list(x for x in [9]))
print(len([]), len([[]]), [1, [2, [3, [4]]]], [None, True, 1.5, "s", b"b", (1,), {1}, {}])
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1] == [1.0])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, None]
except TypeError as e:
    print(type(e).__name__, e)
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1]], min([3, 1]), max([3, 1]), sum([1, 2]), sorted([3, 1, 2]))
nums = [1, 2, 3]
nums2 = nums
nums2.append(4)
print(nums is nums2, nums, nums[:] is nums, nums[:] == nums)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
r = [1, 2]
r.append(r)
print(r, [r, r])
d = {"k": []}
d["k"].append(d)
print(d)
print([].__len__(), [1, 2].__getitem__(-1), list.__name__, [1].__contains__(1), [3, 4].__iter__().__next__())
