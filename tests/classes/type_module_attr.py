# __module__ of builtin types (type's own included), heap classes and metaclasses.
import collections
import types


class M(type):
    pass


class C(metaclass=M):
    pass


print(type.__module__, int.__module__, object.__module__, types.FunctionType.__module__)
print(collections.OrderedDict.__module__, collections.deque.__module__)
print(C.__module__, M.__module__, type(C).__module__)
C.__module__ = "elsewhere"
print(C.__module__, repr(C))
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError:", e)
