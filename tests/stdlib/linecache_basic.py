# linecache: reading, staleness, loaders, injected entries, encodings, path search
import linecache, os, sys, tempfile, time

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "src.py")
    with open(path, "w") as f:
        f.write("first\nsecond\r\nthird")
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)), repr(linecache.getline(path, 0)))
    print(linecache.getlines(path), linecache.cache[path][2] is linecache.getlines(path), linecache.cache[path][3] == path)
    with open(path, "w") as f:
        f.write("changed and longer\n")
    linecache.checkcache(path)
    print(path in linecache.cache, linecache.getline(path, 1), end="")
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, linecache.getlines(path))
    latin = os.path.join(tmp, "latin.py")
    with open(latin, "wb") as f:
        f.write(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")
    bad = os.path.join(tmp, "bad.py")
    with open(bad, "wb") as f:
        f.write(b"x = '\xff'\n")
    bom = os.path.join(tmp, "bom.py")
    with open(bom, "wb") as f:
        f.write(b"\xef\xbb\xbfa = 1\n")
    second = os.path.join(tmp, "second.py")
    with open(second, "wb") as f:
        f.write(b"#!/usr/bin/env python\n# coding=latin-1\n\xe9\n")
    late = os.path.join(tmp, "late.py")
    with open(late, "wb") as f:
        f.write(b"x = 1\n# coding: latin-1\n\xe9\n")
    print(linecache.getlines(latin), linecache.getlines(bad), linecache.getlines(bom), linecache.getlines(second), linecache.getlines(late))
    sys.path.insert(0, tmp)
    with open(os.path.join(tmp, "rel.py"), "w") as f:
        f.write("found on sys.path\n")
    print(linecache.getline("rel.py", 1), end="")
    print(linecache.cache["rel.py"][3] == os.path.join(tmp, "rel.py"))
    sys.path.pop(0)
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getline("/no/such/file.py", 1) == "", linecache.updatecache("<stdin>"))
linecache.cache["<injected>"] = (10, None, ["one\n", "two\n"], "<injected>")
linecache.checkcache()
print(linecache.getline("<injected>", 2), end="")


class Loader:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def get_source(self, name):
        self.calls.append(name)
        return self.text


loader = Loader("line a\nline b")
g = {"__name__": "fake_mod", "__loader__": loader}
print(linecache.lazycache("fake_mod.py", g), len(linecache.cache["fake_mod.py"]), loader.calls)
print(linecache.getline("fake_mod.py", 2), loader.calls, linecache.cache["fake_mod.py"][:2], linecache.lazycache("fake_mod.py", g))
print(linecache.lazycache("<x>", g), linecache.lazycache("other.py", None), linecache.lazycache("other.py", {"__name__": "n"}), linecache.lazycache("none.py", {"__name__": "n", "__loader__": Loader(None)}))
print(linecache.getlines("none.py"), "none.py" in linecache.cache)
linecache.clearcache()
print(linecache.cache)
