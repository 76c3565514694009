"""Text for reprs and diagnostics: callbacks as 'qualname(args) at file:line',
values shortened the way reprlib.repr does."""

import sys

_FILL = '...'
_LIMITS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6, 'dict': 4, 'array': 5}
_MAX_STRING = 30
_MAX_LONG = 40
_MAX_OTHER = 30


def _cut(s, limit):
    # keep the head and the tail, with '...' in the middle
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + _FILL + s[len(s) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _short_seq(obj, level, left, right, limit, single=''):
    n = len(obj)
    if level <= 0 and n:
        body = _FILL
    else:
        parts = []
        for i, item in enumerate(obj):
            if i >= limit:
                break
            parts.append(short_repr(item, level - 1))
        if n > limit:
            parts.append(_FILL)
        body = ', '.join(parts)
    if n == 1 and single:
        right = single + right
    return left + body + right


def short_repr(obj, level=6):
    """reprlib.repr(obj): containers, strings and big ints are shortened."""
    kind = type(obj).__name__
    if kind == 'tuple':
        return _short_seq(obj, level, '(', ')', _LIMITS['tuple'], ',')
    if kind == 'list':
        return _short_seq(obj, level, '[', ']', _LIMITS['list'])
    if kind == 'set':
        if not obj:
            return 'set()'
        return _short_seq(_sorted_if_possible(obj), level, '{', '}', _LIMITS['set'])
    if kind == 'frozenset':
        if not obj:
            return 'frozenset()'
        return _short_seq(_sorted_if_possible(obj), level, 'frozenset({', '})', _LIMITS['frozenset'])
    if kind == 'deque':
        return _short_seq(obj, level, 'deque([', '])', _LIMITS['deque'])
    if kind == 'dict':
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = []
        for i, key in enumerate(_sorted_if_possible(obj)):
            if i >= _LIMITS['dict']:
                break
            parts.append(f'{short_repr(key, level - 1)}: {short_repr(obj[key], level - 1)}')
        if len(obj) > _LIMITS['dict']:
            parts.append(_FILL)
        return '{' + ', '.join(parts) + '}'
    if kind == 'str':
        text = repr(obj[:_MAX_STRING])
        if len(text) > _MAX_STRING:
            text = _cut(repr(obj), _MAX_STRING)
        return text
    if kind == 'int':
        return _cut(repr(obj), _MAX_LONG)
    try:
        text = repr(obj)
    except Exception:
        return f'<{obj.__class__.__name__} instance at {id(obj):#x}>'
    return _cut(text, _MAX_OTHER)


def _partial_type():
    try:
        import functools
        return functools.partial
    except ImportError:
        return None


def _function_source(func):
    # follow __wrapped__ chains like inspect.unwrap
    seen = 0
    while hasattr(func, '__wrapped__') and seen < 100:
        func = func.__wrapped__
        seen += 1
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    partial = _partial_type()
    if partial is not None and isinstance(func, partial):
        return _function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = [short_repr(a) for a in args] if args else []
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    partial = _partial_type()
    if partial is not None and isinstance(func, partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None)
    if not name:
        name = getattr(func, '__name__', None)
    if not name:
        name = repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args, *, debug=False):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def extract_stack(f=None, limit=None):
    """Where the caller is, as traceback.FrameSummary entries (source lines
    read when first asked for), oldest first."""
    from traceback import FrameSummary
    if f is None:
        f = sys._getframe(1) if hasattr(sys, '_getframe') else None
    frames = []
    while f is not None and (limit is None or len(frames) < limit):
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name, lookup_line=False))
        f = f.f_back
    frames.reverse()
    return frames
