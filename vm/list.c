// list objects (sorting is in list_sort.c).
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

// {==== storage

static void list_trace(AyVM *vm, AyObj *o) {
    AyList *l = (AyList *)o;
    for (int64_t i = 0; i < l->len; i++) ayGC_mark(vm, l->items[i]);
}

static void list_finalize(AyVM *vm, AyObj *o) {
    AyList *l = (AyList *)o;
    ayMem_free(vm, l->items, sizeof(AyValue) * (size_t)l->cap);
}

bool ayList_reserve(AyVM *vm, AyList *l, int64_t cap) {
    if (cap <= l->cap) return true;
    if ((uint64_t)cap > ((uint64_t)1 << 40)) {
        ayErr_nomemory(vm);
        return false;
    }
    // grow by 1/8 plus a little, like CPython: appends stay amortised O(1)
    // without wasting much memory on big lists
    int64_t ncap = l->cap + (l->cap >> 3) + (l->cap < 9 ? 3 : 6);
    if (ncap < cap) ncap = cap;
    if (ncap < 4) ncap = 4;
    AyValue *items = ayMem_realloc(vm, l->items, sizeof(AyValue) * (size_t)l->cap, sizeof(AyValue) * (size_t)ncap);
    if (!items) return false;
    l->items = items;
    l->cap = ncap;
    return true;
}

AyList *ayList_new(AyVM *vm, int64_t cap) {
    AyList *l = AY_NEW(vm, AyList, vm->t_list);
    if (!l) return NULL;
    if (cap > 0) {
        if ((uint64_t)cap > ((uint64_t)1 << 40)) {
            ayErr_nomemory(vm);
            return NULL;
        }
        l->items = ayMem_alloc(vm, sizeof(AyValue) * (size_t)cap);
        if (!l->items) return NULL;
        l->cap = cap;
    }
    return l;
}

AyValue ayList_from_items(AyVM *vm, const AyValue *items, int64_t n) {
    AyList *l = ayList_new(vm, n);
    if (!l) return AY_NULL;
    if (n) memcpy(l->items, items, sizeof(AyValue) * (size_t)n);
    l->len = n;
    return ayV_from_obj(l);
}

bool ayList_append(AyVM *vm, AyList *l, AyValue v) {
    if (l->len == l->cap && !ayList_reserve(vm, l, l->len + 1)) return false;
    l->items[l->len++] = v;
    return true;
}

bool ayList_extend(AyVM *vm, AyList *l, AyValue iterable) {
    // exact lists and tuples are copied; subclasses may override __iter__
    AyType *it_type = ayV_type(vm, iterable);
    if (it_type == vm->t_list || it_type == vm->t_tuple || ayV_obj(iterable) == (AyObj *)l) {
        bool is_list = ayV_is_list(vm, iterable);
        int64_t n = is_list ? AY_AS(AyList, iterable)->len : AY_AS(AyTuple, iterable)->len;
        if (!ayList_reserve(vm, l, l->len + n)) return false;
        // read the source after reserving: it may be l itself (l.extend(l))
        AyValue *items = is_list ? AY_AS(AyList, iterable)->items : AY_AS(AyTuple, iterable)->items;
        if (n) memmove(l->items + l->len, items, sizeof(AyValue) * (size_t)n);
        l->len += n;
        return true;
    }
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return false;
    ayGC_push_root(vm, it);
    bool ok = true;
    for (;;) {
        AyValue v = ayObj_next(vm, it);
        if (!v) {
            ok = !ayErr_occurred(vm);
            break;
        }
        if (!ayList_append(vm, l, v)) {
            ok = false;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok;
}

// a == b for searches: the common cases without calls, and `a` kept alive
// while a user __eq__ runs (it might remove a from the list).
static int item_eq(AyVM *vm, AyValue a, AyValue b) {
    if (a == b) return 1;
    if (ayV_both_int(a, b)) return 0;
    if (ayV_is_float(a) && ayV_is_float(b)) return ayV_float(a) == ayV_float(b);
    if (ayV_is_type(vm, a, vm->t_str) && ayV_is_type(vm, b, vm->t_str)) return ayStr_eq(AY_STR(a), AY_STR(b));
    ayGC_push_root(vm, a);
    int r = ayObj_eq(vm, a, b);
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====
// {==== slots

static AyValue list_repr(AyVM *vm, AyValue v) {
    AyList *l = AY_AS(AyList, v);
    if (l->len == 0) return ayV_from_obj(ayStr_intern_c(vm, "[]"));
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "[...]"));
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_addc(&b, '[');
    bool ok = true;
    // the length is re-read: an item's __repr__ may change the list
    for (int64_t i = 0; ok && i < l->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_repr(&b, l->items[i]);
    }
    aySeq_repr_leave(vm, v);
    if (!ok || b.failed) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    ayBuf_addc(&b, ']');
    return ayBuf_finish(&b);
}

static AyValue list_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_list(vm, b)) return AY_NOTIMPLEMENTED;
    return aySeq_list_richcmp(vm, a, b, op);
}

