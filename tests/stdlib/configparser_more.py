# configparser: proxies, converters, custom interpolation hooks, comments, continuation lines, errors' details
import configparser, io, pathlib, tempfile, os, warnings

def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, str(e), e.args)

p = configparser.ConfigParser()
p.read_string("""
[one]
a = 1
b = two
[two]
x = %(a)s-x
""", source="src.ini")
p["DEFAULT"]["a"] = "dflt"
s = p["one"]
print(list(s), len(s), "a" in s, "A" in s, s.get("zzz"), s.get("zzz", "fb"), s.getint("a"), s.getboolean("zzz", True))
del s["b"]
attempt(lambda: s.__delitem__("b"))
attempt(lambda: s.__setitem__("k", 3))
s["k"] = "v"
print(dict(s), p.get("two", "x"), list(p.keys()), [type(v).__name__ for v in p.values()])
print(p.popitem()[0], p.sections(), p.pop("two", None), p.sections())
attempt(p.popitem)
print(list(p["DEFAULT"]), len(p), list(p))
p["DEFAULT"] = {"z": "1"}
print(p.defaults())
same = p["DEFAULT"]
p["DEFAULT"] = same
print(p.defaults(), p.has_option(None, "z"), p.has_option("", "z"), p.has_option("DEFAULT", "Z"))
p.set("", "w", "dflt-w")
print(p.remove_option("DEFAULT", "w"), p.remove_option("", "w"))
attempt(lambda: p.remove_option("nosect", "w"))
attempt(lambda: p.set("x", "y", "z"))

# converters: add, use through proxies, delete
c = configparser.ConfigParser(converters={"upper": str.upper})
c.read_string("[s]\nname = alice\nn = 5\n")
c.converters["twice"] = lambda v: v * 2
print(c.getupper("s", "name"), c["s"].getupper("name"), c.gettwice("s", "n"), c["s"].gettwice("n"), sorted(c.converters), len(c.converters))
print(c.getupper("s", "missing", fallback="FB"), c["s"].getupper("missing"), c.getint("nos", "x", fallback=0))
attempt(lambda: c.getint("s", "name"))
del c.converters["twice"]
print(hasattr(c, "gettwice"), hasattr(c["s"], "gettwice"), "twice" in c.converters)
attempt(lambda: c.converters.__setitem__("", str))
attempt(lambda: c.converters.__setitem__(3, str))
attempt(lambda: c.converters.__delitem__(None))
attempt(lambda: c.converters.__delitem__("nothere"))
print(c.converters["upper"] is str.upper, c.converters["int"])

