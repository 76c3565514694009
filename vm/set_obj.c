// set and frozenset as scripts see them: operators, methods, repr, hashing.
// Algorithms (which operand is iterated, in which order) follow CPython so
// results iterate in the same order.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

bool aySet_is_anyset(AyVM *vm, AyValue v);
int aySet_merge(AyVM *vm, AySet *s, AySet *o);

#define SELF AY_AS(AySet, args[0])

static AyType *result_type(AyVM *vm, AyValue v) {
    return ayType_is_subtype(ayV_type(vm, v), vm->t_frozenset) ? vm->t_frozenset : vm->t_set;
}

AyValue aySetObj_from_iterable(AyVM *vm, AyValue it) {
    AySet *s = aySet_new(vm, vm->t_set);
    if (!s) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(s));
    int r = aySet_update(vm, s, it);
    ayGC_pop_roots(vm, 1);
    return r < 0 ? AY_NULL : ayV_from_obj(s);
}

static AySet *copy_set(AyVM *vm, AySet *src, AyType *type) {
    AySet *s = aySet_new(vm, type);
    if (!s) return NULL;
    if (aySet_merge(vm, s, src) < 0) return NULL;
    return s;
}

// {==== slots

static AyValue set_repr(AyVM *vm, AyValue v) {
    AySet *s = AY_AS(AySet, v);
    bool frozen = !ayType_is_subtype(ayV_type(vm, v), vm->t_set);
    const char *name = ayType_name(ayV_type(vm, v));
    if (s->used == 0) return ayStr_from_fmt(vm, "%s()", name);
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayStr_from_fmt(vm, "%s(...)", name);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool plain = ayV_type(vm, v) == vm->t_set;
    if (!plain) ayBuf_printf(&b, "%s(", name);
    ayBuf_addc(&b, '{');
    int64_t pos = 0;
    AyValue k;
    bool first = true;
    while (aySet_next(s, &pos, &k) && !b.failed) {
        if (!first) ayBuf_add(&b, ", ", 2);
        first = false;
        ayBuf_add_repr(&b, k);
    }
    ayBuf_addc(&b, '}');
    if (!plain) ayBuf_addc(&b, ')');
    (void)frozen;
    aySeq_repr_leave(vm, v);
    return ayBuf_finish(&b);
}

static int64_t set_len(AyVM *vm, AyValue v) { return AY_AS(AySet, v)->used; }

