"""Extract, format and print stack traces and exceptions, laid out the way
the interpreter reports an uncaught exception."""

import collections
import collections.abc
import itertools
import linecache
import sys
from _traceback import carets as _carets

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# {==== module-level shortcuts

def _write(lines, file):
    file = sys.stderr if file is None else file
    for text in lines:
        print(text, file=file, end="")


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._capture(_positions_of_tb(tb), limit)


def _caller_frame(frame):
    # the frame of whoever called the traceback function (two levels up from here)
    return sys._getframe(2) if frame is None else frame


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(_caller_frame(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_caller_frame(f), limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from frame f (the caller's by default) outwards, oldest frame first."""
    stack = StackSummary.extract(walk_stack(_caller_frame(f)), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except (RuntimeError, AttributeError):
            pass


_IMPLICIT = type("_Implicit", (), {"__repr__": lambda self: "<implicit>"})()


def _exception_of(exc, value, tb):
    # the (value, tb) that print_exception() and friends report: given
    # explicitly (old three-argument style) or taken from the exception
    if (value is _IMPLICIT) != (tb is _IMPLICIT):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _IMPLICIT:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, file=None, chain=True):
    value, tb = _exception_of(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(file=file, chain=chain)


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    value, tb = _exception_of(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit, compact=True).format(chain=chain))


def format_exception_only(exc, /, value=_IMPLICIT):
    if value is _IMPLICIT:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True).format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc, or the older sys.last_type trio)."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")


def _text_of(value, what, convert=str):
    # str()/repr() that cannot fail: a report must come out whatever the object does
    try:
        return convert(value)
    except BaseException:
        return f'<{what} {convert.__name__}() failed>'


# }====
# {==== frames and stacks

def walk_stack(f):
    """(frame, line number) for f and every frame that called it."""
    frame = sys._getframe(4) if f is None else f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_NO_POSITION = (None, None, None, None)


