// range and slice objects, plus the singletons None, NotImplemented and
// Ellipsis.
//
// Range bounds are arbitrary ints. Everything that fits in small ints takes
// int64 fast paths; the rest goes through big-int arithmetic, so huge ranges
// index, slice, compare and iterate like CPython's.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
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

// A slice bound as an exact int; TypeError with CPython's wording otherwise.
static AyValue slice_int(AyVM *vm, AyValue v) {
    if (ayV_is_int(v)) return v;
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "slice indices must be integers or None or have an __index__ method");
    AyValue i = ayObj_index(vm, v);
    return i ? ayInt_exact(vm, i) : AY_NULL;
}

// Clamps an index value for a sequence of `len` items (big ints saturate).
static bool slice_index(AyVM *vm, AyValue v, int64_t *out) {
    AyValue i = slice_int(vm, v);
    if (!i) return false;
    if (ayV_is_int(i)) *out = ayV_int(i);
    else *out = ayInt_sign(vm, i) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
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

static AyValue big_add(AyVM *vm, AyValue a, AyValue b) {
    if (ayV_both_int(a, b)) return ayInt_from_i64(vm, ayV_int(a) + ayV_int(b));
    return ayInt_binop(vm, AY_BINOP_ADD, a, b);
}
static AyValue big_sub(AyVM *vm, AyValue a, AyValue b) {
    if (ayV_both_int(a, b)) return ayInt_from_i64(vm, ayV_int(a) - ayV_int(b));
    return ayInt_binop(vm, AY_BINOP_SUB, a, b);
}

// Normalises one bound against a length of any size (values are exact ints).
static AyValue clamp_bound(AyVM *vm, AyValue v, AyValue len, AyValue lower, AyValue upper) {
    if (ayInt_sign(vm, v) < 0) {
        v = big_add(vm, v, len);
        if (!v) return AY_NULL;
        return ayInt_cmp(vm, v, lower) < 0 ? lower : v;
    }
    return ayInt_cmp(vm, v, upper) > 0 ? upper : v;
}

// slice.indices() for a length of any size: out[0..3) = start, stop, step.
static bool slice_indices_big(AyVM *vm, AySlice *s, AyValue len, AyValue out[3]) {
    AyValue step = ayV_small(1);
    if (s->step != AY_NONE) {
        step = slice_int(vm, s->step);
        if (!step) return false;
        if (ayInt_sign(vm, step) == 0) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "slice step cannot be zero");
            return false;
        }
    }
    bool neg = ayInt_sign(vm, step) < 0;
    AyValue lower = neg ? ayV_small(-1) : ayV_small(0);
    AyValue upper = neg ? big_sub(vm, len, ayV_small(1)) : len;
    if (!upper) return false;
    ayGC_push_root(vm, step);
    ayGC_push_root(vm, upper);
    AyValue start, stop;
    if (s->start == AY_NONE) start = neg ? upper : lower;
    else {
        start = slice_int(vm, s->start);
        if (start) start = clamp_bound(vm, start, len, lower, upper);
    }
    if (start) ayGC_push_root(vm, start);
    if (!start) stop = AY_NULL;
    else if (s->stop == AY_NONE) stop = neg ? lower : upper;
    else {
        stop = slice_int(vm, s->stop);
        if (stop) stop = clamp_bound(vm, stop, len, lower, upper);
    }
    ayGC_pop_roots(vm, start ? 3 : 2);
    if (!stop) return false;
    out[0] = start;
    out[1] = stop;
    out[2] = step;
    return true;
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

// Slices compare like the tuples (start, stop, step).
static AyValue slice_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_type(vm, b, vm->t_slice)) return AY_NOTIMPLEMENTED;
    AySlice *x = AY_AS(AySlice, a), *y = AY_AS(AySlice, b);
    AyValue tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
    return aySeq_richcmp(vm, tx, 3, ty, 3, op);
}

