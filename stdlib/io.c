// The _io module's in-memory streams: StringIO and BytesIO (lib/io.py adds
// the class hierarchy, TextIOWrapper and open).
//
// StringIO keeps its text as UTF-8 with positions counted in code points; a
// cached (code point, byte) pair makes sequential reads and writes O(1) per
// step even for non-ASCII text.
#include <string.h>

#include "stdmod.h"

// {==== shared

// A growable byte store (the content of both stream types).
typedef struct Store {
    char *data;
    size_t size, cap;
} Store;

static bool store_reserve(AyVM *vm, Store *s, size_t need) {
    if (need <= s->cap) return true;
    size_t cap = s->cap < 64 ? 64 : s->cap;
    while (cap < need) cap *= 2;
    char *d = ayMem_realloc(vm, s->data, s->cap, cap);
    if (!d) return false;
    s->data = d;
    s->cap = cap;
    return true;
}

// Replaces bytes [from, to) with `n` bytes of `src`.
static bool store_splice(AyVM *vm, Store *s, size_t from, size_t to, const char *src, size_t n) {
    size_t tail = s->size - to;
    if (!store_reserve(vm, s, from + n + tail)) return false;
    if (tail) memmove(s->data + from + n, s->data + to, tail);
    if (n) memcpy(s->data + from, src, n);
    s->size = from + n + tail;
    return true;
}

static void store_free(AyVM *vm, Store *s) {
    if (s->data) ayMem_free(vm, s->data, s->cap);
    s->data = NULL;
    s->size = s->cap = 0;
}

static AyValue closed_error(AyVM *vm) { return ayErr_format(vm, AY_EXC(vm, ValueError), "I/O operation on closed file."); }

// Raises io.UnsupportedOperation(msg) (importing _io if it is not yet).
AyValue ayIO_unsupported(AyVM *vm, const char *msg) {
    if (!AY_STD_TYPE(vm, UnsupportedOperation) && !ayImport_module(vm, "_io")) return AY_NULL;
    return ayErr_format(vm, AY_STD_TYPE(vm, UnsupportedOperation), "%s", msg);
}

static AyValue unsupported(AyVM *vm, const char *what) { return ayIO_unsupported(vm, what); }

// An optional size argument: None or absent = -1.
static bool size_arg(AyVM *vm, AyValue *args, int nargs, int64_t *out) {
    *out = -1;
    if (nargs < 1 || args[0] == AY_NONE) return true;
    if (!ayV_is_anyint(vm, args[0]) && !ayV_type(vm, args[0])->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "argument should be integer or None, not '%T'", args[0]);
        return false;
    }
    return ayStd_int_arg(vm, args[0], out);
}

static AyValue return_self(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

// Lines of a stream until exhausted or `hint` bytes/characters are collected.
static AyValue read_lines(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue (*readline)(AyVM *, AyValue, int64_t)) {
    int64_t hint;
    if (!ayArg_count(vm, "readlines", nargs, 0, 1) || !size_arg(vm, args, nargs, &hint)) return AY_NULL;
    AyList *out = ayList_new(vm, 0);
    if (!out) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(out));
    int64_t total = 0;
    for (;;) {
        AyValue line = readline(vm, self, -1);
        if (!line) {
            out = NULL;
            break;
        }
        int64_t n = ayObj_len(vm, line);
        if (n == 0) break;
        if (!ayList_append(vm, out, line)) {
            out = NULL;
            break;
        }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    ayGC_pop_roots(vm, 1);
    return out ? ayV_from_obj(out) : AY_NULL;
}

// }====
// {==== StringIO

enum { NL_LF, NL_UNIVERSAL, NL_ANY, NL_CR, NL_CRLF };  // newline='\n', None, '', '\r', '\r\n'

typedef struct StringIO {
    AyObj hdr;
    Store text;               // UTF-8
    int64_t nchars;           // code points in text
    int64_t pos;              // code point position (may be past the end)
    int64_t cache_char;       // a known code point index ...
    size_t cache_byte;        // ... and its byte offset
    uint8_t newline, closed, ascii;
    uint8_t seen;             // newline kinds translated (NL_SEEN_*), for .newlines
} StringIO;

enum { NL_SEEN_LF = 1, NL_SEEN_CR = 2, NL_SEEN_CRLF = 4 };

// StringIO's own methods report a closed stream without the final period
// (the IOBase-level ones, isatty and __iter__, with it), as CPython does.
static StringIO *sio_check(AyVM *vm, AyValue self) {
    StringIO *s = AY_AS(StringIO, self);
    if (s->closed) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "I/O operation on closed file");
        return NULL;
    }
    return s;
}

