"""Python syntax trees.

parse() gives the tree Ay's own parser builds (the node classes and fields of
CPython 3.12's grammar); compile() accepts such a tree back.  Also here: dump,
literal_eval, walk, NodeVisitor, NodeTransformer and the location helpers.
"""

import _ast
import sys
from collections import deque

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields),
                               "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# The node classes: "base: Node(field, ...) ..." per line, where a base
# marked + has source positions, field? may be None (a class default) and
# field* is a list.
_GRAMMAR = """
mod: Module(body*, type_ignores*) Interactive(body*) Expression(body)
     FunctionType(argtypes*, returns)
stmt+: FunctionDef(name, args, body*, decorator_list*, returns?, type_comment?, type_params*)
     AsyncFunctionDef(name, args, body*, decorator_list*, returns?, type_comment?, type_params*)
     ClassDef(name, bases*, keywords*, body*, decorator_list*, type_params*)
     Return(value?) Delete(targets*) Assign(targets*, value, type_comment?)
     TypeAlias(name, type_params*, value) AugAssign(target, op, value)
     AnnAssign(target, annotation, value?, simple)
     For(target, iter, body*, orelse*, type_comment?)
     AsyncFor(target, iter, body*, orelse*, type_comment?)
     While(test, body*, orelse*) If(test, body*, orelse*)
     With(items*, body*, type_comment?) AsyncWith(items*, body*, type_comment?)
     Match(subject, cases*) Raise(exc?, cause?)
     Try(body*, handlers*, orelse*, finalbody*) TryStar(body*, handlers*, orelse*, finalbody*)
     Assert(test, msg?) Import(names*) ImportFrom(module?, names*, level?)
     Global(names*) Nonlocal(names*) Expr(value) Pass() Break() Continue()
expr+: BoolOp(op, values*) NamedExpr(target, value) BinOp(left, op, right)
     UnaryOp(op, operand) Lambda(args, body) IfExp(test, body, orelse)
     Dict(keys*, values*) Set(elts*) ListComp(elt, generators*) SetComp(elt, generators*)
     DictComp(key, value, generators*) GeneratorExp(elt, generators*) Await(value)
     Yield(value?) YieldFrom(value) Compare(left, ops*, comparators*)
     Call(func, args*, keywords*) FormattedValue(value, conversion, format_spec?)
     JoinedStr(values*) Constant(value, kind?) Attribute(value, attr, ctx)
     Subscript(value, slice, ctx) Starred(value, ctx) Name(id, ctx) List(elts*, ctx)
     Tuple(elts*, ctx) Slice(lower?, upper?, step?)
expr_context: Load() Store() Del()
boolop: And() Or()
operator: Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr()
     BitXor() BitAnd() FloorDiv()
unaryop: Invert() Not() UAdd() USub()
cmpop: Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
excepthandler+: ExceptHandler(type?, name?, body*)
pattern+: MatchValue(value) MatchSingleton(value) MatchSequence(patterns*)
     MatchMapping(keys*, patterns*, rest?) MatchClass(cls, patterns*, kwd_attrs*, kwd_patterns*)
     MatchStar(name?) MatchAs(pattern?, name?) MatchOr(patterns*)
type_ignore: TypeIgnore(lineno, tag)
type_param+: TypeVar(name, bound?) ParamSpec(name) TypeVarTuple(name)
"""

# Node kinds that are their own base (one class, no variants).
_SINGLE_KINDS = """
comprehension(target, iter, ifs*, is_async)
arguments(posonlyargs*, args*, vararg?, kwonlyargs*, kw_defaults*, kwarg?, defaults*)
arg+(arg, annotation?, type_comment?) keyword+(arg?, value) alias+(name, asname?)
withitem(context_expr, optional_vars?) match_case(pattern, guard?, body*)
"""

