# output printed before the error is kept on both streams
import sys
print("line on stdout")
print("line on stderr", file=sys.stderr)
int("not a number")
