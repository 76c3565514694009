// Helpers shared by the container types, the tuple/list iterators, the
// dunder methods that expose C slots, and types.GenericAlias.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

// {==== repr recursion guard and comparison

int aySeq_repr_enter(AyVM *vm, AyValue v) {
    AyList *stack = AY_AS(AyList, vm->repr_stack);
    for (int64_t i = 0; i < stack->len; i++)
        if (stack->items[i] == v) return 1;
    return ayList_append(vm, stack, v) ? 0 : -1;
}

void aySeq_repr_leave(AyVM *vm, AyValue v) {
    AyList *stack = AY_AS(AyList, vm->repr_stack);
    for (int64_t i = stack->len - 1; i >= 0; i--) {
        if (stack->items[i] == v) {
            memmove(stack->items + i, stack->items + i + 1, sizeof(AyValue) * (size_t)(stack->len - i - 1));
            stack->len--;
            return;
        }
    }
}

static AyValue cmp_lengths(int64_t na, int64_t nb, AyCmp op) {
    switch (op) {
    case AY_LT: return ayV_bool(na < nb);
    case AY_LE: return ayV_bool(na <= nb);
    case AY_EQ: return ayV_bool(na == nb);
    case AY_NE: return ayV_bool(na != nb);
    case AY_GT: return ayV_bool(na > nb);
    default: return ayV_bool(na >= nb);
    }
}

// Tuples are immutable, so their item arrays stay valid across user __eq__.
AyValue aySeq_richcmp(AyVM *vm, const AyValue *a, int64_t na, const AyValue *b, int64_t nb, AyCmp op) {
    if ((op == AY_EQ || op == AY_NE) && na != nb) return ayV_bool(op == AY_NE);
    int64_t i = 0;
    for (; i < na && i < nb; i++) {
        int r = ayObj_eq(vm, a[i], b[i]);
        if (r < 0) return AY_NULL;
        if (!r) break;
    }
    if (i >= na || i >= nb) return cmp_lengths(na, nb, op);
    if (op == AY_EQ) return AY_FALSE;
    if (op == AY_NE) return AY_TRUE;
    return ayObj_richcmp(vm, a[i], b[i], op);
}

// Lists may shrink or reallocate while __eq__ runs: re-read them every step
// (CPython does the same) and keep the items compared alive.
AyValue aySeq_list_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyList *x = AY_AS(AyList, a), *y = AY_AS(AyList, b);
    if ((op == AY_EQ || op == AY_NE) && x->len != y->len) return ayV_bool(op == AY_NE);
    int64_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        AyValue p = x->items[i], q = y->items[i];
        if (p == q) continue;
        ayGC_push_root(vm, p);
        ayGC_push_root(vm, q);
        int r = ayObj_eq(vm, p, q);
        ayGC_pop_roots(vm, 2);
        if (r < 0) return AY_NULL;
        if (!r) break;
    }
    if (i >= x->len || i >= y->len) return cmp_lengths(x->len, y->len, op);
    if (op == AY_EQ) return AY_FALSE;
    if (op == AY_NE) return AY_TRUE;
    return ayObj_richcmp(vm, x->items[i], y->items[i], op);
}

static bool clamp_arg(AyVM *vm, AyValue v, int64_t len, int64_t *out) {
    if (v == AY_NONE) return true;
    int64_t i;
    if (ayV_is_int(v)) {
        i = ayV_int(v);
    } else {
        if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) {
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "slice indices must be integers or have an __index__ method");
            return false;
        }
        if (ayObj_as_ssize(vm, v, &i) < 0) {
            if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
            ayErr_clear(vm);
            AyValue neg = ayObj_richcmp(vm, v, ayV_small(0), AY_LT);
            if (!neg) return false;
            i = neg == AY_TRUE ? INT64_MIN / 2 : INT64_MAX / 2;
        }
    }
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len) {
        i = len;
    }
    *out = i;
    return true;
}

