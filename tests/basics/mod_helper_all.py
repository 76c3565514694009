# helper module with __all__ (no .out: not a test itself)
__all__ = ["exported", "_also"]
exported = "exported"
_also = "underscore but listed"
not_listed = "not listed"
