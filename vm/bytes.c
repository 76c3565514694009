// bytes and bytearray: storage, repr, comparison, indexing and the core
// methods. (Both share one implementation over (data, size) pairs.)
#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors);
uint64_t ayHash_bytes(const void *p, size_t n);

// {==== storage

static size_t bytes_gc_size(AyObj *o) { return sizeof(AyBytes) + (size_t)((AyBytes *)o)->size + 1; }

AyValue ayBytes_new_uninit(AyVM *vm, int64_t n, char **data) {
    if (n < 0 || n > ((int64_t)1 << 40)) return ayErr_nomemory(vm);
    AyBytes *b = (AyBytes *)ayGC_new(vm, vm->t_bytes, sizeof(AyBytes) + (size_t)n + 1);
    if (!b) return AY_NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = 0;
    *data = b->data;
    return ayV_from_obj(b);
}

AyValue ayBytes_from(AyVM *vm, const char *s, size_t n) {
    char *d = NULL;
    AyValue b = ayBytes_new_uninit(vm, (int64_t)n, &d);
    if (b && n) memcpy(d, s, n);
    return b;
}

static void bytearray_finalize(AyVM *vm, AyObj *o) {
    AyByteArray *b = (AyByteArray *)o;
    ayMem_free(vm, b->data, (size_t)b->cap);
}

static bool ba_reserve(AyVM *vm, AyByteArray *b, int64_t n) {
    if (n + 1 <= b->cap) return true;
    int64_t cap = b->cap < 16 ? 16 : b->cap + b->cap / 2;
    if (cap < n + 1) cap = n + 1;
    char *d = ayMem_realloc(vm, b->data, (size_t)b->cap, (size_t)cap);
    if (!d) return false;
    b->data = d;
    b->cap = cap;
    return true;
}

AyValue ayByteArray_from(AyVM *vm, const char *s, size_t n) {
    AyByteArray *b = AY_NEW(vm, AyByteArray, vm->t_bytearray);
    if (!b || !ba_reserve(vm, b, (int64_t)n)) return AY_NULL;
    if (n) memcpy(b->data, s, n);
    b->size = (int64_t)n;
    b->data[n] = 0;
    return ayV_from_obj(b);
}

// The bytes of a bytes-like object (bytes, bytearray); false if not one.
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    *data = "";
    *n = 0;
    if (ayV_has_flag(vm, v, AY_TF_BYTES_SUB)) {
        *data = AY_AS(AyBytes, v)->data;
        *n = AY_AS(AyBytes, v)->size;
        return true;
    }
    if (ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->t_bytearray)) {
        *data = AY_AS(AyByteArray, v)->data ? AY_AS(AyByteArray, v)->data : "";
        *n = AY_AS(AyByteArray, v)->size;
        return true;
    }
    return false;
}

static bool is_bytearray(AyVM *vm, AyValue v) { return ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->t_bytearray); }

// A new bytes or bytearray like `like` with the given content.
static AyValue new_like(AyVM *vm, AyValue like, const char *s, size_t n) {
    return is_bytearray(vm, like) ? ayByteArray_from(vm, s, n) : ayBytes_from(vm, s, n);
}

// }====
// {==== repr, compare, hash

bool ayBytes_add_repr(AyBuf *b, const char *s, int64_t n) {
    bool has_single = memchr(s, '\'', (size_t)n) != NULL, has_double = memchr(s, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    ayBuf_addc(b, 'b');
    ayBuf_addc(b, quote);
    char tmp[8];
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            ayBuf_addc(b, '\\');
            ayBuf_addc(b, (char)c);
        } else if (c == '\t') ayBuf_add(b, "\\t", 2);
        else if (c == '\n') ayBuf_add(b, "\\n", 2);
        else if (c == '\r') ayBuf_add(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            ayBuf_adds(b, tmp);
        } else ayBuf_addc(b, (char)c);
    }
    ayBuf_addc(b, quote);
    return !b->failed;
}