static StringIO *sio_check_iobase(AyVM *vm, AyValue self) {
    StringIO *s = AY_AS(StringIO, self);
    if (s->closed) {
        closed_error(vm);
        return NULL;
    }
    return s;
}

static size_t utf8_seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Byte offset of code point index i (0 <= i <= nchars).
static size_t sio_offset(StringIO *s, int64_t i) {
    if (s->ascii) return (size_t)i;
    int64_t c = 0;
    size_t b = 0;
    if (i >= s->cache_char) c = s->cache_char, b = s->cache_byte;
    while (c < i) b += utf8_seq_len((unsigned char)s->text.data[b]), c++;
    s->cache_char = c;
    s->cache_byte = b;
    return b;
}

// Writes UTF-8 text at the current position (overwriting, or padding with
// NULs when the position is past the end).
static bool sio_put(AyVM *vm, StringIO *s, const char *data, size_t size, int64_t nchars, bool ascii) {
    if (s->pos > s->nchars) {
        size_t pad = (size_t)(s->pos - s->nchars);
        if (!store_reserve(vm, &s->text, s->text.size + pad)) return false;
        memset(s->text.data + s->text.size, 0, pad);
        s->text.size += pad;
        s->nchars = s->pos;
    }
    size_t from = sio_offset(s, s->pos);
    int64_t end_char = s->pos + nchars < s->nchars ? s->pos + nchars : s->nchars;
    size_t to = end_char == s->nchars ? s->text.size : sio_offset(s, end_char);
    if (!store_splice(vm, &s->text, from, to, data, size)) return false;
    s->nchars += nchars - (end_char - s->pos);
    s->ascii = s->ascii && ascii;
    s->pos += nchars;
    s->cache_char = s->pos;  // the new text ends exactly here
    s->cache_byte = from + size;
    return true;
}

// The text of `str` with newlines translated for writing in mode `nl`.
static bool sio_write_text(AyVM *vm, StringIO *s, AyStr *str) {
    const char *p = str->data;
    size_t n = (size_t)str->size;
    bool ascii = str->ascii || str->len == str->size;
    const char *find = s->newline == NL_UNIVERSAL ? "\r" : (s->newline == NL_CR || s->newline == NL_CRLF) ? "\n" : NULL;
    if (s->newline == NL_UNIVERSAL && !memchr(p, '\r', n) && memchr(p, '\n', n)) s->seen |= NL_SEEN_LF;
    if (!find || !memchr(p, find[0], n)) return sio_put(vm, s, p, n, str->len, ascii);
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t nchars = str->len;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (s->newline == NL_UNIVERSAL && c == '\r') {
            ayBuf_addc(&b, '\n');
            if (i + 1 < n && p[i + 1] == '\n') i++, nchars--, s->seen |= NL_SEEN_CRLF;
            else s->seen |= NL_SEEN_CR;
        } else if (s->newline == NL_UNIVERSAL && c == '\n') {
            ayBuf_addc(&b, c);
            s->seen |= NL_SEEN_LF;
        } else if (c == '\n' && s->newline == NL_CR) {
            ayBuf_addc(&b, '\r');
        } else if (c == '\n' && s->newline == NL_CRLF) {
            ayBuf_add(&b, "\r\n", 2);
            nchars++;
        } else {
            ayBuf_addc(&b, c);
        }
    }
    bool ok = !b.failed && sio_put(vm, s, b.data ? b.data : "", b.len, nchars, ascii);
    ayBuf_free(&b);
    return ok;
}

