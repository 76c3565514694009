# signal handlers run at safepoints; enums; errno codes; platform basics
import signal, os, time, errno, platform
print(repr(signal.SIGINT), signal.SIGINT, repr(signal.SIG_DFL), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.strsignal(2), signal.NSIG, repr(signal.SIG_BLOCK))
print(sorted(signal.valid_signals())[:5], repr(signal.Signals(6)), repr(signal.Signals(29)))
got = []
def handler(sig, frame):
    got.append(sig)
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def boom(sig, frame):
    raise RuntimeError("from handler")
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [(99, handler), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, repr(signal.getsignal(signal.SIGUSR1)))
print(errno.ENOENT, errno.errorcode[errno.EACCES], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11], len(errno.errorcode) > 100)
try:
    open("/definitely/missing/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(platform.system(), platform.python_version(), platform.python_version_tuple()[:2], platform.architecture()[0], platform.uname().system, type(platform.node()).__name__)