static AyValue bytes_repr(AyVM *vm, AyValue v) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, v, &d, &n);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ba = is_bytearray(vm, v);
    if (ba) ayBuf_printf(&b, "%s(", ayType_name(ayV_type(vm, v)));
    ayBytes_add_repr(&b, d, n);
    if (ba) ayBuf_addc(&b, ')');
    return ayBuf_finish(&b);
}

static AyValue bytes_str(AyVM *vm, AyValue v) { return bytes_repr(vm, v); }

static AyValue bytes_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    const char *x, *y;
    int64_t nx, ny;
    if (!ayBytes_view(vm, a, &x, &nx) || !ayBytes_view(vm, b, &y, &ny)) return AY_NOTIMPLEMENTED;
    int c = memcmp(x, y, (size_t)(nx < ny ? nx : ny));
    if (c == 0) c = (nx > ny) - (nx < ny);
    switch (op) {
    case AY_LT: return ayV_bool(c < 0);
    case AY_LE: return ayV_bool(c <= 0);
    case AY_EQ: return ayV_bool(c == 0);
    case AY_NE: return ayV_bool(c != 0);
    case AY_GT: return ayV_bool(c > 0);
    default: return ayV_bool(c >= 0);
    }
}

static int64_t bytes_hash(AyVM *vm, AyValue v) {
    AyBytes *b = AY_AS(AyBytes, v);
    if (b->hash == -1) {
        int64_t h = (int64_t)ayHash_bytes(b->data, (size_t)b->size);
        b->hash = h == -1 ? -2 : h;
    }
    return b->hash;
}

static int64_t bytes_len(AyVM *vm, AyValue v) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, v, &d, &n);
    return n;
}

static AyValue bytes_getitem(AyVM *vm, AyValue v, AyValue key) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, v, &d, &n);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t a, b, st, len;
        if (aySlice_indices(vm, key, n, &a, &b, &st, &len) < 0) return AY_NULL;
        if (st == 1) return new_like(vm, v, d + a, (size_t)(len > 0 ? len : 0));
        AyBuf buf;
        ayBuf_init(&buf, vm);
        for (int64_t i = 0; i < len; i++) ayBuf_addc(&buf, d[a + i * st]);
        AyValue r = new_like(vm, v, buf.data ? buf.data : "", buf.len);
        ayBuf_free(&buf);
        return r;
    }
    int64_t i;
    if (ayObj_as_ssize(vm, key, &i) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "byte indices must be integers or slices, not %T", key);
        }
        return AY_NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return ayErr_format(vm, AY_EXC(vm, IndexError), is_bytearray(vm, v) ? "bytearray index out of range"
                                                                             : "index out of range");
    return ayV_small((uint8_t)d[i]);
}

static int bytes_contains(AyVM *vm, AyValue c, AyValue item) {
    const char *d, *s;
    int64_t n, m;
    ayBytes_view(vm, c, &d, &n);
    if (ayV_is_anyint(vm, item)) {
        int64_t i;
        if (ayObj_as_ssize(vm, item, &i) < 0) return -1;
        if (i < 0 || i > 255) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)i, (size_t)n) != NULL;
    }
    if (!ayBytes_view(vm, item, &s, &m)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    return m == 0 || memmem(d, (size_t)n, s, (size_t)m) != NULL;
}

static AyValue bytes_add(AyVM *vm, AyValue a, AyValue b) {
    const char *x, *y;
    int64_t nx, ny;
    if (!ayBytes_view(vm, a, &x, &nx)) return AY_NOTIMPLEMENTED;
    if (!ayBytes_view(vm, b, &y, &ny))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't concat %T to %T", b, a);
    AyBuf buf;
    ayBuf_init(&buf, vm);
    ayBuf_add(&buf, x, (size_t)nx);
    ayBuf_add(&buf, y, (size_t)ny);
    AyValue r = new_like(vm, a, buf.data ? buf.data : "", buf.len);
    ayBuf_free(&buf);
    return r;
}

