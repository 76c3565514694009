"""repr() with size limits (reprlib.repr, the Repr class), and the
recursive_repr decorator."""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
from itertools import islice
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call for the same object
    (in the same thread) returns `fillvalue` instead of recursing forever."""

    def decorate(user_function):
        active = set()  # (object id, thread id) of the reprs under way

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        # functools imports this module, so its wraps() is not at hand
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorate


def _kept_ends(limit):
    # how many characters of the head and of the tail fit in `limit`
    # around a 3-character fill
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


def _possibly_sorted(x):
    # sorted when the items can be ordered (for a stable output)
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _container(limit, opening, closing, *, empty=None, unordered=False, trail=''):
    """A repr_<type> method showing at most `limit` (an attribute name)
    items between opening and closing (formatted with the object, for
    array's typecode); `empty`, if given, is the whole repr of an empty one."""
    def method(self, x, level):
        if empty is not None and not x:
            return empty.format(x)
        items = _possibly_sorted(x) if unordered else x
        return self._show(len(x), items, self.repr1, level, opening.format(x), closing,
                          getattr(self, limit), trail)
    return method


class Repr:
    """repr() with limits: nesting level, items shown per container kind,
    and lengths of strings, ints and other reprs.  repr1 hands each object
    to the method repr_<its type name>, else to repr_instance."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                 maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        self.maxlevel, self.maxother, self.fillvalue = maxlevel, maxother, fillvalue
        self.maxtuple, self.maxlist, self.maxarray = maxtuple, maxlist, maxarray
        self.maxdict, self.maxset, self.maxfrozenset = maxdict, maxset, maxfrozenset
        self.maxdeque, self.maxstring, self.maxlong = maxdeque, maxstring, maxlong
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The repr of x with `level` nesting levels left."""
        # a type name with spaces maps to a method name with underscores
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _show(self, size, items, render, level, opening, closing, limit, trail=''):
        # opening, the first `limit` items rendered one level down, then a
        # fill when some were left out, closing; only a fill past maxlevel
        if level <= 0 and size:
            body = self.fillvalue
        else:
            pieces = [render(item, level - 1) for item in islice(items, limit)]
            if size > limit:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if size == 1 and trail and self.indent is None:
                closing = trail + closing
        return opening + body + closing

    def _join(self, pieces, level):
        indent = self.indent
        if indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent = ' ' * indent
        # one item per line, indented by depth; the closing bracket goes
        # on a line of its own, one step out
        try:
            margin = '\n' + (self.maxlevel - level + 1) * indent
        except TypeError as error:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(indent)}') from error
        return margin + (',' + margin).join(pieces) + ',' + margin[:len(margin) - len(indent)]

    repr_tuple = _container('maxtuple', '(', ')', trail=',')
    repr_list = _container('maxlist', '[', ']')
    repr_array = _container('maxarray', "array('{0.typecode}', [", '])', empty="array('{0.typecode}')")
    repr_set = _container('maxset', '{{', '}', empty='set()', unordered=True)
    repr_frozenset = _container('maxfrozenset', 'frozenset({{', '})', empty='frozenset()',
                                unordered=True)
    repr_deque = _container('maxdeque', 'deque([', '])')

    def repr_dict(self, x, level):
        if not x:
            return '{}'

        def render(key, level):
            return f'{self.repr1(key, level)}: {self.repr1(x[key], level)}'
        return self._show(len(x), _possibly_sorted(x), render, level, '{', '}', self.maxdict)

    def repr_str(self, x, level):
        shown = builtins.repr(x[:self.maxstring])
        if len(shown) <= self.maxstring:
            return shown
        # quote the kept ends together, then put the fill between them
        head, tail = _kept_ends(self.maxstring)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def _elided(self, text, limit):
        if len(text) <= limit:
            return text
        head, tail = _kept_ends(limit)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._elided(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return self._elided(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
