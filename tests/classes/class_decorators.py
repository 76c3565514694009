# class decorators and decorators with arguments on methods
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "a"), list(REG), REG["Point"] is Point)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
class Svc:
    @count_calls
    def ping(self):
        return "pong"
s = Svc()
print(s.ping(), s.ping(), Svc.ping.calls, Svc.ping.__name__)
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi(name):
    return f"hi {name}"
print(hi("bob"))
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def decorated(): pass
print(order)
def replace_with_value(cls):
    return 42
@replace_with_value
class Gone: pass
print(Gone)
def singleton(cls):
    return cls()
@singleton
class Inst:
    value = "instance"
print(Inst.value, type(Inst).__name__)
@(lambda f: f)
def via_lambda(): return "PEP 614 expression decorator"
print(via_lambda())
decos = [d1, d2]
@decos[0]
def via_subscript(): return "subscript decorator"
print(via_subscript(), order)