static AyValue bytes_mul(AyVM *vm, AyValue a, AyValue b) {
    AyValue s = ayV_is_anyint(vm, a) ? b : a, k = s == a ? b : a;
    const char *d;
    int64_t n, count;
    if (!ayBytes_view(vm, s, &d, &n) || !ayV_is_anyint(vm, k)) return AY_NOTIMPLEMENTED;
    if (ayObj_as_ssize(vm, k, &count) < 0) return AY_NULL;
    if (count < 0) count = 0;
    if (n && count > ((int64_t)1 << 40) / n) return ayErr_nomemory(vm);
    AyBuf buf;
    ayBuf_init(&buf, vm);
    for (int64_t i = 0; i < count; i++) ayBuf_add(&buf, d, (size_t)n);
    AyValue r = new_like(vm, s, buf.data ? buf.data : "", buf.len);
    ayBuf_free(&buf);
    return r;
}

AyValue ayFormat_percent_bytes(AyVM *vm, AyValue fmt, AyValue args);

typedef struct BytesIter {
    AyObj hdr;
    AyValue seq;
    int64_t index;
} BytesIter;

static void bytesiter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((BytesIter *)o)->seq); }

static AyValue bytes_iter(AyVM *vm, AyValue v) {
    BytesIter *it = AY_NEW(vm, BytesIter, vm->t_bytes_iterator);
    if (!it) return AY_NULL;
    it->seq = v;
    return ayV_from_obj(it);
}

static AyValue bytesiter_next(AyVM *vm, AyValue v) {
    BytesIter *it = AY_AS(BytesIter, v);
    if (!it->seq) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, it->seq, &d, &n);
    if (it->index < n) return ayV_small((uint8_t)d[it->index++]);
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// }====
// {==== construction

// bytes(x): from str+encoding, an int count, a bytes-like, or an iterable of ints.
static bool collect_bytes(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, AyBuf *out) {
    AyValue a[3];
    if (!ayArg_unpack(vm, name, args, nargs, kwnames, "| source encoding errors", a)) return false;
    if (!a[0]) {
        if (a[1] || a[2]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), a[1] ? "encoding without a string argument"
                                                        : "errors without a string argument");
            return false;
        }
        return true;
    }
    AyValue src = a[0];
    if (ayV_is_str(vm, src)) {
        if (!a[1]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "string argument without an encoding");
            return false;
        }
        AyValue args2[3] = {src, a[1], a[2] ? a[2] : ayV_from_obj(ayStr_intern_c(vm, "strict"))};
        AyValue enc = ayObj_call_method(vm, src, ayStr_intern_c(vm, "encode"), args2, 2);
        if (!enc) return false;
        ayBuf_add(out, AY_AS(AyBytes, enc)->data, (size_t)AY_AS(AyBytes, enc)->size);
        return true;
    }
    if (a[1] || a[2]) {
        ayErr_format(vm, AY_EXC(vm, TypeError), a[1] ? "encoding without a string argument"
                                                    : "errors without a string argument");
        return false;
    }
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, src, &d, &n)) {
        ayBuf_add(out, d, (size_t)n);
        return true;
    }
    if (ayV_is_anyint(vm, src)) {
        int64_t count;
        if (ayObj_as_ssize(vm, src, &count) < 0) return false;
        if (count < 0) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "negative count");
            return false;
        }
        if (!ayBuf_reserve(out, (size_t)count)) return false;
        memset(out->data + out->len, 0, (size_t)count);
        out->len += (size_t)count;
        return true;
    }
    AyType *t = ayV_type(vm, src);
    if (!t->iter && !t->getitem) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot convert '%s' object to %s", ayType_name(t), name);
        return false;
    }
    AyValue it = ayObj_iter(vm, src);
    if (!it) return false;
    ayGC_push_root(vm, it);
    bool ok = true;
    for (AyValue x; (x = ayObj_next(vm, it));) {
        int64_t v;
        if (!ayV_is_anyint(vm, x) && !ayV_type(vm, x)->index) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", x);
            ok = false;
            break;
        }
        if (ayObj_as_ssize(vm, x, &v) < 0) {
            ok = false;
            break;
        }
        if (v < 0 || v > 255) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "bytes must be in range(0, 256)");
            ok = false;
            break;
        }
        ayBuf_addc(out, (char)v);
    }
    if (ayErr_occurred(vm)) ok = false;
    ayGC_pop_roots(vm, 1);
    return ok;
}

