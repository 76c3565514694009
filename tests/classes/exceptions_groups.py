# ExceptionGroup and except*
eg = ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, len(eg.exceptions))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)), repr(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1)))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:", repr(g))
except* TypeError as g:
    print("caught TypeErrors:", repr(g))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("handled v")
except ExceptionGroup as left:
    print("unhandled remainder:", repr(left))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g))
except Exception:
    pass
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested values:", repr(g))
except* TypeError as g:
    print("nested types:", repr(g))
for bad in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("handler raise:", repr(e), repr(e.exceptions[0]))
except KeyError as e:
    print("bare keyerror", repr(e))
eg2 = ExceptionGroup("with notes", [ValueError()])
eg2.add_note("a note")
print(eg2.__notes__, eg2.derive([TypeError()]).message, repr(eg2.derive([TypeError()])))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
