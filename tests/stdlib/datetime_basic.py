# datetime: fixed dates only
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.isocalendar())
print(d.strftime("%A %d %B %Y"), d.replace(month=3), d.toordinal(), date.fromordinal(738944), date.fromisoformat("2023-12-31"), d.timetuple()[:3])
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %w"), datetime.fromisoformat("2024-01-15T10:20:30"), datetime.fromisoformat("2024-01-15T10:20:30+02:00"))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2024, 1, 1) - datetime(2024, 1, 2), (date(2025, 1, 1) - date(2024, 1, 1)).days)
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(0), repr(timedelta(0)), timedelta(weeks=2), timedelta(microseconds=1), -timedelta(hours=1))
print(timedelta(hours=1) * 2.5, timedelta(hours=3) / 2, timedelta(hours=3) / timedelta(minutes=30), timedelta(hours=3) // timedelta(hours=2), timedelta(days=1) % timedelta(hours=5), abs(timedelta(-1)))
print(timedelta(days=1) > timedelta(hours=23), timedelta(0) == timedelta(), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)
u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.tzname(), u.utcoffset(), repr(timezone.utc), str(timezone.utc))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
print(u.astimezone(tz), tz, repr(tz), timezone(timedelta(hours=-3)), u.astimezone(tz) == u)
print(datetime.fromtimestamp(0, timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), u.replace(tzinfo=None))
t = time(13, 5, 9, 500)
print(t, repr(t), t.isoformat(), t.strftime("%I:%M %p"), time(), time.fromisoformat("08:30"))
print(date.min, date.max, datetime.min, date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2021, 1, 1)))
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("2024-99-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
print(datetime.strptime("03/04/2021 14:05", "%d/%m/%Y %H:%M"), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
