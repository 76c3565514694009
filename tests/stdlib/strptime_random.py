# strptime: seeded random moments formatted with strftime and parsed back (week, ISO and 12-hour forms), compared with CPython
import random, time
from datetime import datetime, timedelta
rng = random.Random(5)
formats = ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%a %b %d %Y", "%A %B %d %j %Y", "%Y %U %w", "%Y %W %a", "%G %V %u", "%y%m%d%H%M%S.%f",
           "%c", "%x %X", "%Y-%j", "%b %d %Y %H", "%Y %U %A %H:%M", "%G-W%V-%u %H"]
base = datetime(1900, 1, 1)
for i in range(300):
    moment = base + timedelta(seconds=rng.randint(0, 200 * 365 * 86400), microseconds=rng.randint(0, 999999))
    fmt = rng.choice(formats)
    text = moment.strftime(fmt)
    try:
        parsed = time.strptime(text, fmt)
        back = datetime.strptime(text, fmt)
        print(repr(text), fmt, tuple(parsed), repr(back))
    except ValueError as e:
        print(repr(text), fmt, type(e).__name__, e)
