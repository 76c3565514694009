// _collections: deque (a ring buffer), its iterators, and defaultdict. The
// rest of `collections` is Ay source in lib/collections/.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "seq.h"
#include "stdtypes.h"
#include "str.h"

// {==== deque storage

// Items live in a ring of `cap` slots (a power of two); item i is at
// items[(head + i) & (cap - 1)]. Both ends grow and shrink in O(1).
typedef struct Deque {
    AyObj hdr;
    AyValue *items;
    int64_t head, len, cap;
    int64_t maxlen;      // -1: unbounded
    uint64_t state;      // bumped by every change of length (iterators check it)
} Deque;

#define DQ(v) AY_AS(Deque, v)
#define SLOT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

static bool is_deque(AyVM *vm, AyValue v) {
    return ayV_is_obj(v) && ayType_is_subtype(ayV_type(vm, v), AY_STD_TYPE(vm, deque));
}

static void deque_trace(AyVM *vm, AyObj *o) {
    Deque *d = (Deque *)o;
    for (int64_t i = 0; i < d->len; i++) ayGC_mark(vm, SLOT(d, i));
}

static void deque_finalize(AyVM *vm, AyObj *o) {
    Deque *d = (Deque *)o;
    ayMem_free(vm, d->items, sizeof(AyValue) * (size_t)d->cap);
}

// Makes room for one more item, doubling the ring (and unwrapping it).
static bool deque_grow(AyVM *vm, Deque *d) {
    if (d->len < d->cap) return true;
    int64_t ncap = d->cap ? d->cap * 2 : 8;
    AyValue *items = ayMem_alloc(vm, sizeof(AyValue) * (size_t)ncap);
    if (!items) return false;
    for (int64_t i = 0; i < d->len; i++) items[i] = SLOT(d, i);
    ayMem_free(vm, d->items, sizeof(AyValue) * (size_t)d->cap);
    d->items = items;
    d->cap = ncap;
    d->head = 0;
    return true;
}

static AyValue pop_right(Deque *d) {
    AyValue v = SLOT(d, d->len - 1);
    d->len--;
    d->state++;
    return v;
}