static bool newline_arg(AyVM *vm, AyValue v, uint8_t *mode) {
    if (!v || v == AY_NONE) {
        *mode = v ? NL_UNIVERSAL : NL_LF;
        return true;
    }
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "newline must be str or None, not %T", v);
        return false;
    }
    const char *t = AY_CSTR(v);
    if (strcmp(t, "\n") == 0) *mode = NL_LF;
    else if (strcmp(t, "") == 0) *mode = NL_ANY;
    else if (strcmp(t, "\r") == 0) *mode = NL_CR;
    else if (strcmp(t, "\r\n") == 0) *mode = NL_CRLF;
    else {
        ayErr_format(vm, AY_EXC(vm, ValueError), "illegal newline value: %R", v);
        return false;
    }
    return true;
}

// Allocation only: __init__ sets the content, so subclasses may call it
// with their own arguments.
static AyValue sio_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kw) {
    StringIO *s = (StringIO *)ayGC_new(vm, type, type->basic_size);
    if (!s) return AY_NULL;
    s->ascii = 1;
    return ayV_from_obj(s);
}

static AyValue sio_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "StringIO", args, nargs, kw, "| initial_value newline", a)) return AY_NULL;
    StringIO *s = AY_AS(StringIO, self);
    if (!newline_arg(vm, a[1], &s->newline)) return AY_NULL;
    if (a[0] && a[0] != AY_NONE && !ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "initial_value must be str or None, not %T", a[0]);
    s->text.size = 0;
    s->nchars = s->pos = s->cache_char = 0;
    s->cache_byte = 0;
    s->ascii = 1;
    s->closed = 0;
    s->seen = 0;
    if (a[0] && a[0] != AY_NONE) {
        if (!sio_write_text(vm, s, AY_STR(a[0]))) return AY_NULL;
        s->pos = 0;
    }
    return AY_NONE;
}

static void sio_finalize(AyVM *vm, AyObj *o) { store_free(vm, &((StringIO *)o)->text); }

static AyValue sio_getvalue(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    StringIO *s = sio_check(vm, args[0]);
    if (!s) return AY_NULL;
    AyStr *r = ayStr_new(vm, s->text.data ? s->text.data : "", s->text.size);
    return r ? ayV_from_obj(r) : AY_NULL;
}

// The str of code points [from, from + n) (n clipped to the end).
static AyValue sio_slice(AyVM *vm, StringIO *s, int64_t from, int64_t n) {
    if (from >= s->nchars || n <= 0) return ayV_from_obj(vm->empty_str);
    if (n > s->nchars - from) n = s->nchars - from;
    size_t b0 = sio_offset(s, from), b1 = sio_offset(s, from + n);
    AyStr *r = ayStr_new(vm, s->text.data + b0, b1 - b0);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue sio_read(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t size;
    StringIO *s = sio_check(vm, args[0]);
    if (!s || !ayArg_count(vm, "read", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &size)) return AY_NULL;
    int64_t avail = s->nchars > s->pos ? s->nchars - s->pos : 0;
    int64_t n = size < 0 || size > avail ? avail : size;
    AyValue r = sio_slice(vm, s, s->pos, n);
    if (r) s->pos += n;
    return r;
}

// One line from the current position, at most `limit` code points (< 0: no limit).
static AyValue sio_readline_impl(AyVM *vm, AyValue self, int64_t limit) {
    StringIO *s = sio_check(vm, self);
    if (!s) return AY_NULL;
    if (s->pos >= s->nchars) return ayV_from_obj(vm->empty_str);
    size_t start = sio_offset(s, s->pos), end = s->text.size;
    const char *d = s->text.data;
    for (size_t i = start; i < s->text.size; i++) {
        char c = d[i];
        bool is_end = false;
        if (s->newline == NL_CR) is_end = c == '\r';
        else if (s->newline == NL_CRLF) is_end = c == '\n' && i > start && d[i - 1] == '\r';
        else if (s->newline == NL_ANY && c == '\r') {
            if (i + 1 < s->text.size && d[i + 1] == '\n') i++;
            is_end = true;
        } else is_end = c == '\n';
        if (is_end) {
            end = i + 1;
            break;
        }
    }
    int64_t nchars = s->ascii ? (int64_t)(end - start) : ayUtf8_count(d + start, end - start);
    if (limit >= 0 && nchars > limit) {
        nchars = limit;
        end = sio_offset(s, s->pos + limit);
    }
    AyStr *r = ayStr_new(vm, d + start, end - start);
    if (!r) return AY_NULL;
    s->pos += nchars;
    s->cache_char = s->pos;
    s->cache_byte = end;
    return ayV_from_obj(r);
}

static AyValue sio_readline(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t limit;
    if (!ayArg_count(vm, "readline", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &limit)) return AY_NULL;
    return sio_readline_impl(vm, args[0], limit);
}

static AyValue sio_readlines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return read_lines(vm, args[0], args + 1, nargs - 1, sio_readline_impl);
}

