# super() with too many arguments or keywords: CPython's wording.
for args in [(1, 2, 3), (int, 1, 2, 3)]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    super(x=1)
except TypeError as e:
    print(e)
