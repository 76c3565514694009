"""Show the bytecode of functions, classes, modules and source text.

The listing is Ay's own bytecode (a register-free stack machine close to
CPython's, with its own instruction set), in the layout of `ay --dis`: line
number, offset, instruction, argument and what the argument stands for.
"""

import sys
import types

import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "show_code", "opname", "opmap"]

opname = list(_dis.opname)
opmap = {name: code for code, name in enumerate(opname)}

# co_flags bits, named as CPython's inspect names them
COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
                       16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
                       256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR"}


_HAVE_CODE = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)


def _code_of(x):
    """The code object behind a function, method, generator, code or source."""
    x = getattr(x, "__func__", x)          # bound and class methods
    for attribute in ("__code__", "gi_code", "ag_code", "cr_code"):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    if isinstance(x, types.CodeType):
        return x
    if isinstance(x, str):
        try:
            return compile(x, "<dis>", "eval")
        except SyntaxError:
            return compile(x, "<dis>", "exec")
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _print(text, file):
    print(text, end="", file=file if file is not None else sys.stdout)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the bytecode of x: a function, method, class (each method),
    module (each function and class), generator, code object or source
    string; with no x, the code of the last traceback."""
    if x is None:
        distb(file=file)
        return
    if isinstance(x, (type, types.ModuleType)):
        for name, value in sorted(vars(x).items()):
            if isinstance(value, _HAVE_CODE):
                _print("Disassembly of %s:\n" % name, file)
                try:
                    dis(value, file=file)
                except TypeError as err:
                    _print("Sorry: %s\n" % err, file)
                _print("\n", file)
        return
    listings = _listings(_code_of(x))
    for level, (code, text) in enumerate(listings):
        if level:
            _print("\nDisassembly of %r:\n" % (code,), file)
        _print(text, file)


def _listings(co):
    """(code object, its instruction lines) for co and every code object
    nested in it, outermost first."""
    codes = []

    def walk(code):
        codes.append(code)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)
    walk(co)
    # Ay's listing: a header line and the instructions per code object, in
    # the same order, separated by empty lines
    blocks = [block for block in _dis.disassemble(co).split("\n\n") if block]
    return [(code, block.partition("\n")[2] + "\n") for code, block in zip(codes, blocks)]


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the bytecode of one code object."""
    _print(_listings(co)[0][1], file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Print the bytecode of the innermost frame of a traceback (by default
    the last one the interactive interpreter showed)."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next is not None:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def code_info(x):
    """A summary of a code object: names, counts, flags, constants."""
    co = _code_of(x)
    flags = [name for bit, name in sorted(COMPILER_FLAG_NAMES.items()) if co.co_flags & bit]
    unknown = co.co_flags & ~sum(COMPILER_FLAG_NAMES)
    if unknown:
        flags.append(hex(unknown))
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "Positional-only arguments: %s" % co.co_posonlyargcount,
             "Kw-only arguments: %s" % co.co_kwonlyargcount,
             "Number of locals:  %s" % co.co_nlocals,
             "Stack size:        %s" % co.co_stacksize,
             "Flags:             %s" % ", ".join(flags)]
    for title, items, show in (("Constants", co.co_consts, repr), ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            lines += ["%4d: %s" % (i, show(item)) for i, item in enumerate(items)]
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)
