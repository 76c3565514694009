// Small Unix-only modules: pwd and grp (the user and group databases),
// resource (process limits and usage) and fcntl (fcntl/ioctl/flock/lockf).
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bytes.h"
#include "stdmod.h"
#include "structseq.h"

// ---------------------------------------------------------------------------
// pwd and grp

// A uid/gid argument as CPython converts it: an int in [0, 2**32) or -1.
// Returns 1 on success, 0 when the int is out of range (no error set), -1 on
// a TypeError.
static int id_arg(AyVM *vm, AyValue v, const char *what, uint32_t *out) {
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s should be integer, not %T", what, v);
        return -1;
    }
    int64_t i;
    if (ayObj_as_ssize(vm, v, &i) < 0) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return -1;
        ayErr_clear(vm);
        return 0;
    }
    if (i < -1 || i > (int64_t)UINT32_MAX) return 0;
    *out = (uint32_t)i;
    return 1;
}

// (uid_t)-1 reads back as -1, as in CPython.
static AyValue id_value(AyVM *vm, uint32_t id) { return ayInt_from_i64(vm, id == UINT32_MAX ? -1 : (int64_t)id); }

// The C string of a str name argument (getpwnam/getgrnam), or NULL with the
// error set.
static const char *name_arg(AyVM *vm, AyValue v, const char *type_message) {
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s, not %T", type_message, v);
        return NULL;
    }
    AyStr *s = AY_STR(v);
    if ((int64_t)strlen(s->data) != s->size) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null byte");
        return NULL;
    }
    return s->data;
}

static AyValue os_str(AyVM *vm, const char *s) { return ayStd_os_name(vm, s ? s : "", s ? strlen(s) : 0, false); }

static AyValue passwd_entry(AyVM *vm, const struct passwd *pw) {
    AyValue v[7] = {0};
    int rooted = 0;
    const char *texts[] = {pw->pw_name, pw->pw_passwd, NULL, NULL, pw->pw_gecos, pw->pw_dir, pw->pw_shell};
    for (int i = 0; i < 7; i++) {
        v[i] = i == 2 ? id_value(vm, pw->pw_uid) : i == 3 ? id_value(vm, pw->pw_gid) : os_str(vm, texts[i]);
        if (!v[i]) break;
        ayGC_push_root(vm, v[i]);
        rooted++;
    }
    AyValue r = rooted == 7 ? ayStructSeq_make(vm, AY_STD_TYPE(vm, struct_passwd), v, 7) : AY_NULL;
    ayGC_pop_roots(vm, rooted);
    return r;
}

static AyValue group_entry(AyVM *vm, const struct group *gr) {
    AyList *members = ayList_new(vm, 0);
    if (!members) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(members));
    AyValue r = AY_NULL;
    for (char **m = gr->gr_mem; m && *m; m++) {
        AyValue name = os_str(vm, *m);
        if (!name || !ayList_append(vm, members, name)) goto done;
    }
    AyValue v[4] = {os_str(vm, gr->gr_name), AY_NULL, AY_NULL, ayV_from_obj(members)};
    if (!v[0]) goto done;
    ayGC_push_root(vm, v[0]);
    v[1] = os_str(vm, gr->gr_passwd);
    if (v[1]) {
        ayGC_push_root(vm, v[1]);
        v[2] = id_value(vm, gr->gr_gid);
        if (v[2]) r = ayStructSeq_make(vm, AY_STD_TYPE(vm, struct_group), v, 4);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
done:
    ayGC_pop_roots(vm, 1);
    return r;
}

// One reentrant user/group database lookup: by id or by name.
typedef enum { BY_UID, BY_USER, BY_GID, BY_GROUP } LookupKind;

