# A class whose creation failed (here: no consistent MRO, a bad __slots__)
# does not show up in its bases' __subclasses__().
class A: pass
class B(A): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print(e)
try:
    class BadSlots(A):
        __slots__ = (1,)
except TypeError as e:
    print(e)
print(A.__subclasses__())
