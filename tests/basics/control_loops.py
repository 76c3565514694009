# if/elif/else, while/for with else, break/continue, nested loops
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 99)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while-else ran", i)
while True:
    i -= 1
    if i < 2:
        break
else:
    print("never")
print("after break", i)
for x in range(3):
    pass
else:
    print("for-else", x)
for x in []:
    print("never")
else:
    print("empty for-else")
for x in range(10):
    if x == 3:
        break
else:
    print("never")
print("broke at", x)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
out = []
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b > 3:
            break
        out.append((a, b))
print(out)
n = 0
while n < 3:
    for k in range(10):
        if k > n:
            break
    n += 1
    print("n", n, "k", k)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
for i in range(3):
    i = 100
print(i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
x = 5
if x: print("truthy")
if not []: print("empty falsy")
if 0: pass
elif "": pass
else: print("fell to else")
count = 0
while count < 100:
    count += 7
    if count % 2 == 0:
        continue
    if count > 50:
        break
print(count)