static AyValue sio_next(AyVM *vm, AyValue self) {
    AyValue line = sio_readline_impl(vm, self, -1);
    if (!line || AY_STR(line)->size == 0) return AY_NULL;
    return line;
}

static AyValue sio_iter(AyVM *vm, AyValue self) { return sio_check_iobase(vm, self) ? self : AY_NULL; }

static AyValue sio_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    StringIO *s = sio_check(vm, args[0]);
    if (!s || !ayArg_count(vm, "write", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "string argument expected, got '%T'", args[1]);
    AyStr *str = AY_STR(args[1]);
    if (str->size && !sio_write_text(vm, s, str)) return AY_NULL;
    return ayV_small(str->len);
}

static AyValue sio_writelines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!sio_check(vm, args[0]) || !ayArg_count(vm, "writelines", nargs - 1, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyValue line, r = AY_NONE;
    while ((line = ayObj_next(vm, it))) {
        AyValue wargs[2] = {args[0], line};
        if (!sio_write(vm, wargs, 2, AY_NULL)) {
            r = AY_NULL;
            break;
        }
    }
    if (ayErr_occurred(vm)) r = AY_NULL;
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue sio_seek(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t pos, whence = 0;
    StringIO *s = sio_check(vm, args[0]);
    if (!s || !ayArg_count(vm, "seek", nargs - 1, 1, 2) || !ayStd_int_arg(vm, args[1], &pos) ||
        (nargs > 2 && !ayStd_int_arg(vm, args[2], &whence)))
        return AY_NULL;
    if (whence == 0) {
        if (pos < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "Negative seek position %lld", (long long)pos);
        s->pos = pos;
    } else if (whence == 1 || whence == 2) {
        if (pos != 0)
            return ayErr_format(vm, AY_EXC(vm, OSError), "Can't do nonzero %s-relative seeks", whence == 1 ? "cur" : "end");
        if (whence == 2) s->pos = s->nchars;
    } else {
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    return ayInt_from_i64(vm, s->pos);
}

static AyValue sio_tell(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    StringIO *s = sio_check(vm, args[0]);
    return s ? ayInt_from_i64(vm, s->pos) : AY_NULL;
}

static AyValue sio_truncate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t size;
    StringIO *s = sio_check(vm, args[0]);
    if (!s || !ayArg_count(vm, "truncate", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &size))
        return AY_NULL;
    if (size < 0) {
        if (nargs > 1 && args[1] != AY_NONE)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "Negative size value %lld", (long long)size);
        size = s->pos;
    }
    if (size < s->nchars) {
        s->text.size = sio_offset(s, size);
        s->nchars = size;
        s->cache_char = 0;
        s->cache_byte = 0;
    }
    return ayInt_from_i64(vm, size);
}

