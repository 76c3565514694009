# bitwise ops, shifts, bit_length, bit_count
for a in (0, 1, 5, -5, 255, -256, 12345):
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 2, a.bit_length(), a.bit_count())
print(-1 >> 10, -1 << 10, -7 >> 1, 7 >> 1, -8 >> 3, -9 >> 3)
print(1 << 0, 1 << 1, 1 << 64, 5 >> 64, -5 >> 64)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(6 & 3, 6 | 3, 6 ^ 3, ~6)
print(bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(0))
print(format(5, "b"), format(-5, "#b"), format(255, "#x"), format(255, "X"), format(8, "o"))
print((-1).bit_length(), (1 << 100).bit_length(), (-(1 << 100)).bit_length())
print((2**64 - 1) & -(2**32), -(2**64) | 1, (2**64) ^ -(1))
print(0xFF, 0o17, 0b1010, 0XAB, 0O7, 0B1, 1_000_000, 0x_FF, 0b_1_0)
print(int.bit_count(-255), (10**20).bit_count())
print(~0, ~-1, ~~5)
print(1 & 2 | 3 ^ 4, 1 | 2 & 3, 1 << 2 + 1, (1 << 2) + 1)
