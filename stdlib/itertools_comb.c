// itertools, second half: the combinatoric iterators (product, permutations,
// combinations, combinations_with_replacement), groupby and tee.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "itertools.h"
#include "seq.h"
#include "str.h"

// {==== combinatorics

// One state layout serves the four combinatoric iterators (the algorithms are
// those of the itertools documentation).
typedef struct Combo {
    AyObj hdr;
    AyTuple *pool;       // the items; for product a tuple of one pool per position
    int64_t *indices;    // nindices positions into the pool(s)
    int64_t *cycles;     // permutations only (r entries)
    int64_t nindices, r;
    bool started, stopped;
} Combo;

static void combo_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((Combo *)o)->pool); }

static void combo_finalize(AyVM *vm, AyObj *o) {
    Combo *c = (Combo *)o;
    ayMem_free(vm, c->indices, sizeof(int64_t) * (size_t)c->nindices);
    if (c->cycles) ayMem_free(vm, c->cycles, sizeof(int64_t) * (size_t)(c->r ? c->r : 1));
}

// A Combo over `pool` with `nindices` zeroed indices (and r cycles when asked).
static Combo *combo_alloc(AyVM *vm, AyType *type, AyValue pool, int64_t nindices, int64_t r, bool with_cycles) {
    ayGC_push_root(vm, pool);
    Combo *c = (Combo *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!c) return NULL;
    c->pool = AY_AS(AyTuple, pool);
    c->r = r;
    c->indices = ayMem_alloc(vm, sizeof(int64_t) * (size_t)(nindices ? nindices : 1));
    if (!c->indices) return NULL;
    c->nindices = nindices ? nindices : 1;
    memset(c->indices, 0, sizeof(int64_t) * (size_t)c->nindices);
    if (with_cycles) {
        c->cycles = ayMem_alloc(vm, sizeof(int64_t) * (size_t)(r ? r : 1));
        if (!c->cycles) return NULL;
    }
    return c;
}

static AyValue pool_of(AyVM *vm, AyValue iterable) {
    if (ayV_is_type(vm, iterable, vm->t_tuple)) return iterable;
    AyValue l = ayObj_to_list(vm, iterable);
    if (!l) return AY_NULL;
    return ayTuple_from_items(vm, AY_AS(AyList, l)->items, AY_AS(AyList, l)->len);
}

// The r argument of permutations/combinations: an int >= 0 (None allowed when
// `dflt` >= 0, meaning that value).
static bool r_arg(AyVM *vm, AyValue v, int64_t dflt, int64_t *out) {
    if (!v || (v == AY_NONE && dflt >= 0)) {
        *out = dflt;
        return true;
    }
    if (dflt >= 0 && !ayV_is_anyint(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "Expected int as r");
        return false;
    }
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    if (ayObj_as_ssize(vm, v, out) < 0) return false;
    if (*out < 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "r must be non-negative");
        return false;
    }
    return true;
}

// The tuple of pool items at the current indices (product: pool i at index i).
static AyValue combo_result(AyVM *vm, Combo *c, int64_t n, bool per_position) {
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    for (int64_t i = 0; i < n; i++) {
        AyTuple *pool = per_position ? AY_AS(AyTuple, c->pool->items[i]) : c->pool;
        t->items[i] = pool->items[c->indices[i]];
    }
    return ayV_from_obj(t);
}

