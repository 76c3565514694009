def f() -> [int:
    pass
