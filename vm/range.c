// range and slice objects, plus the singletons None, NotImplemented and
// Ellipsis.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// {==== slices

static void slice_trace(AyVM *vm, AyObj *o) {
    AySlice *s = (AySlice *)o;
    ayGC_mark(vm, s->start);
    ayGC_mark(vm, s->stop);
    ayGC_mark(vm, s->step);
}

AyValue aySlice_new(AyVM *vm, AyValue start, AyValue stop, AyValue step) {
    AySlice *s = AY_NEW(vm, AySlice, vm->t_slice);
    if (!s) return AY_NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return ayV_from_obj(s);
}

// Clamps an index value (any int, or None) for a sequence of `len` items.
static bool slice_index(AyVM *vm, AyValue v, int64_t *out) {
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return true;
    }
    AyValue i = ayObj_index(vm, v);
    if (!i) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "slice indices must be integers or None or have an __index__ method");
        }
        return false;
    }
    if (ayV_is_int(i)) {
        *out = ayV_int(i);
        return true;
    }
    // a big int: clamp to the int64 extremes
    *out = ayInt_sign(vm, i) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
    return true;
}

int aySlice_indices(AyVM *vm, AyValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                    int64_t *slicelen) {
    AySlice *s = AY_AS(AySlice, slice);
    int64_t st = 1, a, b;
    if (s->step != AY_NONE) {
        if (!slice_index(vm, s->step, &st)) return -1;
        if (st == 0) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "slice step cannot be zero");
            return -1;
        }
    }
    int64_t lower = st < 0 ? -1 : 0, upper = st < 0 ? len - 1 : len;
    if (s->start == AY_NONE) a = st < 0 ? upper : lower;
    else {
        if (!slice_index(vm, s->start, &a)) return -1;
        if (a < 0) {
            a += len;
            if (a < lower) a = lower;
        } else if (a > upper) {
            a = upper;
        }
    }
    if (s->stop == AY_NONE) b = st < 0 ? lower : upper;
    else {
        if (!slice_index(vm, s->stop, &b)) return -1;
        if (b < 0) {
            b += len;
            if (b < lower) b = lower;
        } else if (b > upper) {
            b = upper;
        }
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st < 0) *slicelen = b < a ? (a - b - 1) / (-st) + 1 : 0;
    else *slicelen = a < b ? (b - a - 1) / st + 1 : 0;
    return 0;
}

bool ayIndex_normalize(AyVM *vm, AyValue index, int64_t len, int64_t *out, const char *what) {
    int64_t i;
    if (ayObj_as_ssize(vm, index, &i) < 0) return false;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

static AyValue slice_repr(AyVM *vm, AyValue v) {
    AySlice *s = AY_AS(AySlice, v);
    return ayStr_from_fmt(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static AyValue slice_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_type(vm, b, vm->t_slice)) return AY_NOTIMPLEMENTED;
    AySlice *x = AY_AS(AySlice, a), *y = AY_AS(AySlice, b);
    AyValue tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
    AyValue ta = ayTuple_from_items(vm, tx, 3);
    if (!ta) return AY_NULL;
    ayGC_push_root(vm, ta);
    AyValue tb = ayTuple_from_items(vm, ty, 3);
    ayGC_pop_roots(vm, 1);
    if (!tb) return AY_NULL;
    return ayObj_richcmp(vm, ta, tb, op);
}

static int64_t slice_hash(AyVM *vm, AyValue v) {
    AySlice *s = AY_AS(AySlice, v);
    AyValue items[3] = {s->start, s->stop, s->step};
    AyValue t = ayTuple_from_items(vm, items, 3);
    return t ? ayObj_hash(vm, t) : -1;
}

static AyValue slice_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "slice", kwnames)) return AY_NULL;
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "slice expected at least 1 argument, got 0");
        return ayErr_format(vm, AY_EXC(vm, TypeError), "slice expected at most 3 arguments, got %d", nargs);
    }
    if (nargs == 1) return aySlice_new(vm, AY_NONE, args[0], AY_NONE);
    return aySlice_new(vm, args[0], args[1], nargs == 3 ? args[2] : AY_NONE);
}

