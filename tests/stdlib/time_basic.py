# time: properties only (no wall-clock values)
import time
t0 = time.monotonic()
t1 = time.monotonic()
print(type(t0).__name__, t1 >= t0, type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
p0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - p0 >= 0.009)
g = time.gmtime(0)
print(g, tuple(g), g.tm_year, g.tm_wday, g.tm_yday, type(g).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %y %p %%", g))
print(time.strftime("%d/%m/%Y", time.gmtime(86400 * 365)), time.strftime("%H:%M", time.gmtime(3600 * 13 + 60 * 7)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, time.strftime("%Y-%m-%dT%H:%M:%S", st), st.tm_mon, st[0])
print(time.asctime(time.gmtime(0)), time.strptime("2023-07-04", "%Y-%m-%d")[:6])
import calendar
print(calendar.timegm(time.gmtime(1234567890)), calendar.isleap(2024), calendar.monthrange(2024, 2))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(time.gmtime(1700000000)[:6])
