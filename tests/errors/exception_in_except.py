# a bug inside an except block: implicit chaining shows both tracebacks
def risky():
    return [][0]
try:
    risky()
except IndexError as exc:
    print("handling", exc)
    print(undefined_in_handler)