static AyValue bytes_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs == 1 && !kwnames && ayV_is_type(vm, args[0], vm->t_bytes) && type == vm->t_bytes) return args[0];
    if (nargs == 1 && !kwnames && !ayV_is_str(vm, args[0])) {
        AyValue m = ayType_lookup(vm, ayV_type(vm, args[0]), vm->s.__bytes__);
        if (m) {
            AyValue r = ayObj_call1(vm, m, args[0]);
            if (r && !ayV_is_type(vm, r, vm->t_bytes))
                return ayErr_format(vm, AY_EXC(vm, TypeError), "__bytes__ returned non-bytes (type %T)", r);
            return r;
        }
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!collect_bytes(vm, args, nargs, kwnames, "bytes", &b)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    AyValue r = ayBytes_from(vm, b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue bytearray_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyByteArray *b = (AyByteArray *)ayGC_new(vm, type, type->basic_size);
    return b ? ayV_from_obj(b) : AY_NULL;
}

static AyValue bytearray_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!collect_bytes(vm, args, nargs, kwnames, "bytearray", &b)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    AyByteArray *ba = AY_AS(AyByteArray, self);
    if (!ba_reserve(vm, ba, (int64_t)b.len)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    if (b.len) memcpy(ba->data, b.data, b.len);
    ba->size = (int64_t)b.len;
    ba->data[ba->size] = 0;
    ayBuf_free(&b);
    return AY_NONE;
}

static int bytearray_setitem(AyVM *vm, AyValue v, AyValue key, AyValue val) {
    AyByteArray *b = AY_AS(AyByteArray, v);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t a, e, st, len;
        if (aySlice_indices(vm, key, b->size, &a, &e, &st, &len) < 0) return -1;
        AyBuf src;
        ayBuf_init(&src, vm);
        if (val) {
            const char *d;
            int64_t n;
            if (ayBytes_view(vm, val, &d, &n)) ayBuf_add(&src, d, (size_t)n);
            else if (!collect_bytes(vm, &val, 1, AY_NULL, "bytearray", &src)) {
                ayBuf_free(&src);
                return -1;
            }
        }
        if (st != 1) {
            if (!val) {
                // delete every st-th byte
                if (st < 0) {
                    a = a + (len - 1) * st;
                    st = -st;
                }
                int64_t w = a;
                for (int64_t r = a; r < b->size; r++) {
                    if (r - a < len * st && (r - a) % st == 0) continue;
                    b->data[w++] = b->data[r];
                }
                b->size = w;
                ayBuf_free(&src);
                return 0;
            }
            if ((int64_t)src.len != len) {
                ayBuf_free(&src);
                ayErr_format(vm, AY_EXC(vm, ValueError),
                             "attempt to assign bytes of size %lld to extended slice of size %lld", (long long)src.len,
                             (long long)len);
                return -1;
            }
            for (int64_t i = 0; i < len; i++) b->data[a + i * st] = src.data[i];
            ayBuf_free(&src);
            return 0;
        }
        if (e < a) e = a;
        int64_t d = (int64_t)src.len - (e - a);
        if (!ba_reserve(vm, b, b->size + d)) {
            ayBuf_free(&src);
            return -1;
        }
        memmove(b->data + e + d, b->data + e, (size_t)(b->size - e));
        if (src.len) memcpy(b->data + a, src.data, src.len);
        b->size += d;
        b->data[b->size] = 0;
        ayBuf_free(&src);
        return 0;
    }
    int64_t i;
    if (ayObj_as_ssize(vm, key, &i) < 0) return -1;
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "bytearray index out of range");
        return -1;
    }
    if (!val) {
        memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
        b->size--;
        return 0;
    }
    int64_t x;
    if (ayObj_as_ssize(vm, val, &x) < 0) return -1;
    if (x < 0 || x > 255) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
        return -1;
    }
    b->data[i] = (char)x;
    return 0;
}

