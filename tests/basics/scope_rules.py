# scoping: LEGB, class scope, global/nonlocal declarations and their compile errors
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
class C:
    x = "class"
    def method(self):
        return x
    y = x + "-derived"
    z = [x for _ in range(1)]
print(C().method(), C.y, C.z)
def set_global():
    global x
    x = "reassigned"
set_global()
print(x)
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = make()
f(); f()
print(f())
for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f():\n    x = 1\n    global x\n", "def f(a):\n    global a\n",
            "def f():\n    print(y)\n    global y\n", "class K:\n    nonlocal n\n"]:
    try:
        compile(src, "<scope>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def del_then_read():
    v = 1
    del v
    try:
        v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_then_read())
def cond_local(flag):
    if flag:
        w = 1
    return w
try:
    cond_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def nested_global():
    def g():
        global gv
        gv = "from nested"
    g()
nested_global()
print(gv)
i = "outer i"
lst = [i for i in range(2)]
print(i)
def class_in_function():
    val = "fn local"
    class Inner:
        attr = val
        def m(self):
            return val
    return Inner.attr, Inner().m()
print(class_in_function())
def class_body_nonlocal():
    v = 1
    class K:
        v = 2
        seen = v
    return v, K.v, K.seen
print(class_body_nonlocal())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
exec("x = 'set by exec'")
print(x)
