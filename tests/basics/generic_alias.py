# list[int] and friends: types.GenericAlias repr, attributes, calls, equality
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = list[int]
print(a, repr(a), type(a), type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]], frozenset[str], type[int] if hasattr(type, "__class_getitem__") else "type[int]")
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]), set[int]([1]), list[int].__name__, list[int].__qualname__)
print(list[None], list[...], list[1], dict[int, "x"], enumerate[int], list[int].append)
class C: pass
print(list[C], list[list], dict[C, tuple[C, ...]])
def f(x: list[int], y: dict[str, set[int]] = None) -> tuple[int, str]:
    return x
print(f.__annotations__)
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: list.__class_getitem__())
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)), tuple.__class_getitem__((int,)))
print(list[int].__mro_entries__((list[int],)))
