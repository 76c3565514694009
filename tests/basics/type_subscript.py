# type[X] is a generic alias, as list[X] is.
print(type[int], type[int | str], type[int].__origin__, type[int].__args__)
def make(cls: type[int]) -> int:
    return cls()
print(make(int), make.__annotations__)