static AyValue m_indices(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "indices", nargs - 1, 1, 1)) return AY_NULL;
    int64_t len, a, b, st, n;
    if (ayObj_as_ssize(vm, args[1], &len) < 0) return AY_NULL;
    if (len < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "length should not be negative");
    if (aySlice_indices(vm, args[0], len, &a, &b, &st, &n) < 0) return AY_NULL;
    AyValue items[3] = {ayV_small(a), ayV_small(b), ayV_small(st)};
    return ayTuple_from_items(vm, items, 3);
}

static const AyMethodDef slice_methods[] = {
    {"indices", m_indices, 0, NULL},
    {NULL},
};

static AyValue slice_start_get(AyVM *vm, AyValue self) { return AY_AS(AySlice, self)->start; }
static AyValue slice_stop_get(AyVM *vm, AyValue self) { return AY_AS(AySlice, self)->stop; }
static AyValue slice_step_get(AyVM *vm, AyValue self) { return AY_AS(AySlice, self)->step; }

static const AyGetSetDef slice_getsets[] = {
    {"start", slice_start_get, NULL},
    {"stop", slice_stop_get, NULL},
    {"step", slice_step_get, NULL},
    {NULL},
};

void aySlice_setup(AyVM *vm) {
    AyType *t = vm->t_slice;
    t->basic_size = sizeof(AySlice);
    t->trace = slice_trace;
    t->repr = slice_repr;
    t->richcmp = slice_richcmp;
    t->hash = slice_hash;
    t->tp_new = slice_new;
    ayType_add_methods(vm, t, slice_methods);
    ayType_add_getsets(vm, t, slice_getsets);
}

// }====
// {==== range

static void range_trace(AyVM *vm, AyObj *o) {
    AyRange *r = (AyRange *)o;
    ayGC_mark(vm, r->start);
    ayGC_mark(vm, r->stop);
    ayGC_mark(vm, r->step);
}

// len(range) as an int value (may be big).
static AyValue range_len_value(AyVM *vm, AyValue start, AyValue stop, AyValue step) {
    if (ayV_is_int(start) && ayV_is_int(stop) && ayV_is_int(step)) {
        int64_t a = ayV_int(start), b = ayV_int(stop), s = ayV_int(step);
        if (s > 0) return ayV_small(a < b ? (b - a - 1) / s + 1 : 0);
        return ayV_small(a > b ? (a - b - 1) / (-s) + 1 : 0);
    }
    // (stop - start + step -/+ 1) // step, clamped at 0
    int sgn = ayInt_sign(vm, step);
    AyValue diff = ayInt_binop(vm, AY_BINOP_SUB, stop, start);
    if (!diff) return AY_NULL;
    if (ayInt_sign(vm, diff) * sgn <= 0) return ayV_small(0);
    AyValue t = ayInt_binop(vm, AY_BINOP_ADD, diff, step);
    if (!t) return AY_NULL;
    t = ayInt_binop(vm, AY_BINOP_SUB, t, ayV_small(sgn));
    if (!t) return AY_NULL;
    return ayInt_binop(vm, AY_BINOP_FLOORDIV, t, step);
}

static AyValue range_make(AyVM *vm, AyValue start, AyValue stop, AyValue step) {
    AyRange *r = AY_NEW(vm, AyRange, vm->t_range);
    if (!r) return AY_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    AyValue len = range_len_value(vm, start, stop, step);
    if (!len) return AY_NULL;
    r->len = ayV_is_int(len) ? ayV_int(len) : -1;
    return ayV_from_obj(r);
}

static AyValue range_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "range", kwnames)) return AY_NULL;
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "range expected at least 1 argument, got 0");
        return ayErr_format(vm, AY_EXC(vm, TypeError), "range expected at most 3 arguments, got %d", nargs);
    }
    AyValue v[3];
    for (int i = 0; i < nargs; i++) {
        v[i] = ayObj_index(vm, args[i]);
        if (!v[i]) return AY_NULL;
        v[i] = ayInt_exact(vm, v[i]);
    }
    if (nargs == 1) return range_make(vm, ayV_small(0), v[0], ayV_small(1));
    AyValue step = nargs == 3 ? v[2] : ayV_small(1);
    if (ayInt_sign(vm, step) == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "range() arg 3 must not be zero");
    return range_make(vm, v[0], v[1], step);
}

