"""CSV parsing and writing (reader, writer, DictReader, DictWriter,
dialects)."""

import types
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
    """A CSV format described by class attributes: subclass it and set them.
    None means "not given" (for the flags: false)."""

    _name = ""
    _valid = False
    delimiter = quotechar = escapechar = doublequote = skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        # making an instance of a subclass checks its attributes
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e))


_UNSET = object()  # a parameter neither passed nor set on the dialect


def _char(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if allow_none else "", type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _flag(value, default):
    return default if value is _UNSET else bool(value)


class _Params:
    """A dialect's parameters, checked the way CPython's _csv checks them: a
    keyword argument wins over the dialect's attribute, which wins over the default."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def given(name):
            if name in kwargs:
                return kwargs[name]
            return _UNSET if dialect is None else getattr(dialect, name, _UNSET)

        self.delimiter = _char("delimiter", given("delimiter"), ",", False)
        self.doublequote = _flag(given("doublequote"), True)
        self.escapechar = _char("escapechar", given("escapechar"), None, True)
        terminator = given("lineterminator")
        if terminator is not _UNSET and terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = "\r\n" if terminator is _UNSET else terminator
        quotechar = given("quotechar")
        self.quotechar = _char("quotechar", quotechar, '"', True)
        quoting = given("quoting")
        if quoting is not _UNSET and not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        self.quoting = QUOTE_MINIMAL if quoting is _UNSET else quoting
        self.skipinitialspace = _flag(given("skipinitialspace"), False)
        self.strict = _flag(given("strict"), False)
        if self.quoting not in range(6):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _UNSET:
            self.quoting = QUOTE_NONE  # no quote character: no quoting
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")


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

    def __init__(self, iterable, dialect=None, **fmtparams):
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


def reader(csvfile, dialect=None, **fmtparams):
    """Return a reader object iterating over the lines of csvfile as lists of fields."""
    return _Reader(csvfile, dialect, **fmtparams)


# }====
# {==== writing


class _Writer:
    """Formats rows of fields as delimited text on a file-like object."""

    def __init__(self, fileobj, dialect=None, **fmtparams):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def _field_text(self, field, quote):
        """The field as written: special characters are escaped (with escapechar),
        doubled (a quotechar, with doublequote) or make the field quoted."""
        d = self.dialect
        specials = {d.delimiter, d.escapechar, d.quotechar, "\n", "\r", *d.lineterminator} - {None}
        out = []
        for c in field:
            if c in specials:
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    escape = not d.doublequote
                    if d.doublequote:
                        out.append(c)
                else:
                    escape = c == d.escapechar
                # an escaped character needs no quotes; any other special does
                quote = quote or (not escape and d.quoting != QUOTE_NONE)
                if escape:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        return d.quotechar + text + d.quotechar if quote else text

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


def writer(csvfile, dialect=None, **fmtparams):
    """Return a writer object that writes delimited rows to csvfile."""
    return _Writer(csvfile, dialect, **fmtparams)


# }====
# {==== dict reader and writer


class DictReader:
    """Rows as dicts keyed by fieldnames (by default the first row). Surplus
    fields go in a list under restkey; missing ones get restval."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        # an iterator of names would be used up by the first row
        self._fieldnames = list(fieldnames) if fieldnames is not None and iter(fieldnames) is fieldnames \
            else fieldnames
        self.restkey, self.restval, self.dialect = restkey, restval, dialect
        self.reader = reader(f, dialect, *args, **kwds)
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header row comes before the first record
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:  # blank lines give no record
            row = next(self.reader)
        names = self.fieldnames  # (which also brings line_num up to date)
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        else:
            record.update(dict.fromkeys(names[len(row):], self.restval))
        return record


class DictWriter:
    """Writes dicts as rows, values in fieldnames order (restval for missing keys).
    extrasaction 'raise' rejects keys not in fieldnames; 'ignore' drops them."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = list(fieldnames) if fieldnames is not None and iter(fieldnames) is fieldnames \
            else fieldnames
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, *args, **kwds)

    def _row_of(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(map(repr, unknown)))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def writerow(self, rowdict):
        return self.writer.writerow(self._row_of(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row_of, rowdicts))


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
