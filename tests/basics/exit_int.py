# sys.exit with an int: status 3, no traceback
import sys
print("before exit")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
sys.stdout.flush()
sys.exit(3)
print("never")
