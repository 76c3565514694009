# exception raised inside a generator expression consumed by sum
def values():
    yield 1
    yield "two"
print(sum(x for x in values()))
