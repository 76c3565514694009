// list objects.
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
    int64_t ncap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
    if (ncap < cap) ncap = cap;
    AyValue *items = ayMem_realloc(vm, l->items, sizeof(AyValue) * (size_t)l->cap, sizeof(AyValue) * (size_t)ncap);
    if (!items) return false;
    l->items = items;
    l->cap = ncap;
    return true;
}

AyList *ayList_new(AyVM *vm, int64_t cap) {
    AyList *l = AY_NEW(vm, AyList, vm->t_list);
    if (!l) return NULL;
    if (cap > 0 && !ayList_reserve(vm, l, cap)) return NULL;
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
    if (ayV_is_list(vm, iterable) || ayV_is_tuple(vm, iterable)) {
        AyValue *items;
        int64_t n;
        if (ayV_is_list(vm, iterable)) {
            items = AY_AS(AyList, iterable)->items;
            n = AY_AS(AyList, iterable)->len;
        } else {
            items = AY_AS(AyTuple, iterable)->items;
            n = AY_AS(AyTuple, iterable)->len;
        }
        if (!ayList_reserve(vm, l, l->len + n)) return false;
        // items may alias l->items (l.extend(l)): reserve first, then copy.
        if (ayV_obj(iterable) == (AyObj *)l) items = l->items;
        memmove(l->items + l->len, items, sizeof(AyValue) * (size_t)n);
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

// }====
// {==== sorting: a stable merge sort; comparisons may run Ay code

typedef struct SortCtx {
    AyVM *vm;
    bool failed;
} SortCtx;

static int less(SortCtx *c, AyValue a, AyValue b) {
    if (ayV_both_int(a, b)) return ayV_int(a) < ayV_int(b);
    if (ayV_is_float(a) && ayV_is_float(b)) return ayV_float(a) < ayV_float(b);
    AyVM *vm = c->vm;
    if (ayV_is_type(vm, a, vm->t_str) && ayV_is_type(vm, b, vm->t_str)) return ayStr_cmp(AY_STR(a), AY_STR(b)) < 0;
    int r = ayObj_richcmp_bool(vm, a, b, AY_LT);
    if (r < 0) c->failed = true;
    return r > 0;
}

// Sorts keys[lo..hi) carrying vals along (vals may be NULL); tmp has room for both.
static void merge_sort(SortCtx *c, AyValue *keys, AyValue *vals, AyValue *tk, AyValue *tv, int64_t n) {
    // insertion sort runs of 16
    const int64_t RUN = 16;
    for (int64_t lo = 0; lo < n; lo += RUN) {
        int64_t hi = lo + RUN < n ? lo + RUN : n;
        for (int64_t i = lo + 1; i < hi; i++) {
            AyValue k = keys[i], v = vals ? vals[i] : 0;
            int64_t j = i;
            while (j > lo && !c->failed && less(c, k, keys[j - 1])) {
                keys[j] = keys[j - 1];
                if (vals) vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            if (vals) vals[j] = v;
        }
    }
    for (int64_t width = RUN; width < n; width *= 2) {
        for (int64_t lo = 0; lo < n - width; lo += 2 * width) {
            int64_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            // already in order? (common for presorted data)
            if (!c->failed && !less(c, keys[mid], keys[mid - 1])) continue;
            memcpy(tk, keys + lo, sizeof(AyValue) * (size_t)(mid - lo));
            if (vals) memcpy(tv, vals + lo, sizeof(AyValue) * (size_t)(mid - lo));
            int64_t i = 0, j = mid, k = lo, ni = mid - lo;
            while (i < ni && j < hi) {
                // take from the right only when strictly less: stability
                if (!c->failed && less(c, keys[j], tk[i])) {
                    if (vals) vals[k] = vals[j];
                    keys[k++] = keys[j++];
                } else {
                    if (vals) vals[k] = tv[i];
                    keys[k++] = tk[i++];
                }
            }
            while (i < ni) {
                if (vals) vals[k] = tv[i];
                keys[k++] = tk[i++];
            }
        }
    }
}

bool ayList_sort(AyVM *vm, AyList *l, AyValue key, bool reverse) {
    // Detach the items so that comparisons that mutate the list are detected.
    int64_t n = l->len, cap = l->cap;
    AyValue *items = l->items;
    l->items = NULL;
    l->len = l->cap = 0;
    // Root the detached items and keys through temporary lists.
    AyList *hold = ayList_new(vm, 0);
    AyList *keys = NULL, *tmp = NULL;
    bool ok = hold != NULL;
    if (ok) {
        hold->items = items;
        hold->len = n;
        hold->cap = cap;
        ayGC_push_root(vm, ayV_from_obj(hold));
    }
    if (ok && key && key != AY_NONE) {
        keys = ayList_new(vm, n);
        ok = keys != NULL;
        if (ok) {
            ayGC_push_root(vm, ayV_from_obj(keys));
            for (int64_t i = 0; i < n && ok; i++) {
                AyValue k = ayObj_call1(vm, key, items[i]);
                if (!k) ok = false;
                else keys->items[keys->len++] = k;
            }
        }
    }
    if (ok && n > 1) {
        tmp = ayList_new(vm, keys ? 2 * n : n);
        ok = tmp != NULL;
        if (ok) {
            // The merge buffer holds values that are momentarily nowhere else:
            // make the GC see all of it.
            tmp->len = tmp->cap;
            for (int64_t i = 0; i < tmp->len; i++) tmp->items[i] = AY_NONE;
            ayGC_push_root(vm, ayV_from_obj(tmp));
            SortCtx c = {vm, false};
            // reverse keeps stability: reverse, sort, reverse back
            AyValue *k = keys ? keys->items : items;
            AyValue *v = keys ? items : NULL;
            if (reverse) {
                for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
                    AyValue t = k[i]; k[i] = k[j]; k[j] = t;
                    if (v) { t = v[i]; v[i] = v[j]; v[j] = t; }
                }
            }
            merge_sort(&c, k, v, tmp->items, keys ? tmp->items + n : NULL, n);
            if (reverse) {
                for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
                    AyValue t = k[i]; k[i] = k[j]; k[j] = t;
                    if (v) { t = v[i]; v[i] = v[j]; v[j] = t; }
                }
            }
            ok = !c.failed;
            ayGC_pop_roots(vm, 1);
        }
    }
    if (keys) ayGC_pop_roots(vm, 1);
    if (hold) {
        ayGC_pop_roots(vm, 1);
        hold->items = NULL;
        hold->len = hold->cap = 0;
    }
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) ayMem_free(vm, l->items, sizeof(AyValue) * (size_t)l->cap);
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified && ok) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "list modified during sort");
        return false;
    }
    return ok;
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
    for (int64_t i = 0; i < l->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        if (!ayBuf_add_repr(&b, l->items[i])) break;
    }
    ayBuf_addc(&b, ']');
    aySeq_repr_leave(vm, v);
    return ayBuf_finish(&b);
}

