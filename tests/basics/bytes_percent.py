# printf-style formatting of bytes and bytearray (PEP 461).
class WithBytes:
    def __bytes__(self):
        return b"<wb>"
class BadBytes:
    def __bytes__(self):
        return "nope"

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

show("d", lambda: b"%d|%i|%u" % (1, -2, 3))
show("numbers", lambda: b"%5.2f|%-6d|%06d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%g|%G|%%" % (3.14159, 5, 7, 3, 4, 255, 255, 255, 8, 8, 1.5, 1.5, 2.5, 1e20))
show("s", lambda: b"[%s][%5s][%-5s][%.2s]" % (b"ab", b"cd", bytearray(b"ef"), memoryview(b"xyz")))
show("b", lambda: b"%b %b" % (b"x", WithBytes()))
show("r a", lambda: b"%r %a %5r" % ("é", "x\n", 1))
show("c", lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
show("star", lambda: b"[%*d][%-*d][%.*f][%*s]" % (5, 1, 4, 2, 2, 3.14159, -4, b"ab"))
show("mapping", lambda: b"%(a)s-%(b)d" % {b"a": b"x", b"b": 5})
show("mapping str key", lambda: b"%(a)s" % {"a": b"x"})
show("bytearray fmt", lambda: bytearray(b"%d-%s") % (5, b"x"))
show("single", lambda: b"%s" % b"only")
show("tuple arg", lambda: b"%s" % ((b"in",),))
show("no args", lambda: b"plain" % ())
show("list arg", lambda: b"plain" % [1])
show("str arg", lambda: b"plain" % "x")
show("dict unused", lambda: b"plain" % {"a": 1})
show("s str", lambda: b"%s" % "x")
show("s int", lambda: b"%s" % 5)
show("s list", lambda: b"%s" % [1])
show("bad bytes", lambda: b"%s" % BadBytes())
show("d str", lambda: b"%d" % "x")
show("x float", lambda: b"%x" % 1.5)
show("c 256", lambda: b"%c" % 256)
show("c -1", lambda: b"%c" % -1)
show("c bytes2", lambda: b"%c" % b"ab")
show("c str", lambda: b"%c" % "a")
show("few", lambda: b"%s %s" % (b"a",))
show("many", lambda: b"%s" % (b"a", b"b"))
show("unsupported", lambda: b"%z" % 1)
show("incomplete", lambda: b"abc%" % ())
show("incomplete2", lambda: b"%5" % (1,))
show("key no map", lambda: b"%(a)s" % (1,))
show("key unclosed", lambda: b"%(a" % {b"a": 1})
show("star str", lambda: b"%*d" % ("x", 1))
show("nonbytes lhs", lambda: 5 % b"x")
show("rmod", lambda: b"x".__rmod__(b"y"))
