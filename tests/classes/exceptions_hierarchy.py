# exception hierarchy matching, args, add_note, with_traceback basics
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(issubclass(TimeoutError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(BrokenPipeError, ConnectionError), IOError is OSError, EnvironmentError is OSError)
def classify(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError as e:
        return f"lookup:{type(e).__name__}"
    except (TypeError, ValueError):
        return "type/value"
    except Exception:
        return "other"
for exc in [ZeroDivisionError(), OverflowError(), IndexError(), KeyError("k"), TypeError(), UnicodeError(), RuntimeError()]:
    print(type(exc).__name__, classify(exc))
e = ValueError("msg", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno)
print(OSError(2, "x").strerror, type(OSError(2, "nf")).__name__, type(OSError(13, "perm")).__name__, str(FileNotFoundError(2, "nope", "f.txt")))
err = ValueError("base")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__, str(err))
try:
    err.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise err
except ValueError as caught:
    print(caught is err, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
e2 = RuntimeError("no tb")
print(e2.__traceback__, e2.with_traceback(None) is e2)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped").with_traceback(z.__traceback__)
except RuntimeError as r:
    print(type(r).__name__, r, r.__traceback__ is not None)
e3 = Exception()
e3.args = ("replaced", 1)
print(e3, e3.args)
print(BaseException("x").args, StopIteration(5).value, StopIteration().value, SystemExit(2).code, SystemExit().code)
print(ImportError("m", name="mod", path="p").name, AttributeError("a", name="n", obj=None).name, NameError("n", name="v").name)
try:
    raise Exception
except BaseException as b:
    print(type(b).__name__, b.args)
class Mine(LookupError): pass
print(classify(Mine()), isinstance(Mine(), Exception))
