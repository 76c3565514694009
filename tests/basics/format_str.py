# f-strings and format() for strings, conversions, nested specs, = specifier
s = "héllo"
print(f"[{s}] [{s:10}] [{s:>10}] [{s:^10}] [{s:*<9}] [{s:.2}] [{s:>8.3}] [{s!r}] [{s!a}] [{s!s:>7}]")
w, p = 12, 3
print(f"[{s:{w}}] [{s:>{w}.{p}}] [{3.14159:{w}.{p}f}] [{'x':{'^'}{5}}]")
x = 42
y = [1, 2]
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{x=!s}", f"{y=}", f"{s=}", f"{x*2=}", f"{ x + 1 = }")
print(f"{x!r:>10}|", f"{'a' 'b'}", f"{{literal}}", f"{{{x}}}", f"{x:{'>'}{w}}")
print(f"{'nested ' + f'{x:03}'}", f"{[i*i for i in range(3)]}", f"{dict(a=1)['a']}", f"{(lambda: 5)()}")
print(f"{x if x > 0 else -x}", f"{x:,}", f'{"quoted"}', f"{s[1:3]}", f"{s.upper()!r}")
print(f"{'\n'.join(['a','b'])}" if False else "3.12 allows backslashes", f"{'a'}{'b'}")
print(f"multi {x} and {y[0]} and {s} end", F"{x}", rf"\n{x}", fr"{x}\t")
print(f"""{x
}""", f"{x:#x}{x:#o}")
print(format("abc", ""), format("abc", "<5") + "|", format("abc", "^6") + "|", format(None, ""), format([1], ""))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "=5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self):
        return "F()"
    def __str__(self):
        return "strF"
print(f"{F()} {F():abc} {F()!r} {F()!s} {F()!r:>6}", format(F(), "z"), "{:q}".format(F()))
print("{0:{1}}".format("ab", 4) + "|", "{0:>{1}}".format("ab", 4), "{:{}{}}".format("x", ">", 3))
