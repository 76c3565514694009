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
    import datetime
    datetime.date(year, month, day)  # its errors are strptime's


def _two_digit_year(text):
    # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068
    year = int(text)
    return year + (1900 if year >= 69 else 2000)


def _twelve_hour(text, fields):
    # 12 AM is hour 0 and 12 PM hour 12; without %p the hour counts as AM
    hour = int(text) % 12
    return hour + 12 if fields.get("p", "").lower() == "pm" else hour


def _utc_offset(text):
    """(seconds, microseconds) east of UTC of "Z" or +HH[:]MM[[:]SS[.ffffff]]."""
    if text == "Z":
        return 0, 0
    sign = -1 if text[0] == "-" else 1
    digits = text[1:]
    if digits[2:3] == ":":  # then a colon must separate the seconds too
        digits = digits[:2] + digits[3:]
        if len(digits) > 4:
            if digits[4] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            digits = digits[:4] + digits[5:]
    seconds = int(digits[0:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
    fraction = digits[7:]
    return sign * seconds, sign * (int(fraction.ljust(6, "0")) if fraction else 0)


def _dst_flag(name):
    # 0 for a standard-time zone name, 1 for a daylight-saving one, else unknown
    std, dst = _timezone_names()
    name = name.lower()
    return 0 if name in std else 1 if name in dst else -1


_MONTH_ABBRS = [name[:3] for name in _MONTH_NAMES]
_DAY_ABBRS = [name[:3] for name in _DAY_NAMES]

# directive -> (matched text, all matched fields) -> the values it sets
_READERS = {
    "y": lambda text, fields: {"year": _two_digit_year(text)},
    "Y": lambda text, fields: {"year": int(text)},
    "G": lambda text, fields: {"iso_year": int(text)},
    "m": lambda text, fields: {"month": int(text)},
    "B": lambda text, fields: {"month": _MONTH_NAMES.index(text.lower()) + 1},
    "b": lambda text, fields: {"month": _MONTH_ABBRS.index(text.lower()) + 1},
    "d": lambda text, fields: {"day": int(text)},
    "H": lambda text, fields: {"hour": int(text)},
    "I": lambda text, fields: {"hour": _twelve_hour(text, fields)},
    "M": lambda text, fields: {"minute": int(text)},
    "S": lambda text, fields: {"second": int(text)},
    "f": lambda text, fields: {"fraction": int(text.ljust(6, "0"))},
    "A": lambda text, fields: {"weekday": _DAY_NAMES.index(text.lower())},
    "a": lambda text, fields: {"weekday": _DAY_ABBRS.index(text.lower())},
    "w": lambda text, fields: {"weekday": (int(text) - 1) % 7},  # from Sunday = 0 to Monday = 0
    "u": lambda text, fields: {"weekday": int(text) - 1},
    "j": lambda text, fields: {"julian": int(text)},
    "U": lambda text, fields: {"week_of_year": int(text), "week_starts_monday": False},
    "W": lambda text, fields: {"week_of_year": int(text), "week_starts_monday": True},
    "V": lambda text, fields: {"iso_week": int(text)},
    "z": lambda text, fields: dict(zip(("gmtoff", "gmtoff_fraction"), _utc_offset(text))),
    "Z": lambda text, fields: {"tz": _dst_flag(text)},
}

_UNSET = dict(year=None, iso_year=None, month=1, day=1, hour=0, minute=0, second=0, fraction=0, tz=-1,
              gmtoff=None, gmtoff_fraction=0, iso_week=None, week_of_year=None, week_starts_monday=None,
              weekday=None, julian=None)

_WEEKDAY_DIRECTIVES = "a weekday directive ('%A', '%a', '%w', or '%u')."


def _check_iso_directives(got):
    # %G and %V only make sense together (with a weekday), never with %Y or %j
    if got["year"] is None and got["iso_year"] is not None:
        if got["iso_week"] is None or got["weekday"] is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and "
                             + _WEEKDAY_DIRECTIVES)
        if got["julian"] is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif got["week_of_year"] is None and got["iso_week"] is not None:
        if got["weekday"] is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and "
                             + _WEEKDAY_DIRECTIVES)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")


def _day_in_week(year, week, weekday, starts_monday):
    """Day of the year of weekday in week number week (%W, or %U when the weeks
    start on Sunday): week 1 starts on the first such day, days before it are week 0."""
    shift = 0 if starts_monday else 1  # count the days from the week's first day
    jan1 = (_weekday(year, 1, 1) + shift) % 7
    position = (weekday + shift) % 7
    if week == 0:
        return 1 + position - jan1
    return 1 + (7 - jan1) % 7 + 7 * (week - 1) + position


def _resolve_date(got):
    """(year, month, day, day of the year, weekday) from whichever of the date
    directives were given."""
    year, month, day, julian, weekday = (got[key] for key in ("year", "month", "day", "julian", "weekday"))
    if julian is None and weekday is not None:
        if got["week_of_year"] is not None:
            julian = _day_in_week(year, got["week_of_year"], weekday, got["week_starts_monday"])
        elif got["iso_year"] is not None and got["iso_week"] is not None:
            import datetime
            iso = datetime.date.fromisocalendar(got["iso_year"], got["iso_week"], weekday + 1)
            year, month, day = iso.year, iso.month, iso.day
        if julian is not None and julian <= 0:  # in the last week of the year before
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    return year, month, day, julian, weekday


def _parse(data_string, format):
    # ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
    #  microseconds, microseconds of gmtoff)
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    found = _compiled(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    fields = found.groupdict()
    got = dict(_UNSET)
    for directive, text in fields.items():  # in format order: a later directive wins
        reader = _READERS.get(directive)
        if reader:
            got.update(reader(text, fields))
    _check_iso_directives(got)
    # without a year, Feb 29 is checked in a leap year (1904) but 1900 is reported
    leap_stand_in = got["year"] is None and (got["month"], got["day"]) == (2, 29)
    if got["year"] is None:
        got["year"] = 1904 if leap_stand_in else 1900
    year, month, day, julian, weekday = _resolve_date(got)
    if leap_stand_in:
        year = 1900
    return ((year, month, day, got["hour"], got["minute"], got["second"], weekday, julian, got["tz"],
             fields.get("Z"), got["gmtoff"]), got["fraction"], got["gmtoff_fraction"])


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
