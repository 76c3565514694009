# object.__str__ is repr() even when an overriding __str__ calls it;
# isinstance() believes an object's __class__ property.
class A:
    def __str__(self):
        return "A.str via " + object.__str__(self)

    def __repr__(self):
        return "A.repr"


print(str(A()), object.__str__(5), object.__str__(ValueError("x")))


class Pretender:
    @property
    def __class__(self):
        return int


class Plain:
    pass


p = Pretender()
print(isinstance(p, int), isinstance(p, Pretender), isinstance(p, (str, int)), isinstance(p, str))
print(type(p).__name__, p.__class__, isinstance(Plain(), int), issubclass(Pretender, int))


class Broken:
    @property
    def __class__(self):
        raise KeyError("no class")


try:
    isinstance(Broken(), int)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Broken(), Broken))
