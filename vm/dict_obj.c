// The dict type as scripts see it: slots and methods. The hash table is in
// dict.c; views, iterators and mappingproxy in dict_view.c.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

#define SELF AY_AS(AyDict, args[0])

// {==== slots

static AyValue dict_repr(AyVM *vm, AyValue v) {
    AyDict *d = AY_AS(AyDict, v);
    if (d->used == 0) return ayV_from_obj(ayStr_intern_c(vm, "{}"));
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "{...}"));
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_addc(&b, '{');
    bool first = true, ok = true;
    // entries are re-read every step: a __repr__ may change the dict
    for (int64_t i = 0; ok && i < d->nentries; i++) {
        AyDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        AyValue k = e->key, val = e->value;
        if (!first) ayBuf_add(&b, ", ", 2);
        first = false;
        ayGC_push_root(vm, k);
        ayGC_push_root(vm, val);
        ok = ayBuf_add_repr(&b, k);
        if (ok) {
            ayBuf_add(&b, ": ", 2);
            ok = ayBuf_add_repr(&b, val);
        }
        ayGC_pop_roots(vm, 2);
    }
    aySeq_repr_leave(vm, v);
    if (!ok || b.failed) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    ayBuf_addc(&b, '}');
    return ayBuf_finish(&b);
}

static int64_t dict_len(AyVM *vm, AyValue v) { return AY_AS(AyDict, v)->used; }

static AyValue dict_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyValue r = ayDict_get(vm, AY_AS(AyDict, v), key);
    if (r || ayErr_occurred(vm)) return r;
    if (!ayV_is_type(vm, v, vm->t_dict)) {
        // subclasses may define __missing__
        AyValue missing = ayType_lookup(vm, ayV_type(vm, v), vm->s.__missing__);
        if (missing) return ayObj_call2(vm, missing, v, key);
    }
    return ayErr_set_value(vm, AY_EXC(vm, KeyError), key);
}

static int dict_setitem(AyVM *vm, AyValue v, AyValue key, AyValue val) {
    if (val) return ayDict_set(vm, AY_AS(AyDict, v), key, val);
    int r = ayDict_del(vm, AY_AS(AyDict, v), key);
    if (r == 0) {
        ayErr_set_value(vm, AY_EXC(vm, KeyError), key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(AyVM *vm, AyValue c, AyValue key) {
    AyValue r = ayDict_get(vm, AY_AS(AyDict, c), key);
    if (r) return 1;
    return ayErr_occurred(vm) ? -1 : 0;
}

// Same size and every key of x maps to an equal value in y. 0/1, -1 error.
static int dict_equal(AyVM *vm, AyDict *x, AyDict *y) {
    if (x->used != y->used) return 0;
    for (int64_t i = 0; i < x->nentries; i++) {
        AyDictEntry *e = &x->entries[i];
        if (!e->key) continue;
        AyValue k = e->key, v1 = e->value;
        ayGC_push_root(vm, k);
        ayGC_push_root(vm, v1);
        AyValue v2 = ayDict_get_hashed(vm, y, k, e->hash);
        int r;
        if (!v2) {
            r = ayErr_occurred(vm) ? -1 : 0;
        } else {
            ayGC_push_root(vm, v2);
            r = ayObj_eq(vm, v1, v2);
            ayGC_pop_roots(vm, 1);
        }
        ayGC_pop_roots(vm, 2);
        if (r <= 0) return r;
    }
    return 1;
}

static AyValue dict_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_dict(vm, b)) return AY_NOTIMPLEMENTED;
    int r = dict_equal(vm, AY_AS(AyDict, a), AY_AS(AyDict, b));
    if (r < 0) return AY_NULL;
    return ayV_bool(op == AY_EQ ? r : !r);
}

static AyValue dict_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyDict *d = (AyDict *)ayGC_new(vm, type, type->basic_size);
    return d ? ayV_from_obj(d) : AY_NULL;
}

// dict(arg, **kw) / d.update(arg, **kw).
static bool update_from_args(AyVM *vm, AyDict *d, const char *fname, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs > 1) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at most 1 argument, got %d", fname, nargs);
        return false;
    }
    if (nargs == 1 && ayDict_update(vm, d, args[0]) < 0) return false;
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++)
        if (ayDict_set(vm, d, AY_AS(AyTuple, kwnames)->items[i], args[nargs + i]) < 0) return false;
    return true;
}

static AyValue dict_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    return update_from_args(vm, AY_AS(AyDict, self), "dict", args, nargs, kwnames) ? AY_NONE : AY_NULL;
}