static AyValue pop_left(Deque *d) {
    AyValue v = SLOT(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

static bool push_right(AyVM *vm, Deque *d, AyValue v) {
    if (d->maxlen == 0) return true;
    if (d->len == d->maxlen) pop_left(d);
    if (!deque_grow(vm, d)) return false;
    d->len++;
    SLOT(d, d->len - 1) = v;
    d->state++;
    return true;
}

static bool push_left(AyVM *vm, Deque *d, AyValue v) {
    if (d->maxlen == 0) return true;
    if (d->len == d->maxlen) pop_right(d);
    if (!deque_grow(vm, d)) return false;
    d->head = (d->head - 1) & (d->cap - 1);
    d->len++;
    SLOT(d, 0) = v;
    d->state++;
    return true;
}

static void deque_clear(Deque *d) {
    d->len = 0;
    d->head = 0;
    d->state++;
}

// Moves the last n items to the front (n may be negative: first to back).
static void rotate(Deque *d, int64_t n) {
    if (d->len <= 1) return;
    n %= d->len;
    if (n < 0) n += d->len;
    if (n > d->len / 2) n -= d->len;
    if (d->len == d->cap) {
        // a full ring rotates by moving its head
        d->head = (d->head - n) & (d->cap - 1);
    } else {
        for (; n > 0; n--) {
            AyValue v = SLOT(d, d->len - 1);
            d->head = (d->head - 1) & (d->cap - 1);
            SLOT(d, 0) = v;
        }
        for (; n < 0; n++) {
            AyValue v = SLOT(d, 0);
            d->head = (d->head + 1) & (d->cap - 1);
            SLOT(d, d->len - 1) = v;
        }
    }
    d->state++;
}

// Removes item i (0 <= i < len), shifting the shorter side.
static void delete_at(Deque *d, int64_t i) {
    if (i < d->len / 2) {
        for (int64_t k = i; k > 0; k--) SLOT(d, k) = SLOT(d, k - 1);
        pop_left(d);
    } else {
        for (int64_t k = i; k < d->len - 1; k++) SLOT(d, k) = SLOT(d, k + 1);
        pop_right(d);
    }
}

// Extends from any iterable; `left` prepends each item (extendleft).
static bool deque_extend_impl(AyVM *vm, AyValue self, AyValue iterable, bool left) {
    Deque *d = DQ(self);
    if (iterable == self) {
        // d.extend(d): iterate over a snapshot
        iterable = ayObj_to_list(vm, iterable);
        if (!iterable) return false;
    }
    if (ayV_is_list(vm, iterable) || ayV_is_tuple(vm, iterable)) {
        for (int64_t i = 0;; i++) {
            bool is_list = ayV_is_list(vm, iterable);
            int64_t n = is_list ? AY_AS(AyList, iterable)->len : AY_AS(AyTuple, iterable)->len;
            if (i >= n) return true;
            AyValue v = is_list ? AY_AS(AyList, iterable)->items[i] : AY_AS(AyTuple, iterable)->items[i];
            if (!(left ? push_left(vm, d, v) : push_right(vm, d, v))) return false;
        }
    }
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return false;
    ayGC_push_root(vm, it);
    bool ok = true;
    for (AyValue v; (v = ayObj_next(vm, it));) {
        if (!(left ? push_left(vm, d, v) : push_right(vm, d, v))) {
            ok = false;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok && !ayErr_occurred(vm);
}

// }====
// {==== deque slots

static AyValue deque_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    Deque *d = (Deque *)ayGC_new(vm, type, type->basic_size);
    if (!d) return AY_NULL;
    d->maxlen = -1;
    return ayV_from_obj(d);
}

static AyValue deque_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs > 2)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "deque() takes at most 2 arguments (%d given)", nargs);
    AyValue a[2] = {nargs > 0 ? args[0] : AY_NULL, nargs > 1 ? args[1] : AY_NULL};
    for (int k = 0; k < ayArg_nkw(kwnames); k++) {
        AyStr *kn = AY_STR(AY_AS(AyTuple, kwnames)->items[k]);
        int slot = strcmp(kn->data, "iterable") == 0 ? 0 : strcmp(kn->data, "maxlen") == 0 ? 1 : -1;
        if (slot < 0)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for deque()", kn);
        if (a[slot])
            return ayErr_format(vm, AY_EXC(vm, TypeError), "argument for deque() given by name ('%U') and position (%d)",
                                kn, slot + 1);
        a[slot] = args[nargs + k];
    }
    int64_t maxlen = -1;
    if (a[1] && a[1] != AY_NONE) {
        if (!ayV_is_anyint(vm, a[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "an integer is required");
        if (ayInt_as_i64(vm, a[1], &maxlen) < 0) return AY_NULL;
        if (maxlen < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "maxlen must be non-negative");
    }
    Deque *d = DQ(self);
    d->maxlen = maxlen;
    if (d->len) deque_clear(d);
    if (a[0] && !deque_extend_impl(vm, self, a[0], false)) return AY_NULL;
    return AY_NONE;
}

static int64_t deque_len(AyVM *vm, AyValue self) { return DQ(self)->len; }

static AyValue deque_repr(AyVM *vm, AyValue self) {
    const char *name = ayV_type(vm, self)->name->data;
    int r = aySeq_repr_enter(vm, self);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "[...]"));
    AyValue items = ayObj_to_list(vm, self);
    AyValue s = AY_NULL;
    if (items) {
        ayGC_push_root(vm, items);
        s = ayObj_repr(vm, items);
        ayGC_pop_roots(vm, 1);
    }
    aySeq_repr_leave(vm, self);
    if (!s) return AY_NULL;
    if (DQ(self)->maxlen >= 0) return ayStr_from_fmt(vm, "%s(%S, maxlen=%lld)", name, s, (long long)DQ(self)->maxlen);
    return ayStr_from_fmt(vm, "%s(%S)", name, s);
}

