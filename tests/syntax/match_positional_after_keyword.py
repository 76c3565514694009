match 1:
    case C(x=1, a, b, y=2):
        pass
