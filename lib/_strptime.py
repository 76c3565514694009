"""strptime: parsing time text by a format (C locale names), behind
time.strptime and datetime.strptime."""

import re
import time

__all__ = []

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")

# directive -> regex of its field (group names are the directive letters)
_FIELDS = {
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[01]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[01]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}

# the C locale's composite formats
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _names_regex(names):
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _timezone_names():
    utc = {"utc", "gmt"}
    std = {time.tzname[0].lower()} | utc
    dst = {time.tzname[1].lower()} if time.daylight else set()
    return std, dst


def _directive_regex(letter, fmt):
    if letter in _FIELDS:
        return "(?P<%s>%s)" % (letter, _FIELDS[letter])
    if letter == "A":
        return "(?P<A>%s)" % _names_regex(_DAY_NAMES)
    if letter == "a":
        return "(?P<a>%s)" % _names_regex(n[:3] for n in _DAY_NAMES)
    if letter == "B":
        return "(?P<B>%s)" % _names_regex(_MONTH_NAMES)
    if letter == "b":
        return "(?P<b>%s)" % _names_regex(n[:3] for n in _MONTH_NAMES)
    if letter == "p":
        return "(?P<p>am|pm)"
    if letter == "Z":
        std, dst = _timezone_names()
        return "(?P<Z>%s)" % _names_regex(std | dst)
    if letter == "%":
        return "%"
    if letter in _COMPOSITE:
        return _format_regex(_COMPOSITE[letter])
    raise KeyError(letter)


def _format_regex(fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            out.append(_directive_regex(fmt[i + 1], fmt))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


_cache = {}


def _compiled(fmt):
    try:
        return _cache[fmt]
    except KeyError:
        pass
    try:
        regex = re.compile(_format_regex(fmt), re.IGNORECASE)
    except KeyError as err:
        bad = err.args[0]
        if bad == "\\":
            bad = "%"
        raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
    if len(_cache) > 100:
        _cache.clear()
    _cache[fmt] = regex
    return regex


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(year, month, day):
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return _days_before_year(year) + before + (month > 2 and _is_leap(year)) + day


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year, month):
    return (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _from_ordinal(n):
    # (year, month, day) of proleptic Gregorian ordinal n (0001-01-01 is 1)
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year + 1) < n:
        year += 1
    while _days_before_year(year) >= n:
        year -= 1
    day = n - _days_before_year(year)
    month = 1
    while day > _month_days(year, month):
        day -= _month_days(year, month)
        month += 1
    return year, month, day


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _check_date(year, month, day):
    if not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")


def _parse(data_string, format):
    # Returns (year, month, day, hour, minute, second, weekday, julian,
    # tz, tzname, gmtoff), fraction (microseconds), gmtoff_fraction.
    for name, value in (("data_string", data_string), ("format", format)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if name == "data_string" else 2, type(value).__name__))
    found = _compiled(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    fields = found.groupdict()
    for group in fields:
        value = fields[group]
        if group == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group == "Y":
            year = int(value)
        elif group == "G":
            iso_year = int(value)
        elif group == "m":
            month = int(value)
        elif group == "B":
            month = _MONTH_NAMES.index(value.lower()) + 1
        elif group == "b":
            month = [n[:3] for n in _MONTH_NAMES].index(value.lower()) + 1
        elif group == "d":
            day = int(value)
        elif group == "H":
            hour = int(value)
        elif group == "I":
            hour = int(value)
            ampm = fields.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif group == "M":
            minute = int(value)
        elif group == "S":
            second = int(value)
        elif group == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif group == "A":
            weekday = _DAY_NAMES.index(value.lower())
        elif group == "a":
            weekday = [n[:3] for n in _DAY_NAMES].index(value.lower())
        elif group == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group == "u":
            weekday = int(value) - 1
        elif group == "j":
            julian = int(value)
        elif group in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if group == "U" else 0
        elif group == "V":
            iso_week = int(value)
        elif group == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                frac = z[8:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group == "Z":
            name = value.lower()
            std, dst = _timezone_names()
            if name in std:
                tz = 0
            elif name in dst:
                tz = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 validates; reported as 1900
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_monday = week_of_year_start == 0
            first_weekday = _weekday(year, 1, 1)
            if not week_starts_monday:
                first_weekday = (first_weekday + 1) % 7
                weekday = (weekday + 1) % 7
            week_0_length = (7 - first_weekday) % 7
            if week_of_year == 0:
                julian = 1 + weekday - first_weekday
            else:
                days_to_week = week_0_length + (7 * (week_of_year - 1))
                julian = 1 + days_to_week + weekday
        elif iso_year is not None and iso_week is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            week1_monday = jan4 - _weekday(iso_year, 1, 4)
            ordinal = week1_monday + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(ordinal)
            julian = ordinal - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)

    tzname = fields.get("Z")
    if leap_year_fix:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    tt = _parse(data_string, format)[0]
    return time.struct_time(tt[:9] + (tt[9], tt[10]))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a cls instance (a datetime or date class) from the text."""
    tt, fraction, gmtoff_fraction = _parse(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime
        tzdelta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = datetime.timezone(tzdelta, tzname) if tzname else datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
