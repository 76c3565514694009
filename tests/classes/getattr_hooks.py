# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T:
    x = 1
t = T()
p = Proxy(t)
print(p.x)
p.y = 5
print(t.y, p.y)
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Everything:
    def __getattribute__(self, name):
        if name.startswith("magic"):
            return f"magic:{name}"
        return super().__getattribute__(name)
    real = "real attr"
e = Everything()
print(e.magic_word, e.real)
try:
    e.other
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Fallback:
    a = 1
    def __getattr__(self, name):
        return name.upper()
f = Fallback()
print(f.a, f.zzz, getattr(f, "q"), hasattr(f, "anything"))
class Frozen:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
fr = Frozen()
try:
    fr.v = 2
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(fr.v)
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
class GA:
    def __getattr__(self, name):
        if name == "bad":
            raise KeyError(name)
        raise AttributeError(f"custom missing {name}")
try:
    GA().missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    GA().bad
except KeyError as ex:
    print(type(ex).__name__, ex)
print(getattr(GA(), "x", "default"))
