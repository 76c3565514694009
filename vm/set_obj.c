// set and frozenset as scripts see them: operators, methods, repr, hashing,
// construction and iteration. The algorithms are in set.c.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

#define SELF AY_AS(AySet, args[0])

AyValue aySetObj_from_iterable(AyVM *vm, AyValue it) {
    AySet *s = aySet_new_like(vm, vm->t_set, it);
    return s ? ayV_from_obj(s) : AY_NULL;
}

// {==== slots

static AyValue set_repr(AyVM *vm, AyValue v) {
    AySet *s = AY_AS(AySet, v);
    const char *name = ayType_name(ayV_type(vm, v));
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayStr_from_fmt(vm, "%s(...)", name);
    if (s->used == 0) {
        aySeq_repr_leave(vm, v);
        return ayStr_from_fmt(vm, "%s()", name);
    }
    // the keys are listed first: their reprs may change the set
    AyValue keys = ayObj_to_list(vm, v);
    if (!keys) {
        aySeq_repr_leave(vm, v);
        return AY_NULL;
    }
    ayGC_push_root(vm, keys);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool plain = ayV_type(vm, v) == vm->t_set, ok = true;
    if (!plain) ayBuf_printf(&b, "%s(", name);
    ayBuf_addc(&b, '{');
    AyList *l = AY_AS(AyList, keys);
    for (int64_t i = 0; ok && i < l->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_repr(&b, l->items[i]);
    }
    ayBuf_addc(&b, '}');
    if (!plain) ayBuf_addc(&b, ')');
    ayGC_pop_roots(vm, 1);
    aySeq_repr_leave(vm, v);
    if (!ok || b.failed) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

static int64_t set_len(AyVM *vm, AyValue v) { return AY_AS(AySet, v)->used; }

// `x in s`; an unhashable set key is looked up as the equal frozenset.
static int set_contains(AyVM *vm, AyValue c, AyValue key) {
    int r = aySet_contains(vm, AY_AS(AySet, c), key);
    if (r < 0 && ayErr_matches(vm, AY_EXC(vm, TypeError)) && ayV_is_obj(key) &&
        ayType_is_subtype(ayV_obj(key)->type, vm->t_set)) {
        ayErr_clear(vm);
        AySet *f = aySet_new_like(vm, vm->t_frozenset, key);
        if (!f) return -1;
        return aySet_contains(vm, AY_AS(AySet, c), ayV_from_obj(f));
    }
    return r;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

// CPython's frozenset hash: order-independent over the slots' hashes.
static int64_t frozenset_hash(AyVM *vm, AyValue v) {
    AySet *s = AY_AS(AySet, v);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    // take out the effect of an odd number of empty and of dummy slots
    if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1) hash = 590923713ull;
    s->hash = (int64_t)hash;
    return s->hash;
}

static AyValue bool_or_null(int r) { return r < 0 ? AY_NULL : ayV_bool(r); }

static AyValue set_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    AySet *x = AY_AS(AySet, a), *y = AY_AS(AySet, b);
    switch (op) {
    case AY_EQ:
    case AY_NE: {
        int r;
        if (x->used != y->used) r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
        else r = aySet_issubset(vm, x, b);
        if (r < 0) return AY_NULL;
        return ayV_bool(op == AY_EQ ? r : !r);
    }
    case AY_LE: return bool_or_null(aySet_issubset(vm, x, b));
    case AY_GE: return bool_or_null(aySet_issuperset(vm, x, b));
    case AY_LT: return x->used >= y->used ? AY_FALSE : bool_or_null(aySet_issubset(vm, x, b));
    default: return x->used <= y->used ? AY_FALSE : bool_or_null(aySet_issuperset(vm, x, b));
    }
}

// }====
// {==== operators

static AyValue set_or(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, a) || !aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    AySet *r = aySet_new_like(vm, ayV_type(vm, a), a);
    if (!r || a == b) return r ? ayV_from_obj(r) : AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    int ok = aySet_update(vm, r, b);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : ayV_from_obj(r);
}

