# Frame objects of traceback entries: locals kept as the exception left each
# frame, f_back through the chain, running frames and callers; walk_tb,
# walk_stack, StackSummary with locals, logging's caller, comprehensions inline.
import sys, traceback
def inner(a):
    b = a * 2
    raise ValueError(b)
def outer(x):
    y = x + 1
    inner(y)
try:
    outer(1)
except ValueError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno if f.f_back else '-', sorted(f.f_locals) if f.f_code.co_name != '<module>' else '-', f.f_back.f_code.co_name if f.f_back else None, f.f_globals is globals())
        tb = tb.tb_next
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    for fs in te.stack:
        print(fs.name, fs.lineno, {k: v for k, v in (fs.locals or {}).items() if k in 'abxy'})
    print([ (f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
def catcher():
    try:
        outer(5)
    except ValueError as e:
        return e
e = catcher()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name if tb.tb_frame.f_back else None)
print(sorted(tb.tb_frame.f_locals))
print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
f = tb.tb_next.tb_next.tb_frame
print(f.f_locals, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
def walk():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
def w2(): return walk()
def w3(): return w2()
def w4(): return w3()
def w5(): return w4()
print(w5())
def g():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()[2].tb_frame.f_back.f_code.co_name
def h(): return g()
print(h())
s = traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True)
print([x.name for x in s])
import inspect
def st(): return [fi.function for fi in inspect.stack()]
def st2(): return st()
print(st2())
import logging
logging.basicConfig(format='%(funcName)s %(lineno)d %(message)s', stream=sys.stdout)
def lg(): logging.warning('hi')
lg()
