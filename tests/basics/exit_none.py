# sys.exit(None) and sys.exit() give status 0; finally blocks still run
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code is", e.code)
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally runs on exit")
