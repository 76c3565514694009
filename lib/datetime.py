"""Concrete date/time and related types: date, time, datetime, timedelta,
tzinfo and timezone (the proleptic Gregorian calendar, years 1..9999)."""

import operator as _operator
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# {==== calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
            + day)


_DI400Y = _days_before_year(401)  # days in 400 years
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of ordinal n, where 0001-01-01 is day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even."""
    nearest, rest = divmod(2 * a + b, 2 * b)  # floor(a / b + 1/2)
    if rest == 0 and nearest % 2:  # an exact half: take the even neighbour
        nearest -= 1
    return nearest


# }====
# {==== formatting

def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        text += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            text += ".%06d" % rest.microseconds
    return text


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z, %:z and %Z come from the object; the rest from time.strftime
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            out.append(_format_offset(obj.utcoffset(), "") if hasattr(obj, "utcoffset") else "")
        elif d == ":" and i < n and fmt[i] == "z":
            i += 1
            out.append(_format_offset(obj.utcoffset(), ":") if hasattr(obj, "utcoffset") else "")
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), timetuple)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")


# }====
# {==== ISO 8601 parsing

def _parse_int(s, start, ndigits):
    text = s[start:start + ndigits]
    if len(text) != ndigits or not (text.isdigit() and text.isascii()):
        raise ValueError("Invalid isoformat string")
    return int(text)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    year = _parse_int(s, 0, 4)
    has_sep = len(s) > 4 and s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == "W":
        week = _parse_int(s, pos + 1, 2)
        pos += 3
        day = 1
        if len(s) > pos:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError("Invalid isoformat string")
                pos += 1
            day = _parse_int(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError("Invalid isoformat string")
        return list(_isocalendar_to_ymd(year, week, day))
    month = _parse_int(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != "-":
            raise ValueError("Invalid isoformat string")
        pos += 1
    day = _parse_int(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError("Invalid isoformat string")
    return [year, month, day]


def _parse_hh_mm_ss_ff(s):
    # HH[:MM[:SS[.fff[fff]]]] or HH[MM[SS[.ffffff]]]
    parts = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        parts[i] = _parse_int(s, pos, 2)
        pos += 2
        if pos >= n or i == 2:
            break
        c = s[pos]
        if has_sep is None:
            has_sep = c == ":"
        if c == ":":
            if not has_sep:
                raise ValueError("Invalid isoformat string")
            pos += 1
        elif has_sep or c in ".,":
            break
    if pos < n:
        if s[pos] not in ".," or parts[2] is None:
            raise ValueError("Invalid isoformat string")
        pos += 1
        digits = s[pos:]
        if not digits or not (digits.isdigit() and digits.isascii()):
            raise ValueError("Invalid isoformat string")
        frac = digits[:6]
        parts[3] = int(frac) * 10 ** (6 - len(frac))
    return parts


def _parse_iso_time(s):
    # time with an optional offset: Z, +HH[:MM[:SS[.ffffff]]]
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzstr = s[i:]
            s = s[:i]
            if tzstr == "Z":
                tz = timezone.utc
            else:
                if c == "Z":
                    raise ValueError("Invalid isoformat string")
                hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr[1:])
                offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                if c == "-":
                    offset = -offset
                tz = timezone.utc if not offset else timezone(offset)
            break
    if not s:
        raise ValueError("Invalid isoformat string")
    return _parse_hh_mm_ss_ff(s) + [tz]


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # a year has 53 weeks when it starts on a Thursday, or on a
            # Wednesday in a leap year
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    day_offset = (week - 1) * 7 + (day - 1)
    return _ord2ymd(_iso_week1_monday(year) + day_offset)


# }====
# {==== pieces shared by the classes

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


def _tp_name(obj):
    # our types print as "datetime.X" (as CPython's C types do); subclasses by bare name
    cls = type(obj)
    return "datetime." + cls.__name__ if cls.__module__ == __name__ else cls.__name__


def _comparison(op):
    def compare(self, other):
        return self._compare(other, op)
    return compare


def _ordered(cls):
    """Class decorator: every rich comparison goes through cls._compare(other, op)."""
    for op in (_operator.eq, _operator.lt, _operator.le, _operator.gt, _operator.ge):
        setattr(cls, "__%s__" % op.__name__, _comparison(op))
    return cls


def _add_field_properties(cls, names):
    # read-only public views of the "_name" slots
    for name in names:
        setattr(cls, name, property(_operator.attrgetter("_" + name)))


def _check_tzname(method, name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)


def _tz_query(method, check, pass_self):
    def query(self):
        tz = self._tzinfo
        if tz is None:
            return None
        result = getattr(tz, method)(self if pass_self else None)
        check(method, result)
        return result
    query.__name__ = method
    return query


def _add_tz_queries(cls, pass_self):
    """utcoffset(), tzname() and dst(): ask the tzinfo (time passes it None, datetime itself)."""
    for method, check in (("utcoffset", _check_utc_offset), ("tzname", _check_tzname), ("dst", _check_utc_offset)):
        setattr(cls, method, _tz_query(method, check, pass_self))


def _offset_us(offset):
    return 0 if offset is None else offset._us


def _compare_clocks(a, b, op, plural):
    """Order two times (or two datetimes): wall clocks when they share a tzinfo or an
    offset, UTC instants otherwise; naive and aware are only ever unequal."""
    if a._tzinfo is b._tzinfo:
        return op(a._local_us(), b._local_us())
    a_off, b_off = a.utcoffset(), b.utcoffset()
    if (a_off is None) != (b_off is None):
        if op is _operator.eq:
            return False
        raise TypeError("can't compare offset-naive and offset-aware " + plural)
    return op(a._local_us() - _offset_us(a_off), b._local_us() - _offset_us(b_off))


def _clock_hash(obj):
    # consistent with _compare_clocks: fold never matters, aware values hash their UTC instant
    plain = obj.replace(fold=0) if obj._fold else obj
    return hash(plain._local_us() - _offset_us(plain.utcoffset()))


def _clock_us(obj):
    return ((obj._hour * 60 + obj._minute) * 60 + obj._second) * _US_PER_SECOND + obj._microsecond


def _set_clock(obj, hour, minute, second, microsecond, tzinfo, fold):
    obj._hour, obj._minute, obj._second, obj._microsecond, obj._fold = _check_time_fields(
        hour, minute, second, microsecond, fold)
    _check_tzinfo(tzinfo)
    obj._tzinfo = tzinfo


def _merge(current, changes):
    # replace(): each None in changes keeps the current value
    return [old if new is None else new for old, new in zip(current, changes)]


def _trim_zeros(values, keep):
    while len(values) > keep and values[-1] == 0:
        values.pop()
    return ", ".join(map(str, values))


def _format_spec(self, spec):
    if not isinstance(spec, str):
        raise TypeError("must be str, not %s" % type(spec).__name__)
    return self.strftime(spec) if spec else str(self)


def _ctime(ymd, hh, mm, ss):
    weekday = (_ymd2ord(*ymd) + 6) % 7 + 1
    y, m, d = ymd
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday], _MONTH_NAMES[m], d, hh, mm, ss, y)


# }====
# {==== timedelta

@_ordered
class timedelta:
    """timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
    a duration, held as a whole number of microseconds."""

    __slots__ = ("_us",)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Exact integer microseconds plus the (float) fractional parts,
        # rounded once at the end, halves to even.
        whole = 0
        frac = 0.0
        for name, value, scale in (("days", days, _US_PER_DAY), ("seconds", seconds, _US_PER_SECOND),
                                   ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                   ("minutes", minutes, 60 * _US_PER_SECOND),
                                   ("hours", hours, 3600 * _US_PER_SECOND), ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                whole += int(value) * scale
            elif isinstance(value, float):
                ipart = int(value)
                whole += ipart * scale
                frac += (value - ipart) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if frac:
            nearest = round(frac)
            if abs(nearest - frac) == 0.5:  # a tie: make the whole total even
                odd = whole & 1
                nearest = 2 * round((frac + odd) * 0.5) - odd
            whole += int(nearest)
        return cls._of(whole)

    @classmethod
    def _of(cls, us):
        days = us // _US_PER_DAY
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._us = us
        return self

    days = property(lambda self: self._us // _US_PER_DAY)
    seconds = property(lambda self: self._us // _US_PER_SECOND % 86400)
    microseconds = property(lambda self: self._us % _US_PER_SECOND)

    def _parts(self):
        return self.days, self.seconds, self.microseconds

    def total_seconds(self):
        return self._us / _US_PER_SECOND

    def __repr__(self):
        named = ["%s=%d" % pair for pair in zip(("days", "seconds", "microseconds"), self._parts()) if pair[1]]
        return "%s(%s)" % (_tp_name(self), ", ".join(named) or "0")

    def __str__(self):
        days, secs, us = self._parts()
        text = "%d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60)
        if us:
            text += ".%06d" % us
        if days:
            text = "%d day%s, %s" % (days, "" if abs(days) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return timedelta._of(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._of(abs(self._us))

    def __mul__(self, factor):
        if isinstance(factor, int):
            return timedelta._of(self._us * factor)
        if isinstance(factor, float):
            num, den = factor.as_integer_ratio()
            return timedelta._of(_divide_and_round(self._us * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            return timedelta._of(_divide_and_round(self._us, other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._of(_divide_and_round(self._us * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta._of(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = divmod(self._us, other._us)
            return quotient, timedelta._of(rest)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._us, other._us)
        return NotImplemented

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return (type(self), self._parts())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta._of(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = timedelta(microseconds=1)


# }====
# {==== date

@_ordered
class date:
    """date(year, month, day): a day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        return self

    @classmethod
    def fromtimestamp(cls, t):
        return cls(*_time.localtime(t)[:3])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def _ymd(self):
        return (self._year, self._month, self._day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % ((_tp_name(self),) + self._ymd())

    def ctime(self):
        return _ctime(self._ymd(), 0, 0, 0)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    __format__ = _format_spec

    def isoformat(self):
        return "%04d-%02d-%02d" % self._ymd()

    __str__ = isoformat

    def timetuple(self):
        return _build_struct_time(*self._ymd(), 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(*self._ymd())

    def replace(self, year=None, month=None, day=None):
        return type(self)(*_merge(self._ymd(), (year, month, day)))

    def _compare(self, other, op):
        # a date and a datetime never compare (datetime's side says so)
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._ymd(), other._ymd())
        return NotImplemented

    def __hash__(self):
        return hash(self._ymd())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        ordinal = self.toordinal() + other.days
        if not 1 <= ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self).fromordinal(ordinal)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        ordinal = self.toordinal()
        # the ISO year is the latest of year+1, year, year-1 whose week 1 has begun
        year = self._year + 1
        while _iso_week1_monday(year) > ordinal:
            year -= 1
        week, day = divmod(ordinal - _iso_week1_monday(year), 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), self._ymd())