bool aySeq_range_args(AyVM *vm, AyValue *args, int nargs, int64_t len, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = len;
    if (nargs > 0 && !clamp_arg(vm, args[0], len, start)) return false;
    if (nargs > 1 && !clamp_arg(vm, args[1], len, stop)) return false;
    return true;
}

bool aySeq_args(AyVM *vm, const char *qualname, int nargs, AyValue kwnames, int min, int max) {
    if (kwnames && AY_AS(AyTuple, kwnames)->len) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    if (min == max && min <= 1) return ayArg_count(vm, qualname, nargs, min, max);
    // argument-clinic functions name themselves without the type
    const char *dot = strrchr(qualname, '.');
    return ayArg_count(vm, dot ? dot + 1 : qualname, nargs, min, max);
}

// }====
// {==== tuple and list iterators

typedef struct SeqIter {
    AyObj hdr;
    AyValue seq;   // AY_NULL once exhausted
    int64_t index;
} SeqIter;

static void seqiter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((SeqIter *)o)->seq); }

AyValue aySeqIter_new(AyVM *vm, AyType *type, AyValue seq) {
    SeqIter *it = AY_NEW(vm, SeqIter, type);
    if (!it) return AY_NULL;
    it->seq = seq;
    if (type == vm->t_list_reverseiterator) it->index = AY_AS(AyList, seq)->len - 1;
    return ayV_from_obj(it);
}

static AyValue tupleiter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyTuple *t = AY_AS(AyTuple, it->seq);
    if (it->index < t->len) return t->items[it->index++];
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue listiter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyList *l = AY_AS(AyList, it->seq);
    if (it->index < l->len) return l->items[it->index++];
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue listreviter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyList *l = AY_AS(AyList, it->seq);
    if (it->index >= 0 && it->index < l->len) return l->items[it->index--];
    it->seq = AY_NULL;
    it->index = -1;
    return AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue seqiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    SeqIter *it = AY_AS(SeqIter, args[0]);
    if (!it->seq) return ayV_small(0);
    int64_t left;
    if (it->hdr.type == vm->t_list_reverseiterator) {
        left = it->index < AY_AS(AyList, it->seq)->len ? it->index + 1 : 0;
    } else {
        int64_t len = it->hdr.type == vm->t_tuple_iterator ? AY_AS(AyTuple, it->seq)->len : AY_AS(AyList, it->seq)->len;
        left = len - it->index;
    }
    return ayV_small(left < 0 ? 0 : left);
}

static const AyMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {NULL},
};

void ayBuiltinsIter_types(AyVM *vm);  // stdlib/builtins_iter.c

void ayIter_setup(AyVM *vm) {
    ayBuiltinsIter_types(vm);
    AyType *types[] = {vm->t_tuple_iterator, vm->t_list_iterator, vm->t_list_reverseiterator};
    AyValue (*nexts[])(AyVM *, AyValue) = {tupleiter_next, listiter_next, listreviter_next};
    for (int i = 0; i < 3; i++) {
        types[i]->basic_size = sizeof(SeqIter);
        types[i]->trace = seqiter_trace;
        types[i]->iter = iter_self;
        types[i]->next = nexts[i];
        ayType_add_methods(vm, types[i], seqiter_methods);
    }
}

// }====

// {==== types.GenericAlias

typedef struct GenericAlias {
    AyObj hdr;
    AyValue origin;
    AyValue args;        // always a tuple
    AyValue params;      // tuple of parameters, computed lazily (AY_NULL until then)
} GenericAlias;

static void ga_trace(AyVM *vm, AyObj *o) {
    GenericAlias *g = (GenericAlias *)o;
    ayGC_mark(vm, g->origin);
    ayGC_mark(vm, g->args);
    ayGC_mark(vm, g->params);
}

// A GenericAlias (or an instance of a subclass of it, for `type`).
static AyValue ga_alloc(AyVM *vm, AyType *type, AyValue origin, AyValue args) {
    if (!ayV_is_tuple(vm, args)) {
        args = ayTuple_from_items(vm, &args, 1);
        if (!args) return AY_NULL;
    }
    ayGC_push_root(vm, args);
    GenericAlias *g = (GenericAlias *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!g) return AY_NULL;
    g->origin = origin;
    g->args = args;
    return ayV_from_obj(g);
}

