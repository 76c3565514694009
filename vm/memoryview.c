// memoryview over bytes and bytearray: indexing, slicing (1-D), item and
// slice assignment, cast() between byte and native single-character formats
// (with a shape), tolist/tobytes/hex, release and the context manager.
//
// A view stores the exporter and byte offsets, never a raw pointer, and
// reads the exporter's buffer at each access. A view of a bytearray counts in
// the array's `exports` (resizing fails while it is > 0) until release() or
// until the collector frees the view: the view's finalizer then decrements
// it. That is safe because a view is always allocated after its exporter, so
// the sweep (which walks objects newest first) finalizes the view before it
// could free the array; the mark bit says whether the array survives.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

bool ayMeth_kwargs(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char *spec,
                   AyValue *out);
bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);

#define MV(v) AY_AS(AyMemoryView, v)

// {==== layout helpers

static int64_t nitems(const AyMemoryView *m) {
    int64_t n = 1;
    for (int i = 0; i < m->ndim; i++) n *= m->shape[i];
    return n;
}

static bool c_contiguous(const AyMemoryView *m) {
    int64_t want = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        if (m->shape[i] > 1 && m->strides[i] != want) return false;
        want *= m->shape[i];
    }
    return true;
}

static void set_c_strides(AyMemoryView *m) {
    int64_t s = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        m->strides[i] = s;
        s *= m->shape[i];
    }
}

static bool released(AyVM *vm, AyMemoryView *m) {
    if (!m->released) return false;
    ayErr_format(vm, AY_EXC(vm, ValueError), "operation forbidden on released memoryview object");
    return true;
}

// The exporter's buffer (NULL when the exporter shrank under the view).
static char *base(AyVM *vm, AyMemoryView *m) {
    const char *d;
    int64_t n;
    if (!ayBytes_view(vm, m->obj, &d, &n)) return NULL;
    // the extreme bytes the view can touch must lie inside the buffer
    int64_t lo = m->offset, hi = m->offset + m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        if (m->shape[i] == 0) return (char *)d;
        int64_t span = (m->shape[i] - 1) * m->strides[i];
        if (span < 0) lo += span;
        else hi += span;
    }
    if (lo < 0 || hi > n) return NULL;
    return (char *)d;
}

static char *need_base(AyVM *vm, AyMemoryView *m) {
    if (released(vm, m)) return NULL;
    char *b = base(vm, m);
    if (!b) ayErr_format(vm, AY_EXC(vm, BufferError), "memoryview: underlying buffer has been resized");
    return b;
}

const char *ayMemoryView_contiguous(AyVM *vm, AyMemoryView *m, int64_t *nbytes) {
    if (m->released || !c_contiguous(m)) return NULL;
    char *b = base(vm, m);
    if (!b) return NULL;
    *nbytes = nitems(m) * m->itemsize;
    return b + m->offset;
}

// Copies the items in logical (C) order into out.
static void gather(const AyMemoryView *m, const char *b, int dim, int64_t off, AyBuf *out) {
    if (dim == m->ndim) {
        ayBuf_add(out, b + off, (size_t)m->itemsize);
        return;
    }
    for (int64_t i = 0; i < m->shape[dim]; i++) gather(m, b, dim + 1, off + i * m->strides[dim], out);
}

AyValue ayMemoryView_tobytes(AyVM *vm, AyMemoryView *m) {
    char *b = need_base(vm, m);
    if (!b) return AY_NULL;
    if (c_contiguous(m)) return ayBytes_from(vm, b + m->offset, (size_t)(nitems(m) * m->itemsize));
    AyBuf out;
    ayBuf_init(&out, vm);
    gather(m, b, 0, m->offset, &out);
    AyValue r = out.failed ? AY_NULL : ayBytes_from(vm, out.data ? out.data : "", out.len);
    ayBuf_free(&out);
    return r;
}

// }====
// {==== formats

