# Writing to a pipe whose reader has gone raises BrokenPipeError (the process
# is not killed by SIGPIPE), as in CPython.
import subprocess

p = subprocess.Popen(["true"], stdin=subprocess.PIPE)
p.wait()
try:
    for _ in range(20):
        p.stdin.write(b"x" * 65536)
        p.stdin.flush()
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
try:
    p.stdin.close()
except BrokenPipeError:
    print("BrokenPipeError on close")
print("still running")
