# datetime: arithmetic, rounding, ISO forms, comparisons and formatting, checked expression by expression
from datetime import *
tz = timezone(timedelta(hours=3), "X")
exprs = [
 
 "datetime.fromtimestamp(1700000000.5, tz)", 
 "datetime(2024,1,1,tzinfo=tz).astimezone(timezone.utc)", "datetime(2024,1,1,tzinfo=tz).astimezone(tz) is not None",
 "datetime(2000,1,1) + timedelta(days=1, microseconds=-1)", "timedelta(days=-1) * 0.5", "timedelta(1) / timedelta(hours=7)", "timedelta(microseconds=-3) // 2",
 "timedelta(seconds=7) % timedelta(seconds=-3)", "divmod(timedelta(seconds=-7), timedelta(seconds=3))", "abs(timedelta(days=-1, seconds=5))", "-timedelta.max",
 "timedelta(hours=1.25, minutes=-0.5)", "timedelta(0.1, 0.1, 0.1)", "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(microseconds=-0.5)",
 "str(timedelta(days=-1, microseconds=1))", "repr(timedelta(seconds=86400*2+1))", "timedelta(weeks=1) == timedelta(days=7)", "timedelta(1) < timedelta(2)",
 "time(12, tzinfo=tz) < time(10, tzinfo=timezone.utc)", "hash(time(12, tzinfo=tz)) == hash(time(9, tzinfo=timezone.utc))", "time(23, 59, 59, 999999).isoformat('milliseconds')",
 "date(2024, 12, 30).isocalendar()", "date(2027, 1, 3).isocalendar()", "date(1, 1, 1).isocalendar()", "date(9999, 12, 31).isocalendar()",
 "datetime(2024,1,1,12,tzinfo=tz).utctimetuple()", "datetime(1,1,1,tzinfo=timezone(timedelta(hours=1))).utctimetuple()[:3]",
 "datetime(2024, 2, 29).replace(year=2023)", "date(2024,1,31).replace(month=2)", "datetime.combine(date(2024,1,1), time(1, tzinfo=tz), tzinfo=None)",
 "datetime(2024,1,1).isoformat(timespec='nanoseconds')", "datetime.fromisoformat('2024-01-01T10:00:00.5+01:00')", "datetime.fromisoformat('2024-01-01 24:00')",
 "time.fromisoformat('T10:11:12.123Z')", "date.fromisoformat('20240229')", "datetime.fromisoformat('2024W011')", "datetime.max - datetime.min",
 "datetime(2024,1,1) - timedelta.max", "timedelta(days=999999999, hours=24)", "date.today() > date(2020,1,1)", "datetime.now(tz).tzinfo is tz",
 "format(datetime(2024,1,2,3,4,5), '%Y %j %a %b %p %%')", "datetime(2024,1,1).strftime('%z%Z')", "time(1,2,tzinfo=tz).strftime('%H %z %Z %f')",
 "datetime(2024,1,1,tzinfo=timezone(timedelta(seconds=1))).isoformat()", "timezone(timedelta(hours=-5, minutes=-30)).tzname(None)",
 "datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1)", "datetime(2024,1,1) in {datetime(2024,1,1): 1}", "sorted([datetime(2024,1,1,tzinfo=tz), datetime(2024,1,1,tzinfo=timezone.utc)])",
 "datetime.utcfromtimestamp(0) if False else 0", "timedelta(seconds=1).total_seconds()",
 "timedelta(days=1, microseconds=1).total_seconds()", "date(2024,1,1) + timedelta(hours=47)", "date(2024,1,1) - date(2023,1,1)",
 "datetime(2024,1,1,tzinfo=tz) - datetime(2024,1,1,tzinfo=tz)", "datetime(2024,1,1,tzinfo=tz) - datetime(2023,12,31,21,tzinfo=timezone.utc)",
 "time(0).__bool__() if hasattr(time(0), '__bool__') else bool(time(0))", "bool(timedelta(0))", "datetime(2024,1,1).timetuple().tm_yday", "date(2024,12,31).timetuple()",
 "datetime(2024,7,1,tzinfo=tz).timetuple()", "date.resolution", "time.min", "datetime.min.ctime()", "date(2024, 3, 4).ctime()",
 "timedelta(hours=24) == timedelta(days=1)", "repr(timedelta.min)", "repr(timedelta.max)", "timedelta(1,1,1) > timedelta(1,1)",
 "timedelta(seconds=1e-7)", "timedelta(days=1e-10)", "timedelta(milliseconds=0.0015)", "timedelta(minutes=1/7)",
]
for e in exprs:
    try:
        print(e, "=>", repr(eval(e)))
    except Exception as ex:
        print(e, "=>", type(ex).__name__, ex)
for args in [dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-1.5), dict(seconds=1, microseconds=0.5), dict(seconds=2, microseconds=0.5), dict(days=0.5, microseconds=0.5),
             dict(microseconds=3, milliseconds=0.0005), dict(hours=1e-10), dict(seconds=0.0000025), dict(seconds=-0.0000025), dict(minutes=0.5, microseconds=-0.5)]:
    print(args, repr(timedelta(**args)))
