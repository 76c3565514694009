from ..core import core_func
from .. import PKG_CONST
from . import sibling
LEAF = f"leaf({core_func()}, {PKG_CONST}, {sibling.SIB})"
