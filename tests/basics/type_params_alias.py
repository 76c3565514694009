# The `type` statement (PEP 695) and `type` as an ordinary name.
type Alias = int | str
print(Alias, repr(Alias), type(Alias), Alias.__value__, Alias.__name__)
print(Alias.__type_params__, Alias.__parameters__, Alias.__module__)

type ListOf[T] = list[T]
print(ListOf, ListOf.__value__, ListOf.__type_params__, ListOf[int], ListOf[int].__args__)
print(ListOf.__type_params__[0].__bound__)

type Bounded[T: int, *Ts, **P] = tuple[T, *Ts]
print(Bounded.__type_params__, Bounded.__value__)

# the value is evaluated lazily and may refer to later names
type Later = Forward
class Forward: pass
print(Later.__value__)

type Missing = not_defined
print(Missing)
try:
    Missing.__value__
except NameError as e:
    print("NameError:", e)

# evaluated once
count = 0
def counted():
    global count
    count += 1
    return int
type Once = counted()
print(Once.__value__, Once.__value__, count)

def local():
    y = int
    type Local[T] = dict[T, y]
    return Local
L = local()
print(L, L.__value__, L.__module__)

class Holder:
    type Inner = float
print(Holder.Inner, Holder.Inner.__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)

# `type` stays a name
print(type(3))
type = "shadowed"
print(type)
del type
print(type.__name__)
type_ = [type]
print(type_[0](1.5))