static AyValue product_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    int64_t repeat = 1;
    for (int k = 0; k < ayArg_nkw(kwnames); k++) {
        AyStr *kn = AY_STR(AY_AS(AyTuple, kwnames)->items[k]);
        if (strcmp(kn->data, "repeat") != 0)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for product()", kn);
        AyValue rv = args[nargs + k];
        if (!ayV_is_anyint(vm, rv) && !ayV_type(vm, rv)->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", rv);
        if (ayObj_as_ssize(vm, rv, &repeat) < 0) return AY_NULL;
        if (repeat < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "repeat argument cannot be negative");
    }
    int64_t npools = nargs * repeat;
    if (repeat && npools / repeat != nargs) return ayErr_format(vm, AY_EXC(vm, OverflowError), "repeat argument too large");
    AyTuple *pools = ayTuple_new(vm, npools);
    if (!pools) return AY_NULL;
    for (int64_t i = 0; i < npools; i++) pools->items[i] = ayV_from_obj(vm->empty_tuple);
    ayGC_push_root(vm, ayV_from_obj(pools));
    for (int i = 0; i < nargs; i++) {
        AyValue p = pool_of(vm, args[i]);
        if (!p) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        for (int64_t k = 0; k < repeat; k++) pools->items[k * nargs + i] = p;
    }
    Combo *c = combo_alloc(vm, type, ayV_from_obj(pools), npools, npools, false);
    ayGC_pop_roots(vm, 1);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static AyValue product_next(AyVM *vm, AyValue self) {
    Combo *c = AY_AS(Combo, self);
    int64_t n = c->pool->len;
    if (c->stopped) return AY_NULL;
    if (!c->started) {
        c->started = true;
        for (int64_t i = 0; i < n; i++)
            if (AY_AS(AyTuple, c->pool->items[i])->len == 0) c->stopped = true;
        if (c->stopped) return AY_NULL;
        return combo_result(vm, c, n, true);
    }
    // odometer: advance the rightmost index that can move, reset the rest
    int64_t i = n - 1;
    for (; i >= 0; i--) {
        if (++c->indices[i] < AY_AS(AyTuple, c->pool->items[i])->len) break;
        c->indices[i] = 0;
    }
    if (i < 0) {
        c->stopped = true;
        return AY_NULL;
    }
    return combo_result(vm, c, n, true);
}

static AyValue permutations_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "permutations", args, nargs, kwnames, "iterable | r", a)) return AY_NULL;
    AyValue pool = pool_of(vm, a[0]);
    if (!pool) return AY_NULL;
    int64_t n = AY_AS(AyTuple, pool)->len, r;
    ayGC_push_root(vm, pool);
    bool ok = r_arg(vm, a[1], n, &r);
    Combo *c = ok ? combo_alloc(vm, type, pool, n, r, true) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!c) return AY_NULL;
    for (int64_t i = 0; i < n; i++) c->indices[i] = i;
    for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->stopped = r > n;
    return ayV_from_obj(c);
}

static AyValue permutations_next(AyVM *vm, AyValue self) {
    Combo *c = AY_AS(Combo, self);
    int64_t n = c->pool->len, r = c->r;
    if (c->stopped) return AY_NULL;
    if (!c->started) {
        c->started = true;
        return combo_result(vm, c, r, false);
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--c->cycles[i] == 0) {
            // rotate indices[i:] left by one
            int64_t first = c->indices[i];
            memmove(c->indices + i, c->indices + i + 1, sizeof(int64_t) * (size_t)(n - i - 1));
            c->indices[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            int64_t j = c->cycles[i];
            int64_t t = c->indices[i];
            c->indices[i] = c->indices[n - j];
            c->indices[n - j] = t;
            return combo_result(vm, c, r, false);
        }
    }
    c->stopped = true;
    return AY_NULL;
}

// combinations and combinations_with_replacement share construction.
static AyValue combinations_make(AyVM *vm, AyType *type, const char *name, AyValue *args, int nargs,
                                 AyValue kwnames, bool replace) {
    AyValue a[2];
    if (!ayArg_unpack(vm, name, args, nargs, kwnames, "iterable r", a)) return AY_NULL;
    AyValue pool = pool_of(vm, a[0]);
    if (!pool) return AY_NULL;
    int64_t n = AY_AS(AyTuple, pool)->len, r;
    ayGC_push_root(vm, pool);
    bool ok = r_arg(vm, a[1], -1, &r);
    Combo *c = ok ? combo_alloc(vm, type, pool, r, r, false) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!c) return AY_NULL;
    if (!replace)
        for (int64_t i = 0; i < r; i++) c->indices[i] = i;
    c->stopped = replace ? (n == 0 && r > 0) : r > n;
    return ayV_from_obj(c);
}

