# print() to a file object of the script's calls write() for each argument,
# separator and end; an argument whose str() fails stops the line there,
# after what came before it was written.
import sys
class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
r = Recorder()
print("x", "y", sep="-", file=r)
print(file=r)
print("a", end="", file=r)
print(1, 2, sep="", file=r)
print(r.parts)
class Bad:
    def __str__(self):
        raise ValueError("no str")
for target in (r, sys.stdout):
    try:
        print("before", Bad(), "after", file=target)
    except ValueError as e:
        print("|", e)
print(r.parts[-2:])
