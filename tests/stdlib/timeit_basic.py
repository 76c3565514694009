# timeit: Timer with string and callable statements, globals, repeat,
# autorange and the command line (main) driven by a fake clock so the
# printed figures are exact.
import io
import time
import timeit
import warnings
from contextlib import redirect_stdout, redirect_stderr


def fake_clock(steps):
    """A timer whose successive differences cycle through steps."""
    state = {"now": 0.0, "i": 0}
    def clock():
        state["now"] += steps[state["i"] % len(steps)]
        state["i"] += 1
        return state["now"]
    return clock


print(timeit.default_timer is time.perf_counter)
print(timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__))

# string statements see the globals given, and run number times
ns = {"calls": []}
t = timeit.Timer("calls.append(x)", "x = 7", globals=ns)
r = t.timeit(number=5)
print(type(r).__name__, r >= 0, ns["calls"])

# callables
count = [0]
def work():
    count[0] += 1
def prepare():
    count.append("setup")
timeit.timeit(work, prepare, number=4)
print(count)
print(len(timeit.repeat(work, repeat=3, number=2)), count[0])

# multi-line statements and setups
ns = {}
timeit.timeit("for i in range(3):\n    total += i", "total = 0\nextra = 1",
              number=2, globals=ns)
print({k: v for k, v in ns.items() if k != "__builtins__"})
print(timeit.timeit("y = 1", number=0, timer=fake_clock([1.0, 0.5])))
print(timeit.Timer("pass", timer=fake_clock([2.0, 0.25])).repeat(3, 10))

# autorange with a clock whose timings grow until one passes 0.2 s
calls = []
t = timeit.Timer("pass", timer=fake_clock([0.0, 0.01, 0.0, 0.05, 0.0, 0.125, 0.0, 0.25]))
print(t.autorange(lambda n, s: calls.append((n, round(s, 3)))))
print(calls)
print(timeit.Timer("pass", timer=fake_clock([0.0, 3.0])).autorange())

# errors
for stmt, setup in [(42, "pass"), ("pass", 42), ("return 1", "pass"),
                    ("x = (", "pass"), ("pass", "break")]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timeit.timeit("undefined_name", number=3)
except NameError as e:
    print("NameError", e)
t = timeit.Timer("[][1]")
try:
    t.timeit(1)
except IndexError:
    err = io.StringIO()
    t.print_exc(err)
    print(err.getvalue().splitlines()[-1])


# the command line
def run(args, steps=(0.0, 0.001)):
    out = io.StringIO()
    with redirect_stdout(out), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        status = timeit.main(args, _wrap_timer=lambda timer: fake_clock(steps))
    print(repr(args), "->", status)
    print(out.getvalue(), end="")
    for w in caught:
        print("warning:", w.category.__name__, w.message, repr(w.filename), w.lineno)

run(["-n", "10", "-r", "3", "x = 1"])
run(["--number=1", "--repeat=2", "pass"])
run(["-n", "1000", "pass"], (0.0, 2.5e-6))
run(["-n", "7", "-u", "msec", "pass"])
run(["-n", "7", "--unit", "sec", "pass"])
run(["-n", "7", "-u", "nsec", "pass"])
run(["-n", "3", "-u", "usec", "pass"], (0.0, 123.456))
run(["pass"], (0.0, 0.3))
run(["-s", "pass"], (0.0, 0.0625, 0.0, 0.5))
run(["-v", "pass"], (0.0, 0.25))
run(["-v", "-v", "-n", "2", "pass"], (0.0, 0.0123456))
run(["-n", "5", "-r", "0", "pass"])
run(["-n", "5", "-s", "a = 1", "-s", "b = 2", "c = a + b", "d = c"])
run(["-n", "2", "-r", "4", "pass"], (0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 9.0))
run(["-p", "-n", "1", "-r", "1", "pass"])
run(["-x"])
run(["--repeat"])
run(["--numb", "3", "pass"], (0.0, 0.5))
run(["--nope=3"])
err = io.StringIO()
with redirect_stderr(err):
    run(["-u", "hours", "pass"])
print(err.getvalue(), end="")
err = io.StringIO()
with redirect_stderr(err):
    run(["-n", "1", "1/0"])
print(err.getvalue().splitlines()[-1])

# `-m timeit` from a shell: the figure varies, its shape does not
import re
import subprocess
import sys
for args in (["-n", "3", "-r", "2", "x = 1"], ["-n", "2", "-u", "usec", "pass"],
             ["--bogus"], ["-n", "1", "1/0"]):
    proc = subprocess.run([sys.executable, "-m", "timeit", *args],
                          capture_output=True, text=True)
    out = re.sub(r"[0-9.e+-]+ (n|u|m|)sec", "TIME", proc.stdout)
    err = [line for line in proc.stderr.splitlines() if "unreliable" not in line]
    print(proc.returncode, repr(out), err[-1:])