static AyValue combinations_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    return combinations_make(vm, type, "combinations", args, nargs, kwnames, false);
}

static AyValue cwr_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    return combinations_make(vm, type, "combinations_with_replacement", args, nargs, kwnames, true);
}

static AyValue combinations_next(AyVM *vm, AyValue self) {
    Combo *c = AY_AS(Combo, self);
    int64_t n = c->pool->len, r = c->r;
    if (c->stopped) return AY_NULL;
    if (!c->started) {
        c->started = true;
        return combo_result(vm, c, r, false);
    }
    int64_t i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r) i--;
    if (i < 0) {
        c->stopped = true;
        return AY_NULL;
    }
    c->indices[i]++;
    for (int64_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    return combo_result(vm, c, r, false);
}

static AyValue cwr_next(AyVM *vm, AyValue self) {
    Combo *c = AY_AS(Combo, self);
    int64_t n = c->pool->len, r = c->r;
    if (c->stopped) return AY_NULL;
    if (!c->started) {
        c->started = true;
        return combo_result(vm, c, r, false);
    }
    int64_t i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1) i--;
    if (i < 0) {
        c->stopped = true;
        return AY_NULL;
    }
    int64_t v = c->indices[i] + 1;
    for (int64_t j = i; j < r; j++) c->indices[j] = v;
    return combo_result(vm, c, r, false);
}

// }====
// {==== groupby

typedef struct GroupBy {
    AyObj hdr;
    AyValue it, keyfunc;                 // keyfunc None: the items are the keys
    AyValue tgtkey, currkey, currvalue;  // AY_NULL when unset
    AyValue currgrouper;                 // the group iterator made last
} GroupBy;

typedef struct Grouper {
    AyObj hdr;
    AyValue parent;      // the GroupBy
    AyValue tgtkey;
} Grouper;

static void groupby_trace(AyVM *vm, AyObj *o) {
    GroupBy *g = (GroupBy *)o;
    ayGC_mark(vm, g->it);
    ayGC_mark(vm, g->keyfunc);
    ayGC_mark(vm, g->tgtkey);
    ayGC_mark(vm, g->currkey);
    ayGC_mark(vm, g->currvalue);
    ayGC_mark(vm, g->currgrouper);
}

static void grouper_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Grouper *)o)->parent);
    ayGC_mark(vm, ((Grouper *)o)->tgtkey);
}

static AyValue groupby_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "groupby", args, nargs, kwnames, "iterable | key", a)) return AY_NULL;
    AyValue it = ayObj_iter(vm, a[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    GroupBy *g = (GroupBy *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!g) return AY_NULL;
    g->it = it;
    g->keyfunc = a[1] ? a[1] : AY_NONE;
    return ayV_from_obj(g);
}

// Reads the next item and its key into currvalue/currkey: 1 done, 0
// exhausted, -1 error.
static int groupby_step(AyVM *vm, AyValue self) {
    GroupBy *g = AY_AS(GroupBy, self);
    AyValue v = ayObj_next(vm, g->it);
    if (!v) return ayErr_occurred(vm) ? -1 : 0;
    AyValue key = v;
    if (g->keyfunc != AY_NONE) {
        ayGC_push_root(vm, v);
        key = ayObj_call1(vm, g->keyfunc, v);
        ayGC_pop_roots(vm, 1);
        if (!key) return -1;
    }
    g->currvalue = v;
    g->currkey = key;
    return 1;
}

static AyValue groupby_next(AyVM *vm, AyValue self) {
    GroupBy *g = AY_AS(GroupBy, self);
    g->currgrouper = AY_NULL;
    // skip the rest of the current group
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            int eq = ayObj_eq(vm, g->tgtkey, g->currkey);
            if (eq < 0) return AY_NULL;
            if (!eq) break;
        }
        int r = groupby_step(vm, self);
        if (r <= 0) return AY_NULL;
    }
    g->tgtkey = g->currkey;
    Grouper *gr = AY_NEW(vm, Grouper, AY_STD_TYPE(vm, grouper));
    if (!gr) return AY_NULL;
    gr->parent = self;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = ayV_from_obj(gr);
    return ayTuple_pack2(vm, g->currkey, ayV_from_obj(gr));
}