// The entry as a struct_passwd/struct_group, AY_NONE when there is none, or
// AY_NULL with an error set.
static AyValue lookup_entry(AyVM *vm, LookupKind kind, uint32_t id, const char *name) {
    // scratch space for the entry's strings, grown on ERANGE
    for (size_t cap = 1024;; cap *= 4) {
        char *buf = malloc(cap);
        if (!buf) return ayErr_nomemory(vm);
        struct passwd pw, *user = NULL;
        struct group gr, *group = NULL;
        int err;
        switch (kind) {
        case BY_UID: err = getpwuid_r((uid_t)id, &pw, buf, cap, &user); break;
        case BY_USER: err = getpwnam_r(name, &pw, buf, cap, &user); break;
        case BY_GID: err = getgrgid_r((gid_t)id, &gr, buf, cap, &group); break;
        default: err = getgrnam_r(name, &gr, buf, cap, &group); break;
        }
        AyValue r = user ? passwd_entry(vm, user) : group ? group_entry(vm, group) : AY_NONE;
        free(buf);
        if (err != ERANGE || cap >= (1u << 24)) return r;
    }
}

static AyValue pwd_getpwuid(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getpwuid", nargs, 1, 1)) return AY_NULL;
    uint32_t uid;
    int ok = id_arg(vm, args[0], "uid", &uid);
    if (ok < 0) return AY_NULL;
    if (ok == 0) return ayErr_format(vm, AY_EXC(vm, KeyError), "getpwuid(): uid not found");
    AyValue r = lookup_entry(vm, BY_UID, uid, NULL);
    if (r != AY_NONE) return r;
    AyValue shown = id_value(vm, uid);
    return shown ? ayErr_format(vm, AY_EXC(vm, KeyError), "getpwuid(): uid not found: %S", shown) : AY_NULL;
}

static AyValue pwd_getpwnam(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getpwnam", nargs, 1, 1)) return AY_NULL;
    const char *name = name_arg(vm, args[0], "getpwnam() argument must be str");
    if (!name) return AY_NULL;
    AyValue r = lookup_entry(vm, BY_USER, 0, name);
    if (r != AY_NONE) return r;
    return ayErr_format(vm, AY_EXC(vm, KeyError), "getpwnam(): name not found: %R", args[0]);
}

static AyValue grp_getgrgid(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "getgrgid", args, nargs, kw, "id", a)) return AY_NULL;
    uint32_t gid;
    int ok = id_arg(vm, a[0], "gid", &gid);
    if (ok < 0) return AY_NULL;
    // CPython 3.12 reports any out-of-range gid this way
    if (ok == 0) return ayErr_format(vm, AY_EXC(vm, OverflowError), "gid is less than minimum");
    AyValue r = lookup_entry(vm, BY_GID, gid, NULL);
    if (r != AY_NONE) return r;
    AyValue shown = id_value(vm, gid);
    return shown ? ayErr_format(vm, AY_EXC(vm, KeyError), "getgrgid(): gid not found: %S", shown) : AY_NULL;
}

static AyValue grp_getgrnam(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "getgrnam", args, nargs, kw, "name", a)) return AY_NULL;
    const char *name = name_arg(vm, a[0], "getgrnam() argument 'name' must be str");
    if (!name) return AY_NULL;
    AyValue r = lookup_entry(vm, BY_GROUP, 0, name);
    if (r != AY_NONE) return r;
    return ayErr_format(vm, AY_EXC(vm, KeyError), "getgrnam(): name not found: %R", a[0]);
}

// getpwall/getgrall: every entry of the database, in file order.
#define ENUMERATE_ALL(vm, open_db, next_entry, close_db, make_entry)   \
    do {                                                               \
        AyList *all = ayList_new(vm, 0);                               \
        if (!all) return AY_NULL;                                      \
        ayGC_push_root(vm, ayV_from_obj(all));                         \
        bool ok = true;                                                \
        open_db();                                                     \
        for (;;) {                                                     \
            errno = 0;                                                 \
            void *e = next_entry();                                    \
            if (!e) break;                                             \
            AyValue item = make_entry(vm, e);                          \
            if (!item || !ayList_append(vm, all, item)) {              \
                ok = false;                                            \
                break;                                                 \
            }                                                          \
        }                                                              \
        close_db();                                                    \
        ayGC_pop_roots(vm, 1);                                         \
        return ok ? ayV_from_obj(all) : AY_NULL;                       \
    } while (0)

static AyValue pwd_getpwall(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getpwall", nargs, 0, 0)) return AY_NULL;
    ENUMERATE_ALL(vm, setpwent, getpwent, endpwent, passwd_entry);
}

