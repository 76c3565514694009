# `is` with a signed number: CPython folds the sign into the constant, so the
# "is with a literal" SyntaxWarning applies as for a plain number.
x = 1
print(x is -1, x is not +2.5, x is ~3, x is -True, x is -x, x is (not 1))
