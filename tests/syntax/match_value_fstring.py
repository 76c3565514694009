match 1:
    case "a" f"b":
        pass
