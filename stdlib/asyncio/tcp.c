// TCP and Unix-domain sockets on libuv for the Python transports
// (lib/asyncio/_tcp.py): UvStream is a connected or listening socket handle. Like every event of the loop, its
// callbacks (data, EOF, a new connection, writes drained, connect done) are
// queued on the ready queue as Handles, never run from inside libuv.
#include <stdlib.h>
#include <string.h>

#include "aio.h"
#include "bytes.h"
#include "stdmod.h"
#include "str.h"

typedef struct TcpUv TcpUv;

typedef struct UvStream {
    AyObj hdr;
    TcpUv *t;            // C side, NULL once closed
    AyValue loop;
    AyValue on_read;     // called with bytes, b'' at EOF, or an OSError
    AyValue on_drain;    // called when pending writes are done (or fail: with the OSError)
    AyValue on_conn;     // listeners: called with each accepted UvStream
    AyValue keep;        // connect: the callback to report to
} UvStream;

// libuv memory of a stream; outlives the object until libuv is done with it.
struct TcpUv {
    union {
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;  // a Unix-domain socket
    } h;
    bool unix_socket;
    AyVM *vm;
    AioLoop *owner;
    UvStream *obj;       // NULL once the object let go (closed)
    size_t pending;      // bytes queued in uv_write requests
    bool reading;
};

typedef struct WriteReq {
    uv_write_t req;
    size_t size;
    char data[];
} WriteReq;

static AyType *stream_type(AyVM *vm) { return vm->aio->t_uvstream; }

// {==== keeping live streams reachable

// Open streams are referenced from the state (libuv holds them by pointer).
static bool keep_alive(AyVM *vm, UvStream *s) {
    AyAioState *st = vm->aio;
    if (!st->uvstreams) {
        AySet *set = aySet_new(vm, vm->t_set);
        if (!set) return false;
        st->uvstreams = ayV_from_obj(set);
    }
    return aySet_add(vm, AY_AS(AySet, st->uvstreams), ayV_from_obj(s)) >= 0;
}

static void let_go(AyVM *vm, UvStream *s) {
    if (vm->aio->uvstreams) aySet_discard(vm, AY_AS(AySet, vm->aio->uvstreams), ayV_from_obj(s));
}

static void queue_call(AyVM *vm, AioLoop *l, AyValue fn, AyValue arg) {
    if (!fn || l->closed) return;
    AioHandle *h = aioHandle_new(vm, vm->aio->t_handle, fn, &arg, 1, ayV_from_obj(l), AY_NULL);
    if (!h || !aioLoop_push_ready(vm, l, AIO_READY_HANDLE, ayV_from_obj(h), AY_NULL)) ayErr_clear(vm);
}

static AyValue uv_error(AyVM *vm, int rc) { return ayErr_oserror(vm, -rc, AY_NULL); }

// The OSError for a libuv error code, as a value (not raised).
static AyValue uv_error_value(AyVM *vm, int rc) {
    uv_error(vm, rc);
    return ayErr_fetch(vm);
}

// }====
// {==== creation and closing

static void free_tcp(uv_handle_t *h) { free(h->data); }

static UvStream *new_stream(AyVM *vm, AioLoop *l, bool unix_socket) {
    UvStream *s = AY_NEW(vm, UvStream, stream_type(vm));
    if (!s) return NULL;
    TcpUv *t = calloc(1, sizeof *t);
    if (!t) {
        ayErr_nomemory(vm);
        return NULL;
    }
    uv_loop_t *uvl = aioUv_loop(l);
    if (!uvl) {
        free(t);
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "Event loop is closed");
        return NULL;
    }
    if (unix_socket) uv_pipe_init(uvl, &t->h.pipe, 0);
    else uv_tcp_init(uvl, &t->h.tcp);
    t->h.stream.data = t;
    t->unix_socket = unix_socket;
    t->vm = vm;
    t->owner = l;
    t->obj = s;
    s->t = t;
    s->loop = ayV_from_obj(l);
    ayGC_push_root(vm, ayV_from_obj(s));
    bool ok = keep_alive(vm, s);
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        t->obj = NULL;
        s->t = NULL;
        uv_close((uv_handle_t *)&t->h.stream, free_tcp);
        return NULL;
    }
    return s;
}

static void stream_close(AyVM *vm, UvStream *s) {
    TcpUv *t = s->t;
    if (!t) return;
    s->t = NULL;
    t->obj = NULL;
    if (!uv_is_closing((uv_handle_t *)&t->h.stream)) uv_close((uv_handle_t *)&t->h.stream, free_tcp);
    let_go(vm, s);
}

