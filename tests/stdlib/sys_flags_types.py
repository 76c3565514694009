# sys.flags: dev_mode and safe_path are bools, the other flags ints (as CPython)
import sys
f = sys.flags
print(f.dev_mode, f.safe_path, type(f.debug).__name__, f.optimize, f.int_max_str_digits, f.hash_randomization)
print(len(f), f.dev_mode is False)