static AyValue range_repr(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    if (r->step == ayV_small(1)) return ayStr_from_fmt(vm, "range(%R, %R)", r->start, r->stop);
    return ayStr_from_fmt(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    if (r->len < 0) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r->len;
}

static int range_truth(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    return r->len != 0;
}

// start + i * step
static AyValue range_item(AyVM *vm, AyRange *r, AyValue i) {
    AyValue t = ayInt_binop(vm, AY_BINOP_MUL, i, r->step);
    if (!t) return AY_NULL;
    if (ayV_both_int(t, r->start)) return ayInt_from_i64(vm, ayV_int(t) + ayV_int(r->start));
    return ayInt_binop(vm, AY_BINOP_ADD, r->start, t);
}

static AyValue range_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyRange *r = AY_AS(AyRange, v);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        if (r->len < 0) return ayErr_format(vm, AY_EXC(vm, OverflowError), "range too large");
        int64_t a, b, st, n;
        if (aySlice_indices(vm, key, r->len, &a, &b, &st, &n) < 0) return AY_NULL;
        AyValue start = range_item(vm, r, ayV_small(a));
        if (!start) return AY_NULL;
        AyValue stop = range_item(vm, r, ayV_small(b));
        if (!stop) return AY_NULL;
        AyValue step = ayInt_binop(vm, AY_BINOP_MUL, r->step, ayV_small(st));
        if (!step) return AY_NULL;
        return range_make(vm, start, stop, step);
    }
    AyValue i = ayObj_index(vm, key);
    if (!i) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "range indices must be integers or slices, not %T", key);
        }
        return AY_NULL;
    }
    i = ayInt_exact(vm, i);
    AyValue len = range_len_value(vm, r->start, r->stop, r->step);
    if (!len) return AY_NULL;
    if (ayInt_sign(vm, i) < 0) {
        i = ayInt_binop(vm, AY_BINOP_ADD, i, len);
        if (!i) return AY_NULL;
    }
    if (ayInt_sign(vm, i) < 0 || ayInt_cmp(vm, i, len) >= 0)
        return ayErr_format(vm, AY_EXC(vm, IndexError), "range object index out of range");
    return range_item(vm, r, i);
}

static int range_contains(AyVM *vm, AyValue c, AyValue item) {
    AyRange *r = AY_AS(AyRange, c);
    if (!ayV_is_anyint(vm, item)) {
        // any other type: compare item by item
        int64_t n = r->len;
        for (int64_t k = 0; k < n; k++) {
            AyValue v = range_item(vm, r, ayV_small(k));
            if (!v) return -1;
            int eq = ayObj_eq(vm, v, item);
            if (eq) return eq;
        }
        return 0;
    }
    AyValue x = ayInt_exact(vm, item);
    int sgn = ayInt_sign(vm, r->step);
    int lo = ayInt_cmp(vm, x, r->start), hi = ayInt_cmp(vm, x, r->stop);
    if (sgn > 0 ? (lo < 0 || hi >= 0) : (lo > 0 || hi <= 0)) return 0;
    AyValue d = ayInt_binop(vm, AY_BINOP_SUB, x, r->start);
    if (!d) return -1;
    AyValue m = ayInt_binop(vm, AY_BINOP_MOD, d, r->step);
    if (!m) return -1;
    return ayInt_sign(vm, m) == 0;
}

static AyValue range_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_type(vm, b, vm->t_range)) return AY_NOTIMPLEMENTED;
    AyRange *x = AY_AS(AyRange, a), *y = AY_AS(AyRange, b);
    bool eq;
    if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (ayInt_cmp(vm, x->start, y->start) != 0) eq = false;
    else if (x->len == 1) eq = true;
    else eq = ayInt_cmp(vm, x->step, y->step) == 0;
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static int64_t range_hash(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    AyValue items[3] = {ayV_small(r->len), AY_NONE, AY_NONE};
    if (r->len > 0) items[1] = r->start;
    if (r->len > 1) items[2] = r->step;
    AyValue t = ayTuple_from_items(vm, items, 3);
    return t ? ayObj_hash(vm, t) : -1;
}

