# ay-args: --dump-ast
if a:
    pass
elif b:
    x = 1
elif c:
    pass
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    print(i)
else:
    done()
for x, (y, z) in pairs: pass
for x in *a, b: pass
try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    g()
finally:
    h()
try:
    pass
except* ValueError as eg:
    pass
except* TypeError:
    pass
with open(f) as g:
    pass
with a, b as c, d() as (e, f):
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield x):
    pass
with (a):
    pass
with ((a, b)):
    pass
with (a, b,):
    pass
if x: y = 1; z = 2
while 1: pass
