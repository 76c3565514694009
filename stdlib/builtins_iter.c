// The lazy iterator types of builtins: enumerate, zip, map, filter,
// reversed, and iter(callable, sentinel).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// The next item of an iterator through its slot (AY_NULL: exhausted or error).
static inline AyValue next_of(AyVM *vm, AyValue it) {
    return ayObj_next(vm, it);
}

// Refuses keyword names other than those listed ("a b"), CPython's way:
// "'foo' is an invalid keyword argument for enumerate()".
static bool only_keywords(AyVM *vm, const char *fname, AyValue kwnames, const char *allowed) {
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        AyStr *k = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        size_t n = (size_t)k->size;
        bool ok = false;
        for (const char *p = allowed; *p && !ok;) {
            const char *e = strchr(p, ' ');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            ok = len == n && memcmp(p, k->data, n) == 0;
            p = e ? e + 1 : p + len;
        }
        if (!ok) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()", k, fname);
            return false;
        }
    }
    return true;
}

// {==== enumerate

typedef struct Enumerate {
    AyObj hdr;
    AyValue it;
    AyValue count;   // small or big int
} Enumerate;

static void enumerate_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((Enumerate *)o)->it);
    ayGC_mark(vm, ((Enumerate *)o)->count);
}

static AyValue enumerate_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!only_keywords(vm, "enumerate", kwnames, "iterable start")) return AY_NULL;
    AyValue a[2];
    if (!ayArg_unpack(vm, "enumerate", args, nargs, kwnames, "iterable | start", a)) {
        // CPython words the missing iterable without the position
        if (!a[0] && ayErr_matches(vm, AY_EXC(vm, TypeError)) && nargs == 0) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "enumerate() missing required argument 'iterable'");
        }
        return AY_NULL;
    }
    AyValue start = ayV_small(0);
    if (a[1]) {
        start = ayObj_index(vm, a[1]);
        if (!start) return AY_NULL;
        start = ayInt_exact(vm, start);
    }
    ayGC_push_root(vm, start);
    AyValue it = ayObj_iter(vm, a[0]);
    ayGC_pop_roots(vm, 1);
    if (!it) return AY_NULL;
    Enumerate *e = (Enumerate *)ayGC_new(vm, type, type->basic_size);
    if (!e) return AY_NULL;
    e->it = it;
    e->count = start;
    return ayV_from_obj(e);
}

static AyValue enumerate_next(AyVM *vm, AyValue self) {
    Enumerate *e = AY_AS(Enumerate, self);
    AyValue v = next_of(vm, e->it);
    if (!v) return AY_NULL;
    AyValue n = e->count;
    AyValue next = ayV_is_int(n) ? ayInt_from_i64(vm, ayV_int(n) + 1) : ayInt_binop(vm, AY_BINOP_ADD, n, ayV_small(1));
    if (!next) return AY_NULL;
    e->count = next;
    return ayTuple_pack2(vm, n, v);
}

static const AyMethodDef enumerate_methods[] = {
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====
// {==== zip

typedef struct Zip {
    AyObj hdr;
    AyTuple *its;
    bool strict;
} Zip;

static void zip_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((Zip *)o)->its); }

static AyValue zip_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    int nkw = ayArg_nkw(kwnames);
    if (nkw > 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "zip() takes at most 1 keyword argument (%d given)", nkw);
    if (!only_keywords(vm, "zip", kwnames, "strict")) return AY_NULL;
    bool strict = false;
    if (nkw) {
        int t = ayObj_truth(vm, args[nargs]);
        if (t < 0) return AY_NULL;
        strict = t;
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
    Zip *z = (Zip *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!z) return AY_NULL;
    z->its = its;
    z->strict = strict;
    return ayV_from_obj(z);
}

// strict=True found iterator i (0-based) exhausted first: is any other longer?
static AyValue zip_strict_error(AyVM *vm, Zip *z, int64_t i) {
    if (i > 0)
        return i == 1 ? ayErr_format(vm, AY_EXC(vm, ValueError), "zip() argument 2 is shorter than argument 1")
                      : ayErr_format(vm, AY_EXC(vm, ValueError), "zip() argument %lld is shorter than arguments 1-%lld",
                                     (long long)(i + 1), (long long)i);
    for (int64_t j = 1; j < z->its->len; j++) {
        AyValue w = next_of(vm, z->its->items[j]);
        if (w) {
            if (j == 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "zip() argument 2 is longer than argument 1");
            return ayErr_format(vm, AY_EXC(vm, ValueError), "zip() argument %lld is longer than arguments 1-%lld",
                                (long long)(j + 1), (long long)j);
        }
        if (ayErr_occurred(vm)) return AY_NULL;
    }
    return AY_NULL;
}

