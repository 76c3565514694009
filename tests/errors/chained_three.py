# three exceptions chained implicitly
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError:
    raise TypeError("third")