AyValue ayGenericAlias_new(AyVM *vm, AyValue origin, AyValue args) {
    return ga_alloc(vm, vm->t_generic_alias, origin, args);
}

AyValue ayGenericAlias_class_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "__class_getitem__", kw)) return AY_NULL;
    if (nargs != 2) {
        const char *cls = ayV_is_typeobj(vm, args[0]) ? ayType_name(AY_AS(AyType, args[0])) : "type";
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__class_getitem__() takes exactly one argument (%d given)",
                            cls, nargs - 1);
    }
    return ayGenericAlias_new(vm, args[0], args[1]);
}

// One argument as CPython's ga_repr_item shows it: classes by qualified name.
static bool ga_repr_item(AyBuf *b, AyValue v) {
    AyVM *vm = b->vm;
    if (v == AY_ELLIPSIS) {
        ayBuf_adds(b, "...");
        return true;
    }
    if (ayV_is_type(vm, v, vm->t_generic_alias)) return ayBuf_add_repr(b, v);
    if (ayV_is_typeobj(vm, v)) {
        AyType *t = AY_AS(AyType, v);
        if (t->module && ayV_is_str(vm, t->module) && strcmp(AY_CSTR(t->module), "builtins") != 0)
            ayBuf_printf(b, "%s.", AY_CSTR(t->module));
        ayBuf_add(b, t->qualname->data, (size_t)t->qualname->size);
        return true;
    }
    return ayBuf_add_repr(b, v);
}

static AyValue ga_repr(AyVM *vm, AyValue v) {
    GenericAlias *g = AY_AS(GenericAlias, v);
    AyTuple *a = AY_AS(AyTuple, g->args);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ok = ga_repr_item(&b, g->origin);
    ayBuf_addc(&b, '[');
    if (a->len == 0) ayBuf_adds(&b, "()");
    for (int64_t i = 0; ok && i < a->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ok = ga_repr_item(&b, a->items[i]);
    }
    ayBuf_addc(&b, ']');
    if (!ok) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

static AyValue ga_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    GenericAlias *g = AY_AS(GenericAlias, callee);
    AyValue r = ayObj_call(vm, g->origin, args, nargs, kwnames);
    if (!r) return AY_NULL;
    // like CPython, record the alias on the instance when it takes attributes
    ayGC_push_root(vm, r);
    if (ayObj_setattr(vm, r, ayStr_intern_c(vm, "__orig_class__"), callee) < 0) ayErr_clear(vm);
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue ga_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_type(vm, b, vm->t_generic_alias)) return AY_NOTIMPLEMENTED;
    GenericAlias *x = AY_AS(GenericAlias, a), *y = AY_AS(GenericAlias, b);
    int r = ayObj_eq(vm, x->origin, y->origin);
    if (r > 0) r = ayObj_eq(vm, x->args, y->args);
    if (r < 0) return AY_NULL;
    return ayV_bool(op == AY_EQ ? r : !r);
}