static AyValue sio_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    StringIO *s = AY_AS(StringIO, args[0]);
    s->closed = 1;
    store_free(vm, &s->text);
    s->nchars = s->pos = s->cache_char = 0;
    s->cache_byte = 0;
    return AY_NONE;
}

static AyValue sio_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return sio_close(vm, args, 1, AY_NULL); }

static AyValue sio_true_if_open(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return sio_check(vm, args[0]) ? AY_TRUE : AY_NULL;
}
static AyValue sio_flush(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_NONE; }
static AyValue sio_isatty(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return sio_check_iobase(vm, args[0]) ? AY_FALSE : AY_NULL;
}
static AyValue io_fileno(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return unsupported(vm, "fileno"); }
static AyValue sio_detach(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return unsupported(vm, "detach"); }

static AyValue sio_closed_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(StringIO, self)->closed); }
static AyValue sio_none_get(AyVM *vm, AyValue self) { return AY_NONE; }
static AyValue sio_line_buffering_get(AyVM *vm, AyValue self) {
    return sio_check(vm, self) ? AY_FALSE : AY_NULL;
}
// The newline kinds seen so far: None, one str, or a tuple of them.
static AyValue sio_newlines_get(AyVM *vm, AyValue self) {
    StringIO *s = sio_check(vm, self);
    if (!s) return AY_NULL;
    if (s->newline != NL_UNIVERSAL || !s->seen) return AY_NONE;
    static const char *const kinds[] = {"\r", "\n", "\r\n"};  // tuple order
    static const uint8_t bits[] = {NL_SEEN_CR, NL_SEEN_LF, NL_SEEN_CRLF};
    AyValue items[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (s->seen & bits[i]) items[n++] = ayV_from_obj(ayStr_intern_c(vm, kinds[i]));
    return n == 1 ? items[0] : ayTuple_from_items(vm, items, n);
}

static const AyMethodDef sio_methods[] = {
    {"getvalue", sio_getvalue, 0, NULL},
    {"read", sio_read, 0, NULL},
    {"readline", sio_readline, 0, NULL},
    {"readlines", sio_readlines, 0, NULL},
    {"write", sio_write, 0, NULL},
    {"writelines", sio_writelines, 0, NULL},
    {"seek", sio_seek, 0, NULL},
    {"tell", sio_tell, 0, NULL},
    {"truncate", sio_truncate, 0, NULL},
    {"close", sio_close, 0, NULL},
    {"flush", sio_flush, 0, NULL},
    {"readable", sio_true_if_open, 0, NULL},
    {"writable", sio_true_if_open, 0, NULL},
    {"seekable", sio_true_if_open, 0, NULL},
    {"isatty", sio_isatty, 0, NULL},
    {"fileno", io_fileno, 0, NULL},
    {"detach", sio_detach, 0, NULL},
    {"__enter__", return_self, 0, NULL},
    {"__exit__", sio_exit, 0, NULL},
    {NULL},
};

static const AyGetSetDef sio_getsets[] = {
    {"closed", sio_closed_get, NULL},
    {"encoding", sio_none_get, NULL},
    {"errors", sio_none_get, NULL},
    {"line_buffering", sio_line_buffering_get, NULL},
    {"newlines", sio_newlines_get, NULL},
    {NULL},
};

// }====
// {==== BytesIO

typedef struct BytesIO {
    AyObj hdr;
    Store data;
    int64_t pos;
    uint8_t closed;
} BytesIO;

static BytesIO *bio_check(AyVM *vm, AyValue self) {
    BytesIO *b = AY_AS(BytesIO, self);
    if (b->closed) {
        closed_error(vm);
        return NULL;
    }
    return b;
}

static bool bio_put(AyVM *vm, BytesIO *b, const char *src, size_t n) {
    size_t pos = (size_t)b->pos;
    if (pos > b->data.size) {
        if (!store_reserve(vm, &b->data, pos)) return false;
        memset(b->data.data + b->data.size, 0, pos - b->data.size);
        b->data.size = pos;
    }
    size_t to = pos + n < b->data.size ? pos + n : b->data.size;
    if (!store_splice(vm, &b->data, pos, to, src, n)) return false;
    b->pos += (int64_t)n;
    return true;
}

static AyValue bio_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = (BytesIO *)ayGC_new(vm, type, type->basic_size);
    return b ? ayV_from_obj(b) : AY_NULL;
}