// A deque index: an int (or __index__), normalised; IndexError when out of range.
static bool deque_index_arg(AyVM *vm, AyValue self, AyValue key, int64_t *out) {
    if (!ayV_is_int(key) && !ayV_type(vm, key)->index && !ayV_is_anyint(vm, key)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "sequence index must be integer, not '%T'", key);
        return false;
    }
    int64_t i;
    if (ayObj_as_ssize(vm, key, &i) < 0) return false;
    int64_t n = DQ(self)->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "deque index out of range");
        return false;
    }
    *out = i;
    return true;
}

static AyValue deque_getitem(AyVM *vm, AyValue self, AyValue key) {
    int64_t i;
    if (!deque_index_arg(vm, self, key, &i)) return AY_NULL;
    return SLOT(DQ(self), i);
}

static int deque_setitem(AyVM *vm, AyValue self, AyValue key, AyValue v) {
    int64_t i;
    if (!deque_index_arg(vm, self, key, &i)) return -1;
    if (v) SLOT(DQ(self), i) = v;
    else delete_at(DQ(self), i);
    return 0;
}

// Finds the first item equal to v in [start, stop): its index, -1 when
// absent, -2 on error (including mutation by __eq__).
static int64_t deque_find(AyVM *vm, AyValue self, AyValue v, int64_t start, int64_t stop) {
    Deque *d = DQ(self);
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        AyValue item = SLOT(d, i);
        ayGC_push_root(vm, item);
        int r = ayObj_eq(vm, item, v);
        ayGC_pop_roots(vm, 1);
        if (r < 0) return -2;
        if (d->state != state) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "deque mutated during iteration");
            return -2;
        }
        if (r) return i;
    }
    return -1;
}

static int deque_contains(AyVM *vm, AyValue self, AyValue v) {
    int64_t i = deque_find(vm, self, v, 0, DQ(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static AyValue deque_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!is_deque(vm, a) || !is_deque(vm, b)) return AY_NOTIMPLEMENTED;
    Deque *x = DQ(a), *y = DQ(b);
    if ((op == AY_EQ || op == AY_NE) && x->len != y->len) return ayV_bool(op == AY_NE);
    int64_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        AyValue p = SLOT(x, i), q = SLOT(y, i);
        if (p == q) continue;
        ayGC_push_root(vm, p);
        ayGC_push_root(vm, q);
        int r = ayObj_eq(vm, p, q);
        ayGC_pop_roots(vm, 2);
        if (r < 0) return AY_NULL;
        if (!r) break;
    }
    if (i >= x->len || i >= y->len) {
        int64_t na = x->len, nb = y->len;
        switch (op) {
        case AY_LT: return ayV_bool(na < nb);
        case AY_LE: return ayV_bool(na <= nb);
        case AY_EQ: return ayV_bool(na == nb);
        case AY_NE: return ayV_bool(na != nb);
        case AY_GT: return ayV_bool(na > nb);
        default: return ayV_bool(na >= nb);
        }
    }
    if (op == AY_EQ) return AY_FALSE;
    if (op == AY_NE) return AY_TRUE;
    return ayObj_richcmp(vm, SLOT(x, i), SLOT(y, i), op);
}

// A new deque of self's type holding self's items (deque.copy / __copy__).
static AyValue deque_copy_of(AyVM *vm, AyValue self) {
    Deque *d = DQ(self);
    AyType *t = ayV_type(vm, self);
    if (t == AY_STD_TYPE(vm, deque)) {
        Deque *c = (Deque *)ayGC_new(vm, t, t->basic_size);
        if (!c) return AY_NULL;
        c->maxlen = d->maxlen;
        if (d->len) {
            c->cap = d->cap;
            c->items = ayMem_alloc(vm, sizeof(AyValue) * (size_t)c->cap);
            if (!c->items) {
                c->cap = 0;
                return AY_NULL;
            }
            for (int64_t i = 0; i < d->len; i++) c->items[i] = SLOT(d, i);
            c->len = d->len;
        }
        return ayV_from_obj(c);
    }
    if (d->maxlen < 0) return ayObj_call1(vm, ayV_from_obj(t), self);
    AyValue ml = ayInt_from_i64(vm, d->maxlen);
    return ayObj_call2(vm, ayV_from_obj(t), self, ml);
}

