# shutil: copying files/metadata/trees, rmtree error handling, move, which, disk_usage, get_terminal_size
import io, os, shutil, stat, tempfile
with tempfile.TemporaryDirectory() as tmp:
    j = lambda *names: os.path.join(tmp, *names)
    rel = lambda p: os.path.relpath(p, tmp) if isinstance(p, str) else p
    src, dst = io.BytesIO(b"x" * 100), io.BytesIO()
    shutil.copyfileobj(src, dst, 7)
    print(len(dst.getvalue()))
    with open(j("a.txt"), "w") as f:
        f.write("alpha")
    os.chmod(j("a.txt"), 0o640)
    os.utime(j("a.txt"), (1000000, 2000000))
    print(rel(shutil.copyfile(j("a.txt"), j("b.txt"))), oct(os.stat(j("b.txt")).st_mode & 0o777) != "0o640" or "umask", open(j("b.txt")).read())
    shutil.copymode(j("a.txt"), j("b.txt"))
    print(oct(os.stat(j("b.txt")).st_mode & 0o777), os.stat(j("b.txt")).st_mtime == 2000000)
    shutil.copystat(j("a.txt"), j("b.txt"))
    print(os.stat(j("b.txt")).st_mtime)
    os.mkdir(j("d"))
    print(rel(shutil.copy(j("a.txt"), j("d"))), rel(shutil.copy2(j("a.txt"), j("d", "c.txt"))), os.stat(j("d", "c.txt")).st_mtime, oct(os.stat(j("d", "a.txt")).st_mode & 0o777))
    os.symlink("a.txt", j("link"))
    shutil.copyfile(j("link"), j("via_link"))
    shutil.copyfile(j("link"), j("link_copy"), follow_symlinks=False)
    print(os.path.islink(j("via_link")), os.path.islink(j("link_copy")), os.readlink(j("link_copy")))
    for call in [lambda: shutil.copyfile(j("a.txt"), j("a.txt")), lambda: shutil.copyfile(j("a.txt"), j("link")),
                 lambda: shutil.copyfile(j("missing"), j("x")), lambda: shutil.copy(j("a.txt"), j("nodir", "x")), lambda: shutil.copytree(j("d"), j("d"))]:
        try:
            call()
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, str(e).replace(tmp, "T"))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError))
    # trees
    os.makedirs(j("tree", "sub", "deep"))
    for name in ["tree/x.py", "tree/x.pyc", "tree/sub/y.txt", "tree/sub/deep/z.py"]:
        with open(j(*name.split("/")), "w") as f:
            f.write(name)
    os.symlink("x.py", j("tree", "lnk"))
    os.symlink("nowhere", j("tree", "dangling"))
    ign = shutil.ignore_patterns("*.pyc", "deep", "dangling")
    print(sorted(ign("dir", ["a.pyc", "b.py", "deep", "c"])))
    print(rel(shutil.copytree(j("tree"), j("copy1"), ignore=ign)))
    walk = lambda top: sorted((rel(r), sorted(d), sorted(f)) for r, d, f in os.walk(top))
    print(walk(j("copy1")), os.path.islink(j("copy1", "lnk")))
    shutil.copytree(j("tree"), j("copy2"), symlinks=True)
    print(os.path.islink(j("copy2", "lnk")), os.readlink(j("copy2", "dangling")))
    try:
        shutil.copytree(j("tree"), j("copy3"))
    except shutil.Error as e:
        errs = e.args[0]
        print("Error", len(errs), [rel(s) for s, d, why in errs])
    shutil.copytree(j("tree"), j("copy4"), ignore_dangling_symlinks=True)
    print(os.path.exists(j("copy4", "dangling")))
    shutil.copytree(j("tree", "sub"), j("copy1", "sub"), dirs_exist_ok=True)
    calls = []
    shutil.copytree(j("tree", "sub"), j("copy5"), copy_function=lambda s, d: calls.append(rel(s)) or shutil.copy(s, d))
    print(sorted(calls))
    try:
        shutil.copytree(j("tree"), j("copy1"))
    except FileExistsError as e:
        print("FileExistsError", rel(e.filename))
    # rmtree
    try:
        shutil.rmtree(j("link"))
    except OSError as e:
        print(type(e).__name__, e)
    shutil.rmtree(j("nope"), ignore_errors=True)
    seen = []
    shutil.rmtree(j("nope"), onerror=lambda f, p, info: seen.append((f.__name__, rel(p), info[0].__name__)))
    shutil.rmtree(j("nope"), onexc=lambda f, p, e: seen.append((f.__name__, rel(p), type(e).__name__)))
    shutil.rmtree(j("link"), onexc=lambda f, p, e: seen.append((f.__name__, rel(p), type(e).__name__)))
    print(seen)
    try:
        shutil.rmtree(j("nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e.filename))
    os.symlink(j("tree"), j("copy2", "to_tree"))
    shutil.rmtree(j("copy2"))
    print(os.path.exists(j("copy2")), os.path.exists(j("tree", "x.py")))
    shutil.rmtree(j("copy4"))
    # move
    print(rel(shutil.move(j("b.txt"), j("moved.txt"))), rel(shutil.move(j("moved.txt"), j("d"))), os.path.exists(j("d", "moved.txt")))
    print(rel(shutil.move(j("copy5"), j("d"))), os.path.isdir(j("d", "copy5")), rel(shutil.move(j("d", "copy5"), j("renamed_dir"))))
    with open(j("again.txt"), "w"):
        pass
    shutil.copy(j("again.txt"), j("d", "again.txt"))
    try:
        shutil.move(j("again.txt"), j("d"))
    except shutil.Error as e:
        print("Error", str(e).replace(tmp, "T"))
    print(rel(shutil.move(j("link"), j("link_moved"))), os.path.islink(j("link_moved")))
    for call in [lambda: shutil.move(j("d"), j("d", "inner")), lambda: shutil.copyfile(j("a.txt"), j("no_such_dir") + "/"), lambda: shutil.move(j("d"), j("d"))]:
        try:
            print(call())
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, str(e).replace(tmp, "T"))
    # which
    os.mkdir(j("bin"))
    for name, mode in [("tool", 0o755), ("plain", 0o644)]:
        with open(j("bin", name), "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(j("bin", name), mode)
    os.mkdir(j("bin", "dirtool"))
    binpath = os.pathsep.join([j("missing"), j("bin"), j("bin")])
    print(rel(shutil.which("tool", path=binpath)), shutil.which("plain", path=binpath), rel(shutil.which("plain", mode=os.R_OK, path=binpath)), shutil.which("dirtool", path=binpath), shutil.which("tool", path=""))
    print(rel(shutil.which(j("bin", "tool"))), shutil.which(j("bin", "plain")), shutil.which("sh") is not None, shutil.which("no-such-program-zz"))
du = shutil.disk_usage("/")
print(type(du).__name__, du.total >= du.used, du.free <= du.total, len(du), repr(du).startswith("usage(total="))
os.environ["COLUMNS"], os.environ["LINES"] = "100", "40"
print(shutil.get_terminal_size(), tuple(shutil.get_terminal_size((1, 2))))
os.environ["COLUMNS"] = "bad"
del os.environ["LINES"]
print(shutil.get_terminal_size((33, 44)).columns in (33, 80) or "tty")
