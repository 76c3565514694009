match 1:
    case 1 as [a]:
        pass
