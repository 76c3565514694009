# an exception raised in finally replaces the one in flight
def f():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
f()