static AyValue deque_add(AyVM *vm, AyValue a, AyValue b) {
    if (!is_deque(vm, a)) return AY_NOTIMPLEMENTED;
    if (!is_deque(vm, b))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate deque (not \"%T\") to deque", b);
    AyValue c = deque_copy_of(vm, a);
    if (!c) return AY_NULL;
    ayGC_push_root(vm, c);
    bool ok = deque_extend_impl(vm, c, b, false);
    ayGC_pop_roots(vm, 1);
    return ok ? c : AY_NULL;
}

static AyValue deque_iadd(AyVM *vm, AyValue a, AyValue b) {
    if (!deque_extend_impl(vm, a, b, false)) return AY_NULL;
    return a;
}

// In-place repetition: the items n times (respecting maxlen).
static AyValue deque_imul(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_anyint(vm, b) && !ayV_type(vm, b)->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", b);
    int64_t n;
    if (ayObj_as_ssize(vm, b, &n) < 0) return AY_NULL;
    Deque *d = DQ(a);
    if (n <= 0 || d->len == 0) {
        deque_clear(d);
        return a;
    }
    int64_t m = d->len;
    if (d->maxlen >= 0 && m * n > d->maxlen) n = d->maxlen / m + 2;  // only the tail survives
    for (int64_t k = 1; k < n; k++)
        for (int64_t i = 0; i < m; i++)
            if (!push_right(vm, d, SLOT(d, d->len - m))) return AY_NULL;
    return a;
}

static AyValue deque_mul(AyVM *vm, AyValue a, AyValue b) {
    if (!is_deque(vm, a)) {
        AyValue t = a;
        a = b;
        b = t;
    }
    if (!is_deque(vm, a)) return AY_NOTIMPLEMENTED;
    AyValue c = deque_copy_of(vm, a);
    if (!c) return AY_NULL;
    ayGC_push_root(vm, c);
    AyValue r = deque_imul(vm, c, b);
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====
// {==== deque iterators

typedef struct DequeIter {
    AyObj hdr;
    AyValue deque;
    int64_t index;       // items produced so far
    uint64_t state;
} DequeIter;

static void dequeiter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((DequeIter *)o)->deque); }

static AyValue make_iter(AyVM *vm, AyValue self, AyType *t) {
    DequeIter *it = AY_NEW(vm, DequeIter, t);
    if (!it) return AY_NULL;
    it->deque = self;
    it->state = DQ(self)->state;
    return ayV_from_obj(it);
}

static AyValue deque_iter(AyVM *vm, AyValue self) { return make_iter(vm, self, AY_STD_TYPE(vm, deque_iterator)); }

static AyValue dequeiter_step(AyVM *vm, AyValue self, bool reverse) {
    DequeIter *it = AY_AS(DequeIter, self);
    Deque *d = DQ(it->deque);
    if (d->state != it->state) {
        it->index = INT64_MAX;
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "deque mutated during iteration");
    }
    if (it->index >= d->len) return AY_NULL;
    int64_t i = it->index++;
    return SLOT(d, reverse ? d->len - 1 - i : i);
}

static AyValue dequeiter_next(AyVM *vm, AyValue self) { return dequeiter_step(vm, self, false); }
static AyValue dequeiter_rnext(AyVM *vm, AyValue self) { return dequeiter_step(vm, self, true); }