// }====
// {==== methods

static AyValue m_decode(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "decode", args + 1, nargs - 1, kwnames, "| encoding errors", a)) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    return ayCodec_decode(vm, d, (size_t)n, a[0] ? AY_CSTR(a[0]) : "utf-8", a[1] ? AY_CSTR(a[1]) : "strict");
}

static AyValue m_hex(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "hex", args + 1, nargs - 1, kwnames, "| sep bytes_per_sep", a)) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *sep = a[0] ? AY_CSTR(a[0]) : NULL;
    int64_t per = 1;
    if (a[1] && ayObj_as_ssize(vm, a[1], &per) < 0) return AY_NULL;
    int64_t absper = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && i && absper) {
            bool at = per > 0 ? (n - i) % absper == 0 : i % absper == 0;
            if (at) ayBuf_adds(&b, sep);
        }
        char tmp[4];
        snprintf(tmp, sizeof tmp, "%02x", (unsigned char)d[i]);
        ayBuf_add(&b, tmp, 2);
    }
    return ayBuf_finish(&b);
}

static AyValue m_fromhex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "fromhex", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "fromhex() argument must be str, not %T", args[1]);
    const char *s = AY_CSTR(args[1]);
    AyBuf b;
    ayBuf_init(&b, vm);
    for (int64_t i = 0; s[i];) {
        if (isspace((unsigned char)s[i])) {
            i++;
            continue;
        }
        if (!isxdigit((unsigned char)s[i]) || !isxdigit((unsigned char)s[i + 1])) {
            ayBuf_free(&b);
            return ayErr_format(vm, AY_EXC(vm, ValueError),
                                "non-hexadecimal number found in fromhex() arg at position %lld",
                                (long long)(isxdigit((unsigned char)s[i]) ? i + 1 : i));
        }
        char tmp[3] = {s[i], s[i + 1], 0};
        ayBuf_addc(&b, (char)strtol(tmp, NULL, 16));
        i += 2;
    }
    AyValue r = args[0] == ayV_from_obj(vm->t_bytearray) ? ayByteArray_from(vm, b.data ? b.data : "", b.len)
                                                        : ayBytes_from(vm, b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue m_append(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "append", nargs - 1, 1, 1)) return AY_NULL;
    int64_t x;
    if (ayObj_as_ssize(vm, args[1], &x) < 0) return AY_NULL;
    if (x < 0 || x > 255) return ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
    AyByteArray *b = AY_AS(AyByteArray, args[0]);
    if (!ba_reserve(vm, b, b->size + 1)) return AY_NULL;
    b->data[b->size++] = (char)x;
    b->data[b->size] = 0;
    return AY_NONE;
}

static AyValue m_extend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "extend", nargs - 1, 1, 1)) return AY_NULL;
    AyByteArray *b = AY_AS(AyByteArray, args[0]);
    AyBuf src;
    ayBuf_init(&src, vm);
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, args[1], &d, &n)) ayBuf_add(&src, d, (size_t)n);
    else if (!collect_bytes(vm, &args[1], 1, AY_NULL, "bytearray", &src)) {
        ayBuf_free(&src);
        return AY_NULL;
    }
    if (!ba_reserve(vm, b, b->size + (int64_t)src.len)) {
        ayBuf_free(&src);
        return AY_NULL;
    }
    if (src.len) memcpy(b->data + b->size, src.data, src.len);
    b->size += (int64_t)src.len;
    b->data[b->size] = 0;
    ayBuf_free(&src);
    return AY_NONE;
}

