# What nearly every script does, for tools/hot-functions.sh: functions,
# if/while/for, integer arithmetic and comparisons, a class with methods and
# attributes, list/dict/str basics, an f-string printed.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by=1):
        self.value += by
        return self.value


def main():
    total = 0
    for i in range(100):
        j = 0
        while j < 5:
            if (i + j) % 3 == 0:
                total += j
            elif i > j:
                total = (total + i * j) % 1000003
            else:
                total -= 1
            j += 1
    c = Counter(total)
    for k in range(10):
        c.bump(k)
    items = []
    for x in range(20):
        items.append(str(x))
    table = {}
    for name in items:
        table[name] = len(name)
    print(f"{fib(12)} {c.value} {len(table)} {items[3] == '3'} {total}")


main()
