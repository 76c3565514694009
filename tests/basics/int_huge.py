# big integers: arithmetic, str/repr, comparisons
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 12345678901234567890, b % 12345678901234567890)
print(divmod(-a, 7), divmod(a, -7))
print(-a // 3, -a % 3)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(str(f)[:10], len(str(f)))
print(f // (f // 1000), f % 1000003)
print(a > b, a < b, a == 2 ** 200, a != a + 1, -a < a)
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(a >> 190, a >> 199, a >> 200, a >> 300, -a >> 199, -a >> 300)
print((1 << 100) - 1 == 2 ** 100 - 1, 1 << 100)
print(hex(a), oct(b)[:20], bin(2 ** 70 + 5))
print(int("1" * 50) + 1)
print(int("-" + "9" * 40) - 1)
print(abs(-a) == a, -(-a) == a)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print(a * 0, a * -1 + a, a ** 2 == a * a)
print((10**25 + 1) * (10**25 - 1))
print(12345678901234567890123 * 98765432109876543210987)
print(2 ** 1000 % 1000007)
x = 1
for _ in range(100):
    x = x * 31 + 7
print(x)
print(x & (2 ** 64 - 1), x | 1, x ^ (x >> 3))
print(-(10 ** 40) // (10 ** 20 + 1), -(10 ** 40) % (10 ** 20 + 1))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(hash(10) == 10, hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