static AyValue set_and(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, a) || !aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_intersection(vm, AY_AS(AySet, a), b);
}

static AyValue set_sub(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, a) || !aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_difference(vm, AY_AS(AySet, a), b);
}

static AyValue set_xor(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, a) || !aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_symmetric_difference(vm, AY_AS(AySet, a), b);
}

static AyValue set_ior(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_update(vm, AY_AS(AySet, a), b) < 0 ? AY_NULL : a;
}

static AyValue set_iand(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    AyValue r = aySet_intersection(vm, AY_AS(AySet, a), b);
    if (!r) return AY_NULL;
    aySet_swap_bodies(vm, AY_AS(AySet, a), AY_AS(AySet, r));
    return a;
}

static AyValue set_isub(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_difference_update(vm, AY_AS(AySet, a), b) < 0 ? AY_NULL : a;
}

static AyValue set_ixor(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_symmetric_difference_update(vm, AY_AS(AySet, a), b) < 0 ? AY_NULL : a;
}

// }====
// {==== methods

static bool no_kw(AyVM *vm, const char *name, AyValue kw) {
    if (!kw || !AY_AS(AyTuple, kw)->len) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes no keyword arguments", name);
    return false;
}

static AyValue set_copy(AyVM *vm, AyValue self) {
    AySet *c = aySet_new_like(vm, ayV_type(vm, self), self);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static AyValue m_union(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, ayV_is_type(vm, args[0], vm->t_frozenset) ? "frozenset.union" : "set.union", kw)) return AY_NULL;
    AyValue r = set_copy(vm, args[0]);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, r);
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (aySet_update(vm, AY_AS(AySet, r), args[i]) < 0) {
            r = AY_NULL;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue intersection_multi(AyVM *vm, AyValue *args, int nargs) {
    if (nargs == 1) return set_copy(vm, args[0]);
    AyValue r = args[0];
    for (int i = 1; i < nargs; i++) {
        ayGC_push_root(vm, r);
        AyValue next = aySet_intersection(vm, AY_AS(AySet, r), args[i]);
        ayGC_pop_roots(vm, 1);
        if (!next) return AY_NULL;
        r = next;
    }
    return r;
}

static AyValue m_intersection(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, "set.intersection", kw)) return AY_NULL;
    return intersection_multi(vm, args, nargs);
}

static AyValue m_intersection_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, "set.intersection_update", kw)) return AY_NULL;
    AyValue r = intersection_multi(vm, args, nargs);
    if (!r) return AY_NULL;
    aySet_swap_bodies(vm, SELF, AY_AS(AySet, r));
    return AY_NONE;
}

static AyValue m_difference(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, "set.difference", kw)) return AY_NULL;
    if (nargs == 1) return set_copy(vm, args[0]);
    AyValue r = aySet_difference(vm, SELF, args[1]);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, r);
    for (int i = 2; i < nargs; i++) {
        if (aySet_difference_update(vm, AY_AS(AySet, r), args[i]) < 0) {
            r = AY_NULL;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_difference_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, "set.difference_update", kw)) return AY_NULL;
    for (int i = 1; i < nargs; i++)
        if (aySet_difference_update(vm, SELF, args[i]) < 0) return AY_NULL;
    return AY_NONE;
}

static AyValue m_symmetric_difference(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.symmetric_difference", nargs - 1, kw, 1, 1)) return AY_NULL;
    return aySet_symmetric_difference(vm, SELF, args[1]);
}

static AyValue m_symmetric_difference_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.symmetric_difference_update", nargs - 1, kw, 1, 1)) return AY_NULL;
    return aySet_symmetric_difference_update(vm, SELF, args[1]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue m_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!no_kw(vm, "set.update", kw)) return AY_NULL;
    for (int i = 1; i < nargs; i++)
        if (aySet_update(vm, SELF, args[i]) < 0) return AY_NULL;
    return AY_NONE;
}

static AyValue m_add(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.add", nargs - 1, kw, 1, 1)) return AY_NULL;
    return aySet_add(vm, SELF, args[1]) < 0 ? AY_NULL : AY_NONE;
}

