# traceback: seeded random exception graphs (chains, suppressed contexts, nested groups, notes) formatted with width/depth limits, compared with CPython
import random, traceback
rng = random.Random(8)
kinds = [ValueError, TypeError, KeyError, OSError, RuntimeError]


def make(depth):
    if depth > 0 and rng.random() < 0.3:
        members = [make(depth - 1) for _ in range(rng.randint(1, 4))]
        exc = ExceptionGroup("group%d" % rng.randint(0, 9), members)
    else:
        exc = rng.choice(kinds)(*rng.choice([(), ("msg",), ("a", 1)]))
    if rng.random() < 0.3:
        exc.add_note("note %d" % rng.randint(0, 9))
    if depth > 0 and rng.random() < 0.3:
        exc.__cause__ = make(depth - 1)
    elif depth > 0 and rng.random() < 0.3:
        exc.__context__ = make(depth - 1)
        exc.__suppress_context__ = rng.random() < 0.3
    return exc


for i in range(60):
    exc = make(3)
    options = rng.choice([{}, {"chain": False}, {"limit": 0}])
    te = traceback.TracebackException.from_exception(exc, max_group_width=rng.randint(1, 4), max_group_depth=rng.randint(1, 3))
    print("".join(traceback.format_exception(exc, **options)) + "~~~\n" + "".join(te.format(chain=rng.random() < 0.7)) + "=====")