// CPython 3.12's slice hash: the tuple hash of its three fields without the
// final length mixing step.
static int64_t slice_hash(AyVM *vm, AyValue v) {
    AySlice *s = AY_AS(AySlice, v);
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
    AyValue items[3] = {s->start, s->stop, s->step};
    uint64_t acc = P5;
    for (int i = 0; i < 3; i++) {
        int64_t h = ayObj_hash(vm, items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static AyValue slice_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "slice", kwnames)) return AY_NULL;
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "slice expected at least 1 argument, got 0");
    if (nargs > 3) return ayErr_format(vm, AY_EXC(vm, TypeError), "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) return aySlice_new(vm, AY_NONE, args[0], AY_NONE);
    return aySlice_new(vm, args[0], args[1], nargs == 3 ? args[2] : AY_NONE);
}

static AyValue m_indices(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "slice.indices", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyValue len = ayObj_index(vm, args[1]);
    if (!len) return AY_NULL;
    len = ayInt_exact(vm, len);
    if (ayInt_sign(vm, len) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "length should not be negative");
    AyValue out[3];
    ayGC_push_root(vm, len);
    bool ok = slice_indices_big(vm, AY_AS(AySlice, args[0]), len, out);
    ayGC_pop_roots(vm, 1);
    if (!ok) return AY_NULL;
    return ayTuple_from_items(vm, out, 3);
}

static AyValue m_slice_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AySlice *s = AY_AS(AySlice, args[0]);
    AyValue items[3] = {s->start, s->stop, s->step};
    AyValue t = ayTuple_from_items(vm, items, 3);
    return t ? ayTuple_pack2(vm, ayV_from_obj(vm->t_slice), t) : AY_NULL;
}

static const AyMethodDef slice_methods[] = {
    {"indices", m_indices, 0, NULL},
    {"__reduce__", m_slice_reduce, 0, NULL},
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
        if (s > 0) return ayInt_from_i64(vm, a < b ? (b - a - 1) / s + 1 : 0);
        return ayInt_from_i64(vm, a > b ? (a - b - 1) / (-s) + 1 : 0);
    }
    // (hi - lo - 1) // |step| + 1 when the range is not empty
    int sgn = ayInt_sign(vm, step);
    AyValue diff = sgn > 0 ? big_sub(vm, stop, start) : big_sub(vm, start, stop);
    if (!diff) return AY_NULL;
    if (ayInt_sign(vm, diff) <= 0) return ayV_small(0);
    AyValue t = big_sub(vm, diff, ayV_small(1));
    if (!t) return AY_NULL;
    AyValue absstep = sgn > 0 ? step : ayInt_binop(vm, AY_BINOP_SUB, ayV_small(0), step);
    if (!absstep) return AY_NULL;
    t = ayInt_binop(vm, AY_BINOP_FLOORDIV, t, absstep);
    return t ? big_add(vm, t, ayV_small(1)) : AY_NULL;
}

// The length as an int value, whatever its size.
static AyValue range_length(AyVM *vm, AyRange *r) {
    if (r->len >= 0) return ayInt_from_i64(vm, r->len);
    return range_len_value(vm, r->start, r->stop, r->step);
}

static AyValue range_make(AyVM *vm, AyValue start, AyValue stop, AyValue step) {
    AyValue len = range_len_value(vm, start, stop, step);
    if (!len) return AY_NULL;
    AyRange *r = AY_NEW(vm, AyRange, vm->t_range);
    if (!r) return AY_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    int64_t n;
    // -1 marks a length beyond int64 (len() then overflows, as in CPython)
    if (ayV_is_int(len)) r->len = ayV_int(len);
    else r->len = ayInt_as_i64(vm, len, &n) < 0 ? (ayErr_clear(vm), -1) : n;
    return ayV_from_obj(r);
}

static AyValue range_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "range", kwnames)) return AY_NULL;
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "range expected at least 1 argument, got 0");
    if (nargs > 3) return ayErr_format(vm, AY_EXC(vm, TypeError), "range expected at most 3 arguments, got %d", nargs);
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

static int range_truth(AyVM *vm, AyValue v) { return AY_AS(AyRange, v)->len != 0; }

