# helper for modules_circular_partial: imports the other module while this one is half run
import mod_helper_partial_b  # noqa: F401

VALUE = 1
