// bytes and bytearray: storage, construction, repr, comparison, hashing,
// indexing and slicing (with bytearray item/slice assignment), iteration,
// concatenation, and the bytearray mutators. The methods shared by both
// types are in bytes_methods.c, `%` formatting in bytes_format.c.
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

bool ayMeth_onearg(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayMeth_posonly(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int min, int max);
bool ayMeth_kwargs(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char *spec,
                   AyValue *out);
void ayBytes_methods_setup(AyVM *vm);

// {==== storage

static size_t bytes_gc_size(AyObj *o) { return sizeof(AyBytes) + (size_t)((AyBytes *)o)->size + 1; }

static AyValue new_bytes_of(AyVM *vm, AyType *type, int64_t n, char **data) {
    if (n < 0 || n > ((int64_t)1 << 40)) return ayErr_nomemory(vm);
    AyBytes *b = (AyBytes *)ayGC_new(vm, type, ayType_instance_size(type, sizeof(AyBytes) + (size_t)n + 1));
    if (!b) return AY_NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = 0;
    *data = b->data;
    return ayV_from_obj(b);
}

AyValue ayBytes_new_uninit(AyVM *vm, int64_t n, char **data) { return new_bytes_of(vm, vm->t_bytes, n, data); }

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

// Capacity for n bytes plus the NUL kept after them.
static bool ba_reserve(AyVM *vm, AyByteArray *b, int64_t n) {
    if (n + 1 <= b->cap) return true;
    if (n > ((int64_t)1 << 40)) {
        ayErr_nomemory(vm);
        return false;
    }
    int64_t cap = b->cap < 16 ? 16 : b->cap + b->cap / 2;
    if (cap < n + 1) cap = n + 1;
    char *d = ayMem_realloc(vm, b->data, (size_t)b->cap, (size_t)cap);
    if (!d) return false;
    b->data = d;
    b->cap = cap;
    return true;
}

// Memoryviews export a bytearray's buffer: while one is alive the array may
// not change size. A memoryview that became garbage still counts until the
// collector finalizes it, so before refusing run a collection once.
bool ayByteArray_check_resizable(AyVM *vm, AyByteArray *b) {
    if (b->exports > 0) {
        ayGC_push_root(vm, ayV_from_obj(b));
        ayGC_collect(vm);
        ayGC_pop_roots(vm, 1);
    }
    if (b->exports <= 0) return true;
    ayErr_format(vm, AY_EXC(vm, BufferError), "Existing exports of data: object cannot be re-sized");
    return false;
}

bool ayByteArray_resize(AyVM *vm, AyByteArray *b, int64_t n) {
    if (n != b->size && !ayByteArray_check_resizable(vm, b)) return false;
    if (!ba_reserve(vm, b, n)) return false;
    b->size = n;
    b->data[n] = 0;
    return true;
}

static AyByteArray *new_bytearray_of(AyVM *vm, AyType *type) {
    AyByteArray *b = (AyByteArray *)ayGC_new(vm, type, type->basic_size);
    if (b && !ba_reserve(vm, b, 0)) return NULL;
    if (b) b->data[0] = 0;
    return b;
}

AyValue ayByteArray_from(AyVM *vm, const char *s, size_t n) {
    AyByteArray *b = new_bytearray_of(vm, vm->t_bytearray);
    if (!b || !ba_reserve(vm, b, (int64_t)n)) return AY_NULL;
    if (n) memcpy(b->data, s, n);
    b->size = (int64_t)n;
    b->data[n] = 0;
    return ayV_from_obj(b);
}

bool ayBytes_is_bytearray(AyVM *vm, AyValue v) {
    return ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->t_bytearray);
}

bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    *data = "";
    *n = 0;
    if (!ayV_is_obj(v)) return false;
    if (ayV_has_flag(vm, v, AY_TF_BYTES_SUB)) {
        *data = AY_AS(AyBytes, v)->data;
        *n = AY_AS(AyBytes, v)->size;
        return true;
    }
    if (ayBytes_is_bytearray(vm, v)) {
        *data = AY_AS(AyByteArray, v)->data ? AY_AS(AyByteArray, v)->data : "";
        *n = AY_AS(AyByteArray, v)->size;
        return true;
    }
    if (ayV_is_type(vm, v, vm->t_memoryview)) {
        const char *p = ayMemoryView_contiguous(vm, AY_AS(AyMemoryView, v), n);
        if (!p) return false;
        *data = p;
        return true;
    }
    return false;
}