static AyValue zip_next(AyVM *vm, AyValue self) {
    Zip *z = AY_AS(Zip, self);
    int64_t n = z->its->len;
    if (n == 0) return AY_NULL;
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    for (int64_t i = 0; i < n; i++) t->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(t));
    for (int64_t i = 0; i < n; i++) {
        AyValue v = next_of(vm, z->its->items[i]);
        if (!v) {
            ayGC_pop_roots(vm, 1);
            if (ayErr_occurred(vm) || !z->strict) return AY_NULL;
            return zip_strict_error(vm, z, i);
        }
        t->items[i] = v;
    }
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(t);
}

// }====
// {==== map / filter

typedef struct MapObj {
    AyObj hdr;
    AyValue func;
    AyTuple *its;
} MapObj;

static void map_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((MapObj *)o)->func);
    ayGC_mark_obj(vm, (AyObj *)((MapObj *)o)->its);
}

static AyValue map_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (type == vm->t_map && !ayArg_no_kw(vm, "map", kwnames)) return AY_NULL;
    if (nargs < 2) return ayErr_format(vm, AY_EXC(vm, TypeError), "map() must have at least two arguments.");
    AyTuple *its = ayTuple_new(vm, nargs - 1);
    if (!its) return AY_NULL;
    for (int i = 0; i < nargs - 1; i++) its->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(its));
    for (int i = 1; i < nargs; i++) {
        AyValue it = ayObj_iter(vm, args[i]);
        if (!it) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        its->items[i - 1] = it;
    }
    MapObj *m = (MapObj *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!m) return AY_NULL;
    m->func = args[0];
    m->its = its;
    return ayV_from_obj(m);
}

static AyValue map_next(AyVM *vm, AyValue self) {
    MapObj *m = AY_AS(MapObj, self);
    int64_t n = m->its->len;
    if (n == 1) {
        // the common case: one iterable, no argument buffer
        AyValue v = next_of(vm, m->its->items[0]);
        return v ? ayObj_call1(vm, m->func, v) : AY_NULL;
    }
    // the arguments live on the VM stack, where the GC sees them
    AyValue *buf = vm->stack_top;
    if (buf + n + 2 >= vm->stack_end) return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = m->func;
    for (int64_t i = 0; i < n; i++) buf[1 + i] = AY_NONE;
    vm->stack_top += n + 1;
    AyValue r = AY_NULL;
    for (int64_t i = 0; i < n; i++) {
        AyValue v = next_of(vm, m->its->items[i]);
        if (!v) goto done;
        buf[1 + i] = v;
    }
    r = ayObj_call(vm, m->func, buf + 1, (int)n, AY_NULL);
done:
    vm->stack_top = buf;
    return r;
}

typedef struct FilterObj {
    AyObj hdr;
    AyValue func;
    AyValue it;
} FilterObj;

static void filter_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((FilterObj *)o)->func);
    ayGC_mark(vm, ((FilterObj *)o)->it);
}

static AyValue filter_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (type == vm->t_filter && !ayArg_no_kw(vm, "filter", kwnames)) return AY_NULL;
    if (nargs != 2) return ayErr_format(vm, AY_EXC(vm, TypeError), "filter expected 2 arguments, got %d", nargs);
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    FilterObj *f = (FilterObj *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!f) return AY_NULL;
    f->func = args[0];
    f->it = it;
    return ayV_from_obj(f);
}

static AyValue filter_next(AyVM *vm, AyValue self) {
    FilterObj *f = AY_AS(FilterObj, self);
    bool plain = f->func == AY_NONE || f->func == ayV_from_obj(vm->t_bool);
    for (;;) {
        AyValue v = next_of(vm, f->it);
        if (!v) return AY_NULL;
        int t;
        ayGC_push_root(vm, v);
        if (plain) {
            t = ayObj_truth(vm, v);
        } else {
            AyValue r = ayObj_call1(vm, f->func, v);
            t = r ? ayObj_truth(vm, r) : -1;
        }
        ayGC_pop_roots(vm, 1);
        if (t < 0) return AY_NULL;
        if (t) return v;
    }
}

// }====
// {==== reversed

typedef struct Reversed {
    AyObj hdr;
    AyValue seq;       // AY_NULL once exhausted
    int64_t index;
} Reversed;

static void reversed_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((Reversed *)o)->seq); }

