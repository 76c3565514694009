# os: stat results, scandir entries, walk orders, makedirs/removedirs, errors with filenames, fd calls
import os, stat, tempfile
with tempfile.TemporaryDirectory(prefix="ay_os_") as tmp:
    os.makedirs(os.path.join(tmp, "a", "b", "c"))
    os.makedirs(os.path.join(tmp, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(tmp, "a"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    for name in ["a/x.txt", "a/b/y.txt", "a/b/c/z.txt"]:
        with open(os.path.join(tmp, name), "w") as f:
            f.write(name * 3)
    st = os.stat(os.path.join(tmp, "a/x.txt"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st[8]).__name__, len(st), st.st_mtime_ns // 10**9 == st[8])
    print(stat.filemode(os.stat(os.path.join(tmp, "a")).st_mode)[0], stat.filemode(0o100644), stat.filemode(0o40755))
    entries = sorted(os.scandir(os.path.join(tmp, "a")), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
    print(os.path.relpath(entries[0].path, tmp), os.fspath(entries[1]) == entries[1].path, entries[1].stat().st_size)
    with os.scandir(tmp) as it:
        print([e.name for e in it])
    print([(os.path.relpath(r, tmp), sorted(d), sorted(f)) for r, d, f in os.walk(tmp)])
    print([os.path.relpath(r, tmp) for r, d, f in os.walk(tmp, topdown=False)])
    os.symlink(os.path.join(tmp, "a", "x.txt"), os.path.join(tmp, "link"))
    print(os.path.islink(os.path.join(tmp, "link")), os.readlink(os.path.join(tmp, "link")) == os.path.join(tmp, "a", "x.txt"), os.path.realpath(os.path.join(tmp, "link")) == os.path.realpath(os.path.join(tmp, "a", "x.txt")))
    fd = os.open(os.path.join(tmp, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open(os.path.join(tmp, "raw.bin"), os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    with open(os.path.join(tmp, "raw.bin"), "rb") as f:
        print(f.read(), os.path.getsize(f.name))
    os.replace(os.path.join(tmp, "raw.bin"), os.path.join(tmp, "moved.bin"))
    try:
        os.rename(os.path.join(tmp, "nope"), os.path.join(tmp, "other"))
    except FileNotFoundError as e:
        print(str(e).replace(tmp, "TMP"))
    try:
        os.rmdir(os.path.join(tmp, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.listdir(os.path.join(tmp, "moved.bin"))
    except NotADirectoryError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.remove(tmp)
    except IsADirectoryError as e:
        print(type(e).__name__, e.strerror)
    os.utime(os.path.join(tmp, "moved.bin"), (1000000000, 1500000000))
    print(os.stat(os.path.join(tmp, "moved.bin")).st_mtime, os.access(os.path.join(tmp, "moved.bin"), os.R_OK), os.access(os.path.join(tmp, "zzz"), os.F_OK))
    os.chmod(os.path.join(tmp, "moved.bin"), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "moved.bin")).st_mode)))
    os.truncate(os.path.join(tmp, "moved.bin"), 4)
    print(os.path.getsize(os.path.join(tmp, "moved.bin")))
    old = os.getcwd()
    os.chdir(tmp)
    print(sorted(os.listdir()), os.path.exists("a/x.txt"), sorted(os.listdir(b"a")))
    os.chdir(old)
    os.remove(os.path.join(tmp, "a", "b", "c", "z.txt"))
    os.removedirs(os.path.join(tmp, "a", "b", "c"))
    print(os.path.exists(os.path.join(tmp, "a", "b")), os.path.exists(os.path.join(tmp, "a")))
for bad in [None, 3.5]:
    try:
        os.stat(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.strerror(2), os.strerror(13), type(os.cpu_count()).__name__, len(os.urandom(7)), os.getpid() > 0, os.get_exec_path()[:0])
print(os.fsencode("é"), os.fsdecode(b"x"), os.path.expandvars("$HOME_NOT_SET_X/${ALSO_NOT}/$"), os.getenv("PATH") is not None)
print(os.environ.copy() == dict(os.environ), isinstance(os.environ.get("PATH"), str), "PATH" in os.environ.keys())
r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
print(os.path.commonpath(["a/b/c", "a/b/d"]), os.path.normpath("//x//y/"), os.path.normpath("///x"), os.path.splitroot("//x/y"), os.path.join(b"a", b"b"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(type(e).__name__, e)