static int set_contains(AyVM *vm, AyValue c, AyValue key) {
    int r = aySet_contains(vm, AY_AS(AySet, c), key);
    if (r < 0 && ayErr_matches(vm, AY_EXC(vm, TypeError)) && aySet_is_anyset(vm, key)) {
        // a set key is looked up as the equivalent frozenset
        ayErr_clear(vm);
        AySet *f = copy_set(vm, AY_AS(AySet, key), vm->t_frozenset);
        if (!f) return -1;
        return aySet_contains(vm, AY_AS(AySet, c), ayV_from_obj(f));
    }
    return r;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

static int64_t frozenset_hash(AyVM *vm, AyValue v) {
    AySet *s = AY_AS(AySet, v);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    int64_t slots = s->table ? s->mask + 1 : 8;
    for (int64_t i = 0; s->table && i < slots; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((slots - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1) hash = 590923713ull;
    s->hash = (int64_t)hash;
    return s->hash;
}

static int is_subset(AyVM *vm, AySet *a, AySet *b) {
    if (a->used > b->used) return 0;
    int64_t pos = 0;
    AyValue k;
    while (aySet_next(a, &pos, &k)) {
        int r = aySet_contains(vm, b, k);
        if (r <= 0) return r;
    }
    return 1;
}

static AyValue set_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    AySet *x = AY_AS(AySet, a), *y = AY_AS(AySet, b);
    int r;
    switch (op) {
    case AY_EQ:
    case AY_NE:
        if (x->used != y->used) return ayV_bool(op == AY_NE);
        r = is_subset(vm, x, y);
        if (r < 0) return AY_NULL;
        return ayV_bool(op == AY_EQ ? r : !r);
    case AY_LE: r = is_subset(vm, x, y); break;
    case AY_GE: r = is_subset(vm, y, x); break;
    case AY_LT: r = x->used < y->used ? is_subset(vm, x, y) : 0; break;
    default: r = x->used > y->used ? is_subset(vm, y, x) : 0; break;
    }
    return r < 0 ? AY_NULL : ayV_bool(r);
}

// }====
// {==== the operations

static AyValue set_union(AyVM *vm, AySet *a, AyValue other, AyType *type) {
    AySet *r = copy_set(vm, a, type);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    int ok = aySet_update(vm, r, other);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : ayV_from_obj(r);
}

static AyValue set_intersection(AyVM *vm, AySet *a, AyValue other, AyType *type) {
    AySet *r = aySet_new(vm, type);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    AyValue result = ayV_from_obj(r);
    if (aySet_is_anyset(vm, other)) {
        AySet *o = AY_AS(AySet, other), *s = a;
        if (o->used > s->used) {
            AySet *t = s;
            s = o;
            o = t;
        }
        // iterate the smaller, probe the larger
        int64_t pos = 0;
        AyValue k;
        while (aySet_next(o, &pos, &k)) {
            int c = aySet_contains(vm, s, k);
            if (c < 0 || (c && aySet_add(vm, r, k) < 0)) {
                result = AY_NULL;
                break;
            }
        }
    } else {
        AyValue it = ayObj_iter(vm, other);
        if (!it) result = AY_NULL;
        else {
            ayGC_push_root(vm, it);
            for (AyValue k; (k = ayObj_next(vm, it));) {
                int c = aySet_contains(vm, a, k);
                if (c < 0 || (c && aySet_add(vm, r, k) < 0)) {
                    result = AY_NULL;
                    break;
                }
            }
            if (ayErr_occurred(vm)) result = AY_NULL;
            ayGC_pop_roots(vm, 1);
        }
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

static AyValue set_difference(AyVM *vm, AySet *a, AyValue other, AyType *type) {
    AySet *r = aySet_new(vm, type);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    AyValue result = ayV_from_obj(r);
    AyValue o = other;
    if (!aySet_is_anyset(vm, other) && !ayV_is_dict(vm, other)) {
        o = aySetObj_from_iterable(vm, other);
        if (!o) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    }
    ayGC_push_root(vm, o);
    int64_t pos = 0;
    AyValue k;
    while (aySet_next(a, &pos, &k)) {
        int c = ayV_is_dict(vm, o) ? (ayDict_get(vm, AY_AS(AyDict, o), k) != AY_NULL) : aySet_contains(vm, AY_AS(AySet, o), k);
        if (ayErr_occurred(vm)) c = -1;
        if (c < 0 || (!c && aySet_add(vm, r, k) < 0)) {
            result = AY_NULL;
            break;
        }
    }
    ayGC_pop_roots(vm, 2);
    return result;
}

static AyValue set_symdiff(AyVM *vm, AySet *a, AyValue other, AyType *type) {
    AyValue o = aySet_is_anyset(vm, other) ? other : aySetObj_from_iterable(vm, other);
    if (!o) return AY_NULL;
    ayGC_push_root(vm, o);
    AySet *r = copy_set(vm, a, type);
    AyValue result = r ? ayV_from_obj(r) : AY_NULL;
    if (r) {
        ayGC_push_root(vm, result);
        int64_t pos = 0;
        AyValue k;
        while (aySet_next(AY_AS(AySet, o), &pos, &k)) {
            int d = aySet_discard(vm, r, k);
            if (d < 0 || (!d && aySet_add(vm, r, k) < 0)) {
                result = AY_NULL;
                break;
            }
        }
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

#define SET_BINOP(fname, impl) \
    static AyValue fname(AyVM *vm, AyValue a, AyValue b) { \
        if (!aySet_is_anyset(vm, a) || !aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED; \
        return impl(vm, AY_AS(AySet, a), b, result_type(vm, a)); \
    }
SET_BINOP(set_or, set_union)
SET_BINOP(set_and, set_intersection)
SET_BINOP(set_sub, set_difference)
SET_BINOP(set_xor, set_symdiff)
#undef SET_BINOP

// In-place forms mutate a set.
static void replace_contents(AyVM *vm, AySet *dst, AySet *src) {
    AySetEntry *t = dst->table;
    int64_t m = dst->mask;
    dst->table = src->table;
    dst->mask = src->mask;
    dst->fill = src->fill;
    dst->used = src->used;
    src->table = t;
    src->mask = m;
    src->fill = src->used = 0;
    (void)vm;
}

#define SET_IOP(fname, impl) \
    static AyValue fname(AyVM *vm, AyValue a, AyValue b) { \
        if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED; \
        AyValue r = impl(vm, AY_AS(AySet, a), b, vm->t_set); \
        if (!r) return AY_NULL; \
        replace_contents(vm, AY_AS(AySet, a), AY_AS(AySet, r)); \
        return a; \
    }
SET_IOP(set_iand, set_intersection)
SET_IOP(set_isub, set_difference)
SET_IOP(set_ixor, set_symdiff)
#undef SET_IOP

static AyValue set_ior(AyVM *vm, AyValue a, AyValue b) {
    if (!aySet_is_anyset(vm, b)) return AY_NOTIMPLEMENTED;
    return aySet_update(vm, AY_AS(AySet, a), b) < 0 ? AY_NULL : a;
}

// }====
// {==== methods

static AyValue multi(AyVM *vm, AyValue *args, int nargs, AyValue (*op)(AyVM *, AySet *, AyValue, AyType *)) {
    AyType *type = result_type(vm, args[0]);
    if (nargs == 1) {
        AySet *c = copy_set(vm, SELF, type);
        return c ? ayV_from_obj(c) : AY_NULL;
    }
    AyValue r = args[0];
    for (int i = 1; i < nargs; i++) {
        ayGC_push_root(vm, r);
        AyValue next = op(vm, AY_AS(AySet, r), args[i], type);
        ayGC_pop_roots(vm, 1);
        if (!next) return AY_NULL;
        r = next;
    }
    return r;
}

static AyValue m_union(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return multi(vm, args, nargs, set_union); }
static AyValue m_intersection(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return multi(vm, args, nargs, set_intersection);
}
static AyValue m_difference(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return multi(vm, args, nargs, set_difference);
}
static AyValue m_symmetric_difference(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "symmetric_difference", nargs - 1, 1, 1)) return AY_NULL;
    return set_symdiff(vm, SELF, args[1], result_type(vm, args[0]));
}

static AyValue inplace_multi(AyVM *vm, AyValue *args, int nargs, AyValue (*op)(AyVM *, AySet *, AyValue, AyType *)) {
    for (int i = 1; i < nargs; i++) {
        AyValue r = op(vm, SELF, args[i], vm->t_set);
        if (!r) return AY_NULL;
        replace_contents(vm, SELF, AY_AS(AySet, r));
    }
    return AY_NONE;
}

static AyValue m_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    for (int i = 1; i < nargs; i++)
        if (aySet_update(vm, SELF, args[i]) < 0) return AY_NULL;
    return AY_NONE;
}
static AyValue m_intersection_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return inplace_multi(vm, args, nargs, set_intersection);
}
static AyValue m_difference_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return inplace_multi(vm, args, nargs, set_difference);
}
static AyValue m_symmetric_difference_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "symmetric_difference_update", nargs - 1, 1, 1)) return AY_NULL;
    return inplace_multi(vm, args, nargs, set_symdiff);
}

