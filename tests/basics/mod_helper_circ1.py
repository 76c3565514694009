# helper: circular import partner (no .out)
import mod_helper_circ2
NAME = "circ1"
def use():
    return mod_helper_circ2.NAME