static AyValue grp_getgrall(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getgrall", nargs, 0, 0)) return AY_NULL;
    ENUMERATE_ALL(vm, setgrent, getgrent, endgrent, group_entry);
}

static const AyMethodDef pwd_funcs[] = {
    {"getpwuid", pwd_getpwuid, 0, NULL},
    {"getpwnam", pwd_getpwnam, 0, NULL},
    {"getpwall", pwd_getpwall, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const AyMethodDef grp_funcs[] = {
    {"getgrgid", grp_getgrgid, 0, NULL},
    {"getgrnam", grp_getgrnam, 0, NULL},
    {"getgrall", grp_getgrall, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// A module with one struct-sequence type recorded in std slot `slot`.
static AyModule *module_with_structseq(AyVM *vm, const char *name, const AyMethodDef *funcs, AyStdType slot,
                                     const char *qualname, const char *const *fields) {
    AyModule *m = ayModule_new_native(vm, name, funcs);
    if (!m) return NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *t = ayStructSeq_type(vm, qualname, fields);
    vm->std_types[slot] = t;
    ayModule_add(vm, m, strchr(qualname, '.') + 1, ayV_from_obj(t));
    ayGC_pop_roots(vm, 1);
    return m;
}

AyValue ayMod_pwd(AyVM *vm) {
    static const char *const fields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid",
                                         "pw_gecos", "pw_dir", "pw_shell", NULL};
    AyModule *m = module_with_structseq(vm, "pwd", pwd_funcs, AY_STD_struct_passwd, "pwd.struct_passwd", fields);
    return m ? ayV_from_obj(m) : AY_NULL;
}

AyValue ayMod_grp(AyVM *vm) {
    static const char *const fields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem", NULL};
    AyModule *m = module_with_structseq(vm, "grp", grp_funcs, AY_STD_struct_group, "grp.struct_group", fields);
    return m ? ayV_from_obj(m) : AY_NULL;
}

// ---------------------------------------------------------------------------
// resource

static bool resource_arg(AyVM *vm, AyValue v, int *out) {
    int64_t r;
    if (!ayStd_int_arg(vm, v, &r)) return false;
    if (r < 0 || r >= RLIM_NLIMITS) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "invalid resource specified");
        return false;
    }
    *out = (int)r;
    return true;
}

// RLIM_INFINITY reads back as -1, as CPython's signed conversion gives.
static AyValue limit_value(AyVM *vm, rlim_t v) {
    return ayInt_from_i64(vm, v == RLIM_INFINITY ? -1 : (int64_t)v);
}

static AyValue limits_pair(AyVM *vm, const struct rlimit *rl) {
    AyValue soft = limit_value(vm, rl->rlim_cur);
    if (!soft) return AY_NULL;
    ayGC_push_root(vm, soft);
    AyValue hard = limit_value(vm, rl->rlim_max);
    AyValue r = hard ? ayTuple_pack2(vm, soft, hard) : AY_NULL;
    ayGC_pop_roots(vm, 1);
    return r;
}

// setrlimit/prlimit's (soft, hard) argument.
static bool limits_arg(AyVM *vm, AyValue v, struct rlimit *rl) {
    AyValue seq = ayObj_call1(vm, ayV_from_obj(vm->t_tuple), v);
    if (!seq) return false;
    AyTuple *t = (AyTuple *)ayV_obj(seq);
    if (t->len != 2) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "expected a tuple of 2 integers");
        return false;
    }
    ayGC_push_root(vm, seq);
    int64_t soft, hard;
    bool ok = ayStd_int_arg(vm, t->items[0], &soft) && ayStd_int_arg(vm, t->items[1], &hard);
    ayGC_pop_roots(vm, 1);
    rl->rlim_cur = soft < 0 ? RLIM_INFINITY : (rlim_t)soft;
    rl->rlim_max = hard < 0 ? RLIM_INFINITY : (rlim_t)hard;
    return ok;
}

