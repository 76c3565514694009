// The time module: clocks, sleep, struct_time and the calendar functions
// over the C library (gmtime, localtime, mktime, strftime); strptime is
// written in Ay (lib/_strptime.py).
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "stdmod.h"
#include "structseq.h"
#include "thread.h"

// {==== clocks

static double clock_secs(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static int64_t clock_ns(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FUNCS(name, clock) \
    static AyValue t_##name(AyVM *vm, AyValue *a, int n, AyValue k) { \
        if (!ayArg_count(vm, #name, n, 0, 0)) return AY_NULL; \
        return ayV_from_float(clock_secs(clock)); \
    } \
    static AyValue t_##name##_ns(AyVM *vm, AyValue *a, int n, AyValue k) { \
        if (!ayArg_count(vm, #name "_ns", n, 0, 0)) return AY_NULL; \
        return ayInt_from_i64(vm, clock_ns(clock)); \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCS

static bool clock_id_arg(AyVM *vm, const char *fname, AyValue *args, int nargs, clockid_t *out) {
    int64_t id;
    if (!ayArg_count(vm, fname, nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &id)) return false;
    struct timespec ts;
    if (clock_gettime((clockid_t)id, &ts) != 0) {
        ayErr_oserror(vm, errno, AY_NULL);
        return false;
    }
    *out = (clockid_t)id;
    return true;
}

static AyValue t_clock_gettime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    clockid_t c;
    return clock_id_arg(vm, "clock_gettime", args, nargs, &c) ? ayV_from_float(clock_secs(c)) : AY_NULL;
}
static AyValue t_clock_gettime_ns(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    clockid_t c;
    return clock_id_arg(vm, "clock_gettime_ns", args, nargs, &c) ? ayInt_from_i64(vm, clock_ns(c)) : AY_NULL;
}
static AyValue t_clock_getres(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    clockid_t c;
    if (!clock_id_arg(vm, "clock_getres", args, nargs, &c)) return AY_NULL;
    struct timespec ts;
    clock_getres(c, &ts);
    return ayV_from_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static AyValue t_sleep(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "sleep", nargs, 1, 1)) return AY_NULL;
    double secs;
    if (ayV_is_anyfloat(vm, args[0])) secs = ayFloat_value(args[0]);
    else if (ayV_is_anyint(vm, args[0])) {
        if (ayInt_as_double(vm, ayInt_exact(vm, args[0]), &secs) < 0) return AY_NULL;
    } else {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[0]);
    }
    if (isnan(secs)) return ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid value NaN (not a number)");
    if (secs < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    for (;;) {
        AyThreadState *me = ayThread_detach(vm);  // other threads run meanwhile
        int r = nanosleep(&ts, &ts);
        int err = errno;
        ayThread_attach(vm, me);
        if (r == 0 || err != EINTR) break;
        if (!ayStd_check_signals(vm)) return AY_NULL;
    }
    return AY_NONE;
}

// }====
// {==== struct_time

enum { TM_VISIBLE = 9, TM_FIELDS = 11 };

static const char *const tm_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                                        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", NULL};

static AyValue tm_to_struct(AyVM *vm, const struct tm *tm, const char *zone, long gmtoff) {
    AyValue v[TM_FIELDS] = {
        ayV_small(tm->tm_year + 1900LL), ayV_small(tm->tm_mon + 1), ayV_small(tm->tm_mday), ayV_small(tm->tm_hour),
        ayV_small(tm->tm_min), ayV_small(tm->tm_sec), ayV_small((tm->tm_wday + 6) % 7), ayV_small(tm->tm_yday + 1),
        ayV_small(tm->tm_isdst), AY_NONE, ayV_small(gmtoff)};
    if (zone) {
        AyStr *z = ayStr_new_c(vm, zone);
        if (!z) return AY_NULL;
        v[9] = ayV_from_obj(z);
    }
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, struct_time), v, TM_FIELDS);
}

// A timestamp argument (None or absent: now) as time_t, rounding toward -inf.
static bool timestamp_arg(AyVM *vm, AyValue v, time_t *out) {
    if (!v || v == AY_NONE) {
        *out = time(NULL);
        return true;
    }
    if (ayV_is_anyfloat(vm, v)) {
        double d = floor(ayFloat_value(v));
        if (isnan(d)) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid value NaN (not a number)");
            return false;
        }
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            ayErr_format(vm, AY_EXC(vm, OverflowError), "timestamp out of range for platform time_t");
            return false;
        }
        *out = (time_t)d;
        return true;
    }
    int64_t i;
    if (!ayStd_int_arg(vm, v, &i)) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, OverflowError), "timestamp out of range for platform time_t");
        }
        return false;
    }
    *out = (time_t)i;
    return true;
}

