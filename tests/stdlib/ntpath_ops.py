# ntpath: Windows path arithmetic on any system: drives, UNC shares, join rules, split, splitext, normpath, bytes
import ntpath as nt
for p in ["c:\\a\\b", "c:a", "C:/x/y/", "\\\\srv\\share\\dir\\f", "//srv/share", "\\\\srv", "\\\\?\\UNC\\srv\\share\\x", "\\\\?\\c:\\x", "\\a", "a/b", "", "c:", "\\\\.\\device\\x", b"d:\\q"]:
    print(repr(p), nt.splitroot(p), nt.splitdrive(p), nt.isabs(p), nt.split(p), nt.splitext(p), nt.basename(p), nt.dirname(p))
for parts in [("a", "b"), ("c:\\", "x"), ("c:", "x"), ("c:a", "d:b"), ("c:a", "C:b"), ("c:a", "\\b"), ("c:\\a", "c:b"), ("a\\", "b"), ("a/", "b"), ("\\\\srv\\share", "x"),
              ("\\\\srv\\share\\", "y"), ("", "z"), ("a", ""), ("c:", ""), ("a", "\\\\srv\\s\\x"), (b"x", b"y"), ("c:", "d:"), ("//srv/share", "/abs")]:
    print(parts, repr(nt.join(*parts)))
print(nt.join("a"), nt.join("a", "b", "c:", "d"), nt.join("c:\\", "a", "\\b", "c"))
for p in ["a\\..\\..\\b", "c:\\..\\x", "c:..\\x", "\\\\srv\\share\\..\\x", "a/./b//c\\", "", ".", "..\\..", "c:", "c:\\", b"a\\.\\b", "/a/../b"]:
    print(repr(p), repr(nt.normpath(p)))
print(nt.normcase("A/B\\C"), nt.normcase(b"X/Y"), nt.sep, nt.altsep, nt.pathsep, nt.curdir, nt.pardir, nt.extsep, nt.devnull, nt.defpath)
for name in [".bashrc", "a.b.c", "dir.x\\file", "c:x.y", "a.", "..x"]:
    print(name, nt.splitext(name))
for bad in [lambda: nt.join("a", b"b"), lambda: nt.join(b"a", "b"), lambda: nt.join(3), lambda: nt.split(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
