// _heapq and _bisect: the heap and binary-search primitives. The sift
// routines compare exactly as CPython's do (asyncio's timer heap order for
// equal deadlines depends on it).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "itertools.h"
#include "module.h"
#include "str.h"

// {==== _heapq

// a < b for min-heaps; max-heaps compare with the operands swapped.
static int less(AyVM *vm, AyValue a, AyValue b, bool max) {
    ayGC_push_root(vm, a);
    ayGC_push_root(vm, b);
    int r = max ? ayObj_richcmp_bool(vm, b, a, AY_LT) : ayObj_richcmp_bool(vm, a, b, AY_LT);
    ayGC_pop_roots(vm, 2);
    return r;
}

static bool changed_size(AyVM *vm, AyList *heap, int64_t size) {
    if (heap->len == size) return false;
    ayErr_format(vm, AY_EXC(vm, RuntimeError), "list changed size during iteration");
    return true;
}

// Moves the item at pos up towards startpos while it is smaller than its parent.
static bool siftdown(AyVM *vm, AyList *heap, int64_t startpos, int64_t pos, bool max) {
    int64_t size = heap->len;
    if (pos >= size) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "list index out of range");
        return false;
    }
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int cmp = less(vm, heap->items[pos], heap->items[parentpos], max);
        if (cmp < 0 || changed_size(vm, heap, size)) return false;
        if (!cmp) break;
        AyValue parent = heap->items[parentpos];
        heap->items[parentpos] = heap->items[pos];
        heap->items[pos] = parent;
        pos = parentpos;
    }
    return true;
}

// Bubbles the smaller child up from pos to a leaf, then sifts the item that
// was at pos back down into place.
static bool siftup(AyVM *vm, AyList *heap, int64_t pos, bool max) {
    int64_t endpos = heap->len, startpos = pos;
    if (pos >= endpos) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "list index out of range");
        return false;
    }
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = less(vm, heap->items[childpos], heap->items[childpos + 1], max);
            if (cmp < 0) return false;
            childpos += cmp ^ 1;
            if (changed_size(vm, heap, endpos)) return false;
        }
        AyValue t = heap->items[childpos];
        heap->items[childpos] = heap->items[pos];
        heap->items[pos] = t;
        pos = childpos;
    }
    return siftdown(vm, heap, startpos, pos, max);
}

// The heap argument of `fname`, which must be a list ("argument 1" when the
// function takes more than one).
static AyList *heap_arg(AyVM *vm, const char *fname, AyValue v, bool only_arg) {
    if (!ayV_is_list(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument%s must be list, not %s", fname,
                     only_arg ? "" : " 1", v == AY_NONE ? "None" : ayType_name(ayV_type(vm, v)));
        return NULL;
    }
    return AY_AS(AyList, v);
}

static AyValue h_heappush(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "heappush", nargs, kw, 2, 2)) return AY_NULL;
    AyList *heap = heap_arg(vm, "heappush", args[0], false);
    if (!heap || !ayList_append(vm, heap, args[1])) return AY_NULL;
    return siftdown(vm, heap, 0, heap->len - 1, false) ? AY_NONE : AY_NULL;
}

static AyValue pop_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool max) {
    if (!ayIter_args(vm, name, nargs, kw, 1, 1)) return AY_NULL;
    AyList *heap = heap_arg(vm, name, args[0], true);
    if (!heap) return AY_NULL;
    if (heap->len == 0) return ayErr_format(vm, AY_EXC(vm, IndexError), "index out of range");
    AyValue last = heap->items[--heap->len];
    if (heap->len == 0) return last;
    AyValue top = heap->items[0];
    heap->items[0] = last;
    ayGC_push_root(vm, top);
    bool ok = siftup(vm, heap, 0, max);
    ayGC_pop_roots(vm, 1);
    return ok ? top : AY_NULL;
}

static AyValue h_heappop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return pop_impl(vm, args, nargs, kw, "heappop", false);
}

static AyValue h_heappop_max(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return pop_impl(vm, args, nargs, kw, "_heappop_max", true);
}

static AyValue replace_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool max) {
    if (!ayIter_args(vm, name, nargs, kw, 2, 2)) return AY_NULL;
    AyList *heap = heap_arg(vm, name, args[0], false);
    if (!heap) return AY_NULL;
    if (heap->len == 0) return ayErr_format(vm, AY_EXC(vm, IndexError), "index out of range");
    AyValue top = heap->items[0];
    heap->items[0] = args[1];
    ayGC_push_root(vm, top);
    bool ok = siftup(vm, heap, 0, max);
    ayGC_pop_roots(vm, 1);
    return ok ? top : AY_NULL;
}

static AyValue h_heapreplace(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return replace_impl(vm, args, nargs, kw, "heapreplace", false);
}

static AyValue h_heapreplace_max(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return replace_impl(vm, args, nargs, kw, "_heapreplace_max", true);
}

static AyValue h_heappushpop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "heappushpop", nargs, kw, 2, 2)) return AY_NULL;
    AyList *heap = heap_arg(vm, "heappushpop", args[0], false);
    if (!heap) return AY_NULL;
    AyValue item = args[1];
    if (heap->len == 0) return item;
    int cmp = less(vm, heap->items[0], item, false);
    if (cmp < 0) return AY_NULL;
    if (!cmp) return item;
    if (heap->len == 0) return ayErr_format(vm, AY_EXC(vm, IndexError), "index out of range");
    AyValue top = heap->items[0];
    heap->items[0] = item;
    ayGC_push_root(vm, top);
    bool ok = siftup(vm, heap, 0, false);
    ayGC_pop_roots(vm, 1);
    return ok ? top : AY_NULL;
}