static AyValue dequeiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    DequeIter *it = AY_AS(DequeIter, args[0]);
    int64_t left = DQ(it->deque)->len - it->index;
    return ayV_small(left > 0 ? left : 0);
}

static const AyMethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0, NULL},
    {NULL},
};

// }====
// {==== deque methods

#define SELF DQ(args[0])

static AyValue m_append(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.append", nargs - 1, kw, 1, 1)) return AY_NULL;
    return push_right(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_appendleft(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.appendleft", nargs - 1, kw, 1, 1)) return AY_NULL;
    return push_left(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.pop", nargs - 1, kw, 0, 0)) return AY_NULL;
    if (!SELF->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop from an empty deque");
    return pop_right(SELF);
}

static AyValue m_popleft(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.popleft", nargs - 1, kw, 0, 0)) return AY_NULL;
    if (!SELF->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop from an empty deque");
    return pop_left(SELF);
}

static AyValue m_extend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.extend", nargs - 1, kw, 1, 1)) return AY_NULL;
    return deque_extend_impl(vm, args[0], args[1], false) ? AY_NONE : AY_NULL;
}

static AyValue m_extendleft(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.extendleft", nargs - 1, kw, 1, 1)) return AY_NULL;
    return deque_extend_impl(vm, args[0], args[1], true) ? AY_NONE : AY_NULL;
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.clear", nargs - 1, kw, 0, 0)) return AY_NULL;
    deque_clear(SELF);
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.copy", nargs - 1, kw, 0, 0)) return AY_NULL;
    return deque_copy_of(vm, args[0]);
}

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.count", nargs - 1, kw, 1, 1)) return AY_NULL;
    int64_t n = 0;
    for (int64_t start = 0;;) {
        int64_t i = deque_find(vm, args[0], args[1], start, SELF->len);
        if (i == -2) return AY_NULL;
        if (i < 0) break;
        n++;
        start = i + 1;
    }
    return ayV_small(n);
}

static AyValue m_index(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "index", nargs - 1, kw, 1, 3)) return AY_NULL;
    int64_t start, stop;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, SELF->len, &start, &stop)) return AY_NULL;
    int64_t i = deque_find(vm, args[0], args[1], start, stop);
    if (i == -2) return AY_NULL;
    if (i < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in deque", args[1]);
    return ayV_small(i);
}

static AyValue m_insert(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "insert", nargs - 1, kw, 2, 2)) return AY_NULL;
    int64_t i;
    if (ayObj_as_ssize(vm, args[1], &i) < 0) return AY_NULL;
    Deque *d = SELF;
    if (d->maxlen >= 0 && d->len >= d->maxlen)
        return ayErr_format(vm, AY_EXC(vm, IndexError), "deque already at its maximum size");
    if (i < 0) i += d->len;
    if (i < 0) i = 0;
    if (i > d->len) i = d->len;
    if (i < d->len / 2) {
        if (!push_left(vm, d, AY_NONE)) return AY_NULL;
        for (int64_t k = 0; k < i; k++) SLOT(d, k) = SLOT(d, k + 1);
    } else {
        if (!push_right(vm, d, AY_NONE)) return AY_NULL;
        for (int64_t k = d->len - 1; k > i; k--) SLOT(d, k) = SLOT(d, k - 1);
    }
    SLOT(d, i) = args[2];
    return AY_NONE;
}

static AyValue m_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.remove", nargs - 1, kw, 1, 1)) return AY_NULL;
    int64_t i = deque_find(vm, args[0], args[1], 0, SELF->len);
    if (i == -2) return AY_NULL;
    if (i < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in deque", args[1]);
    delete_at(SELF, i);
    return AY_NONE;
}

static AyValue m_reverse(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.reverse", nargs - 1, kw, 0, 0)) return AY_NULL;
    Deque *d = SELF;
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        AyValue t = SLOT(d, i);
        SLOT(d, i) = SLOT(d, j);
        SLOT(d, j) = t;
    }
    d->state++;
    return AY_NONE;
}