bool ayBytes_need_view(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    if (ayBytes_view(vm, v, data, n)) return true;
    if (!ayErr_occurred(vm))
        ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", v);
    return false;
}

// bytes and bytearray proper (not memoryview): the operands of comparisons.
static bool bytes_or_bytearray(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    return (ayV_has_flag(vm, v, AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, v)) && ayBytes_view(vm, v, data, n);
}

AyValue ayBytes_new_like(AyVM *vm, AyValue like, const char *s, size_t n) {
    return ayBytes_is_bytearray(vm, like) ? ayByteArray_from(vm, s, n) : ayBytes_from(vm, s, n);
}

// }====
// {==== repr, compare, hash

bool ayBytes_add_repr(AyBuf *b, const char *s, int64_t n) {
    bool has_single = memchr(s, '\'', (size_t)n) != NULL, has_double = memchr(s, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    if (!ayBuf_reserve(b, (size_t)n + 3)) return false;
    ayBuf_addc(b, 'b');
    ayBuf_addc(b, quote);
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            ayBuf_addc(b, '\\');
            ayBuf_addc(b, (char)c);
        } else if (c == '\t') ayBuf_add(b, "\\t", 2);
        else if (c == '\n') ayBuf_add(b, "\\n", 2);
        else if (c == '\r') ayBuf_add(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) {
            char tmp[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            ayBuf_add(b, tmp, 4);
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
    bool ba = ayBytes_is_bytearray(vm, v);
    if (ba) ayBuf_printf(&b, "%s(", ayType_name(ayV_type(vm, v)));
    ayBytes_add_repr(&b, d, n);
    if (ba) ayBuf_addc(&b, ')');
    return ayBuf_finish(&b);
}

static AyValue bytes_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    const char *x, *y;
    int64_t nx, ny;
    if (!bytes_or_bytearray(vm, a, &x, &nx) || !bytes_or_bytearray(vm, b, &y, &ny)) return AY_NOTIMPLEMENTED;
    if ((op == AY_EQ || op == AY_NE) && nx != ny) return ayV_bool(op == AY_NE);
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
        // equal to the hash of the same text as a str when it is ASCII
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

// }====
// {==== indexing

static AyValue bytes_getitem(AyVM *vm, AyValue v, AyValue key) {
    const char *d;
    int64_t n;
    ayBytes_view(vm, v, &d, &n);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t a, b, st, len;
        if (aySlice_indices(vm, key, n, &a, &b, &st, &len) < 0) return AY_NULL;
        ayBytes_view(vm, v, &d, &n);  // __index__ of the bounds may have resized a bytearray
        if (len <= 0) return ayBytes_new_like(vm, v, "", 0);
        if (st == 1) {
            if (a == 0 && len == n && ayV_is_type(vm, v, vm->t_bytes)) return v;
            return ayBytes_new_like(vm, v, d + a, (size_t)len);
        }
        char *o = NULL;
        AyValue r = ayBytes_new_uninit(vm, len, &o);
        if (!r) return AY_NULL;
        for (int64_t i = 0; i < len; i++) o[i] = d[a + i * st];
        if (!ayBytes_is_bytearray(vm, v)) return r;
        return ayByteArray_from(vm, AY_AS(AyBytes, r)->data, (size_t)len);
    }
    int64_t i;
    if (ayV_is_int(key)) i = ayV_int(key);
    else if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s indices must be integers or slices, not %T",
                            ayBytes_is_bytearray(vm, v) ? "bytearray" : "byte", key);
    else if (ayObj_as_ssize(vm, key, &i) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return AY_NULL;
    }
    ayBytes_view(vm, v, &d, &n);
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return ayErr_format(vm, AY_EXC(vm, IndexError),
                            ayBytes_is_bytearray(vm, v) ? "bytearray index out of range" : "index out of range");
    return ayV_small((uint8_t)d[i]);
}