// start + i * step
static AyValue range_item(AyVM *vm, AyRange *r, AyValue i) {
    if (ayV_both_int(i, r->step) && ayV_is_int(r->start)) {
        int64_t p;
        if (!__builtin_mul_overflow(ayV_int(i), ayV_int(r->step), &p))
            return ayInt_from_i64(vm, p + ayV_int(r->start));
    }
    AyValue t = ayInt_binop(vm, AY_BINOP_MUL, i, r->step);
    return t ? big_add(vm, r->start, t) : AY_NULL;
}

static AyValue range_slice(AyVM *vm, AyRange *r, AyValue slice) {
    AyValue len = range_length(vm, r);
    if (!len) return AY_NULL;
    ayGC_push_root(vm, len);
    AyValue idx[3];
    bool ok = slice_indices_big(vm, AY_AS(AySlice, slice), len, idx);
    ayGC_pop_roots(vm, 1);
    if (!ok) return AY_NULL;
    ayGC_push_root(vm, idx[1]);
    ayGC_push_root(vm, idx[2]);
    AyValue start = range_item(vm, r, idx[0]);
    if (start) ayGC_push_root(vm, start);
    AyValue stop = start ? range_item(vm, r, idx[1]) : AY_NULL;
    if (stop) ayGC_push_root(vm, stop);
    AyValue step = stop ? ayInt_binop(vm, AY_BINOP_MUL, r->step, idx[2]) : AY_NULL;
    AyValue res = step ? range_make(vm, start, stop, step) : AY_NULL;
    ayGC_pop_roots(vm, 2 + (start != AY_NULL) + (stop != AY_NULL));
    return res;
}

static AyValue range_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyRange *r = AY_AS(AyRange, v);
    if (ayV_is_int(key) && r->len >= 0) {
        int64_t i = ayV_int(key);
        if (i < 0) i += r->len;
        if (i < 0 || i >= r->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "range object index out of range");
        return range_item(vm, r, ayInt_from_i64(vm, i));
    }
    if (ayV_is_type(vm, key, vm->t_slice)) return range_slice(vm, r, key);
    if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "range indices must be integers or slices, not %T", key);
    AyValue i = ayObj_index(vm, key);
    if (!i) return AY_NULL;
    i = ayInt_exact(vm, i);
    AyValue len = range_length(vm, r);
    if (!len) return AY_NULL;
    if (ayInt_sign(vm, i) < 0) {
        i = big_add(vm, i, len);
        if (!i) return AY_NULL;
    }
    if (ayInt_sign(vm, i) < 0 || ayInt_cmp(vm, i, len) >= 0)
        return ayErr_format(vm, AY_EXC(vm, IndexError), "range object index out of range");
    return range_item(vm, r, i);
}

// Membership of an exact int: bounds, then divisibility.
static bool range_has_int(AyVM *vm, AyRange *r, AyValue x, int *out) {
    if (ayV_is_int(x) && ayV_is_int(r->start) && ayV_is_int(r->stop) && ayV_is_int(r->step)) {
        int64_t a = ayV_int(r->start), b = ayV_int(r->stop), s = ayV_int(r->step), i = ayV_int(x);
        bool in = s > 0 ? (i >= a && i < b) : (i <= a && i > b);
        *out = in && (i - a) % s == 0;
        return true;
    }
    int sgn = ayInt_sign(vm, r->step);
    int lo = ayInt_cmp(vm, x, r->start), hi = ayInt_cmp(vm, x, r->stop);
    if (sgn > 0 ? (lo < 0 || hi >= 0) : (lo > 0 || hi <= 0)) {
        *out = 0;
        return true;
    }
    AyValue d = big_sub(vm, x, r->start);
    AyValue m = d ? ayInt_binop(vm, AY_BINOP_MOD, d, r->step) : AY_NULL;
    if (!m) return false;
    *out = ayInt_sign(vm, m) == 0;
    return true;
}

static bool exact_intlike(AyVM *vm, AyValue v) {
    return ayV_is_int(v) || v == AY_TRUE || v == AY_FALSE || ayV_is_bigint(vm, v);
}