static void stream_trace(AyVM *vm, AyObj *o) {
    UvStream *s = (UvStream *)o;
    ayGC_mark(vm, s->loop);
    ayGC_mark(vm, s->on_read);
    ayGC_mark(vm, s->on_drain);
    ayGC_mark(vm, s->on_conn);
    ayGC_mark(vm, s->keep);
}

static bool check_open(AyVM *vm, UvStream *s) {
    if (s->t) return true;
    ayErr_format(vm, AY_EXC(vm, OSError), "the stream is closed");
    return false;
}

// }====
// {==== addresses

static AyValue sockaddr_tuple(AyVM *vm, const struct sockaddr *sa) {
    char host[INET6_ADDRSTRLEN];
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        uv_ip6_name(a, host, sizeof host);
        AyValue items[4] = {ayV_from_obj(ayStr_new_c(vm, host)), ayV_small(ntohs(a->sin6_port)),
                            ayV_small(ntohl(a->sin6_flowinfo)), ayV_small(a->sin6_scope_id)};
        return ayTuple_from_items(vm, items, 4);
    }
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    uv_ip4_name(a, host, sizeof host);
    AyValue hs = ayV_from_obj(ayStr_new_c(vm, host));
    return ayTuple_pack2(vm, hs, ayV_small(ntohs(a->sin_port)));
}

// A Unix-domain socket's address is its path ('' when unnamed), as Python's
// socket module gives it.
static AyValue socket_path(AyVM *vm, TcpUv *t, bool peer) {
    char path[4096];
    size_t len = sizeof path;
    int rc = peer ? uv_pipe_getpeername(&t->h.pipe, path, &len) : uv_pipe_getsockname(&t->h.pipe, path, &len);
    if (rc == UV_ENOBUFS) return ayErr_format(vm, AY_EXC(vm, OSError), "socket path too long");
    if (rc < 0) len = 0;  // unnamed (a client's own end)
    AyStr *str = ayStr_new(vm, path, len);
    return str ? ayV_from_obj(str) : AY_NULL;
}

static AyValue socket_name(AyVM *vm, UvStream *s, bool peer) {
    if (!check_open(vm, s)) return AY_NULL;
    if (s->t->unix_socket) return socket_path(vm, s->t, peer);
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int rc = peer ? uv_tcp_getpeername(&s->t->h.tcp, (struct sockaddr *)&ss, &len)
                  : uv_tcp_getsockname(&s->t->h.tcp, (struct sockaddr *)&ss, &len);
    return rc < 0 ? uv_error(vm, rc) : sockaddr_tuple(vm, (struct sockaddr *)&ss);
}

static AyValue m_getsockname(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return socket_name(vm, AY_AS(UvStream, args[0]), false);
}

static AyValue m_getpeername(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return socket_name(vm, AY_AS(UvStream, args[0]), true);
}

static AyValue m_fileno(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    UvStream *s = AY_AS(UvStream, args[0]);
    if (!s->t) return ayV_small(-1);
    uv_os_fd_t fd;
    return uv_fileno((uv_handle_t *)&s->t->h.stream, &fd) < 0 ? ayV_small(-1) : ayV_small(fd);
}

// Resolves host:port synchronously (numeric addresses, localhost...).
static int resolve(AyVM *vm, AyValue host, AyValue port, struct addrinfo **out, bool passive) {
    char portbuf[32];
    snprintf(portbuf, sizeof portbuf, "%lld", ayV_is_int(port) ? (long long)ayV_int(port) : 0LL);
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = passive ? AI_PASSIVE : 0;
    const char *h = host == AY_NONE ? NULL : AY_CSTR(host);
    int rc = getaddrinfo(h, portbuf, &hints, out);
    if (rc != 0) {
        AyValue args[2] = {ayV_small(rc), ayV_from_obj(ayStr_new_c(vm, gai_strerror(rc)))};
        AyValue exc = ayExc_new(vm, AY_EXC(vm, OSError), args, 2);
        if (exc) ayErr_set(vm, exc);
        return -1;
    }
    return 0;
}

// }====
// {==== reading

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)h;
    buf->base = malloc(suggested);
    buf->len = buf->base ? suggested : 0;
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
    TcpUv *t = st->data;
    AyVM *vm = t->vm;
    UvStream *s = t->obj;
    if (n == 0 || !s) {
        free(buf->base);
        return;
    }
    AyValue arg;
    if (n > 0) {
        arg = ayBytes_from(vm, buf->base, (size_t)n);
    } else if (n == UV_EOF) {
        arg = ayBytes_from(vm, "", 0);
        uv_read_stop(st);
        t->reading = false;
    } else {
        arg = uv_error_value(vm, (int)n);
        uv_read_stop(st);
        t->reading = false;
    }
    free(buf->base);
    if (arg) queue_call(vm, t->owner, s->on_read, arg);
    else ayErr_clear(vm);
}

