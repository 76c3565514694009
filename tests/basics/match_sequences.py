# Sequence patterns: which subjects are sequences, lengths, star patterns,
# and how items are extracted (unpacking vs indexing).
import collections
import collections.abc


def kind(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [a, *mid, b]:
            return f"first {a!r} last {b!r} mid {mid!r}"
        case _:
            return "not a sequence"


for s in [[], (), [1], (1,), [1, 2], (1, 2), range(3), range(0), [1, 2, 3, 4],
          collections.deque([7, 8, 9]), memoryview(b"ab"), "", "ab", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, iter([1, 2]), 42, None]:
    print(type(s).__name__, kind(s))


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


print(kind(MyList([1, 2, 3])), kind(MyTuple((4,))), kind(MyStr("xy")))


class Seq(collections.abc.Sequence):
    """Logs how the match statement uses it."""

    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


class Registered:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Registered)


class NotRegistered(Registered):
    pass


print(kind(Registered(1, 2)), kind(NotRegistered(1, 2)))
print(kind(Seq(1, 2, 3)))

# A star wildcard indexes only the items it needs (from the end without
# negative indexes); a named star unpacks everything.
for label, s in [("star wildcard", Seq(1, 2, 3, 4, 5)), ("named star", Seq(1, 2, 3))]:
    print(label)
    match s:
        case [first, *_, last] if label == "star wildcard":
            print("  ->", first, last)
        case [first, *rest]:
            print("  ->", first, rest)

match Seq(1, 2):
    case [_, _]:
        print("only wildcards: no item is read")

# Star positions and nesting.
for s in [[1], [1, 2], [1, 2, 3], [1, [2, 3], 4], (0, (1, (2, (3, ())))), [[1, 2], [3, 4]]]:
    match s:
        case [*init, [a, b]]:
            print("ends with pair", init, a, b)
        case [*init, last]:
            print("init", init, "last", last)
    match s:
        case [[a, b], [c, d]]:
            print("two pairs", a + b + c + d)
        case (x, (y, (z, *more))):
            print("nested", x, y, z, more)
        case [x, *_]:
            print("starts with", x)

match [1, 2, 3]:
    case [*all_]:
        print("star only", all_)
match (1, 2, 3):
    case (*_, 3):
        print("ends with 3")
match [1, 2, 3]:
    case [1, *_, 2, 3] | [1, *_]:
        print("alternatives with stars")

# The subject is evaluated once; the same object is matched by each case.
def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [3, _]:
        pass
    case [1, x] if x > 5:
        pass
    case [1, x]:
        print("matched with", x)

# Tuples of different kinds of items, sequence of mappings
points = [(0, 0), (1, 0), (0, 2), (3, 4), (1, 2, 3)]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("x-axis", x)
        case (0, y):
            print("y-axis", y)
        case (x, y):
            print("point", x, y)
        case _:
            print("other", p)

match [{"a": 1}, {"b": 2}]:
    case [{"a": x}, {"b": y}]:
        print("dicts in a list", x, y)

# A range is a sequence; a generator is not.
match range(10):
    case [0, 1, *rest]:
        print("range rest", rest)
match (i for i in range(3)):
    case [*_]:
        print("no")
    case _:
        print("generator is not a sequence")


# With several bases, the first one along the MRO that is a sequence or a
# mapping decides (registration counts, also when it comes late).
class Plain:
    pass


class MapFirst(Plain, collections.UserDict, collections.abc.Sequence):
    pass


class SeqFirst(collections.UserList, dict):
    pass


class ListThenMapping(list, Plain, collections.abc.Mapping):
    pass


class Later(Plain):
    pass


def seq_or_map(x):
    match x:
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "neither"


print([seq_or_map(x) for x in [MapFirst(), SeqFirst(), ListThenMapping(), Later()]])
collections.abc.Sequence.register(Plain)
print([seq_or_map(x) for x in [Plain(), Later(), MapFirst()]])
