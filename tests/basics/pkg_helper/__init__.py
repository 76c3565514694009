print("pkg_helper init", __name__, __package__)
from .core import core_func
from . import sub
PKG_CONST = "pkg"