static AyValue m_read_start(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "read_start", nargs - 1, 1, 1)) return AY_NULL;
    UvStream *s = AY_AS(UvStream, args[0]);
    if (!check_open(vm, s)) return AY_NULL;
    s->on_read = args[1];
    if (s->t->reading) return AY_NONE;
    int rc = uv_read_start(&s->t->h.stream, on_alloc, on_read);
    if (rc < 0) return uv_error(vm, rc);
    s->t->reading = true;
    return AY_NONE;
}

static AyValue m_read_stop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    UvStream *s = AY_AS(UvStream, args[0]);
    if (s->t && s->t->reading) {
        uv_read_stop(&s->t->h.stream);
        s->t->reading = false;
    }
    return AY_NONE;
}

// }====
// {==== writing

static void on_write(uv_write_t *req, int status) {
    WriteReq *w = (WriteReq *)req;
    TcpUv *t = req->handle->data;
    AyVM *vm = t->vm;
    t->pending -= w->size;
    free(w);
    UvStream *s = t->obj;
    if (!s) return;
    if (status < 0) {
        AyValue exc = uv_error_value(vm, status);
        if (exc) queue_call(vm, t->owner, s->on_drain, exc);
    } else if (t->pending == 0) {
        queue_call(vm, t->owner, s->on_drain, AY_NONE);
    }
}

// write(data) -> bytes left pending (0: all written now).
static AyValue m_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "write", nargs - 1, 1, 1)) return AY_NULL;
    UvStream *s = AY_AS(UvStream, args[0]);
    if (!check_open(vm, s)) return AY_NULL;
    const char *data;
    int64_t n;
    if (!ayBytes_need_view(vm, args[1], &data, &n)) return AY_NULL;
    TcpUv *t = s->t;
    size_t done = 0;
    if (t->pending == 0) {
        uv_buf_t b = uv_buf_init((char *)data, (unsigned)n);
        int rc = uv_try_write(&t->h.stream, &b, 1);
        if (rc >= 0) done = (size_t)rc;
        else if (rc != UV_EAGAIN) return uv_error(vm, rc);
    }
    size_t left = (size_t)n - done;
    if (left) {
        WriteReq *w = malloc(sizeof *w + left);
        if (!w) return ayErr_nomemory(vm);
        memcpy(w->data, data + done, left);
        w->size = left;
        uv_buf_t b = uv_buf_init(w->data, (unsigned)left);
        int rc = uv_write(&w->req, &t->h.stream, &b, 1, on_write);
        if (rc < 0) {
            free(w);
            return uv_error(vm, rc);
        }
        t->pending += left;
    }
    return ayV_small((int64_t)t->pending);
}

static AyValue m_set_drain(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "set_drain_callback", nargs - 1, 1, 1)) return AY_NULL;
    AY_AS(UvStream, args[0])->on_drain = args[1] == AY_NONE ? AY_NULL : args[1];
    return AY_NONE;
}

static AyValue get_pending(AyVM *vm, AyValue self) {
    UvStream *s = AY_AS(UvStream, self);
    return ayV_small(s->t ? (int64_t)s->t->pending : 0);
}

static void on_shutdown(uv_shutdown_t *req, int status) { free(req); }

static AyValue m_shutdown(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    UvStream *s = AY_AS(UvStream, args[0]);
    if (!check_open(vm, s)) return AY_NULL;
    uv_shutdown_t *req = malloc(sizeof *req);
    if (!req) return ayErr_nomemory(vm);
    int rc = uv_shutdown(req, &s->t->h.stream, on_shutdown);
    if (rc < 0) {
        free(req);
        return uv_error(vm, rc);
    }
    return AY_NONE;
}

static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    stream_close(vm, AY_AS(UvStream, args[0]));
    return AY_NONE;
}

static AyValue m_set_nodelay(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    UvStream *s = AY_AS(UvStream, args[0]);
    if (s->t && !s->t->unix_socket) uv_tcp_nodelay(&s->t->h.tcp, 1);
    return AY_NONE;
}

// }====
// {==== connecting

typedef struct ConnectReq {
    uv_connect_t req;
    struct addrinfo *ai, *next;   // TCP: the addresses to try
    int last_error;
} ConnectReq;

