// The select module: select() and poll objects over poll(2) (so any fd
// number works, unlike FD_SETSIZE-bound select(2)).
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <time.h>

#include "stdmod.h"

static double now_secs(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// poll(2) until something is ready or `timeout` seconds pass (< 0: forever),
// retrying after signals (whose handlers run in between). Returns the
// count, or -1 with an exception.
static int poll_retrying(AyVM *vm, struct pollfd *fds, int n, double timeout) {
    double deadline = timeout >= 0 ? now_secs() + timeout : 0;
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            double left = deadline - now_secs();
            ms = left <= 0 ? 0 : (int)ceil(left * 1000);
        }
        int r = poll(fds, (nfds_t)n, ms);
        if (r >= 0) return r;
        if (errno != EINTR) {
            ayErr_oserror(vm, errno, AY_NULL);
            return -1;
        }
        if (!ayStd_check_signals(vm)) return -1;
    }
}

static bool timeout_arg(AyVM *vm, AyValue v, double scale, double *out) {
    *out = -1;
    if (!v || v == AY_NONE) return true;
    double t;
    if (ayFloat_as_double(vm, v, &t) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "timeout must be an integer or None");
        }
        return false;
    }
    *out = t * scale;
    return true;
}

// {==== select()

static AyValue sel_select(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "select", nargs, 3, 4)) return AY_NULL;
    double timeout = -1;
    if (nargs > 3 && args[3] != AY_NONE) {
        if (ayFloat_as_double(vm, args[3], &timeout) < 0) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "timeout must be a float or None");
        }
        if (timeout < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "timeout must be non-negative");
    }
    // the three lists as they are now (fileno() may run Ay code)
    AyValue lists[3];
    int rooted = 0;
    for (int k = 0; k < 3; k++, rooted++) {
        lists[k] = ayObj_to_list(vm, args[k]);
        if (!lists[k]) {
            ayGC_pop_roots(vm, (size_t)rooted);
            return AY_NULL;
        }
        ayGC_push_root(vm, lists[k]);
    }
    int64_t total = 0;
    for (int k = 0; k < 3; k++) total += AY_AS(AyList, lists[k])->len;
    struct pollfd *fds = ayMem_alloc(vm, sizeof(struct pollfd) * (size_t)(total + 1));
    if (!fds) {
        ayGC_pop_roots(vm, 3);
        return AY_NULL;
    }
    static const short events[3] = {POLLIN, POLLOUT, POLLPRI};
    int64_t i = 0;
    AyValue r = AY_NULL;
    for (int k = 0; k < 3; k++) {
        AyList *l = AY_AS(AyList, lists[k]);
        for (int64_t j = 0; j < l->len; j++, i++) {
            if (!ayStd_fileno_arg(vm, l->items[j], &fds[i].fd)) goto done;
            fds[i].events = events[k];
            fds[i].revents = 0;
        }
    }
    if (poll_retrying(vm, fds, (int)total, timeout) < 0) goto done;
    AyValue out[3];
    i = 0;
    for (int k = 0; k < 3; k++) {
        AyList *l = AY_AS(AyList, lists[k]);
        AyList *ready = ayList_new(vm, 0);
        if (!ready) goto done;
        out[k] = ayV_from_obj(ready);
        short want = k == 0 ? POLLIN | POLLHUP | POLLERR : k == 1 ? POLLOUT | POLLERR : POLLPRI;
        for (int64_t j = 0; j < l->len; j++, i++)
            if ((fds[i].revents & want) && !ayList_append(vm, ready, l->items[j])) goto done;
    }
    r = ayTuple_from_items(vm, out, 3);
done:
    ayMem_free(vm, fds, sizeof(struct pollfd) * (size_t)(total + 1));
    ayGC_pop_roots(vm, 3);
    return r;
}

// }====
// {==== poll objects

typedef struct PollObj {
    AyObj hdr;
    AyDict *registered;   // fd -> event mask
} PollObj;

static void poll_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((PollObj *)o)->registered); }

static AyValue sel_poll(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "poll", nargs, 0, 0)) return AY_NULL;
    PollObj *p = AY_NEW(vm, PollObj, AY_STD_TYPE(vm, select_poll));
    if (!p) return AY_NULL;
    p->registered = ayDict_new(vm);
    return p->registered ? ayV_from_obj(p) : AY_NULL;
}

