// The posix module: the operating system calls under `os` (lib/os.py adds
// the Python-level layer: environ mapping, walk, makedirs, fsencode...).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stdmod.h"
#include "structseq.h"

extern char **environ;

// {==== arguments

// A path argument: the text to pass to the OS, whether it came as bytes
// (results then come back as bytes), or an fd when integers are allowed.
typedef struct PathArg {
    const char *path;  // NULL when fd >= 0
    AyValue obj;       // the str/bytes the path text lives in
    bool is_bytes;
    int fd;
} PathArg;

// Converts `v` for function `fname` ("stat"); allow_fd accepts an int.
static bool path_arg(AyVM *vm, const char *fname, AyValue v, bool allow_fd, PathArg *out) {
    out->fd = -1;
    out->is_bytes = false;
    out->path = NULL;
    if (allow_fd && ayV_is_anyint(vm, v)) {
        int64_t fd;
        if (!ayStd_int_arg(vm, v, &fd)) return false;
        out->fd = (int)fd;
        return true;
    }
    AyValue p = v;
    if (!ayV_is_str(vm, v) && !ayV_has_flag(vm, v, AY_TF_BYTES_SUB)) {
        if (!ayType_lookup(vm, ayV_type(vm, v), ayStr_intern_c(vm, "__fspath__"))) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s: path should be string, bytes, os.PathLike%s, not %T", fname,
                         allow_fd ? " or integer" : "", v);
            return false;
        }
        p = ayStd_fspath(vm, v);
        if (!p) return false;
    }
    const char *s;
    int64_t n;
    if (ayV_is_str(vm, p)) {
        s = AY_CSTR(p);
        n = AY_STR(p)->size;
    } else {
        ayBytes_view(vm, p, &s, &n);
        out->is_bytes = true;
    }
    if ((int64_t)strlen(s) != n) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "%s: embedded null character in path", fname);
        return false;
    }
    out->path = s;
    out->obj = p;
    return true;
}

static AyValue errno_error(AyVM *vm, PathArg *p) { return ayErr_oserror(vm, errno, p && p->path ? p->obj : AY_NULL); }

// OSError naming two files ("... : 'a' -> 'b'").
static AyValue errno_error2(AyVM *vm, PathArg *a, PathArg *b) {
    ayErr_oserror(vm, errno, a->obj);
    if (ayErr_occurred(vm)) ayObj_generic_setattr(vm, vm->exc, ayStr_intern_c(vm, "filename2"), b->obj);
    return AY_NULL;
}

static AyValue none_or_error(AyVM *vm, int rc, PathArg *p) { return rc == 0 ? AY_NONE : errno_error(vm, p); }

// }====
// {==== files and directories

static AyValue p_getcwd(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getcwd", nargs, 0, 0)) return AY_NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return ayErr_oserror(vm, errno, AY_NULL);
    return ayStd_os_name(vm, buf, strlen(buf), false);
}

static AyValue p_getcwdb(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getcwdb", nargs, 0, 0)) return AY_NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return ayErr_oserror(vm, errno, AY_NULL);
    return ayBytes_from(vm, buf, strlen(buf));
}

static AyValue p_chdir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    PathArg p;
    if (!ayArg_unpack(vm, "chdir", args, nargs, kw, "path", a) || !path_arg(vm, "chdir", a[0], true, &p))
        return AY_NULL;
    return none_or_error(vm, p.path ? chdir(p.path) : fchdir(p.fd), &p);
}

static AyValue p_listdir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    PathArg p = {".", AY_NULL, false, -1};
    if (!ayArg_unpack(vm, "listdir", args, nargs, kw, "| path", a)) return AY_NULL;
    if (a[0] && a[0] != AY_NONE && !path_arg(vm, "listdir", a[0], true, &p)) return AY_NULL;
    DIR *d = p.path ? opendir(p.path) : fdopendir(dup(p.fd));
    if (!d) return errno_error(vm, &p);
    AyList *out = ayList_new(vm, 0);
    for (struct dirent *e; out && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        AyValue name = ayStd_os_name(vm, e->d_name, strlen(e->d_name), p.is_bytes);
        if (!name || !ayList_append(vm, out, name)) out = NULL;
    }
    closedir(d);
    return out ? ayV_from_obj(out) : AY_NULL;
}

static AyValue p_mkdir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    PathArg p;
    int64_t mode = 0777;
    if (!ayArg_unpack(vm, "mkdir", args, nargs, kw, "path | mode $ dir_fd", a) || !path_arg(vm, "mkdir", a[0], false, &p))
        return AY_NULL;
    if (a[1] && !ayStd_int_arg(vm, a[1], &mode)) return AY_NULL;
    return none_or_error(vm, mkdir(p.path, (mode_t)mode), &p);
}

// Functions of one path argument returning None: rmdir, remove/unlink.
#define PATH_CALL(cname, pyname, call) \
    static AyValue cname(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        AyValue a[2]; \
        PathArg p; \
        if (!ayArg_unpack(vm, pyname, args, nargs, kw, "path $ dir_fd", a) || !path_arg(vm, pyname, a[0], false, &p)) \
            return AY_NULL; \
        return none_or_error(vm, call(p.path), &p); \
    }
PATH_CALL(p_rmdir, "rmdir", rmdir)
PATH_CALL(p_remove, "remove", unlink)
PATH_CALL(p_unlink, "unlink", unlink)
#undef PATH_CALL

