# exception chaining: __context__, __cause__, __suppress_context__, raise from None
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError as v:
        raise TypeError("second") from v
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    show(e)
try:
    raise TypeError("no ctx") from KeyError("explicit")
except TypeError as e:
    show(e)
try:
    raise RuntimeError("cls cause") from ValueError
except RuntimeError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            raise IndexError("c")
except IndexError as e:
    show(e)
    show(e.__context__)
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set")
print(e1.__suppress_context__, repr(e1.__cause__))
e1.__suppress_context__ = True
print(e1.__suppress_context__)
try:
    e1.__cause__ = 5
except TypeError as te:
    print(type(te).__name__, te)
def handler():
    try:
        raise ValueError("inner")
    except ValueError:
        return __import__("sys").exc_info()[0].__name__
print(handler())
import sys
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception().args)
print(sys.exception())
try:
    try:
        raise ValueError(1)
    except ValueError as inner:
        raise inner
except ValueError as outer:
    print("same object re-raised:", outer.__context__)
try:
    err = KeyError("reuse")
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print("self-context avoided:", e.__context__)