static int format_size(const char *f) {
    if (f[0] == '@' && f[1]) f++;
    if (f[1]) return 0;
    switch (f[0]) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static bool byte_format(const char *f) {
    if (f[0] == '@') f++;
    return (f[0] == 'B' || f[0] == 'b' || f[0] == 'c') && !f[1];
}

// The struct code of a view's format ("@H" -> 'H').
static char fmt_code(const AyMemoryView *m) { return m->format[0] == '@' ? m->format[1] : m->format[0]; }

static AyValue unpack(AyVM *vm, const AyMemoryView *m, const char *p) {
    switch (fmt_code(m)) {
    case 'B': return ayV_small((uint8_t)p[0]);
    case 'b': return ayV_small((int8_t)p[0]);
    case 'c': return ayBytes_from(vm, p, 1);
    case '?': return ayV_bool(p[0] != 0);
    case 'h': { int16_t x; memcpy(&x, p, 2); return ayV_small(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return ayV_small(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return ayV_small(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return ayV_small(x); }
    case 'l': case 'q': case 'n': { int64_t x; memcpy(&x, p, 8); return ayInt_from_i64(vm, x); }
    case 'L': case 'Q': case 'N': case 'P': { uint64_t x; memcpy(&x, p, 8); return ayInt_from_u64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return ayV_float_checked(x); }
    case 'd': { double x; memcpy(&x, p, 8); return ayV_float_checked(x); }
    default: return ayErr_format(vm, AY_EXC(vm, NotImplementedError), "memoryview: format %s not supported", m->format);
    }
}

static bool pack_error(AyVM *vm, const AyMemoryView *m, bool type) {
    ayErr_format(vm, type ? AY_EXC(vm, TypeError) : AY_EXC(vm, ValueError), "memoryview: invalid %s for format '%s'",
                 type ? "type" : "value", m->format);
    return false;
}

static bool pack(AyVM *vm, const AyMemoryView *m, char *p, AyValue v) {
    char f = fmt_code(m);
    if (f == 'c') {
        const char *d;
        int64_t n;
        if (!ayV_has_flag(vm, v, AY_TF_BYTES_SUB) && !ayBytes_is_bytearray(vm, v)) return pack_error(vm, m, true);
        ayBytes_view(vm, v, &d, &n);
        if (n != 1) return pack_error(vm, m, false);
        p[0] = d[0];
        return true;
    }
    if (f == '?') {
        int t = ayObj_truth(vm, v);
        if (t < 0) return false;
        p[0] = (char)t;
        return true;
    }
    if (f == 'f' || f == 'd') {
        double x;
        if (ayV_is_float(v)) x = ayV_float(v);
        else if (ayV_is_anyint(vm, v)) {
            if (ayInt_as_double(vm, v, &x) < 0) return false;
        } else if (ayV_type(vm, v)->to_float) {
            AyValue fv = ayV_type(vm, v)->to_float(vm, v);
            if (!fv) return false;
            x = ayV_float(fv);
        } else {
            return pack_error(vm, m, true);
        }
        if (f == 'f') {
            float y = (float)x;  // out of range becomes inf, as in CPython
            memcpy(p, &y, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return true;
    }
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) return pack_error(vm, m, true);
    AyValue iv = ayObj_index(vm, v);
    if (!iv) return false;
    bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
    int size = m->itemsize;
    if (is_signed) {
        int64_t x;
        if (ayInt_as_i64(vm, iv, &x) < 0) {
            ayErr_clear(vm);
            return pack_error(vm, m, false);
        }
        if (size < 8) {
            int64_t lim = (int64_t)1 << (size * 8 - 1);
            if (x < -lim || x >= lim) return pack_error(vm, m, false);
        }
        memcpy(p, &x, (size_t)size);  // little-endian: the low bytes
    } else {
        int64_t x;
        uint64_t u;
        if (ayInt_as_i64(vm, iv, &x) == 0) {
            if (x < 0) return pack_error(vm, m, false);
            u = (uint64_t)x;
        } else {
            // beyond int64: only the 64-bit unsigned formats may take it
            ayErr_clear(vm);
            if (size < 8 || ayInt_sign(vm, iv) < 0) return pack_error(vm, m, false);
            AyValue hi = ayInt_binop(vm, AY_BINOP_RSHIFT, iv, ayV_small(32));
            int64_t h;
            if (!hi || ayInt_as_i64(vm, hi, &h) < 0 || h > 0xFFFFFFFFll) {
                ayErr_clear(vm);
                return pack_error(vm, m, false);
            }
            AyValue lo = ayInt_binop(vm, AY_BINOP_AND, iv, ayV_small(0xFFFFFFFFll));
            int64_t l;
            if (!lo || ayInt_as_i64(vm, lo, &l) < 0) return false;
            u = ((uint64_t)h << 32) | (uint64_t)l;
        }
        if (size < 8 && u >> (size * 8)) return pack_error(vm, m, false);
        memcpy(p, &u, (size_t)size);
    }
    return true;
}

// }====
// {==== construction

static void mv_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((AyMemoryView *)o)->obj); }

static void unexport(AyMemoryView *m, bool check_mark) {
    if (m->released || !m->obj) return;
    AyObj *o = ayV_obj(m->obj);
    if (o->type->finalize && ((AyByteArray *)o)->exports > 0 && (!check_mark || (o->gc & AY_GC_MARK))) {
        // (only bytearrays count exports; their type has a finalizer)
        ((AyByteArray *)o)->exports--;
    }
}

static void mv_finalize(AyVM *vm, AyObj *o) {
    AyMemoryView *m = (AyMemoryView *)o;
    if (!m->released && ayBytes_is_bytearray(vm, m->obj)) unexport(m, true);
}

static AyMemoryView *new_view(AyVM *vm, AyValue obj) {
    AyMemoryView *m = AY_NEW(vm, AyMemoryView, vm->t_memoryview);
    if (!m) return NULL;
    m->obj = obj;
    if (ayBytes_is_bytearray(vm, obj)) AY_AS(AyByteArray, obj)->exports++;
    return m;
}

// A new view of the same memory as `src` (same exporter).
static AyMemoryView *clone(AyVM *vm, AyMemoryView *src) {
    AyMemoryView *m = new_view(vm, src->obj);
    if (!m) return NULL;
    m->offset = src->offset;
    memcpy(m->shape, src->shape, sizeof m->shape);
    memcpy(m->strides, src->strides, sizeof m->strides);
    m->itemsize = src->itemsize;
    m->ndim = src->ndim;
    m->readonly = src->readonly;
    memcpy(m->format, src->format, sizeof m->format);
    return m;
}

static AyValue mv_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "memoryview", args, nargs, kwnames, "object", a)) return AY_NULL;
    AyValue obj = a[0];
    if (ayV_is_type(vm, obj, vm->t_memoryview)) {
        if (released(vm, MV(obj))) return AY_NULL;
        AyMemoryView *m = clone(vm, MV(obj));
        return m ? ayV_from_obj(m) : AY_NULL;
    }
    const char *d;
    int64_t n;
    if (!ayV_has_flag(vm, obj, AY_TF_BYTES_SUB) && !ayBytes_is_bytearray(vm, obj))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: a bytes-like object is required, not '%T'", obj);
    ayBytes_view(vm, obj, &d, &n);
    AyMemoryView *m = new_view(vm, obj);
    if (!m) return AY_NULL;
    m->ndim = 1;
    m->shape[0] = n;
    m->strides[0] = 1;
    m->itemsize = 1;
    m->readonly = !ayBytes_is_bytearray(vm, obj);
    strcpy(m->format, "B");
    return ayV_from_obj(m);
}

