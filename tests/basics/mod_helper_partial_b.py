# helper for modules_circular_partial: uses mod_helper_partial_a before it has finished
import os

import mod_helper_partial_a

try:
    print(mod_helper_partial_a.VALUE)
except AttributeError as e:
    print("AttributeError:", e)
try:
    from mod_helper_partial_a import VALUE  # noqa: F401
except ImportError as e:
    print("ImportError:", str(e).replace(os.path.dirname(__file__), "DIR"))
try:
    from os import no_such_name  # noqa: F401
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
