# helper: circular import partner (no .out)
import mod_helper_circ1
NAME = "circ2"
def early():
    return getattr(mod_helper_circ1, "NAME", "not yet")
SEEN_AT_IMPORT = early()
