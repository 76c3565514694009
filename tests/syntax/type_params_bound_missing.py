def f[T:](): pass