static AyValue setrlimit_error(AyVM *vm) {
    if (errno == EINVAL) return ayErr_format(vm, AY_EXC(vm, ValueError), "current limit exceeds maximum limit");
    if (errno == EPERM) return ayErr_format(vm, AY_EXC(vm, ValueError), "not allowed to raise maximum limit");
    return ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue res_getrlimit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int res;
    if (!ayArg_count(vm, "getrlimit", nargs, 1, 1) || !resource_arg(vm, args[0], &res)) return AY_NULL;
    struct rlimit rl;
    if (getrlimit(res, &rl) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return limits_pair(vm, &rl);
}

static AyValue res_setrlimit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int res;
    struct rlimit rl;
    if (!ayArg_count(vm, "setrlimit", nargs, 2, 2) || !resource_arg(vm, args[0], &res) ||
        !limits_arg(vm, args[1], &rl))
        return AY_NULL;
    if (setrlimit(res, &rl) != 0) return setrlimit_error(vm);
    return AY_NONE;
}

static AyValue res_prlimit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t pid;
    int res;
    struct rlimit new_rl, old_rl;
    if (!ayArg_count(vm, "prlimit", nargs, 2, 3) || !ayStd_int_arg(vm, args[0], &pid) ||
        !resource_arg(vm, args[1], &res))
        return AY_NULL;
    bool setting = nargs == 3 && args[2] != AY_NONE;
    if (setting && !limits_arg(vm, args[2], &new_rl)) return AY_NULL;
    if (prlimit((pid_t)pid, res, setting ? &new_rl : NULL, &old_rl) != 0) return setrlimit_error(vm);
    return limits_pair(vm, &old_rl);
}

#define RUSAGE_FIELDS 16

static AyValue res_getrusage(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t who;
    if (!ayArg_count(vm, "getrusage", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &who)) return AY_NULL;
    struct rusage ru;
    if (getrusage((int)who, &ru) != 0) {
        if (errno == EINVAL) return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid who parameter");
        return ayErr_oserror(vm, errno, AY_NULL);
    }
    long counts[RUSAGE_FIELDS - 2] = {ru.ru_maxrss, ru.ru_ixrss,   ru.ru_idrss,  ru.ru_isrss,    ru.ru_minflt,
                                      ru.ru_majflt, ru.ru_nswap,   ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd,
                                      ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
    AyValue v[RUSAGE_FIELDS];
    v[0] = ayV_from_float(ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6);
    v[1] = ayV_from_float(ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6);
    for (int i = 0; i < RUSAGE_FIELDS - 2; i++) v[i + 2] = ayInt_from_i64(vm, counts[i]);  // all small ints
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, struct_rusage), v, RUSAGE_FIELDS);
}

static AyValue res_getpagesize(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getpagesize", nargs, 0, 0)) return AY_NULL;
    return ayInt_from_i64(vm, sysconf(_SC_PAGESIZE));
}