static AyValue bio_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "BytesIO", args, nargs, kw, "| initial_bytes", a)) return AY_NULL;
    BytesIO *b = AY_AS(BytesIO, self);
    b->data.size = 0;
    b->pos = 0;
    b->closed = 0;
    if (a[0] && a[0] != AY_NONE) {
        const char *data;
        int64_t n;
        if (!ayStd_buffer_arg(vm, a[0], &data, &n) || !bio_put(vm, b, data, (size_t)n)) return AY_NULL;
        b->pos = 0;
    }
    return AY_NONE;
}

static void bio_finalize(AyVM *vm, AyObj *o) { store_free(vm, &((BytesIO *)o)->data); }

static AyValue bio_bytes(AyVM *vm, BytesIO *b, size_t from, size_t n) {
    return ayBytes_from(vm, b->data.data ? b->data.data + from : "", n);
}

static AyValue bio_getvalue(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = bio_check(vm, args[0]);
    return b ? bio_bytes(vm, b, 0, b->data.size) : AY_NULL;
}

static AyValue bio_getbuffer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = bio_check(vm, args[0]);
    if (!b) return AY_NULL;
    AyValue copy = ayByteArray_from(vm, b->data.data ? b->data.data : "", b->data.size);
    AyValue mv = copy ? ayDict_get_cstr(vm, vm->builtins, "memoryview") : AY_NULL;
    return mv ? ayObj_call1(vm, mv, copy) : copy;
}

static AyValue bio_read(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t size;
    BytesIO *b = bio_check(vm, args[0]);
    if (!b || !ayArg_count(vm, "read", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &size)) return AY_NULL;
    int64_t avail = (int64_t)b->data.size > b->pos ? (int64_t)b->data.size - b->pos : 0;
    int64_t n = size < 0 || size > avail ? avail : size;
    AyValue r = bio_bytes(vm, b, n ? (size_t)b->pos : 0, (size_t)n);
    if (r) b->pos += n;
    return r;
}

static AyValue bio_readline_impl(AyVM *vm, AyValue self, int64_t limit) {
    BytesIO *b = bio_check(vm, self);
    if (!b) return AY_NULL;
    if (b->pos >= (int64_t)b->data.size) return ayBytes_from(vm, "", 0);
    const char *start = b->data.data + b->pos;
    size_t avail = b->data.size - (size_t)b->pos;
    const char *nl = memchr(start, '\n', avail);
    size_t n = nl ? (size_t)(nl - start) + 1 : avail;
    if (limit >= 0 && (size_t)limit < n) n = (size_t)limit;
    AyValue r = ayBytes_from(vm, start, n);
    if (r) b->pos += (int64_t)n;
    return r;
}

static AyValue bio_readline(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t limit;
    if (!ayArg_count(vm, "readline", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &limit)) return AY_NULL;
    return bio_readline_impl(vm, args[0], limit);
}

static AyValue bio_readlines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return read_lines(vm, args[0], args + 1, nargs - 1, bio_readline_impl);
}

static AyValue bio_next(AyVM *vm, AyValue self) {
    AyValue line = bio_readline_impl(vm, self, -1);
    if (!line || AY_AS(AyBytes, line)->size == 0) return AY_NULL;
    return line;
}

static AyValue bio_iter(AyVM *vm, AyValue self) { return self; }