# an interpolation with all four hooks
class Loud(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_set(self, parser, section, option, value):
        return value + "!"
    def before_read(self, parser, section, option, value):
        return value.strip("<>") if value else value
    def before_write(self, parser, section, option, value):
        return "<" + value + ">"
l = configparser.ConfigParser(interpolation=Loud())
l.read_string("[s]\na = <hello>\n")
l.set("s", "b", "set")
out = io.StringIO(); l.write(out)
print(l.get("s", "a"), l.get("s", "b"), l.get("s", "b", raw=True), l.items("s"), repr(out.getvalue()))
attempt(lambda: configparser.ConfigParser(interpolation=object()))
r = configparser.RawConfigParser()
r.read_string("[s]\nv = %(x)s 100%\n")
r.set("s", "n", 5)
print(r.get("s", "v"), r.items("s"), r.get("s", "n"))
n = configparser.ConfigParser(interpolation=None)
n.read_string("[s]\nv = %(x)s\n")
print(n.get("s", "v"))

# interpolation details
b = configparser.ConfigParser()
b.read_string("[s]\na = %(b)s\nb = %(c)s\nc = %(a)s\nd = %(e)s\ne = %%(x)s plain\nf = x%%\ng = %(h)x\nh = 1\n")
attempt(lambda: b.get("s", "a"))
attempt(lambda: b.get("s", "d"))
attempt(lambda: b.get("s", "f"))
attempt(lambda: b.get("s", "g"))
attempt(lambda: b.get("s", "a", vars={"b": "from vars"}))
attempt(lambda: b.get("s", "a", vars={"b": None}))
attempt(lambda: b.set("s", "z", "%(ok)s and %%"))
attempt(lambda: b.set("s", "z", "ok %(bad"))
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("[a]\nx = ${y}\ny = ${b:z}\n[b]\nz = ${w}\nw = end$$\nloop = ${loop}\nodd = $}\n")
attempt(lambda: e.get("a", "x"))
attempt(lambda: e.get("b", "loop"))
attempt(lambda: e.get("b", "odd"))
attempt(lambda: e.set("b", "q", "${ok} $$ ${a:b}"))
attempt(lambda: e.set("b", "q", "$bad"))
attempt(lambda: e.get("a", "x", vars={"y": "V"}))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    lg = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
lg.read_string("[s]\na = %(B)s!\nb = %(c)s\nc = deep\nloop = %(loop)s\nmiss = %(nope)s\n")
attempt(lambda: lg.get("s", "a"))
attempt(lambda: lg.get("s", "loop"))
attempt(lambda: lg.get("s", "miss"))

# comments, continuation and blank lines
text = "[s]\nk = v ; inline\nk2 = a;b ;c\n  # not a comment? \nlong = first\n    second\n\n    third\n  ; comment in value\n    fourth\nlast=x\n"
for kwargs in [{}, {"inline_comment_prefixes": (";",)}, {"inline_comment_prefixes": (";", "#"), "empty_lines_in_values": False}]:
    q = configparser.ConfigParser(**kwargs)
    attempt(lambda: q.read_string(text))
    print(q.items("s", raw=True))
q = configparser.ConfigParser(inline_comment_prefixes=("#", "//"))
q.read_string("[s]\na = x#y // z # w\nb = p //q#r\n")
print(q.items("s"))
q = configparser.ConfigParser(allow_no_value=True, delimiters=(":",))
q.read_string("[s]\nflag\nkey: v=1\nname : spaced value  \n")
out = io.StringIO(); q.write(out, space_around_delimiters=False)
print(q.items("s"), repr(out.getvalue()))
attempt(lambda: q.set("s", "x", None))
attempt(lambda: configparser.ConfigParser().set("DEFAULT", "x", None))
q = configparser.ConfigParser(default_section="base")
q.read_string("[base]\nb = 1\n[DEFAULT]\nd = 2\n")
print(q.sections(), q.defaults(), q.items("DEFAULT"))
attempt(lambda: q.add_section("base"))

# error objects
for text in ["no header\n", "[s]\n  bad line here\n", "[s]\ngood=1\n=bad\nalso bad\n"]:
    try:
        configparser.ConfigParser().read_string(text, source="f.ini")
    except configparser.Error as err:
        print(type(err).__name__, repr(str(err)), err.args, getattr(err, "errors", None), getattr(err, "lineno", None))
errs = [configparser.NoSectionError("s"), configparser.DuplicateSectionError("s"), configparser.DuplicateSectionError("s", "f", 3),
        configparser.DuplicateOptionError("s", "o"), configparser.DuplicateOptionError("s", "o", "f"), configparser.NoOptionError("o", "s"),
        configparser.InterpolationError("o", "s", "msg"), configparser.InterpolationMissingOptionError("o", "s", "raw", "ref"),
        configparser.InterpolationSyntaxError("o", "s", "syn"), configparser.InterpolationDepthError("o", "s", "raw"),
        configparser.ParsingError("src"), configparser.MissingSectionHeaderError("f", 1, "l"), configparser.Error("plain"), configparser.Error()]
for err in errs:
    print(type(err).__name__, repr(err), err.args, err.message, [getattr(err, a, "-") for a in ("section", "option", "source", "lineno", "reference")])
pe = configparser.ParsingError("src")
pe.append(12, "'x'")
print(pe, pe.errors)

# reading files, paths and encodings
d = tempfile.mkdtemp()
f1 = os.path.join(d, "a.ini")
with open(f1, "w", encoding="utf-8") as fh:
    fh.write("[u]\nname = caf\u00e9\n")
f = configparser.ConfigParser()
print(f.read(pathlib.Path(f1), encoding="utf-8") == [f1], f.read([f1, pathlib.Path(d) / "nope.ini"], encoding="utf-8") == [f1], f.get("u", "name"))
with open(f1, encoding="utf-8") as fh:
    f2 = configparser.ConfigParser(); f2.read_file(fh); print(f2.sections())
f2 = configparser.ConfigParser(); f2.read_file(["[l]\n", "k = v\n"]); print(f2.items("l"))
attempt(lambda: configparser.ConfigParser().read_file(iter(["[l]\n", "k=v\n", "k=w\n"]), source="lines"))
os.remove(f1); os.rmdir(d)
