# metaclass basics, type() three-arg form, __init_subclass__, __set_name__, __prepare__
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi from Dyn"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn) is type, isinstance(Dyn, type))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"class {cls.__name__}"
class Base(metaclass=Meta):
    def method(self): pass
class Child(Base, flag=True):
    attr = 1
print(Base.tag, Child.tag, type(Child).__name__, Child.describe())
obj = Child()
print(type(obj).__name__)
try:
    obj.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Registry:
    subclasses = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Registry.subclasses.append(cls.__name__)
class A(Registry, key="a"): pass
class B(Registry): pass
class C(A, key="c"): pass
print(Registry.subclasses, A.key, B.key, C.key)
try:
    class Bad(Registry, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    first = Field()
    second = Field()
print(Model.first.name, Model.second.name)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": 42}
class WithPrepare(metaclass=OrderedMeta):
    pass
print(WithPrepare.injected)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self): print("Conf init once")
print(Conf() is Conf())
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(object), isinstance(type, object), issubclass(type, object), type.__mro__)
