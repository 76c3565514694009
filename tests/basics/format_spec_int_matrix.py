# format() mini-language for ints and bools: every option combination, and the error messages
vals = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 12345678, -12345678, 10**20, -10**20, 2**64+5, True, False]
specs = ["", "d", "5", "<8", ">8", "^9", "*^9", "+", "-", " ", "+8", "=+8", "08", "0=8", "-08", " 08", ",", "_", "09,", "010,", "011,", "+012,", "_b", "_x", "_o", "_X", "012_x", "#_x", "#012_b",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "#010X", "n", "010n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "E", "G", ",.2f", "012,.1f", "c", "<5c", "^5c", "05c",
         "x<8", "x>8", "0<8", "0>8", "0^8", "é^9", "🙂>6", "=8", "+#x", " #o"]
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(s), out)
bad = [".2", "z", "s", "=s", ",c", "_c", ",x", ",b", ",o", ",n", "_n", ",_", "_,", ",,", "abc", "5.", "#c", "+c", "..2", "x", "0.1d", "%%", "\x01", "é"]
for s in bad:
    for v in (5, True):
        try:
            print(repr(s), format(v, s))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