static AyValue grouper_next(AyVM *vm, AyValue self) {
    Grouper *gr = AY_AS(Grouper, self);
    GroupBy *g = AY_AS(GroupBy, gr->parent);
    if (g->currgrouper != self) return AY_NULL;
    if (!g->currvalue) {
        int r = groupby_step(vm, gr->parent);
        if (r <= 0) return AY_NULL;
    }
    int eq = ayObj_eq(vm, gr->tgtkey, g->currkey);
    if (eq <= 0) return AY_NULL;
    AyValue v = g->currvalue;
    g->currvalue = AY_NULL;
    return v;
}

// }====
// {==== tee

// The items read from the source iterator, in chunks shared by every tee
// iterator copied from the same origin.
#define TEE_CELLS 57

typedef struct TeeData {
    AyObj hdr;
    AyValue it;
    AyValue next;        // the following chunk, AY_NULL until needed
    int numread;
    bool running;
    AyValue values[TEE_CELLS];
} TeeData;

typedef struct Tee {
    AyObj hdr;
    AyValue data;        // a TeeData
    int index;
} Tee;

static void teedata_trace(AyVM *vm, AyObj *o) {
    TeeData *d = (TeeData *)o;
    ayGC_mark(vm, d->it);
    ayGC_mark(vm, d->next);
    for (int i = 0; i < d->numread; i++) ayGC_mark(vm, d->values[i]);
}

static void tee_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((Tee *)o)->data); }

static AyValue teedata_new(AyVM *vm, AyValue it) {
    TeeData *d = AY_NEW(vm, TeeData, AY_STD_TYPE(vm, tee_dataobject));
    if (!d) return AY_NULL;
    d->it = it;
    return ayV_from_obj(d);
}

static AyValue tee_wrap(AyVM *vm, AyValue data, int index) {
    ayGC_push_root(vm, data);
    Tee *t = AY_NEW(vm, Tee, AY_STD_TYPE(vm, tee));
    ayGC_pop_roots(vm, 1);
    if (!t) return AY_NULL;
    t->data = data;
    t->index = index;
    return ayV_from_obj(t);
}

static AyValue tee_from_iterable(AyVM *vm, AyValue iterable) {
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return AY_NULL;
    if (ayV_is_type(vm, it, AY_STD_TYPE(vm, tee))) return tee_wrap(vm, AY_AS(Tee, it)->data, AY_AS(Tee, it)->index);
    ayGC_push_root(vm, it);
    AyValue data = teedata_new(vm, it);
    ayGC_pop_roots(vm, 1);
    return data ? tee_wrap(vm, data, 0) : AY_NULL;
}

static AyValue tee_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayIter_args(vm, "_tee", nargs, kwnames, 1, 1)) return AY_NULL;
    return tee_from_iterable(vm, args[0]);
}