// A byte value from an int-like: "byte must be in range(0, 256)".
static bool byte_value(AyVM *vm, AyValue v, uint8_t *out) {
    int64_t x;
    if (ayObj_as_ssize(vm, v, &x) < 0) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
        ayErr_clear(vm);
        x = -1;
    }
    if (x < 0 || x > 255) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)x;
    return true;
}

static int bytes_contains(AyVM *vm, AyValue c, AyValue item) {
    const char *d, *s;
    int64_t n, m;
    if (ayV_is_anyint(vm, item)) {
        uint8_t x;
        if (!byte_value(vm, item, &x)) return -1;
        ayBytes_view(vm, c, &d, &n);
        return memchr(d, x, (size_t)n) != NULL;
    }
    if (!ayBytes_need_view(vm, item, &s, &m)) return -1;
    ayBytes_view(vm, c, &d, &n);
    return m == 0 || memmem(d, (size_t)n, s, (size_t)m) != NULL;
}

// }====
// {==== operators

static AyValue bytes_add(AyVM *vm, AyValue a, AyValue b) {
    const char *x, *y;
    int64_t nx, ny;
    if (!ayBytes_view(vm, a, &x, &nx) || (!ayV_has_flag(vm, a, AY_TF_BYTES_SUB) && !ayBytes_is_bytearray(vm, a)))
        return AY_NOTIMPLEMENTED;
    if (!ayBytes_view(vm, b, &y, &ny)) {
        if (ayV_defers_concat(vm, b)) return AY_NOTIMPLEMENTED;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't concat %T to %T", b, a);
    }
    if (ny == 0 && ayV_is_type(vm, a, vm->t_bytes)) return a;
    if (nx == 0 && ayV_is_type(vm, a, vm->t_bytes) && ayV_is_type(vm, b, vm->t_bytes)) return b;
    AyValue r;
    char *o = NULL;
    if (ayBytes_is_bytearray(vm, a)) {
        r = ayByteArray_from(vm, x, (size_t)nx);
        if (!r || !ayByteArray_resize(vm, AY_AS(AyByteArray, r), nx + ny)) return AY_NULL;
        ayBytes_view(vm, b, &y, &ny);
        memcpy(AY_AS(AyByteArray, r)->data + nx, y, (size_t)ny);
        return r;
    }
    r = ayBytes_new_uninit(vm, nx + ny, &o);
    if (!r) return AY_NULL;
    ayBytes_view(vm, a, &x, &nx);
    ayBytes_view(vm, b, &y, &ny);
    memcpy(o, x, (size_t)nx);
    memcpy(o + nx, y, (size_t)ny);
    return r;
}

static bool repeat_count(AyVM *vm, AyValue k, int64_t *count) {
    if (ayObj_as_ssize(vm, k, count) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    if (*count < 0) *count = 0;
    return true;
}

static void fill_repeat(char *o, const char *d, int64_t n, int64_t count) {
    if (n == 1) memset(o, d[0], (size_t)count);
    else
        for (int64_t i = 0; i < count; i++) memcpy(o + i * n, d, (size_t)n);
}

static AyValue bytes_mul(AyVM *vm, AyValue a, AyValue b) {
    bool a_seq = ayV_has_flag(vm, a, AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, a);
    AyValue s = a_seq ? a : b, k = a_seq ? b : a;
    if (!ayV_is_anyint(vm, k) && !ayV_type(vm, k)->index) return ayStr_repeat_nonint(vm, a, b, bytes_mul, a_seq);
    const char *d;
    int64_t n, count;
    if (!repeat_count(vm, k, &count)) return AY_NULL;
    ayBytes_view(vm, s, &d, &n);
    if (count == 1 && ayV_is_type(vm, s, vm->t_bytes)) return s;
    if (n && count > INT64_MAX / n && !ayBytes_is_bytearray(vm, s))
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "repeated bytes are too long");
    if (n && count > ((int64_t)1 << 40) / n) return ayErr_nomemory(vm);
    if (ayBytes_is_bytearray(vm, s)) {
        AyValue r = ayByteArray_from(vm, "", 0);
        if (!r || !ayByteArray_resize(vm, AY_AS(AyByteArray, r), n * count)) return AY_NULL;
        fill_repeat(AY_AS(AyByteArray, r)->data, d, n, count);
        return r;
    }
    char *o = NULL;
    AyValue r = ayBytes_new_uninit(vm, n * count, &o);
    if (r) fill_repeat(o, d, n, count);
    return r;
}