static int64_t ga_hash(AyVM *vm, AyValue v) {
    GenericAlias *g = AY_AS(GenericAlias, v);
    int64_t h0 = ayObj_hash(vm, g->origin);
    if (h0 == -1) return -1;
    int64_t h1 = ayObj_hash(vm, g->args);
    if (h1 == -1) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static AyValue ga_origin_get(AyVM *vm, AyValue self) { return AY_AS(GenericAlias, self)->origin; }
static AyValue ga_args_get(AyVM *vm, AyValue self) { return AY_AS(GenericAlias, self)->args; }
static AyValue ga_params_get(AyVM *vm, AyValue self) {
    GenericAlias *g = AY_AS(GenericAlias, self);
    if (!g->params) {
        // parameters are the type variables among the args (objects with
        // __typing_subst__); nested aliases contribute theirs
        AyList *ps = ayList_new(vm, 0);
        if (!ps) return AY_NULL;
        ayGC_push_root(vm, ayV_from_obj(ps));
        AyTuple *a = AY_AS(AyTuple, g->args);
        AyStr *subst = ayStr_intern_c(vm, "__typing_subst__");
        for (int64_t i = 0; i < a->len; i++) {
            AyValue x = a->items[i];
            if (ayV_is_typeobj(vm, x)) continue;
            AyValue found = AY_NULL;
            if (ayType_lookup(vm, ayV_type(vm, x), subst)) {
                found = ayTuple_from_items(vm, &x, 1);
            } else if (ayV_is_type(vm, x, vm->t_generic_alias)) {
                found = ga_params_get(vm, x);
            } else {
                continue;
            }
            if (!found) {
                ayGC_pop_roots(vm, 1);
                return AY_NULL;
            }
            ayGC_push_root(vm, found);
            AyTuple *ft = AY_AS(AyTuple, found);
            for (int64_t j = 0; j < ft->len; j++) {
                int c = ayObj_contains(vm, ayV_from_obj(ps), ft->items[j]);
                if (c < 0 || (!c && !ayList_append(vm, ps, ft->items[j]))) {
                    ayGC_pop_roots(vm, 2);
                    return AY_NULL;
                }
            }
            ayGC_pop_roots(vm, 1);
        }
        g->params = ayTuple_from_items(vm, ps->items, ps->len);
        ayGC_pop_roots(vm, 1);
        if (!g->params) return AY_NULL;
    }
    return g->params;
}

static AyValue ga_mro_entries(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "__mro_entries__", nargs - 1, kw, 1, 1)) return AY_NULL;
    return ayTuple_from_items(vm, &AY_AS(GenericAlias, args[0])->origin, 1);
}

static AyValue ga_instancecheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayErr_format(vm, AY_EXC(vm, TypeError), "isinstance() argument 2 cannot be a parameterized generic");
}

static AyValue ga_subclasscheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayErr_format(vm, AY_EXC(vm, TypeError), "issubclass() argument 2 cannot be a parameterized generic");
}

// Attributes the alias answers itself; everything else comes from the origin.
static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__instancecheck__",
    "__subclasscheck__", "__repr__", "__eq__", "__hash__", NULL,
};

static AyValue ga_getattr(AyVM *vm, AyValue obj, AyStr *name) {
    for (int i = 0; ga_own_attrs[i]; i++)
        if (strcmp(name->data, ga_own_attrs[i]) == 0) return ayObj_generic_getattr(vm, obj, name);
    return ayObj_getattr(vm, AY_AS(GenericAlias, obj)->origin, name);
}

static AyValue ga_unpacked_get(AyVM *vm, AyValue self) { return AY_FALSE; }

static const AyGetSetDef ga_getsets[] = {
    {"__origin__", ga_origin_get, NULL},
    {"__args__", ga_args_get, NULL},
    {"__parameters__", ga_params_get, NULL},
    {"__unpacked__", ga_unpacked_get, NULL},
    {NULL},
};

static const AyMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {NULL},
};

static AyValue ga_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "GenericAlias", kwnames) || !ayArg_count(vm, "GenericAlias", nargs, 2, 2)) return AY_NULL;
    return ga_alloc(vm, type, args[0], args[1]);
}

void ayGenericAlias_setup(AyVM *vm) {
    AyType *t = vm->t_generic_alias;
    t->flags |= AY_TF_BASETYPE;  // collections.abc.Callable[...] subclasses it
    t->basic_size = sizeof(GenericAlias);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "types"));
    t->trace = ga_trace;
    t->repr = ga_repr;
    t->call = ga_call;
    t->richcmp = ga_richcmp;
    t->hash = ga_hash;
    t->getattr = ga_getattr;
    t->tp_new = ga_new;
    ayType_add_getsets(vm, t, ga_getsets);
    ayType_add_methods(vm, t, ga_methods);
    ayType_add_slot_wrappers(vm, t);
}

// }====