static int64_t list_len(AyVM *vm, AyValue v) { return AY_AS(AyList, v)->len; }

// An item index (not a slice): ints and __index__ objects.
static bool list_index_arg(AyVM *vm, AyValue key, int64_t *out) {
    if (ayV_is_int(key)) {
        *out = ayV_int(key);
        return true;
    }
    if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "list indices must be integers or slices, not %T", key);
        return false;
    }
    if (ayObj_as_ssize(vm, key, out) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    return true;
}

static AyValue list_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyList *l = AY_AS(AyList, v);
    if (ayV_is_int(key)) {
        int64_t i = ayV_int(key);
        if (i < 0) i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "list index out of range");
        return l->items[i];
    }
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (aySlice_indices(vm, key, l->len, &start, &stop, &step, &n) < 0) return AY_NULL;
        AyList *r = ayList_new(vm, n);
        if (!r) return AY_NULL;
        if (step == 1) {
            if (n) memcpy(r->items, l->items + start, sizeof(AyValue) * (size_t)n);
        } else {
            for (int64_t k = 0; k < n; k++) r->items[k] = l->items[start + k * step];
        }
        r->len = n;
        return ayV_from_obj(r);
    }
    int64_t i;
    if (!list_index_arg(vm, key, &i)) return AY_NULL;
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "list index out of range");
    return l->items[i];
}

// l[start:stop] = items (step 1): resize the gap. `items` must not point
// into l's own storage.
static bool list_replace_range(AyVM *vm, AyList *l, int64_t start, int64_t stop, const AyValue *items, int64_t n) {
    if (start < 0) start = 0;
    if (start > l->len) start = l->len;
    if (stop < start) stop = start;
    if (stop > l->len) stop = l->len;
    int64_t d = n - (stop - start);
    if (d > 0 && !ayList_reserve(vm, l, l->len + d)) return false;
    if (l->len > stop) memmove(l->items + stop + d, l->items + stop, sizeof(AyValue) * (size_t)(l->len - stop));
    if (n) memcpy(l->items + start, items, sizeof(AyValue) * (size_t)n);
    l->len += d;
    return true;
}

// del l[start::step] for the n indices of an extended slice.
static void list_delete_extended(AyList *l, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return;
    if (step < 0) {
        // the same indices walked upwards
        start = start + (n - 1) * step;
        step = -step;
    }
    int64_t w = start, r = start, k = 0;
    while (r < l->len) {
        if (k < n && r == start + k * step) {
            k++;
            r++;
            continue;
        }
        l->items[w++] = l->items[r++];
    }
    l->len = w;
}