static AyValue bytes_mod(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_has_flag(vm, a, AY_TF_BYTES_SUB) && !ayBytes_is_bytearray(vm, a)) return AY_NOTIMPLEMENTED;
    return ayBytes_percent(vm, a, b);
}

// }====
// {==== iteration

typedef struct BytesIter {
    AyObj hdr;
    AyValue seq;         // AY_NULL once exhausted
    int64_t index;
} BytesIter;

static void bytesiter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((BytesIter *)o)->seq); }

static AyValue bytes_iter(AyVM *vm, AyValue v) {
    BytesIter *it = AY_NEW(vm, BytesIter, ayBytes_is_bytearray(vm, v) ? vm->t_bytearray_iterator : vm->t_bytes_iterator);
    if (!it) return AY_NULL;
    it->seq = v;
    return ayV_from_obj(it);
}

// The current length is read at each step: a bytearray growing during the
// loop yields its new bytes too (as in CPython).
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

static AyValue bytesiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    BytesIter *it = AY_AS(BytesIter, args[0]);
    if (!it->seq) return ayV_small(0);
    const char *d;
    int64_t n;
    ayBytes_view(vm, it->seq, &d, &n);
    return ayV_small(n > it->index ? n - it->index : 0);
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// }====
// {==== construction

static const char *const enc_without = "encoding without a string argument";
static const char *const errors_without = "errors without a string argument";

// One item of an iterable of ints: its byte value, with the range message
// of bytes() ("bytes must be...") or of bytearray ("byte must be...").
static bool item_byte(AyVM *vm, AyValue x, bool for_bytes, AyBuf *out) {
    int64_t v;
    if (ayV_is_int(x)) v = ayV_int(x);
    else if (ayObj_as_ssize(vm, x, &v) < 0) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
        ayErr_clear(vm);
        v = -1;
    }
    if (v < 0 || v > 255) {
        ayErr_format(vm, AY_EXC(vm, ValueError), for_bytes ? "bytes must be in range(0, 256)"
                                                           : "byte must be in range(0, 256)");
        return false;
    }
    ayBuf_addc(out, (char)v);
    return !out->failed;
}

// Appends the bytes an iterable of ints yields.
static bool collect_ints(AyVM *vm, AyValue src, AyBuf *out, bool for_bytes) {
    bool ok = true;
    if (ayV_is_list(vm, src) || ayV_is_tuple(vm, src)) {
        // __index__ of an item may mutate the list: re-read its length
        ayGC_push_root(vm, src);
        for (int64_t i = 0; ok; i++) {
            bool list = ayV_is_list(vm, src);
            int64_t n = list ? AY_AS(AyList, src)->len : AY_AS(AyTuple, src)->len;
            if (i >= n) break;
            ok = item_byte(vm, list ? AY_AS(AyList, src)->items[i] : AY_AS(AyTuple, src)->items[i], for_bytes, out);
        }
        ayGC_pop_roots(vm, 1);
        return ok;
    }
    AyValue it = ayObj_iter(vm, src);
    if (!it) return false;
    ayGC_push_root(vm, it);
    for (AyValue x; ok && (x = ayObj_next(vm, it));) ok = item_byte(vm, x, for_bytes, out);
    if (ayErr_occurred(vm)) ok = false;
    ayGC_pop_roots(vm, 1);
    return ok;
}

static bool encode_into(AyVM *vm, AyValue str, AyValue enc, AyValue errors, const char *fname, AyBuf *out) {
    const char *e = "utf-8", *er = "strict";
    AyValue a[2] = {enc, errors};
    const char *names[2] = {"encoding", "errors"};
    const char **dst[2] = {&e, &er};
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!ayV_is_str(vm, a[i])) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument '%s' must be str, not %T", fname, names[i], a[i]);
            return false;
        }
        *dst[i] = AY_CSTR(a[i]);
    }
    AyValue r = ayCodec_encode(vm, AY_STR(str), e, er);
    if (!r) return false;
    ayBuf_add(out, AY_AS(AyBytes, r)->data, (size_t)AY_AS(AyBytes, r)->size);
    return true;
}