class _IsoCalendarDate(tuple):
    # date.isocalendar()'s result: a plain tuple with field names

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


for _index_, _name_ in enumerate(("year", "week", "weekday")):
    setattr(_IsoCalendarDate, _name_, property(_operator.itemgetter(_index_)))
del _index_, _name_


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    ordinal = _ymd2ord(y, m, d)
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dstflag))


_add_field_properties(date, ("year", "month", "day"))
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# }====
# {==== tzinfo, time

def _must_override(method):
    def abstract(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement %s()" % method)
    abstract.__name__ = method
    return abstract


class tzinfo:
    """Base class of time zones: subclasses give utcoffset(), dst() and tzname()."""

    __slots__ = ()

    utcoffset = _must_override("utcoffset")
    dst = _must_override("dst")
    tzname = _must_override("tzname")

    def fromutc(self, dt):
        # standard time first, then whatever DST applies at that local time
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset, dst = dt.utcoffset(), dt.dst()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        local = dt + (offset - dst)
        dst = local.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return local + dst

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        return (type(self), initargs() if initargs else (), getattr(self, "__dict__", None) or None)


_CLOCK_FIELDS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


@_ordered
class time:
    """time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0): a time of day."""

    __slots__ = tuple("_" + name for name in _CLOCK_FIELDS)

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        _set_clock(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            fields = _parse_iso_time(time_string[1:] if time_string.startswith("T") else time_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    _local_us = _clock_us

    def _compare(self, other, op):
        if isinstance(other, time):
            return _compare_clocks(self, other, op, "times")
        return NotImplemented

    __hash__ = _clock_hash

    def __repr__(self):
        text = "%s(%s" % (_tp_name(self), _trim_zeros(list(self._clock()), 2))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        return _format_time(*self._clock(), timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _wrap_strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    __format__ = _format_spec

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(*_merge(self._clock(), (hour, minute, second, microsecond)),
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), self._clock() + (self._tzinfo,))


_add_field_properties(time, _CLOCK_FIELDS)
_add_tz_queries(time, pass_self=False)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# }====
# {==== datetime

def _split_timestamp(t):
    """Integer seconds and microseconds (rounded half to even) of a timestamp."""
    if isinstance(t, int):
        return t, 0
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (float("inf"), float("-inf")):
        raise ValueError("cannot convert float infinity to integer")
    secs = int(t)
    if secs > t:
        secs -= 1
    us = round((t - secs) * 1e6)
    if us >= _US_PER_SECOND:
        secs += 1
        us -= _US_PER_SECOND
    return secs, us


def _utc_deprecated(name, replacement):
    import warnings
    warnings.warn("datetime.datetime.%s() is deprecated and scheduled for removal in a future version. Use "
                  "timezone-aware objects to represent datetimes in UTC: datetime.datetime.%s."
                  % (name, replacement), DeprecationWarning, stacklevel=3)


class datetime(date):
    """datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)"""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        self = date.__new__(cls, year, month, day)
        _set_clock(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        fields = (_time.gmtime if utc else _time.localtime)(secs)
        # a leap second folds into :59
        result = cls(*fields[:5], min(fields[5], 59), us, tz)
        return result if tz is None else tz.fromutc(result)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        _utc_deprecated("utcfromtimestamp", "fromtimestamp(timestamp, datetime.UTC)")
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        _utc_deprecated("utcnow", "now(datetime.UTC)")
        return cls._fromtimestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        for position, value, kind in ((1, date, _date_type), (2, time, _time_type)):
            if not isinstance(value, kind):
                raise TypeError("combine() argument %d must be datetime.%s, not %s"
                                % (position, kind.__name__, type(value).__name__))
        return cls(*date._ymd(), *time._clock(), time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) < 7:
                raise ValueError
            split = _iso_date_length(date_string)
            fields = _parse_iso_date(date_string[:split])
            fields += _parse_iso_time(date_string[split + 1:]) if split < len(date_string) else [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        if fields[3] == 24 and fields[4:7] == [0, 0, 0]:
            raise ValueError("hour must be in 0..23")
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _local_us(self):
        return self.toordinal() * _US_PER_DAY + _clock_us(self)

    def _utc_us(self):
        return self._local_us() - _offset_us(self.utcoffset())

    def _from_local_us(self, total):
        # same class and tzinfo, another wall-clock time
        ordinal, us = divmod(total, _US_PER_DAY)
        if not 1 <= ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, _US_PER_SECOND)
        return type(self)(*_ord2ymd(ordinal), secs // 3600, secs // 60 % 60, secs % 60, us, self._tzinfo)

    def timetuple(self):
        dst = self.dst()
        return _build_struct_time(*self._ymd(), *self._clock()[:3], -1 if dst is None else int(bool(dst)))

    def _local_timestamp(self):
        # The POSIX time u whose local time is this naive datetime: solves
        # local(u) == t from the offsets around t; when a local time occurs
        # twice (or never), fold picks the later (or the second) candidate.
        t = (self._local_us() - _EPOCH_US) // _US_PER_SECOND

        def local(u):
            return (datetime(*_time.localtime(u)[:6])._local_us() - _EPOCH_US) // _US_PER_SECOND

        offset_a = local(t) - t
        u1 = t - offset_a
        t1 = local(u1)
        if t1 == t:
            probe = u1 + (86400 if self._fold else -86400)
            offset_b = local(probe) - probe
            if offset_a == offset_b:
                return u1
        else:
            offset_b = t1 - u1
        u2 = t - offset_b
        if local(u2) == t:
            return u2
        if t1 == t:
            return u1
        return max(u1, u2) if self._fold else min(u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self._utc_us() - _EPOCH_US) / _US_PER_SECOND

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _build_struct_time(*moment._ymd(), *moment._clock()[:3], 0)

    def date(self):
        return date(*self._ymd())

    def time(self):
        return time(*self._clock(), fold=self._fold)

    def timetz(self):
        return time(*self._clock(), self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        fields = _merge(self._ymd() + self._clock(), (year, month, day, hour, minute, second, microsecond))
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        # the system's zone (offset and name) at this instant
        if self._tzinfo is None:
            secs = self._local_timestamp()
        else:
            secs = (self._utc_us() - _EPOCH_US) // _US_PER_SECOND
        local = _time.localtime(secs)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
            if tz is self._tzinfo:
                return self
        offset = self.utcoffset()
        if offset is None:  # naive (or a zone that cannot say): the system's zone
            offset = self.replace(tzinfo=None)._local_timezone().utcoffset(None)
        utc = (self - offset).replace(tzinfo=timezone.utc)
        if tz is None:
            tz = utc._local_timezone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        return _ctime(self._ymd(), *self._clock()[:3])

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return "%04d-%02d-%02d%s%s%s" % (*self._ymd(), sep, _format_time(*self._clock(), timespec),
                                         _format_offset(self.utcoffset()))

    def __repr__(self):
        text = "%s(%s" % (_tp_name(self), _trim_zeros(list(self._ymd() + self._clock()), 5))
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def __str__(self):
        return self.isoformat(sep=" ")

    def _fold_matters(self):
        # PEP 495: a time that a zone repeats or skips equals nothing in another zone
        return self.utcoffset() != self.replace(fold=1 - self._fold).utcoffset()

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            if op is _operator.eq:
                return False
            raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
        result = _compare_clocks(self, other, op, "datetimes")
        if (result and op is _operator.eq and self._tzinfo is not other._tzinfo
                and (self._fold_matters() or other._fold_matters())):
            return False
        return result

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._from_local_us(self._local_us() + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._from_local_us(self._local_us() - other._us)
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._local_us() - other._local_us()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            difference += _offset_us(theirs) - _offset_us(mine)
        return timedelta._of(difference)

    __hash__ = _clock_hash

    def __reduce__(self):
        return (type(self), self._ymd() + self._clock() + (self._tzinfo,))


_add_field_properties(datetime, _CLOCK_FIELDS)
_add_tz_queries(datetime, pass_self=True)


def _iso_date_length(s):
    # where the date part of an ISO datetime string ends (a separator follows)
    if s[4] == "W":
        return 8 if len(s) > 7 and s[7].isdigit() else 7  # YYYYWww[D]
    if len(s) >= 8 and s[4] == "-":
        if s[5] == "W" and (len(s) == 8 or s[8] != "-"):
            return 8  # YYYY-Www
        return 10  # YYYY-MM-DD, YYYY-Www-D
    return 8  # YYYYMMDD


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# combine() has parameters named date and time
_date_type = date
_time_type = time


# }====
# {==== timezone

_UNNAMED = object()


def _check_tz_argument(method, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (method, type(dt).__name__))


def _new_timezone(cls, offset, name=None):
    # unchecked: timezone() validates, the class constants need none
    zone = tzinfo.__new__(cls)
    zone._offset, zone._name = offset, name
    return zone


class timezone(tzinfo):
    """timezone(offset[, name]): a fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_UNNAMED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not _UNNAMED and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is _UNNAMED:
            return _new_timezone(cls, offset) if offset else timezone.utc
        return _new_timezone(cls, offset, name)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        return "%s(%s)" % (_tp_name(self), ", ".join(map(repr, self.__getinitargs__())))

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        _check_tz_argument("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        _check_tz_argument("tzname", dt)
        if self._name is not None:
            return self._name
        return "UTC" + _format_offset(self._offset) if self._offset else "UTC"

    def dst(self, dt):
        _check_tz_argument("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = _new_timezone(timezone, timedelta(0))
timezone.min = _new_timezone(timezone, -timedelta(hours=23, minutes=59))
timezone.max = _new_timezone(timezone, timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH_US = _ymd2ord(1970, 1, 1) * _US_PER_DAY

# }====
