# A user type's __radd__ / __rmul__ runs when a builtin sequence is on the left.
class Tag:
    def __radd__(self, other):
        return f"radd({other!r})"
    def __rmul__(self, other):
        return f"rmul({other!r})"
for left in ["s", b"b", [1], (2,), bytearray(b"x")]:
    print(left + Tag(), left * Tag())
class NoRadd:
    pass
for left in ["s", b"b", [1], (2,)]:
    try:
        left + NoRadd()
    except TypeError as e:
        print("TypeError:", e)
class S(str):
    def __radd__(self, other):
        return "S.__radd__"
print("a" + S("b"), S("b") + "a")
