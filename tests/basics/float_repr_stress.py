# repr/str of many doubles (shortest round-trip digits): random bit patterns,
# powers of two (asymmetric rounding intervals), subnormals, integers, decimals
seed = 12345
def rnd(bits):
    global seed
    out = 0
    for _ in range((bits + 30) // 31):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = (out << 31) | seed
    return out % (1 << bits)
vals = []
for _ in range(1500):
    mant, exp = rnd(52), rnd(11)
    if exp == 2047:
        exp = 2046
    x = float.fromhex("0x%d.%013xp%d" % (1 if exp else 0, mant, (exp if exp else 1) - 1023))
    vals.append(-x if rnd(1) else x)
for e in range(-1074, 1024, 7):
    vals += [2.0 ** e, 2.0 ** e * (1 + 2 ** -52)]
for t in range(1, 60):
    vals.append(float.fromhex("0x0.%013xp-1022" % t))
for _ in range(300):
    vals.append(rnd(53) / 10 ** rnd(5))
    vals.append(float(rnd(60)))
for v in vals:
    r = repr(v)
    assert float(r) == v, r
    print(r, str(v) == r, v.hex())
