# calendar: seeded random months and years as text calendars with random widths and first weekdays, compared with CPython
import calendar, random
rng = random.Random(2)
for i in range(40):
    year, month, first = rng.randint(1, 9999), rng.randint(1, 12), rng.randint(0, 6)
    t = calendar.TextCalendar(first)
    print(year, month, first, calendar.monthrange(year, month), calendar.weekday(year, month, 1), calendar.leapdays(year, year + 37))
    print(t.formatmonth(year, month, rng.randint(0, 4), rng.randint(0, 2)), end="")
    print(t.monthdays2calendar(year, month)[-1], list(t.itermonthdays3(year, month))[:2])
for year in (1, 1752, 1900, 2000, 9999):
    print(calendar.TextCalendar(rng.randint(0, 6)).formatyear(year, rng.randint(1, 3), 1, rng.randint(1, 5), rng.randint(1, 6)), end="")