// }====
// {==== slots

static AyValue mv_repr(AyVM *vm, AyValue v) {
    return ayStr_from_fmt(vm, MV(v)->released ? "<released memory at %p>" : "<memory at %p>", (void *)ayV_obj(v));
}

static int64_t mv_len(AyVM *vm, AyValue v) {
    AyMemoryView *m = MV(v);
    if (released(vm, m)) return -1;
    if (m->ndim == 0) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "0-dim memory has no length");
        return -1;
    }
    return m->shape[0];
}

static bool item_index(AyVM *vm, AyMemoryView *m, AyValue key, int dim, int64_t *off) {
    int64_t i;
    if (ayObj_as_ssize(vm, key, &i) < 0) return false;
    if (i < 0) i += m->shape[dim];
    if (i < 0 || i >= m->shape[dim]) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "index out of bounds on dimension %d", dim + 1);
        return false;
    }
    *off += i * m->strides[dim];
    return true;
}

// The byte offset of the item `key` selects (int, or tuple of ints for ndim > 1);
// *kind: 0 item, 1 slice, -1 error.
static int64_t locate(AyVM *vm, AyMemoryView *m, AyValue key, int *kind) {
    int64_t off = m->offset;
    *kind = -1;
    if (ayV_is_type(vm, key, vm->t_slice)) {
        *kind = 1;
        return 0;
    }
    if (ayV_is_tuple(vm, key)) {
        AyTuple *t = AY_AS(AyTuple, key);
        for (int64_t i = 0; i < t->len; i++)
            if (ayV_is_type(vm, t->items[i], vm->t_slice)) {
                ayErr_format(vm, AY_EXC(vm, NotImplementedError), "multi-dimensional slicing is not implemented");
                return 0;
            }
        if (t->len < m->ndim) {
            ayErr_format(vm, AY_EXC(vm, NotImplementedError), "sub-views are not implemented");
            return 0;
        }
        if (t->len > m->ndim) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot index %d-dimension view with %lld-element tuple", m->ndim,
                         (long long)t->len);
            return 0;
        }
        for (int64_t i = 0; i < t->len; i++) {
            if (!ayV_is_anyint(vm, t->items[i]) && !ayV_type(vm, t->items[i])->index) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: invalid slice key");
                return 0;
            }
            if (!item_index(vm, m, t->items[i], (int)i, &off)) return 0;
        }
        *kind = 0;
        return off;
    }
    if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: invalid slice key");
        return 0;
    }
    if (m->ndim == 0) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "invalid indexing of 0-dim memory");
        return 0;
    }
    if (m->ndim > 1) {
        ayErr_format(vm, AY_EXC(vm, NotImplementedError), "multi-dimensional sub-views are not implemented");
        return 0;
    }
    if (!item_index(vm, m, key, 0, &off)) return 0;
    *kind = 0;
    return off;
}