// Functions of two paths: rename, replace, link, symlink.
static AyValue two_paths(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw,
                         int (*call)(const char *, const char *)) {
    AyValue a[4];
    PathArg src, dst;
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "src dst $ src_dir_fd dst_dir_fd", a) ||
        !path_arg(vm, fname, a[0], false, &src))
        return AY_NULL;
    // both path texts may be fresh __fspath__ results: keep them alive
    ayGC_push_root(vm, src.obj);
    if (!path_arg(vm, fname, a[1], false, &dst)) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    ayGC_push_root(vm, dst.obj);
    AyValue r = call(src.path, dst.path) == 0 ? AY_NONE : errno_error2(vm, &src, &dst);
    ayGC_pop_roots(vm, 2);
    return r;
}
static AyValue p_rename(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return two_paths(vm, "rename", args, nargs, kw, rename); }
static AyValue p_replace(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return two_paths(vm, "replace", args, nargs, kw, rename); }
static AyValue p_link(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return two_paths(vm, "link", args, nargs, kw, link); }
static AyValue p_symlink(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    PathArg src, dst;
    if (!ayArg_unpack(vm, "symlink", args, nargs, kw, "src dst | target_is_directory $ dir_fd", a) ||
        !path_arg(vm, "symlink", a[0], false, &src) || !path_arg(vm, "symlink", a[1], false, &dst))
        return AY_NULL;
    return symlink(src.path, dst.path) == 0 ? AY_NONE : errno_error2(vm, &src, &dst);
}

static AyValue p_readlink(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    PathArg p;
    if (!ayArg_unpack(vm, "readlink", args, nargs, kw, "path $ dir_fd", a) || !path_arg(vm, "readlink", a[0], false, &p))
        return AY_NULL;
    char buf[4096];
    ssize_t n = readlink(p.path, buf, sizeof buf);
    if (n < 0) return errno_error(vm, &p);
    return ayStd_os_name(vm, buf, (size_t)n, p.is_bytes);
}

static AyValue p_access(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[5];
    PathArg p;
    int64_t mode;
    if (!ayArg_unpack(vm, "access", args, nargs, kw, "path mode $ dir_fd effective_ids follow_symlinks", a) ||
        !path_arg(vm, "access", a[0], false, &p) || !ayStd_int_arg(vm, a[1], &mode))
        return AY_NULL;
    return ayV_bool(access(p.path, (int)mode) == 0);
}

static AyValue p_chmod(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    PathArg p;
    int64_t mode;
    if (!ayArg_unpack(vm, "chmod", args, nargs, kw, "path mode $ dir_fd follow_symlinks", a) ||
        !path_arg(vm, "chmod", a[0], true, &p) || !ayStd_int_arg(vm, a[1], &mode))
        return AY_NULL;
    return none_or_error(vm, p.path ? chmod(p.path, (mode_t)mode) : fchmod(p.fd, (mode_t)mode), &p);
}

static AyValue p_truncate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    PathArg p;
    int64_t len;
    if (!ayArg_unpack(vm, "truncate", args, nargs, kw, "path length", a) || !path_arg(vm, "truncate", a[0], true, &p) ||
        !ayStd_int_arg(vm, a[1], &len))
        return AY_NULL;
    return none_or_error(vm, p.path ? truncate(p.path, len) : ftruncate(p.fd, len), &p);
}

// utime(path, times=None, *, ns=None): times is (atime, mtime) in seconds.
static AyValue p_utime(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[5];
    PathArg p;
    if (!ayArg_unpack(vm, "utime", args, nargs, kw, "path | times $ ns dir_fd follow_symlinks", a) ||
        !path_arg(vm, "utime", a[0], true, &p))
        return AY_NULL;
    struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    AyValue pair = a[1] && a[1] != AY_NONE ? a[1] : a[2] && a[2] != AY_NONE ? a[2] : AY_NULL;
    if (pair) {
        if (!ayV_is_tuple(vm, pair) || AY_AS(AyTuple, pair)->len != 2)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "utime: '%s' must be a tuple of two %s",
                                pair == a[1] ? "times" : "ns", pair == a[1] ? "ints" : "ints");
        for (int i = 0; i < 2; i++) {
            AyValue v = AY_AS(AyTuple, pair)->items[i];
            if (pair == a[2]) {
                int64_t ns;
                if (!ayStd_int_arg(vm, v, &ns)) return AY_NULL;
                ts[i].tv_sec = ns / 1000000000;
                ts[i].tv_nsec = ns % 1000000000;
            } else {
                double d;
                if (ayFloat_as_double(vm, v, &d) < 0) return AY_NULL;
                double whole = d >= 0 ? (double)(int64_t)d : -(double)(int64_t)-d;
                if (whole > d) whole -= 1;
                ts[i].tv_sec = (time_t)whole;
                ts[i].tv_nsec = (long)((d - whole) * 1e9);
            }
        }
    }
    int rc = p.path ? utimensat(AT_FDCWD, p.path, ts, 0) : futimens(p.fd, ts);
    return none_or_error(vm, rc, &p);
}

// }====
// {==== stat

enum { STAT_VISIBLE = 10, STAT_FIELDS = 19 };

// The visible st_atime/st_mtime/st_ctime are ints; the attributes of those
// names are the float fields that follow (they are defined later, so win).
static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
    "st_rdev", NULL};

static AyValue stat_result(AyVM *vm, const struct stat *st) {
    const struct timespec *t[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    AyValue v[STAT_FIELDS] = {
        ayInt_from_i64(vm, st->st_mode), ayInt_from_u64(vm, st->st_ino), ayInt_from_u64(vm, st->st_dev),
        ayInt_from_i64(vm, (int64_t)st->st_nlink), ayInt_from_i64(vm, st->st_uid), ayInt_from_i64(vm, st->st_gid),
        ayInt_from_i64(vm, st->st_size)};
    for (int i = 0; i < 3; i++) {
        v[7 + i] = ayInt_from_i64(vm, t[i]->tv_sec);
        v[10 + i] = ayV_from_float((double)t[i]->tv_sec + (double)t[i]->tv_nsec * 1e-9);
        // nanoseconds may exceed int64 only after the year 2262
        v[13 + i] = ayInt_from_i64(vm, (int64_t)t[i]->tv_sec * 1000000000 + t[i]->tv_nsec);
    }
    v[16] = ayInt_from_i64(vm, st->st_blksize);
    v[17] = ayInt_from_i64(vm, st->st_blocks);
    v[18] = ayInt_from_u64(vm, st->st_rdev);
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, stat_result), v, STAT_FIELDS);
}