// An int count: false (no error) when v is not index-like.
static bool count_arg(AyVM *vm, AyValue v, AyBuf *out, bool *done) {
    *done = false;
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) return true;
    int64_t count;
    if (ayObj_as_ssize(vm, v, &count) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    if (count < 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "negative count");
        return false;
    }
    if (count > ((int64_t)1 << 40)) {
        ayErr_nomemory(vm);
        return false;
    }
    if (!ayBuf_reserve(out, (size_t)count)) return false;
    memset(out->data + out->len, 0, (size_t)count);
    out->len += (size_t)count;
    *done = true;
    return true;
}

// bytes(source, encoding, errors): CPython's bytes_new_impl order of checks.
static bool bytes_source(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, AyBuf *out, AyValue *direct) {
    AyValue a[3];
    *direct = AY_NULL;
    if (!ayMeth_kwargs(vm, "bytes", args, nargs, kwnames, "| source encoding errors", a)) return false;
    AyValue x = a[0];
    if (!x) {
        if (a[1] || a[2]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s", a[1] ? enc_without : errors_without);
            return false;
        }
        return true;
    }
    if (a[1]) {
        if (!ayV_is_str(vm, x)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s", enc_without);
            return false;
        }
        return encode_into(vm, x, a[1], a[2], "bytes", out);
    }
    if (a[2]) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s",
                     ayV_is_str(vm, x) ? "string argument without an encoding" : errors_without);
        return false;
    }
    AyValue m = ayV_is_obj(x) ? ayType_lookup(vm, ayV_type(vm, x), vm->s.__bytes__) : AY_NULL;
    if (m) {
        AyValue r = ayObj_call1(vm, m, x);
        if (!r) return false;
        if (!ayV_has_flag(vm, r, AY_TF_BYTES_SUB)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__bytes__ returned non-bytes (type %T)", r);
            return false;
        }
        *direct = r;
        return true;
    }
    if (ayV_is_str(vm, x)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "string argument without an encoding");
        return false;
    }
    bool done;
    if (!count_arg(vm, x, out, &done)) return false;
    if (done) return true;
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, x, &d, &n)) {
        ayBuf_add(out, d, (size_t)n);
        return !out->failed;
    }
    AyType *t = ayV_type(vm, x);
    if (!t->iter && !t->getitem) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot convert '%s' object to bytes", ayType_name(t));
        return false;
    }
    return collect_ints(vm, x, out, true);
}

static AyValue bytes_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs == 1 && !kwnames && ayV_is_type(vm, args[0], vm->t_bytes) && type == vm->t_bytes) return args[0];
    AyBuf b;
    ayBuf_init(&b, vm);
    AyValue direct;
    if (!bytes_source(vm, args, nargs, kwnames, &b, &direct)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    if (direct && type == vm->t_bytes) {
        ayBuf_free(&b);
        return direct;
    }
    if (direct) ayBuf_add(&b, AY_AS(AyBytes, direct)->data, (size_t)AY_AS(AyBytes, direct)->size);
    char *o = NULL;
    AyValue r = b.failed ? AY_NULL : new_bytes_of(vm, type, (int64_t)b.len, &o);
    if (r && b.len) memcpy(o, b.data, b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue bytearray_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyByteArray *b = new_bytearray_of(vm, type);
    return b ? ayV_from_obj(b) : AY_NULL;
}

// Fills `out` from a bytearray() argument (CPython's bytearray___init__).
static bool bytearray_source(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, AyBuf *out) {
    AyValue a[3];
    if (!ayMeth_kwargs(vm, "bytearray", args, nargs, kwnames, "| source encoding errors", a)) return false;
    AyValue x = a[0];
    if (!x) {
        if (a[1] || a[2]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s", a[1] ? enc_without : errors_without);
            return false;
        }
        return true;
    }
    if (ayV_is_str(vm, x)) {
        if (!a[1]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "string argument without an encoding");
            return false;
        }
        return encode_into(vm, x, a[1], a[2], "bytearray", out);
    }
    if (a[1] || a[2]) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s", a[1] ? enc_without : errors_without);
        return false;
    }
    bool done;
    if (!count_arg(vm, x, out, &done)) return false;
    if (done) return true;
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, x, &d, &n)) {
        ayBuf_add(out, d, (size_t)n);
        return !out->failed;
    }
    AyType *t = ayV_type(vm, x);
    if (!t->iter && !t->getitem) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot convert '%s' object to bytearray", ayType_name(t));
        return false;
    }
    return collect_ints(vm, x, out, false);
}

