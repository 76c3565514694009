# carets for operators whose operands are parenthesized or nested
def f(a, b, c):
    return ((a + b)) * (c[0])[1] + (a) - (b / (c[1] - c[1]))
f(1, 2, [[0, 1], 5])