static const AyMethodDef resource_funcs[] = {
    {"getrlimit", res_getrlimit, 0, NULL},
    {"setrlimit", res_setrlimit, 0, NULL},
    {"prlimit", res_prlimit, 0, NULL},
    {"getrusage", res_getrusage, 0, NULL},
    {"getpagesize", res_getpagesize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define CONST(name) {#name, name}

static const AyIntConst resource_consts[] = {
    CONST(RLIMIT_AS), CONST(RLIMIT_CORE), CONST(RLIMIT_CPU), CONST(RLIMIT_DATA), CONST(RLIMIT_FSIZE),
    CONST(RLIMIT_MEMLOCK), CONST(RLIMIT_MSGQUEUE), CONST(RLIMIT_NICE), CONST(RLIMIT_NOFILE), CONST(RLIMIT_NPROC),
    CONST(RLIMIT_OFILE), CONST(RLIMIT_RSS), CONST(RLIMIT_RTPRIO), CONST(RLIMIT_RTTIME), CONST(RLIMIT_SIGPENDING),
    CONST(RLIMIT_STACK), {"RLIM_INFINITY", -1}, CONST(RUSAGE_CHILDREN), CONST(RUSAGE_SELF), CONST(RUSAGE_THREAD),
    {NULL, 0},
};

AyValue ayMod_resource(AyVM *vm) {
    static const char *const fields[RUSAGE_FIELDS + 1] = {
        "ru_utime",  "ru_stime",  "ru_maxrss",  "ru_ixrss",  "ru_idrss",  "ru_isrss",    "ru_minflt", "ru_majflt",
        "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",  "ru_nivcsw", NULL};
    AyModule *m = module_with_structseq(vm, "resource", resource_funcs, AY_STD_struct_rusage,
                                        "resource.struct_rusage", fields);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, resource_consts);
    ayModule_add(vm, m, "error", ayV_from_obj(AY_EXC(vm, OSError)));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}

// ---------------------------------------------------------------------------
// fcntl

// The largest buffer argument fcntl/ioctl copy (as CPython's).
#define ARG_BUF_MAX 1024

// The bytes of a str (UTF-8) or bytes-like argument; false if arg is neither.
static bool text_or_buffer(AyVM *vm, AyValue arg, const char **data, int64_t *n) {
    if (ayV_is_str(vm, arg)) {
        *data = AY_STR(arg)->data;
        *n = AY_STR(arg)->size;
        return true;
    }
    return ayBytes_view(vm, arg, data, n);
}

// fcntl/ioctl with a buffer argument: the call sees a copy, and the result
// is the copy as the call left it.
static AyValue call_with_copy(AyVM *vm, const char *fname, int fd, unsigned long request, const char *data, int64_t n,
                              bool is_ioctl) {
    char buf[ARG_BUF_MAX];
    if (n > ARG_BUF_MAX)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "%s string arg too long", fname);
    memcpy(buf, data, (size_t)n);
    int r;
    do r = is_ioctl ? ioctl(fd, request, buf) : fcntl(fd, (int)request, buf);
    while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
    if (r == -1) return ayErr_occurred(vm) ? AY_NULL : ayErr_oserror(vm, errno, AY_NULL);
    return ayBytes_from(vm, buf, (size_t)n);
}

static AyValue int_result(AyVM *vm, int r) {
    if (r == -1) return ayErr_occurred(vm) ? AY_NULL : ayErr_oserror(vm, errno, AY_NULL);
    return ayV_small(r);
}

static AyValue fcntl_fcntl(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t cmd, arg = 0;
    if (!ayArg_count(vm, "fcntl", nargs, 2, 3) || !ayStd_fileno_arg(vm, args[0], &fd) ||
        !ayStd_int_arg(vm, args[1], &cmd))
        return AY_NULL;
    const char *data;
    int64_t n;
    if (nargs == 3 && text_or_buffer(vm, args[2], &data, &n))
        return call_with_copy(vm, "fcntl", fd, (unsigned long)cmd, data, n, false);
    if (nargs == 3 && !ayStd_int_arg(vm, args[2], &arg)) return AY_NULL;
    int r;
    do r = fcntl(fd, (int)cmd, (long)arg);
    while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
    return int_result(vm, r);
}

static AyValue fcntl_ioctl(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    int fd;
    int64_t request, arg = 0;
    if (!ayArg_unpack(vm, "ioctl", args, nargs, kw, "fd request | arg mutate_flag", a) ||
        !ayStd_fileno_arg(vm, a[0], &fd) || !ayStd_int_arg(vm, a[1], &request))
        return AY_NULL;
    bool mutate = !a[3] || ayObj_truth(vm, a[3]) > 0;
    if (a[2] && mutate && ayBytes_is_bytearray(vm, a[2])) {
        // a mutable buffer is passed as is and changed in place
        AyByteArray *b = (AyByteArray *)ayV_obj(a[2]);
        int r;
        do r = ioctl(fd, (unsigned long)request, b->data);
        while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
        return int_result(vm, r);
    }
    const char *data;
    int64_t n;
    if (a[2] && text_or_buffer(vm, a[2], &data, &n))
        return call_with_copy(vm, "ioctl", fd, (unsigned long)request, data, n, true);
    if (a[2] && !ayStd_int_arg(vm, a[2], &arg)) return AY_NULL;
    int r;
    do r = ioctl(fd, (unsigned long)request, (long)arg);
    while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
    return int_result(vm, r);
}

static AyValue fcntl_flock(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t op;
    if (!ayArg_count(vm, "flock", nargs, 2, 2) || !ayStd_fileno_arg(vm, args[0], &fd) ||
        !ayStd_int_arg(vm, args[1], &op))
        return AY_NULL;
    int r;
    do r = flock(fd, (int)op);
    while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
    return r == -1 ? int_result(vm, r) : AY_NONE;
}

// lockf(fd, cmd, len=0, start=0, whence=0) takes flock()'s LOCK_* commands
// and locks a byte range with fcntl record locks.
static AyValue fcntl_lockf(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t cmd, len = 0, start = 0, whence = 0;
    if (!ayArg_count(vm, "lockf", nargs, 2, 5) || !ayStd_fileno_arg(vm, args[0], &fd) ||
        !ayStd_int_arg(vm, args[1], &cmd) || (nargs > 2 && !ayStd_int_arg(vm, args[2], &len)) ||
        (nargs > 3 && !ayStd_int_arg(vm, args[3], &start)) || (nargs > 4 && !ayStd_int_arg(vm, args[4], &whence)))
        return AY_NULL;
    struct flock lock = {0};
    int kind = (int)cmd & ~LOCK_NB;
    if (kind == LOCK_UN) lock.l_type = F_UNLCK;
    else if (kind == LOCK_SH) lock.l_type = F_RDLCK;
    else if (kind == LOCK_EX) lock.l_type = F_WRLCK;
    else return ayErr_format(vm, AY_EXC(vm, ValueError), "unrecognized lockf argument");
    lock.l_start = (off_t)start;
    lock.l_len = (off_t)len;
    lock.l_whence = (short)whence;
    int r;
    do r = fcntl(fd, (cmd & LOCK_NB) ? F_SETLK : F_SETLKW, &lock);
    while (r == -1 && errno == EINTR && ayStd_check_signals(vm));
    return r == -1 ? int_result(vm, r) : AY_NONE;
}

static const AyMethodDef fcntl_funcs[] = {
    {"fcntl", fcntl_fcntl, 0, NULL},
    {"ioctl", fcntl_ioctl, 0, NULL},
    {"flock", fcntl_flock, 0, NULL},
    {"lockf", fcntl_lockf, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const AyIntConst fcntl_consts[] = {
    CONST(DN_ACCESS), CONST(DN_ATTRIB), CONST(DN_CREATE), CONST(DN_DELETE), CONST(DN_MODIFY), CONST(DN_MULTISHOT),
    CONST(DN_RENAME), CONST(FASYNC), CONST(FD_CLOEXEC), {"FICLONE", 0x40049409}, {"FICLONERANGE", 0x4020940d},
    CONST(F_ADD_SEALS), CONST(F_DUPFD), CONST(F_DUPFD_CLOEXEC), CONST(F_EXLCK), CONST(F_GETFD), CONST(F_GETFL),
    CONST(F_GETLEASE), CONST(F_GETLK), CONST(F_GETLK64), CONST(F_GETOWN), CONST(F_GETPIPE_SZ), CONST(F_GETSIG),
    CONST(F_GET_SEALS), CONST(F_NOTIFY), CONST(F_OFD_GETLK), CONST(F_OFD_SETLK), CONST(F_OFD_SETLKW),
    CONST(F_RDLCK), CONST(F_SEAL_GROW), CONST(F_SEAL_SEAL), CONST(F_SEAL_SHRINK), CONST(F_SEAL_WRITE),
    CONST(F_SETFD), CONST(F_SETFL), CONST(F_SETLEASE), CONST(F_SETLK), CONST(F_SETLK64), CONST(F_SETLKW),
    CONST(F_SETLKW64), CONST(F_SETOWN), CONST(F_SETPIPE_SZ), CONST(F_SETSIG), CONST(F_SHLCK), CONST(F_UNLCK),
    CONST(F_WRLCK), CONST(LOCK_EX), {"LOCK_MAND", 32}, CONST(LOCK_NB), {"LOCK_READ", 64}, {"LOCK_RW", 192},
    CONST(LOCK_SH), CONST(LOCK_UN), {"LOCK_WRITE", 128},
    {NULL, 0},
};

AyValue ayMod_fcntl(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "fcntl", fcntl_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, fcntl_consts);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
