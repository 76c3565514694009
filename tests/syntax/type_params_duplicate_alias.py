type X[T: 1, T] = 1
