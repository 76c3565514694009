# subprocess: exception objects, CompletedProcess, argument errors, signals after exit, status helpers
import subprocess, signal
e = subprocess.CalledProcessError(2, ["cmd", "x"], b"out", b"err")
print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args, isinstance(e, subprocess.SubprocessError))
e.stdout = b"changed"
print(e.output, subprocess.CalledProcessError(-9, "k"), subprocess.CalledProcessError(-200, "k"), subprocess.CalledProcessError(0, "z"))
t = subprocess.TimeoutExpired("sleep 9", 1.5, output=b"partial")
print(t, t.cmd, t.timeout, t.stdout, t.stderr, t.args)
t.stdout = b"more"
print(t.output, subprocess.TimeoutExpired.__mro__[1].__name__, subprocess.CalledProcessError.__mro__[1].__name__)
c = subprocess.CompletedProcess(["a"], 0)
print(repr(c), repr(subprocess.CompletedProcess("b", 1, b"o", "e")), c.check_returncode())
try:
    subprocess.CompletedProcess("b", 3, "o", "e").check_returncode()
except subprocess.CalledProcessError as err:
    print("CalledProcessError", err, err.stdout, err.stderr)
for call in [lambda: subprocess.check_output(["true"], stdout=1), lambda: subprocess.check_output(["true"], check=False),
             lambda: subprocess.run(["true"], stdin=subprocess.PIPE, input=b"x"), lambda: subprocess.run(["true"], capture_output=True, stderr=1),
             lambda: subprocess.check_call(args=["sh", "-c", "exit 5"]), lambda: subprocess.check_call("exit 6", shell=True)]:
    try:
        print(call())
    except (ValueError, subprocess.CalledProcessError) as err:
        print(type(err).__name__, err)
print(subprocess.check_call(["true"]), subprocess.check_output(["cat"], input=None), subprocess.check_output(["cat"], input=None, text=True) == "")
p = subprocess.Popen(["true"])
p.wait()
p.send_signal(signal.SIGTERM)
p.terminate()
p.kill()
print(p.returncode, repr(p).startswith("<Popen: returncode: 0 args: ['true']"))
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait(), p.poll())
print(subprocess.getstatusoutput("printf 'a\\n\\n'"), subprocess.getstatusoutput("echo x >&2; exit 1"), subprocess.getoutput("printf 'no newline'"), subprocess.getstatusoutput("exit 0"))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