static AyValue tee_next(AyVM *vm, AyValue self) {
    Tee *t = AY_AS(Tee, self);
    TeeData *d = AY_AS(TeeData, t->data);
    if (t->index >= TEE_CELLS) {
        if (!d->next) {
            d->next = teedata_new(vm, d->it);
            if (!d->next) return AY_NULL;
        }
        t->data = d->next;
        t->index = 0;
        d = AY_AS(TeeData, t->data);
    }
    if (t->index < d->numread) return d->values[t->index++];
    if (d->running) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot re-enter the tee iterator");
    d->running = true;
    AyValue v = ayObj_next(vm, d->it);
    d->running = false;
    if (!v) return AY_NULL;
    d->values[d->numread++] = v;
    t->index++;
    return v;
}

static AyValue tee_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return tee_wrap(vm, AY_AS(Tee, args[0])->data, AY_AS(Tee, args[0])->index);
}

static const AyMethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, NULL},
    {NULL},
};

AyValue ayIter_tee(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayIter_args(vm, "tee", nargs, kwnames, 1, 2)) return AY_NULL;
    int64_t n = 2;
    if (nargs > 1) {
        if (!ayV_is_anyint(vm, args[1]) && !ayV_type(vm, args[1])->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[1]);
        if (ayObj_as_ssize(vm, args[1], &n) < 0) return AY_NULL;
    }
    if (n < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "n must be >= 0");
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    if (n == 0) return ayV_from_obj(vm->empty_tuple);
    AyTuple *result = ayTuple_new(vm, n);
    if (!result) return AY_NULL;
    for (int64_t i = 0; i < n; i++) result->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(result));
    ayGC_push_root(vm, it);
    AyStr *copy_name = ayStr_intern_c(vm, "__copy__");
    AyValue copy = ayObj_getattr_opt(vm, it, copy_name);
    AyValue first = it;
    if (!copy && !ayErr_occurred(vm)) {
        first = tee_from_iterable(vm, it);
        copy = first ? ayObj_getattr(vm, first, copy_name) : AY_NULL;
    }
    AyValue r = AY_NULL;
    if (copy) {
        result->items[0] = first;
        ayGC_push_root(vm, copy);
        int64_t i = 1;
        for (; i < n; i++) {
            AyValue c = ayObj_call0(vm, copy);
            if (!c) break;
            result->items[i] = c;
        }
        ayGC_pop_roots(vm, 1);
        if (i == n) r = ayV_from_obj(result);
    }
    ayGC_pop_roots(vm, 2);
    return r;
}

// }====

void ayIter_setup_comb(AyVM *vm, AyModule *m) {
    static const struct {
        AyStdType slot;
        const char *tp_name;
        AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue);
        AyValue (*next)(AyVM *, AyValue);
    } combos[] = {
        {AY_STD_product, "itertools.product", product_new, product_next},
        {AY_STD_permutations, "itertools.permutations", permutations_new, permutations_next},
        {AY_STD_combinations, "itertools.combinations", combinations_new, combinations_next},
        {AY_STD_cwr, "itertools.combinations_with_replacement", cwr_new, cwr_next},
    };
    for (size_t i = 0; i < sizeof combos / sizeof combos[0]; i++) {
        AyType *t = ayIter_new_type(vm, m, combos[i].slot, combos[i].tp_name, sizeof(Combo), combo_trace,
                                    combos[i].tp_new, combos[i].next);
        t->finalize = combo_finalize;
        ayType_ready(vm, t);
    }
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_groupby, "itertools.groupby", sizeof(GroupBy), groupby_trace,
                                     groupby_new, groupby_next));
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_grouper, "itertools._grouper", sizeof(Grouper), grouper_trace,
                                     NULL, grouper_next));
    AyType *t = ayIter_new_type(vm, m, AY_STD_tee, "itertools._tee", sizeof(Tee), tee_trace, tee_new, tee_next);
    ayType_add_methods(vm, t, tee_methods);
    ayType_ready(vm, t);
    t = ayStd_new_type(vm, AY_STD_tee_dataobject, "itertools", "itertools._tee_dataobject", vm->t_object,
                       sizeof(TeeData), 0);
    t->trace = teedata_trace;
    ayType_ready(vm, t);
}
