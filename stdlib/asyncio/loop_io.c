// The loop's libuv side: the blocking poll with a timeout, the wake-up
// handle, file-descriptor watchers (add_reader/add_writer), child processes
// and signal handlers. Events never run callbacks directly: they append a
// Handle to the ready queue, as CPython's selector loop does in _process_events.
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "aio.h"
#include "interp.h"
#include "stdmod.h"
#include "str.h"
#include "thread.h"

typedef struct ProcWatch {
    uv_process_t proc;
    struct AioUv *uv;
    AyValue on_exit;         // called with the return code
    struct ProcWatch *next;
} ProcWatch;

typedef struct SigWatch {
    uv_signal_t sig;
    struct AioUv *uv;
    AyValue handle;          // the Handle to run on each delivery
    struct SigWatch *next;
} SigWatch;

typedef struct FdWatcher {
    int fd;
    int events;          // UV_READABLE | UV_WRITABLE currently polled
    uv_poll_t poll;
    AyValue reader, writer;  // Handles, or AY_NULL
    struct AioUv *uv;
} FdWatcher;

struct AioUv {
    uv_loop_t loop;
    uv_timer_t timer;        // the poll timeout
    uv_async_t async;        // call_soon_threadsafe wake-up; keeps uv_run(ONCE) blocking
    AyVM *vm;
    AioLoop *owner;
    FdWatcher **fds;
    size_t nfds, capfds;
    ProcWatch *procs;
    SigWatch *sigs;
    bool failed;             // a watcher callback could not queue its handle (MemoryError)
};

static void on_timer(uv_timer_t *t) { (void)t; }
static void on_async(uv_async_t *a) { (void)a; }

bool aioUv_init(AyVM *vm, AioLoop *l) {
    AioUv *u = calloc(1, sizeof *u);
    if (!u || uv_loop_init(&u->loop) != 0) {
        free(u);
        ayErr_nomemory(vm);
        return false;
    }
    u->vm = vm;
    u->owner = l;
    uv_timer_init(&u->loop, &u->timer);
    uv_async_init(&u->loop, &u->async, on_async);
    u->loop.data = u;
    l->uv = u;
    return true;
}

static void free_watcher(uv_handle_t *h) { free(h->data); }

void aioUv_close(AioLoop *l) {
    AioUv *u = l->uv;
    if (!u) return;
    l->uv = NULL;
    for (size_t i = 0; i < u->nfds; i++) {
        u->fds[i]->poll.data = u->fds[i];
        uv_close((uv_handle_t *)&u->fds[i]->poll, free_watcher);
    }
    free(u->fds);
    for (ProcWatch *p = u->procs, *n; p; p = n) {
        n = p->next;
        p->proc.data = p;
        uv_close((uv_handle_t *)&p->proc, free_watcher);
    }
    for (SigWatch *g = u->sigs, *n; g; g = n) {
        n = g->next;
        g->sig.data = g;
        uv_close((uv_handle_t *)&g->sig, free_watcher);
    }
    uv_close((uv_handle_t *)&u->timer, NULL);
    uv_close((uv_handle_t *)&u->async, NULL);
    uv_run(&u->loop, UV_RUN_NOWAIT);
    uv_loop_close(&u->loop);
    free(u);
}

void aioUv_trace(AyVM *vm, AioLoop *l) {
    AioUv *u = l->uv;
    for (size_t i = 0; i < u->nfds; i++) {
        ayGC_mark(vm, u->fds[i]->reader);
        ayGC_mark(vm, u->fds[i]->writer);
    }
    for (ProcWatch *p = u->procs; p; p = p->next) ayGC_mark(vm, p->on_exit);
    for (SigWatch *g = u->sigs; g; g = g->next) ayGC_mark(vm, g->handle);
}

uv_loop_t *aioUv_loop(AioLoop *l) { return l->uv ? &l->uv->loop : NULL; }

void aioUv_wakeup(AioLoop *l) {
    if (l->uv) uv_async_send(&l->uv->async);
}

