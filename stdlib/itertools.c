// itertools: the lazy iterator types (combinatoric ones, groupby and tee are
// in itertools_comb.c).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "itertools.h"
#include "module.h"
#include "seq.h"
#include "stdtypes.h"
#include "str.h"

// Raises "NAME expected N argument(s), got M" (CPython's positional-only
// wording) unless min <= nargs <= max; keywords are refused.
bool ayIter_args(AyVM *vm, const char *name, int nargs, AyValue kwnames, int min, int max) {
    if (!ayArg_no_kw(vm, name, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    if (min == max)
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s",
                     nargs);
    else if (nargs < min)
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at least %d argument%s, got %d", name, min,
                     min == 1 ? "" : "s", nargs);
    else
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at most %d argument%s, got %d", name, max,
                     max == 1 ? "" : "s", nargs);
    return false;
}

AyType *ayIter_new_type(AyVM *vm, AyModule *m, AyStdType slot, const char *tp_name, size_t size,
                        void (*trace)(AyVM *, AyObj *), AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue),
                        AyValue (*next)(AyVM *, AyValue)) {
    AyType *t = ayStd_new_type(vm, slot, "itertools", tp_name, vm->t_object, size, tp_new ? AY_TF_BASETYPE : 0);
    t->trace = trace;
    t->tp_new = tp_new;
    t->iter = ayStd_iter_self;
    t->next = next;
    ayType_add_slot_wrappers(vm, t);
    if (m && t->name->data[0] != '_') ayModule_add(vm, m, t->name->data, ayV_from_obj(t));
    return t;
}

// {==== count, cycle, repeat

typedef struct Count {
    AyObj hdr;
    AyValue cnt, step;   // numbers; small ints take a fast path
} Count;

static void count_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Count *)o)->cnt);
    ayGC_mark(vm, ((Count *)o)->step);
}

// What count() accepts: anything convertible to a number (CPython's PyNumber_Check).
static bool is_number(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    return ayV_is_anyint(vm, v) || ayV_is_float(v) || t == vm->t_complex || t->index || t->to_float || t->to_int;
}

static AyValue count_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "count", args, nargs, kwnames, "| start step", a)) return AY_NULL;
    AyValue start = a[0] ? a[0] : ayV_small(0), step = a[1] ? a[1] : ayV_small(1);
    if (!is_number(vm, start) || !is_number(vm, step))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "a number is required");
    Count *c = (Count *)ayGC_new(vm, type, type->basic_size);
    if (!c) return AY_NULL;
    c->cnt = start;
    c->step = step;
    return ayV_from_obj(c);
}

static AyValue count_next(AyVM *vm, AyValue self) {
    Count *c = AY_AS(Count, self);
    AyValue v = c->cnt;
    AyValue n;
    if (ayV_is_int(v) && ayV_is_int(c->step)) n = ayInt_from_i64(vm, ayV_int(v) + ayV_int(c->step));
    else n = ayObj_binop(vm, AY_BINOP_ADD, v, c->step);
    if (!n) return AY_NULL;
    c->cnt = n;
    return v;
}

static AyValue count_repr(AyVM *vm, AyValue self) {
    Count *c = AY_AS(Count, self);
    const char *name = ayV_type(vm, self)->name->data;
    if (ayV_is_int(c->step) && ayV_int(c->step) == 1) return ayStr_from_fmt(vm, "%s(%R)", name, c->cnt);
    return ayStr_from_fmt(vm, "%s(%R, %R)", name, c->cnt, c->step);
}

typedef struct Cycle {
    AyObj hdr;
    AyValue it;          // AY_NULL once exhausted: then replay `saved`
    AyList *saved;
    int64_t index;
} Cycle;

static void cycle_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Cycle *)o)->it);
    ayGC_mark_obj(vm, (AyObj *)((Cycle *)o)->saved);
}

static AyValue cycle_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayIter_args(vm, "cycle", nargs, kwnames, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyList *saved = ayList_new(vm, 0);
    Cycle *c = saved ? (Cycle *)ayGC_new(vm, type, type->basic_size) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!c) return AY_NULL;
    c->it = it;
    c->saved = saved;
    return ayV_from_obj(c);
}

