# argparse: actions, reprs, parents, conflicts, prefix chars, files, intermixed, formatters
import argparse, os, sys, tempfile
os.environ["COLUMNS"] = "70"
def attempt(parser, argv, known=False):
    try:
        if known:
            print(parser.parse_known_args(argv))
        else:
            print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
    except argparse.ArgumentError as e:
        print("ArgumentError", e)

p = argparse.ArgumentParser(prog="acts")
print(p)
print(p.add_argument("--const", action="store_const", const=42))
print(p.add_argument("--on", action="store_true"))
print(p.add_argument("--off", action="store_false"))
print(p.add_argument("--app", action="append_const", const="k", dest="keys"))
print(p.add_argument("--ext", action="extend", nargs="+", type=int))
p.add_argument("--opt", nargs="?", const="C", type=str.upper)
p.add_argument("--two", nargs=2, type=int)
p.add_argument("--neg", type=float)
attempt(p, ["--const", "--on", "--off", "--app", "--app", "--ext", "1", "2", "--ext", "3"])
attempt(p, ["--opt", "--two", "3", "4", "--neg", "-2.5"])
attempt(p, ["--opt", "low", "--neg=-1"])
attempt(p, ["--two", "1", "x"])
attempt(p, ["--on=1"])
attempt(p, ["--nope", "--on", "pos"], known=True)
attempt(p, ["--o"])
ns = argparse.Namespace(b=2, a=1)
print(ns, vars(ns), ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1))
print(argparse.Namespace(**{"not valid": 1, "ok": 2}))
print(repr(argparse.FileType("w")), repr(argparse.FileType("rb", 0, "utf-8", "strict")), repr(argparse.FileType()))
print(argparse.FileType("r")("-") is sys.stdin, argparse.FileType("w")("-") is sys.stdout)
try:
    argparse.FileType("r")("/nonexistent/file")
except argparse.ArgumentTypeError as e:
    print("ArgumentTypeError", e)

# negative numbers: positional when no option looks like one
q = argparse.ArgumentParser(prog="neg")
q.add_argument("x", type=int)
q.add_argument("-n", type=int)
attempt(q, ["-3", "-n", "-4"])
q2 = argparse.ArgumentParser(prog="neg2")
q2.add_argument("-1", dest="one", action="store_true")
q2.add_argument("x", nargs="?")
attempt(q2, ["-1"])
attempt(q2, ["-5"])

# short option clusters and attached values
c = argparse.ArgumentParser(prog="clu")
c.add_argument("-a", action="store_true")
c.add_argument("-b", action="count", default=0)
c.add_argument("-c")
attempt(c, ["-abbc", "val"])
attempt(c, ["-abcval"])
attempt(c, ["-cfoo", "-ba"])
attempt(c, ["-ax"])
attempt(c, ["-c"])

# parents and conflict handling
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--shared", default="s")
bg = base.add_argument_group("grp", "group desc")
bg.add_argument("--ingroup", type=int)
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("pos")
attempt(child, ["p", "--ingroup", "3"])
child.print_help()
r = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
r.add_argument("-x", "--xx", help="old")
r.add_argument("--xx", help="new")
r.add_argument("-x", help="newer")
r.print_help()
e = argparse.ArgumentParser(prog="err")
e.add_argument("-x")
try:
    e.add_argument("-x", "--y")
except argparse.ArgumentError as ex:
    print("ArgumentError", ex)
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as ex:
    print("ValueError", ex)
for kwargs in [dict(action="bogus"), dict(type="nottype"), dict(nargs=0), dict(metavar=("A", "B")), dict(action="store_const")]:
    try:
        e.add_argument("--z" + str(len(kwargs)), **kwargs)
        print("ok", kwargs)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    e.add_argument("zz", dest="other")
except ValueError as ex:
    print("ValueError", ex)
try:
    e.add_argument("--")
except ValueError as ex:
    print("ValueError", ex)
try:
    e.add_argument("-w", "x")
except ValueError as ex:
    print("ValueError", ex)

# prefix chars, defaults, argument_default
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
pc.add_argument("+f", "++foo")
pc.add_argument("/bar", action="store_true")
attempt(pc, ["+f", "1", "/bar"])
pc.print_help()
ad = argparse.ArgumentParser(prog="ad", argument_default=argparse.SUPPRESS)
ad.add_argument("--a")
ad.add_argument("--b", default=3)
attempt(ad, [])
attempt(ad, ["--a", "1"])
sd = argparse.ArgumentParser(prog="sd")
sd.set_defaults(func="f", v=1)
sd.add_argument("--v", type=int)
print(sd.parse_args([]), sd.get_default("v"), sd.get_default("func"), sd.get_default("missing"))
ns = argparse.Namespace(v=9)
print(sd.parse_args([], namespace=ns) is ns, ns)

