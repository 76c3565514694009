// BaseExceptionGroup / ExceptionGroup and the except* machinery
// (CHECK_EG_MATCH splitting, PREP_RERAISE_STAR recombination).
#include <string.h>

#include "containers.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// Exception groups keep their leaf exceptions (a tuple) after the AyExc fields.
typedef struct AyExcGroup {
    AyExc exc;
    AyValue exceptions;
} AyExcGroup;

static AyValue eg_message(AyVM *vm, AyValue eg) {
    AyTuple *a = AY_AS(AyExc, eg)->args;
    return a && a->len > 0 ? a->items[0] : ayV_from_obj(vm->empty_str);
}

static AyValue eg_exceptions(AyVM *vm, AyValue eg) {
    AyValue v = AY_AS(AyExcGroup, eg)->exceptions;
    return v ? v : ayV_from_obj(vm->empty_tuple);
}

static bool is_group(AyVM *vm, AyValue v) {
    return ayV_is_exc(vm, v) && ayType_is_subtype(ayV_type(vm, v), AY_EXC(vm, BaseExceptionGroup));
}

static AyValue eg_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, ayType_name(type), kwnames)) return AY_NULL;
    if (nargs != 2)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                            nargs);
    if (!ayV_is_str(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
                            args[0]);
    AyValue *items;
    int64_t n;
    if (!ayV_is_tuple(vm, args[1]) && !ayV_is_list(vm, args[1]) && !ayV_type(vm, args[1])->getitem)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "second argument (exceptions) must be a sequence");
    AyValue seq = ayObj_sequence_items(vm, args[1], &items, &n);
    if (!seq) return AY_NULL;
    if (n == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_exc(vm, items[i]))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "Item %lld of second argument (exceptions) is not an exception",
                                (long long)i);
        if (!ayType_is_subtype(ayV_type(vm, items[i]), AY_EXC(vm, Exception))) all_exc = false;
    }
    if (type == AY_EXC(vm, BaseExceptionGroup) && all_exc) type = AY_EXC(vm, ExceptionGroup);
    if (ayType_is_subtype(type, AY_EXC(vm, Exception)) && !all_exc) {
        if (type == AY_EXC(vm, ExceptionGroup))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "Cannot nest BaseExceptions in an ExceptionGroup");
        return ayErr_format(vm, AY_EXC(vm, TypeError), "Cannot nest BaseExceptions in '%s'", ayType_name(type));
    }
    AyExc *e = (AyExc *)ayGC_new(vm, type, type->basic_size);
    if (!e) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(e));
    AyValue t = ayTuple_from_items(vm, args, 2);
    AyValue excs = t ? ayTuple_from_items(vm, items, n) : AY_NULL;
    bool ok = t && excs;
    if (ok) ((AyExcGroup *)e)->exceptions = excs;
    ayGC_pop_roots(vm, 1);
    if (!ok) return AY_NULL;
    e->args = AY_AS(AyTuple, t);
    return ayV_from_obj(e);
}

static AyValue eg_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) { return AY_NONE; }

static AyValue eg_str(AyVM *vm, AyValue self) {
    int64_t n = AY_AS(AyTuple, eg_exceptions(vm, self))->len;
    return ayStr_from_fmt(vm, "%S (%lld sub-exception%s)", eg_message(vm, self), (long long)n, n == 1 ? "" : "s");
}

static AyValue eg_message_get(AyVM *vm, AyValue self) { return eg_message(vm, self); }
static AyValue eg_exceptions_get(AyVM *vm, AyValue self) { return eg_exceptions(vm, self); }

static const AyGetSetDef eg_getsets[] = {
    {"message", eg_message_get, NULL},
    {"exceptions", eg_exceptions_get, NULL},
    {NULL},
};