static AyValue t_gmtime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    time_t t;
    struct tm tm;
    if (!ayArg_count(vm, "gmtime", nargs, 0, 1) || !timestamp_arg(vm, nargs ? args[0] : AY_NULL, &t)) return AY_NULL;
    if (!gmtime_r(&t, &tm)) return ayErr_oserror(vm, errno ? errno : EOVERFLOW, AY_NULL);
    return tm_to_struct(vm, &tm, "UTC", 0);
}

static AyValue t_localtime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    time_t t;
    struct tm tm;
    if (!ayArg_count(vm, "localtime", nargs, 0, 1) || !timestamp_arg(vm, nargs ? args[0] : AY_NULL, &t))
        return AY_NULL;
    if (!localtime_r(&t, &tm)) return ayErr_oserror(vm, errno ? errno : EOVERFLOW, AY_NULL);
    return tm_to_struct(vm, &tm, tm.tm_zone, tm.tm_gmtoff);
}

// A time tuple argument as struct tm (CPython's gettmarg). `zone` keeps the
// struct_time's tm_zone text alive in the caller's buffer.
static bool tm_arg(AyVM *vm, AyValue v, struct tm *tm, char *zone, size_t zonecap) {
    if (!ayV_is_tuple(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "Tuple or struct_time argument required");
        return false;
    }
    AyTuple *t = AY_AS(AyTuple, v);
    if (t->len != TM_VISIBLE) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "function takes exactly 9 arguments (%d given)", (int)t->len);
        return false;
    }
    int64_t f[TM_VISIBLE];
    for (int i = 0; i < TM_VISIBLE; i++) {
        if (ayV_is_anyfloat(vm, t->items[i])) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!ayStd_int_arg(vm, t->items[i], &f[i])) return false;
        if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
            ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C int");
            return false;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = ((int)f[6] + 1) % 7;
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    zone[0] = 0;
    if (ayV_is_type(vm, v, AY_STD_TYPE(vm, struct_time))) {
        AyValue z = t->items[9], off = t->items[10];
        if (ayV_is_str(vm, z)) {
            snprintf(zone, zonecap, "%s", AY_CSTR(z));
            tm->tm_zone = zone;
        }
        if (ayV_is_int(off)) tm->tm_gmtoff = (long)ayV_int(off);
    }
    return true;
}

// The time tuple argument of asctime/strftime, or the local time now.
static bool tm_arg_or_now(AyVM *vm, AyValue *args, int nargs, struct tm *tm, char *zone, size_t zonecap) {
    if (nargs && args[0] != AY_NONE) return tm_arg(vm, args[0], tm, zone, zonecap);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return true;
}

static bool range_error(AyVM *vm, const char *what) {
    ayErr_format(vm, AY_EXC(vm, ValueError), "%s out of range", what);
    return false;
}

// CPython's checktm (asctime) / the checks strftime does, which first maps
// 0 to the first valid month, day and day of year.
static bool check_tm(AyVM *vm, struct tm *tm, bool normalize) {
    if (normalize) {
        if (tm->tm_mon == -1) tm->tm_mon = 0;
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        if (tm->tm_isdst < -1) tm->tm_isdst = -1;
        else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    }
    if (tm->tm_mon < 0 || tm->tm_mon > 11) return range_error(vm, "month");
    if (tm->tm_mday < (normalize ? 0 : 1) || tm->tm_mday > 31) return range_error(vm, "day of month");
    if (tm->tm_hour < 0 || tm->tm_hour > 23) return range_error(vm, "hour");
    if (tm->tm_min < 0 || tm->tm_min > 59) return range_error(vm, "minute");
    if (tm->tm_sec < 0 || tm->tm_sec > 61) return range_error(vm, "seconds");
    if (tm->tm_wday < 0) return range_error(vm, "day of week");
    if (tm->tm_yday < 0 || tm->tm_yday > 365) return range_error(vm, "day of year");
    return true;
}

static AyValue format_asctime(AyVM *vm, const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return ayStr_from_fmt(vm, "%s %s%s%d %s%d:%s%d:%s%d %d", wday[tm->tm_wday % 7], mon[tm->tm_mon],
                          tm->tm_mday < 10 ? "  " : " ", tm->tm_mday, tm->tm_hour < 10 ? "0" : "", tm->tm_hour,
                          tm->tm_min < 10 ? "0" : "", tm->tm_min, tm->tm_sec < 10 ? "0" : "", tm->tm_sec,
                          tm->tm_year + 1900);
}

