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