static int list_assign_slice(AyVM *vm, AyList *l, AyValue slice, AyValue value) {
    int64_t start, stop, step, n;
    if (aySlice_indices(vm, slice, l->len, &start, &stop, &step, &n) < 0) return -1;
    if (!value) {
        if (step == 1) return list_replace_range(vm, l, start, stop, NULL, 0) ? 0 : -1;
        list_delete_extended(l, start, step, n);
        return 0;
    }
    AyValue *items;
    int64_t m;
    AyValue seq;
    if (ayV_obj(value) == (AyObj *)l) {
        // l[a:b] = l: copy the source first
        seq = ayTuple_from_items(vm, l->items, l->len);
    } else {
        if (!ayV_is_list(vm, value) && !ayV_is_tuple(vm, value) && !ayV_type(vm, value)->iter &&
            !ayV_type(vm, value)->getitem) {
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            return -1;
        }
        int64_t before = l->len;
        seq = ayObj_sequence_items(vm, value, &items, &m);
        // iterating the value ran code that may have resized the list
        if (seq && l->len != before && aySlice_indices(vm, slice, l->len, &start, &stop, &step, &n) < 0) return -1;
    }
    if (!seq) return -1;
    ayGC_push_root(vm, seq);
    if (ayV_is_tuple(vm, seq)) {
        items = AY_AS(AyTuple, seq)->items;
        m = AY_AS(AyTuple, seq)->len;
    } else {
        items = AY_AS(AyList, seq)->items;
        m = AY_AS(AyList, seq)->len;
    }
    int r = 0;
    if (step == 1) {
        if (!list_replace_range(vm, l, start, stop, items, m)) r = -1;
    } else if (m != n) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "attempt to assign sequence of size %lld to extended slice of size %lld",
                     (long long)m, (long long)n);
        r = -1;
    } else {
        for (int64_t k = 0; k < n; k++) l->items[start + k * step] = items[k];
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static int list_setitem(AyVM *vm, AyValue v, AyValue key, AyValue value) {
    AyList *l = AY_AS(AyList, v);
    if (ayV_is_type(vm, key, vm->t_slice)) return list_assign_slice(vm, l, key, value);
    int64_t i;
    if (!list_index_arg(vm, key, &i)) return -1;
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "list assignment index out of range");
        return -1;
    }
    if (value) {
        l->items[i] = value;
    } else {
        memmove(l->items + i, l->items + i + 1, sizeof(AyValue) * (size_t)(l->len - i - 1));
        l->len--;
    }
    return 0;
}

static int list_contains(AyVM *vm, AyValue c, AyValue item) {
    AyList *l = AY_AS(AyList, c);
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], item);
        if (r) return r;
    }
    return 0;
}

static AyValue list_add(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_list(vm, a) || !ayV_is_list(vm, b)) {
        if (!ayV_is_list(vm, a)) return AY_NOTIMPLEMENTED;
        if (ayV_defers_concat(vm, b)) return AY_NOTIMPLEMENTED;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate list (not \"%T\") to list", b);
    }
    AyList *x = AY_AS(AyList, a), *y = AY_AS(AyList, b);
    AyList *r = ayList_new(vm, x->len + y->len);
    if (!r) return AY_NULL;
    if (x->len) memcpy(r->items, x->items, sizeof(AyValue) * (size_t)x->len);
    if (y->len) memcpy(r->items + x->len, y->items, sizeof(AyValue) * (size_t)y->len);
    r->len = x->len + y->len;
    return ayV_from_obj(r);
}

static AyValue list_iadd(AyVM *vm, AyValue a, AyValue b) {
    if (!ayList_extend(vm, AY_AS(AyList, a), b)) return AY_NULL;
    return a;
}

