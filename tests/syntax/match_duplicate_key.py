match 1:
    case {0: a, "x": b, 0.0: c}:
        pass
