type X[T] = 1 = 2
