def f[T]