static AyValue dict_iter(AyVM *vm, AyValue v);

// a | b: a copy of a (always a plain dict) updated with b.
static AyValue dict_or(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_dict(vm, a) || !ayV_is_dict(vm, b)) return AY_NOTIMPLEMENTED;
    AyDict *d = ayDict_copy(vm, AY_AS(AyDict, a));
    if (!d) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(d));
    int r = ayDict_update(vm, d, b);
    ayGC_pop_roots(vm, 1);
    return r < 0 ? AY_NULL : ayV_from_obj(d);
}

static AyValue dict_ior(AyVM *vm, AyValue a, AyValue b) {
    if (ayDict_update(vm, AY_AS(AyDict, a), b) < 0) return AY_NULL;
    return a;
}

// How CPython names a callable in call errors: "module.qualname()", or
// **kwargs merging for calls: duplicate keys are an error naming the function.
bool ayDict_merge_kwargs(AyVM *vm, AyDict *d, AyValue other, AyValue func) {
    if (!ayV_is_dict(vm, other)) {
        AyValue keys = ayObj_getattr_opt(vm, other, vm->s.keys);
        if (!keys) {
            if (!ayErr_occurred(vm)) {
                AyValue fs = ayObj_function_str(vm, func);
                if (fs)
                    ayErr_format(vm, AY_EXC(vm, TypeError), "%S argument after ** must be a mapping, not %T", fs,
                                 other);
            }
            return false;
        }
        AyDict *tmp = ayDict_new(vm);
        if (!tmp) return false;
        ayGC_push_root(vm, ayV_from_obj(tmp));
        int r = ayDict_update(vm, tmp, other);
        ayGC_pop_roots(vm, 1);
        if (r < 0) return false;
        other = ayV_from_obj(tmp);
    }
    ayGC_push_root(vm, other);
    AyDict *o = AY_AS(AyDict, other);
    bool ok = true;
    for (int64_t i = 0; ok && i < o->nentries; i++) {
        AyDictEntry *e = &o->entries[i];
        if (!e->key) continue;
        AyValue k = e->key, v = e->value;
        if (!ayV_is_str(vm, k)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "keywords must be strings");
            ok = false;
        } else if (ayDict_get(vm, d, k)) {
            AyValue fs = ayObj_function_str(vm, func);
            if (fs)
                ayErr_format(vm, AY_EXC(vm, TypeError), "%S got multiple values for keyword argument '%S'", fs, k);
            ok = false;
        } else if (ayDict_set(vm, d, k, v) < 0) {
            ok = false;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok;
}

// }====
// {==== methods

AyValue ayDictView_new(AyVM *vm, AyType *t, AyValue dict);
AyValue ayDictIter_new(AyVM *vm, AyType *t, AyDict *d);

static AyValue m_keys(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.keys", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayDictView_new(vm, vm->t_dict_keys, args[0]);
}
static AyValue m_values(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.values", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayDictView_new(vm, vm->t_dict_values, args[0]);
}
static AyValue m_items(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.items", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayDictView_new(vm, vm->t_dict_items, args[0]);
}

static AyValue m_get(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.get", nargs - 1, kw, 1, 2)) return AY_NULL;
    AyValue v = ayDict_get(vm, SELF, args[1]);
    if (v) return v;
    if (ayErr_occurred(vm)) return AY_NULL;
    return nargs > 2 ? args[2] : AY_NONE;
}

static AyValue m_setdefault(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.setdefault", nargs - 1, kw, 1, 2)) return AY_NULL;
    AyValue v = ayDict_get(vm, SELF, args[1]);
    if (v) return v;
    if (ayErr_occurred(vm)) return AY_NULL;
    AyValue d = nargs > 2 ? args[2] : AY_NONE;
    return ayDict_set(vm, SELF, args[1], d) < 0 ? AY_NULL : d;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.pop", nargs - 1, kw, 1, 2)) return AY_NULL;
    AyValue v = ayDict_pop(vm, SELF, args[1]);
    if (v || ayErr_occurred(vm)) return v;
    if (nargs > 2) return args[2];
    return ayErr_set_value(vm, AY_EXC(vm, KeyError), args[1]);
}

static AyValue m_popitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.popitem", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyDict *d = SELF;
    if (d->used == 0) return ayErr_format(vm, AY_EXC(vm, KeyError), "popitem(): dictionary is empty");
    // the pair is built first so that running out of memory loses nothing
    AyTuple *t = ayTuple_new(vm, 2);
    if (!t) return AY_NULL;
    AyValue k, v;
    ayDict_pop_last(vm, d, &k, &v);
    t->items[0] = k;
    t->items[1] = v;
    return ayV_from_obj(t);
}

