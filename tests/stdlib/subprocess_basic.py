# subprocess: run/check_output/Popen with pipes, input, errors, timeouts, env and cwd; select; os.popen
import subprocess, sys, os, select, signal
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, repr(r)[:60])
print(subprocess.run("echo $((6*7)); echo err >&2; exit 3", shell=True, capture_output=True, text=True))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input=b"shout\n"), subprocess.check_output("printf 'x\\ny'", shell=True, text=True).splitlines())
print(subprocess.run(["cat"], input="round trip é", capture_output=True, text=True).stdout, subprocess.call(["true"]), subprocess.call(["false"]))
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/definitely/not/a/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, str(e).startswith("Command '['sleep', '5']' timed out after 0."), e.cmd)
print(subprocess.run(["sh", "-c", "echo $AY_SUB_VAR; pwd"], env={"AY_SUB_VAR": "from-env", "PATH": os.environ["PATH"]}, cwd="/", capture_output=True, text=True).stdout)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo oops >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, err = p.communicate(b"line\n")
print(out, err, p.returncode, p.poll(), p.wait())
with subprocess.Popen(["printf", "a\\nb\\n"], stdout=subprocess.PIPE, text=True) as p:
    print([line for line in p.stdout])
print(p.returncode, subprocess.run(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("exit 2"))
big = subprocess.run(["cat"], input=b"x" * 200000, capture_output=True)
print(len(big.stdout), big.returncode)
r, w = os.pipe()
print(select.select([r], [w], [], 0)[1] == [w], select.select([r], [], [], 0.01))
os.write(w, b"!")
print(select.select([r], [], [], 1)[0] == [r])
pl = select.poll()
pl.register(r, select.POLLIN)
print(pl.poll(0), os.read(r, 1), pl.poll(10))
pl.unregister(r)
os.close(r); os.close(w)
with os.popen("echo from popen") as f:
    print(f.read().strip())
print(os.popen("exit 3").close())
