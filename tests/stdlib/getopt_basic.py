# getopt: short and long options, abbreviations, gnu_getopt's mixing of
# options and operands, and every error with its msg/opt.
import getopt
import os

cases = [
    (["-a", "-b", "val", "file"], "ab:", []),
    (["-abval", "x"], "ab:", []),
    (["-ab", "val"], "ab:", []),
    (["-b", "-a"], "ab:", []),
    (["--", "-a"], "a", []),
    (["-", "-a"], "a", []),
    (["x", "-a"], "a", []),
    ([], "a", []),
    (["--alpha", "--beta=3", "--beta", "4", "rest"], "", ["alpha", "beta="]),
    (["--al", "--be=5"], "", ["alpha", "beta="]),
    (["--beta="], "", ["beta="]),
    (["--verbose"], "v", "verbose"),
    (["--ver"], "", ("verbose", "version")),
    (["--version"], "", ("verbose", "version")),
    (["--out=a=b"], "", ["out="]),
    (["--foo", "--foo="], "", ["foo", "foo="]),
    (["-:"], "a:", []),
    (["-a"], "a:", []),
    (["-z"], "a", []),
    (["--alpha=1"], "", ["alpha"]),
    (["--alpha"], "", ["alpha="]),
    (["--ver"], "", ["verbose", "version"]),
    (["--nothing"], "", ["alpha"]),
]
for args, short, longs in cases:
    try:
        print(args, "->", getopt.getopt(args, short, longs))
    except getopt.GetoptError as e:
        print(args, "-> GetoptError", repr(e.msg), repr(e.opt), str(e), e.args)

os.environ.pop("POSIXLY_CORRECT", None)
for args, short, longs in [
    (["a", "-x", "b", "--long", "c", "-y", "1", "--", "-z"], "xy:", ["long"]),
    (["a", "-x", "b"], "+x", []),
    (["-", "-x"], "x", []),
    (["a", "--bad"], "", []),
]:
    try:
        print(args, "->", getopt.gnu_getopt(args, short, longs))
    except getopt.GetoptError as e:
        print(args, "-> GetoptError", e)
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["a", "-x"], "x"))
del os.environ["POSIXLY_CORRECT"]

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("message")
print(repr(e.msg), repr(e.opt), e.args, str(e))
try:
    raise getopt.GetoptError("boom", "o")
except getopt.error as err:
    print("caught", err, err.opt)

# the usual main() of a textbook script
def main(argv):
    try:
        opts, args = getopt.getopt(argv, "hi:o:", ["ifile=", "ofile="])
    except getopt.GetoptError as err:
        print("usage error:", err)
        return 2
    infile = outfile = ""
    for opt, arg in opts:
        if opt == "-h":
            print("test.py -i <inputfile> -o <outputfile>")
            return 0
        elif opt in ("-i", "--ifile"):
            infile = arg
        elif opt in ("-o", "--ofile"):
            outfile = arg
    print("Input file is", repr(infile), "output file is", repr(outfile), args)
    return 0

main(["-i", "in.txt", "--ofile=out.txt", "extra"])
main(["--if", "x"])
main(["-h"])
main(["-q"])
