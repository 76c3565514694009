# argparse with explicit argument lists; --help captured via SystemExit
import argparse, sys, os
os.environ["COLUMNS"] = "80"  # help layout depends on the terminal width
p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="store_true", help="be chatty")
p.add_argument("-n", "--count", type=int, default=1, help="repeat count")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", default=[])
p.add_argument("-q", action="count", default=0)
print(p.parse_args(["in.txt"]))
print(p.parse_args(["in.txt", "o.txt", "-v", "-n", "3", "--mode", "slow", "--tag", "a", "--tag=b", "-qqq"]))
ns = p.parse_args(["x", "--count=7"])
print(ns.src, ns.dst, ns.count, ns.verbose, vars(ns)["mode"])
args, rest = p.parse_known_args(["a", "--unknown", "1"])
print(args.src, rest)
try:
    p.parse_args(["--help"])
except SystemExit as e:
    print("exit code", e.code)
for bad in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "b", "c"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit code", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
print(sub.parse_args(["commit", "-m", "msg"]))
g = argparse.ArgumentParser(prog="g", exit_on_error=False)
g.add_argument("--x", type=int)
try:
    g.parse_args(["--x", "nope"])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
