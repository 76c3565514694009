"""Typed arrays of numbers (and of characters, typecode 'u').

An array keeps its items as Python values checked against the C type of its
typecode; tobytes/frombytes go through struct in native byte order, so the
bytes are those of CPython's array on the same machine.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# integer typecode -> (name of the C type in range errors, low, high)
_INTS = {
    "b": ("signed char", -2 ** 7, 2 ** 7 - 1),
    "B": ("unsigned byte integer", 0, 2 ** 8 - 1),
    "h": ("signed short integer", -2 ** 15, 2 ** 15 - 1),
    "H": ("unsigned short", 0, 2 ** 16 - 1),
    "i": ("signed integer", -2 ** 31, 2 ** 31 - 1),
    "I": ("unsigned int", 0, 2 ** 32 - 1),
    "l": ("signed long integer", -2 ** 63, 2 ** 63 - 1),
    "L": ("unsigned long", 0, 2 ** 64 - 1),
    "q": ("signed long long integer", -2 ** 63, 2 ** 63 - 1),
    "Q": ("unsigned long long", 0, 2 ** 64 - 1),
}


def _check_typecode(typecode):
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
    if typecode not in typecodes:
        raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")


class array:
    """array(typecode[, initializer]) -> a new array of the given item type."""

    def __init__(self, typecode, initializer=None, /):
        _check_typecode(typecode)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(
                    f"cannot use a str to initialize an array with typecode '{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, array) and initializer._typecode == "u" and typecode != "u":
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
        else:
            self.extend(initializer)

    # items are checked on the way in
    def _item(self, value):
        code = self._typecode
        if code == "u":
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
        if code in "fd":
            if not isinstance(value, (int, float)) and not hasattr(value, "__float__") \
                    and not hasattr(value, "__index__"):
                raise TypeError(f"must be real number, not {type(value).__name__}")
            value = float(value)
            if code == "f":
                value = _struct.unpack("f", _struct.pack("f", value))[0]
            return value
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(value, int):
            if not hasattr(value, "__index__"):
                raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
            value = value.__index__()
        name, low, high = _INTS[code]
        if code in "bBhHi":  # converted through a C long, then range-checked
            if not -2 ** 63 <= value < 2 ** 63:
                raise OverflowError("Python int too large to convert to C long")
            if value < low:
                raise OverflowError(f"{name} is less than minimum")
            if value > high:
                raise OverflowError(f"{name} is greater than maximum")
        elif code in "IL":
            if value < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if value >= 2 ** 64:
                raise OverflowError("Python int too large to convert to C unsigned long")
            if value > high:
                raise OverflowError(f"{name} is greater than maximum")
        elif code == "l":
            if not low <= value <= high:
                raise OverflowError("Python int too large to convert to C long")
        elif code == "q":
            if not low <= value <= high:
                raise OverflowError("int too big to convert")
        else:
            if value < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if value > high:
                raise OverflowError("int too big to convert")
        return int(value)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _struct.calcsize(self._typecode if self._typecode != "u" else "I")

    # the sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = value._items
            return
        value = self._item(value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same_kind(self, other):
        if not isinstance(other, array):
            raise TypeError(f"can only append array (not \"{type(other).__name__}\") to array")
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same_kind(other)
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        self._same_kind(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __reduce_ex__(self, protocol):
        return array, (self._typecode, list(self._items))

    # methods
    def append(self, value):
        self._items.append(self._item(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same_kind(iterable)
            self._items.extend(iterable._items)
            return
        self._items.extend([self._item(v) for v in iterable])

    def insert(self, index, value):
        self._items.insert(index, self._item(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        self._items.extend([self._item(v) for v in values])

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def _format(self, n):
        if self._typecode == "u":
            return f"{n}I"
        return f"{n}{self._typecode}"

    def tobytes(self):
        if self._typecode == "u":
            return _struct.pack(self._format(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._format(len(data) // self.itemsize), data)
        if self._typecode == "u":
            values = map(chr, values)
        self._items.extend(values)

    def byteswap(self):
        size = self.itemsize
        raw = self.tobytes()
        swapped = b"".join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))


ArrayType = array