bool aioUv_poll(AyVM *vm, AioLoop *l, double timeout) {
    AioUv *u = l->uv;
    if (!u) return true;
    // a signal that came while callbacks ran is handled before waiting
    if (vm->interrupt && !ayEval_safepoint(vm)) return false;
    // Nothing but the wake-up handle can become ready: a zero timeout has nothing to poll.
    if (timeout == 0 && !u->nfds && !u->procs && !u->sigs) return true;
    if (timeout == 0) {
        uv_run(&u->loop, UV_RUN_NOWAIT);
    } else {
        if (timeout > 0) {
            uv_update_time(&u->loop);
            uv_timer_start(&u->timer, on_timer, (uint64_t)ceil(timeout * 1e3), 0);
        }
        // Wait on libuv's backend fd ourselves: other threads run meanwhile
        // (the callbacks then run holding the lock), and a signal ends the
        // wait (libuv's own poll would retry after EINTR).
        struct pollfd p = {uv_backend_fd(&u->loop), POLLIN, 0};
        AyThreadState *ts = ayThread_detach(vm);
        poll(&p, 1, uv_backend_timeout(&u->loop));
        ayThread_attach(vm, ts);
        uv_run(&u->loop, UV_RUN_NOWAIT);
        uv_timer_stop(&u->timer);
    }
    if (u->failed) {
        u->failed = false;
        return false;
    }
    // a signal arrived: its Python handler runs now (SIGINT's raises KeyboardInterrupt)
    return !vm->interrupt || ayEval_safepoint(vm);
}

// {==== file descriptor watchers

static void on_poll(uv_poll_t *p, int status, int events) {
    FdWatcher *w = p->data;
    AioUv *u = w->uv;
    AyVM *vm = u->vm;
    if (status < 0) events = w->events;  // report the error as readiness, as select does
    if ((events & UV_READABLE) && w->reader) {
        if (!aioLoop_push_ready(vm, u->owner, AIO_READY_HANDLE, w->reader, AY_NULL)) u->failed = true;
    }
    if ((events & UV_WRITABLE) && w->writer) {
        if (!aioLoop_push_ready(vm, u->owner, AIO_READY_HANDLE, w->writer, AY_NULL)) u->failed = true;
    }
}

static FdWatcher *find_watcher(AioUv *u, int fd, size_t *index) {
    for (size_t i = 0; i < u->nfds; i++) {
        if (u->fds[i]->fd == fd) {
            if (index) *index = i;
            return u->fds[i];
        }
    }
    return NULL;
}

// Re-arms the poll for the events that still have a handle; drops the watcher when none.
static int update_watcher(AioUv *u, FdWatcher *w) {
    int events = (w->reader ? UV_READABLE : 0) | (w->writer ? UV_WRITABLE : 0);
    if (events == w->events) return 0;
    w->events = events;
    if (events) return uv_poll_start(&w->poll, events, on_poll);
    size_t i = 0;
    find_watcher(u, w->fd, &i);
    u->fds[i] = u->fds[--u->nfds];
    uv_poll_stop(&w->poll);
    w->poll.data = w;
    uv_close((uv_handle_t *)&w->poll, free_watcher);
    return 0;
}

// The fd of an int or of an object with fileno() (selectors' _fileobj_to_fd).
static int fileobj_to_fd(AyVM *vm, AyValue obj) {
    AyValue v = obj;
    if (!ayV_is_anyint(vm, v)) {
        AyValue a[1] = {AY_NULL};
        v = ayObj_call_method(vm, obj, vm->s.fileno, a, 0);
        if (!v) {
            if (ayErr_matches(vm, AY_EXC(vm, AttributeError)) || ayErr_matches(vm, AY_EXC(vm, TypeError)) ||
                ayErr_matches(vm, AY_EXC(vm, ValueError))) {
                ayErr_clear(vm);
                ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid file object: %R", obj);
            }
            return -1;
        }
        if (!ayV_is_anyint(vm, v)) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid file object: %R", obj);
            return -1;
        }
    }
    int64_t fd;
    if (ayObj_as_ssize(vm, v, &fd) < 0) return -1;
    if (fd < 0 || fd > 0x7fffffff) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid file descriptor: %lld", (long long)fd);
        return -1;
    }
    return (int)fd;
}