_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _define(name, base, spec, positioned):
    fields = tuple(f.strip().rstrip("?*") for f in spec.split(",") if f.strip())
    namespace = {"_fields": fields, "__match_args__": fields, "__module__": __name__}
    for f in spec.split(","):
        if f.strip().endswith("?"):
            namespace[f.strip()[:-1]] = None
    if positioned:
        namespace["_attributes"] = _POSITIONS
        namespace["end_lineno"] = namespace["end_col_offset"] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _build_classes():
    import re
    node = re.compile(r"(\w+)(\+?)\(([^)]*)\)")
    for block in re.split(r"\n(?=\w)", _GRAMMAR.strip()):
        head, _, body = block.partition(":")
        positioned = head.endswith("+")
        base_name = head.rstrip("+")
        base = type(base_name, (AST,), {"__module__": __name__})
        if positioned:
            base._attributes = _POSITIONS
            base.end_lineno = base.end_col_offset = None
        globals()[base_name] = base
        for name, _, spec in node.findall(body):
            _define(name, base, spec, positioned)
    for name, plus, spec in node.findall(_SINGLE_KINDS):
        _define(name, AST, spec, bool(plus))


_build_classes()

# What the parser fills in: node classes by name, with one shared instance
# for each operator and context (they carry no data).
_PARSER_CLASSES = {}
for _name, _cls in list(globals().items()):
    if isinstance(_cls, type) and issubclass(_cls, AST):
        if issubclass(_cls, (expr_context, boolop, operator, unaryop, cmpop)):
            _PARSER_CLASSES[_name] = _cls()
        else:
            _PARSER_CLASSES[_name] = _cls
del _name, _cls


# -- the node classes Python 3.8 folded into Constant (deprecated, going in
# 3.14): ast.Num and friends still test and build Constants

def _warn_removed(old, new):
    import warnings
    warnings.warn("%s is deprecated and will be removed in Python 3.14; use %s instead"
                  % (old, new), DeprecationWarning, stacklevel=3)


def _value_alias(name):
    def get(self):
        _warn_removed("Attribute " + name, "value")
        return self.value

    def set(self, value):
        _warn_removed("Attribute " + name, "value")
        self.value = value
    return property(get, set)


Constant.n = _value_alias("n")
Constant.s = _value_alias("s")


class _ConstantKind(type):
    """isinstance(node, Num) and the like: a Constant of the old kind's types."""

    def __instancecheck__(cls, instance):
        _warn_removed("ast." + cls.__name__, "ast.Constant")
        if not isinstance(instance, Constant):
            return False
        value = instance.value
        return isinstance(value, cls._types) and not isinstance(value, cls._not_types)


def _old_kind(name, fields, types, not_types=()):
    def create(cls, *args, **kwargs):
        _warn_removed("ast." + name, "ast.Constant")
        if name == "Ellipsis":
            return Constant(..., *args, **kwargs)
        return Constant(*args, **kwargs)
    namespace = {"_fields": fields, "_types": types, "_not_types": not_types,
                 "__new__": create, "__module__": __name__}
    return _ConstantKind(name, (Constant,), namespace)


_OLD_KINDS = {
    "Num": _old_kind("Num", ("n",), (int, float, complex), (bool,)),
    "Str": _old_kind("Str", ("s",), (str,)),
    "Bytes": _old_kind("Bytes", ("s",), (bytes,)),
    "NameConstant": _old_kind("NameConstant", ("value", "kind"), (type(None), bool)),
    "Ellipsis": _old_kind("Ellipsis", (), (type(...),)),
}
# what NodeVisitor.visit_Constant calls when only a visit_<old kind> exists
_OLD_KIND_OF = {bool: "NameConstant", type(None): "NameConstant", int: "Num",
                float: "Num", complex: "Num", str: "Str", bytes: "Bytes",
                type(...): "Ellipsis"}