// Generic search by iteration (non-int items): index of the first equal
// item, -1 when absent, -2 on error; *count gets the number of matches when
// `count` is not NULL (then the whole range is scanned).
static int64_t range_scan(AyVM *vm, AyValue rv, AyValue item, int64_t *count) {
    AyValue it = ayObj_iter(vm, rv);
    if (!it) return -2;
    ayGC_push_root(vm, it);
    int64_t found = -1, n = 0;
    for (int64_t i = 0;; i++) {
        AyValue x = ayObj_next(vm, it);
        if (!x) {
            if (ayErr_occurred(vm)) found = -2;
            break;
        }
        int eq = ayObj_eq(vm, x, item);
        if (eq < 0) {
            found = -2;
            break;
        }
        if (eq) {
            if (found < 0) found = i;
            n++;
            if (!count) break;
        }
    }
    ayGC_pop_roots(vm, 1);
    if (count) *count = n;
    return found;
}

static int range_contains(AyVM *vm, AyValue c, AyValue item) {
    AyRange *r = AY_AS(AyRange, c);
    if (exact_intlike(vm, item)) {
        int in;
        return range_has_int(vm, r, ayInt_exact(vm, item), &in) ? in : -1;
    }
    int64_t i = range_scan(vm, c, item, NULL);
    return i == -2 ? -1 : i >= 0;
}

static AyValue range_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_type(vm, b, vm->t_range)) return AY_NOTIMPLEMENTED;
    AyRange *x = AY_AS(AyRange, a), *y = AY_AS(AyRange, b);
    bool eq;
    if (x == y) eq = true;
    else if (x->len != y->len) eq = false;
    else if (x->len < 0 && ayInt_cmp(vm, range_length(vm, x), range_length(vm, y)) != 0) eq = false;
    else if (x->len == 0) eq = true;
    else if (ayInt_cmp(vm, x->start, y->start) != 0) eq = false;
    else if (x->len == 1) eq = true;
    else eq = ayInt_cmp(vm, x->step, y->step) == 0;
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

// hash((len, start, step)) with start/step replaced by None when they do not
// matter (CPython's rule: equal ranges hash equal).
static int64_t range_hash(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    AyValue len = range_length(vm, r);
    if (!len) return -1;
    AyValue items[3] = {len, AY_NONE, AY_NONE};
    if (r->len != 0) items[1] = r->start;
    if (r->len != 0 && r->len != 1) items[2] = r->step;
    AyValue t = ayTuple_from_items(vm, items, 3);
    return t ? ayObj_hash(vm, t) : -1;
}

// Ranges whose every value is a small int iterate with int64 arithmetic
// (AyRangeIter); the others through big ints.
typedef struct LongRangeIter {
    AyObj hdr;
    AyValue next, step, left;
} LongRangeIter;

static AyValue make_iter(AyVM *vm, AyValue start, AyValue step, AyValue len) {
    if (ayV_is_int(start) && ayV_is_int(step) && ayV_is_int(len)) {
        int64_t n = ayV_int(len), a = ayV_int(start), s = ayV_int(step), span;
        if (n == 0 || (!__builtin_mul_overflow(n - 1, s, &span) && ayV_fits_small(a + span))) {
            AyRangeIter *it = AY_NEW(vm, AyRangeIter, vm->t_range_iterator);
            if (!it) return AY_NULL;
            it->next = a;
            it->step = s;
            it->left = n;
            return ayV_from_obj(it);
        }
    }
    LongRangeIter *it = AY_NEW(vm, LongRangeIter, vm->t_longrange_iterator);
    if (!it) return AY_NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return ayV_from_obj(it);
}

static AyValue range_iter(AyVM *vm, AyValue v) {
    AyRange *r = AY_AS(AyRange, v);
    AyValue len = range_length(vm, r);
    return len ? make_iter(vm, r->start, r->step, len) : AY_NULL;
}