static AyValue mv_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyMemoryView *m = MV(v);
    if (released(vm, m)) return AY_NULL;
    if (key == AY_ELLIPSIS) return v;
    int kind;
    int64_t off = locate(vm, m, key, &kind);
    if (kind < 0) return AY_NULL;
    if (kind == 1) {
        // slices select along the first dimension
        if (m->ndim == 0) return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid indexing of 0-dim memory");
        int64_t a, b, st, len;
        if (aySlice_indices(vm, key, m->shape[0], &a, &b, &st, &len) < 0) return AY_NULL;
        AyMemoryView *r = clone(vm, m);
        if (!r) return AY_NULL;
        r->offset = m->offset + a * m->strides[0];
        r->shape[0] = len < 0 ? 0 : len;
        r->strides[0] = m->strides[0] * st;
        return ayV_from_obj(r);
    }
    char *b = need_base(vm, m);
    return b ? unpack(vm, m, b + off) : AY_NULL;
}

static int mv_setitem(AyVM *vm, AyValue v, AyValue key, AyValue val) {
    AyMemoryView *m = MV(v);
    if (released(vm, m)) return -1;
    if (m->readonly) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot modify read-only memory");
        return -1;
    }
    if (!val) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot delete memory");
        return -1;
    }
    int kind;
    int64_t off = locate(vm, m, key, &kind);
    if (kind < 0) return -1;
    if (kind == 0) {
        // pack into a scratch item first: conversion may run Ay code
        char tmp[8];
        if (!pack(vm, m, tmp, val)) return -1;
        char *b = need_base(vm, m);
        if (!b) return -1;
        memcpy(b + off, tmp, (size_t)m->itemsize);
        return 0;
    }
    if (m->ndim != 1) {
        ayErr_format(vm, AY_EXC(vm, NotImplementedError), "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    int64_t a, e, st, len;
    if (aySlice_indices(vm, key, m->shape[0], &a, &e, &st, &len) < 0) return -1;
    if (len < 0) len = 0;
    // the source: another view (same format) or a bytes-like object of bytes
    AyValue src = AY_NULL;
    int32_t src_isz = 1;
    const char *sfmt = "B";
    if (ayV_is_type(vm, val, vm->t_memoryview)) {
        if (released(vm, MV(val))) return -1;
        src = ayMemoryView_tobytes(vm, MV(val));
        src_isz = MV(val)->itemsize;
        sfmt = MV(val)->format;
        if (src && MV(val)->ndim != 1) src_isz = 0;
        if (src && MV(val)->ndim == 1 && MV(val)->shape[0] != len) src_isz = 0;
    } else {
        const char *d;
        int64_t n;
        if (!ayBytes_view(vm, val, &d, &n)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", val);
            return -1;
        }
        src = ayBytes_from(vm, d, (size_t)n);
        if (src && n != len) src_isz = 0;
    }
    if (!src) return -1;
    if (src_isz != m->itemsize || (sfmt[0] == '@' ? sfmt[1] : sfmt[0]) != fmt_code(m)) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    char *b = need_base(vm, m);
    if (!b) return -1;
    const char *s = AY_AS(AyBytes, src)->data;
    for (int64_t i = 0; i < len; i++)
        memcpy(b + m->offset + (a * m->strides[0]) + i * st * m->strides[0], s + i * m->itemsize, (size_t)m->itemsize);
    return 0;
}

// Items as a (nested) list.
static AyValue to_list(AyVM *vm, AyMemoryView *m, const char *b, int dim, int64_t off) {
    if (m->ndim == 0) return unpack(vm, m, b + off);
    AyList *l = ayList_new(vm, m->shape[dim]);
    if (!l) return AY_NULL;
    for (int64_t i = 0; i < m->shape[dim]; i++) {
        int64_t o = off + i * m->strides[dim];
        AyValue x = dim + 1 < m->ndim ? to_list(vm, m, b, dim + 1, o) : unpack(vm, m, b + o);
        if (!x || !ayList_append(vm, l, x)) return AY_NULL;
    }
    return ayV_from_obj(l);
}

// Equal when both are buffers of the same shape whose items compare equal.
static AyValue mv_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (op != AY_EQ && op != AY_NE) return AY_NOTIMPLEMENTED;
    if (a == b) return ayV_bool(op == AY_EQ);
    AyValue x = a, y = b;
    if (!ayV_is_type(vm, x, vm->t_memoryview)) {
        x = b;
        y = a;
    }
    AyMemoryView *m = MV(x);
    AyMemoryView tmp;
    AyMemoryView *o;
    if (ayV_is_type(vm, y, vm->t_memoryview)) {
        o = MV(y);
    } else if (ayV_has_flag(vm, y, AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, y)) {
        const char *d;
        int64_t n;
        ayBytes_view(vm, y, &d, &n);
        memset(&tmp, 0, sizeof tmp);
        tmp.obj = y;
        tmp.ndim = 1;
        tmp.shape[0] = n;
        tmp.strides[0] = 1;
        tmp.itemsize = 1;
        strcpy(tmp.format, "B");
        o = &tmp;
    } else {
        return AY_NOTIMPLEMENTED;
    }
    if (m->released || o->released) return ayV_bool(op == AY_NE);
    bool eq = m->ndim == o->ndim;
    for (int i = 0; eq && i < m->ndim; i++) eq = m->shape[i] == o->shape[i];
    if (eq) {
        if (fmt_code(m) == fmt_code(o)) {
            AyValue p = ayMemoryView_tobytes(vm, m);
            if (!p) return AY_NULL;
            ayGC_push_root(vm, p);
            AyValue q = ayMemoryView_tobytes(vm, o);
            ayGC_pop_roots(vm, 1);
            if (!q) return AY_NULL;
            eq = AY_AS(AyBytes, p)->size == AY_AS(AyBytes, q)->size &&
                 memcmp(AY_AS(AyBytes, p)->data, AY_AS(AyBytes, q)->data, (size_t)AY_AS(AyBytes, p)->size) == 0;
        } else {
            // different formats: compare the unpacked values
            char *bm = need_base(vm, m), *bo = need_base(vm, o);
            if (!bm || !bo) return AY_NULL;
            AyValue lp = to_list(vm, m, bm, 0, m->offset);
            if (!lp) return AY_NULL;
            ayGC_push_root(vm, lp);
            AyValue lq = to_list(vm, o, bo, 0, o->offset);
            ayGC_push_root(vm, lq);
            int r = lq ? ayObj_eq(vm, lp, lq) : -1;
            ayGC_pop_roots(vm, 2);
            if (r < 0) return AY_NULL;
            eq = r;
        }
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static int64_t mv_hash(AyVM *vm, AyValue v) {
    AyMemoryView *m = MV(v);
    if (released(vm, m)) return -1;
    if (!m->readonly) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "cannot hash writable memoryview object");
        return -1;
    }
    if (!byte_format(m->format)) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    AyValue b = ayMemoryView_tobytes(vm, m);
    return b ? ayObj_hash(vm, b) : -1;
}