def __getattr__(name):
    if name in _OLD_KINDS:
        _warn_removed("ast." + name, "ast.Constant")
        globals()[name] = _OLD_KINDS[name]    # later uses do not warn
        return _OLD_KINDS[name]
    raise AttributeError("module 'ast' has no attribute %r" % name)


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The syntax tree of source (mode 'exec', 'eval' or 'single')."""
    if mode == "func_type":
        raise ValueError("ast.parse: mode 'func_type' is not supported by Ay")
    return _ast.parse(source, filename, mode, _PARSER_CLASSES)


def literal_eval(node_or_string):
    """The value of a literal: numbers, strings, bytes, tuples, lists, dicts,
    sets, booleans and None (with + and - only where complex numbers
    need them).  Anything else raises ValueError."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode="eval")
    if isinstance(node, Expression):
        node = node.body

    def malformed(node):
        where = getattr(node, "lineno", None)
        where = " on line %d" % where if where else ""
        raise ValueError("malformed node or string%s: %r" % (where, node))

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(value(e) for e in node.elts)
        if isinstance(node, List):
            return [value(e) for e in node.elts]
        if isinstance(node, Set):
            return {value(e) for e in node.elts}
        if isinstance(node, Call) and isinstance(node.func, Name) and \
                node.func.id == "set" and not node.args and not node.keywords:
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return {value(k): value(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left, right = signed(node.left), number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
            malformed(node)
        return signed(node)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing node's class, fields and (optionally) positions, in
    the constructor-call form; indent (spaces or a string) spreads it over
    lines."""
    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def joined(parts, depth):
        if indent is None:
            return "", ", ".join(parts)
        pad = "\n" + indent * depth
        return pad, ("," + pad).join(parts)

    def show(value, depth):
        """(text, whether it is short enough to keep on one line)"""
        if isinstance(value, list):
            if not value:
                return "[]", True
            lead, body = joined([show(v, depth + 1)[0] for v in value], depth + 1)
            return "[%s%s]" % (lead, body), False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields
        for name in cls._fields:
            if not hasattr(value, name):
                named = True
                continue
            field = getattr(value, name)
            if field is None and getattr(cls, name, ...) is None:
                named = True        # an omitted optional field
                continue
            text, short = show(field, depth + 1)
            simple = simple and short
            parts.append("%s=%s" % (name, text) if named else text)
        if include_attributes:
            for name in cls._attributes:
                if not hasattr(value, name):
                    continue
                field = getattr(value, name)
                if field is None and getattr(cls, name, ...) is None:
                    continue
                text, short = show(field, depth + 1)
                simple = simple and short
                parts.append("%s=%s" % (name, text))
        if simple and len(parts) <= 3:
            return "%s(%s)" % (cls.__name__, ", ".join(parts)), not parts
        lead, body = joined(parts, depth + 1)
        return "%s(%s%s)" % (cls.__name__, lead, body), False

    return show(node, 0)[0]


def copy_location(new_node, old_node):
    """Give new_node old_node's position; returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith("end_")):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's (1, 0 at the top),
    as compile() needs positions everywhere; returns node."""
    def fix(node, inherited):
        here = list(inherited)
        for i, name in enumerate(_POSITIONS):
            if name not in node._attributes:
                continue
            current = getattr(node, name, None)
            if current is None and (i >= 2 or not hasattr(node, name)):
                setattr(node, name, inherited[i])
            else:
                here[i] = current
        for child in iter_child_nodes(node):
            fix(child, here)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Move node and everything under it n lines down; returns node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field node has."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """The nodes directly under node, in field order."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """node and every node under it, breadth first."""
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None; clean
    strips its indentation as inspect.cleandoc does."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(value.value)
    return value.value


def _line_starts(source):
    """Offsets in source where each line begins (\\r\\n, \\r, \\n)."""
    starts = [0]
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\r" and source[i + 1:i + 2] == "\n":
            i += 1
        if c in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from (None without
    positions); padded keeps the first line's indentation for multi-line
    statements."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    starts = _line_starts(source) + [len(source)]
    lines = [source[a:b] for a, b in zip(starts, starts[1:])]
    if first >= len(lines) or last >= len(lines):
        return None

    def cut(line, lo, hi=None):
        data = line.encode()
        return data[lo:hi].decode()

    if first == last:
        return cut(lines[first], start, end)
    head = cut(lines[first], start)
    if padded:
        indent = cut(lines[first], 0, start)
        head = "".join(c if c in "\f\t" else " " for c in indent) + head
    tail = cut(lines[last], 0, end)
    return "".join([head] + lines[first + 1:last] + [tail])


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined and
    generic_visit(node) (which visits the children) elsewhere."""

    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        kind = _OLD_KIND_OF.get(type(node.value))
        if kind is None:
            kind = next((k for t, k in _OLD_KIND_OF.items() if isinstance(node.value, t)), None)
        handler = getattr(self, "visit_" + kind, None) if kind else None
        if handler is None:
            return self.generic_visit(node)
        import warnings
        warnings.warn("visit_%s is deprecated; add visit_Constant" % kind,
                      DeprecationWarning, 2)
        return handler(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node: None
    removes it, a list (in a list field) splices several in."""

    def _replacements(self, items):
        for item in items:
            if not isinstance(item, AST):
                yield item
                continue
            result = self.visit(item)
            if isinstance(result, AST):
                yield result
            elif result is not None:
                yield from result

    def generic_visit(self, node):
        for name, value in list(iter_fields(node)):
            if isinstance(value, list):
                value[:] = list(self._replacements(value))
                continue
            if not isinstance(value, AST):
                continue
            result = self.visit(value)
            if result is None:
                delattr(node, name)
            else:
                setattr(node, name, result)
        return node


# -- unparse: source text from a tree

# Binding strength, weakest first: a subexpression is parenthesized when its
# context needs a stronger one than its own operator has.
(_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND,
 _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM) = range(1, 19)

_BINARY = {"Add": ("+", _ARITH), "Sub": ("-", _ARITH), "Mult": ("*", _TERM),
           "MatMult": ("@", _TERM), "Div": ("/", _TERM), "Mod": ("%", _TERM),
           "FloorDiv": ("//", _TERM), "LShift": ("<<", _SHIFT),
           "RShift": (">>", _SHIFT), "BitOr": ("|", _BOR),
           "BitXor": ("^", _BXOR), "BitAnd": ("&", _BAND),
           "Pow": ("**", _POWER)}
_UNARY = {"Invert": ("~", _FACTOR), "Not": ("not ", _NOT),
          "UAdd": ("+", _FACTOR), "USub": ("-", _FACTOR)}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">",
            "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in",
            "NotIn": "not in"}
_ONE_LINE_QUOTES = ("'", '"')
_BLOCK_QUOTES = ('"""', "'''")
_INFINITY = "1e" + repr(sys.float_info.max_10_exp + 1)


def _quoted_body(text, quotes, escape_whitespace=False):
    """(text escaped for a literal, the quotes that can enclose it, best
    first)."""
    def escape(c):
        if c in "\n\t" and not escape_whitespace:
            return c
        if c == "\\" or not c.isprintable():
            return c.encode("unicode_escape").decode("ascii")
        return c
    body = "".join(escape(c) for c in text)
    usable = [q for q in quotes if "\n" not in body or q in _BLOCK_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        spelled = repr(text)
        return spelled[1:-1], [next((q for q in quotes if spelled[0] in q), spelled[0])]
    if body:
        # a quote that does not end the text goes first
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class _SourceWriter(NodeVisitor):
    def __init__(self):
        self.out = []
        self.level = 0
        self.strength = {}   # node -> binding its context needs

    def text(self):
        return "".join(self.out)

    def put(self, *texts):
        self.out.extend(texts)

    def line(self, text=""):
        if self.out:
            self.put("\n")
        self.put("    " * self.level + text)

    def blank_line(self):
        if self.out:
            self.put("\n")

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
        else:
            super().visit(node)

    def joined(self, separator, write, items):
        for i, item in enumerate(items):
            if i:
                self.put(separator)
            write(item)

    def needs(self, strength, *nodes):
        for node in nodes:
            self.strength[node] = strength

    def wrapped(self, strength, node):
        """Whether node, binding as strongly as strength, needs parentheses."""
        return self.strength.get(node, _TEST) > strength

    def block(self, body):
        self.put(":")
        self.level += 1
        self.visit(body)
        self.level -= 1

    def body_with_docstring(self, node):
        first = node.body[0] if node.body else None
        if isinstance(first, Expr) and isinstance(first.value, Constant) \
                and isinstance(first.value.value, str):
            self.line()
            if first.value.kind == "u":
                self.put("u")
            body, quotes = _quoted_body(first.value.value, _BLOCK_QUOTES)
            self.put(quotes[0], body, quotes[0])
            self.visit(node.body[1:])
        else:
            self.visit(node.body)

    def items(self, nodes):
        """Comma-separated nodes; a single one keeps its trailing comma."""
        if len(nodes) == 1:
            self.visit(nodes[0])
            self.put(",")
        else:
            self.joined(", ", self.visit, nodes)

    # statements

    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Expr(self, node):
        self.line()
        self.needs(_YIELD, node.value)
        self.visit(node.value)

    def visit_Import(self, node):
        self.line("import ")
        self.joined(", ", self.visit, node.names)

    def visit_ImportFrom(self, node):
        self.line("from " + "." * (node.level or 0) + (node.module or "") + " import ")
        self.joined(", ", self.visit, node.names)

    def visit_alias(self, node):
        self.put(node.name)
        if node.asname:
            self.put(" as " + node.asname)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.needs(_TUPLE, target)
            self.visit(target)
            self.put(" = ")
        self.visit(node.value)

    def visit_AugAssign(self, node):
        self.line()
        self.visit(node.target)
        self.put(" " + _BINARY[type(node.op).__name__][0] + "= ")
        self.visit(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        bare = not node.simple and isinstance(node.target, Name)
        self.put("(" if bare else "")
        self.visit(node.target)
        self.put(")" if bare else "", ": ")
        self.visit(node.annotation)
        if node.value:
            self.put(" = ")
            self.visit(node.value)

    def keyword_statement(self, node):
        """pass, break, continue and return: the keyword and any value."""
        self.line(type(node).__name__.lower())
        value = getattr(node, "value", None)
        if value:
            self.put(" ")
            self.visit(value)

    visit_Return = visit_Pass = visit_Break = visit_Continue = keyword_statement

    def visit_Delete(self, node):
        self.line("del ")
        self.joined(", ", self.visit, node.targets)

    def visit_Assert(self, node):
        self.line("assert ")
        self.then_optional(node.test, ", ", node.msg)

    def visit_Global(self, node):
        self.line("global " + ", ".join(node.names))

    def visit_Nonlocal(self, node):
        self.line("nonlocal " + ", ".join(node.names))

    def visit_Raise(self, node):
        self.line("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(" ")
        self.visit(node.exc)
        if node.cause:
            self.put(" from ")
            self.visit(node.cause)

    def visit_Try(self, node, star=False):
        self.line("try")
        self.block(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        for word, part in (("else", node.orelse), ("finally", node.finalbody)):
            if part:
                self.line(word)
                self.block(part)

    def visit_TryStar(self, node):
        self.visit_Try(node, star=True)

    def handler(self, node, star):
        self.line("except*" if star else "except")
        if node.type:
            self.put(" ")
            self.visit(node.type)
        if node.name:
            self.put(" as " + node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self.handler(node, False)

    def decorated(self, node, keyword):
        self.blank_line()
        for decorator in node.decorator_list:
            self.line("@")
            self.visit(decorator)
        self.line(keyword + " " + node.name)
        if getattr(node, "type_params", None):
            self.put("[")
            self.joined(", ", self.visit, node.type_params)
            self.put("]")

    def visit_ClassDef(self, node):
        self.decorated(node, "class")
        if node.bases or node.keywords:
            self.put("(")
            self.joined(", ", self.visit, node.bases + node.keywords)
            self.put(")")
        self.put(":")
        self.level += 1
        self.body_with_docstring(node)
        self.level -= 1

    def visit_FunctionDef(self, node, keyword="def"):
        self.decorated(node, keyword)
        self.put("(")
        self.visit(node.args)
        self.put(")")
        if node.returns:
            self.put(" -> ")
            self.visit(node.returns)
        self.put(":")
        self.level += 1
        self.body_with_docstring(node)
        self.level -= 1

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, "async def")

    def type_param(self, node):
        stars = {"TypeVarTuple": "*", "ParamSpec": "**"}.get(type(node).__name__, "")
        self.put(stars + node.name)
        bound = getattr(node, "bound", None)
        if bound:
            self.put(": ")
            self.visit(bound)

    visit_TypeVar = visit_TypeVarTuple = visit_ParamSpec = type_param

    def visit_TypeAlias(self, node):
        self.line("type ")
        self.visit(node.name)
        if node.type_params:
            self.put("[")
            self.joined(", ", self.visit, node.type_params)
            self.put("]")
        self.put(" = ")
        self.visit(node.value)

    def visit_For(self, node, keyword="for "):
        self.line(keyword)
        self.needs(_TUPLE, node.target)
        self.visit(node.target)
        self.put(" in ")
        self.visit(node.iter)
        self.block(node.body)
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def visit_AsyncFor(self, node):
        self.visit_For(node, "async for ")

    def visit_If(self, node):
        self.line("if ")
        self.visit(node.test)
        self.block(node.body)
        # an else holding only an if is an elif
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line("elif ")
            self.visit(node.test)
            self.block(node.body)
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def visit_While(self, node):
        self.line("while ")
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def visit_With(self, node, keyword="with "):
        self.line(keyword)
        self.joined(", ", self.visit, node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.visit_With(node, "async with ")

    def visit_Match(self, node):
        self.line("match ")
        self.visit(node.subject)
        self.block(node.cases)

    def then_optional(self, first, word, second):
        """first, then word and second when there is a second."""
        self.visit(first)
        if second:
            self.put(word)
            self.visit(second)

    def visit_withitem(self, node):
        self.then_optional(node.context_expr, " as ", node.optional_vars)

    def visit_match_case(self, node):
        self.line("case ")
        self.then_optional(node.pattern, " if ", node.guard)
        self.block(node.body)

    # expressions

    def parenthesized(self, strength, node, write):
        wrap = self.wrapped(strength, node)
        self.put("(" if wrap else "")
        write()
        self.put(")" if wrap else "")

    def visit_NamedExpr(self, node):
        def write():
            self.needs(_ATOM, node.target, node.value)
            self.visit(node.target)
            self.put(" := ")
            self.visit(node.value)
        self.parenthesized(_NAMED, node, write)

    def visit_Await(self, node):
        def write():
            self.put("await")
            if node.value:
                self.put(" ")
                self.needs(_ATOM, node.value)
                self.visit(node.value)
        self.parenthesized(_AWAIT, node, write)

    def visit_Yield(self, node):
        def write():
            self.put("yield")
            if node.value:
                self.put(" ")
                self.needs(_ATOM, node.value)
                self.visit(node.value)
        self.parenthesized(_YIELD, node, write)

    def visit_YieldFrom(self, node):
        def write():
            self.put("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.needs(_ATOM, node.value)
            self.visit(node.value)
        self.parenthesized(_YIELD, node, write)

    def visit_Name(self, node):
        self.put(node.id)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.put(repr(value).replace("inf", _INFINITY))
        else:
            self.put(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.put("(")
            if len(value) == 1:
                self.constant(value[0])
                self.put(",")
            else:
                self.joined(", ", self.constant, value)
            self.put(")")
        elif value is ...:
            self.put("...")
        else:
            if node.kind == "u":
                self.put("u")
            self.constant(value)

    def visit_JoinedStr(self, node):
        self.put("f")
        parts = []
        for value in node.values:
            inner = _SourceWriter()
            inner.fstring_part(value)
            parts.append((inner.text(), isinstance(value, Constant)))
        quotes = list(_ONE_LINE_QUOTES + _BLOCK_QUOTES)
        pieces = []
        for text, literal in parts:
            if literal:
                text, usable = _quoted_body(text, quotes, escape_whitespace=True)
                if set(usable).isdisjoint(quotes):
                    break
                quotes = usable
            elif "\n" in text:
                quotes = [q for q in quotes if q in _BLOCK_QUOTES]
            pieces.append(text)
        else:
            self.put(quotes[0], "".join(pieces), quotes[0])
            return
        # no one quote suits every literal part: repr them inside '''
        pieces = [repr('"' + text)[2:-1] if literal else text for text, literal in parts]
        self.put("'''", "".join(pieces), "'''")

    def fstring_part(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value, in_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace("{", "{{").replace("}", "}}")
            if in_spec:
                for old, new in (("\\", "\\\\"), ("'", "\\'"), ('"', '\\"'), ("\n", "\\n")):
                    text = text.replace(old, new)
            self.put(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def visit_FormattedValue(self, node):
        inner = _SourceWriter()
        inner.needs(_TEST + 1, node.value)
        inner.visit(node.value)
        expression = inner.text()
        self.put("{", " " if expression.startswith("{") else "", expression)
        if node.conversion != -1:
            self.put("!" + chr(node.conversion))
        if node.format_spec:
            self.put(":")
            self.fstring_part(node.format_spec, in_spec=True)
        self.put("}")

    def visit_List(self, node):
        self.put("[")
        self.joined(", ", self.visit, node.elts)
        self.put("]")

    def comprehension_of(self, node, opening, closing, *parts):
        self.put(opening)
        for i, part in enumerate(parts):
            if i:
                self.put(": ")
            self.visit(part)
        self.visit(node.generators)
        self.put(closing)

    def visit_ListComp(self, node):
        self.comprehension_of(node, "[", "]", node.elt)

    def visit_GeneratorExp(self, node):
        self.comprehension_of(node, "(", ")", node.elt)

    def visit_SetComp(self, node):
        self.comprehension_of(node, "{", "}", node.elt)

    def visit_DictComp(self, node):
        self.comprehension_of(node, "{", "}", node.key, node.value)

    def visit_comprehension(self, node):
        self.put(" async for " if node.is_async else " for ")
        self.needs(_TUPLE, node.target)
        self.visit(node.target)
        self.put(" in ")
        self.needs(_TEST + 1, node.iter, *node.ifs)
        self.visit(node.iter)
        for condition in node.ifs:
            self.put(" if ")
            self.visit(condition)

    def visit_IfExp(self, node):
        def write():
            self.needs(_TEST + 1, node.body, node.test)
            self.visit(node.body)
            self.put(" if ")
            self.visit(node.test)
            self.put(" else ")
            self.needs(_TEST, node.orelse)
            self.visit(node.orelse)
        self.parenthesized(_TEST, node, write)

    def visit_Set(self, node):
        if not node.elts:
            self.put("{*()}")    # {} would be a dict
            return
        self.put("{")
        self.joined(", ", self.visit, node.elts)
        self.put("}")

    def visit_Dict(self, node):
        def entry(pair):
            key, value = pair
            if key is None:
                self.put("**")
                self.needs(_BOR, value)
            else:
                self.visit(key)
                self.put(": ")
            self.visit(value)
        self.put("{")
        self.joined(", ", entry, list(zip(node.keys, node.values)))
        self.put("}")

    def visit_Tuple(self, node):
        wrap = not node.elts or self.wrapped(_TUPLE, node)
        self.put("(" if wrap else "")
        self.items(node.elts)
        self.put(")" if wrap else "")

    def visit_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]
        def write():
            self.put(symbol)
            self.needs(strength, node.operand)
            self.visit(node.operand)
        self.parenthesized(strength, node, write)

    def visit_BinOp(self, node):
        symbol, strength = _BINARY[type(node.op).__name__]
        def write():
            # ** groups to the right, the others to the left
            right_first = symbol == "**"
            self.needs(strength + 1 if right_first else strength, node.left)
            self.needs(strength if right_first else strength + 1, node.right)
            self.visit(node.left)
            self.put(" %s " % symbol)
            self.visit(node.right)
        self.parenthesized(strength, node, write)

    def visit_Compare(self, node):
        def write():
            self.needs(_CMP + 1, node.left, *node.comparators)
            self.visit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.put(" %s " % _COMPARE[type(op).__name__])
                self.visit(right)
        self.parenthesized(_CMP, node, write)

    def visit_BoolOp(self, node):
        word, strength = ("and", _AND) if isinstance(node.op, And) else ("or", _OR)
        def write():
            # each operand binds one step tighter than the one before
            for i, value in enumerate(node.values):
                if i:
                    self.put(" %s " % word)
                self.needs(strength + 1 + i, value)
                self.visit(value)
        self.parenthesized(strength, node, write)

    def visit_Attribute(self, node):
        self.needs(_ATOM, node.value)
        self.visit(node.value)
        # 1 .real, not 1.real (a float literal)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.put(" ")
        self.put("." + node.attr)

    def visit_Call(self, node):
        self.needs(_ATOM, node.func)
        self.visit(node.func)
        self.put("(")
        self.joined(", ", self.visit, node.args + node.keywords)
        self.put(")")

    def visit_Subscript(self, node):
        self.needs(_ATOM, node.value)
        self.visit(node.value)
        self.put("[")
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.visit(node.slice)
        self.put("]")

    def visit_Starred(self, node):
        self.put("*")
        self.needs(_BOR, node.value)
        self.visit(node.value)

    def visit_Slice(self, node):
        bounds = [node.lower, node.upper] + ([node.step] if node.step else [])
        for i, bound in enumerate(bounds):
            self.put(":" if i else "")
            if bound:
                self.visit(bound)

    def visit_arg(self, node):
        self.put(node.arg)
        if node.annotation:
            self.put(": ")
            self.visit(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (arg, default) in enumerate(zip(positional, defaults), 1):
            parts.append((arg, default, ""))
            if i == len(node.posonlyargs):
                parts.append((None, None, "/"))
        if node.vararg or node.kwonlyargs:
            parts.append((node.vararg, None, "*"))
        parts += [(arg, default, "") for arg, default in zip(node.kwonlyargs, node.kw_defaults)]
        if node.kwarg:
            parts.append((node.kwarg, None, "**"))
        for i, (arg, default, prefix) in enumerate(parts):
            if i:
                self.put(", ")
            self.put(prefix)
            if arg is not None:
                self.visit(arg)
            if default:
                self.put("=")
                self.visit(default)

    def visit_keyword(self, node):
        self.put("**" if node.arg is None else node.arg + "=")
        self.visit(node.value)

    def visit_Lambda(self, node):
        def write():
            inner = _SourceWriter()
            inner.visit(node.args)
            params = inner.text()
            self.put("lambda", " " + params if params else "", ": ")
            self.needs(_TEST, node.body)
            self.visit(node.body)
        self.parenthesized(_TEST, node, write)

    # patterns

    def visit_MatchValue(self, node):
        self.visit(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.put("[")
        self.joined(", ", self.visit, node.patterns)
        self.put("]")

    def visit_MatchStar(self, node):
        self.put("*" + (node.name or "_"))

    def visit_MatchMapping(self, node):
        def entry(pair):
            self.visit(pair[0])
            self.put(": ")
            self.visit(pair[1])
        self.put("{")
        self.joined(", ", entry, list(zip(node.keys, node.patterns)))
        if node.rest is not None:
            self.put(", " if node.keys else "", "**" + node.rest)
        self.put("}")

    def visit_MatchClass(self, node):
        def keyword(pair):
            self.put(pair[0] + "=")
            self.visit(pair[1])
        self.needs(_ATOM, node.cls)
        self.visit(node.cls)
        self.put("(")
        self.joined(", ", self.visit, node.patterns)
        if node.kwd_attrs:
            self.put(", " if node.patterns else "")
            self.joined(", ", keyword, list(zip(node.kwd_attrs, node.kwd_patterns)))
        self.put(")")

    def visit_MatchAs(self, node):
        if node.name is None:
            self.put("_")
        elif node.pattern is None:
            self.put(node.name)
        else:
            def write():
                self.needs(_BOR, node.pattern)
                self.visit(node.pattern)
                self.put(" as " + node.name)
            self.parenthesized(_TEST, node, write)

    def visit_MatchOr(self, node):
        def write():
            self.needs(_BOR + 1, *node.patterns)
            self.joined(" | ", self.visit, node.patterns)
        self.parenthesized(_BOR, node, write)


def unparse(ast_obj):
    """Source text for a tree: equivalent code, not its original layout."""
    writer = _SourceWriter()
    writer.visit(ast_obj)
    return writer.text()
