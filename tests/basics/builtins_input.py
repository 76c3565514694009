# stdin: builtins_input.in
# input() reading lines from stdin; EOFError at the end
a = input()
b = input("prompt> ")
n = int(input())
print(repr(a), repr(b), n * 2)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
import sys
print(sys.stdin.read() == "")
