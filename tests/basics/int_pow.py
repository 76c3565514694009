# ** operator and pow() incl. negative and 3-argument forms
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 10 ** 20)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(38, -1, 97), pow(5, -2, 13), pow(7, 0, 1), pow(0, 0, 5), pow(2, 3, -5))
print(pow(123456789, 987654321, 10**9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5 == 2 ** 0.5, 4 ** 0.5, 8 ** (1/3), (-8) ** 2.0)
print((-1) ** 0.5)
print(1 ** 1000000, (-1) ** 1000001, 0 ** 5)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63), 3 ** 40)
print(pow(base=2, exp=5), pow(2, 5, mod=7))
print(7 ** 2 ** 2, (7 ** 2) ** 2)
print(10 ** 2.0, 2.0 ** 10, 0.5 ** 2)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
