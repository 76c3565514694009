# ImportError / ModuleNotFoundError messages
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_helper_a.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_helper_a import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.args[0].split(" (")[0], e.name)
try:
    from no_such_pkg_q import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_helper.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("from . import x", {"__name__": "toplevel", "__package__": None})
except ImportError as e:
    print(type(e).__name__, e)
