# posixpath: bytes paths, type errors, splitext edge cases, realpath through symlinks and loops, relpath/commonpath, stat helpers
import os, posixpath as pp, tempfile
print(pp.join(b"a", b"b", b"/c", b"d"), pp.join("a"), pp.join("a", ""), pp.join("", ""), pp.join("/", "x"), pp.join("a//", "b"), pp.join(b""))
for call in [lambda: pp.join("a", b"b"), lambda: pp.join(b"a", "b"), lambda: pp.join("a", 5), lambda: pp.join(5), lambda: pp.join("a", None),
             lambda: pp.relpath(""), lambda: pp.relpath("a", b"b"), lambda: pp.relpath(b"a", 3), lambda: pp.commonpath([]), lambda: pp.commonpath(["/a", "b"]),
             lambda: pp.commonpath(["a", b"b"]), lambda: pp.commonpath([b"a", "b"]), lambda: pp.split(3), lambda: pp.splitext(None), lambda: pp.getsize("/no/such/file")]:
    try:
        print(call())
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for name in ["a.b", ".a", "..a", "a.", "a..", "...", "a/.b", "a.b/c", "a.b/.c.d", "/x/..y.z", "", ".", "..", "a/b.c.d", "..a.b"]:
    print(repr(name), pp.splitext(name), pp.splitext(name.encode()))
for name in ["", "/", "//", "///", "a/", "a//b", "//a/b", "a/b/", b"/x/y", b"x", "///a///b"]:
    print(repr(name), pp.split(name), repr(pp.dirname(name)), repr(pp.basename(name)), pp.splitroot(name))
print(pp.normpath(b"a/../../b"), pp.normpath("//a//b/"), pp.normpath("///a"), pp.normpath("./"), pp.normpath("../a/.."), pp.abspath(b"/x/../y"))
print(pp.relpath("/a/b", "/a/b"), pp.relpath("a/b", "a/c/d"), pp.relpath(b"/x/y", b"/x"), pp.relpath("/", "/a/b"), pp.relpath("x"))
print(pp.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), pp.commonpath(["a/./b", "a/b/c"]), pp.commonpath([b"/x", b"/x/y"]), pp.commonpath(["/"]), repr(pp.commonpath(["a", "b"])))
print(pp.commonprefix([]), pp.commonprefix(["abc", "abd", "ab"]), pp.commonprefix([["a", "b"], ["a", "c"]]), pp.commonprefix([b"xy", b"xz"]), pp.commonprefix(["same"]))
print(pp.isabs(b"/"), pp.isabs(""), pp.normcase(b"AB"), pp.splitdrive("/a"), pp.splitdrive(b"a"), pp.isjunction("/"), pp.expanduser("~nosuchuser_zz/x"))
os.environ["AY_PP_VAR"] = "val"
print(pp.expandvars("$AY_PP_VAR/${AY_PP_VAR}x/$NOPE_ZZ/${NOPE_ZZ}/$/${AY_PP_VAR"), pp.expandvars(b"$AY_PP_VAR-$1a"), pp.expandvars("no dollars"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(pp.expanduser("~"), pp.expanduser("~/x"), pp.expanduser(b"~/y"), pp.expanduser("a~"))
os.environ["HOME"] = "/"
print(pp.expanduser("~"), pp.expanduser("~/z"))
if home is not None:
    os.environ["HOME"] = home
with tempfile.TemporaryDirectory() as tmp:
    tmp = pp.realpath(tmp)
    os.makedirs(pp.join(tmp, "d", "e"))
    with open(pp.join(tmp, "d", "f.txt"), "w") as f:
        f.write("12345")
    os.symlink("d", pp.join(tmp, "ld"))
    os.symlink(pp.join(tmp, "d", "e"), pp.join(tmp, "abs_e"))
    os.symlink("loop2", pp.join(tmp, "loop1"))
    os.symlink("loop1", pp.join(tmp, "loop2"))
    os.symlink("self", pp.join(tmp, "self"))
    os.symlink("missing/target", pp.join(tmp, "dangling"))
    os.symlink("../d", pp.join(tmp, "d", "e", "up"))
    rel = lambda path: pp.relpath(path, tmp)
    for name in ["ld", "ld/f.txt", "ld/e/../f.txt", "abs_e/up/f.txt", "loop1", "loop1/x/y", "self/a", "dangling", "dangling/more", "nothing/../x", "d/./e/", "ld/e/up/e/up"]:
        print(name, rel(pp.realpath(pp.join(tmp, name))))
    for name in ["loop1", "dangling", "ld/nothing"]:
        try:
            pp.realpath(pp.join(tmp, name), strict=True)
        except OSError as e:
            print(name, type(e).__name__, e.strerror)
    print(rel(pp.realpath(pp.join(tmp, "ld"), strict=True)), pp.realpath(os.fsencode(pp.join(tmp, "ld"))) == os.fsencode(pp.join(tmp, "d")))
    old = os.getcwd()
    os.chdir(pp.join(tmp, "d", "e"))
    print(rel(pp.realpath("up")), rel(pp.realpath("..")), rel(pp.realpath("../../..")) , rel(pp.realpath("up/../..")), rel(pp.abspath("up/..")))
    os.chdir(old)
    f = pp.join(tmp, "d", "f.txt")
    print(pp.getsize(f), pp.getmtime(f) == os.stat(f).st_mtime, pp.getatime(f) > 0, pp.getctime(f) > 0, pp.exists(f), pp.lexists(pp.join(tmp, "dangling")), pp.exists(pp.join(tmp, "dangling")))
    print(pp.isfile(f), pp.isdir(f), pp.islink(pp.join(tmp, "ld")), pp.isdir(pp.join(tmp, "ld")), pp.islink(f), pp.ismount(tmp), pp.ismount("/"), pp.ismount(pp.join(tmp, "ld")))
    print(pp.samefile(f, pp.join(tmp, "ld", "f.txt")), pp.samefile(f, tmp), pp.samestat(os.stat(f), os.stat(f)), pp.exists("bad\0path"), pp.isfile(b"/"), pp.exists(1) is not None)
    with open(f) as a, open(pp.join(tmp, "ld", "f.txt")) as b:
        print(pp.sameopenfile(a.fileno(), b.fileno()))
