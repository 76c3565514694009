# import forms with helper modules next to the test
import sys
import mod_helper_a
print(mod_helper_a.VALUE, mod_helper_a.greet("x"), mod_helper_a.Thing(), mod_helper_a.__name__)
import mod_helper_a as alias
print(alias is mod_helper_a, alias is sys.modules["mod_helper_a"])
from mod_helper_a import VALUE, greet as g
print(VALUE, g("y"))
import mod_helper_a
print("second import does not reload")
ns = {}
exec("from mod_helper_a import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
ns = {}
exec("from mod_helper_all import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(type(mod_helper_a).__name__, mod_helper_a.__file__.endswith("mod_helper_a.py"), repr(mod_helper_a).startswith("<module 'mod_helper_a' from"))
print(__name__, __name__ == "__main__")
import pkg_helper
print(pkg_helper.PKG_CONST, pkg_helper.core_func(), pkg_helper.sub.__name__, pkg_helper.__package__)
from pkg_helper.sub import leaf
print(leaf.LEAF, leaf.__name__, leaf.__package__)
import pkg_helper.sub.sibling as sib
print(sib.SIB, "pkg_helper.sub.sibling" in sys.modules)
import mod_helper_circ1
print(mod_helper_circ1.use(), mod_helper_circ1.mod_helper_circ2.SEEN_AT_IMPORT)
import importlib
m = importlib.import_module("mod_helper_all")
print(m.not_listed, m.__all__)
print(sorted(n for n in dir(mod_helper_a) if not n.startswith("__")))
