# generator finalization: unfinished generators run their finally blocks when collected; exceptions in close
import gc
def res(name):
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print(f"finally for {name}")
g = res("a")
print(next(g))
del g
gc.collect()
print("after del")
def loop_break():
    for v in res("b"):
        print("got", v)
        break
    gc.collect()
    print("after break and collect")
loop_break()
def raising_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raising_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print("close() raised", repr(e))
def reentrant_cleanup():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
x = reentrant_cleanup()
next(x)
x.close()
print(x.gi_frame)
log = []
def quiet(name):
    try:
        yield name
    finally:
        log.append(name)
gens = [quiet(str(i)) for i in range(3)]
for gg in gens:
    next(gg)
del gg
gens.clear()
gc.collect()
print(sorted(log))
print("end")
