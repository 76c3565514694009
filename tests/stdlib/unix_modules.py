# pwd, grp, resource and fcntl: entries, limits, locks and error messages.
import fcntl
import grp
import os
import pwd
import resource
import tempfile

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, type(root).__name__, len(root))
print(pwd.getpwnam("root") == root, root[0] == root.pw_name)
print(repr(pwd.getpwuid(0)).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
print(any(p.pw_name == "root" for p in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam("root") == g)
print(repr(g).startswith("grp.struct_group(gr_name='root', gr_passwd="))
print(any(e.gr_gid == 0 for e in grp.getgrall()))
print(pwd.struct_passwd.n_fields, grp.struct_group.n_fields, resource.struct_rusage.n_fields)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: pwd.getpwnam("no such user"))
attempt(lambda: pwd.getpwuid(987654))
attempt(lambda: pwd.getpwuid(-1))
attempt(lambda: pwd.getpwuid(-2))
attempt(lambda: pwd.getpwuid(2 ** 40))
attempt(lambda: pwd.getpwuid("0"))
attempt(lambda: pwd.getpwuid(1.0))
attempt(lambda: pwd.getpwnam(0))
attempt(lambda: pwd.getpwnam("ro\0ot"))
attempt(lambda: grp.getgrnam("no such group"))
attempt(lambda: grp.getgrgid(987654))
attempt(lambda: grp.getgrgid(-7))
attempt(lambda: grp.getgrgid("0"))
attempt(lambda: grp.getgrnam(b"root"))
attempt(lambda: grp.getgrgid(id=0).gr_name)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru.ru_utime).__name__, type(ru.ru_maxrss).__name__, len(ru), ru[0] == ru.ru_utime)
print(resource.getpagesize() > 0, resource.error is OSError, resource.RLIM_INFINITY)
attempt(lambda: resource.getrlimit(12345))
attempt(lambda: resource.getrlimit(-1))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ("a", 2)))
attempt(lambda: resource.getrusage(42))

with tempfile.TemporaryFile() as f:
    flags = fcntl.fcntl(f, fcntl.F_GETFD)
    print(flags & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC)
    fcntl.fcntl(f.fileno(), fcntl.F_SETFD, 0)
    print(fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    print(fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR)
    print(fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.flock(f, fcntl.LOCK_UN))
    print(fcntl.lockf(f, fcntl.LOCK_EX, 10), fcntl.lockf(f, fcntl.LOCK_UN, 10))
    attempt(lambda: fcntl.lockf(f, 0))
    attempt(lambda: fcntl.ioctl(f, 0x5401))  # TCGETS on a regular file
attempt(lambda: fcntl.fcntl(-1, fcntl.F_GETFD))
attempt(lambda: fcntl.fcntl("x", fcntl.F_GETFD))
attempt(lambda: fcntl.fcntl(0, fcntl.F_GETFD, 1.5))
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFL, b"abc"), fcntl.fcntl(r, fcntl.F_GETFL, "xy"))
os.close(r)
os.close(w)
attempt(lambda: fcntl.fcntl(r, fcntl.F_GETFD))