static AyValue list_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_list(vm, b)) return AY_NOTIMPLEMENTED;
    AyList *x = AY_AS(AyList, a), *y = AY_AS(AyList, b);
    return aySeq_richcmp(vm, x->items, x->len, y->items, y->len, op);
}

static int64_t list_len(AyVM *vm, AyValue v) { return AY_AS(AyList, v)->len; }

static bool list_index_arg(AyVM *vm, AyValue key, int64_t *out) {
    if (ayV_is_int(key)) {
        *out = ayV_int(key);
        return true;
    }
    if (ayObj_as_ssize(vm, key, out) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "list indices must be integers or slices, not %T", key);
        } else if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    return true;
}

static AyValue list_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyList *l = AY_AS(AyList, v);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (aySlice_indices(vm, key, l->len, &start, &stop, &step, &n) < 0) return AY_NULL;
        AyList *r = ayList_new(vm, n);
        if (!r) return AY_NULL;
        if (step == 1) memcpy(r->items, l->items + start, sizeof(AyValue) * (size_t)(n > 0 ? n : 0));
        else
            for (int64_t k = 0; k < n; k++) r->items[k] = l->items[start + k * step];
        r->len = n > 0 ? n : 0;
        return ayV_from_obj(r);
    }
    int64_t i;
    if (!list_index_arg(vm, key, &i)) return AY_NULL;
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "list index out of range");
    return l->items[i];
}

