# secrets tokens and errors, hashlib.file_digest on files and BytesIO, signal masks and sets, platform queries, heapq.merge
import secrets, hashlib, io, os, signal, platform, tempfile, heapq
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_hex(3)), all(c in "0123456789abcdef" for c in secrets.token_hex(16)))
t = secrets.token_urlsafe(30)
print(len(t), "=" in t, set(t) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), len(secrets.token_urlsafe(1)), secrets.DEFAULT_ENTROPY)
print(secrets.choice("x"), 0 <= secrets.randbits(3) < 8, secrets.randbelow(1), type(secrets.SystemRandom()).__name__)
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([]), lambda: secrets.token_bytes(-1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest(), hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
with tempfile.TemporaryFile() as f:
    f.write(b"x" * 300000)
    f.seek(0)
    print(hashlib.file_digest(f, "sha1").hexdigest() == hashlib.sha1(b"x" * 300000).hexdigest())
for bad in [io.StringIO("text"), object()]:
    try:
        hashlib.file_digest(bad, "sha1")
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" object at")[0])
print(hashlib.new("sha256", b"q").hexdigest()[:16], hashlib.sha256.__name__)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old, signal.pthread_sigmask(signal.SIG_BLOCK, []))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending(), [type(s).__name__ for s in signal.sigpending()])
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(signal.sigpending(), signal.getsignal(signal.SIGUSR1), signal.signal(signal.SIGUSR1, signal.SIG_DFL), signal.SIGUSR1 in signal.valid_signals())
print(platform.system() == os.uname().sysname, platform.machine() == os.uname().machine, platform.release() == os.uname().release, platform.version() == os.uname().version, platform.processor() == platform.uname().processor)
print(platform.python_implementation(), platform.uname()._fields if hasattr(platform.uname(), "_fields") else None, platform.architecture()[0], platform.libc_ver()[0], platform.platform().startswith("Linux-"))
print(list(heapq.merge([1, 4, 9], [2, 3], [], [0, 10])), list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)), list(heapq.merge([1, 1], [1], key=None)))
u = platform.uname()
print(len(u), list(u)[5:], u[5], u[-1] == u.processor, u[:2] == tuple(u)[:2], repr(u).count("="), sorted(u._asdict()), u.system == u[0], u.machine == u[4])