// The repeat count of `seq * n`: NotImplemented (AY_NOTIMPLEMENTED in *ok)
// when n is no integer.
static int repeat_count(AyVM *vm, AyValue n, int64_t *count) {
    if (ayV_is_int(n)) {
        *count = ayV_int(n);
        return 1;
    }
    if (!ayV_is_anyint(vm, n) && !ayV_type(vm, n)->index) return 0;
    if (ayObj_as_ssize(vm, n, count) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return 1;
}

static AyValue list_repeat(AyVM *vm, AyList *x, int64_t count) {
    if (count < 0) count = 0;
    int64_t n = x->len;
    if (n && count > ((int64_t)1 << 40) / n) return ayErr_nomemory(vm);
    AyList *r = ayList_new(vm, n * count);
    if (!r) return AY_NULL;
    if (n == 1) {
        for (int64_t i = 0; i < count; i++) r->items[i] = x->items[0];
    } else if (n && count) {
        // doubling copies: O(log count) memcpy calls
        memcpy(r->items, x->items, sizeof(AyValue) * (size_t)n);
        int64_t done = n, total = n * count;
        while (done < total) {
            int64_t c = done < total - done ? done : total - done;
            memcpy(r->items + done, r->items, sizeof(AyValue) * (size_t)c);
            done += c;
        }
    }
    r->len = n * count;
    return ayV_from_obj(r);
}

static AyValue list_mul(AyVM *vm, AyValue a, AyValue b) {
    AyValue t = ayV_is_list(vm, a) ? a : b, n = t == a ? b : a;
    int64_t count;
    int r = repeat_count(vm, n, &count);
    if (r <= 0) {
        AyType *tn = ayV_type(vm, n);
        if (r == 0 && t == a && !((tn->flags & AY_TF_HEAPTYPE) && tn->binop[AY_BINOP_MUL]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", n);
        return r < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    }
    return list_repeat(vm, AY_AS(AyList, t), count);
}

static AyValue list_imul(AyVM *vm, AyValue a, AyValue b) {
    int64_t count;
    int rc = repeat_count(vm, b, &count);
    if (rc < 0) return AY_NULL;
    if (rc == 0) return ayErr_format(vm, AY_EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", b);
    AyList *l = AY_AS(AyList, a);
    if (count == 1) return a;
    AyValue r = list_repeat(vm, l, count);
    if (!r) return AY_NULL;
    AyList *rl = AY_AS(AyList, r);
    // take over the storage of the repeated list
    ayMem_free(vm, l->items, sizeof(AyValue) * (size_t)l->cap);
    l->items = rl->items;
    l->len = rl->len;
    l->cap = rl->cap;
    rl->items = NULL;
    rl->len = rl->cap = 0;
    return a;
}

static AyValue list_iter(AyVM *vm, AyValue v) { return aySeqIter_new(vm, vm->t_list_iterator, v); }

static AyValue list_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyList *l = (AyList *)ayGC_new(vm, type, type->basic_size);
    return l ? ayV_from_obj(l) : AY_NULL;
}

static AyValue list_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    // subclasses with their own __new__ may take keywords
    if (ayV_type(vm, self)->tp_new == vm->t_list->tp_new && !ayArg_no_kw(vm, "list", kwnames)) return AY_NULL;
    if (!ayArg_count(vm, "list", nargs, 0, 1)) return AY_NULL;
    AyList *l = AY_AS(AyList, self);
    l->len = 0;
    if (nargs && !ayList_extend(vm, l, args[0])) return AY_NULL;
    return AY_NONE;
}

// }====
// {==== methods

#define SELF AY_AS(AyList, args[0])

static AyValue m_append(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.append", nargs - 1, kw, 1, 1)) return AY_NULL;
    return ayList_append(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_extend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.extend", nargs - 1, kw, 1, 1)) return AY_NULL;
    return ayList_extend(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_insert(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.insert", nargs - 1, kw, 2, 2)) return AY_NULL;
    AyList *l = SELF;
    int64_t i;
    if (ayObj_as_ssize(vm, args[1], &i) < 0) return AY_NULL;
    if (i < 0) {
        i += l->len;
        if (i < 0) i = 0;
    }
    if (i > l->len) i = l->len;
    return list_replace_range(vm, l, i, i, &args[2], 1) ? AY_NONE : AY_NULL;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.pop", nargs - 1, kw, 0, 1)) return AY_NULL;
    AyList *l = SELF;
    int64_t i = -1;
    if (nargs > 1 && ayObj_as_ssize(vm, args[1], &i) < 0) return AY_NULL;
    if (l->len == 0) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "pop index out of range");
    AyValue v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(AyValue) * (size_t)(l->len - i - 1));
    l->len--;
    return v;
}

static AyValue m_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.remove", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyList *l = SELF;
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        if (r) {
            // __eq__ may have shrunk the list meanwhile
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1, sizeof(AyValue) * (size_t)(l->len - i - 1));
                l->len--;
            }
            return AY_NONE;
        }
    }
    return ayErr_format(vm, AY_EXC(vm, ValueError), "list.remove(x): x not in list");
}

