# comprehensions run inline in tracebacks (as CPython 3.12), also when nested and chained
def f(xs):
    try:
        return [1 / x for x in xs]
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f([1, 0])
except ValueError as e:
    print("caught", e, type(e.__cause__).__name__)
gen = (1 / x for x in [0])
try:
    next(gen)
except ZeroDivisionError:
    print("generator expressions keep their frame")
{k: [v for v in (1, 0)][1] / 0 for k in "a"}
