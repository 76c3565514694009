# exec / eval / compile with explicit namespaces
g = {"x": 10}
print(eval("x + 1", g), eval("y * 2", {"y": 4}), eval("a + b", {"a": 1}, {"b": 2}), eval("  3 * 3  "))
exec("z = x * 2", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
ns = {}
exec("def f(n):\n    return n + 1\nresult = f(41)", ns)
print(ns["result"], ns["f"](1), ns["f"].__name__)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
code2 = compile("print('from exec', q)", "<s>", "exec")
exec(code2, {"q": 7})
code3 = compile("5 * 5", "<single>", "single")
exec(code3)
print(exec("1"), eval("[1, 2][-1]"), eval("__name__"), eval("len('abc')", {}))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("min", {"__builtins__": {"min": max}})(1, 2))
counter = 0
def bump():
    global counter
    counter += 1
exec("bump(); bump()")
print(counter)
src = """
total = 0
for i in range(5):
    total += i
"""
d = {}
exec(src, d)
print(d["total"], d["i"])
print(eval("(lambda v: v * 3)(4)"), eval("[c for c in 'ab']"), eval("{1: 2}"), eval("x", {"x": 1}, {"x": 2}))