// l[start:stop] = items (step 1): resize the gap.
static bool list_replace_range(AyVM *vm, AyList *l, int64_t start, int64_t stop, AyValue *items, int64_t n) {
    if (stop < start) stop = start;
    int64_t d = n - (stop - start);
    if (d > 0 && !ayList_reserve(vm, l, l->len + d)) return false;
    memmove(l->items + stop + d, l->items + stop, sizeof(AyValue) * (size_t)(l->len - stop));
    if (n) memcpy(l->items + start, items, sizeof(AyValue) * (size_t)n);
    l->len += d;
    return true;
}

static int list_setitem(AyVM *vm, AyValue v, AyValue key, AyValue value) {
    AyList *l = AY_AS(AyList, v);
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (aySlice_indices(vm, key, l->len, &start, &stop, &step, &n) < 0) return -1;
        if (!value) {  // del l[a:b:c]
            if (step == 1) return list_replace_range(vm, l, start, stop, NULL, 0) ? 0 : -1;
            if (n <= 0) return 0;
            if (step < 0) {
                start = start + (n - 1) * step;
                step = -step;
            }
            int64_t w = start;
            for (int64_t r = start; r < l->len; r++) {
                if (r >= start && (r - start) % step == 0 && (r - start) / step < n) continue;
                l->items[w++] = l->items[r];
            }
            l->len = w;
            return 0;
        }
        AyValue *items;
        int64_t m;
        // Copy the source first: it may be the list itself.
        AyValue seq = ayObj_sequence_items(vm, value, &items, &m);
        if (!seq) {
            if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
                ayErr_clear(vm);
                ayErr_format(vm, AY_EXC(vm, TypeError), step == 1 ? "can only assign an iterable"
                                                                   : "must assign iterable to extended slice");
            }
            return -1;
        }
        if (seq == v) {
            seq = ayTuple_from_items(vm, items, m);
            if (!seq) return -1;
            items = AY_AS(AyTuple, seq)->items;
        }
        if (step == 1) return list_replace_range(vm, l, start, stop, items, m) ? 0 : -1;
        if (m != n) {
            ayErr_format(vm, AY_EXC(vm, ValueError),
                         "attempt to assign sequence of size %lld to extended slice of size %lld",
                         (long long)m, (long long)(n < 0 ? 0 : n));
            return -1;
        }
        for (int64_t k = 0; k < n; k++) l->items[start + k * step] = items[k];
        return 0;
    }
    int64_t i;
    if (!list_index_arg(vm, key, &i)) return -1;
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        ayErr_format(vm, AY_EXC(vm, IndexError),
                     value ? "list assignment index out of range" : "list assignment index out of range");
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
        int r = ayObj_eq(vm, l->items[i], item);
        if (r) return r;
    }
    return 0;
}

static AyValue list_add(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_list(vm, a) || !ayV_is_list(vm, b)) {
        if (ayV_is_list(vm, a))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate list (not \"%T\") to list", b);
        return AY_NOTIMPLEMENTED;
    }
    AyList *x = AY_AS(AyList, a), *y = AY_AS(AyList, b);
    AyList *r = ayList_new(vm, x->len + y->len);
    if (!r) return AY_NULL;
    memcpy(r->items, x->items, sizeof(AyValue) * (size_t)x->len);
    memcpy(r->items + x->len, y->items, sizeof(AyValue) * (size_t)y->len);
    r->len = x->len + y->len;
    return ayV_from_obj(r);
}

static AyValue list_iadd(AyVM *vm, AyValue a, AyValue b) {
    if (!ayList_extend(vm, AY_AS(AyList, a), b)) return AY_NULL;
    return a;
}

static AyValue list_repeat(AyVM *vm, AyList *x, int64_t count) {
    if (count < 0) count = 0;
    if (x->len && count > (INT64_MAX / 16) / x->len) return ayErr_nomemory(vm);
    AyList *r = ayList_new(vm, x->len * count);
    if (!r) return AY_NULL;
    for (int64_t i = 0; i < count; i++) memcpy(r->items + i * x->len, x->items, sizeof(AyValue) * (size_t)x->len);
    r->len = x->len * count;
    return ayV_from_obj(r);
}