static AyValue bytearray_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!bytearray_source(vm, args, nargs, kwnames, &b)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    AyByteArray *ba = AY_AS(AyByteArray, self);
    bool ok = ayByteArray_resize(vm, ba, (int64_t)b.len);
    if (ok && b.len) memcpy(ba->data, b.data, b.len);
    ayBuf_free(&b);
    return ok ? AY_NONE : AY_NULL;
}

// }====
// {==== bytearray assignment

// The bytes a slice assignment inserts: a bytes-like object (copied: it may
// be the bytearray itself) or an iterable of ints.
static bool assign_source(AyVM *vm, AyValue v, AyBuf *src) {
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, v, &d, &n)) {
        ayBuf_add(src, d, (size_t)n);
        return !src->failed;
    }
    AyType *t = ayV_type(vm, v);
    if (ayV_is_str(vm, v) || ayV_is_anyint(vm, v) || (!t->iter && !t->getitem)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    return collect_ints(vm, v, src, false);
}

static int ba_set_slice(AyVM *vm, AyByteArray *b, AyValue key, AyValue val) {
    AyBuf src;
    ayBuf_init(&src, vm);
    if (val && !assign_source(vm, val, &src)) {
        ayBuf_free(&src);
        return -1;
    }
    int64_t a, e, st, len;
    if (aySlice_indices(vm, key, b->size, &a, &e, &st, &len) < 0) {
        ayBuf_free(&src);
        return -1;
    }
    int64_t m = (int64_t)src.len;
    if (st == 1 || (len == 0 && m == 0)) {
        if (st != 1) {  // empty extended slice, nothing to do
            ayBuf_free(&src);
            return 0;
        }
        if (e < a) e = a;
        int64_t d = m - (e - a), old = b->size;
        if (d != 0 && !ayByteArray_check_resizable(vm, b)) {
            ayBuf_free(&src);
            return -1;
        }
        if (d > 0 && !ba_reserve(vm, b, old + d)) {
            ayBuf_free(&src);
            return -1;
        }
        memmove(b->data + e + d, b->data + e, (size_t)(old - e));
        if (m) memcpy(b->data + a, src.data, (size_t)m);
        b->size = old + d;
        b->data[b->size] = 0;
        ayBuf_free(&src);
        return 0;
    }
    if (!val) {
        // delete every st-th byte: walk forward over the selected set
        if (!ayByteArray_check_resizable(vm, b)) return -1;
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
        b->data[w] = 0;
        return 0;
    }
    if (m != len) {
        ayBuf_free(&src);
        ayErr_format(vm, AY_EXC(vm, ValueError), "attempt to assign bytes of size %lld to extended slice of size %lld",
                     (long long)m, (long long)len);
        return -1;
    }
    for (int64_t i = 0; i < len; i++) b->data[a + i * st] = src.data[i];
    ayBuf_free(&src);
    return 0;
}

static int bytearray_setitem(AyVM *vm, AyValue v, AyValue key, AyValue val) {
    AyByteArray *b = AY_AS(AyByteArray, v);
    if (ayV_is_type(vm, key, vm->t_slice)) return ba_set_slice(vm, b, key, val);
    int64_t i;
    if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    if (ayObj_as_ssize(vm, key, &i) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    uint8_t x = 0;
    if (val && !byte_value(vm, val, &x)) return -1;
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "bytearray index out of range");
        return -1;
    }
    if (!val) {
        if (!ayByteArray_check_resizable(vm, b)) return -1;
        memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
        b->size--;
        b->data[b->size] = 0;
        return 0;
    }
    b->data[i] = (char)x;
    return 0;
}