static AyValue bio_readinto(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = bio_check(vm, args[0]);
    if (!b || !ayArg_count(vm, "readinto", nargs - 1, 1, 1)) return AY_NULL;
    int64_t room;
    char *dst = ayStd_writable_buffer_arg(vm, args[1], "readinto", &room);
    if (!dst) return AY_NULL;
    int64_t avail = (int64_t)b->data.size > b->pos ? (int64_t)b->data.size - b->pos : 0;
    int64_t n = room < avail ? room : avail;
    if (n) memcpy(dst, b->data.data + b->pos, (size_t)n);
    b->pos += n;
    return ayV_small(n);
}

static AyValue bio_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = bio_check(vm, args[0]);
    const char *data;
    int64_t n;
    if (!b || !ayArg_count(vm, "write", nargs - 1, 1, 1) || !ayStd_buffer_arg(vm, args[1], &data, &n)) return AY_NULL;
    if (n && !bio_put(vm, b, data, (size_t)n)) return AY_NULL;
    return ayV_small(n);
}

static AyValue bio_writelines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!bio_check(vm, args[0]) || !ayArg_count(vm, "writelines", nargs - 1, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyValue line, r = AY_NONE;
    while ((line = ayObj_next(vm, it))) {
        AyValue wargs[2] = {args[0], line};
        if (!bio_write(vm, wargs, 2, AY_NULL)) {
            r = AY_NULL;
            break;
        }
    }
    if (ayErr_occurred(vm)) r = AY_NULL;
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue bio_seek(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t pos, whence = 0;
    BytesIO *b = bio_check(vm, args[0]);
    if (!b || !ayArg_count(vm, "seek", nargs - 1, 1, 2) || !ayStd_int_arg(vm, args[1], &pos) ||
        (nargs > 2 && !ayStd_int_arg(vm, args[2], &whence)))
        return AY_NULL;
    if (whence < 0 || whence > 2)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && pos < 0)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "negative seek value %lld", (long long)pos);
    if (whence == 1) pos += b->pos;
    else if (whence == 2) pos += (int64_t)b->data.size;
    b->pos = pos < 0 ? 0 : pos;
    return ayInt_from_i64(vm, b->pos);
}

static AyValue bio_tell(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = bio_check(vm, args[0]);
    return b ? ayInt_from_i64(vm, b->pos) : AY_NULL;
}

static AyValue bio_truncate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t size;
    BytesIO *b = bio_check(vm, args[0]);
    if (!b || !ayArg_count(vm, "truncate", nargs - 1, 0, 1) || !size_arg(vm, args + 1, nargs - 1, &size))
        return AY_NULL;
    if (size < 0) {
        if (nargs > 1 && args[1] != AY_NONE)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "negative size value %lld", (long long)size);
        size = b->pos;
    }
    if ((size_t)size < b->data.size) b->data.size = (size_t)size;
    return ayInt_from_i64(vm, size);
}

static AyValue bio_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIO *b = AY_AS(BytesIO, args[0]);
    b->closed = 1;
    store_free(vm, &b->data);
    b->pos = 0;
    return AY_NONE;
}

static AyValue bio_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return bio_close(vm, args, 1, AY_NULL); }
static AyValue bio_true_if_open(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return bio_check(vm, args[0]) ? AY_TRUE : AY_NULL;
}
static AyValue bio_flush(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return bio_check(vm, args[0]) ? AY_NONE : AY_NULL;
}
static AyValue bio_isatty(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return bio_check(vm, args[0]) ? AY_FALSE : AY_NULL;
}
static AyValue bio_closed_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(BytesIO, self)->closed); }