static AyValue m_index(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.index", nargs - 1, kw, 1, 3)) return AY_NULL;
    AyList *l = SELF;
    int64_t start, stop;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, l->len, &start, &stop)) return AY_NULL;
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int r = item_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        if (r) return ayV_small(i);
    }
    return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in list", args[1]);
}

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.count", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyList *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        n += r;
    }
    return ayV_small(n);
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.clear", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyList *l = SELF;
    ayMem_free(vm, l->items, sizeof(AyValue) * (size_t)l->cap);
    l->items = NULL;
    l->len = l->cap = 0;
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.copy", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayList_from_items(vm, SELF->items, SELF->len);
}

static AyValue m_reverse(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.reverse", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyList *l = SELF;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AyValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return AY_NONE;
}

// Parses sort()'s keyword-only key= and reverse= (shared with sorted()).
bool ayList_sort_args(AyVM *vm, AyValue *kwvals, AyValue kwnames, AyValue *key, int *reverse) {
    *key = AY_NULL;
    *reverse = 0;
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        AyStr *name = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        if (strcmp(name->data, "key") == 0) {
            *key = kwvals[i];
        } else if (strcmp(name->data, "reverse") == 0) {
            int r = ayObj_truth(vm, kwvals[i]);
            if (r < 0) return false;
            *reverse = r;
        } else {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for sort()", name);
            return false;
        }
    }
    return true;
}

static AyValue m_sort(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs > 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "sort() takes no positional arguments");
    AyValue key;
    int rev;
    if (!ayList_sort_args(vm, args + nargs, kwnames, &key, &rev)) return AY_NULL;
    return ayList_sort(vm, SELF, key, rev) ? AY_NONE : AY_NULL;
}

static AyValue m_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return aySeqIter_new(vm, vm->t_list_reverseiterator, args[0]);
}

static AyValue m_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.__getitem__", nargs - 1, kw, 1, 1)) return AY_NULL;
    return list_getitem(vm, args[0], args[1]);
}

static AyValue m_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "list.__sizeof__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayV_small(40 + 8 * SELF->cap);
}

static const AyMethodDef list_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"sort", m_sort, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__getitem__", m_getitem, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====

void ayList_setup(AyVM *vm) {
    AyType *t = vm->t_list;
    t->flags |= AY_TF_LIST_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyList);
    t->trace = list_trace;
    t->finalize = list_finalize;
    t->repr = list_repr;
    t->richcmp = list_richcmp;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    t->tp_new = list_new;
    t->tp_init = list_init;
    t->binop[AY_BINOP_ADD] = list_add;
    t->binop[AY_BINOP_MUL] = list_mul;
    t->binop[AY_BINOP_COUNT + AY_BINOP_ADD] = list_iadd;
    t->binop[AY_BINOP_COUNT + AY_BINOP_MUL] = list_imul;
    ayType_add_methods(vm, t, list_methods);
    ayGenericAlias_setup(vm);
}
