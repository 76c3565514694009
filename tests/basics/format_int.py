# format mini-language for ints
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "+", "-", " ", "+10", "=+10", "010", "0=10", ",", "_",
             "_b", "_x", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c" if False else "n", "e", ".2e", "f",
             ".3f", "g", "%", ".1%", "E", "G", "12,", "+,d", "-^+15,"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, "c"), format(0x1F600, "c"), format(0, "b"), format(0, "#x"), format(-0, "+"))
print(format(True, "d"), format(True, ""), format(False, "5"), format(5, "#_b"), format(10**20, ","))
print(f"{255:x} {255:#X} {255:08b} {-255:#x} {42:+d} {42: d} {-42: d} {7:03} {-7:03}")
for bad in ["s", ".2", "=s", ",x", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    format(5, ",_")
except ValueError as e:
    print(type(e).__name__, e)
print(format(1234, "_o"), format(123456789, "_x"), format(12345, "08,"), format(12345, "010,"))
print("{:,}".format(-1234567890), "{:>+12,}".format(9876543))
