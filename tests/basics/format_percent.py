# printf-style % formatting
print("%d %i %s %r %a" % (42, -7, "str", "rep", "é"))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%c|%c" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65, "z"))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G|%.3g|%%" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20, 2.5))
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r %(x)s" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%x" % -255, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%i%%" % 50, "%c" % 0x263A, "%r" % b"b", "%s" % b"b", "%u" % 5)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%(a)s %s", {"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%d %s %r %x" % (5, b"ab", b"c", 255), b"%c" % 65, b"%(k)s" % {b"k": b"v"}, b"%5.2f" % 1.5)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"a": 1}, "%s %%" % 1, "%-6s|%6s" % ("ab", "cd"), "%+.1e" % -0.000123)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f" % 3, "%g %g %g" % (100000, 1000000, 1e-4), "%#g" % 1.0)
