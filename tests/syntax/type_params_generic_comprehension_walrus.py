def f[T](x: [(y := 1) for _ in range(1)]): pass
