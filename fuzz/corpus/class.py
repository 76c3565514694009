@d
class C(A, metaclass=M):
    def m(self, /, a=1, *b, c, **d) -> int: return [i for i in range(3) if i]
