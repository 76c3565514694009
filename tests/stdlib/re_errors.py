# re: CPython's error messages and positions for bad patterns, flags and templates
import re
pats = ["(", "[a-", "a{2,1}", "*a", r"\k", "a**", "a)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=zz)", "(?Px)", "(?<x)",
        "(?x", "(?z)", "a(?i)b", r"(a)\2", r"\1(a)", "(a\\1)", "[z-a]", r"[\d-z]", "\\", r"\x1", r"\u12", r"\N{foo}",
        r"\N", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "(?<=a+)b", r"\400", "(?P<a", "(?P<>x)", "(?i-i:a)", "(?-i)a",
        "(?L)a", "(?au)a", "x(?", "x(?P", "[]", "[^]", "a{,3}", "(?<=a|bc)d", "a|*", "(*)", "^*", "$+", r"\b*",
        "a\n(", "(?i:", "(?P=)", "(?P=a-b)", "(?(2)a)(b)", "(?(0)a)", "(?i)(?m)x", "(?:(?i)x)", "a{1,2}{3}", "a*?+",
        "(?x) a # c\n [b ] c", r"(?P<word>\w+) (?P=word)", "[[:alpha:]]", r"\Z\A", "(?a:x)", "a{3", "{1}x", "x{}"]
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), "OK", r.groups, r.groupindex)
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
for p in [rb"\u1234", rb"(?u)a", rb"\N{x}"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), "|", e)
for args in [("a", re.A | re.U), (b"a", re.U), ("a", re.L)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print(args, "|", e)
for t in [r"\g<x>", r"\g<5>", r"\5", r"\g<1a>", r"\g<", r"\g", r"\q", "\\", r"\g<>", r"\g<-1>", r"\08", r"\8",
          r"\777", r"\n\t\x41", r"\g<0>", r"\&\-", r"\101", r"[\1]"]:
    try:
        print(repr(t), repr(re.sub("(a)", t, "xa")))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for call in [lambda: re.sub("a", lambda m: 5, "a"), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
             lambda: re.sub("a", b"x", "a"), lambda: re.compile(5), lambda: re.compile("x").match(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
m = re.match("(a)(b)?", "a")
for g in [3, "x", -1, 1.5, None]:
    try:
        m.group(g)
    except Exception as e:
        print(type(e).__name__, e)
print(m.span(2), m.start(2), m.regs, m.expand(r"<\1>"), m.lastindex, m.expand(r"<\2>"))
print(re.compile("a", re.I | re.M), re.compile(b"a"), re.compile(b"a", re.I), re.compile("a", re.A), re.compile("a" * 300), re.compile("x", re.X | re.S | re.DEBUG & 0))
print(re.match("a", "a", re.I).re, repr(re.match(b"x", b"x")), repr(re.search("b+", "a" + "b" * 80)))
print(re.I, re.I | re.M, str(re.S), re.NOFLAG, re.A | re.X, int(re.I), ~re.I & re.M, re.I | 1024, re.RegexFlag(34), re.U.name, (re.I | re.S).value)
p = re.compile(r"(?P<a>x)(y)")
print(p.groupindex, p.groups, p.flags, p.pattern, p == re.compile(r"(?P<a>x)(y)"), hash(p) == hash(re.compile(r"(?P<a>x)(y)")), p != re.compile(r"(?P<a>x)(y)", re.I))
