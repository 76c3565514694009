# importlib: import_module with absolute and relative names, its errors, reload, invalidate_caches
import importlib, sys, os, tempfile
print(importlib.import_module("json").__name__, importlib.import_module("json.decoder").__name__, importlib.import_module(".decoder", "json").__name__)
print(importlib.import_module("..decoder", "json.encoder").__name__, importlib.import_module(".", "json").__name__, importlib.import_module("..", "json.decoder").__name__)
for call in [lambda: importlib.import_module(".x"), lambda: importlib.import_module("...x", "json.decoder"), lambda: importlib.import_module(""),
             lambda: importlib.import_module("no_such_module_zz"), lambda: importlib.import_module(".nothere", "json"), lambda: importlib.import_module(".x", "")]:
    try:
        print(call())
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "ay_reload_mod.py"), "w") as f:
        f.write("value = 1\n")
    sys.path.insert(0, tmp)
    mod = importlib.import_module("ay_reload_mod")
    print(mod.value)
    with open(os.path.join(tmp, "ay_reload_mod.py"), "w") as f:
        f.write("value = 2\nextra = 'new'\n")
    again = importlib.reload(mod)
    print(again is mod, mod.value, mod.extra)
    sys.path.remove(tmp)
import types
for bad in [types.ModuleType("not_registered_zz")]:
    try:
        importlib.reload(bad)
    except ImportError as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())
