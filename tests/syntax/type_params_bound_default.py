def f[T: int = 3](): pass