// Does a leaf exception match the condition (type, tuple of types, predicate)?
static int leaf_matches(AyVM *vm, AyValue exc, AyValue cond) {
    if (ayV_is_typeobj(vm, cond) || ayV_is_tuple(vm, cond)) return ayObj_isinstance(vm, exc, cond);
    AyValue r = ayObj_call1(vm, cond, exc);
    return r ? ayObj_truth(vm, r) : -1;
}

// derive(excs) plus copying traceback/cause/context/notes, as split() does.
static AyValue derive_copy(AyVM *vm, AyValue eg, AyValue excs) {
    AyValue args[2] = {eg, excs};
    AyValue g = ayObj_call_method(vm, eg, ayStr_intern_c(vm, "derive"), args, 1);
    if (!g) return AY_NULL;
    if (!ayV_is_exc(vm, g)) return g;
    AyExc *d = AY_AS(AyExc, g), *s = AY_AS(AyExc, eg);
    d->traceback = s->traceback;
    d->cause = s->cause;
    d->context = s->context;
    d->suppress_context = s->suppress_context;
    AyValue notes = ayObj_getattr_opt(vm, eg, vm->s.__notes__);
    ayErr_clear(vm);
    if (notes) ayObj_generic_setattr(vm, g, vm->s.__notes__, notes);
    return g;
}

// Splits `eg` by condition into (match, rest); either may be AY_NONE.
static bool split(AyVM *vm, AyValue eg, AyValue cond, AyValue *match, AyValue *rest) {
    int m = leaf_matches(vm, eg, cond);
    if (m < 0) return false;
    if (m) {
        *match = eg;
        *rest = AY_NONE;
        return true;
    }
    if (!is_group(vm, eg)) {
        *match = AY_NONE;
        *rest = eg;
        return true;
    }
    AyTuple *excs = AY_AS(AyTuple, eg_exceptions(vm, eg));
    AyList *ml = ayList_new(vm, 0), *rl = ayList_new(vm, 0);
    if (!ml || !rl) return false;
    ayGC_push_root(vm, ayV_from_obj(ml));
    ayGC_push_root(vm, ayV_from_obj(rl));
    bool ok = true;
    for (int64_t i = 0; i < excs->len && ok; i++) {
        AyValue sm, sr;
        if (!split(vm, excs->items[i], cond, &sm, &sr)) ok = false;
        else {
            if (sm != AY_NONE) ok = ayList_append(vm, ml, sm);
            if (ok && sr != AY_NONE) ok = ayList_append(vm, rl, sr);
        }
    }
    *match = *rest = AY_NONE;
    if (ok && ml->len) {
        // derive() gets the list itself, as in CPython (it shows in the repr)
        *match = derive_copy(vm, eg, ayV_from_obj(ml));
        ok = *match != AY_NULL;
    }
    if (ok && rl->len) {
        if (*match != AY_NONE) ayGC_push_root(vm, *match);
        *rest = derive_copy(vm, eg, ayV_from_obj(rl));
        if (*match != AY_NONE) ayGC_pop_roots(vm, 1);
        ok = *rest != AY_NULL;
    }
    ayGC_pop_roots(vm, 2);
    return ok;
}

static AyValue m_split(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "split", nargs - 1, 1, 1)) return AY_NULL;
    AyValue m, r;
    if (!split(vm, args[0], args[1], &m, &r)) return AY_NULL;
    return ayTuple_pack2(vm, m, r);
}

static AyValue m_subgroup(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "subgroup", nargs - 1, 1, 1)) return AY_NULL;
    AyValue m, r;
    if (!split(vm, args[0], args[1], &m, &r)) return AY_NULL;
    return m;
}

static AyValue m_derive(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "derive", nargs - 1, 1, 1)) return AY_NULL;
    AyValue a[2] = {eg_message(vm, args[0]), args[1]};
    return eg_new(vm, AY_EXC(vm, BaseExceptionGroup), a, 2, AY_NULL);
}

static const AyMethodDef eg_methods[] = {
    {"split", m_split, 0, NULL},
    {"subgroup", m_subgroup, 0, NULL},
    {"derive", m_derive, 0, NULL},
    {NULL},
};

