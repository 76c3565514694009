# types.CellType builds cells directly: empty without an argument.
import types


def outer():
    x = 1

    def inner():
        return x
    return inner


c = types.CellType(5)
print(c.cell_contents, type(c) is type(outer().__closure__[0]))
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
empty.cell_contents = [3]
print(empty.cell_contents)
for args, kwargs in [((1, 2), {}), ((), {"contents": 1})]:
    try:
        types.CellType(*args, **kwargs)
    except TypeError as e:
        print(e)