static AyValue bytearray_iadd(AyVM *vm, AyValue a, AyValue b) {
    AyValue args[2] = {a, b};
    if (!m_extend(vm, args, 2, AY_NULL)) return AY_NULL;
    return a;
}

static AyValue m_join(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "join", nargs - 1, 1, 1)) return AY_NULL;
    const char *sep;
    int64_t nsep;
    ayBytes_view(vm, args[0], &sep, &nsep);
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, args[1], &items, &n);
    if (!seq) return AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    for (int64_t i = 0; i < n; i++) {
        const char *d;
        int64_t m;
        if (!ayBytes_view(vm, items[i], &d, &m)) {
            ayBuf_free(&b);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected a bytes-like object, %T found",
                                (long long)i, items[i]);
        }
        if (i) ayBuf_add(&b, sep, (size_t)nsep);
        ayBuf_add(&b, d, (size_t)m);
    }
    AyValue r = new_like(vm, args[0], b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue find_impl(AyVM *vm, AyValue *args, int nargs, bool rev, bool raise) {
    if (!ayArg_count(vm, rev ? "rfind" : "find", nargs - 1, 1, 3)) return AY_NULL;
    const char *d, *s;
    int64_t n, m;
    char one;
    ayBytes_view(vm, args[0], &d, &n);
    if (ayV_is_anyint(vm, args[1])) {
        int64_t x;
        if (ayObj_as_ssize(vm, args[1], &x) < 0) return AY_NULL;
        if (x < 0 || x > 255) return ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
        one = (char)x;
        s = &one;
        m = 1;
    } else if (!ayBytes_view(vm, args[1], &s, &m)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "argument should be integer or bytes-like object, not '%T'",
                            args[1]);
    }
    int64_t a, b;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, n, &a, &b)) return AY_NULL;
    int64_t r = -1;
    if (b - a >= m) {
        if (!rev) {
            const char *f = memmem(d + a, (size_t)(b - a), s, (size_t)m);
            if (f) r = f - d;
        } else {
            for (int64_t i = b - m; i >= a; i--)
                if (memcmp(d + i, s, (size_t)m) == 0) {
                    r = i;
                    break;
                }
        }
    }
    if (r < 0 && raise) return ayErr_format(vm, AY_EXC(vm, ValueError), "subsection not found");
    return ayV_small(r);
}

static AyValue m_find(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, false, false); }
static AyValue m_rfind(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, true, false); }
static AyValue m_index(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, false, true); }

static AyValue affix(AyVM *vm, AyValue *args, int nargs, bool suffix) {
    if (!ayArg_count(vm, suffix ? "endswith" : "startswith", nargs - 1, 1, 3)) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    int64_t a, b;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, n, &a, &b)) return AY_NULL;
    AyValue *pats = &args[1];
    int64_t np = 1;
    if (ayV_is_tuple(vm, args[1])) {
        pats = AY_AS(AyTuple, args[1])->items;
        np = AY_AS(AyTuple, args[1])->len;
    }
    for (int64_t i = 0; i < np; i++) {
        const char *s;
        int64_t m;
        if (!ayBytes_view(vm, pats[i], &s, &m))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s first arg must be bytes or a tuple of bytes, not %T",
                                suffix ? "endswith" : "startswith", pats[i]);
        if (m > b - a) continue;
        if (memcmp(suffix ? d + b - m : d + a, s, (size_t)m) == 0) return AY_TRUE;
    }
    return AY_FALSE;
}

static AyValue m_startswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix(vm, a, n, false); }
static AyValue m_endswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix(vm, a, n, true); }

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "count", nargs - 1, 1, 3)) return AY_NULL;
    const char *d, *s;
    int64_t n, m;
    char one;
    ayBytes_view(vm, args[0], &d, &n);
    if (ayV_is_anyint(vm, args[1])) {
        int64_t x;
        if (ayObj_as_ssize(vm, args[1], &x) < 0) return AY_NULL;
        one = (char)x;
        s = &one;
        m = 1;
    } else if (!ayBytes_view(vm, args[1], &s, &m)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "argument should be integer or bytes-like object, not '%T'", args[1]);
    }
    int64_t a, b;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, n, &a, &b)) return AY_NULL;
    if (m == 0) return ayV_small(b >= a ? b - a + 1 : 0);
    int64_t c = 0;
    for (int64_t i = a; i + m <= b;) {
        if (memcmp(d + i, s, (size_t)m) == 0) {
            c++;
            i += m;
        } else {
            i++;
        }
    }
    return ayV_small(c);
}

