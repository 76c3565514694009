# datetime: tzinfo subclasses, fromutc, time comparisons/hashes with offsets, subclass reprs
from datetime import date, time, datetime, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = timedelta(minutes=minutes)
        self.name = name
        self.dstoff = timedelta(minutes=dst)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dstoff


class BadTz(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7

    def dst(self, dt):
        return timedelta(days=2)


a = Fixed(60, "A")
b = Fixed(-120, "B", 60)
t1 = time(10, 0, tzinfo=a)
t2 = time(11, 0, tzinfo=Fixed(120, "C"))
print(t1 == t2, t1 < t2, t1 > t2, t1 <= t2, hash(t1) == hash(t2), t1.utcoffset(), t1.tzname(), t1.dst())
print(time(0, 30, tzinfo=Fixed(60, "X")) == time(23, 30, tzinfo=timezone.utc), hash(time(0, 30, tzinfo=Fixed(60, "X"))) == hash(time(0, 30, tzinfo=Fixed(60, "Y"))))
print(time(1) == time(1, tzinfo=a), time(1) != time(1, tzinfo=a), time(3, 4, 5, 6) == time(3, 4, 5, 6))
try:
    time(1) < time(1, tzinfo=a)
except TypeError as e:
    print(type(e).__name__, e)
d1 = datetime(2024, 1, 1, 12, tzinfo=a)
d2 = datetime(2024, 1, 1, 9, tzinfo=b)
print(d1 < d2, d1 == d2, d2 - d1, d1 - d2, hash(d1) == hash(d1.astimezone(timezone.utc)), d1.astimezone(b), d2.timetuple().tm_isdst)
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=a), datetime(2024, 1, 1) != d1)
try:
    datetime(2024, 1, 1) < d1
except TypeError as e:
    print(type(e).__name__, e)
try:
    datetime(2024, 1, 1) - d1
except TypeError as e:
    print(type(e).__name__, e)
print(b.fromutc(datetime(2024, 6, 1, 12, tzinfo=b)), a.fromutc(datetime(2024, 6, 1, 12, tzinfo=a)))
for call in [lambda: a.fromutc(datetime(2024, 1, 1)), lambda: a.fromutc(date(2024, 1, 1)), lambda: tzinfo().utcoffset(None),
             lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None), lambda: datetime(2024, 1, 1, tzinfo=BadTz()).utcoffset(),
             lambda: datetime(2024, 1, 1, tzinfo=BadTz()).tzname(), lambda: datetime(2024, 1, 1, tzinfo=BadTz()).dst(),
             lambda: time(1, tzinfo=BadTz()).utcoffset(), lambda: time(1, tzinfo=5), lambda: timezone(5), lambda: timezone(timedelta(hours=24)),
             lambda: timezone(timedelta(0), 3), lambda: timezone.utc.fromutc(datetime(2024, 1, 1)), lambda: timezone.utc.utcoffset(5),
             lambda: datetime(9999, 12, 31) + timedelta(1), lambda: date(1, 1, 1) - timedelta(1), lambda: date.fromordinal(0),
             lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 1, 8), lambda: date.fromisocalendar(0, 1, 1),
             lambda: datetime.combine(1, time()), lambda: datetime(2024, 1, 1).isoformat(sep="ab"), lambda: time(1).isoformat("bogus"),
             lambda: date(2024, 1, 1).strftime(5), lambda: timedelta(days=1000000000)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class MyDate(date):
    pass


class MyDT(datetime):
    pass


md = MyDate(2024, 5, 6)
print(repr(md), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, repr(MyDT(2024, 1, 2, 3, tzinfo=a).replace(tzinfo=None)))
print(repr(time(1, 2, 3, tzinfo=timezone.utc, fold=1)), repr(datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1)), fold=1)))
print(timedelta(1, 2, 3).__reduce__())
print(timezone(timedelta(hours=2)).__reduce__(), timezone(timedelta(hours=2), "T").__reduce__(), timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "Z") == timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)), timezone(timedelta(hours=1)) == 5)
print(timezone(timedelta(hours=-1, seconds=-30)).tzname(None), timezone(timedelta(microseconds=5)), repr(timezone.utc), timezone.utc.dst(None), repr(timezone.min), repr(timezone.max))
print(date(2008, 12, 29).isocalendar(), date(2010, 1, 3).isocalendar(), date(2027, 1, 1).isocalendar().week, date(2024, 1, 1).isocalendar().year, repr(date(2024, 1, 1).isocalendar()))
print(date(2020, 12, 31).timetuple(), time(1, 2, 3).strftime("%H-%M-%S %f"), datetime(2024, 1, 1, 1).__format__(""), time(5).__format__("%H"))
print(datetime(2024, 2, 29, 23, 59, 59, 999999) + timedelta(microseconds=1), datetime(2024, 1, 1) - timedelta(days=1, microseconds=1), timedelta(1) - datetime(2024, 1, 1).replace(day=2) if False else "-")
print(datetime(2024, 1, 1, tzinfo=a) == datetime(2024, 1, 1, 1, tzinfo=Fixed(120, "Q")), datetime(2024, 1, 1, tzinfo=a) > datetime(2023, 12, 31, 23, 59, tzinfo=timezone.utc))
print(datetime(2024, 3, 1, tzinfo=timezone.utc).utctimetuple(), datetime(2024, 3, 1, 0, 30, tzinfo=Fixed(60, "P")).utctimetuple()[:6], datetime(2024, 1, 1).utctimetuple()[:3])
print(sorted([time(3), time(1), time(2)]), max(datetime(2020, 1, 1), datetime(2019, 1, 1)), {date(2020, 1, 1): 1}[datetime(2020, 1, 1).date()], date(2020, 1, 1) != date(2020, 1, 2))
print(date(2020, 1, 1) == "x", date(2020, 1, 1).__lt__("x"), time(1).__eq__(1), datetime(2020, 1, 1).__lt__(5), timedelta(1).__lt__(5))
d = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=a, fold=1)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo.name, d.fold, date(2020, 2, 3).year, date(2020, 2, 3).month, date(2020, 2, 3).day)
print(time(1, 2, 3, 4, a, fold=1).hour, time(1, 2, 3, 4).minute, time(1, 2, 3, 4).second, time(1, 2, 3, 4).microsecond, time(1, 2, 3, 4, a).tzinfo is a, time(1, fold=1).fold)