static void free_connect(ConnectReq *c) {
    if (c->ai) freeaddrinfo(c->ai);
    free(c);
}

static void try_next(ConnectReq *c, TcpUv *t);

static void on_connect(uv_connect_t *req, int status) {
    ConnectReq *c = (ConnectReq *)req;
    TcpUv *t = req->handle->data;
    AyVM *vm = t->vm;
    UvStream *s = t->obj;
    if (!s) {
        free_connect(c);
        return;
    }
    if (status < 0 && c->next) {
        // a fresh handle for the next address
        AyValue cb = s->keep;
        stream_close(vm, s);
        UvStream *n = new_stream(vm, t->owner, false);
        if (!n) {
            ayErr_clear(vm);
            free_connect(c);
            return;
        }
        n->keep = cb;
        c->last_error = status;
        try_next(c, n->t);
        return;
    }
    free_connect(c);
    AyValue cb = s->keep;
    s->keep = AY_NULL;
    if (status < 0) {
        AyValue exc = uv_error_value(vm, status);
        stream_close(vm, s);
        if (exc) queue_call(vm, t->owner, cb, exc);
        return;
    }
    queue_call(vm, t->owner, cb, ayV_from_obj(s));
}

static void try_next(ConnectReq *c, TcpUv *t) {
    struct addrinfo *ai = c->next;
    c->next = ai->ai_next;
    int rc = uv_tcp_connect(&c->req, &t->h.tcp, ai->ai_addr, on_connect);
    if (rc < 0) {
        // report through the same path as an asynchronous failure
        c->req.handle = &t->h.stream;
        on_connect(&c->req, rc);
    }
}

// loop._tcp_connect(host, port, callback): callback(UvStream) or callback(OSError).
static AyValue m_tcp_connect(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_tcp_connect", nargs - 1, 3, 3)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    if (args[1] != AY_NONE && !ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "host must be str or None");
    struct addrinfo *ai;
    if (resolve(vm, args[1], args[2], &ai, false) < 0) return AY_NULL;
    UvStream *s = new_stream(vm, l, false);
    if (!s) {
        freeaddrinfo(ai);
        return AY_NULL;
    }
    ConnectReq *c = calloc(1, sizeof *c);
    if (!c) {
        freeaddrinfo(ai);
        stream_close(vm, s);
        return ayErr_nomemory(vm);
    }
    c->ai = c->next = ai;
    s->keep = args[3];
    try_next(c, s->t);
    return AY_NONE;
}

// The path argument of the Unix-socket methods, as a C string.
static const char *socket_path_arg(AyVM *vm, AyValue path) {
    if (!ayV_is_str(vm, path)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "path must be str, not %T", path);
        return NULL;
    }
    if (memchr(AY_CSTR(path), 0, (size_t)AY_STR(path)->size)) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null byte");
        return NULL;
    }
    return AY_CSTR(path);
}

// The start of loop._unix_connect/_unix_listen: their argument count, the
// loop and the path (args[1]); a new Unix-socket stream, or NULL.
static UvStream *unix_stream(AyVM *vm, const char *name, AyValue *args, int nargs, int nparams, const char **path) {
    if (!ayArg_count(vm, name, nargs - 1, nparams, nparams)) return NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l) || !(*path = socket_path_arg(vm, args[1]))) return NULL;
    return new_stream(vm, l, true);
}

// loop._unix_connect(path, callback): callback(UvStream) or callback(OSError).
static AyValue m_unix_connect(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *path;
    UvStream *s = unix_stream(vm, "_unix_connect", args, nargs, 2, &path);
    if (!s) return AY_NULL;
    ConnectReq *c = calloc(1, sizeof *c);
    if (!c) {
        stream_close(vm, s);
        return ayErr_nomemory(vm);
    }
    s->keep = args[2];
    uv_pipe_connect(&c->req, &s->t->h.pipe, path, on_connect);  // failures come to on_connect too
    return AY_NONE;
}

// }====
// {==== listening

static void on_connection(uv_stream_t *server, int status) {
    TcpUv *t = server->data;
    AyVM *vm = t->vm;
    UvStream *s = t->obj;
    if (!s || status < 0) return;
    UvStream *c = new_stream(vm, t->owner, t->unix_socket);
    if (!c) {
        ayErr_clear(vm);
        return;
    }
    if (uv_accept(server, &c->t->h.stream) < 0) {
        stream_close(vm, c);
        return;
    }
    queue_call(vm, t->owner, s->on_conn, ayV_from_obj(c));
}

