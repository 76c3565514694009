# shlex: posix and non-posix states, escapes, comments, punctuation, pushback, sources, errors
import shlex, os, tempfile

def tokens(text, **kw):
    settings = {k: kw.pop(k) for k in list(kw) if k in ("whitespace_split", "commenters", "wordchars", "escapedquotes", "quotes", "whitespace")}
    lex = shlex.shlex(text, **kw)
    for k, v in settings.items():
        setattr(lex, k, v)
    out = []
    try:
        for tok in lex:
            out.append(tok)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    return out, lex.lineno

cases = ['a b  c', "it's \"q u\" x'y'z", 'a\\ b "c\\"d" \'e\\f\' \\', 'w#c\nnext # more\nlast', "''  \"\" x", 'a"b c"d', '"unterminated',
         'x = 1; y=2 && z || (w)', 'a$b ~/p.q -r', 'é ß ÿ', '"a\\$b\\\\c\\q"', "a\\\nb", "tab\there\rcr"]
for text in cases:
    for posix in (False, True):
        print(repr(text), posix, tokens(text, posix=posix))
        print("   split", tokens(text, posix=posix, whitespace_split=True))
        print("   punct", tokens(text, posix=posix, punctuation_chars=True))
print(tokens("a;b>>c|&d", punctuation_chars=";>"), tokens("a;b c", punctuation_chars=True, whitespace_split=True))
print(tokens("a+b-c", wordchars="ab+"), tokens("a|b|c", whitespace="|"), tokens("x 'y' `z`", quotes="`", posix=True), tokens('"a\\"b"', posix=True, escapedquotes=""))
print(tokens("a # b\nc", commenters=""), tokens("a ; b\nc", commenters=";", posix=True))

lex = shlex.shlex("one two three")
print(lex.get_token(), lex.punctuation_chars, repr(lex.eof), lex.posix, lex.infile)
lex.push_token("pushed")
lex.push_token("first")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex("a b", posix=True, punctuation_chars="|")
print(lex.punctuation_chars, list(lex), lex.get_token())
lex = shlex.shlex("outer1 outer2", infile="main.txt")
print(lex.get_token(), lex.error_leader(), lex.error_leader("x.c", 7))
lex.push_source("inner1\ninner2", "inner.txt")
print(lex.get_token(), lex.infile, lex.get_token(), lex.lineno, lex.get_token(), lex.infile, lex.get_token(), repr(lex.get_token()))
d = tempfile.mkdtemp()
inc = os.path.join(d, "inc.txt")
with open(inc, "w") as fh:
    fh.write("from_include\n")
main = os.path.join(d, "main.txt")
lex = shlex.shlex('before source "inc.txt" after', infile=main)
lex.source = "source"
print(list(lex))
os.remove(inc); os.rmdir(d)
print(shlex.split("a 'b c' # d", comments=True), shlex.split("a 'b c' # d"), shlex.split("x 'y z'", posix=False), shlex.split(""))
for bad in (None, "'open", "esc\\"):
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", e)
for s in ["", "a", "a b", "it's", "@%+=:,./-_", "tab\t", "é", "$HOME", "a'b\"c", "\n"]:
    print(repr(s), shlex.quote(s))
print(shlex.join([]), shlex.join(["a", "", "b c", "it's"]), shlex.split(shlex.join(["x y", "it's", "", "$z"])))