static AyValue m_add(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "add", nargs - 1, 1, 1)) return AY_NULL;
    return aySet_add(vm, SELF, args[1]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue m_discard(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "discard", nargs - 1, 1, 1)) return AY_NULL;
    return aySet_discard(vm, SELF, args[1]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue m_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "remove", nargs - 1, 1, 1)) return AY_NULL;
    int r = aySet_discard(vm, SELF, args[1]);
    if (r < 0) return AY_NULL;
    if (!r) return ayErr_set_value(vm, AY_EXC(vm, KeyError), args[1]);
    return AY_NONE;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "pop", nargs - 1, 0, 0)) return AY_NULL;
    AySet *s = SELF;
    if (s->used == 0) return ayErr_format(vm, AY_EXC(vm, KeyError), "pop from an empty set");
    AySetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (!e->key || e->key == vm->dummy) {
        e++;
        if (e > limit) e = s->table;
    }
    AyValue k = e->key;
    e->key = vm->dummy;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return k;
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AySet *s = SELF;
    if (s->table) ayMem_free(vm, s->table, sizeof(AySetEntry) * (size_t)(s->mask + 1));
    s->table = NULL;
    s->mask = s->fill = s->used = 0;
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyType *t = result_type(vm, args[0]);
    if (t == vm->t_frozenset && ayV_type(vm, args[0]) == vm->t_frozenset) return args[0];
    AySet *c = copy_set(vm, SELF, t);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static AyValue as_set(AyVM *vm, AyValue v) { return aySet_is_anyset(vm, v) ? v : aySetObj_from_iterable(vm, v); }

