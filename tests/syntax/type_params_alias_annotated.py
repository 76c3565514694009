type X: int = 3
