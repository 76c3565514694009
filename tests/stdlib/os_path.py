# os and os.path on literal strings; environ lookups with defaults
import os, os.path as p
print(p.join("a", "b", "c.txt"), p.join("/abs", "x"), p.join("a", "/root", "b"), p.join("a/", "b"), p.join("", "x"))
print(p.split("/usr/lib/file.tar.gz"), p.split("noslash"), p.split("/"), p.split("dir/"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"))
print(p.basename("/a/b/c.py"), p.dirname("/a/b/c.py"), p.basename("dir/"), p.dirname("file"))
print(p.isabs("/x"), p.isabs("x"), p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("a/b/.."))
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"))
print(p.splitdrive("/x/y"), p.expanduser("no-tilde"), p.normcase("AbC"), p.sep, os.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n")
print(p.exists("/definitely/not/here"), p.isfile("/definitely/not"), p.isdir("/"), type(os.getcwd()).__name__, p.isabs(os.getcwd()))
print(os.environ.get("AY_SURELY_UNSET_VARIABLE", "fallback"), os.getenv("AY_SURELY_UNSET_VARIABLE"), "AY_SURELY_UNSET_VARIABLE" in os.environ)
os.environ["AY_TEST_VAR"] = "set-by-test"
print(os.environ["AY_TEST_VAR"], os.getenv("AY_TEST_VAR"))
del os.environ["AY_TEST_VAR"]
print(os.getenv("AY_TEST_VAR", "gone"))
try:
    os.environ["AY_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(os.getpid()).__name__, os.name, type(os.listdir(".")).__name__, p.abspath("x") == p.join(os.getcwd(), "x"))
try:
    os.stat("/definitely/not/here")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(type(e).__name__, e)
print(os.fspath("str-path"), p.join(*["x", "y"]), os.path is p)
