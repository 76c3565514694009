# object's pickle-protocol methods: __getstate__ (dict and slots),
# __reduce_ex__/__reduce__ through copyreg, __sizeof__; they show in dir()
# of every instance.
import copy
import copyreg


class Plain:
    pass


class Slotted:
    __slots__ = ("p", "q")


class SlotsAndDict:
    __slots__ = ("p", "__dict__")


a = Plain()
print(a.__getstate__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)
s = Slotted()
print(s.__getstate__())
s.p = 1
print(s.__getstate__())
sd = SlotsAndDict()
sd.p, sd.z = 1, 2
print(sd.__getstate__(), [].__getstate__(), "x".__getstate__())

r = a.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
r = a.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1:])
r = a.__reduce__()
print(r[0] is copyreg._reconstructor, r[1:])
print(sd.__reduce_ex__(4)[1:])
for obj, protocol in [([1], 0), (s, 0)]:
    try:
        print(obj.__reduce_ex__(protocol))
    except TypeError as e:
        print(e)
r = [1, 2].__reduce_ex__(2)
print(r[1:3], list(r[3]), r[4])
r = {1: 2}.__reduce_ex__(4)
print(r[1:4], list(r[4]))


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


print(OwnReduce().__reduce_ex__(4))


class ListSub(list):
    pass


r = ListSub([3]).__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1:])
print(dir(Plain()))
print(type(a.__sizeof__()).__name__, a.__sizeof__() > 0)
for args in [("x",)]:
    try:
        a.__reduce_ex__(*args)
    except TypeError as e:
        print(e)


class WithNew:
    def __new__(cls, a):
        self = super().__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a,)


print(copy.copy(WithNew(7)).a, copy.deepcopy(sd).__getstate__())
