# private name mangling: attributes, class variables, methods, parameters, nested classes
class Priv:
    __k = 5
    def __init__(self, __a=3):
        self.__secret = __a
    def get(self):
        return self.__secret, Priv.__k, [self.__secret for _ in "a"]
    def __m(self):
        return "m"
    def call(self):
        return self.__m()
    class __Inner:
        __deep = 1
        def show(self):
            return self.__deep
p = Priv()
print(sorted(p.__dict__), p.get(), p.call())
print(sorted(k for k in Priv.__dict__ if "Priv" in k))
print(Priv.__init__.__code__.co_varnames)
print(Priv._Priv__Inner().show(), sorted(k for k in Priv._Priv__Inner.__dict__ if "deep" in k))
class _Under:
    def __init__(self):
        self.__x = 1
print(list(_Under().__dict__))
class ___:
    def __init__(self):
        self.__y = 2
print(list(___().__dict__))
class Dunder:
    def __init__(self):
        self.__z__ = 3
print(list(Dunder().__dict__))
try:
    p.__secret
except AttributeError as e:
    print(type(e).__name__, e)