static AyValue m_rotate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "rotate", nargs - 1, kw, 0, 1)) return AY_NULL;
    int64_t n = 1;
    if (nargs > 1) {
        if (!ayV_is_anyint(vm, args[1]) && !ayV_type(vm, args[1])->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[1]);
        if (ayObj_as_ssize(vm, args[1], &n) < 0) return AY_NULL;
    }
    rotate(SELF, n);
    return AY_NONE;
}

static AyValue m_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return make_iter(vm, args[0], AY_STD_TYPE(vm, deque_reverse_iterator));
}

static AyValue m_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "deque.__getitem__", nargs - 1, kw, 1, 1)) return AY_NULL;
    return deque_getitem(vm, args[0], args[1]);
}

// (type, (list, maxlen) or (list,), state): copy and pickle rebuild from it.
static AyValue m_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue items = ayObj_to_list(vm, args[0]);
    if (!items) return AY_NULL;
    ayGC_push_root(vm, items);
    AyValue ctor[2] = {items, SELF->maxlen >= 0 ? ayInt_from_i64(vm, SELF->maxlen) : AY_NONE};
    AyValue cargs = ayTuple_from_items(vm, ctor, SELF->maxlen >= 0 ? 2 : 1);
    ayGC_pop_roots(vm, 1);
    if (!cargs) return AY_NULL;
    ayGC_push_root(vm, cargs);
    AyValue state = ayObj_getattr_opt(vm, args[0], vm->s.__dict__);
    ayGC_pop_roots(vm, 1);
    if (!state && ayErr_occurred(vm)) return AY_NULL;
    AyValue parts[3] = {ayV_from_obj(ayV_type(vm, args[0])), cargs, state ? state : AY_NONE};
    return ayTuple_from_items(vm, parts, 3);
}

static AyValue m_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_small((int64_t)sizeof(Deque) + 8 * SELF->cap);
}

static AyValue deque_maxlen_get(AyVM *vm, AyValue self) {
    return DQ(self)->maxlen < 0 ? AY_NONE : ayInt_from_i64(vm, DQ(self)->maxlen);
}

#undef SELF

static const AyMethodDef deque_methods[] = {
    {"append", m_append, 0, NULL},
    {"appendleft", m_appendleft, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popleft", m_popleft, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"extendleft", m_extendleft, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"__copy__", m_copy, 0, NULL},
    {"count", m_count, 0, NULL},
    {"index", m_index, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"rotate", m_rotate, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__getitem__", m_getitem, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

static const AyGetSetDef deque_getsets[] = {
    {"maxlen", deque_maxlen_get, NULL},
    {NULL},
};

static void setup_deque(AyVM *vm, AyModule *m) {
    AyType *t = ayStd_new_type(vm, AY_STD_deque, "collections", "collections.deque", vm->t_object, sizeof(Deque),
                               AY_TF_BASETYPE | AY_TF_SEQUENCE);
    t->trace = deque_trace;
    t->finalize = deque_finalize;
    t->tp_new = deque_new;
    t->tp_init = deque_init;
    t->repr = deque_repr;
    t->len = deque_len;
    t->getitem = deque_getitem;
    t->setitem = deque_setitem;
    t->contains = deque_contains;
    t->richcmp = deque_richcmp;
    t->iter = deque_iter;
    t->binop[AY_BINOP_ADD] = deque_add;
    t->binop[AY_BINOP_MUL] = deque_mul;
    t->binop[AY_BINOP_COUNT + AY_BINOP_ADD] = deque_iadd;
    t->binop[AY_BINOP_COUNT + AY_BINOP_MUL] = deque_imul;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, deque_methods);
    ayType_add_getsets(vm, t, deque_getsets);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "deque", ayV_from_obj(t));

    const char *names[2] = {"collections._deque_iterator", "collections._deque_reverse_iterator"};
    AyStdType slots[2] = {AY_STD_deque_iterator, AY_STD_deque_reverse_iterator};
    for (int i = 0; i < 2; i++) {
        AyType *it = ayStd_new_type(vm, slots[i], "collections", names[i], vm->t_object, sizeof(DequeIter), 0);
        it->trace = dequeiter_trace;
        it->iter = ayStd_iter_self;
        it->next = i ? dequeiter_rnext : dequeiter_next;
        ayType_add_slot_wrappers(vm, it);
        ayType_add_methods(vm, it, dequeiter_methods);
        ayType_ready(vm, it);
    }
}

// }====
// {==== defaultdict

typedef struct DefaultDict {
    AyDict dict;
    AyValue factory;     // callable or None
} DefaultDict;

#define DD(v) AY_AS(DefaultDict, v)

static void defaultdict_trace(AyVM *vm, AyObj *o) {
    vm->t_dict->trace(vm, o);
    ayGC_mark(vm, ((DefaultDict *)o)->factory);
}

static AyValue defaultdict_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    DefaultDict *d = (DefaultDict *)ayGC_new(vm, type, type->basic_size);
    if (!d) return AY_NULL;
    d->factory = AY_NONE;
    return ayV_from_obj(d);
}

