"""CSV parsing and writing (reader, writer, DictReader, DictWriter,
dialects)."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# {==== dialects


class Dialect:
    """Describe a CSV dialect (class attributes are its parameters)."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _checked(self)


class _Params:
    """A dialect's parameters, validated (what the reader/writer use)."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default

        self.delimiter = pick("delimiter", ",")
        self.doublequote = bool(pick("doublequote", True))
        self.escapechar = pick("escapechar", None)
        self.lineterminator = pick("lineterminator", "\r\n")
        self.quotechar = pick("quotechar", '"')
        self.quoting = pick("quoting", QUOTE_MINIMAL)
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        self._check()

    def _check(self):
        def one_char(name, value, allow_none):
            if value is None and allow_none:
                return
            if not isinstance(value, str):
                raise TypeError('"%s" must be string%s, not %s'
                                % (name, " or None" if allow_none else "", type(value).__name__))
            if len(value) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)

        one_char("delimiter", self.delimiter, False)
        one_char("escapechar", self.escapechar, True)
        if self.quotechar is not None or self.quoting != QUOTE_NONE:
            one_char("quotechar", self.quotechar, self.quoting == QUOTE_NONE)
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string, not %s' % type(self.lineterminator).__name__)
        if not isinstance(self.quoting, int) or self.quoting not in range(6):
            raise TypeError("bad \"quoting\" value")
        if self.delimiter in (" ", "\n", "\r") and self.delimiter == self.escapechar:
            raise ValueError("bad delimiter or escapechar value")
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")


def _checked(dialect):
    params = _Params(dialect)
    return params


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params(dialect, **fmtparams)
    _dialects[name] = params


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


# }====
# {==== reading

# parser states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of each input line


class _Reader:
    """Iterates over the records (lists of fields) of an iterable of lines."""

    def __init__(self, iterable, dialect="excel", **fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            value = float(text)
        else:
            value = text
        self._fields.append(value)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in "\n\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not _EOL and c in "\n\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in "\n\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in "\n\r":
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text "
                            "mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **fmtparams):
    """Return a reader object iterating over the lines of csvfile as lists of fields."""
    return _Reader(csvfile, dialect, **fmtparams)


# }====
# {==== writing


class _Writer:
    """Formats rows of fields as delimited text on a file-like object."""

    def __init__(self, fileobj, dialect="excel", **fmtparams):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def _field_text(self, field, quote):
        d = self.dialect
        specials = {d.delimiter, "\n", "\r"} | set(d.lineterminator)
        if d.escapechar:
            specials.add(d.escapechar)
        if d.quotechar:
            specials.add(d.quotechar)
        out = []
        for c in field:
            if c in specials:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                            want_escape = False
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    else:
                        want_escape = False
                    quote = True
                if want_escape:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        if quote:
            text = d.quotechar + text + d.quotechar
        return text

    def _quote_always(self, field):
        # whether the quoting style quotes this field whatever its text
        q = self.dialect.quoting
        if q == QUOTE_ALL:
            return True
        if q == QUOTE_NONNUMERIC:
            return isinstance(field, str) or not (hasattr(field, "__float__") or hasattr(field, "__index__"))
        if q == QUOTE_STRINGS:
            return isinstance(field, str)
        if q == QUOTE_NOTNULL:
            return field is not None
        return False

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            quote = self._quote_always(field)
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._field_text(text, quote))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """Return a writer object that writes delimited rows to csvfile."""
    return _Writer(csvfile, dialect, **fmtparams)


# }====
# {==== dict reader and writer


class DictReader:
    """Reads rows as dicts keyed by the field names (the first row unless given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Sniffer:
    """Deduces the format of a CSV file (delimiter, quotechar) from a sample."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or "".join(self.preferred)
        lines = [line for line in sample.split("\n") if line]
        best = None
        for delim in candidates:
            counts = [line.count(delim) for line in lines[:20]]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"' if '"' in sample else "'" if "'" in sample else '"'

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
            doublequote = True
            skipinitialspace = False
        sniffed.delimiter = best
        sniffed.quotechar = quote
        return sniffed

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:21]

        def kind(value):
            try:
                float(value)
                return "number"
            except ValueError:
                return "text"
        votes = 0
        for col, name in enumerate(header):
            col_kinds = {kind(row[col]) for row in body if col < len(row)}
            if len(col_kinds) == 1 and kind(name) not in col_kinds:
                votes += 1
            elif len(col_kinds) == 1:
                votes -= 1
        return votes > 0
