// The _posixsubprocess module: fork + exec for subprocess.Popen. All the
// child's work happens in C between fork and exec (no Ay code runs in the
// child); an exec failure travels back through a close-on-exec pipe and is
// raised in the parent as the OSError CPython raises.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stdmod.h"

// NULL-terminated arrays of C strings built before fork.
typedef struct CStrings {
    char **items;
    int64_t n;
} CStrings;

static void cstrings_free(CStrings *c) {
    for (int64_t i = 0; c->items && i < c->n; i++) free(c->items[i]);
    free(c->items);
    c->items = NULL;
}

// str or bytes (or os.PathLike) as a malloc'd C string.
static char *cstring_of(AyVM *vm, AyValue v) {
    AyValue p = ayStd_fspath(vm, v);
    if (!p) return NULL;
    const char *s;
    int64_t n;
    if (ayV_is_str(vm, p)) s = AY_CSTR(p), n = AY_STR(p)->size;
    else ayBytes_view(vm, p, &s, &n);
    if ((int64_t)strlen(s) != n) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null byte");
        return NULL;
    }
    char *r = strdup(s);
    if (!r) ayErr_nomemory(vm);
    return r;
}

static bool cstrings_of(AyVM *vm, AyValue seq, CStrings *out) {
    out->items = NULL;
    out->n = 0;
    AyValue list = ayObj_to_list(vm, seq);
    if (!list) return false;
    ayGC_push_root(vm, list);
    AyList *l = AY_AS(AyList, list);
    out->items = calloc((size_t)l->len + 1, sizeof(char *));
    bool ok = out->items != NULL;
    for (int64_t i = 0; ok && i < l->len; i++, out->n++) ok = (out->items[i] = cstring_of(vm, l->items[i])) != NULL;
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        if (!out->items) ayErr_nomemory(vm);
        cstrings_free(out);
    }
    return ok;
}

// "KEY=VALUE" strings of a mapping.
static bool env_of(AyVM *vm, AyValue env, CStrings *out) {
    out->items = NULL;
    out->n = 0;
    AyValue keys = ayObj_to_list(vm, env);
    if (!keys) return false;
    ayGC_push_root(vm, keys);
    AyList *l = AY_AS(AyList, keys);
    out->items = calloc((size_t)l->len + 1, sizeof(char *));
    bool ok = out->items != NULL;
    for (int64_t i = 0; ok && i < l->len; i++, out->n++) {
        AyValue v = ayObj_getitem(vm, env, l->items[i]);
        char *k = v ? cstring_of(vm, l->items[i]) : NULL;
        char *val = k ? cstring_of(vm, v) : NULL;
        if (k && strchr(k, '=')) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "illegal environment variable name");
            free(val);
            val = NULL;
        }
        if (val && asprintf(&out->items[i], "%s=%s", k, val) < 0) out->items[i] = NULL;
        ok = out->items[i] != NULL;
        free(k);
        free(val);
    }
    ayGC_pop_roots(vm, 1);
    if (!ok) cstrings_free(out);
    return ok;
}

// In the child: reports errno and where it failed, then exits.
static void child_fail(int errpipe, int err, char where) {
    char msg[32];
    int n = snprintf(msg, sizeof msg, "%c:%d", where, err);
    ssize_t ignored = write(errpipe, msg, (size_t)n);
    (void)ignored;
    _exit(255);
}

static void close_fds_except(int keep_lo, const int *keep, int nkeep) {
    // the fds to keep, ascending; close everything else from 3 up
    int lo = keep_lo;
    for (int i = 0; i <= nkeep; i++) {
        int hi = i < nkeep ? keep[i] - 1 : ~0 >> 1;
        if (hi >= lo) {
#ifdef SYS_close_range
            if (syscall(SYS_close_range, (unsigned)lo, (unsigned)hi, 0) != 0)
#endif
            {
                int top = hi < 65536 ? hi : 65535;
                for (int fd = lo; fd <= top; fd++) close(fd);
            }
        }
        if (i < nkeep) lo = keep[i] + 1;
    }
}

