# exit codes: SystemExit(True) and raise SystemExit with a list argument
import sys
try:
    raise SystemExit(True)
except SystemExit as e:
    print(e.code, repr(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
def cleanup():
    print("atexit handler")
import atexit
atexit.register(cleanup)
raise SystemExit([1, 2])
