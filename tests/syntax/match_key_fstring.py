match 1:
    case {f"a": 1}:
        pass
