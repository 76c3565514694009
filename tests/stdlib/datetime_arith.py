# datetime: reprs, validation errors, ISO parsing, arithmetic and formatting details
from datetime import date, time, datetime, timedelta, timezone
print(repr(timedelta(days=-1, seconds=5)), repr(timedelta(microseconds=-1)), str(timedelta(days=-2, hours=3)), str(timedelta(days=3, microseconds=5)), repr(timedelta(weeks=1, milliseconds=3)))
print(repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 5)), repr(time(1, 2, tzinfo=timezone.utc)), repr(time(1, fold=1)))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 1)), repr(datetime(2020, 1, 1, fold=1)))
print(repr(timezone(timedelta(hours=5, minutes=30), 'IST')), repr(timezone(timedelta(hours=-3))), timezone(timedelta(0)), repr(timezone(timedelta(0))), timezone.min, timezone.max, timezone(timedelta(seconds=90)))
print(time(1, 2, 3, 4).isoformat('milliseconds'), time(1, 2).isoformat('hours'), datetime(2024, 5, 6, 7, 8, 9, 10).isoformat(timespec='minutes'))
for bad in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000), (0, 1, 1), (10000, 1, 1), ('2024', 1, 1), (2024.0, 1, 1)]:
    try:
        datetime(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for text in ['2024-1-1', '2024-01-01T25:00', 'x', '2024-01-01 10:00:00+0500', '20240101T1020', '2024-W05-3', '2024-01-01T10:20:30.123Z', '2024-01-01T10:20:30.1234567', '2024-01-01T10:20:30-03:30']:
    try:
        print(datetime.fromisoformat(text))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: timedelta(days=1e9), lambda: timedelta(days='1'), lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: time(1) < time(2, tzinfo=timezone.utc), lambda: date.fromisoformat('2024-02-30')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), timedelta(1) * 0.5, timedelta(3) / 4, timedelta(seconds=1) / 3, timedelta(5) // 2, divmod(timedelta(5), timedelta(2)), timedelta(1.5, 0.5, 0.5))
print(date(2024, 1, 1).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 7), date(2024, 3, 1).ctime(), datetime(2024, 3, 1, 5, 6, 7).ctime(), format(date(2024, 1, 2), '%d/%m'), f'{datetime(2024, 1, 2, 3, 4):%H%M}', format(date(2024, 1, 2)))
print(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))).strftime('%z|%Z|%:z'), datetime(2024, 1, 1).strftime('%z|%Z|%f'), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime(2020, 5, 17).replace(day=1, hour=3))
print(datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2023, 12, 31, 22, tzinfo=timezone(timedelta(hours=-2))), datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))))
print(datetime(2020, 2, 29).timetuple(), datetime(2020, 2, 29, tzinfo=timezone.utc).utctimetuple())
print(timedelta(hours=-1.5), timedelta(seconds=0.1), timedelta(minutes=1 / 3), -timedelta(0), sorted([timedelta(1), timedelta(-1), timedelta(0)]), timedelta(1) in {timedelta(hours=24)})
print(date.fromordinal(1), date.max.toordinal(), date(2000, 2, 29) + timedelta(365), datetime(2000, 1, 1) + timedelta(microseconds=-1), datetime.fromtimestamp(1e9, timezone.utc), datetime.fromtimestamp(-1.5, timezone.utc))
d = datetime(2024, 3, 10, 12, 30, tzinfo=timezone(timedelta(hours=-5), 'EST'))
print(d.astimezone(timezone.utc), d.tzname(), d.utcoffset(), d.dst(), d.timestamp(), d.date(), d.timetz(), hash(d) == hash(d.astimezone(timezone.utc)))
print(datetime.strptime('2024-02-29 13:45:10.5', '%Y-%m-%d %H:%M:%S.%f'), datetime.strptime('Mar 5 2021 +0130', '%b %d %Y %z'), datetime.strptime('07/04/99 11PM', '%m/%d/%y %I%p'))
for text, fmt in [('2024-13-01', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'), ('1', '%Q')]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print(type(e).__name__, e)