static AyValue cycle_next(AyVM *vm, AyValue self) {
    Cycle *c = AY_AS(Cycle, self);
    if (c->it) {
        AyValue v = ayObj_next(vm, c->it);
        if (v) return ayList_append(vm, c->saved, v) ? v : AY_NULL;
        if (ayErr_occurred(vm)) return AY_NULL;
        c->it = AY_NULL;
    }
    if (c->saved->len == 0) return AY_NULL;
    if (c->index >= c->saved->len) c->index = 0;
    return c->saved->items[c->index++];
}

typedef struct Repeat {
    AyObj hdr;
    AyValue obj;
    int64_t left;        // -1: forever
} Repeat;

static void repeat_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((Repeat *)o)->obj); }

static AyValue repeat_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "repeat", args, nargs, kwnames, "object | times", a)) return AY_NULL;
    int64_t left = -1;
    if (a[1]) {
        if (!ayV_is_anyint(vm, a[1]) && !ayV_type(vm, a[1])->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", a[1]);
        if (ayObj_as_ssize(vm, a[1], &left) < 0) return AY_NULL;
        if (left < 0) left = 0;
    }
    Repeat *r = (Repeat *)ayGC_new(vm, type, type->basic_size);
    if (!r) return AY_NULL;
    r->obj = a[0];
    r->left = left;
    return ayV_from_obj(r);
}

static AyValue repeat_next(AyVM *vm, AyValue self) {
    Repeat *r = AY_AS(Repeat, self);
    if (r->left == 0) return AY_NULL;
    if (r->left > 0) r->left--;
    return r->obj;
}

static AyValue repeat_repr(AyVM *vm, AyValue self) {
    Repeat *r = AY_AS(Repeat, self);
    const char *name = ayV_type(vm, self)->name->data;
    if (r->left < 0) return ayStr_from_fmt(vm, "%s(%R)", name, r->obj);
    return ayStr_from_fmt(vm, "%s(%R, %lld)", name, r->obj, (long long)r->left);
}

static AyValue repeat_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    Repeat *r = AY_AS(Repeat, args[0]);
    if (r->left < 0) return ayErr_format(vm, AY_EXC(vm, TypeError), "len() of unsized object");
    return ayInt_from_i64(vm, r->left);
}

static const AyMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, NULL},
    {NULL},
};

// }====
// {==== accumulate, chain

typedef struct Accumulate {
    AyObj hdr;
    AyValue it, func;    // func: AY_NULL = addition
    AyValue total;       // AY_NULL before the first item
    AyValue initial;     // produced first, then AY_NULL
} Accumulate;

static void accumulate_trace(AyVM *vm, AyObj *o) {
    Accumulate *a = (Accumulate *)o;
    ayGC_mark(vm, a->it);
    ayGC_mark(vm, a->func);
    ayGC_mark(vm, a->total);
    ayGC_mark(vm, a->initial);
}

static AyValue accumulate_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "accumulate", args, nargs, kwnames, "iterable | func $ initial", a)) return AY_NULL;
    AyValue it = ayObj_iter(vm, a[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    Accumulate *acc = (Accumulate *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!acc) return AY_NULL;
    acc->it = it;
    acc->func = a[1] && a[1] != AY_NONE ? a[1] : AY_NULL;
    acc->initial = a[2] && a[2] != AY_NONE ? a[2] : AY_NULL;
    return ayV_from_obj(acc);
}

static AyValue accumulate_next(AyVM *vm, AyValue self) {
    Accumulate *a = AY_AS(Accumulate, self);
    if (a->initial) {
        a->total = a->initial;
        a->initial = AY_NULL;
        return a->total;
    }
    AyValue v = ayObj_next(vm, a->it);
    if (!v) return AY_NULL;
    if (!a->total) {
        a->total = v;
        return v;
    }
    ayGC_push_root(vm, v);
    AyValue t = a->func ? ayObj_call2(vm, a->func, a->total, v) : ayObj_binop(vm, AY_BINOP_ADD, a->total, v);
    ayGC_pop_roots(vm, 1);
    if (!t) return AY_NULL;
    a->total = t;
    return t;
}

typedef struct Chain {
    AyObj hdr;
    AyValue sources;     // iterator over the iterables, AY_NULL when done
    AyValue active;      // iterator of the current iterable, or AY_NULL
} Chain;

static void chain_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Chain *)o)->sources);
    ayGC_mark(vm, ((Chain *)o)->active);
}