static AyValue m_update(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return update_from_args(vm, SELF, "update", args + 1, nargs - 1, kwnames) ? AY_NONE : AY_NULL;
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.clear", nargs - 1, kw, 0, 0)) return AY_NULL;
    ayDict_clear(vm, SELF);
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.copy", nargs - 1, kw, 0, 0)) return AY_NULL;
    AyDict *d = ayDict_copy(vm, SELF);
    return d ? ayV_from_obj(d) : AY_NULL;
}

static AyValue m_fromkeys(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.fromkeys", nargs - 1, kw, 1, 2)) return AY_NULL;
    AyValue cls = args[0], iterable = args[1], value = nargs > 2 ? args[2] : AY_NONE;
    AyValue d = ayObj_call0(vm, cls);
    if (!d) return AY_NULL;
    ayGC_push_root(vm, d);
    AyValue r = d;
    // a plain dict takes the keys directly (hashes of dict/set keys are reused)
    bool plain = ayV_is_type(vm, d, vm->t_dict);
    if (plain && ayV_is_type(vm, iterable, vm->t_dict)) {
        AyDict *src = AY_AS(AyDict, iterable);
        for (int64_t i = 0; r && i < src->nentries; i++) {
            AyDictEntry e = src->entries[i];
            if (e.key && ayDict_set_hashed(vm, AY_AS(AyDict, d), e.key, e.hash, value) < 0) r = AY_NULL;
        }
    } else if (plain && aySet_is_anyset(vm, iterable)) {
        AySet *src = AY_AS(AySet, iterable);
        for (int64_t i = 0; r && i <= src->mask; i++) {
            AySetEntry e = src->table[i];
            if (e.key && e.key != vm->dummy && ayDict_set_hashed(vm, AY_AS(AyDict, d), e.key, e.hash, value) < 0)
                r = AY_NULL;
        }
    } else {
        AyValue it = ayObj_iter(vm, iterable);
        if (!it) r = AY_NULL;
        else {
            ayGC_push_root(vm, it);
            for (;;) {
                AyValue k = ayObj_next(vm, it);
                if (!k) {
                    if (ayErr_occurred(vm)) r = AY_NULL;
                    break;
                }
                int s = plain ? ayDict_set(vm, AY_AS(AyDict, d), k, value) : ayObj_setitem(vm, d, k, value);
                if (s < 0) {
                    r = AY_NULL;
                    break;
                }
            }
            ayGC_pop_roots(vm, 1);
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayDictIter_new(vm, vm->t_dict_reversekeyiterator, SELF);
}

static AyValue m_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.__getitem__", nargs - 1, kw, 1, 1)) return AY_NULL;
    return dict_getitem(vm, args[0], args[1]);
}

static AyValue m_contains(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "dict.__contains__", nargs - 1, kw, 1, 1)) return AY_NULL;
    int r = dict_contains(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue m_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyDict *d = SELF;
    return ayV_small(48 + (d->index ? (int64_t)(24 * d->capacity + ((int64_t)1 << d->log2_index)) : 0));
}

static const AyMethodDef dict_methods[] = {
    {"keys", m_keys, 0, NULL},
    {"values", m_values, 0, NULL},
    {"items", m_items, 0, NULL},
    {"get", m_get, 0, NULL},
    {"setdefault", m_setdefault, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popitem", m_popitem, 0, NULL},
    {"update", m_update, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"fromkeys", m_fromkeys, AY_NATIVE_CLASSMETHOD, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__getitem__", m_getitem, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====

static AyValue dict_iter(AyVM *vm, AyValue v) { return ayDictIter_new(vm, vm->t_dict_keyiterator, AY_AS(AyDict, v)); }

void ayDictView_setup(AyVM *vm);

void ayDictObj_setup(AyVM *vm) {
    AyType *t = vm->t_dict;
    t->repr = dict_repr;
    t->len = dict_len;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->richcmp = dict_richcmp;
    t->iter = dict_iter;
    t->tp_new = dict_new;
    t->tp_init = dict_init;
    t->binop[AY_BINOP_OR] = dict_or;
    t->binop[AY_BINOP_COUNT + AY_BINOP_OR] = dict_ior;
    ayType_add_methods(vm, t, dict_methods);
    ayDictView_setup(vm);
}
