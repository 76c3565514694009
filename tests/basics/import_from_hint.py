# `from mod import nmae`: the ImportError names the module's file and hints
# at the closest name; modules found through a relative sys.path entry get an
# absolute __file__.
import os
import sys
sys.path.insert(0, os.path.relpath(os.path.dirname(os.path.abspath(__file__))))
import mod_helper_a
print(os.path.isabs(mod_helper_a.__file__), os.path.basename(mod_helper_a.__file__))
for stmt in ("from mod_helper_a import gret", "from mod_helper_a import nothing_like_it"):
    try:
        exec(stmt)
    except ImportError as e:
        print(e.name, e.name_from, os.path.basename(e.path))
        sys.excepthook(type(e), e, None)
try:
    from math import sqroot
except ImportError as e:
    print(e.name, e.name_from)
