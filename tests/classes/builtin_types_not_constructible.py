# Builtin types that have no constructor refuse to make (empty) instances.
import sys
# (code objects are left out: CPython constructs them from 16 arguments)
for o in [print, [].append, sys._getframe(), iter([]), {}.keys(), (x for x in "")]:
    t = type(o)
    try:
        t()
        print(t.__name__, "made")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
print(type(None)(), type(NotImplemented)(), type(...)(), type(type(object())()).__name__)
