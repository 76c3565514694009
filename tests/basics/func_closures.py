# closures, nonlocal, global, lambdas, late binding
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())
print(c1.__closure__[0].cell_contents, counter.__code__.co_cellvars, c1.__code__.co_freevars)
total = 0
def add(x):
    global total
    total += x
    return total
add(3); add(4)
print(total)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(shadow())
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
y = "global y"
def reads_global():
    return y
print(reads_global())
def nl_chain():
    a = 1
    def f():
        nonlocal a
        def g():
            nonlocal a
            a += 10
        g()
        a += 100
    f()
    return a
print(nl_chain())
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
sq = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(sq(5), compose(sq, lambda x: x + 1)(2), (lambda: "noargs")(), (lambda *a: len(a))(1, 2, 3))
print(sq.__name__, (lambda: 0).__qualname__, compose.__code__.co_argcount)
def make_acc():
    data = []
    def acc(v):
        data.append(v)
        return list(data)
    return acc
a = make_acc()
a(1)
print(a(2), make_acc()(9))
def global_decl():
    global new_global
    new_global = "created"
global_decl()
print(new_global)
x = 0
def loop_closure():
    fs = []
    for x in range(3):
        fs.append(lambda: x)
    return [f() for f in fs]
print(loop_closure(), x)