static AyValue t_asctime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    struct tm tm;
    char zone[64];
    if (!ayArg_count(vm, "asctime", nargs, 0, 1) || !tm_arg_or_now(vm, args, nargs, &tm, zone, sizeof zone) ||
        !check_tm(vm, &tm, false))
        return AY_NULL;
    return format_asctime(vm, &tm);
}

static AyValue t_ctime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    time_t t;
    struct tm tm;
    if (!ayArg_count(vm, "ctime", nargs, 0, 1) || !timestamp_arg(vm, nargs ? args[0] : AY_NULL, &t)) return AY_NULL;
    if (!localtime_r(&t, &tm)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "unconvertible time");
    return format_asctime(vm, &tm);
}

static AyValue t_mktime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    struct tm tm;
    char zone[64];
    if (!ayArg_count(vm, "mktime", nargs, 1, 1) || !tm_arg(vm, args[0], &tm, zone, sizeof zone)) return AY_NULL;
    tm.tm_wday = -1;  // sentinel: mktime leaves it alone on failure
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "mktime argument out of range");
    return ayV_from_float((double)t);
}

static AyValue t_strftime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "strftime", nargs, 1, 2)) return AY_NULL;
    if (!ayV_is_str(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    char zone[64];
    if (!tm_arg_or_now(vm, args + 1, nargs - 1, &tm, zone, sizeof zone) || !check_tm(vm, &tm, true)) return AY_NULL;
    AyStr *fmt = AY_STR(args[0]);
    if ((int64_t)strlen(fmt->data) != fmt->size)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null character");
    if (fmt->size == 0) return ayV_from_obj(vm->empty_str);
    // strftime gives 0 both for "too small" and for an empty result: grow a while
    for (size_t cap = 256 + (size_t)fmt->size * 4;; cap *= 4) {
        char *buf = ayMem_alloc(vm, cap);
        if (!buf) return AY_NULL;
        size_t n = strftime(buf, cap, fmt->data, &tm);
        if (n || cap > 256 * (size_t)fmt->size + 4096) {
            AyStr *r = ayStr_new(vm, buf, n);
            ayMem_free(vm, buf, cap);
            return r ? ayV_from_obj(r) : AY_NULL;
        }
        ayMem_free(vm, buf, cap);
    }
}

static AyValue t_strptime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "strptime", nargs, 1, 2)) return AY_NULL;
    AyValue mod = ayImport_module(vm, "_strptime");
    if (!mod) return AY_NULL;
    AyValue fn = ayObj_getattr(vm, mod, ayStr_intern_c(vm, "_strptime_time"));
    if (!fn) return AY_NULL;
    return ayObj_call(vm, fn, args, nargs, AY_NULL);
}

// }====
// {==== time zone

// timezone, altzone, daylight and tzname from the local offsets in January
// and July of this year (as CPython does on glibc).
static void set_timezone_attrs(AyVM *vm, AyModule *m) {
    tzset();
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone;  // DST is reversed in the southern hemisphere
    AyValue names[2] = {ayV_from_obj(ayStr_new_c(vm, south ? julname : janname)),
                        ayV_from_obj(ayStr_new_c(vm, south ? janname : julname))};
    ayModule_add(vm, m, "timezone", ayV_small(south ? julzone : janzone));
    ayModule_add(vm, m, "altzone", ayV_small(south ? janzone : julzone));
    ayModule_add(vm, m, "daylight", ayV_small(janzone != julzone));
    ayModule_add(vm, m, "tzname", ayTuple_from_items(vm, names, 2));
}

static AyValue t_tzset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue m = ayImport_module(vm, "time");
    if (!m) return AY_NULL;
    set_timezone_attrs(vm, AY_AS(AyModule, m));
    return AY_NONE;
}

// }====

static const AyMethodDef time_funcs[] = {
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"clock_gettime", t_clock_gettime, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, NULL},
    {"clock_getres", t_clock_getres, 0, NULL},
    {"sleep", t_sleep, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"localtime", t_localtime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {"strftime", t_strftime, 0, NULL},
    {"strptime", t_strptime, 0, NULL},
    {"tzset", t_tzset, 0, NULL},
    {NULL},
};

static const AyIntConst time_consts[] = {
    {"CLOCK_REALTIME", CLOCK_REALTIME},
    {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
    {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_TAI", CLOCK_TAI},
    {NULL, 0},
};

AyValue ayMod_time(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "time", time_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *st = ayStructSeq_type_ex(vm, "time.struct_time", tm_fields, TM_VISIBLE);
    vm->std_types[AY_STD_struct_time] = st;
    ayModule_add(vm, m, "struct_time", ayV_from_obj(st));
    ayStd_add_ints(vm, m, time_consts);
    set_timezone_attrs(vm, m);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