static AyValue m_issubset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "issubset", nargs - 1, 1, 1)) return AY_NULL;
    AyValue o = as_set(vm, args[1]);
    if (!o) return AY_NULL;
    int r = is_subset(vm, SELF, AY_AS(AySet, o));
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue m_issuperset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "issuperset", nargs - 1, 1, 1)) return AY_NULL;
    AyValue o = as_set(vm, args[1]);
    if (!o) return AY_NULL;
    int r = is_subset(vm, AY_AS(AySet, o), SELF);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue m_isdisjoint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "isdisjoint", nargs - 1, 1, 1)) return AY_NULL;
    AyValue o = as_set(vm, args[1]);
    if (!o) return AY_NULL;
    int64_t pos = 0;
    AyValue k;
    while (aySet_next(AY_AS(AySet, o), &pos, &k)) {
        int r = aySet_contains(vm, SELF, k);
        if (r < 0) return AY_NULL;
        if (r) return AY_FALSE;
    }
    return AY_TRUE;
}

static AyValue m_contains(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int r = set_contains(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue m_class_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

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
    {"__class_getitem__", m_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
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
    {"__class_getitem__", m_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====
// {==== construction and iteration

static AyValue set_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    bool frozen = ayType_is_subtype(type, vm->t_frozenset);
    const char *name = frozen ? "frozenset" : "set";
    if (type == vm->t_set || type == vm->t_frozenset) {
        if (!ayArg_no_kw(vm, name, kwnames)) return AY_NULL;
    }
    if (!ayArg_count(vm, name, nargs, 0, 1)) return AY_NULL;
    if (frozen && nargs == 1 && type == vm->t_frozenset && ayV_type(vm, args[0]) == vm->t_frozenset) return args[0];
    AySet *s = aySet_new(vm, type);
    if (!s) return AY_NULL;
    if (frozen && nargs == 1) {
        ayGC_push_root(vm, ayV_from_obj(s));
        int r = aySet_update(vm, s, args[0]);
        ayGC_pop_roots(vm, 1);
        if (r < 0) return AY_NULL;
    }
    return ayV_from_obj(s);
}

static AyValue set_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "set", nargs, 0, 1)) return AY_NULL;
    AySet *s = AY_AS(AySet, self);
    if (s->used) m_clear(vm, &self, 1, AY_NULL);
    if (nargs && aySet_update(vm, s, args[0]) < 0) return AY_NULL;
    return AY_NONE;
}

typedef struct SetIter {
    AyObj hdr;
    AySet *set;
    int64_t pos, used;
} SetIter;

static void setiter_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((SetIter *)o)->set); }

static AyValue set_iter(AyVM *vm, AyValue v) {
    SetIter *it = AY_NEW(vm, SetIter, vm->t_set_iterator);
    if (!it) return AY_NULL;
    it->set = AY_AS(AySet, v);
    it->used = it->set->used;
    return ayV_from_obj(it);
}

static AyValue setiter_next(AyVM *vm, AyValue v) {
    SetIter *it = AY_AS(SetIter, v);
    if (!it->set) return AY_NULL;
    if (it->set->used != it->used) {
        it->used = -1;
        it->set = NULL;
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Set changed size during iteration");
    }
    AyValue k;
    if (aySet_next(it->set, &it->pos, &k)) return k;
    it->set = NULL;
    return AY_NULL;
}

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
        t->tp_new = set_new;
        t->binop[AY_BINOP_OR] = set_or;
        t->binop[AY_BINOP_AND] = set_and;
        t->binop[AY_BINOP_SUB] = set_sub;
        t->binop[AY_BINOP_XOR] = set_xor;
    }
    vm->t_set->tp_init = set_init;
    vm->t_set->binop[AY_BINOP_COUNT + AY_BINOP_OR] = set_ior;
    vm->t_set->binop[AY_BINOP_COUNT + AY_BINOP_AND] = set_iand;
    vm->t_set->binop[AY_BINOP_COUNT + AY_BINOP_SUB] = set_isub;
    vm->t_set->binop[AY_BINOP_COUNT + AY_BINOP_XOR] = set_ixor;
    vm->t_frozenset->hash = frozenset_hash;
    ayType_add_methods(vm, vm->t_set, set_methods);
    ayType_add_methods(vm, vm->t_frozenset, frozenset_methods);
    AyType *it = vm->t_set_iterator;
    it->basic_size = sizeof(SetIter);
    it->trace = setiter_trace;
    it->iter = iter_self;
    it->next = setiter_next;
}