// discard/remove accept a set as the equal frozenset, like `in`.
static int discard_key(AyVM *vm, AySet *s, AyValue key) {
    int r = aySet_discard(vm, s, key);
    if (r < 0 && ayErr_matches(vm, AY_EXC(vm, TypeError)) && ayV_is_obj(key) &&
        ayType_is_subtype(ayV_obj(key)->type, vm->t_set)) {
        ayErr_clear(vm);
        AySet *f = aySet_new_like(vm, vm->t_frozenset, key);
        if (!f) return -1;
        r = aySet_discard(vm, s, ayV_from_obj(f));
    }
    return r;
}

static AyValue m_discard(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.discard", nargs - 1, kw, 1, 1)) return AY_NULL;
    return discard_key(vm, SELF, args[1]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue m_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.remove", nargs - 1, kw, 1, 1)) return AY_NULL;
    int r = discard_key(vm, SELF, args[1]);
    if (r < 0) return AY_NULL;
    if (!r) return ayErr_set_value(vm, AY_EXC(vm, KeyError), args[1]);
    return AY_NONE;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.pop", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyValue k = aySet_pop(vm, SELF);
    return k ? k : ayErr_format(vm, AY_EXC(vm, KeyError), "pop from an empty set");
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.clear", nargs - 1, kw, 0, 0)) return AY_NULL;
    aySet_clear(vm, SELF);
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    bool frozen = ayType_is_subtype(ayV_type(vm, args[0]), vm->t_frozenset);
    if (!aySeq_args(vm, frozen ? "frozenset.copy" : "set.copy", nargs - 1, kw, 0, 0)) return AY_NULL;
    if (ayV_type(vm, args[0]) == vm->t_frozenset) return args[0];
    return set_copy(vm, args[0]);
}

static AyValue m_issubset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.issubset", nargs - 1, kw, 1, 1)) return AY_NULL;
    return bool_or_null(aySet_issubset(vm, SELF, args[1]));
}

static AyValue m_issuperset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.issuperset", nargs - 1, kw, 1, 1)) return AY_NULL;
    return bool_or_null(aySet_issuperset(vm, SELF, args[1]));
}

static AyValue m_isdisjoint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.isdisjoint", nargs - 1, kw, 1, 1)) return AY_NULL;
    return bool_or_null(aySet_isdisjoint(vm, SELF, args[1]));
}

static AyValue m_contains(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "set.__contains__", nargs - 1, kw, 1, 1)) return AY_NULL;
    return bool_or_null(set_contains(vm, args[0], args[1]));
}

static AyValue m_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue keys = ayObj_to_list(vm, args[0]);
    if (!keys) return AY_NULL;
    AyValue t = ayTuple_from_items(vm, &keys, 1);
    if (!t) return AY_NULL;
    AyValue items[3] = {ayV_from_obj(ayV_type(vm, args[0])), t, AY_NONE};
    return ayTuple_from_items(vm, items, 3);
}

static AyValue m_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AySet *s = SELF;
    return ayV_small(200 + (s->mask > 7 ? 16 * (s->mask + 1) : 0));
}

static const AyMethodDef set_methods[] = {
    {"add", m_add, 0, NULL},
    {"discard", m_discard, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"update", m_update, 0, NULL},
    {"intersection_update", m_intersection_update, 0, NULL},
    {"difference_update", m_difference_update, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, NULL},
    {"union", m_union, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

static const AyMethodDef frozenset_methods[] = {
    {"copy", m_copy, 0, NULL},
    {"union", m_union, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====
// {==== construction and iteration

// set.__new__ ignores its arguments (__init__ takes them).
static AyValue set_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (type == vm->t_set && !ayArg_no_kw(vm, "set", kwnames)) return AY_NULL;
    if (type == vm->t_set && !ayArg_count(vm, "set", nargs, 0, 1)) return AY_NULL;
    AySet *s = aySet_new(vm, type);
    return s ? ayV_from_obj(s) : AY_NULL;
}

static AyValue set_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "set", kwnames)) return AY_NULL;
    if (!ayArg_count(vm, ayType_name(ayV_type(vm, self)), nargs, 0, 1)) return AY_NULL;
    AySet *s = AY_AS(AySet, self);
    if (s->fill) aySet_clear(vm, s);
    s->hash = -1;
    if (nargs && aySet_update(vm, s, args[0]) < 0) return AY_NULL;
    return AY_NONE;
}