static AyValue do_stat(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw, bool follow) {
    AyValue a[3];
    PathArg p;
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "path $ dir_fd follow_symlinks", a) ||
        !path_arg(vm, fname, a[0], true, &p))
        return AY_NULL;
    if (a[2] && !ayObj_truth(vm, a[2])) follow = false;
    struct stat st;
    int rc = p.path ? (follow ? stat(p.path, &st) : lstat(p.path, &st)) : fstat(p.fd, &st);
    return rc == 0 ? stat_result(vm, &st) : errno_error(vm, &p);
}
static AyValue p_stat(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return do_stat(vm, "stat", args, nargs, kw, true); }
static AyValue p_lstat(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return do_stat(vm, "lstat", args, nargs, kw, false); }

static AyValue p_fstat(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t fd;
    if (!ayArg_count(vm, "fstat", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &fd)) return AY_NULL;
    struct stat st;
    return fstat((int)fd, &st) == 0 ? stat_result(vm, &st) : ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue p_statvfs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    PathArg p;
    if (!ayArg_unpack(vm, "statvfs", args, nargs, kw, "path", a) || !path_arg(vm, "statvfs", a[0], true, &p))
        return AY_NULL;
    struct statvfs st;
    if ((p.path ? statvfs(p.path, &st) : fstatvfs(p.fd, &st)) != 0) return errno_error(vm, &p);
    uint64_t f[11] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail, st.f_files,
                      st.f_ffree, st.f_favail, st.f_flag, st.f_namemax, st.f_fsid};
    AyValue v[11];
    for (int i = 0; i < 11; i++) v[i] = ayInt_from_u64(vm, f[i]);
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, statvfs_result), v, 11);
}

// }====
// {==== scandir

typedef struct DirEntry {
    AyObj hdr;
    AyValue name, path;    // str or bytes
    uint64_t ino;
    unsigned char d_type;  // DT_* from readdir
    AyValue stat, lstat;   // cached stat_result or AY_NULL
} DirEntry;

typedef struct ScandirIter {
    AyObj hdr;
    DIR *dir;
    AyValue prefix;        // the directory path as given (str/bytes), for entry paths
    bool is_bytes;
} ScandirIter;

static void direntry_trace(AyVM *vm, AyObj *o) {
    DirEntry *e = (DirEntry *)o;
    ayGC_mark(vm, e->name);
    ayGC_mark(vm, e->path);
    ayGC_mark(vm, e->stat);
    ayGC_mark(vm, e->lstat);
}

static void scandir_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((ScandirIter *)o)->prefix); }
static void scandir_finalize(AyVM *vm, AyObj *o) {
    ScandirIter *it = (ScandirIter *)o;
    if (it->dir) closedir(it->dir);
    it->dir = NULL;
}

static AyValue p_scandir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    PathArg p = {".", AY_NULL, false, -1};
    if (!ayArg_unpack(vm, "scandir", args, nargs, kw, "| path", a)) return AY_NULL;
    if (a[0] && a[0] != AY_NONE && !path_arg(vm, "scandir", a[0], false, &p)) return AY_NULL;
    DIR *d = opendir(p.path);
    if (!d) return errno_error(vm, &p);
    ScandirIter *it = AY_NEW(vm, ScandirIter, AY_STD_TYPE(vm, ScandirIterator));
    if (!it) {
        closedir(d);
        return AY_NULL;
    }
    it->dir = d;
    it->prefix = p.obj;
    it->is_bytes = p.is_bytes;
    return ayV_from_obj(it);
}

static AyValue scandir_next(AyVM *vm, AyValue self) {
    ScandirIter *it = AY_AS(ScandirIter, self);
    for (struct dirent *e; it->dir && (e = readdir(it->dir));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        DirEntry *de = AY_NEW(vm, DirEntry, AY_STD_TYPE(vm, DirEntry));
        if (!de) return AY_NULL;
        ayGC_push_root(vm, ayV_from_obj(de));
        de->ino = e->d_ino;
        de->d_type = e->d_type;
        de->name = ayStd_os_name(vm, e->d_name, strlen(e->d_name), it->is_bytes);
        // path = join(scandir_path, name); no prefix when scanning "."
        if (de->name) {
            AyBuf b;
            ayBuf_init(&b, vm);
            const char *pre = ".";
            int64_t plen = 1;
            if (it->prefix) {
                if (it->is_bytes) ayBytes_view(vm, it->prefix, &pre, &plen);
                else pre = AY_CSTR(it->prefix), plen = AY_STR(it->prefix)->size;
            }
            ayBuf_add(&b, pre, (size_t)plen);
            if (plen && pre[plen - 1] != '/') ayBuf_addc(&b, '/');
            ayBuf_adds(&b, e->d_name);
            de->path = ayStd_os_name(vm, b.data, b.len, it->is_bytes);
            ayBuf_free(&b);
        }
        ayGC_pop_roots(vm, 1);
        return de->name && de->path ? ayV_from_obj(de) : AY_NULL;
    }
    if (it->dir) {
        closedir(it->dir);
        it->dir = NULL;
    }
    return AY_NULL;
}

