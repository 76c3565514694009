# Values around 2**49, where Ay's inline small ints end and heap ints begin,
# reached through parsing, literals and arithmetic.
edge = 2**49
for s in ["562949953421311", "562949953421312", "948679942820282", "999999999999999", "-562949953421312",
          "-562949953421313", "-999999999999999", "1" * 15, "7" * 15, "1_000_000_000_000_00"]:
    v = int(s)
    print(s, v, v - edge, v == edge, type(v).__name__)
for base, s in [(8, "777777777777777"), (2, "1" * 60), (16, "2000000000000"), (10, "0" * 14 + "9")]:
    print(base, int(s, base))
print(948679942820282, -948679942820282, 562949953421311 + 1, -562949953421312 - 1)
print([edge + d for d in (-2, -1, 0, 1)], [(-edge) + d for d in (-1, 0, 1)])
print(edge * 2 // 2 == edge, (edge - 1) * 2, -(edge - 1) * 2, edge >> 1 << 1, abs(-edge), -(-edge))
print(float(edge), str(edge), f"{edge:,}", hash(edge) == hash(float(edge)), edge in {edge}, sorted([edge, edge - 1]))
