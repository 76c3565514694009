x: int = y = 2