static AyValue chain_make(AyVM *vm, AyType *type, AyValue iterables) {
    AyValue src = ayObj_iter(vm, iterables);
    if (!src) return AY_NULL;
    ayGC_push_root(vm, src);
    Chain *c = (Chain *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!c) return AY_NULL;
    c->sources = src;
    return ayV_from_obj(c);
}

static AyValue chain_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "chain", kwnames)) return AY_NULL;
    AyValue tuple = ayTuple_from_items(vm, args, nargs);
    return tuple ? chain_make(vm, type, tuple) : AY_NULL;
}

static AyValue chain_from_iterable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "chain.from_iterable", nargs - 1, kw, 1, 1)) return AY_NULL;
    return chain_make(vm, AY_AS(AyType, args[0]), args[1]);
}

static AyValue chain_next(AyVM *vm, AyValue self) {
    Chain *c = AY_AS(Chain, self);
    while (c->sources) {
        if (!c->active) {
            AyValue iterable = ayObj_next(vm, c->sources);
            if (!iterable) {
                if (ayErr_occurred(vm)) return AY_NULL;
                c->sources = AY_NULL;
                return AY_NULL;
            }
            AyValue it = ayObj_iter(vm, iterable);
            if (!it) return AY_NULL;
            c->active = it;
        }
        AyValue v = ayObj_next(vm, c->active);
        if (v || ayErr_occurred(vm)) return v;
        c->active = AY_NULL;
    }
    return AY_NULL;
}

static const AyMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, AY_NATIVE_CLASSMETHOD, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====
// {==== predicate-driven filters: compress, dropwhile, takewhile, filterfalse, starmap

// `func` is the predicate (or the selectors iterator for compress, the
// function for starmap); `it` the data iterator.
typedef struct Filter {
    AyObj hdr;
    AyValue func, it;
    bool done;           // dropwhile: started yielding; takewhile: stopped
} Filter;

static void filter_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Filter *)o)->func);
    ayGC_mark(vm, ((Filter *)o)->it);
}

static AyValue filter_make(AyVM *vm, AyType *type, AyValue func, AyValue iterable) {
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    Filter *f = (Filter *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!f) return AY_NULL;
    f->func = func;
    f->it = it;
    return ayV_from_obj(f);
}

static AyValue compress_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "compress", args, nargs, kwnames, "data selectors", a)) return AY_NULL;
    AyValue data = ayObj_iter(vm, a[0]);
    if (!data) return AY_NULL;
    ayGC_push_root(vm, data);
    AyValue r = filter_make(vm, type, AY_NONE, a[1]);
    ayGC_pop_roots(vm, 1);
    if (!r) return AY_NULL;
    // the selectors iterator drives the data one: keep it in `func`
    Filter *f = AY_AS(Filter, r);
    f->func = f->it;
    f->it = data;
    return r;
}

static AyValue compress_next(AyVM *vm, AyValue self) {
    Filter *f = AY_AS(Filter, self);
    for (;;) {
        AyValue v = ayObj_next(vm, f->it);
        if (!v) return AY_NULL;
        ayGC_push_root(vm, v);
        AyValue s = ayObj_next(vm, f->func);
        int t = s ? ayObj_truth(vm, s) : -1;
        ayGC_pop_roots(vm, 1);
        if (t < 0) return AY_NULL;
        if (t) return v;
    }
}

// dropwhile / takewhile / filterfalse / starmap take (function, iterable) positionally.
#define PRED_NEW(fn, name) \
    static AyValue fn(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) { \
        if (!ayIter_args(vm, name, nargs, kwnames, 2, 2)) return AY_NULL; \
        return filter_make(vm, type, args[0], args[1]); \
    }