# reading arguments from a file
with tempfile.NamedTemporaryFile("w", suffix=".args", delete=False) as fh:
    fh.write("--v\n5\n")
fp = argparse.ArgumentParser(prog="fp", fromfile_prefix_chars="@")
fp.add_argument("--v", type=int)
fp.add_argument("rest", nargs="*")
attempt(fp, ["a", "@" + fh.name, "b"])
os.unlink(fh.name)
attempt(fp, ["@/no/such/file"])

# intermixed
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))

# abbreviations off, exit_on_error off
na = argparse.ArgumentParser(prog="na", allow_abbrev=False, exit_on_error=False)
na.add_argument("--long")
attempt(na, ["--lo", "1"], known=True)
attempt(na, ["--long"])
attempt(na, ["--long", "1", "extra"])

# formatters
text = "First line.\n   indented   line\n\nlast"
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog="fmt", description=text, formatter_class=cls, usage="%(prog)s [opts]")
    f.add_argument("--num", type=int, help=text)
    f.add_argument("name", type=str, help="the  name\n  here")
    f.add_argument("--hidden", help=argparse.SUPPRESS)
    f.print_help()
print(argparse.HelpFormatter("x", width=30)._format_args(argparse.Action(["-q"], "q", nargs=3), "Q"))
hf = argparse.HelpFormatter("prog", width=40)
hf.start_section("Things")
hf.add_text("Some text that is long enough to wrap around the narrow width.")
hf.end_section()
print(hf.format_help(), end="")

# long prog, many options: usage wrapping
lp = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-most-of-the-line-by-itself")
for i in range(6):
    lp.add_argument("--option%d" % i, metavar="VALUE%d" % i)
lp.add_argument("--req", required=True)
lp.add_argument("inputs", nargs="+")
lp.add_argument("output")
lp.print_usage()
lp2 = argparse.ArgumentParser(prog="short")
for i in range(8):
    lp2.add_argument("--option%d" % i, metavar="V")
lp2.print_usage()
lp3 = argparse.ArgumentParser(prog="onlypos", add_help=False)
for i in range(12):
    lp3.add_argument("positional%d" % i)
lp3.print_usage()
attempt(lp, ["a", "b"])

# subparsers: help listing, metavar, set_defaults, unknown args from a subparser
sp = argparse.ArgumentParser(prog="sp")
subs = sp.add_subparsers(metavar="CMD", help="sub help")
a = subs.add_parser("add", help="add it", description="Add things.")
a.add_argument("n", type=int)
a.set_defaults(func="add")
subs.add_parser("hidden")
sp.print_help()
attempt(sp, ["add", "3"])
attempt(sp, [])
attempt(sp, ["add", "3", "--what"], known=True)
attempt(sp, ["add", "3", "--what"])
try:
    subs.add_parser("add")
except argparse.ArgumentError as ex:
    print("ArgumentError", ex)
try:
    sp.add_subparsers()
except SystemExit as ex:
    print("exit", ex.code)
sp2 = argparse.ArgumentParser(prog="sp2")
s2 = sp2.add_subparsers(title="Commands", description="Pick one.", dest="which")
s2.add_parser("go", aliases=["g"], help="go away")
sp2.add_argument("--top")
sp2.print_help()
attempt(sp2, ["g", "--top", "1"])

# nargs combos among positionals
pp = argparse.ArgumentParser(prog="pp")
pp.add_argument("a", nargs="*")
pp.add_argument("b")
pp.add_argument("c", nargs="?", default="dc")
attempt(pp, ["1"])
attempt(pp, ["1", "2", "3", "4"])
pp.print_usage()
pp2 = argparse.ArgumentParser(prog="pp2")
pp2.add_argument("x", nargs="+")
pp2.add_argument("--o", nargs="*")
attempt(pp2, ["1", "--o", "2", "--", "3"])
attempt(pp2, ["--o"])
attempt(pp2, ["--", "--o"])

# usage/help on other streams, error()/exit()
import io
buf = io.StringIO()
pp.print_usage(buf)
pp.print_help(buf)
print(len(buf.getvalue()) > 0, pp.format_usage().startswith("usage: pp"))
try:
    pp.exit(3, "bye\n")
except SystemExit as ex:
    print("exit", ex.code)
try:
    pp.error("custom problem")
except SystemExit as ex:
    print("exit", ex.code)
err = argparse.ArgumentError(None, "plain")
print(str(err), err.argument_name, err.message)
