# carets for a binary operator inside a larger expression in a function
def ratio(x, y):
    return (x + 1) // (y - y) + 5
ratio(3, 4)