static AyValue scandir_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    scandir_finalize(vm, ayV_obj(args[0]));
    return AY_NONE;
}
static AyValue scandir_enter(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }
static AyValue scandir_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return scandir_close(vm, args, 1, AY_NULL); }

static const AyMethodDef scandir_methods[] = {
    {"close", scandir_close, 0, NULL},
    {"__enter__", scandir_enter, 0, NULL},
    {"__exit__", scandir_exit, 0, NULL},
    {NULL},
};

static const char *entry_path(AyVM *vm, DirEntry *e) {
    const char *s;
    int64_t n;
    if (ayV_is_str(vm, e->path)) return AY_CSTR(e->path);
    ayBytes_view(vm, e->path, &s, &n);
    return s;
}

// The entry's stat (follow) or lstat, cached; NULL with OSError on failure.
static AyValue entry_stat(AyVM *vm, DirEntry *e, bool follow) {
    if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) follow = false;  // same as lstat
    AyValue *slot = follow ? &e->stat : &e->lstat;
    if (*slot) return *slot;
    struct stat st;
    if ((follow ? stat(entry_path(vm, e), &st) : lstat(entry_path(vm, e), &st)) != 0)
        return ayErr_oserror(vm, errno, e->path);
    *slot = stat_result(vm, &st);
    return *slot;
}

static bool follow_arg(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw, bool *follow) {
    AyValue a[2];
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "self $ follow_symlinks", a)) return false;
    *follow = !a[1] || ayObj_truth(vm, a[1]) > 0;
    return true;
}

// is_dir / is_file: from d_type when it says, else from (l)stat; a missing
// file is just False.
static AyValue entry_test(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *fname, unsigned char dt,
                          mode_t fmt) {
    bool follow;
    if (!follow_arg(vm, fname, args, nargs, kw, &follow)) return AY_NULL;
    DirEntry *e = AY_AS(DirEntry, args[0]);
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) return ayV_bool(e->d_type == dt);
    AyValue st = entry_stat(vm, e, follow);
    if (!st) {
        if (!ayErr_matches(vm, AY_EXC(vm, FileNotFoundError))) return AY_NULL;
        ayErr_clear(vm);
        return AY_FALSE;
    }
    int64_t mode = ayV_int(AY_AS(AyTuple, st)->items[0]);
    return ayV_bool(((mode_t)mode & S_IFMT) == fmt);
}

static AyValue entry_is_dir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return entry_test(vm, args, nargs, kw, "is_dir", DT_DIR, S_IFDIR);
}
static AyValue entry_is_file(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return entry_test(vm, args, nargs, kw, "is_file", DT_REG, S_IFREG);
}
static AyValue entry_is_symlink(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "is_symlink", nargs - 1, 0, 0)) return AY_NULL;
    DirEntry *e = AY_AS(DirEntry, args[0]);
    if (e->d_type != DT_UNKNOWN) return ayV_bool(e->d_type == DT_LNK);
    AyValue st = entry_stat(vm, e, false);
    if (!st) return AY_NULL;
    return ayV_bool(((mode_t)ayV_int(AY_AS(AyTuple, st)->items[0]) & S_IFMT) == S_IFLNK);
}
static AyValue entry_is_junction(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_FALSE; }
static AyValue entry_stat_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    bool follow;
    if (!follow_arg(vm, "stat", args, nargs, kw, &follow)) return AY_NULL;
    return entry_stat(vm, AY_AS(DirEntry, args[0]), follow);
}
static AyValue entry_inode(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayInt_from_u64(vm, AY_AS(DirEntry, args[0])->ino);
}
static AyValue entry_fspath(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_AS(DirEntry, args[0])->path; }

static AyValue entry_name_get(AyVM *vm, AyValue self) { return AY_AS(DirEntry, self)->name; }
static AyValue entry_path_get(AyVM *vm, AyValue self) { return AY_AS(DirEntry, self)->path; }
static AyValue entry_repr(AyVM *vm, AyValue self) { return ayStr_from_fmt(vm, "<DirEntry %R>", AY_AS(DirEntry, self)->name); }

static const AyMethodDef direntry_methods[] = {
    {"is_dir", entry_is_dir, 0, NULL},
    {"is_file", entry_is_file, 0, NULL},
    {"is_symlink", entry_is_symlink, 0, NULL},
    {"is_junction", entry_is_junction, 0, NULL},
    {"stat", entry_stat_m, 0, NULL},
    {"inode", entry_inode, 0, NULL},
    {"__fspath__", entry_fspath, 0, NULL},
    {NULL},
};
static const AyGetSetDef direntry_getsets[] = {
    {"name", entry_name_get, NULL},
    {"path", entry_path_get, NULL},
    {NULL},
};

// }====
// {==== file descriptors

static bool fd_arg(AyVM *vm, AyValue v, int *fd) {
    int64_t i;
    if (!ayStd_int_arg(vm, v, &i)) return false;
    *fd = (int)i;
    return true;
}

static AyValue p_open(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    PathArg p;
    int64_t flags, mode = 0777;
    if (!ayArg_unpack(vm, "open", args, nargs, kw, "path flags | mode $ dir_fd", a) ||
        !path_arg(vm, "open", a[0], false, &p) || !ayStd_int_arg(vm, a[1], &flags) ||
        (a[2] && !ayStd_int_arg(vm, a[2], &mode)))
        return AY_NULL;
    int fd = open(p.path, (int)flags | O_CLOEXEC, (mode_t)mode);
    return fd >= 0 ? ayV_small(fd) : errno_error(vm, &p);
}