// }====
// {==== bytearray mutators

#define BA AY_AS(AyByteArray, args[0])

static AyValue m_append(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "append")) return AY_NULL;
    uint8_t x;
    if (!byte_value(vm, args[1], &x)) return AY_NULL;
    AyByteArray *b = BA;
    if (!ayByteArray_resize(vm, b, b->size + 1)) return AY_NULL;
    b->data[b->size - 1] = (char)x;
    return AY_NONE;
}

static bool extend_with(AyVM *vm, AyByteArray *b, AyValue src) {
    AyBuf buf;
    ayBuf_init(&buf, vm);
    const char *d;
    int64_t n;
    bool ok;
    if (ayBytes_view(vm, src, &d, &n)) {
        ayBuf_add(&buf, d, (size_t)n);
        ok = !buf.failed;
    } else {
        AyType *t = ayV_type(vm, src);
        if (!t->iter && !t->getitem) {
            ayBuf_free(&buf);
            ayErr_format(vm, AY_EXC(vm, TypeError), "can't extend bytearray with %s", ayType_name(t));
            return false;
        }
        ok = collect_ints(vm, src, &buf, false);
    }
    int64_t old = b->size;
    if (ok) ok = ayByteArray_resize(vm, b, old + (int64_t)buf.len);
    if (ok && buf.len) memcpy(b->data + old, buf.data, buf.len);
    ayBuf_free(&buf);
    return ok;
}

static AyValue m_extend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "extend")) return AY_NULL;
    return extend_with(vm, BA, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_insert(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_posonly(vm, args, nargs, kw, "insert", 2, 2)) return AY_NULL;
    int64_t i;
    uint8_t x;
    if (ayObj_as_ssize(vm, args[1], &i) < 0 || !byte_value(vm, args[2], &x)) return AY_NULL;
    AyByteArray *b = BA;
    int64_t n = b->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!ayByteArray_resize(vm, b, n + 1)) return AY_NULL;
    memmove(b->data + i + 1, b->data + i, (size_t)(n - i));
    b->data[i] = (char)x;
    return AY_NONE;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_posonly(vm, args, nargs, kw, "pop", 0, 1)) return AY_NULL;
    AyByteArray *b = BA;
    int64_t i = -1;
    if (nargs > 1 && ayObj_as_ssize(vm, args[1], &i) < 0) return AY_NULL;
    if (!b->size) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop from empty bytearray");
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop index out of range");
    if (!ayByteArray_check_resizable(vm, b)) return AY_NULL;
    uint8_t v = (uint8_t)b->data[i];
    memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    b->size--;
    b->data[b->size] = 0;
    return ayV_small(v);
}

static AyValue m_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "remove")) return AY_NULL;
    uint8_t x;
    if (!byte_value(vm, args[1], &x)) return AY_NULL;
    AyByteArray *b = BA;
    char *p = memchr(b->data, x, (size_t)b->size);
    if (!p) return ayErr_format(vm, AY_EXC(vm, ValueError), "value not found in bytearray");
    if (!ayByteArray_check_resizable(vm, b)) return AY_NULL;
    p = memchr(b->data, x, (size_t)b->size);
    memmove(p, p + 1, (size_t)(b->data + b->size - p - 1));
    b->size--;
    b->data[b->size] = 0;
    return AY_NONE;
}

static AyValue m_reverse(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "reverse")) return AY_NULL;
    AyByteArray *b = BA;
    for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return AY_NONE;
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "clear")) return AY_NULL;
    return ayByteArray_resize(vm, BA, 0) ? AY_NONE : AY_NULL;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "copy")) return AY_NULL;
    return ayByteArray_from(vm, BA->data, (size_t)BA->size);
}

static AyValue m_alloc(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__alloc__")) return AY_NULL;
    return ayV_small(BA->cap);
}

