# error inside a call spanning several lines: caret lines cover the expression
def add(a, b):
    return a + b
total = add(
    1,
    None,
)
