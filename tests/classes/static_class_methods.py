# staticmethod and classmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def how_many(cls):
        return cls.count
class Special(Pizza):
    pass
p = Pizza.margherita()
s = Special.margherita()
print(p.toppings, type(s).__name__, Pizza.area(2), p.area(1), Special.how_many(), s.how_many())
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(Pizza.area.__name__, Pizza.margherita.__self__ is Pizza, Special.margherita.__self__ is Special)
sm = staticmethod(len)
print(sm.__func__ is len, callable(sm))
class Reg:
    registry = []
    @classmethod
    def register(cls, item):
        cls.registry.append(item)
        return cls
print(Reg.register(1).register(2).registry)
def free(x):
    return x + 1
class Host:
    f = staticmethod(free)
    g = free
print(Host.f(1), Host().f(1), Host.g(1))
try:
    Host().g(1)
except TypeError as e:
    print(type(e).__name__, e)
class CM:
    @classmethod
    @property
    def name(cls):
        return cls.__name__
print(type(CM.__dict__["name"]).__name__)