static AyValue frozenset_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if ((type == vm->t_frozenset || type->tp_init == vm->t_frozenset->tp_init) && !ayArg_no_kw(vm, "frozenset", kwnames))
        return AY_NULL;
    if (!ayArg_count(vm, ayType_name(type), nargs, 0, 1)) return AY_NULL;
    // frozenset(f) is f itself
    if (type == vm->t_frozenset && nargs == 1 && ayV_type(vm, args[0]) == vm->t_frozenset) return args[0];
    AySet *s = aySet_new(vm, type);
    if (!s) return AY_NULL;
    if (nargs == 1) {
        ayGC_push_root(vm, ayV_from_obj(s));
        int r = aySet_update(vm, s, args[0]);
        ayGC_pop_roots(vm, 1);
        if (r < 0) return AY_NULL;
    }
    return ayV_from_obj(s);
}

typedef struct SetIter {
    AyObj hdr;
    AySet *set;          // NULL once exhausted
    int64_t pos, used, left;
} SetIter;

static void setiter_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((SetIter *)o)->set); }

static AyValue set_iter(AyVM *vm, AyValue v) {
    SetIter *it = AY_NEW(vm, SetIter, vm->t_set_iterator);
    if (!it) return AY_NULL;
    it->set = AY_AS(AySet, v);
    it->used = it->left = it->set->used;
    return ayV_from_obj(it);
}

static AyValue setiter_next(AyVM *vm, AyValue v) {
    SetIter *it = AY_AS(SetIter, v);
    AySet *s = it->set;
    if (!s) return AY_NULL;
    if (s->used != it->used) {
        it->used = -1;  // stays an error on every later call
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Set changed size during iteration");
    }
    AyValue k;
    if (aySet_next(s, &it->pos, &k)) {
        it->left--;
        return k;
    }
    it->set = NULL;
    return AY_NULL;
}

static AyValue setiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    SetIter *it = AY_AS(SetIter, args[0]);
    return ayV_small(it->set && it->used == it->set->used ? it->left : 0);
}

static const AyMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL},
};

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// }====

void aySetObj_setup(AyVM *vm) {
    AyType *types[] = {vm->t_set, vm->t_frozenset};
    for (int i = 0; i < 2; i++) {
        AyType *t = types[i];
        t->repr = set_repr;
        t->len = set_len;
        t->contains = set_contains;
        t->richcmp = set_richcmp;
        t->iter = set_iter;
        t->binop[AY_BINOP_OR] = set_or;
        t->binop[AY_BINOP_AND] = set_and;
        t->binop[AY_BINOP_SUB] = set_sub;
        t->binop[AY_BINOP_XOR] = set_xor;
    }
    AyType *st = vm->t_set, *ft = vm->t_frozenset;
    st->tp_new = set_new;
    st->tp_init = set_init;
    st->binop[AY_BINOP_COUNT + AY_BINOP_OR] = set_ior;
    st->binop[AY_BINOP_COUNT + AY_BINOP_AND] = set_iand;
    st->binop[AY_BINOP_COUNT + AY_BINOP_SUB] = set_isub;
    st->binop[AY_BINOP_COUNT + AY_BINOP_XOR] = set_ixor;
    ft->tp_new = frozenset_new;
    ft->hash = frozenset_hash;
    ayType_add_methods(vm, st, set_methods);
    ayType_add_methods(vm, ft, frozenset_methods);
    AyType *it = vm->t_set_iterator;
    it->basic_size = sizeof(SetIter);
    it->trace = setiter_trace;
    it->iter = iter_self;
    it->next = setiter_next;
    ayType_add_methods(vm, it, setiter_methods);
}