typedef struct MvIter {
    AyObj hdr;
    AyValue view;        // AY_NULL once exhausted
    int64_t index;
} MvIter;

static void mviter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((MvIter *)o)->view); }

static AyValue mv_iter(AyVM *vm, AyValue v) {
    AyMemoryView *m = MV(v);
    if (released(vm, m)) return AY_NULL;
    if (m->ndim == 0) return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid indexing of 0-dim memory");
    if (m->ndim > 1)
        return ayErr_format(vm, AY_EXC(vm, NotImplementedError), "multi-dimensional sub-views are not implemented");
    MvIter *it = AY_NEW(vm, MvIter, vm->t_memory_iterator);
    if (!it) return AY_NULL;
    it->view = v;
    return ayV_from_obj(it);
}

static AyValue mviter_next(AyVM *vm, AyValue v) {
    MvIter *it = AY_AS(MvIter, v);
    if (!it->view) return AY_NULL;
    AyMemoryView *m = MV(it->view);
    if (released(vm, m)) return AY_NULL;
    if (it->index >= m->shape[0]) {
        it->view = AY_NULL;
        return AY_NULL;
    }
    char *b = need_base(vm, m);
    return b ? unpack(vm, m, b + m->offset + it->index++ * m->strides[0]) : AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// }====
// {==== methods and attributes

#define SELF MV(args[0])

static AyValue m_tobytes(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "tobytes", args + 1, nargs - 1, kwnames, "| order", a)) return AY_NULL;
    if (a[0] && a[0] != AY_NONE) {
        if (!ayV_is_str(vm, a[0]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "tobytes() argument 'order' must be str or None, not %T",
                                a[0]);
        const char *o = AY_CSTR(a[0]);
        if (strcmp(o, "C") && strcmp(o, "F") && strcmp(o, "A"))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "order must be 'C', 'F' or 'A'");
    }
    return ayMemoryView_tobytes(vm, SELF);
}

