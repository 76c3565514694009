# pathlib: parents sequence, Windows paths, name/suffix edge cases, comparisons, errors, globbing details
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

p = PurePosixPath("/a/b/c/d.txt")
ps = p.parents
print(len(ps), ps[0], ps[-1], ps[1:3], ps[::-1], ps[-2], repr(ps).startswith("<PurePosixPath.parents"))
for i in (4, -5, 10):
    try:
        ps[i]
    except IndexError as e:
        print("IndexError", e)
print(list(PurePosixPath("x/y").parents), list(PurePosixPath("x").parents), PurePosixPath("x").parent, PurePosixPath("").parent)
for name in ["a.tar.gz", ".hidden", "..", "x.", "a..b", "noext", ".a.b", "a.b."]:
    q = PurePosixPath("dir") / name
    print(repr(name), q.name, repr(q.suffix), q.suffixes, q.stem)
print(PurePosixPath("a/b").with_suffix(".c.d"), PurePosixPath("a/b.x").with_stem("y"), PurePosixPath("a.b").with_name("c"))
for call in [lambda: PurePosixPath("a").with_suffix("."), lambda: PurePosixPath("a").with_suffix("/x"), lambda: PurePosixPath("").with_suffix(".x"),
             lambda: PurePosixPath("a").with_name(""), lambda: PurePosixPath("a").with_name("."), lambda: PurePosixPath("").with_stem("x"),
             lambda: PurePosixPath("a/b").relative_to("/a"), lambda: PurePosixPath("a/b").relative_to("c", walk_up=True),
             lambda: PurePosixPath("a/b").relative_to("../c", walk_up=True), lambda: PurePosixPath("a") < PureWindowsPath("a"),
             lambda: PurePosixPath("x").match(""), lambda: PurePosixPath("a") / 3, lambda: 3 / PurePosixPath("a")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath("/a/b").relative_to("/a/c", walk_up=True), PurePosixPath("/a/b").relative_to("/"), PurePosixPath("a/b").relative_to("a/b"))
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("a"), PurePosixPath("a").joinpath("b", "c"), PurePosixPath("a").joinpath())
print(PurePosixPath("a") == "a", PurePosixPath("a") == PureWindowsPath("a"), PurePosixPath("A") == PurePosixPath("a"), PurePosixPath("a") != PurePosixPath("b"))
print(PurePosixPath("a") <= PurePosixPath("a"), PurePosixPath("b") >= PurePosixPath("a"), PurePosixPath("b") > PurePosixPath("a/b"), PurePosixPath("/z") < PurePosixPath("a"))
print(PurePosixPath("/x/y").as_uri(), PurePosixPath("/a b/%").as_uri())
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("A/B.PY").match("*.py"), PurePosixPath("A/B.PY").match("*.py", case_sensitive=False), PureWindowsPath("A/B.PY").match("*.py"), PurePosixPath("a/b/c").match("a/*"), PurePosixPath("a/b/c").match("*/b/*"))
print(PurePosixPath("/p/q").__reduce__())
w = PureWindowsPath("c:a/b")
print(w.drive, repr(w.root), w.anchor, w.is_absolute(), PureWindowsPath("c:/a").is_absolute(), PureWindowsPath("/a").is_absolute(), w.as_posix(), str(w))
u = PureWindowsPath("//srv/share/dir/f.txt")
print(u.drive, u.root, u.parts, u.parent, list(u.parents), PureWindowsPath("//srv/share").parts)
print(PureWindowsPath("C:/a", "d:b"), PureWindowsPath("C:/a", "/b"), PureWindowsPath("C:/a", "c:b"), PureWindowsPath("a", "b\\c"), PureWindowsPath("./c:x"), PureWindowsPath("c:x").relative_to("C:"))
print(PurePosixPath(PureWindowsPath("a\\b")), PureWindowsPath(PurePosixPath("a/b")), sorted([PureWindowsPath("B"), PureWindowsPath("a")]), hash(PureWindowsPath("A")) == hash(PureWindowsPath("a")))
print(PureWindowsPath("C:/x/y.z").with_name("q"), PureWindowsPath("C:/x").as_uri(), PureWindowsPath("//s/h/x").as_uri(), PurePosixPath("a").is_reserved())
for bad in [lambda: PureWindowsPath("c:/x").with_name("d:e"), lambda: PureWindowsPath("c:/").with_name("x"), lambda: PureWindowsPath("c:/x").with_suffix("\\y")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
print(PurePath("a", PurePosixPath("b"), "c"), PurePosixPath(os.fsdecode(b"q/r")), type(PurePath()).__name__)

class Sub(PurePosixPath):
    pass
s = Sub("x/y")
print(type(s / "z").__name__, type(s.parent).__name__, type(s.with_name("n")).__name__, repr(s))

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "a" / "b").mkdir(parents=True)
    (base / "a" / "f1.txt").write_text("one")
    (base / "a" / "b" / "f2.txt").write_text("two")
    (base / "a" / ".dot.txt").write_text("dot")
    (base / "c.TXT").write_text("c")
    rel = lambda it: sorted(str(x.relative_to(base)) for x in it)
    print(rel(base.glob("**")), rel(base.glob("a/**/")), rel(base.glob("*/")), rel(base.glob("a/*.txt")), rel(base.glob("a/.*")))
    print(rel(base.rglob("*.txt")), rel(base.rglob("")), rel(base.glob("a/../c.TXT")), rel(base.glob("*.txt", case_sensitive=False)), rel(base.glob("A/f1.txt")))
    for pat in ["", "/abs"]:
        try:
            list(base.glob(pat))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    t = base / "t"
    t.touch()
    t.touch()
    try:
        t.touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    try:
        (base / "no" / "x").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    try:
        t.read_text(errors="strict", encoding="ascii"), t.write_text(b"x")
    except TypeError as e:
        print("TypeError", e)
    print(t.write_text("l1\nl2\n"), t.read_bytes(), t.stat().st_size, t.lstat().st_size, t.is_symlink(), t.is_socket(), t.is_fifo(), t.is_block_device(), t.is_char_device(), t.is_junction(), t.is_mount(), base.is_mount())
    t.chmod(0o600)
    print(oct(t.stat().st_mode & 0o777), (base / "missing").exists(), (base / "missing").is_file(), Path("/dev/null").is_char_device())
    h = base / "hard"
    h.hardlink_to(t)
    print(h.samefile(t), h.samefile(str(t)), t.replace(base / "t2").name, (base / "t2").exists(), t.exists())
    lk = base / "lk"
    lk.symlink_to("nowhere")
    print(lk.exists(), lk.exists(follow_symlinks=False), lk.is_symlink(), str(lk.readlink()), lk.lstat().st_size == len("nowhere"))
    print(sorted(x.name for x in base.iterdir()), [r.name for r, d, f in base.walk(top_down=False)][-1] == base.name)
print(Path("~nosuchuser_zz/x").expanduser() if False else "skip", Path("a").expanduser(), Path("/x/../y").resolve(), Path("x").resolve() == Path.cwd() / "x")
try:
    Path("~nosuchuser_zz/x").expanduser()
except RuntimeError as e:
    print("RuntimeError", e)
print([PureWindowsPath(n).is_reserved() for n in ["CON", "nul.txt", "a/com1", "x", "//s/h/con", "lpt9 ", "COM\xb9"]], PurePosixPath("CON").is_reserved())
try:
    list(Path(".").glob("a**b"))
except ValueError as e:
    print("ValueError", e)
