// The loop's libuv side: the blocking poll with a timeout, the wake-up
// handle, and file-descriptor watchers (add_reader/add_writer). I/O events
// never run callbacks directly: they append the watcher's Handle to the ready
// queue, as CPython's selector loop does in _process_events.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aio.h"
#include "str.h"

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
}

void aioUv_wakeup(AioLoop *l) {
    if (l->uv) uv_async_send(&l->uv->async);
}

bool aioUv_poll(AyVM *vm, AioLoop *l, double timeout) {
    AioUv *u = l->uv;
    if (!u) return true;
    // Nothing but the wake-up handle can become ready: a zero timeout has nothing to poll.
    if (timeout == 0 && !u->nfds) return true;
    if (timeout == 0) {
        uv_run(&u->loop, UV_RUN_NOWAIT);
    } else {
        if (timeout > 0) {
            uv_update_time(&u->loop);
            uv_timer_start(&u->timer, on_timer, (uint64_t)ceil(timeout * 1e3), 0);
        }
        uv_run(&u->loop, UV_RUN_ONCE);
        uv_timer_stop(&u->timer);
    }
    if (u->failed) {
        u->failed = false;
        return false;
    }
    return true;
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

static const AyMethodDef io_methods[] = {
    {"_add_reader", m_add_reader, 0, NULL},
    {"_add_writer", m_add_writer, 0, NULL},
    {"_remove_reader", m_remove_reader, 0, NULL},
    {"_remove_writer", m_remove_writer, 0, NULL},
    {NULL},
};

void aioLoopIO_setup(AyVM *vm, AyType *t) { ayType_add_methods(vm, t, io_methods); }