static AyValue m_tolist(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "tolist")) return AY_NULL;
    char *b = need_base(vm, SELF);
    return b ? to_list(vm, SELF, b, 0, SELF->offset) : AY_NULL;
}

static AyValue m_hex(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, "hex", args + 1, nargs - 1, kwnames, "| sep bytes_per_sep", a)) return AY_NULL;
    if (a[1] && !(a[1] = ayObj_index(vm, a[1]))) return AY_NULL;  // (may run Ay code: before the copy)
    AyValue b = ayMemoryView_tobytes(vm, SELF);
    if (!b) return AY_NULL;
    return ayBytes_hex(vm, AY_AS(AyBytes, b)->data, AY_AS(AyBytes, b)->size, a[0], a[1]);
}

static AyValue m_release(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "release")) return AY_NULL;
    AyMemoryView *m = SELF;
    if (!m->released) {
        if (ayBytes_is_bytearray(vm, m->obj)) unexport(m, false);
        m->released = 1;
    }
    return AY_NONE;
}

static AyValue m_enter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__enter__")) return AY_NULL;
    if (released(vm, SELF)) return AY_NULL;
    return args[0];
}

static AyValue m_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyMemoryView *m = SELF;
    if (!m->released) {
        if (ayBytes_is_bytearray(vm, m->obj)) unexport(m, false);
        m->released = 1;
    }
    return AY_NONE;
}