static const AyMethodDef bio_methods[] = {
    {"getvalue", bio_getvalue, 0, NULL},
    {"getbuffer", bio_getbuffer, 0, NULL},
    {"read", bio_read, 0, NULL},
    {"read1", bio_read, 0, NULL},
    {"readline", bio_readline, 0, NULL},
    {"readlines", bio_readlines, 0, NULL},
    {"readinto", bio_readinto, 0, NULL},
    {"write", bio_write, 0, NULL},
    {"writelines", bio_writelines, 0, NULL},
    {"seek", bio_seek, 0, NULL},
    {"tell", bio_tell, 0, NULL},
    {"truncate", bio_truncate, 0, NULL},
    {"close", bio_close, 0, NULL},
    {"flush", bio_flush, 0, NULL},
    {"readable", bio_true_if_open, 0, NULL},
    {"writable", bio_true_if_open, 0, NULL},
    {"seekable", bio_true_if_open, 0, NULL},
    {"isatty", bio_isatty, 0, NULL},
    {"fileno", io_fileno, 0, NULL},
    {"__enter__", return_self, 0, NULL},
    {"__exit__", bio_exit, 0, NULL},
    {NULL},
};

static const AyGetSetDef bio_getsets[] = {
    {"closed", bio_closed_get, NULL},
    {NULL},
};

// }====

static const AyIntConst io_consts[] = {
    {"DEFAULT_BUFFER_SIZE", 8192}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {NULL, 0},
};

AyValue ayMod_io(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_io", NULL);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, io_consts);

    // UnsupportedOperation derives from both OSError and ValueError: built by type()
    AyValue bases[2] = {ayV_from_obj(AY_EXC(vm, OSError)), ayV_from_obj(AY_EXC(vm, ValueError))};
    AyDict *ns = ayDict_new(vm);
    AyValue targs[3] = {ayV_from_obj(ayStr_intern_c(vm, "UnsupportedOperation")), ayTuple_from_items(vm, bases, 2),
                        ayV_from_obj(ns)};
    ayDict_set_cstr(vm, ns, "__module__", ayV_from_obj(ayStr_intern_c(vm, "io")));
    AyValue uo = ayObj_call(vm, ayV_from_obj(vm->t_type), targs, 3, AY_NULL);
    if (!uo) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    vm->std_types[AY_STD_UnsupportedOperation] = AY_AS(AyType, uo);
    ayModule_add(vm, m, "UnsupportedOperation", uo);

    AyType *st = ayStd_new_type(vm, AY_STD_StringIO, "_io", "_io.StringIO", vm->t_object, sizeof(StringIO),
                                AY_TF_BASETYPE);
    st->tp_new = sio_new;
    st->tp_init = sio_init;
    st->finalize = sio_finalize;
    st->iter = sio_iter;
    st->next = sio_next;
    ayType_add_methods(vm, st, sio_methods);
    ayType_add_getsets(vm, st, sio_getsets);
    ayType_ready(vm, st);
    ayModule_add(vm, m, "StringIO", ayV_from_obj(st));

    AyType *bt = ayStd_new_type(vm, AY_STD_BytesIO, "_io", "_io.BytesIO", vm->t_object, sizeof(BytesIO), AY_TF_BASETYPE);
    bt->tp_new = bio_new;
    bt->tp_init = bio_init;
    bt->finalize = bio_finalize;
    bt->iter = bio_iter;
    bt->next = bio_next;
    ayType_add_methods(vm, bt, bio_methods);
    ayType_add_getsets(vm, bt, bio_getsets);
    ayType_ready(vm, bt);
    ayModule_add(vm, m, "BytesIO", ayV_from_obj(bt));

    ayModule_add(vm, m, "open", ayDict_get_cstr(vm, vm->builtins, "open"));
    ayModule_add(vm, m, "TextIOWrapper", ayV_from_obj(vm->t_file));
    ayModule_add(vm, m, "BufferedReader", ayV_from_obj(AY_STD_TYPE(vm, BufferedReader)));
    ayModule_add(vm, m, "BufferedWriter", ayV_from_obj(AY_STD_TYPE(vm, BufferedWriter)));
    ayModule_add(vm, m, "BufferedRandom", ayV_from_obj(AY_STD_TYPE(vm, BufferedRandom)));
    ayModule_add(vm, m, "FileIO", ayV_from_obj(AY_STD_TYPE(vm, FileIO)));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
