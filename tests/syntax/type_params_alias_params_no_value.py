type X[T]