static AyValue m_replace(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "replace", nargs - 1, 2, 3)) return AY_NULL;
    const char *d, *o, *r;
    int64_t n, no, nr, count = -1;
    ayBytes_view(vm, args[0], &d, &n);
    if (!ayBytes_view(vm, args[1], &o, &no) || !ayBytes_view(vm, args[2], &r, &nr))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required");
    if (nargs > 3 && ayObj_as_ssize(vm, args[3], &count) < 0) return AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t i = 0, done = 0;
    while (i <= n && (count < 0 || done < count)) {
        const char *f = no ? memmem(d + i, (size_t)(n - i), o, (size_t)no) : (i < n || done == 0 ? d + i : NULL);
        if (!f) break;
        ayBuf_add(&b, d + i, (size_t)(f - (d + i)));
        ayBuf_add(&b, r, (size_t)nr);
        done++;
        if (no) i = (f - d) + no;
        else {
            if (f - d < n) ayBuf_addc(&b, d[f - d]);
            i = (f - d) + 1;
            if (i > n) break;
        }
    }
    if (i < n) ayBuf_add(&b, d + i, (size_t)(n - i));
    AyValue res = new_like(vm, args[0], b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return res;
}

static AyValue m_split(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "split", args + 1, nargs - 1, kwnames, "| sep maxsplit", a)) return AY_NULL;
    const char *d, *s = NULL;
    int64_t n, m = 0, maxsplit = -1;
    ayBytes_view(vm, args[0], &d, &n);
    if (a[0] && a[0] != AY_NONE && !ayBytes_view(vm, a[0], &s, &m))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", a[0]);
    if (s && m == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
    if (a[1] && ayObj_as_ssize(vm, a[1], &maxsplit) < 0) return AY_NULL;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    int64_t i = 0;
    bool ok = true;
    while (ok) {
        if (!s) {
            while (i < n && isspace((unsigned char)d[i])) i++;
            if (i >= n) break;
            int64_t j = i;
            if (maxsplit == 0) j = n;
            else
                while (j < n && !isspace((unsigned char)d[j])) j++;
            AyValue piece = new_like(vm, args[0], d + i, (size_t)(j - i));
            ok = piece && ayList_append(vm, l, piece);
            i = j;
            if (maxsplit > 0) maxsplit--;
            if (j >= n) break;
        } else {
            const char *f = maxsplit == 0 ? NULL : memmem(d + i, (size_t)(n - i), s, (size_t)m);
            int64_t j = f ? f - d : n;
            AyValue piece = new_like(vm, args[0], d + i, (size_t)(j - i));
            ok = piece && ayList_append(vm, l, piece);
            if (!f) break;
            i = j + m;
            if (maxsplit > 0) maxsplit--;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue strip_impl(AyVM *vm, AyValue *args, int nargs, bool left, bool right) {
    if (!ayArg_count(vm, "strip", nargs - 1, 0, 1)) return AY_NULL;
    const char *d, *chars = NULL;
    int64_t n, nc = 0;
    ayBytes_view(vm, args[0], &d, &n);
    if (nargs > 1 && args[1] != AY_NONE && !ayBytes_view(vm, args[1], &chars, &nc))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", args[1]);
    int64_t a = 0, b = n;
#define STRIPPABLE(c) (chars ? memchr(chars, (c), (size_t)nc) != NULL : isspace((unsigned char)(c)))
    if (left)
        while (a < b && STRIPPABLE(d[a])) a++;
    if (right)
        while (b > a && STRIPPABLE(d[b - 1])) b--;
#undef STRIPPABLE
    return new_like(vm, args[0], d + a, (size_t)(b - a));
}

static AyValue m_strip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, true, true); }
static AyValue m_lstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, true, false); }
static AyValue m_rstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, false, true); }