static AyValue m_toreadonly(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "toreadonly")) return AY_NULL;
    if (released(vm, SELF)) return AY_NULL;
    AyMemoryView *r = clone(vm, SELF);
    if (!r) return AY_NULL;
    r->readonly = 1;
    return ayV_from_obj(r);
}

static AyValue m_cast(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, "cast", args + 1, nargs - 1, kwnames, "format | shape", a)) return AY_NULL;
    AyMemoryView *m = SELF;
    if (released(vm, m)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "cast() argument 'format' must be str, not %T", a[0]);
    const char *f = AY_CSTR(a[0]), *given = f;
    int size = format_size(f);
    if (!size || !strchr("bBc?hHiIlLqQnNfdP", f[0] == '@' ? f[1] : f[0]))
        return ayErr_format(vm, AY_EXC(vm, ValueError),
                            "memoryview: destination format must be a native single character format prefixed with "
                            "an optional '@'");
    if (f[0] == '@') f++;
    if (!c_contiguous(m))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: casts are restricted to C-contiguous views");
    if (!byte_format(m->format) && !byte_format(f))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = nitems(m) * m->itemsize;
    int64_t shape[AY_MV_MAXDIM];
    int ndim = 1;
    if (a[1] && a[1] != AY_NONE) {
        if (!ayV_is_list(vm, a[1]) && !ayV_is_tuple(vm, a[1]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "shape must be a list or a tuple");
        AyValue *items = ayV_is_list(vm, a[1]) ? AY_AS(AyList, a[1])->items : AY_AS(AyTuple, a[1])->items;
        int64_t n = ayV_is_list(vm, a[1]) ? AY_AS(AyList, a[1])->len : AY_AS(AyTuple, a[1])->len;
        if (n > AY_MV_MAXDIM)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "memoryview: number of dimensions must not exceed %d",
                                AY_MV_MAXDIM);
        if (m->ndim != 1 && n != 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError),
                                "memoryview: cast must be 1D -> ND or ND -> 1D");
        int64_t prod = 1;
        for (int64_t i = 0; i < n; i++) {
            if (!ayV_is_int(items[i]))
                return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview.cast(): elements of shape must be integers");
            shape[i] = ayV_int(items[i]);
            if (shape[i] <= 0)
                return ayErr_format(vm, AY_EXC(vm, ValueError),
                                    "memoryview.cast(): elements of shape must be integers > 0");
            prod *= shape[i];
        }
        if (prod * size != nbytes)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: product(shape) * itemsize != buffer size");
        ndim = (int)n;
    } else {
        if (m->ndim > 1 && !byte_format(f))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: cast must be 1D -> ND or ND -> 1D");
        if (nbytes % size)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "memoryview: length is not a multiple of itemsize");
        shape[0] = nbytes / size;
    }
    AyMemoryView *r = clone(vm, m);
    if (!r) return AY_NULL;
    r->ndim = (uint8_t)ndim;
    memcpy(r->shape, shape, sizeof(int64_t) * (size_t)ndim);
    r->itemsize = size;
    snprintf(r->format, sizeof r->format, "%s", given);
    set_c_strides(r);
    return ayV_from_obj(r);
}

