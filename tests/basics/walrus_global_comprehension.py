# A comprehension's := binds a name its function declares global globally.
G = 0
def f():
    global G
    [G := i for i in range(3)]
    return G
print(f(), G)
def g():
    x = 0
    def h():
        [x := i for i in range(2)]
        return x
    return h(), x
print(g())
