# sys: properties with deterministic output
import sys
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[:2] >= (3, 12), sys.version_info.major)
print(type(sys.platform).__name__, type(sys.version).__name__, sys.maxsize == 2 ** 63 - 1, type(sys.path).__name__)
print(sys.argv[0].endswith("sys_basic.py"), sys.argv[1:], type(sys.modules).__name__, "sys" in sys.modules, __name__ in sys.modules)
print(sys.byteorder in ("little", "big"), sys.getrecursionlimit(), type(sys.float_info.max).__name__, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.float_info.epsilon, sys.maxunicode)
print(sys.stdin is not None, sys.stdout.name if hasattr(sys.stdout, "name") else "", sys.stderr.name, sys.stdout.encoding.lower())
print(sys.getdefaultencoding(), sys.exc_info(), sys.flags.optimize, callable(sys.exit), type(sys.getsizeof(1)).__name__)
print(sys.implementation.name in ("cpython", "ay"), type(sys.executable).__name__)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def f():
    return sys._getframe().f_code.co_name
print(f())
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
