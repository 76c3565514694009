# Traceback frames of a generator run by a for loop, and of a comprehension
# (shown inline in its function, as CPython 3.12 runs it).
import traceback
def gen(n):
    k = n * 10
    yield k
    raise RuntimeError(k)
def consume():
    total = 0
    for v in gen(3):
        total += v
    return total
try:
    consume()
except RuntimeError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, {k: v for k, v in f.f_locals.items() if k in ('n', 'k', 'total', 'v')} if f.f_back else '-', f.f_back.f_code.co_name if f.f_back else None)
        tb = tb.tb_next
    s = traceback.TracebackException.from_exception(e, capture_locals=True).stack
    print([(fs.name, sorted((fs.locals or {}).items())) for fs in s[1:]])
def lc():
    return [1 / x for x in (1, 0)]
try:
    lc()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name, tb.tb_next)