static AyValue bytearray_iadd(AyVM *vm, AyValue a, AyValue b) {
    const char *d;
    int64_t n;
    if (!ayBytes_view(vm, b, &d, &n))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't concat %T to %T", b, a);
    return extend_with(vm, AY_AS(AyByteArray, a), b) ? a : AY_NULL;
}

static AyValue bytearray_imul(AyVM *vm, AyValue a, AyValue k) {
    if (!ayV_is_anyint(vm, k) && !ayV_type(vm, k)->index) return AY_NOTIMPLEMENTED;
    int64_t count;
    if (!repeat_count(vm, k, &count)) return AY_NULL;
    AyByteArray *b = AY_AS(AyByteArray, a);
    int64_t n = b->size;
    if (n && count > ((int64_t)1 << 40) / n) return ayErr_nomemory(vm);
    if (!ayByteArray_resize(vm, b, n * count)) return AY_NULL;
    for (int64_t i = 1; i < count; i++) memcpy(b->data + i * n, b->data, (size_t)n);
    return a;
}

static AyValue m_bytes_dunder(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__bytes__")) return AY_NULL;
    if (ayV_is_type(vm, args[0], vm->t_bytes)) return args[0];
    return ayBytes_from(vm, AY_AS(AyBytes, args[0])->data, (size_t)AY_AS(AyBytes, args[0])->size);
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__getnewargs__")) return AY_NULL;
    AyValue c = ayBytes_from(vm, AY_AS(AyBytes, args[0])->data, (size_t)AY_AS(AyBytes, args[0])->size);
    return c ? ayTuple_from_items(vm, &c, 1) : AY_NULL;
}

static const AyMethodDef bytes_only_methods[] = {
    {"__bytes__", m_bytes_dunder, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL},
};

static const AyMethodDef bytearray_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"__alloc__", m_alloc, 0, NULL},
    {NULL},
};

static const AyMethodDef iter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0, NULL},
    {NULL},
};

// }====

static const char bytes_doc[] =
    "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> "
    "immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with "
    "null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable "
    "yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object "
    "implementing the buffer API.\n  - an integer";
static const char bytearray_doc[] =
    "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
    "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by "
    "the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray "
    "object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified "
    "encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

static void set_doc(AyVM *vm, AyType *t, const char *doc) {
    AyStr *s = ayStr_new_c(vm, doc);
    if (s) ayType_set(vm, t, "__doc__", ayV_from_obj(s));
}

void ayBytes_setup(AyVM *vm) {
    AyType *t = vm->t_bytes;
    t->flags |= AY_TF_BYTES_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyBytes);
    t->gc_size = bytes_gc_size;
    t->repr = bytes_repr;
    t->str = bytes_repr;
    t->richcmp = bytes_richcmp;
    t->hash = bytes_hash;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->tp_new = bytes_new;
    t->binop[AY_BINOP_ADD] = bytes_add;
    t->binop[AY_BINOP_MUL] = bytes_mul;
    t->binop[AY_BINOP_MOD] = bytes_mod;
    ayType_add_methods(vm, t, bytes_only_methods);
    set_doc(vm, t, bytes_doc);

    AyType *ba = vm->t_bytearray;
    ba->flags |= AY_TF_BASETYPE;
    ba->basic_size = sizeof(AyByteArray);
    ba->finalize = bytearray_finalize;
    ba->repr = bytes_repr;
    ba->str = bytes_repr;
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
    ba->binop[AY_BINOP_MOD] = bytes_mod;
    ba->binop[AY_BINOP_COUNT + AY_BINOP_ADD] = bytearray_iadd;
    ba->binop[AY_BINOP_COUNT + AY_BINOP_MUL] = bytearray_imul;
    ayType_add_methods(vm, ba, bytearray_methods);
    set_doc(vm, ba, bytearray_doc);
    ayBytes_methods_setup(vm);

    AyType *its[2] = {vm->t_bytes_iterator, vm->t_bytearray_iterator};
    for (int i = 0; i < 2; i++) {
        its[i]->basic_size = sizeof(BytesIter);
        its[i]->trace = bytesiter_trace;
        its[i]->iter = iter_self;
        its[i]->next = bytesiter_next;
        ayType_add_methods(vm, its[i], iter_methods);
    }
}