static AyValue p_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    if (!ayArg_count(vm, "close", nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return AY_NULL;
    return close(fd) == 0 ? AY_NONE : ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue p_closerange(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int lo, hi;
    if (!ayArg_count(vm, "closerange", nargs, 2, 2) || !fd_arg(vm, args[0], &lo) || !fd_arg(vm, args[1], &hi))
        return AY_NULL;
    for (int fd = lo; fd < hi; fd++) close(fd);
    return AY_NONE;
}

static AyValue p_read(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t n;
    if (!ayArg_count(vm, "read", nargs, 2, 2) || !fd_arg(vm, args[0], &fd) || !ayStd_int_arg(vm, args[1], &n))
        return AY_NULL;
    if (n < 0) return ayErr_oserror(vm, EINVAL, AY_NULL);
    char *buf = ayMem_alloc(vm, (size_t)n + 1);
    if (!buf) return AY_NULL;
    ssize_t got;
    while ((got = read(fd, buf, (size_t)n)) < 0 && errno == EINTR)
        if (!ayStd_check_signals(vm)) break;
    AyValue r = got < 0 ? (ayErr_occurred(vm) ? AY_NULL : ayErr_oserror(vm, errno, AY_NULL))
                        : ayBytes_from(vm, buf, (size_t)got);
    ayMem_free(vm, buf, (size_t)n + 1);
    return r;
}

static AyValue p_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    const char *data;
    int64_t n;
    if (!ayArg_count(vm, "write", nargs, 2, 2) || !fd_arg(vm, args[0], &fd) || !ayStd_buffer_arg(vm, args[1], &data, &n))
        return AY_NULL;
    ssize_t put;
    while ((put = write(fd, data, (size_t)n)) < 0 && errno == EINTR)
        if (!ayStd_check_signals(vm)) return AY_NULL;
    return put < 0 ? ayErr_oserror(vm, errno, AY_NULL) : ayV_small(put);
}

static AyValue p_lseek(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t pos, how;
    if (!ayArg_count(vm, "lseek", nargs, 3, 3) || !fd_arg(vm, args[0], &fd) || !ayStd_int_arg(vm, args[1], &pos) ||
        !ayStd_int_arg(vm, args[2], &how))
        return AY_NULL;
    off_t r = lseek(fd, pos, (int)how);
    return r < 0 ? ayErr_oserror(vm, errno, AY_NULL) : ayInt_from_i64(vm, r);
}

// fd -> fd functions and fd -> None functions.
#define FD_CALL(cname, pyname, expr, result) \
    static AyValue cname(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        int fd; \
        if (!ayArg_count(vm, pyname, nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return AY_NULL; \
        int r = (expr); \
        return r < 0 ? ayErr_oserror(vm, errno, AY_NULL) : (result); \
    }
FD_CALL(p_dup, "dup", fcntl(fd, F_DUPFD_CLOEXEC, 0), ayV_small(r))
FD_CALL(p_fsync, "fsync", fsync(fd), AY_NONE)
FD_CALL(p_get_inheritable, "get_inheritable", fcntl(fd, F_GETFD), ayV_bool(!(r & FD_CLOEXEC)))
FD_CALL(p_get_blocking, "get_blocking", fcntl(fd, F_GETFL), ayV_bool(!(r & O_NONBLOCK)))
#undef FD_CALL

static AyValue p_isatty(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    if (!ayArg_count(vm, "isatty", nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return AY_NULL;
    return ayV_bool(isatty(fd));
}

static AyValue p_dup2(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    int fd, fd2;
    if (!ayArg_unpack(vm, "dup2", args, nargs, kw, "fd fd2 | inheritable", a) || !fd_arg(vm, a[0], &fd) ||
        !fd_arg(vm, a[1], &fd2))
        return AY_NULL;
    int r = (a[2] && !ayObj_truth(vm, a[2])) ? dup3(fd, fd2, O_CLOEXEC) : dup2(fd, fd2);
    return r < 0 ? ayErr_oserror(vm, errno, AY_NULL) : ayV_small(r);
}

static AyValue p_set_inheritable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    if (!ayArg_count(vm, "set_inheritable", nargs, 2, 2) || !fd_arg(vm, args[0], &fd)) return AY_NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return ayErr_oserror(vm, errno, AY_NULL);
    flags = ayObj_truth(vm, args[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    return fcntl(fd, F_SETFD, flags) < 0 ? ayErr_oserror(vm, errno, AY_NULL) : AY_NONE;
}

static AyValue p_set_blocking(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    if (!ayArg_count(vm, "set_blocking", nargs, 2, 2) || !fd_arg(vm, args[0], &fd)) return AY_NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return ayErr_oserror(vm, errno, AY_NULL);
    flags = ayObj_truth(vm, args[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    return fcntl(fd, F_SETFL, flags) < 0 ? ayErr_oserror(vm, errno, AY_NULL) : AY_NONE;
}

static AyValue p_pipe(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "pipe", nargs, 0, 0)) return AY_NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return ayTuple_pack2(vm, ayV_small(fds[0]), ayV_small(fds[1]));
}

static AyValue p_ftruncate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t len;
    if (!ayArg_count(vm, "ftruncate", nargs, 2, 2) || !fd_arg(vm, args[0], &fd) || !ayStd_int_arg(vm, args[1], &len))
        return AY_NULL;
    return ftruncate(fd, len) == 0 ? AY_NONE : ayErr_oserror(vm, errno, AY_NULL);
}

// }====
// {==== processes and the system

#define INT_RESULT(cname, expr) \
    static AyValue cname(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_i64(vm, (int64_t)(expr)); }
INT_RESULT(p_getpid, getpid())
INT_RESULT(p_getppid, getppid())
INT_RESULT(p_getuid, getuid())
INT_RESULT(p_geteuid, geteuid())
INT_RESULT(p_getgid, getgid())
INT_RESULT(p_getegid, getegid())
INT_RESULT(p_getpgrp, getpgrp())
#undef INT_RESULT

static AyValue p_cpu_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? ayV_small(n) : AY_NONE;
}

static AyValue p_urandom(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t n;
    if (!ayArg_count(vm, "urandom", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &n)) return AY_NULL;
    if (n < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "negative argument not allowed");
    char *data;
    AyValue b = ayBytes_new_uninit(vm, n, &data);
    if (!b) return AY_NULL;
    for (int64_t done = 0; done < n;) {
        ssize_t got = getrandom(data + done, (size_t)(n - done), 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            return ayErr_oserror(vm, errno, AY_NULL);
        }
        done += got;
    }
    return b;
}

static AyValue p_strerror(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t code;
    if (!ayArg_count(vm, "strerror", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &code)) return AY_NULL;
    AyStr *s = ayStr_new_c(vm, strerror((int)code));
    return s ? ayV_from_obj(s) : AY_NULL;
}

static AyValue p_umask(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t mask;
    if (!ayArg_count(vm, "umask", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &mask)) return AY_NULL;
    return ayV_small(umask((mode_t)mask));
}

static AyValue p_get_terminal_size(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd = STDOUT_FILENO;
    if (!ayArg_count(vm, "get_terminal_size", nargs, 0, 1) || (nargs && !fd_arg(vm, args[0], &fd))) return AY_NULL;
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    AyValue v[2] = {ayV_small(ws.ws_col), ayV_small(ws.ws_row)};
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, terminal_size), v, 2);
}

static AyValue p_uname(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    struct utsname u;
    if (uname(&u) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    AyValue v[5];
    for (int i = 0; i < 5; i++) {
        AyStr *s = ayStr_new_c(vm, parts[i]);
        if (!s) return AY_NULL;
        v[i] = ayV_from_obj(s);
    }
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, uname_result), v, 5);
}

static AyValue p_times(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    struct tms t;
    clock_t elapsed = times(&t);
    double tick = (double)sysconf(_SC_CLK_TCK);
    AyValue v[5] = {ayV_from_float(t.tms_utime / tick), ayV_from_float(t.tms_stime / tick),
                    ayV_from_float(t.tms_cutime / tick), ayV_from_float(t.tms_cstime / tick),
                    ayV_from_float(elapsed / tick)};
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, times_result), v, 5);
}