static int int_cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void child(char **argv, char **executables, int nexec, char **envp, const char *cwd, int fds[3],
                  bool close_fds, int *keep, int nkeep, bool new_session, int errpipe) {
    if (new_session) setsid();
    // sources among 0..2 that move elsewhere are first copied out of the way
    for (int t = 0; t < 3; t++)
        if (fds[t] >= 0 && fds[t] < 3 && fds[t] != t) {
            fds[t] = fcntl(fds[t], F_DUPFD_CLOEXEC, 3);
            if (fds[t] < 0) child_fail(errpipe, errno, 'x');
        }
    for (int t = 0; t < 3; t++) {
        if (fds[t] < 0) continue;
        if (fds[t] == t) {
            int flags = fcntl(t, F_GETFD);
            if (flags >= 0) fcntl(t, F_SETFD, flags & ~FD_CLOEXEC);
        } else if (dup2(fds[t], t) < 0) {
            child_fail(errpipe, errno, 'x');
        }
    }
    if (cwd && chdir(cwd) != 0) child_fail(errpipe, errno, 'c');
    if (close_fds) close_fds_except(3, keep, nkeep);
    for (int i = 0; i < nkeep; i++) {
        int flags = fcntl(keep[i], F_GETFD);
        if (keep[i] != errpipe && flags >= 0) fcntl(keep[i], F_SETFD, flags & ~FD_CLOEXEC);
    }
    signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    // the first error that is not "not here" is the one to report
    int saved = ENOENT;
    for (int i = 0; i < nexec; i++) {
        if (envp) execve(executables[i], argv, envp);
        else execv(executables[i], argv);
        if (errno != ENOENT && errno != ENOTDIR && saved == ENOENT) saved = errno;
    }
    child_fail(errpipe, saved, 'e');
}

// fork_exec(args, executables, cwd, env, stdin, stdout, stderr, close_fds,
//           pass_fds, start_new_session) -> pid
// stdin/stdout/stderr: an fd to install, or -1 to inherit.
static AyValue sp_fork_exec(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[10];
    if (!ayArg_unpack(vm, "fork_exec", args, nargs, kw,
                      "args executables cwd env stdin stdout stderr close_fds pass_fds start_new_session", a))
        return AY_NULL;
    int64_t fdv[3];
    for (int i = 0; i < 3; i++)
        if (!ayStd_int_arg(vm, a[4 + i], &fdv[i])) return AY_NULL;
    CStrings argv = {0}, exes = {0}, envp = {0};
    char *cwd = NULL;
    int *keep = NULL;
    AyValue result = AY_NULL;
    int errpipe[2] = {-1, -1};
    if (!cstrings_of(vm, a[0], &argv) || !cstrings_of(vm, a[1], &exes)) goto done;
    if (a[3] != AY_NONE && !env_of(vm, a[3], &envp)) goto done;
    if (a[2] != AY_NONE && !(cwd = cstring_of(vm, a[2]))) goto done;
    AyValue passlist = ayObj_to_list(vm, a[8]);
    if (!passlist) goto done;
    ayGC_push_root(vm, passlist);
    int nkeep = (int)AY_AS(AyList, passlist)->len + 1;
    keep = calloc((size_t)nkeep, sizeof(int));
    if (!keep) {
        ayErr_nomemory(vm);
        goto done;
    }
    bool fds_ok = true;
    for (int i = 0; fds_ok && i + 1 < nkeep; i++) {
        int64_t fd;
        fds_ok = ayStd_int_arg(vm, AY_AS(AyList, passlist)->items[i], &fd);
        keep[i] = (int)fd;
    }
    ayGC_pop_roots(vm, 1);
    if (!fds_ok) goto done;
    if (pipe2(errpipe, O_CLOEXEC) != 0) {
        ayErr_oserror(vm, errno, AY_NULL);
        goto done;
    }
    keep[nkeep - 1] = errpipe[1];
    qsort(keep, (size_t)nkeep, sizeof(int), int_cmp);
    bool close_fds = ayObj_truth(vm, a[7]) > 0, new_session = ayObj_truth(vm, a[9]) > 0;
    int fds[3] = {(int)fdv[0], (int)fdv[1], (int)fdv[2]};
    ayStd_flush_std(vm);
    pid_t pid = fork();
    if (pid == 0)
        child(argv.items, exes.items, (int)exes.n, envp.items, cwd, fds, close_fds, keep, nkeep, new_session, errpipe[1]);
    if (pid < 0) {
        ayErr_oserror(vm, errno, AY_NULL);
        goto done;
    }
    close(errpipe[1]);
    errpipe[1] = -1;
    char msg[64];
    ssize_t got = 0, r;
    while ((r = read(errpipe[0], msg + got, sizeof msg - 1 - (size_t)got)) != 0) {
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) break;
        got += r;
    }
    if (got > 0) {
        // the child failed before exec: reap it and raise its error
        msg[got] = 0;
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        int err = atoi(msg + 2);
        AyValue name = msg[0] == 'c' ? a[2] : msg[0] == 'e' ? AY_AS(AyList, ayObj_to_list(vm, a[0]))->items[0] : AY_NULL;
        ayErr_oserror(vm, err, name);
        goto done;
    }
    result = ayV_small(pid);
done:
    if (errpipe[0] >= 0) close(errpipe[0]);
    if (errpipe[1] >= 0) close(errpipe[1]);
    cstrings_free(&argv);
    cstrings_free(&exes);
    cstrings_free(&envp);
    free(cwd);
    free(keep);
    return result;
}

static const AyMethodDef subprocess_funcs[] = {
    {"fork_exec", sp_fork_exec, 0, NULL},
    {NULL},
};

AyValue ayMod_posixsubprocess(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_posixsubprocess", subprocess_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
