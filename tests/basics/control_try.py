# try/except/else/finally incl. return/break/continue crossing finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f3 finally")
print(f3())
def f4():
    try:
        pass
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f4 finally")
print(f4())
def f5():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f5())
def f6():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(f6())
def f7():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f7())
def f8():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(f8())
def f9(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            if n == 1:
                raise TypeError("inner-type")
            return "ok"
        except ValueError as e:
            print("caught inner", e)
            raise RuntimeError("re") from e
        finally:
            print("inner finally", n)
    except RuntimeError as e:
        return f"outer got {e!r} cause={e.__cause__!r}"
    except TypeError as e:
        return f"outer got {e!r}"
for n in range(3):
    print(f9(n))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handler")
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("a", 2)
except (TypeError, ValueError) as e:
    print(repr(e), e.args, str(e))
e = "before"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    raise 5
except TypeError as te:
    print(type(te).__name__, te)
try:
    raise ValueError() from 5
except TypeError as te:
    print(type(te).__name__, te)
class Bad:
    pass
try:
    raise Bad
except TypeError as te:
    print(type(te).__name__, te)
try:
    try:
        raise IndexError("i")
    except (ValueError, LookupError) as e:
        print("tuple-match", type(e).__name__)
    except IndexError:
        print("never")
except Exception:
    pass
try:
    pass
finally:
    print("plain finally")
def gen_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
for v in gen_finally():
    print("got", v)
    if v == 1:
        break
print("done")
