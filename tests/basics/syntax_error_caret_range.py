# The caret line of a SyntaxError: a range running onto later lines is marked
# to the end of the first line; an end past the line stops at its end.
import sys
cases = [(1, 'except:\n', 2, 9), (1, 'except:\n', 2, 3), (1, 'except:\n', 1, 20),
         (5, '    abc def\n', 2, 2), (5, '    abc def\n', 1, 30), (3, 'é = ü\n', 1, 99)]
for off, text, end_line, end_off in cases:
    e = SyntaxError('m', ('f.py', 1, off, text, end_line, end_off))
    sys.excepthook(SyntaxError, e, None)