static AyValue list_mul(AyVM *vm, AyValue a, AyValue b) {
    AyValue t = ayV_is_list(vm, a) ? a : b, n = t == a ? b : a;
    if (!ayV_is_anyint(vm, n)) return AY_NOTIMPLEMENTED;
    int64_t count;
    if (ayObj_as_ssize(vm, n, &count) < 0) return AY_NULL;
    return list_repeat(vm, AY_AS(AyList, t), count);
}

static AyValue list_imul(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_anyint(vm, b)) return AY_NOTIMPLEMENTED;
    int64_t count;
    if (ayObj_as_ssize(vm, b, &count) < 0) return AY_NULL;
    AyList *l = AY_AS(AyList, a);
    AyValue r = list_repeat(vm, l, count);
    if (!r) return AY_NULL;
    AyList *rl = AY_AS(AyList, r);
    // steal the storage of the repeated list
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
    if (!ayArg_no_kw(vm, "list", kwnames) || !ayArg_count(vm, "list", nargs, 0, 1)) return AY_NULL;
    AyList *l = AY_AS(AyList, self);
    l->len = 0;
    if (nargs && !ayList_extend(vm, l, args[0])) return AY_NULL;
    return AY_NONE;
}

// }====
// {==== methods

#define SELF AY_AS(AyList, args[0])

static AyValue m_append(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "append", nargs - 1, 1, 1)) return AY_NULL;
    return ayList_append(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_extend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "extend", nargs - 1, 1, 1)) return AY_NULL;
    return ayList_extend(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_insert(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "insert", nargs - 1, 2, 2)) return AY_NULL;
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
    if (!ayArg_count(vm, "pop", nargs - 1, 0, 1)) return AY_NULL;
    AyList *l = SELF;
    int64_t i = l->len - 1;
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
    if (!ayArg_count(vm, "remove", nargs - 1, 1, 1)) return AY_NULL;
    AyList *l = SELF;
    for (int64_t i = 0; i < l->len; i++) {
        int r = ayObj_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        if (r) {
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
    if (!ayArg_count(vm, "index", nargs - 1, 1, 3)) return AY_NULL;
    AyList *l = SELF;
    int64_t start, stop;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, l->len, &start, &stop)) return AY_NULL;
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int r = ayObj_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        if (r) return ayV_small(i);
    }
    return ayErr_format(vm, AY_EXC(vm, ValueError), "%R is not in list", args[1]);
}

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "count", nargs - 1, 1, 1)) return AY_NULL;
    AyList *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = ayObj_eq(vm, l->items[i], args[1]);
        if (r < 0) return AY_NULL;
        n += r;
    }
    return ayV_small(n);
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "clear", nargs - 1, 0, 0)) return AY_NULL;
    SELF->len = 0;
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "copy", nargs - 1, 0, 0)) return AY_NULL;
    return ayList_from_items(vm, SELF->items, SELF->len);
}

static AyValue m_reverse(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "reverse", nargs - 1, 0, 0)) return AY_NULL;
    AyList *l = SELF;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AyValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return AY_NONE;
}

static AyValue m_sort(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (nargs > 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sort() takes no positional arguments");
    if (!ayArg_unpack(vm, "sort", args + 1, 0, kwnames, "$ key reverse", a)) return AY_NULL;
    int rev = 0;
    if (a[1] && (rev = ayObj_truth(vm, a[1])) < 0) return AY_NULL;
    return ayList_sort(vm, SELF, a[0], rev) ? AY_NONE : AY_NULL;
}

static AyValue m_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue it = aySeqIter_new(vm, vm->t_list_reverseiterator, args[0]);
    if (it) {
        // seq iterators count up from 0; the reverse one starts at the end
        struct { AyObj hdr; AyValue seq; int64_t index; } *r = (void *)ayV_obj(it);
        r->index = SELF->len - 1;
    }
    return it;
}

static AyValue m_class_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

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
    {"__class_getitem__", m_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
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
}
