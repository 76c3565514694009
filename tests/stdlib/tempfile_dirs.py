# tempfile: TemporaryDirectory naming, repr, cleanup twice, delete=False, cleanup errors; mkdtemp/mkstemp arguments
import os, tempfile
td = tempfile.TemporaryDirectory(suffix="_s", prefix="p_")
base = os.path.basename(td.name)
print(base.startswith("p_"), base.endswith("_s"), repr(td) == "<TemporaryDirectory %r>" % td.name, os.path.isdir(td.name))
os.makedirs(os.path.join(td.name, "a", "b"))
open(os.path.join(td.name, "a", "b", "f"), "w").close()
os.symlink("/", os.path.join(td.name, "root_link"))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name), os.path.exists("/"))
with tempfile.TemporaryDirectory(dir=tempfile.gettempdir()) as name:
    print(type(name).__name__, os.path.dirname(name) == tempfile.gettempdir(), os.path.isdir(name))
print(os.path.exists(name))
with tempfile.TemporaryDirectory(delete=False) as kept:
    pass
print(os.path.isdir(kept))
os.rmdir(kept)
t = tempfile.TemporaryDirectory()
os.rmdir(t.name)
t.cleanup()
print("cleanup of a vanished dir is quiet")
with tempfile.TemporaryDirectory() as outer:
    inner = tempfile.TemporaryDirectory(dir=outer, ignore_cleanup_errors=True)
    os.chmod(outer, 0o500)
    try:
        inner.cleanup()
        print("ignored", os.getuid() == 0 or os.path.isdir(inner.name))
    finally:
        os.chmod(outer, 0o700)
    strict = tempfile.TemporaryDirectory(dir=outer)
    os.chmod(outer, 0o500)
    try:
        strict.cleanup()
        print(os.getuid() == 0 and "PermissionError")
    except PermissionError as e:
        print(type(e).__name__)
    finally:
        os.chmod(outer, 0o700)
d = tempfile.mkdtemp(b"_x", b"y_")
print(type(d).__name__, os.path.basename(d).startswith(b"y_"), d.endswith(b"_x"))
os.rmdir(d)
fd, p = tempfile.mkstemp(text=True, dir=tempfile.gettempdirb())
print(type(p).__name__, oct(os.stat(p).st_mode & 0o777))
os.close(fd)
os.unlink(p)
print(tempfile.TemporaryDirectory[str] is not None)