static AyValue poll_register(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t mask = POLLIN | POLLPRI | POLLOUT;
    if (!ayArg_count(vm, "register", nargs - 1, 1, 2) || !ayStd_fileno_arg(vm, args[1], &fd) ||
        (nargs > 2 && !ayStd_int_arg(vm, args[2], &mask)))
        return AY_NULL;
    PollObj *p = AY_AS(PollObj, args[0]);
    return ayDict_set(vm, p->registered, ayV_small(fd), ayV_small(mask & 0xFFFF)) < 0 ? AY_NULL : AY_NONE;
}

static AyValue poll_modify(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    int64_t mask;
    if (!ayArg_count(vm, "modify", nargs - 1, 2, 2) || !ayStd_fileno_arg(vm, args[1], &fd) || !ayStd_int_arg(vm, args[2], &mask))
        return AY_NULL;
    PollObj *p = AY_AS(PollObj, args[0]);
    if (!ayDict_get(vm, p->registered, ayV_small(fd))) return ayErr_oserror(vm, ENOENT, AY_NULL);
    return ayDict_set(vm, p->registered, ayV_small(fd), ayV_small(mask & 0xFFFF)) < 0 ? AY_NULL : AY_NONE;
}

static AyValue poll_unregister(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int fd;
    if (!ayArg_count(vm, "unregister", nargs - 1, 1, 1) || !ayStd_fileno_arg(vm, args[1], &fd)) return AY_NULL;
    int r = ayDict_del(vm, AY_AS(PollObj, args[0])->registered, ayV_small(fd));
    if (r < 0) return AY_NULL;
    return r ? AY_NONE : ayErr_set_value(vm, AY_EXC(vm, KeyError), ayV_small(fd));
}

// poll(timeout=None): timeout in milliseconds.
static AyValue poll_poll(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    double ms;
    if (!ayArg_count(vm, "poll", nargs - 1, 0, 1) || !timeout_arg(vm, nargs > 1 ? args[1] : AY_NULL, 1, &ms))
        return AY_NULL;
    PollObj *p = AY_AS(PollObj, args[0]);
    int64_t n = p->registered->used;
    struct pollfd *fds = ayMem_alloc(vm, sizeof(struct pollfd) * (size_t)(n + 1));
    if (!fds) return AY_NULL;
    AyValue k, v;
    int64_t i = 0;
    for (int64_t pos = 0; i < n && ayDict_next(p->registered, &pos, &k, &v); i++) {
        fds[i].fd = (int)ayV_int(k);
        fds[i].events = (short)ayV_int(v);
        fds[i].revents = 0;
    }
    AyValue r = AY_NULL;
    if (poll_retrying(vm, fds, (int)i, ms < 0 ? -1 : ms / 1000) >= 0) {
        AyList *out = ayList_new(vm, 0);
        for (int64_t j = 0; out && j < i; j++) {
            if (!fds[j].revents) continue;
            AyValue pair = ayTuple_pack2(vm, ayV_small(fds[j].fd), ayV_small(fds[j].revents & 0xFFFF));
            if (!pair || !ayList_append(vm, out, pair)) out = NULL;
        }
        r = out ? ayV_from_obj(out) : AY_NULL;
    }
    ayMem_free(vm, fds, sizeof(struct pollfd) * (size_t)(n + 1));
    return r;
}

// }====

static const AyMethodDef poll_methods[] = {
    {"register", poll_register, 0, NULL},
    {"modify", poll_modify, 0, NULL},
    {"unregister", poll_unregister, 0, NULL},
    {"poll", poll_poll, 0, NULL},
    {NULL},
};

static const AyMethodDef select_funcs[] = {
    {"select", sel_select, 0, NULL},
    {"poll", sel_poll, 0, NULL},
    {NULL},
};

static const AyIntConst select_consts[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", 4096}, {NULL, 0},
};

AyValue ayMod_select(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "select", select_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, select_consts);
    ayModule_add(vm, m, "error", ayV_from_obj(AY_EXC(vm, OSError)));
    AyType *pt = ayStd_new_type(vm, AY_STD_select_poll, "select", "select.poll", vm->t_object, sizeof(PollObj), 0);
    pt->trace = poll_trace;
    ayType_add_methods(vm, pt, poll_methods);
    ayType_ready(vm, pt);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
