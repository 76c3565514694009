# uncaught ExceptionGroup: nested box-drawing traceback
def a():
    raise ValueError("v")
def b():
    raise TypeError("t")
errors = []
for f in (a, b):
    try:
        f()
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("several errors", errors)
