# exception raised inside a list comprehension
def invert(xs):
    return [1 / x for x in xs]
print(invert([1, 2]))
invert([1, 0, 2])