def _positions_of_tb(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) per entry, from the code's
    # position table at the failing instruction
    while tb is not None:
        position = _NO_POSITION
        if tb.tb_lasti >= 0:
            instructions = itertools.islice(tb.tb_frame.f_code.co_positions(), tb.tb_lasti // 2, None)
            position = next(instructions, _NO_POSITION)
        if position[0] is None:
            position = (tb.tb_lineno,) + position[1:]
        yield tb.tb_frame, position
        tb = tb.tb_next


class FrameSummary:
    """One stack or traceback entry; also behaves as the old (filename, lineno,
    name, line) tuple. The source line is read on first use."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno, self.end_colno = colno, end_colno
        self._line = line
        self.locals = {key: _text_of(value, 'local', repr) for key, value in locals.items()} if locals else None
        if lookup_line:
            self._source()

    def _source(self):
        # the whole source line, indentation included (None without a line number)
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        source = self._source()
        return None if source is None else source.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals)
                    == (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _limited(entries, limit):
    # limit >= 0: the first entries; < 0: the last ones; None: sys.tracebacklimit (if set)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None:
            limit = max(limit, 0)
    if limit is None:
        return entries
    if limit >= 0:
        return itertools.islice(entries, limit)
    return collections.deque(entries, maxlen=-limit)


def _frame_summary_of(entry):
    if isinstance(entry, FrameSummary):
        return entry
    filename, lineno, name, line = entry
    return FrameSummary(filename, lineno, name, line=line)


_REPEAT_SHOWN = 3  # identical entries in a row shown before "[Previous line repeated ...]"


class StackSummary(list):
    """A list of FrameSummary objects, oldest call first for tracebacks."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, lineno) pairs such as walk_stack() and walk_tb() give."""
        positioned = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._capture(positioned, limit, lookup_lines, capture_locals)

    @classmethod
    def _capture(klass, positioned, limit, lookup_lines=True, capture_locals=False):
        summary = klass()
        for frame, (lineno, end_lineno, colno, end_colno) in _limited(positioned, limit):
            code = frame.f_code
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                        locals=frame.f_locals if capture_locals else None,
                                        end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in {entry.filename for entry in summary}:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry._source()
        return summary

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        return StackSummary(map(_frame_summary_of, a_list))

    def format_frame_summary(self, frame_summary):
        """The text of one entry: where, the source line, carets under the failing
        expression, and the captured locals."""
        entry = frame_summary
        parts = [f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n']
        if entry.line:
            parts.append(f'    {entry.line}\n')
            if entry.colno is not None and entry.end_colno is not None:
                parts.append(_carets(entry._source().rstrip('\r\n'), entry.lineno, entry.end_lineno,
                                     entry.colno, entry.end_colno) or "")
        for name, value in sorted((entry.locals or {}).items()):
            parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        """The text of every entry; a run of identical entries (a recursion) shows
        three times and then how often it repeats."""
        shown = ((entry, self.format_frame_summary(entry)) for entry in self)
        shown = [(entry, text) for entry, text in shown if text is not None]
        lines = []
        for _, run in itertools.groupby(shown, lambda pair: (pair[0].filename, pair[0].lineno, pair[0].name)):
            run = [text for _, text in run]
            lines.extend(run[:_REPEAT_SHOWN])
            hidden = len(run) - _REPEAT_SHOWN
            if hidden > 0:
                lines.append(f'  [Previous line repeated {hidden} more time{"s" if hidden > 1 else ""}]\n')
        return lines


# }====
# {==== exceptions

_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"


class TracebackException:
    """An exception captured for reporting: type, message, traceback (a
    StackSummary), notes, SyntaxError location, and the exceptions linked to it
    (cause, context, group members), without keeping frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top_level = _seen is None
        seen = set() if top_level else _seen
        seen.add(id(exc_value))
        self.stack = StackSummary._capture(_positions_of_tb(exc_traceback), limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if exc_type and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        self._is_cause = False
        self.__cause__ = self.__context__ = self.exceptions = None
        if not top_level:
            return  # the top-level capture links the whole graph

        def capture(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, limit=limit, lookup_lines=lookup_lines,
                                      capture_locals=capture_locals, max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=seen)

        # breadth of the graph is handled with a work list: long chains must not recurse
        pending = [(self, exc_value)]
        while pending:
            report, exc = pending.pop()
            linked = report._link(exc, compact, capture, seen)
            pending.extend(linked)

    def _link(self, exc, compact, capture, seen):
        # fill in __cause__, __context__ and exceptions; returns the new (report, exception) pairs
        if exc is None:
            return []
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            self.__cause__ = capture(cause)
        wants_context = not compact or (self.__cause__ is None and not exc.__suppress_context__)
        if context is not None and wants_context and id(context) not in seen:
            self.__context__ = capture(context)
        pairs = [(self.__cause__, cause), (self.__context__, context)]
        if isinstance(exc, BaseExceptionGroup):
            self.exceptions = [capture(member) for member in exc.exceptions]
            pairs.extend(zip(self.exceptions, exc.exceptions))
        return [(report, linked) for report, linked in pairs if report is not None]

    def _capture_syntax_error(self, exc):
        self.filename, self.text, self.msg = exc.filename, exc.text, exc.msg
        self.offset, self.end_offset = exc.offset, exc.end_offset
        # line numbers are kept as text, as CPython does
        self.lineno = None if exc.lineno is None else str(exc.lineno)
        self.end_lineno = None if exc.end_lineno is None else str(exc.end_lineno)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        # equal captures: same attributes all the way down the linked reports
        return self.__dict__ == other.__dict__ if isinstance(other, TracebackException) else NotImplemented

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type else None

    def _load_lines(self):
        for entry in self.stack:
            entry._source()

    def format_exception_only(self):
        """The "Type: message" line (the location and carets first for a
        SyntaxError), then the notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            name = (module if isinstance(module, str) else "<unknown>") + "." + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes)):
            for note in notes:
                yield from (line + '\n' for line in _text_of(note, 'note').split('\n'))
        elif notes is not None:
            yield _text_of(notes, '__notes__', repr) + "\n"

    def _syntax_error_lines(self, name):
        where = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            yield from _source_and_carets(self.text, self.offset, self.end_offset)
        yield f"{name}: {self.msg or '<no detail available>'}{where}\n"

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report: linked exceptions first (oldest first),
        then this one; exception groups are drawn as nested boxes."""
        return (_ctx or _GroupBoxes()).lines(self, chain)

    def print(self, *, file=None, chain=True):
        _write(self.format(chain=chain), file)


def _final_line(name, text):
    return f"{name}: {text}\n" if text else f"{name}\n"


def _source_and_carets(text, offset, end_offset):
    # the offending line without its indentation, and ^ under columns offset..end_offset
    # (1-based, clipped to the line; at least one caret)
    line = text.rstrip('\n')
    shown = line.lstrip(' \n\f')
    yield f'    {shown}\n'
    if offset is None:
        return
    if not end_offset:
        end_offset = offset
    if text:
        offset, end_offset = min(offset, len(text) + 1), min(end_offset, len(text) + 1)
    if end_offset <= offset or end_offset < 0:
        end_offset = offset + 1
    indent = len(line) - len(shown)
    start = offset - 1 - indent
    if start >= 0:
        # tabs are kept so the carets line up under the text
        margin = "".join(c if c.isspace() else ' ' for c in shown[:start])
        yield f'    {margin}{"^" * (end_offset - offset)}\n'


def _chain_of(report, chain):
    # (header, report) pairs from the oldest linked exception to report itself;
    # a header introduces its report after the exception it links back to
    links = []
    while report is not None:
        older = None
        if not chain:
            header = None
        elif report.__cause__ is not None:
            header, older = _CAUSE_HEADER, report.__cause__
        elif report.__context__ is not None and not report.__suppress_context__:
            header, older = _CONTEXT_HEADER, report.__context__
        else:
            header = None
        links.append((header, report))
        report = older
    links.reverse()
    return links


class _GroupBoxes:
    """Renders reports inside exception-group boxes: depth is the nesting, and
    needs_closing says the innermost last member still owes the box's bottom line."""

    def __init__(self):
        self.depth = 0
        self.needs_closing = False

    def _margin(self, mark="|"):
        return "  " * self.depth + (mark + " " if self.depth else "")

    def _boxed(self, texts, mark="|"):
        margin = self._margin(mark)
        for text in [texts] if isinstance(texts, str) else texts:
            yield "".join(margin + line for line in text.splitlines(True))

    def _report(self, report, title, mark="|"):
        # one exception: its traceback (if any) under the title, then its message
        if report.stack:
            yield from self._boxed(title, mark)
            yield from self._boxed(report.stack.format())
        yield from self._boxed(report.format_exception_only())

    def lines(self, top, chain):
        for header, report in _chain_of(top, chain):
            if header:
                yield from self._boxed(header)
            if report.exceptions is None:
                yield from self._report(report, 'Traceback (most recent call last):\n')
            elif self.depth <= top.max_group_depth:
                yield from self._group(report, chain, top.max_group_width)
            else:
                yield from self._boxed(f"... (max_group_depth is {top.max_group_depth})\n")

    def _group(self, report, chain, width):
        outermost = self.depth == 0
        if outermost:
            self.depth = 1
        yield from self._report(report, 'Exception Group Traceback (most recent call last):\n',
                                "+" if outermost else "|")
        members = report.exceptions
        shown = min(len(members), width + 1)  # one more box says how many were left out
        self.needs_closing = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                self.needs_closing = True  # unless a nested group closes first
            title = '...' if index >= width else str(index + 1)
            yield "  " * self.depth + ('+-' if index == 0 else '  ') + f'+---------------- {title} ----------------\n'
            self.depth += 1
            if index < width:
                yield from members[index].format(chain=chain, _ctx=self)
            else:
                hidden = len(members) - width
                yield from self._boxed(f"and {hidden} more exception{'s' if hidden > 1 else ''}\n")
            if last and self.needs_closing:
                yield "  " * self.depth + "+------------------------------------\n"
                self.needs_closing = False
            self.depth -= 1
        if outermost:
            self.depth = 0
