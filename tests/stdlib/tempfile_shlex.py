# tempfile objects and cleanup; shlex tokenizing, quoting; uuid fields; calendar text
import os, tempfile, shlex, uuid, calendar
fd, path = tempfile.mkstemp(suffix=".txt", prefix="ay_")
os.write(fd, b"data")
os.close(fd)
print(os.path.basename(path).startswith("ay_"), path.endswith(".txt"), os.path.getsize(path), os.path.isabs(path))
os.unlink(path)
d = tempfile.mkdtemp()
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777))
os.rmdir(d)
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("line\n")
    f.flush()
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith(".log"))
print(os.path.exists(f.name))
with tempfile.TemporaryFile() as f:
    f.write(b"xyz")
    f.seek(0)
    print(f.read())
td = tempfile.TemporaryDirectory()
open(os.path.join(td.name, "f"), "w").close()
os.mkdir(os.path.join(td.name, "sub"))
td.cleanup()
print(os.path.exists(td.name), type(tempfile.gettempdir()).__name__, tempfile.gettempprefix())
with tempfile.SpooledTemporaryFile(max_size=10) as sp:
    sp.write(b"small")
    sp.seek(0)
    print(sp.read())
print(shlex.split("a 'b c' \"d \\\"e\" f\\ g # comment"), shlex.split("a # b", comments=True), shlex.split("x=1 y='2 3'"))
print(shlex.quote(""), shlex.quote("safe-path/file.txt"), shlex.quote("has space"), shlex.quote("it's"), shlex.join(["echo", "a b", "c'd"]))
for bad in ['"unterminated', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
lex = shlex.shlex("foo(bar, 12) + 'q s'", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a b;c", posix=True)
print([t for t in lex])
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.fields, u.time_low, u.node, u.variant, u.urn, u.bytes[:4], u.bytes_le[:4], int(u) == u.int)
print(uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(int=1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), u == uuid.UUID(u.hex), u < uuid.UUID(int=2**127))
print(uuid.uuid4().version, uuid.uuid1().version, len(str(uuid.uuid4())), uuid.NAMESPACE_URL)
for bad in [dict(hex="zz"), dict(int=-1), dict(bytes=b"x")]:
    try:
        uuid.UUID(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(type(e).__name__, e)
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=3, m=4)[:300])
print(calendar.monthcalendar(2024, 9), calendar.weekday(2000, 1, 1), calendar.leapdays(1900, 2024), calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[:3])
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2024, 3, w=3))
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:8], calendar.timegm((2024, 1, 1, 0, 0, 0)), repr(calendar.Month(4)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
