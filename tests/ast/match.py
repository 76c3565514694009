# ay-args: --dump-ast
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(0, 0):
        pass
    case [Point(x=0, y=0), *rest] if rest:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, -2: _, 3.5: _, 1+2j: _, -1-2j: _, "s": _, b"b": _, None: _, True: _, False: _, a.b: _}:
        pass
    case (1 | 2) as n:
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case -0 | 0x1f | 1_000 | 1e10 | 2j | "a" "b" | b"x" b"y" | None | True | False:
        pass
    case a.b.c | a.b():
        pass
    case str() | int(x) | C(1, 2, k=3, j=(4, 5)):
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {"k": v,}:
        pass
    case C(a, b,):
        pass
    case ((a)):
        pass
    case _:
        pass
match x,:
    case _:
        pass
match *a, b:
    case [x, y, *_]:
        pass
match (yield_ := 1):
    case 1:
        pass
match = case = 1
match.x = case(match)
print(match, case)