static AyValue defaultdict_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue factory = AY_NONE;
    if (nargs > 0) {
        factory = args[0];
        if (factory != AY_NONE && !ayV_type(vm, factory)->call)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be callable or None");
        args++;
        nargs--;
    }
    DD(self)->factory = factory;
    // the rest is dict.__init__
    return vm->t_dict->tp_init(vm, self, args, nargs, kwnames);
}

static AyValue dd_missing(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "__missing__", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyValue factory = DD(args[0])->factory;
    if (factory == AY_NONE) return ayErr_set_value(vm, AY_EXC(vm, KeyError), args[1]);
    AyValue v = ayObj_call0(vm, factory);
    if (!v) return AY_NULL;
    ayGC_push_root(vm, v);
    int r = ayObj_setitem(vm, args[0], args[1], v);
    ayGC_pop_roots(vm, 1);
    return r < 0 ? AY_NULL : v;
}

static AyValue defaultdict_repr(AyVM *vm, AyValue self) {
    AyValue factory = DD(self)->factory;
    AyValue frepr;
    if (factory == AY_NONE) {
        frepr = ayV_from_obj(ayStr_intern_c(vm, "None"));
    } else {
        int r = aySeq_repr_enter(vm, factory);
        if (r < 0) return AY_NULL;
        frepr = r ? ayV_from_obj(ayStr_intern_c(vm, "...")) : ayObj_repr(vm, factory);
        if (!r) aySeq_repr_leave(vm, factory);
        if (!frepr) return AY_NULL;
    }
    ayGC_push_root(vm, frepr);
    AyValue drepr = vm->t_dict->repr(vm, self);
    ayGC_pop_roots(vm, 1);
    if (!drepr) return AY_NULL;
    return ayStr_from_fmt(vm, "%s(%S, %S)", ayV_type(vm, self)->name->data, frepr, drepr);
}

static AyValue dd_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue t = ayV_from_obj(ayV_type(vm, args[0]));
    return ayObj_call2(vm, t, DD(args[0])->factory, args[0]);
}

static AyValue dd_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue factory = DD(args[0])->factory;
    AyValue cargs = factory == AY_NONE ? ayV_from_obj(vm->empty_tuple) : ayTuple_from_items(vm, &factory, 1);
    if (!cargs) return AY_NULL;
    ayGC_push_root(vm, cargs);
    AyValue items = ayObj_call_method(vm, args[0], vm->s.items, (AyValue[]){AY_NULL}, 0);
    AyValue it = items ? ayObj_iter(vm, items) : AY_NULL;
    ayGC_pop_roots(vm, 1);
    if (!it) return AY_NULL;
    AyValue parts[5] = {ayV_from_obj(ayV_type(vm, args[0])), cargs, AY_NONE, AY_NONE, it};
    return ayTuple_from_items(vm, parts, 5);
}

