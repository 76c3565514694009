match 1:
    case 0:
        pass
    case x:
        pass
    case 2:
        pass