static AyValue heapify_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool max) {
    if (!ayIter_args(vm, name, nargs, kw, 1, 1)) return AY_NULL;
    AyList *heap = heap_arg(vm, name, args[0], true);
    if (!heap) return AY_NULL;
    for (int64_t i = heap->len / 2 - 1; i >= 0; i--)
        if (!siftup(vm, heap, i, max)) return AY_NULL;
    return AY_NONE;
}

static AyValue h_heapify(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return heapify_impl(vm, args, nargs, kw, "heapify", false);
}

static AyValue h_heapify_max(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return heapify_impl(vm, args, nargs, kw, "_heapify_max", true);
}

static const AyMethodDef heapq_funcs[] = {
    {"heappush", h_heappush, 0, NULL},
    {"heappop", h_heappop, 0, NULL},
    {"heapreplace", h_heapreplace, 0, NULL},
    {"heappushpop", h_heappushpop, 0, NULL},
    {"heapify", h_heapify, 0, NULL},
    {"_heappop_max", h_heappop_max, 0, NULL},
    {"_heapreplace_max", h_heapreplace_max, 0, NULL},
    {"_heapify_max", h_heapify_max, 0, NULL},
    {NULL},
};

AyValue ayMod_heapq(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_heapq", heapq_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}

// }====
// {==== _bisect

// Unpacks (a, x, lo=0, hi=None, *, key=None) and finds the insertion point:
// the first index whose item is > x (right) or >= x (left). For insort the
// key is applied to x too. Returns -1 on error.
static int64_t bisect_impl(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, bool right,
                           bool insort) {
    AyValue a[5];
    if (!ayArg_unpack(vm, name, args, nargs, kwnames, "a x | lo hi $ key", a)) return -1;
    int64_t lo = 0, hi;
    if (a[2]) {
        if (!ayV_is_anyint(vm, a[2]) && !ayV_type(vm, a[2])->index) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", a[2]);
            return -1;
        }
        if (ayObj_as_ssize(vm, a[2], &lo) < 0) return -1;
        if (lo < 0) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "lo must be non-negative");
            return -1;
        }
    }
    if (a[3] && a[3] != AY_NONE) {
        if (!ayV_is_anyint(vm, a[3]) && !ayV_type(vm, a[3])->index) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", a[3]);
            return -1;
        }
        if (ayObj_as_ssize(vm, a[3], &hi) < 0) return -1;
    } else {
        hi = ayObj_len(vm, a[0]);
        if (hi < 0) return -1;
    }
    AyValue key = a[4] && a[4] != AY_NONE ? a[4] : AY_NULL;
    AyValue x = a[1];
    if (insort && key) {
        x = ayObj_call1(vm, key, x);
        if (!x) return -1;
    }
    ayGC_push_root(vm, x);
    bool ok = true;
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        AyValue item;
        if (ayV_is_type(vm, a[0], vm->t_list) && mid < AY_AS(AyList, a[0])->len) {
            // exact lists: no __getitem__ to honour (the length is re-read
            // because comparisons may shrink the list)
            item = AY_AS(AyList, a[0])->items[mid];
        } else {
            AyValue idx = ayInt_from_i64(vm, mid);
            item = idx ? ayObj_getitem(vm, a[0], idx) : AY_NULL;
        }
        if (item && key) item = ayObj_call1(vm, key, item);
        if (!item) {
            ok = false;
            break;
        }
        int cmp = right ? ayObj_richcmp_bool(vm, x, item, AY_LT) : ayObj_richcmp_bool(vm, item, x, AY_LT);
        if (cmp < 0) {
            ok = false;
            break;
        }
        if (cmp == right) hi = mid;
        else lo = mid + 1;
    }
    ayGC_pop_roots(vm, 1);
    return ok ? lo : -1;
}

static AyValue b_bisect_right(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t i = bisect_impl(vm, "bisect_right", args, nargs, kw, true, false);
    return i < 0 ? AY_NULL : ayInt_from_i64(vm, i);
}

static AyValue b_bisect_left(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t i = bisect_impl(vm, "bisect_left", args, nargs, kw, false, false);
    return i < 0 ? AY_NULL : ayInt_from_i64(vm, i);
}

static AyValue insort_impl(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kw, bool right) {
    int64_t i = bisect_impl(vm, name, args, nargs, kw, right, true);
    if (i < 0) return AY_NULL;
    AyValue seq = nargs > 0 ? args[0] : AY_NULL, x = nargs > 1 ? args[1] : AY_NULL;
    for (int k = 0; k < ayArg_nkw(kw); k++) {
        const char *kn = AY_CSTR(AY_AS(AyTuple, kw)->items[k]);
        if (strcmp(kn, "a") == 0) seq = args[nargs + k];
        if (strcmp(kn, "x") == 0) x = args[nargs + k];
    }
    AyValue margs[3] = {AY_NULL, ayInt_from_i64(vm, i), x};
    AyValue r = ayObj_call_method(vm, seq, ayStr_intern_c(vm, "insert"), margs, 2);
    return r ? AY_NONE : AY_NULL;
}

static AyValue b_insort_right(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return insort_impl(vm, "insort_right", args, nargs, kw, true);
}

static AyValue b_insort_left(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return insort_impl(vm, "insort_left", args, nargs, kw, false);
}

static const AyMethodDef bisect_funcs[] = {
    {"bisect_right", b_bisect_right, 0, NULL},
    {"bisect_left", b_bisect_left, 0, NULL},
    {"insort_right", b_insort_right, 0, NULL},
    {"insort_left", b_insort_left, 0, NULL},
    {NULL},
};

AyValue ayMod_bisect(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_bisect", bisect_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}

// }====
