# Errors raised by iter() and next() of a for loop point at the whole for
# statement: no carets under the iterable.
import traceback
try:
    for x in 5: pass
except TypeError:
    traceback.print_exc()
def gen():
    yield 1
    raise KeyError("in gen")
for x in gen():
    print(x)