// Small ranges iterate with int64 arithmetic; others through a generic path.
typedef struct RangeIter {
    AyObj hdr;
    int64_t next, step, left;
} RangeIter;

typedef struct LongRangeIter {
    AyObj hdr;
    AyValue next, step, left;
} LongRangeIter;

static AyValue range_iter(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    if (r->len >= 0 && ayV_is_int(r->start) && ayV_is_int(r->step)) {
        int64_t last = ayV_int(r->start) + (r->len ? (r->len - 1) * ayV_int(r->step) : 0);
        if (ayV_fits_small(last)) {
            RangeIter *it = AY_NEW(vm, RangeIter, vm->t_range_iterator);
            if (!it) return AY_NULL;
            it->next = ayV_int(r->start);
            it->step = ayV_int(r->step);
            it->left = r->len;
            return ayV_from_obj(it);
        }
    }
    LongRangeIter *it = AY_NEW(vm, LongRangeIter, vm->t_longrange_iterator);
    if (!it) return AY_NULL;
    it->next = r->start;
    it->step = r->step;
    it->left = range_len_value(vm, r->start, r->stop, r->step);
    return it->left ? ayV_from_obj(it) : AY_NULL;
}

static AyValue rangeiter_next(AyVM *vm, AyValue v) {
    RangeIter *it = AY_AS(RangeIter, v);
    if (it->left <= 0) return AY_NULL;
    int64_t n = it->next;
    it->next += it->step;
    it->left--;
    return ayV_small(n);
}

// FOR_RANGE's fast path: *handled is false when `it` is not a small range iterator.
AyValue ayRange_iter_next_fast(AyVM *vm, AyValue v, bool *handled) {
    if (!ayV_is_obj(v) || ayV_obj(v)->type != vm->t_range_iterator) {
        *handled = false;
        return AY_NULL;
    }
    *handled = true;
    RangeIter *it = AY_AS(RangeIter, v);
    if (it->left <= 0) return AY_NULL;
    int64_t n = it->next;
    it->next += it->step;
    it->left--;
    return ayV_small(n);
}

static void longiter_trace(AyVM *vm, AyObj *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    ayGC_mark(vm, it->next);
    ayGC_mark(vm, it->step);
    ayGC_mark(vm, it->left);
}

static AyValue longiter_next(AyVM *vm, AyValue v) {
    LongRangeIter *it = AY_AS(LongRangeIter, v);
    if (ayInt_sign(vm, it->left) <= 0) return AY_NULL;
    AyValue n = it->next;
    AyValue nx = ayInt_binop(vm, AY_BINOP_ADD, n, it->step);
    if (!nx) return AY_NULL;
    it->next = nx;
    AyValue left = ayInt_binop(vm, AY_BINOP_SUB, it->left, ayV_small(1));
    if (!left) return AY_NULL;
    it->left = left;
    return n;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue rangeiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    RangeIter *it = AY_AS(RangeIter, args[0]);
    return ayV_small(it->left > 0 ? it->left : 0);
}

static AyValue range_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyRange *r = AY_AS(AyRange, args[0]);
    // reversed(range(a, b, s)) == range(last, a - s, -s)
    AyValue len = range_len_value(vm, r->start, r->stop, r->step);
    if (!len) return AY_NULL;
    AyValue lenm1 = ayInt_binop(vm, AY_BINOP_SUB, len, ayV_small(1));
    if (!lenm1) return AY_NULL;
    AyValue last = range_item(vm, r, lenm1);
    if (!last) return AY_NULL;
    AyValue nstep = ayInt_binop(vm, AY_BINOP_SUB, ayV_small(0), r->step);
    if (!nstep) return AY_NULL;
    AyValue stop = ayInt_binop(vm, AY_BINOP_ADD, r->start, nstep);
    if (!stop) return AY_NULL;
    AyValue rr = range_make(vm, last, stop, nstep);
    if (!rr) return AY_NULL;
    return range_iter(vm, rr);
}

