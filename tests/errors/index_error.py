# IndexError from a list subscript
items = [1, 2, 3]
print(items[3])
