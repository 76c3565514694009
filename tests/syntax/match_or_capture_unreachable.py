match 1:
    case 1 | y | 2:
        pass
