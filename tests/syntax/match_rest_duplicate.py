match 1:
    case {1: a, **a}:
        pass