static AyValue range_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "count", nargs - 1, 1, 1)) return AY_NULL;
    int r = range_contains(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_small(r);
}

static AyValue range_index(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "index", nargs - 1, 1, 1)) return AY_NULL;
    AyRange *r = AY_AS(AyRange, args[0]);
    int c = range_contains(vm, args[0], args[1]);
    if (c < 0) return AY_NULL;
    if (!c) return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in range", args[1]);
    AyValue d = ayInt_binop(vm, AY_BINOP_SUB, ayInt_exact(vm, args[1]), r->start);
    if (!d) return AY_NULL;
    return ayInt_binop(vm, AY_BINOP_FLOORDIV, d, r->step);
}

static const AyMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL},
};

static const AyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL},
};

static AyValue range_start_get(AyVM *vm, AyValue self) { return AY_AS(AyRange, self)->start; }
static AyValue range_stop_get(AyVM *vm, AyValue self) { return AY_AS(AyRange, self)->stop; }
static AyValue range_step_get(AyVM *vm, AyValue self) { return AY_AS(AyRange, self)->step; }

static const AyGetSetDef range_getsets[] = {
    {"start", range_start_get, NULL},
    {"stop", range_stop_get, NULL},
    {"step", range_step_get, NULL},
    {NULL},
};

void ayRange_setup(AyVM *vm) {
    AyType *t = vm->t_range;
    t->basic_size = sizeof(AyRange);
    t->trace = range_trace;
    t->repr = range_repr;
    t->len = range_len;
    t->truth = range_truth;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->richcmp = range_richcmp;
    t->hash = range_hash;
    t->iter = range_iter;
    t->tp_new = range_new;
    ayType_add_methods(vm, t, range_methods);
    ayType_add_getsets(vm, t, range_getsets);
    AyType *it = vm->t_range_iterator;
    it->basic_size = sizeof(RangeIter);
    it->iter = iter_self;
    it->next = rangeiter_next;
    ayType_add_methods(vm, it, rangeiter_methods);
    AyType *lt = vm->t_longrange_iterator;
    lt->basic_size = sizeof(LongRangeIter);
    lt->trace = longiter_trace;
    lt->iter = iter_self;
    lt->next = longiter_next;
}

// }====
// {==== None, NotImplemented, Ellipsis

static AyValue none_repr(AyVM *vm, AyValue v) { return ayV_from_obj(ayStr_intern_c(vm, "None")); }
static AyValue notimpl_repr(AyVM *vm, AyValue v) { return ayV_from_obj(ayStr_intern_c(vm, "NotImplemented")); }
static AyValue ellipsis_repr(AyVM *vm, AyValue v) { return ayV_from_obj(ayStr_intern_c(vm, "Ellipsis")); }
static int none_truth(AyVM *vm, AyValue v) { return 0; }
static int64_t special_hash(AyVM *vm, AyValue v) { return (int64_t)(0xA5A5A5A5u + (uint64_t)v); }

static AyValue none_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs || kwnames) return ayErr_format(vm, AY_EXC(vm, TypeError), "NoneType takes no arguments");
    return AY_NONE;
}
static AyValue notimpl_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs || kwnames) return ayErr_format(vm, AY_EXC(vm, TypeError), "NotImplementedType takes no arguments");
    return AY_NOTIMPLEMENTED;
}
static AyValue ellipsis_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs || kwnames) return ayErr_format(vm, AY_EXC(vm, TypeError), "ellipsis takes no arguments");
    return AY_ELLIPSIS;
}

void ayMisc_setup(AyVM *vm) {
    vm->t_NoneType->repr = none_repr;
    vm->t_NoneType->truth = none_truth;
    vm->t_NoneType->hash = special_hash;
    vm->t_NoneType->tp_new = none_new;
    vm->t_NotImplementedType->repr = notimpl_repr;
    vm->t_NotImplementedType->hash = special_hash;
    vm->t_NotImplementedType->tp_new = notimpl_new;
    vm->t_ellipsis->repr = ellipsis_repr;
    vm->t_ellipsis->hash = special_hash;
    vm->t_ellipsis->tp_new = ellipsis_new;
}