// confstr(name): the names CPython accepts as strings ("CS_PATH"...).
static AyValue p_confstr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "confstr", nargs, 1, 1)) return AY_NULL;
    static const struct { const char *name; int value; } names[] = {
        {"CS_PATH", _CS_PATH}, {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
        {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    };
    int64_t key = -1;
    if (ayV_is_str(vm, args[0])) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(names[i].name, AY_CSTR(args[0])) == 0) key = names[i].value;
        if (key < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "unrecognized configuration name");
    } else if (!ayStd_int_arg(vm, args[0], &key)) {
        return AY_NULL;
    }
    char buf[1024];
    errno = 0;
    size_t n = confstr((int)key, buf, sizeof buf);
    if (n == 0) return errno ? ayErr_oserror(vm, errno, AY_NULL) : AY_NONE;
    AyStr *s = ayStr_new_c(vm, buf);
    return s ? ayV_from_obj(s) : AY_NULL;
}

static AyValue p_getloadavg(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    double l[3];
    if (getloadavg(l, 3) != 3) return ayErr_format(vm, AY_EXC(vm, OSError), "Load averages are unobtainable");
    AyValue v[3] = {ayV_from_float(l[0]), ayV_from_float(l[1]), ayV_from_float(l[2])};
    return ayTuple_from_items(vm, v, 3);
}

static bool str_arg(AyVM *vm, const char *fname, AyValue v, const char **out) {
    PathArg p;
    if (!path_arg(vm, fname, v, false, &p)) return false;
    *out = p.path;
    return true;
}

static AyValue p_putenv(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *k, *v;
    if (!ayArg_count(vm, "putenv", nargs, 2, 2) || !str_arg(vm, "putenv", args[0], &k) ||
        !str_arg(vm, "putenv", args[1], &v))
        return AY_NULL;
    if (!k[0] || strchr(k, '='))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "illegal environment variable name");
    return setenv(k, v, 1) == 0 ? AY_NONE : ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue p_unsetenv(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *k;
    if (!ayArg_count(vm, "unsetenv", nargs, 1, 1) || !str_arg(vm, "unsetenv", args[0], &k)) return AY_NULL;
    if (!k[0] || strchr(k, '='))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "illegal environment variable name");
    return unsetenv(k) == 0 ? AY_NONE : ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue p_system(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    const char *cmd;
    if (!ayArg_unpack(vm, "system", args, nargs, kw, "command", a) || !str_arg(vm, "system", a[0], &cmd))
        return AY_NULL;
    ayStd_flush_std(vm);
    return ayV_small(system(cmd));
}

static AyValue p_kill(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t pid, sig;
    if (!ayArg_count(vm, "kill", nargs, 2, 2) || !ayStd_int_arg(vm, args[0], &pid) || !ayStd_int_arg(vm, args[1], &sig))
        return AY_NULL;
    return kill((pid_t)pid, (int)sig) == 0 ? AY_NONE : ayErr_oserror(vm, errno, AY_NULL);
}

static AyValue p_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t code;
    if (!ayArg_count(vm, "_exit", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &code)) return AY_NULL;
    _exit((int)code);
}

static AyValue p_fork(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ayStd_flush_std(vm);
    pid_t pid = fork();
    return pid < 0 ? ayErr_oserror(vm, errno, AY_NULL) : ayV_small(pid);
}

