def f[T]():
    nonlocal T
    T = 1