static AyValue os_error(AyVM *vm, int uverr) {
    AyValue args[2] = {ayV_small(-uverr), ayV_from_obj(ayStr_new_c(vm, uv_strerror(uverr)))};
    AyValue exc = ayExc_new(vm, AY_EXC(vm, OSError), args, 2);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static AyValue add_watch(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool writer, const char *fname) {
    if (!ayArg_no_kw(vm, fname, kw)) return AY_NULL;
    if (nargs < 3) return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() missing required arguments", fname);
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    int fd = fileobj_to_fd(vm, args[1]);
    if (fd < 0) return AY_NULL;
    AioHandle *h = aioHandle_new(vm, vm->aio->t_handle, args[2], args + 3, nargs - 3, args[0], AY_NULL);
    if (!h) return AY_NULL;
    AioUv *u = l->uv;
    FdWatcher *w = find_watcher(u, fd, NULL);
    if (!w) {
        if (u->nfds == u->capfds) {
            size_t cap = u->capfds ? u->capfds * 2 : 8;
            FdWatcher **n = realloc(u->fds, cap * sizeof *n);
            if (!n) return ayErr_nomemory(vm);
            u->fds = n;
            u->capfds = cap;
        }
        w = calloc(1, sizeof *w);
        if (!w) return ayErr_nomemory(vm);
        int rc = uv_poll_init(&u->loop, &w->poll, fd);
        if (rc < 0) {
            free(w);
            return os_error(vm, rc);
        }
        w->fd = fd;
        w->uv = u;
        w->poll.data = w;
        u->fds[u->nfds++] = w;
    }
    AyValue *slot = writer ? &w->writer : &w->reader;
    if (*slot) aioHandle_cancel(vm, AY_AS(AioHandle, *slot));
    *slot = ayV_from_obj(h);
    int rc = update_watcher(u, w);
    if (rc < 0) return os_error(vm, rc);
    return ayV_from_obj(h);
}

static AyValue remove_watch(AyVM *vm, AyValue *args, int nargs, bool writer, const char *fname) {
    if (!ayArg_count(vm, fname, nargs - 1, 1, 1)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (l->closed || !l->uv) return AY_FALSE;
    int fd = fileobj_to_fd(vm, args[1]);
    if (fd < 0) return AY_NULL;
    FdWatcher *w = find_watcher(l->uv, fd, NULL);
    if (!w) return AY_FALSE;
    AyValue *slot = writer ? &w->writer : &w->reader;
    if (!*slot) return AY_FALSE;
    aioHandle_cancel(vm, AY_AS(AioHandle, *slot));
    *slot = AY_NULL;
    update_watcher(l->uv, w);
    return AY_TRUE;
}

static AyValue m_add_reader(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return add_watch(vm, args, nargs, kw, false, "add_reader");
}
static AyValue m_add_writer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return add_watch(vm, args, nargs, kw, true, "add_writer");
}
static AyValue m_remove_reader(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return remove_watch(vm, args, nargs, false, "remove_reader");
}
static AyValue m_remove_writer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return remove_watch(vm, args, nargs, true, "remove_writer");
}

// }====
// {==== child processes

static void on_proc_exit(uv_process_t *proc, int64_t status, int term_signal) {
    ProcWatch *p = proc->data;
    AioUv *u = p->uv;
    AyVM *vm = u->vm;
    for (ProcWatch **pp = &u->procs; *pp; pp = &(*pp)->next) {
        if (*pp == p) {
            *pp = p->next;
            break;
        }
    }
    AyValue code = ayV_small(term_signal ? -term_signal : status);
    AioHandle *h = aioHandle_new(vm, vm->aio->t_handle, p->on_exit, &code, 1, ayV_from_obj(u->owner), AY_NULL);
    if (!h || !aioLoop_push_ready(vm, u->owner, AIO_READY_HANDLE, ayV_from_obj(h), AY_NULL)) u->failed = true;
    uv_close((uv_handle_t *)proc, free_watcher);
}

// A NULL-terminated array of UTF-8 strings from a list/tuple of str (freed by free_strv).
static char **to_strv(AyVM *vm, AyValue seq, const char *what) {
    AyValue *items;
    int64_t n;
    AyValue s = ayObj_sequence_items(vm, seq, &items, &n);
    if (!s) return NULL;
    char **v = calloc((size_t)n + 1, sizeof *v);
    if (!v) {
        ayErr_nomemory(vm);
        return NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_str(vm, items[i])) {
            free(v);
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s must be str, not %T", what, items[i]);
            return NULL;
        }
        v[i] = (char *)AY_CSTR(items[i]);
    }
    return v;
}