static AyValue p_waitpid(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t pid, options;
    if (!ayArg_count(vm, "waitpid", nargs, 2, 2) || !ayStd_int_arg(vm, args[0], &pid) ||
        !ayStd_int_arg(vm, args[1], &options))
        return AY_NULL;
    int status = 0;
    pid_t r;
    while ((r = waitpid((pid_t)pid, &status, (int)options)) < 0 && errno == EINTR)
        if (!ayStd_check_signals(vm)) return AY_NULL;
    if (r < 0) return ayErr_oserror(vm, errno, AY_NULL);
    return ayTuple_pack2(vm, ayV_small(r), ayV_small(status));
}

// execv(path, argv) / execve(path, argv, env): only returns on error.
static AyValue do_exec(AyVM *vm, const char *fname, AyValue path, AyValue argv, AyValue env) {
    PathArg p;
    if (!path_arg(vm, fname, path, false, &p)) return AY_NULL;
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, argv, &items, &n);
    if (!seq) return AY_NULL;
    if (n < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "%s() arg 2 must not be empty", fname);
    char **cargv = calloc((size_t)n + 1, sizeof(char *));
    char **cenv = NULL;
    bool ok = cargv != NULL;
    for (int64_t i = 0; ok && i < n; i++) ok = str_arg(vm, fname, items[i], (const char **)&cargv[i]);
    if (ok && env) {
        AyValue keys = ayObj_to_list(vm, env);
        ok = keys != AY_NULL;
        int64_t nk = ok ? AY_AS(AyList, keys)->len : 0;
        cenv = ok ? calloc((size_t)nk + 1, sizeof(char *)) : NULL;
        for (int64_t i = 0; ok && cenv && i < nk; i++) {
            AyValue k = AY_AS(AyList, keys)->items[i], v = ayObj_getitem(vm, env, k);
            const char *ks, *vs;
            ok = v && str_arg(vm, fname, k, &ks) && str_arg(vm, fname, v, &vs);
            if (ok && asprintf(&cenv[i], "%s=%s", ks, vs) < 0) ok = false;
        }
    }
    if (ok) {
        ayStd_flush_std(vm);
        if (env) execve(p.path, cargv, cenv);
        else execv(p.path, cargv);
        errno_error(vm, &p);
    }
    free(cargv);
    for (char **e = cenv; e && *e; e++) free(*e);
    free(cenv);
    return AY_NULL;
}
static AyValue p_execv(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "execv", nargs, 2, 2)) return AY_NULL;
    return do_exec(vm, "execv", args[0], args[1], AY_NULL);
}
static AyValue p_execve(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "execve", nargs, 3, 3)) return AY_NULL;
    return do_exec(vm, "execve", args[0], args[1], args[2]);
}

// The wait-status decoders (WIFEXITED...).
#define STATUS_FN(cname, pyname, expr) \
    static AyValue cname(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        int64_t st; \
        if (!ayArg_count(vm, pyname, nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &st)) return AY_NULL; \
        int status = (int)st; \
        return (expr); \
    }
STATUS_FN(p_WIFEXITED, "WIFEXITED", ayV_bool(WIFEXITED(status)))
STATUS_FN(p_WEXITSTATUS, "WEXITSTATUS", ayV_small(WEXITSTATUS(status)))
STATUS_FN(p_WIFSIGNALED, "WIFSIGNALED", ayV_bool(WIFSIGNALED(status)))
STATUS_FN(p_WTERMSIG, "WTERMSIG", ayV_small(WTERMSIG(status)))
STATUS_FN(p_WIFSTOPPED, "WIFSTOPPED", ayV_bool(WIFSTOPPED(status)))
STATUS_FN(p_WSTOPSIG, "WSTOPSIG", ayV_small(WSTOPSIG(status)))
STATUS_FN(p_waitstatus_to_exitcode, "waitstatus_to_exitcode",
          WIFEXITED(status) ? ayV_small(WEXITSTATUS(status))
          : WIFSIGNALED(status) ? ayV_small(-WTERMSIG(status))
                                : ayErr_format(vm, AY_EXC(vm, ValueError), "invalid wait status: %d", status))
#undef STATUS_FN

static AyValue p_fspath(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "fspath", args, nargs, kw, "path", a)) return AY_NULL;
    return ayStd_fspath(vm, a[0]);
}

// }====

