# rlcompleter: keyword/global/builtin completion, attribute completion with private-name hiding, errors
import rlcompleter

class Thing:
    attr = 1
    _half = 2
    __dunder = 3
    def method(self):
        pass
    @property
    def prop(self):
        raise RuntimeError("not evaluated")

ns = {"thing": Thing(), "tally": 5, "tfunc": len, "Thing": Thing}
c = rlcompleter.Completer(ns)
def all_of(text):
    out, state = [], 0
    while (m := c.complete(text, state)) is not None:
        out.append(m)
        state += 1
    return out
print(all_of("t"), all_of("tr"), all_of("fi"), all_of("el"), all_of("Tr"), all_of("pa"), all_of("cas"))
print(all_of("thing."))
print(all_of("thing._"), all_of("thing.__cl"), all_of("thing.pr"), all_of("thing.m"))
print(all_of("Thing.att"), all_of("nosuch.x"), all_of("thing.attr.re"), all_of("1.x"), all_of("(thing).a"), all_of("thing..x"))
print(c.complete("", 1), c.complete("zzz", 0))
for bad in ([], [1], "x"):
    try:
        print(type(rlcompleter.Completer(bad)).__name__)
    except TypeError as e:
        print("TypeError", e)
class Private:
    _a = 1
    __b = 2
print(rlcompleter.Completer({"p": Private()}).attr_matches("p.")[:3], rlcompleter.Completer({"p": Private()}).attr_matches("p._")[:3])
print(sorted(c.global_matches("is")), c.attr_matches("tally.real"))