PRED_NEW(dropwhile_new, "dropwhile")
PRED_NEW(takewhile_new, "takewhile")
PRED_NEW(filterfalse_new, "filterfalse")
PRED_NEW(starmap_new, "starmap")
#undef PRED_NEW

// Truth of pred(v) (or of v when pred is None); -1 on error.
static int test(AyVM *vm, AyValue pred, AyValue v) {
    if (pred == AY_NONE) return ayObj_truth(vm, v);
    ayGC_push_root(vm, v);
    AyValue r = ayObj_call1(vm, pred, v);
    int t = r ? ayObj_truth(vm, r) : -1;
    ayGC_pop_roots(vm, 1);
    return t;
}

static AyValue dropwhile_next(AyVM *vm, AyValue self) {
    Filter *f = AY_AS(Filter, self);
    for (;;) {
        AyValue v = ayObj_next(vm, f->it);
        if (!v || f->done) return v;
        int t = test(vm, f->func, v);
        if (t < 0) return AY_NULL;
        if (!t) {
            f->done = true;
            return v;
        }
    }
}

static AyValue takewhile_next(AyVM *vm, AyValue self) {
    Filter *f = AY_AS(Filter, self);
    if (f->done) return AY_NULL;
    AyValue v = ayObj_next(vm, f->it);
    if (!v) return AY_NULL;
    int t = test(vm, f->func, v);
    if (t < 0) return AY_NULL;
    if (t) return v;
    f->done = true;
    return AY_NULL;
}

static AyValue filterfalse_next(AyVM *vm, AyValue self) {
    Filter *f = AY_AS(Filter, self);
    for (;;) {
        AyValue v = ayObj_next(vm, f->it);
        if (!v) return AY_NULL;
        int t = test(vm, f->func, v);
        if (t < 0) return AY_NULL;
        if (!t) return v;
    }
}

static AyValue starmap_next(AyVM *vm, AyValue self) {
    Filter *f = AY_AS(Filter, self);
    AyValue v = ayObj_next(vm, f->it);
    if (!v) return AY_NULL;
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, v, &items, &n);
    if (!seq) return AY_NULL;
    ayGC_push_root(vm, seq);
    AyValue r = ayObj_call(vm, f->func, items, (int)n, AY_NULL);
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====
// {==== islice, pairwise, batched

typedef struct ISlice {
    AyObj hdr;
    AyValue it;          // AY_NULL once finished
    int64_t next;        // index of the next item to produce
    int64_t stop;        // -1: no limit
    int64_t step;
    int64_t count;       // items consumed so far
} ISlice;

static void islice_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((ISlice *)o)->it); }

// A start/stop/step argument: None, or an int in [0, maxsize].
static bool islice_index(AyVM *vm, AyValue v, int64_t *out, const char *msg) {
    if (v == AY_NONE) return true;
    int64_t i = -1;
    if (ayV_is_anyint(vm, v) || ayV_type(vm, v)->index) {
        if (ayObj_as_ssize(vm, v, &i) < 0) {
            if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
            ayErr_clear(vm);
            i = -1;
        }
    }
    if (i < 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "%s", msg);
        return false;
    }
    *out = i;
    return true;
}

static AyValue islice_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayIter_args(vm, "islice", nargs, kwnames, 2, 4)) return AY_NULL;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!islice_index(vm, args[1], &stop,
                          "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
            return AY_NULL;
    } else {
        const char *msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (!islice_index(vm, args[1], &start, msg) || !islice_index(vm, args[2], &stop, msg)) return AY_NULL;
        if (nargs == 4) {
            step = -1;
            if (args[3] == AY_NONE) step = 1;
            else if (!islice_index(vm, args[3], &step, "Step for islice() must be a positive integer or None."))
                return AY_NULL;
            if (step < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "Step for islice() must be a positive integer or None.");
        }
    }
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    ISlice *s = (ISlice *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!s) return AY_NULL;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return ayV_from_obj(s);
}

