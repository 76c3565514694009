# traceback: format_exc / format_exception / print_exc inside except (paths normalised to the file name)
import traceback, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def norm(s):
    return s.replace(HERE, "")
def inner():
    return {}["missing"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    print(norm(traceback.format_exc()), end="")
try:
    1 / 0
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, len(lines) > 1, norm(lines[-1]), end="")
    print(traceback.format_exception_only(type(e), e))
    print(norm("".join(traceback.format_tb(e.__traceback__))), end="")
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second") from e
except RuntimeError:
    print(norm(traceback.format_exc()), end="")
def stack_here():
    return [norm(l) for l in traceback.format_stack(limit=2)]
print("".join(stack_here()), end="")
print(traceback.format_exc())
try:
    raise TypeError("to stderr")
except TypeError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(norm(buf.getvalue()), end="")
s = traceback.extract_stack()[-1]
print(s.name, s.lineno, s.line, os.path.basename(s.filename))
try:
    raise ValueError("noted")
except ValueError as e:
    e.add_note("a note")
    print(traceback.format_exception_only(e))
