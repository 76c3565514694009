# ay-args: --dump-ast-pos
match (x, y):
    case (a) | (b as c):
        pass
    case (1), [2]:
        pass
    case ((1) as y):
        pass
    case C((1), k=(2)):
        pass
    case {1: (2), **r,}:
        pass
    case a, *b,:
        pass
    case [*_] if (
        a
    ):
        pass
    case Point(
        x=1,
        y=2,
    ):
        x = 1
        y = 2
    case -1 - 2j | "é" "ü" | a.é:
        pass