static AyValue islice_next(AyVM *vm, AyValue self) {
    ISlice *s = AY_AS(ISlice, self);
    if (!s->it) return AY_NULL;
    while (s->count < s->next) {
        AyValue v = ayObj_next(vm, s->it);
        if (!v) {
            s->it = AY_NULL;
            return AY_NULL;
        }
        s->count++;
    }
    if (s->stop >= 0 && s->count >= s->stop) {
        s->it = AY_NULL;
        return AY_NULL;
    }
    AyValue v = ayObj_next(vm, s->it);
    if (!v) {
        s->it = AY_NULL;
        return AY_NULL;
    }
    s->count++;
    int64_t nxt = s->next + s->step;
    if (nxt < s->next || (s->stop >= 0 && nxt > s->stop)) nxt = s->stop >= 0 ? s->stop : INT64_MAX;
    s->next = nxt;
    return v;
}

typedef struct Pairwise {
    AyObj hdr;
    AyValue it;          // AY_NULL when exhausted
    AyValue old;         // the previous item, AY_NULL before the first
} Pairwise;

static void pairwise_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Pairwise *)o)->it);
    ayGC_mark(vm, ((Pairwise *)o)->old);
}

static AyValue pairwise_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayIter_args(vm, "pairwise", nargs, kwnames, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    Pairwise *p = (Pairwise *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!p) return AY_NULL;
    p->it = it;
    return ayV_from_obj(p);
}

static AyValue pairwise_next(AyVM *vm, AyValue self) {
    Pairwise *p = AY_AS(Pairwise, self);
    if (!p->it) return AY_NULL;
    if (!p->old) {
        p->old = ayObj_next(vm, p->it);
        if (!p->old) {
            p->it = AY_NULL;
            return AY_NULL;
        }
    }
    AyValue v = ayObj_next(vm, p->it);
    if (!v) {
        p->it = AY_NULL;
        p->old = AY_NULL;
        return AY_NULL;
    }
    AyValue r = ayTuple_pack2(vm, p->old, v);
    if (r) p->old = v;
    return r;
}

typedef struct Batched {
    AyObj hdr;
    AyValue it;          // AY_NULL when exhausted
    int64_t n;
} Batched;

static void batched_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((Batched *)o)->it); }

static AyValue batched_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "batched", args, nargs, kwnames, "iterable n", a)) return AY_NULL;
    if (!ayV_is_anyint(vm, a[1]) && !ayV_type(vm, a[1])->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", a[1]);
    int64_t n;
    if (ayObj_as_ssize(vm, a[1], &n) < 0) return AY_NULL;
    if (n < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "n must be at least one");
    AyValue it = ayObj_iter(vm, a[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    Batched *b = (Batched *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!b) return AY_NULL;
    b->it = it;
    b->n = n;
    return ayV_from_obj(b);
}

static AyValue batched_next(AyVM *vm, AyValue self) {
    Batched *b = AY_AS(Batched, self);
    if (!b->it) return AY_NULL;
    AyList *items = ayList_new(vm, 0);
    if (!items) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(items));
    AyValue r = AY_NULL;
    while (items->len < b->n) {
        AyValue v = ayObj_next(vm, b->it);
        if (!v) break;
        if (!ayList_append(vm, items, v)) goto done;
    }
    if (ayErr_occurred(vm)) goto done;
    if (items->len < b->n) b->it = AY_NULL;
    if (items->len) r = ayTuple_from_items(vm, items->items, items->len);
done:
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====
// {==== zip_longest

typedef struct ZipLongest {
    AyObj hdr;
    AyTuple *its;        // iterators; AY_NONE in place of exhausted ones
    AyValue fill;
    int64_t active;      // iterators not yet exhausted
} ZipLongest;

static void ziplongest_trace(AyVM *vm, AyObj *o) {
    ayGC_mark_obj(vm, (AyObj *)((ZipLongest *)o)->its);
    ayGC_mark(vm, ((ZipLongest *)o)->fill);
}

static AyValue ziplongest_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue fill = AY_NONE;
    for (int k = 0; k < ayArg_nkw(kwnames); k++) {
        AyStr *kn = AY_STR(AY_AS(AyTuple, kwnames)->items[k]);
        if (strcmp(kn->data, "fillvalue") != 0)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + k];
    }
    AyTuple *its = ayTuple_new(vm, nargs);
    if (!its) return AY_NULL;
    for (int i = 0; i < nargs; i++) its->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(its));
    for (int i = 0; i < nargs; i++) {
        AyValue it = ayObj_iter(vm, args[i]);
        if (!it) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        its->items[i] = it;
    }
    ZipLongest *z = (ZipLongest *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!z) return AY_NULL;
    z->its = its;
    z->fill = fill;
    z->active = nargs;
    return ayV_from_obj(z);
}

