# nested exception groups with chained members and more than 15 sub-exceptions
def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
def grp():
    excs = []
    for f in (inner, lambda: 1/0):
        try: f()
        except Exception as e: excs.append(e)
    raise ExceptionGroup("inner group", excs)
try:
    grp()
except ExceptionGroup as g:
    raise ExceptionGroup("outer", [g, TypeError("t")] + [OSError(i) for i in range(15)])
