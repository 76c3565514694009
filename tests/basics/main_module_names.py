# The names a script starts with (dir() at module level).
print(dir())
print(__annotations__, __cached__, __doc__, __package__, __spec__)
x: int = 1
print(__annotations__)