static AyValue ziplongest_next(AyVM *vm, AyValue self) {
    ZipLongest *z = AY_AS(ZipLongest, self);
    int64_t n = z->its->len;
    if (n == 0 || z->active == 0) return AY_NULL;
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    for (int64_t i = 0; i < n; i++) t->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(t));
    AyValue r = ayV_from_obj(t);
    for (int64_t i = 0; i < n; i++) {
        AyValue it = z->its->items[i];
        AyValue v = AY_NULL;
        if (it != AY_NONE) {
            v = ayObj_next(vm, it);
            if (!v) {
                if (ayErr_occurred(vm)) {
                    r = AY_NULL;
                    break;
                }
                z->its->items[i] = AY_NONE;
                if (--z->active == 0) {
                    r = AY_NULL;
                    break;
                }
            }
        }
        t->items[i] = v ? v : z->fill;
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====

static const AyMethodDef itertools_funcs[] = {
    {"tee", ayIter_tee, 0, NULL},
    {NULL},
};

AyValue ayMod_itertools(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "itertools", itertools_funcs);
    if (!m) return AY_NULL;
    AyType *t = ayIter_new_type(vm, m, AY_STD_count, "itertools.count", sizeof(Count), count_trace, count_new, count_next);
    t->repr = count_repr;
    ayType_add_slot_wrappers(vm, t);
    ayType_ready(vm, t);
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_cycle, "itertools.cycle", sizeof(Cycle), cycle_trace, cycle_new, cycle_next));
    t = ayIter_new_type(vm, m, AY_STD_repeat, "itertools.repeat", sizeof(Repeat), repeat_trace, repeat_new, repeat_next);
    t->repr = repeat_repr;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, repeat_methods);
    ayType_ready(vm, t);
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_accumulate, "itertools.accumulate", sizeof(Accumulate), accumulate_trace,
                                     accumulate_new, accumulate_next));
    t = ayIter_new_type(vm, m, AY_STD_chain, "itertools.chain", sizeof(Chain), chain_trace, chain_new, chain_next);
    ayType_add_methods(vm, t, chain_methods);
    ayType_ready(vm, t);
    static const struct {
        AyStdType slot;
        const char *tp_name;
        AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue);
        AyValue (*next)(AyVM *, AyValue);
    } filters[] = {
        {AY_STD_compress, "itertools.compress", compress_new, compress_next},
        {AY_STD_dropwhile, "itertools.dropwhile", dropwhile_new, dropwhile_next},
        {AY_STD_takewhile, "itertools.takewhile", takewhile_new, takewhile_next},
        {AY_STD_filterfalse, "itertools.filterfalse", filterfalse_new, filterfalse_next},
        {AY_STD_starmap, "itertools.starmap", starmap_new, starmap_next},
    };
    for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++)
        ayType_ready(vm, ayIter_new_type(vm, m, filters[i].slot, filters[i].tp_name, sizeof(Filter), filter_trace,
                                         filters[i].tp_new, filters[i].next));
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_islice, "itertools.islice", sizeof(ISlice), islice_trace, islice_new,
                                     islice_next));
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_pairwise, "itertools.pairwise", sizeof(Pairwise), pairwise_trace,
                                     pairwise_new, pairwise_next));
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_batched, "itertools.batched", sizeof(Batched), batched_trace, batched_new,
                                     batched_next));
    ayType_ready(vm, ayIter_new_type(vm, m, AY_STD_zip_longest, "itertools.zip_longest", sizeof(ZipLongest), ziplongest_trace,
                                     ziplongest_new, ziplongest_next));
    ayIter_setup_comb(vm, m);
    return ayV_from_obj(m);
}