// CHECK_EG_MATCH: returns the matching part (or None) and sets *rest.
AyValue ayExcGroup_match(AyVM *vm, AyValue exc, AyValue type, AyValue *rest) {
    if (!is_group(vm, exc)) {
        if (ayObj_isinstance(vm, exc, type) > 0) {
            // a naked exception caught by except* is wrapped in a group
            AyValue excs = ayTuple_from_items(vm, &exc, 1);
            if (!excs) return AY_NULL;
            AyValue a[2] = {ayV_from_obj(vm->empty_str), excs};
            AyValue g = eg_new(vm, AY_EXC(vm, BaseExceptionGroup), a, 2, AY_NULL);
            if (!g) return AY_NULL;
            AY_AS(AyExc, g)->traceback = AY_AS(AyExc, exc)->traceback;
            *rest = AY_NONE;
            return g;
        }
        *rest = exc;
        return AY_NONE;
    }
    AyValue m, r;
    if (!split(vm, exc, type, &m, &r)) return AY_NULL;
    *rest = r;
    return m;
}

// PREP_RERAISE_STAR: `list` holds exceptions raised in except* bodies and,
// last, the unhandled rest. Returns what to re-raise, or None.
AyValue ayExcGroup_prep_reraise(AyVM *vm, AyValue orig, AyValue listv) {
    AyList *l = AY_AS(AyList, listv);
    AyList *raised = ayList_new(vm, 0);
    if (!raised) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(raised));
    AyValue rest = l->len ? l->items[l->len - 1] : AY_NONE;
    for (int64_t i = 0; i + 1 < l->len; i++)
        if (l->items[i] != AY_NONE && !ayList_append(vm, raised, l->items[i])) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    AyValue r;
    if (raised->len == 0) {
        r = rest;
    } else {
        if (rest != AY_NONE && !ayList_append(vm, raised, rest)) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        if (raised->len == 1 && rest == AY_NONE) {
            r = raised->items[0];
        } else {
            AyValue excs = ayTuple_from_items(vm, raised->items, raised->len);
            AyValue a[2] = {ayV_from_obj(vm->empty_str), excs};
            r = excs ? eg_new(vm, AY_EXC(vm, BaseExceptionGroup), a, 2, AY_NULL) : AY_NULL;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static void eg_trace(AyVM *vm, AyObj *o) {
    AY_EXC(vm, BaseException)->trace(vm, o);
    ayGC_mark(vm, ((AyExcGroup *)o)->exceptions);
}

void ayExcGroup_setup(AyVM *vm) {
    AyType *beg = AY_EXC(vm, BaseExceptionGroup), *eg = AY_EXC(vm, ExceptionGroup);
    beg->basic_size = eg->basic_size = sizeof(AyExcGroup);
    beg->trace = eg->trace = eg_trace;
    beg->tp_new = eg_new;
    beg->tp_init = eg_init;
    beg->str = eg_str;
    ayType_add_methods(vm, beg, eg_methods);
    ayType_add_getsets(vm, beg, eg_getsets);
    eg->tp_new = eg_new;
    eg->tp_init = eg_init;
    eg->str = eg_str;
    ayType_add_slot_wrappers(vm, beg);  // the slots above were set after ayType_ready
    // ExceptionGroup(BaseExceptionGroup, Exception)
    AyValue bases[2] = {ayV_from_obj(beg), ayV_from_obj(AY_EXC(vm, Exception))};
    eg->bases = AY_AS(AyTuple, ayTuple_from_items(vm, bases, 2));
    AyValue mro[5] = {ayV_from_obj(eg), ayV_from_obj(beg), ayV_from_obj(AY_EXC(vm, Exception)),
                      ayV_from_obj(AY_EXC(vm, BaseException)), ayV_from_obj(vm->t_object)};
    eg->mro = AY_AS(AyTuple, ayTuple_from_items(vm, mro, 5));
    vm->type_epoch++;  // lookups cached under the old MRO are stale
}
