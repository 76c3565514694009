# time.strptime / datetime.strptime: every directive, week and ISO calendars, offsets, 12-hour clock, errors
import time
from datetime import datetime, date
cases = [("2024-02-29", "%Y-%m-%d"), ("29/02/24", "%d/%m/%y"), ("1/2/69", "%d/%m/%y"), ("1/2/68", "%d/%m/%y"), ("Feb 29", "%b %d"), ("February 29", "%B %d"),
         ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("1 PM", "%I %p"), ("11", "%I"), ("23:59:60", "%H:%M:%S"), ("366 2024", "%j %Y"), ("1 1900", "%j %Y"),
         ("Tuesday 2024 10", "%A %Y %W"), ("tue 2024 10", "%a %Y %U"), ("0 2024 0", "%w %Y %W"), ("6 2024 0", "%w %Y %U"), ("7 2023 0", "%u %Y %W"),
         ("2024 1 1", "%G %V %u"), ("2020 53 7", "%G %V %u"), ("2021 01 Mon", "%G %V %a"), ("Thu Mar  7 14:05:09 2024", "%c"), ("03/07/24", "%x"), ("14:05:09", "%X"),
         ("5%", "%d%%"), ("  7   8", "%d %m"), ("2024", "%Y"), ("utc", "%Z"), ("UTC 2024", "%Z %Y"), ("12.5", "%S.%f"), ("3", "%j")]
for text, fmt in cases:
    try:
        print(repr(text), fmt, tuple(time.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), fmt, type(e).__name__, e)
for text, fmt in [("2024-01-02 03:04:05.123456 +0530", "%Y-%m-%d %H:%M:%S.%f %z"), ("Z", "%z"), ("-01:30", "%z"), ("+01:30:15.5", "%z"), ("+0130", "%z"),
                  ("-013015.000001", "%z"), ("2024 UTC", "%Y %Z"), ("1999 +0000 GMT", "%Y %z %Z"), ("10:20 -0700", "%H:%M %z"), ("+01:3015", "%z"), ("1", "%f")]:
    try:
        d = datetime.strptime(text, fmt)
        print(repr(text), repr(d), d.tzname(), d.utcoffset())
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
st = time.strptime("2024 +0200 UTC", "%Y %z %Z")
print(st.tm_gmtoff, st.tm_zone, st.tm_isdst, time.strptime("2024", "%Y").tm_gmtoff, time.strptime("2024", "%Y").tm_zone)
print(repr(datetime.strptime("Feb 28", "%b %d")), repr(datetime.strptime("2024", "%Y").date()))
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2023 02 29", "%Y %m %d"), ("x", "%d"), ("1 2", "%d"), ("2024 10", "%G %V"), ("2024 10 1", "%Y %V %u"),
                  ("2024 10 1 5", "%G %V %u %j"), ("2024", "%G"), ("10 1", "%V %u"), ("1", "%Q"), ("1", "%"), ("1", "%d%"), ("13", "%m"), ("0", "%d"),
                  ("+01:30:1", "%z"), ("+0130:15", "%z"), ("2024 53", "%Y %U")]:
    try:
        print(repr(text), fmt, tuple(time.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), fmt, type(e).__name__, e)
for args in [(5, "%d"), ("5", 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