// loop._spawn(args, cwd, env, stdin, stdout, stderr, on_exit) -> pid. The
// stdio arguments are fds the child inherits, or None for the parent's own.
// The strings live on the VM stack (args) for the duration of the call.
static AyValue m_spawn(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_spawn", nargs - 1, 7, 7)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    char **argv = to_strv(vm, args[1], "program arguments");
    if (!argv) return AY_NULL;
    char **env = NULL;
    if (args[3] != AY_NONE && !(env = to_strv(vm, args[3], "environment entries"))) {
        free(argv);
        return AY_NULL;
    }
    if (!argv[0]) {
        free(argv);
        free(env);
        return ayErr_format(vm, AY_EXC(vm, ValueError), "empty program arguments");
    }
    uv_stdio_container_t stdio[3];
    for (int i = 0; i < 3; i++) {
        AyValue fd = args[4 + i];
        if (fd == AY_NONE) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = i;
        } else {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = ayV_is_int(fd) ? (int)ayV_int(fd) : i;
        }
    }
    ProcWatch *p = calloc(1, sizeof *p);
    if (!p) {
        free(argv);
        free(env);
        return ayErr_nomemory(vm);
    }
    uv_process_options_t opts;
    memset(&opts, 0, sizeof opts);
    opts.file = argv[0];
    opts.args = argv;
    opts.env = env;
    opts.cwd = args[2] != AY_NONE && ayV_is_str(vm, args[2]) ? AY_CSTR(args[2]) : NULL;
    opts.stdio_count = 3;
    opts.stdio = stdio;
    opts.exit_cb = on_proc_exit;
    int rc = uv_spawn(&l->uv->loop, &p->proc, &opts);
    free(argv);
    free(env);
    if (rc < 0) {
        // uv_spawn has initialised the handle even on failure: close it
        p->proc.data = p;
        uv_close((uv_handle_t *)&p->proc, free_watcher);
        AyValue *items;
        int64_t n;
        AyValue seq = ayObj_sequence_items(vm, args[1], &items, &n);
        return ayErr_oserror(vm, -rc, seq && n ? items[0] : AY_NULL);
    }
    p->uv = l->uv;
    p->on_exit = args[7];
    p->proc.data = p;
    p->next = l->uv->procs;
    l->uv->procs = p;
    return ayV_small(p->proc.pid);
}

// }====
// {==== signals

static void on_signal(uv_signal_t *s, int signum) {
    SigWatch *g = s->data;
    AioUv *u = g->uv;
    if (!AY_AS(AioHandle, g->handle)->cancelled &&
        !aioLoop_push_ready(u->vm, u->owner, AIO_READY_HANDLE, g->handle, AY_NULL))
        u->failed = true;
}

static SigWatch *find_sig(AioUv *u, int signum, SigWatch ***link) {
    for (SigWatch **pp = &u->sigs; *pp; pp = &(*pp)->next) {
        if ((*pp)->sig.signum == signum) {
            if (link) *link = pp;
            return *pp;
        }
    }
    return NULL;
}

// loop._add_signal(signum, handle): deliveries of signum run the Handle.
static AyValue m_add_signal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_add_signal", nargs - 1, 2, 2)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    int64_t signum;
    if (ayObj_as_ssize(vm, args[1], &signum) < 0) return AY_NULL;
    SigWatch *g = find_sig(l->uv, (int)signum, NULL);
    if (g) {
        g->handle = args[2];
        return AY_NONE;
    }
    g = calloc(1, sizeof *g);
    if (!g) return ayErr_nomemory(vm);
    uv_signal_init(&l->uv->loop, &g->sig);
    g->sig.data = g;
    int rc = uv_signal_start(&g->sig, on_signal, (int)signum);
    if (rc < 0) {
        uv_close((uv_handle_t *)&g->sig, free_watcher);
        return ayErr_oserror(vm, -rc, AY_NULL);
    }
    g->uv = l->uv;
    g->handle = args[2];
    g->next = l->uv->sigs;
    l->uv->sigs = g;
    return AY_NONE;
}

static AyValue m_remove_signal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_remove_signal", nargs - 1, 1, 1)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!l->uv) return AY_FALSE;
    int64_t signum;
    if (ayObj_as_ssize(vm, args[1], &signum) < 0) return AY_NULL;
    SigWatch **link;
    SigWatch *g = find_sig(l->uv, (int)signum, &link);
    if (!g) return AY_FALSE;
    *link = g->next;
    uv_signal_stop(&g->sig);
    uv_close((uv_handle_t *)&g->sig, free_watcher);
    return AY_TRUE;
}

// }====

static const AyMethodDef io_methods[] = {
    {"_spawn", m_spawn, 0, NULL},
    {"_add_signal", m_add_signal, 0, NULL},
    {"_remove_signal", m_remove_signal, 0, NULL},
    {"_add_reader", m_add_reader, 0, NULL},
    {"_add_writer", m_add_writer, 0, NULL},
    {"_remove_reader", m_remove_reader, 0, NULL},
    {"_remove_writer", m_remove_writer, 0, NULL},
    {NULL},
};

void aioLoopIO_setup(AyVM *vm, AyType *t) { ayType_add_methods(vm, t, io_methods); }
