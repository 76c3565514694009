# args: one "two words" --flag=3
# sys.argv via the args directive (the runner splits on whitespace)
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith("modules_argv.py"))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
