# pathlib: pure path arithmetic, comparisons, and file system operations in a temporary directory
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
p = PurePosixPath("/usr/lib/python3.12/os.tar.gz")
print(p, repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents)[:2])
print(PurePosixPath("a//b/./c/"), PurePosixPath(), PurePosixPath("//x/y"), PurePosixPath("///x"), PurePosixPath("a", "/b", "c"), PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"))
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("new"), p.relative_to("/usr"), p.is_relative_to("/usr/lib"), p.is_absolute(), PurePosixPath("a/b").is_absolute())
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("a/b.py").match("/*.py"), PurePosixPath(".bashrc").suffix, PurePosixPath("x.").suffixes, PurePosixPath("a/b").as_posix())
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), hash(PurePosixPath("x")) == hash(PurePosixPath("x")), PurePosixPath("/").parent, PurePosixPath("/").name)
for call in [lambda: p.relative_to("/etc"), lambda: PurePosixPath("/").with_name("x"), lambda: p.with_suffix("gz"), lambda: p.with_name("a/b"), lambda: PurePosixPath(5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = PureWindowsPath("C:/Users\\me/file.txt")
print(w, repr(w), w.drive, w.root, w.parts, w.name, w.parent, PureWindowsPath("c:/A") == PureWindowsPath("C:\\a"), PureWindowsPath("//server/share/x").anchor)
print(PurePath("a/b").relative_to("a"), PurePosixPath("a/b").relative_to("a/c", walk_up=True), os.fspath(PurePosixPath("q")), bytes(PurePosixPath("q")))
with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
    f = base / "sub" / "hello.txt"
    print(f.write_text("hi there\n"), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    (base / "data.bin").write_bytes(b"\x00\x01")
    (base / "sub" / "deep" / "x.py").touch()
    print(sorted(p.name for p in base.iterdir()), sorted(str(p.relative_to(base)) for p in base.glob("*")), sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")), sorted(str(p.relative_to(base)) for p in base.glob("sub/*")), list(base.glob("nothing*")))
    with f.open() as fh:
        print(fh.readline().strip())
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists(), g.resolve() == g.resolve().absolute(), Path(tmp).samefile(tmp))
    g.unlink()
    g.unlink(missing_ok=True)
    try:
        g.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    try:
        (base / "sub").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    link = base / "link"
    link.symlink_to(base / "data.bin")
    print(link.is_symlink(), link.readlink() == base / "data.bin", link.resolve() == (base / "data.bin").resolve())
    print([(str(r.relative_to(base)), sorted(d), sorted(fs)) for r, d, fs in (base / "sub").walk()])
    (base / "sub" / "deep" / "x.py").unlink()
    (base / "sub" / "deep").rmdir()
print(Path.cwd() == Path(os.getcwd()), Path("~").expanduser() == Path.home(), type(Path("x")).__name__, Path("a", "b").parts, Path("rel").absolute().is_absolute())
