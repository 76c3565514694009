"""Calendar computations and plain-text calendars (the proleptic Gregorian
calendar, weeks starting on Monday unless setfirstweekday says otherwise)."""

import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap",
           "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal",
           "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr", "Calendar",
           "TextCalendar", "weekheader", "Day", "Month", "JANUARY", "FEBRUARY", "MARCH", "APRIL",
           "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError


class _BadNumber(ValueError):
    # keeps the offending number under the attribute name, for the message
    def __init__(self, number):
        setattr(self, self._attribute, number)

    def __str__(self):
        return self._message % (getattr(self, self._attribute),)


class IllegalMonthError(_BadNumber):
    _attribute, _message = "month", "bad month number %r; must be 1-12"


class IllegalWeekdayError(_BadNumber):
    _attribute, _message = "weekday", "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"


class _NamedInt(int):
    """An int that shows as calendar.NAME (what the IntEnums Day and Month print)."""

    _names = ()
    _first = 0

    def __new__(cls, value):
        if not cls._first <= value < cls._first + len(cls._names):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return int.__new__(cls, value)

    def __repr__(self):
        return "calendar." + self.name

    __str__ = int.__repr__
    __format__ = int.__format__

    @property
    def name(self):
        return self._names[int(self) - self._first]

    @property
    def value(self):
        return int(self)


class Month(_NamedInt):
    _names = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
              "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER")
    _first = 1


class Day(_NamedInt):
    _names = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


(JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER,
 DECEMBER) = map(Month, range(1, 13))
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = map(Day, range(7))

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# days before the first of each month in a common year
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class _Names:
    """Read-only sequence of month or day names (CPython's _localized_*)."""

    def __init__(self, names):
        self._names = tuple(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._names[i])
        return self._names[i]

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


month_name = _Names(["", "January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"])
month_abbr = _Names(["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                     "Nov", "Dec"])
day_name = _Names(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
day_abbr = _Names(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def _ordinal(year, month, day):
    """Days since 0001-01-01 (which is day 1), like date.toordinal()."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and isleap(year):
        days += 1
    return days


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    return Day((_ordinal(year, month, day) + 6) % 7)


def _monthlen(year, month):
    return _DAYS_IN_MONTH[month] + (month == FEBRUARY and isleap(year))


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _ordinal(year, month, 1) - _ordinal(1970, 1, 1) + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


class Calendar:
    """Base calendar class: data for formatting, no formatting itself."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) tuples for complete weeks around the month."""
        first_wd, ndays = monthrange(year, month)
        before = (first_wd - self.firstweekday) % 7
        if before:
            py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
            plen = _monthlen(py, pm)
            for d in range(plen - before + 1, plen + 1):
                yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        after = (self.firstweekday - weekday(year, month, ndays) - 1) % 7
        ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def itermonthdates(self, year, month):
        import datetime
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        first_wd, ndays = monthrange(year, month)
        before = (first_wd - self.firstweekday) % 7
        yield from [0] * before
        yield from range(1, ndays + 1)
        after = (self.firstweekday - first_wd - ndays) % 7
        yield from [0] * after

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def _columns(cols, colwidth, spacing):
    return (" " * spacing).join(c.center(colwidth) for c in cols)


class TextCalendar(Calendar):
    """Calendars as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("" if day == 0 else "%2i" % day).center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        nl = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return nl.join(lines) + nl

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        nl = "\n" * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), nl]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(nl)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [_columns(names, colwidth, c).rstrip(), nl]
            out += [_columns([header] * len(months), colwidth, c).rstrip(), nl]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out += [_columns(weeks, colwidth, c).rstrip(), nl]
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


# the module-level functions are the methods of one shared TextCalendar
c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar, prweek, week, weekheader = c.monthdayscalendar, c.prweek, c.formatweek, c.formatweekheader
prmonth, month, calendar, prcal = c.prmonth, c.formatmonth, c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def formatstring(cols, colwidth=20, spacing=6):
    """The strings of cols centred in columns of colwidth, spacing apart."""
    return _columns(cols, colwidth, spacing)


def format(cols, colwidth=20, spacing=6):
    print(formatstring(cols, colwidth, spacing))