static AyValue tuple_of(AyVM *vm, const int64_t *v, int n) {
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    for (int i = 0; i < n; i++) t->items[i] = ayInt_from_i64(vm, v[i]);
    return ayV_from_obj(t);
}

#define GETTER(name, expr) \
    static AyValue g_##name(AyVM *vm, AyValue self) { \
        AyMemoryView *m = MV(self); \
        if (released(vm, m)) return AY_NULL; \
        return expr; \
    }
GETTER(obj, m->obj)
GETTER(nbytes, ayInt_from_i64(vm, nitems(m) * m->itemsize))
GETTER(readonly, ayV_bool(m->readonly))
GETTER(itemsize, ayV_small(m->itemsize))
GETTER(format, ayV_from_obj(ayStr_new_c(vm, m->format)))
GETTER(ndim, ayV_small(m->ndim))
GETTER(shape, tuple_of(vm, m->shape, m->ndim))
GETTER(strides, tuple_of(vm, m->strides, m->ndim))
GETTER(suboffsets, ayV_from_obj(vm->empty_tuple))
GETTER(c_contiguous, ayV_bool(c_contiguous(m)))
GETTER(f_contiguous, ayV_bool(m->ndim <= 1 ? c_contiguous(m) : false))
GETTER(contiguous, ayV_bool(c_contiguous(m)))
#undef GETTER

static const AyGetSetDef mv_getsets[] = {
    {"obj", g_obj, NULL},
    {"nbytes", g_nbytes, NULL},
    {"readonly", g_readonly, NULL},
    {"itemsize", g_itemsize, NULL},
    {"format", g_format, NULL},
    {"ndim", g_ndim, NULL},
    {"shape", g_shape, NULL},
    {"strides", g_strides, NULL},
    {"suboffsets", g_suboffsets, NULL},
    {"c_contiguous", g_c_contiguous, NULL},
    {"f_contiguous", g_f_contiguous, NULL},
    {"contiguous", g_contiguous, NULL},
    {NULL},
};

static const AyMethodDef mv_methods[] = {
    {"tobytes", m_tobytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"release", m_release, 0, NULL},
    {"toreadonly", m_toreadonly, 0, NULL},
    {"cast", m_cast, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL},
};

// }====

void ayMemoryView_setup(AyVM *vm) {
    AyType *t = vm->t_memoryview;
    t->basic_size = sizeof(AyMemoryView);
    t->trace = mv_trace;
    t->finalize = mv_finalize;
    t->tp_new = mv_new;
    t->repr = mv_repr;
    t->richcmp = mv_richcmp;
    t->hash = mv_hash;
    t->len = mv_len;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    t->iter = mv_iter;
    ayType_add_methods(vm, t, mv_methods);
    ayType_add_getsets(vm, t, mv_getsets);
    AyType *it = vm->t_memory_iterator;
    it->basic_size = sizeof(MvIter);
    it->trace = mviter_trace;
    it->iter = iter_self;
    it->next = mviter_next;
    AyStr *doc = ayStr_new_c(vm, "Create a new memoryview object which references the given object.");
    if (doc) ayType_set(vm, t, "__doc__", ayV_from_obj(doc));
}
