# importlib.import_module (absolute and relative), reload, and their errors
import importlib, sys
leaf = importlib.import_module(".sub.leaf", "pkg_helper")
print(leaf.__name__, leaf is sys.modules["pkg_helper.sub.leaf"])
print(importlib.import_module("pkg_helper.sub").__name__)
import mod_helper_a
mod_helper_a.EXTRA = "added"
again = importlib.reload(mod_helper_a)
print(again is mod_helper_a, hasattr(again, "EXTRA"))
for args in [(".x",), ("",), ("no_such_mod_zz",), ("...x", "pkg_helper")]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
