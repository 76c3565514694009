# string module: constants, Template, capwords, Formatter
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable), string.printable[:20])
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.template)
print(t.substitute({"who": "a", "what": "b"}), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="only")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} {x}", 1, x=2), list(f.parse("a{0}b{x!r:>3}")))