static const AyMethodDef posix_funcs[] = {
    {"getcwd", p_getcwd, 0, NULL},
    {"getcwdb", p_getcwdb, 0, NULL},
    {"chdir", p_chdir, 0, NULL},
    {"listdir", p_listdir, 0, NULL},
    {"scandir", p_scandir, 0, NULL},
    {"mkdir", p_mkdir, 0, NULL},
    {"rmdir", p_rmdir, 0, NULL},
    {"remove", p_remove, 0, NULL},
    {"unlink", p_unlink, 0, NULL},
    {"rename", p_rename, 0, NULL},
    {"replace", p_replace, 0, NULL},
    {"link", p_link, 0, NULL},
    {"symlink", p_symlink, 0, NULL},
    {"readlink", p_readlink, 0, NULL},
    {"access", p_access, 0, NULL},
    {"chmod", p_chmod, 0, NULL},
    {"truncate", p_truncate, 0, NULL},
    {"utime", p_utime, 0, NULL},
    {"stat", p_stat, 0, NULL},
    {"lstat", p_lstat, 0, NULL},
    {"fstat", p_fstat, 0, NULL},
    {"statvfs", p_statvfs, 0, NULL},
    {"open", p_open, 0, NULL},
    {"close", p_close, 0, NULL},
    {"closerange", p_closerange, 0, NULL},
    {"read", p_read, 0, NULL},
    {"write", p_write, 0, NULL},
    {"lseek", p_lseek, 0, NULL},
    {"dup", p_dup, 0, NULL},
    {"dup2", p_dup2, 0, NULL},
    {"fsync", p_fsync, 0, NULL},
    {"isatty", p_isatty, 0, NULL},
    {"pipe", p_pipe, 0, NULL},
    {"ftruncate", p_ftruncate, 0, NULL},
    {"get_inheritable", p_get_inheritable, 0, NULL},
    {"set_inheritable", p_set_inheritable, 0, NULL},
    {"get_blocking", p_get_blocking, 0, NULL},
    {"set_blocking", p_set_blocking, 0, NULL},
    {"getpid", p_getpid, 0, NULL},
    {"getppid", p_getppid, 0, NULL},
    {"getuid", p_getuid, 0, NULL},
    {"geteuid", p_geteuid, 0, NULL},
    {"getgid", p_getgid, 0, NULL},
    {"getegid", p_getegid, 0, NULL},
    {"getpgrp", p_getpgrp, 0, NULL},
    {"cpu_count", p_cpu_count, 0, NULL},
    {"urandom", p_urandom, 0, NULL},
    {"strerror", p_strerror, 0, NULL},
    {"umask", p_umask, 0, NULL},
    {"get_terminal_size", p_get_terminal_size, 0, NULL},
    {"uname", p_uname, 0, NULL},
    {"times", p_times, 0, NULL},
    {"getloadavg", p_getloadavg, 0, NULL},
    {"confstr", p_confstr, 0, NULL},
    {"putenv", p_putenv, 0, NULL},
    {"unsetenv", p_unsetenv, 0, NULL},
    {"system", p_system, 0, NULL},
    {"kill", p_kill, 0, NULL},
    {"_exit", p_exit, 0, NULL},
    {"fork", p_fork, 0, NULL},
    {"waitpid", p_waitpid, 0, NULL},
    {"execv", p_execv, 0, NULL},
    {"execve", p_execve, 0, NULL},
    {"WIFEXITED", p_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", p_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", p_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", p_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", p_WIFSTOPPED, 0, NULL},
    {"WSTOPSIG", p_WSTOPSIG, 0, NULL},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, 0, NULL},
    {"fspath", p_fspath, 0, NULL},
    {NULL},
};

static const AyIntConst posix_consts[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ACCMODE", O_ACCMODE}, {"O_TMPFILE", O_TMPFILE}, {"O_NOATIME", O_NOATIME},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
    {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    {NULL, 0},
};

// environ as a dict of str -> str (surrogateescape'd where not UTF-8).
static AyDict *environ_dict(AyVM *vm) {
    AyDict *d = ayDict_new(vm);
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        AyValue k = ayStd_os_name(vm, *e, (size_t)(eq - *e), false), v = ayStd_os_name(vm, eq + 1, strlen(eq + 1), false);
        if (!k || !v) return NULL;
        if (!ayDict_get(vm, d, k) && ayDict_set(vm, d, k, v) < 0) return NULL;
    }
    return d;
}

AyValue ayMod_posix(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "posix", posix_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, posix_consts);
    AyDict *env = environ_dict(vm);
    if (env) ayModule_add(vm, m, "environ", ayV_from_obj(env));

    AyType *st = ayStructSeq_type_ex(vm, "os.stat_result", stat_fields, STAT_VISIBLE);
    vm->std_types[AY_STD_stat_result] = st;
    ayModule_add(vm, m, "stat_result", ayV_from_obj(st));
    static const char *const vfs_fields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                                             "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid", NULL};
    AyType *vfs = ayStructSeq_type_ex(vm, "os.statvfs_result", vfs_fields, 10);
    vm->std_types[AY_STD_statvfs_result] = vfs;
    ayModule_add(vm, m, "statvfs_result", ayV_from_obj(vfs));
    static const char *const ts_fields[] = {"columns", "lines", NULL};
    AyType *ts = ayStructSeq_type(vm, "os.terminal_size", ts_fields);
    vm->std_types[AY_STD_terminal_size] = ts;
    ayModule_add(vm, m, "terminal_size", ayV_from_obj(ts));
    static const char *const un_fields[] = {"sysname", "nodename", "release", "version", "machine", NULL};
    AyType *un = ayStructSeq_type(vm, "posix.uname_result", un_fields);
    vm->std_types[AY_STD_uname_result] = un;
    ayModule_add(vm, m, "uname_result", ayV_from_obj(un));
    static const char *const tm_fields[] = {"user", "system", "children_user", "children_system", "elapsed", NULL};
    AyType *tr = ayStructSeq_type(vm, "posix.times_result", tm_fields);
    vm->std_types[AY_STD_times_result] = tr;
    ayModule_add(vm, m, "times_result", ayV_from_obj(tr));

    AyType *de = ayStd_new_type(vm, AY_STD_DirEntry, "posix", "posix.DirEntry", vm->t_object, sizeof(DirEntry), 0);
    de->trace = direntry_trace;
    de->repr = entry_repr;
    ayType_add_methods(vm, de, direntry_methods);
    ayType_add_getsets(vm, de, direntry_getsets);
    ayType_ready(vm, de);
    ayModule_add(vm, m, "DirEntry", ayV_from_obj(de));
    AyType *si = ayStd_new_type(vm, AY_STD_ScandirIterator, "posix", "posix.ScandirIterator", vm->t_object,
                                sizeof(ScandirIter), 0);
    si->trace = scandir_trace;
    si->finalize = scandir_finalize;
    si->iter = ayStd_iter_self;
    si->next = scandir_next;
    ayType_add_methods(vm, si, scandir_methods);
    ayType_ready(vm, si);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