static AyValue reversed_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (type == vm->t_reversed && !ayArg_no_kw(vm, "reversed", kwnames)) return AY_NULL;
    if (nargs != 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "reversed expected 1 argument, got %d", nargs);
    AyValue seq = args[0];
    AyType *t = ayV_type(vm, seq);
    AyValue rev = ayType_lookup(vm, t, vm->s.__reversed__);
    if (rev == AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not reversible", seq);
    if (rev) return ayObj_call1(vm, rev, seq);
    // the sequence protocol: __getitem__ and no dict
    if (!t->getitem || ayV_is_dict(vm, seq))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not reversible", seq);
    if (!t->len) return ayErr_format(vm, AY_EXC(vm, TypeError), "object of type '%T' has no len()", seq);
    int64_t n = ayObj_len(vm, seq);
    if (n < 0) return AY_NULL;
    Reversed *r = (Reversed *)ayGC_new(vm, type, type->basic_size);
    if (!r) return AY_NULL;
    r->seq = seq;
    r->index = n - 1;
    return ayV_from_obj(r);
}

static AyValue reversed_next(AyVM *vm, AyValue self) {
    Reversed *r = AY_AS(Reversed, self);
    if (!r->seq) return AY_NULL;
    if (r->index < 0) {
        r->seq = AY_NULL;
        return AY_NULL;
    }
    AyValue v = ayObj_getitem(vm, r->seq, ayV_small(r->index));
    if (v) {
        r->index--;
        return v;
    }
    if (ayErr_matches(vm, AY_EXC(vm, IndexError)) || ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
        ayErr_clear(vm);
        r->seq = AY_NULL;
    }
    return AY_NULL;
}

static AyValue reversed_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    Reversed *r = AY_AS(Reversed, args[0]);
    if (!r->seq) return ayV_small(0);
    int64_t n = ayObj_len(vm, r->seq);
    if (n < 0) return AY_NULL;
    return ayV_small(r->index < n ? r->index + 1 : 0);
}

static const AyMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL},
};

// }====
// {==== iter(callable, sentinel)

typedef struct CallIter {
    AyObj hdr;
    AyValue func, sentinel;   // func AY_NULL once exhausted
} CallIter;

static void calliter_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((CallIter *)o)->func);
    ayGC_mark(vm, ((CallIter *)o)->sentinel);
}

AyValue ayCallableIter_new(AyVM *vm, AyValue callable, AyValue sentinel) {
    CallIter *c = AY_NEW(vm, CallIter, vm->t_callable_iterator);
    if (!c) return AY_NULL;
    c->func = callable;
    c->sentinel = sentinel;
    return ayV_from_obj(c);
}

static AyValue calliter_next(AyVM *vm, AyValue self) {
    CallIter *c = AY_AS(CallIter, self);
    if (!c->func) return AY_NULL;
    AyValue v = ayObj_call0(vm, c->func);
    if (!v) {
        if (ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
            ayErr_clear(vm);
            c->func = AY_NULL;
        }
        return AY_NULL;
    }
    ayGC_push_root(vm, v);
    int eq = c->func ? ayObj_eq(vm, v, c->sentinel) : 1;
    ayGC_pop_roots(vm, 1);
    if (eq < 0) return AY_NULL;
    if (eq) {
        c->func = AY_NULL;
        return AY_NULL;
    }
    return v;
}

// }====

// Configures the types; runs with the core types' setup (from ayIter_setup),
// before slot inheritance and slot wrappers.
void ayBuiltinsIter_types(AyVM *vm) {
    struct {
        AyType *t;
        size_t size;
        void (*trace)(AyVM *, AyObj *);
        AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue);
        AyValue (*next)(AyVM *, AyValue);
    } types[] = {
        {vm->t_enumerate, sizeof(Enumerate), enumerate_trace, enumerate_new, enumerate_next},
        {vm->t_zip, sizeof(Zip), zip_trace, zip_new, zip_next},
        {vm->t_map, sizeof(MapObj), map_trace, map_new, map_next},
        {vm->t_filter, sizeof(FilterObj), filter_trace, filter_new, filter_next},
        {vm->t_reversed, sizeof(Reversed), reversed_trace, reversed_new, reversed_next},
        {vm->t_callable_iterator, sizeof(CallIter), calliter_trace, NULL, calliter_next},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        AyType *t = types[i].t;
        t->basic_size = (uint32_t)types[i].size;
        t->trace = types[i].trace;
        t->tp_new = types[i].tp_new;
        t->iter = iter_self;
        t->next = types[i].next;
        if (t != vm->t_callable_iterator) t->flags |= AY_TF_BASETYPE;
    }
    ayType_add_methods(vm, vm->t_reversed, reversed_methods);
    ayType_add_methods(vm, vm->t_enumerate, enumerate_methods);
}

void ayBuiltinsIter_setup(AyVM *vm, AyDict *d) {
    (void)vm;
    (void)d;
}