static AyValue dd_factory_get(AyVM *vm, AyValue self) { return DD(self)->factory; }
static int dd_factory_set(AyVM *vm, AyValue self, AyValue v) {
    DD(self)->factory = v ? v : AY_NONE;
    return 0;
}

static AyValue dd_or(AyVM *vm, AyValue a, AyValue b) {
    AyType *ddt = AY_STD_TYPE(vm, defaultdict);
    AyValue self = ayType_is_subtype(ayV_type(vm, a), ddt) ? a : b;
    if (!ayV_is_dict(vm, a) || !ayV_is_dict(vm, b)) return AY_NOTIMPLEMENTED;
    AyValue c = ayObj_call2(vm, ayV_from_obj(ayV_type(vm, self)), DD(self)->factory, a);
    if (!c) return AY_NULL;
    ayGC_push_root(vm, c);
    int r = ayDict_update(vm, AY_AS(AyDict, c), b);
    ayGC_pop_roots(vm, 1);
    return r < 0 ? AY_NULL : c;
}

static const AyMethodDef defaultdict_methods[] = {
    {"__missing__", dd_missing, 0, NULL},
    {"copy", dd_copy, 0, NULL},
    {"__copy__", dd_copy, 0, NULL},
    {"__reduce__", dd_reduce, 0, NULL},
    {NULL},
};

static const AyGetSetDef defaultdict_getsets[] = {
    {"default_factory", dd_factory_get, dd_factory_set},
    {NULL},
};

static void setup_defaultdict(AyVM *vm, AyModule *m) {
    AyType *t = ayStd_new_type(vm, AY_STD_defaultdict, "collections", "collections.defaultdict", vm->t_dict,
                               sizeof(DefaultDict), AY_TF_BASETYPE);
    t->trace = defaultdict_trace;
    t->tp_new = defaultdict_new;
    t->tp_init = defaultdict_init;
    t->repr = defaultdict_repr;
    t->binop[AY_BINOP_OR] = dd_or;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, defaultdict_methods);
    ayType_add_getsets(vm, t, defaultdict_getsets);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "defaultdict", ayV_from_obj(t));
}

// }====
// {==== module

// _count_elements(mapping, iterable): Counter's fast path for counting.
static AyValue count_elements(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_count_elements", nargs, 2, 2)) return AY_NULL;
    AyValue mapping = args[0];
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    bool fast = ayV_is_type(vm, mapping, vm->t_dict) ||
                (ayV_is_dict(vm, mapping) && !ayType_lookup(vm, ayV_type(vm, mapping), vm->s.__missing__));
    AyStr *get = ayStr_intern_c(vm, "get");
    bool ok = true;
    for (AyValue v; ok && (v = ayObj_next(vm, it));) {
        ayGC_push_root(vm, v);
        AyValue old;
        if (fast) {
            old = ayDict_get(vm, AY_AS(AyDict, mapping), v);
            if (!old && ayErr_occurred(vm)) ok = false;
        } else {
            AyValue margs[3] = {AY_NULL, v, ayV_small(0)};
            old = ayObj_call_method(vm, mapping, get, margs, 2);
            if (!old) ok = false;
        }
        AyValue n = AY_NULL;
        if (ok) n = old ? ayObj_binop(vm, AY_BINOP_ADD, old, ayV_small(1)) : ayV_small(1);
        if (ok && n) ok = ayObj_setitem(vm, mapping, v, n) == 0;
        else ok = false;
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return ok && !ayErr_occurred(vm) ? AY_NONE : AY_NULL;
}

static const AyMethodDef collections_funcs[] = {
    {"_count_elements", count_elements, 0, NULL},
    {NULL},
};

AyValue ayMod_collections(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_collections", collections_funcs);
    if (!m) return AY_NULL;
    setup_deque(vm, m);
    setup_defaultdict(vm, m);
    return ayV_from_obj(m);
}

// }====