static AyValue rangeiter_next(AyVM *vm, AyValue v) {
    AyRangeIter *it = AY_AS(AyRangeIter, v);
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
    AyValue nx = big_add(vm, n, it->step);
    if (!nx) return AY_NULL;
    it->next = nx;
    AyValue left = big_sub(vm, it->left, ayV_small(1));
    if (!left) return AY_NULL;
    it->left = left;
    return n;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue rangeiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyRangeIter *it = AY_AS(AyRangeIter, args[0]);
    return ayInt_from_i64(vm, it->left > 0 ? it->left : 0);
}

static AyValue longiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    LongRangeIter *it = AY_AS(LongRangeIter, args[0]);
    return ayInt_sign(vm, it->left) > 0 ? it->left : ayV_small(0);
}

static AyValue range_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "range.__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyRange *r = AY_AS(AyRange, args[0]);
    // reversed(range(a, b, s)) iterates a + (n-1)*s, ... with step -s
    AyValue len = range_length(vm, r);
    if (!len) return AY_NULL;
    ayGC_push_root(vm, len);
    AyValue last = ayInt_sign(vm, len) == 0 ? r->start : AY_NULL;
    if (!last) {
        AyValue lenm1 = big_sub(vm, len, ayV_small(1));
        last = lenm1 ? range_item(vm, r, lenm1) : AY_NULL;
    }
    AyValue res = AY_NULL;
    if (last) {
        ayGC_push_root(vm, last);
        AyValue nstep = ayInt_binop(vm, AY_BINOP_SUB, ayV_small(0), r->step);
        if (nstep) res = make_iter(vm, last, nstep, len);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return res;
}

static AyValue range_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "range.count", nargs - 1, kw, 1, 1)) return AY_NULL;
    if (exact_intlike(vm, args[1])) {
        int in;
        return range_has_int(vm, AY_AS(AyRange, args[0]), ayInt_exact(vm, args[1]), &in) ? ayV_small(in) : AY_NULL;
    }
    int64_t n;
    if (range_scan(vm, args[0], args[1], &n) == -2) return AY_NULL;
    return ayInt_from_i64(vm, n);
}

static AyValue range_index(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "range.index", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyRange *r = AY_AS(AyRange, args[0]);
    if (exact_intlike(vm, args[1])) {
        AyValue x = ayInt_exact(vm, args[1]);
        int in;
        if (!range_has_int(vm, r, x, &in)) return AY_NULL;
        if (!in) return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in range", args[1]);
        if (ayV_both_int(x, r->start) && ayV_is_int(r->step))
            return ayInt_from_i64(vm, (ayV_int(x) - ayV_int(r->start)) / ayV_int(r->step));
        AyValue d = big_sub(vm, x, r->start);
        return d ? ayInt_binop(vm, AY_BINOP_FLOORDIV, d, r->step) : AY_NULL;
    }
    int64_t i = range_scan(vm, args[0], args[1], NULL);
    if (i == -2) return AY_NULL;
    if (i < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "sequence.index(x): x not in sequence");
    return ayInt_from_i64(vm, i);
}

static AyValue range_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyRange *r = AY_AS(AyRange, args[0]);
    AyValue items[3] = {r->start, r->stop, r->step};
    AyValue t = ayTuple_from_items(vm, items, 3);
    return t ? ayTuple_pack2(vm, ayV_from_obj(vm->t_range), t) : AY_NULL;
}

static const AyMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {"__reduce__", range_reduce, 0, NULL},
    {NULL},
};

static const AyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL},
};

static const AyMethodDef longiter_methods[] = {
    {"__length_hint__", longiter_length_hint, 0, NULL},
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
    it->basic_size = sizeof(AyRangeIter);
    it->iter = iter_self;
    it->next = rangeiter_next;
    ayType_add_methods(vm, it, rangeiter_methods);
    AyType *lt = vm->t_longrange_iterator;
    lt->basic_size = sizeof(LongRangeIter);
    lt->trace = longiter_trace;
    lt->iter = iter_self;
    lt->next = longiter_next;
    ayType_add_methods(vm, lt, longiter_methods);
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