static AyValue case_impl(AyVM *vm, AyValue *args, int nargs, int op) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    AyBuf b;
    ayBuf_init(&b, vm);
    for (int64_t i = 0; i < n; i++) {
        char c = d[i];
        if (op == 0) c = (char)toupper((unsigned char)c);
        else if (op == 1) c = (char)tolower((unsigned char)c);
        ayBuf_addc(&b, c);
    }
    AyValue r = new_like(vm, args[0], b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue m_upper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, 0); }
static AyValue m_lower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, 1); }

static AyValue pred(AyVM *vm, AyValue *args, int (*f)(int)) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    if (!n) return AY_FALSE;
    for (int64_t i = 0; i < n; i++)
        if (!f((unsigned char)d[i])) return AY_FALSE;
    return AY_TRUE;
}

static AyValue m_isdigit(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, isdigit); }
static AyValue m_isalpha(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, isalpha); }
static AyValue m_isalnum(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, isalnum); }
static AyValue m_isspace(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, isspace); }

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, args[0], &d, &n);
    return ayByteArray_from(vm, d, (size_t)n);
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyByteArray *b = AY_AS(AyByteArray, args[0]);
    int64_t i = b->size - 1;
    if (nargs > 1 && ayObj_as_ssize(vm, args[1], &i) < 0) return AY_NULL;
    if (!b->size) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop from empty bytearray");
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop index out of range");
    uint8_t v = (uint8_t)b->data[i];
    memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    b->size--;
    return ayV_small(v);
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AY_AS(AyByteArray, args[0])->size = 0;
    return AY_NONE;
}

static const AyMethodDef bytes_methods[] = {
    {"decode", m_decode, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, AY_NATIVE_CLASSMETHOD, NULL},
    {"join", m_join, 0, NULL},
    {"find", m_find, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"split", m_split, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {NULL},
};

static const AyMethodDef bytearray_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {NULL},
};

// }====

void ayBytes_setup(AyVM *vm) {
    AyType *t = vm->t_bytes;
    t->flags |= AY_TF_BYTES_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyBytes);
    t->gc_size = bytes_gc_size;
    t->repr = bytes_repr;
    t->str = bytes_str;
    t->richcmp = bytes_richcmp;
    t->hash = bytes_hash;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->tp_new = bytes_new;
    t->binop[AY_BINOP_ADD] = bytes_add;
    t->binop[AY_BINOP_MUL] = bytes_mul;
    ayType_add_methods(vm, t, bytes_methods);

    AyType *ba = vm->t_bytearray;
    ba->flags |= AY_TF_BASETYPE;
    ba->basic_size = sizeof(AyByteArray);
    ba->finalize = bytearray_finalize;
    ba->repr = bytes_repr;
    ba->str = bytes_str;
    ba->richcmp = bytes_richcmp;
    ba->len = bytes_len;
    ba->getitem = bytes_getitem;
    ba->setitem = bytearray_setitem;
    ba->contains = bytes_contains;
    ba->iter = bytes_iter;
    ba->tp_new = bytearray_new;
    ba->tp_init = bytearray_init;
    ba->binop[AY_BINOP_ADD] = bytes_add;
    ba->binop[AY_BINOP_MUL] = bytes_mul;
    ba->binop[AY_BINOP_COUNT + AY_BINOP_ADD] = bytearray_iadd;
    ayType_add_methods(vm, ba, bytes_methods);
    ayType_add_methods(vm, ba, bytearray_methods);

    AyType *it = vm->t_bytes_iterator;
    it->basic_size = sizeof(BytesIter);
    it->trace = bytesiter_trace;
    it->iter = iter_self;
    it->next = bytesiter_next;
}