// loop._tcp_listen(host, port, backlog, on_conn) -> [UvStream listening...].
static AyValue m_tcp_listen(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_tcp_listen", nargs - 1, 4, 4)) return AY_NULL;
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    if (args[1] != AY_NONE && !ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "host must be str or None");
    struct addrinfo *ai;
    if (resolve(vm, args[1], args[2], &ai, true) < 0) return AY_NULL;
    AyList *out = ayList_new(vm, 2);
    if (!out) {
        freeaddrinfo(ai);
        return AY_NULL;
    }
    ayGC_push_root(vm, ayV_from_obj(out));
    int backlog = ayV_is_int(args[3]) ? (int)ayV_int(args[3]) : 100;
    AyValue result = ayV_from_obj(out);
    for (struct addrinfo *a = ai; a; a = a->ai_next) {
        UvStream *s = new_stream(vm, l, false);
        if (!s || !ayList_append(vm, out, ayV_from_obj(s))) {
            result = AY_NULL;
            break;
        }
        s->on_conn = args[4];
        int rc = uv_tcp_bind(&s->t->h.tcp, a->ai_addr, a->ai_family == AF_INET6 ? UV_TCP_IPV6ONLY : 0);
        if (rc >= 0) rc = uv_listen(&s->t->h.stream, backlog, on_connection);
        if (rc < 0) {
            uv_error(vm, rc);
            result = AY_NULL;
            break;
        }
    }
    freeaddrinfo(ai);
    if (!result) {
        AyValue exc = ayErr_fetch(vm);
        for (int64_t i = 0; i < out->len; i++) stream_close(vm, AY_AS(UvStream, out->items[i]));
        ayErr_set(vm, exc);
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

// loop._unix_listen(path, backlog, on_conn) -> UvStream listening at path.
static AyValue m_unix_listen(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *path;
    UvStream *s = unix_stream(vm, "_unix_listen", args, nargs, 3, &path);
    if (!s) return AY_NULL;
    s->on_conn = args[3];
    int rc = uv_pipe_bind(&s->t->h.pipe, path);
    if (rc >= 0) rc = uv_listen(&s->t->h.stream, ayV_is_int(args[2]) ? (int)ayV_int(args[2]) : 100, on_connection);
    if (rc < 0) {
        stream_close(vm, s);
        return uv_error(vm, rc);
    }
    return ayV_from_obj(s);
}

// }====

void aioTcp_loop_closing(AyVM *vm, AioLoop *l) {
    AyValue set = vm->aio->uvstreams;
    if (!set) return;
    AyValue list = ayObj_to_list(vm, set);
    if (!list) {
        ayErr_clear(vm);
        return;
    }
    ayGC_push_root(vm, list);
    AyList *items = AY_AS(AyList, list);
    for (int64_t i = 0; i < items->len; i++) {
        UvStream *s = AY_AS(UvStream, items->items[i]);
        if (s->loop == ayV_from_obj(l)) stream_close(vm, s);
    }
    ayGC_pop_roots(vm, 1);
}

static const AyMethodDef stream_methods[] = {
    {"read_start", m_read_start, 0, NULL},
    {"read_stop", m_read_stop, 0, NULL},
    {"write", m_write, 0, NULL},
    {"set_drain_callback", m_set_drain, 0, NULL},
    {"shutdown", m_shutdown, 0, NULL},
    {"close", m_close, 0, NULL},
    {"getsockname", m_getsockname, 0, NULL},
    {"getpeername", m_getpeername, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"set_nodelay", m_set_nodelay, 0, NULL},
    {NULL},
};

static const AyGetSetDef stream_getsets[] = {{"pending", get_pending, NULL}, {NULL}};

static const AyMethodDef loop_methods[] = {
    {"_tcp_connect", m_tcp_connect, 0, NULL},
    {"_tcp_listen", m_tcp_listen, 0, NULL},
    {"_unix_connect", m_unix_connect, 0, NULL},
    {"_unix_listen", m_unix_listen, 0, NULL},
    {NULL},
};

void aioTcp_setup(AyVM *vm, AyAioState *st, AyType *loop_type) {
    AyType *t = ayType_new_builtin(vm, "UvStream", vm->t_object, sizeof(UvStream), 0);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "_asyncio"));
    t->trace = stream_trace;
    ayType_add_methods(vm, t, stream_methods);
    ayType_add_getsets(vm, t, stream_getsets);
    ayType_ready(vm, t);
    st->t_uvstream = t;
    ayType_add_methods(vm, loop_type, loop_methods);
}
