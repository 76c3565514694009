// The dict type as scripts see it: slots, methods, views and iterators.
// The hash table itself is in dict.c.
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
    bool first = true;
    for (int64_t i = 0; i < d->nentries && !b.failed; i++) {
        AyDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        AyValue k = e->key, val = e->value;
        if (!first) ayBuf_add(&b, ", ", 2);
        first = false;
        if (!ayBuf_add_repr(&b, k)) break;
        ayBuf_add(&b, ": ", 2);
        if (!ayBuf_add_repr(&b, val)) break;
    }
    ayBuf_addc(&b, '}');
    aySeq_repr_leave(vm, v);
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

static AyValue dict_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_dict(vm, b)) return AY_NOTIMPLEMENTED;
    AyDict *x = AY_AS(AyDict, a), *y = AY_AS(AyDict, b);
    bool eq = x->used == y->used;
    for (int64_t i = 0; eq && i < x->nentries; i++) {
        AyDictEntry *e = &x->entries[i];
        if (!e->key) continue;
        AyValue k = e->key, v1 = e->value;
        ayGC_push_root(vm, k);
        ayGC_push_root(vm, v1);
        AyValue v2 = ayDict_get(vm, y, k);
        int r = 0;
        if (v2) r = ayObj_eq(vm, v1, v2);
        ayGC_pop_roots(vm, 2);
        if (!v2) {
            if (ayErr_occurred(vm)) return AY_NULL;
            eq = false;
        } else if (r < 0) {
            return AY_NULL;
        } else {
            eq = r;
        }
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static AyValue dict_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyDict *d = (AyDict *)ayGC_new(vm, type, type->basic_size);
    return d ? ayV_from_obj(d) : AY_NULL;
}

static bool update_from_args(AyVM *vm, AyDict *d, const char *fname, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs > 1) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at most 1 argument, got %d", fname, nargs);
        return false;
    }
    if (nargs == 1 && ayDict_update(vm, d, args[0]) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError)) && !ayV_type(vm, args[0])->iter &&
            !ayV_type(vm, args[0])->getitem) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not iterable", args[0]);
        }
        return false;
    }
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++)
        if (ayDict_set(vm, d, AY_AS(AyTuple, kwnames)->items[i], args[nargs + i]) < 0) return false;
    return true;
}

static AyValue dict_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    return update_from_args(vm, AY_AS(AyDict, self), "dict", args, nargs, kwnames) ? AY_NONE : AY_NULL;
}

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

// **kwargs merging for calls: duplicate keys are an error naming the function.
bool ayDict_merge_kwargs(AyVM *vm, AyDict *d, AyValue other, AyValue func) {
    if (!ayV_is_dict(vm, other)) {
        AyValue keys = ayObj_getattr_opt(vm, other, vm->s.keys);
        if (!keys) {
            if (!ayErr_occurred(vm))
                ayErr_format(vm, AY_EXC(vm, TypeError), "%S argument after ** must be a mapping, not %T",
                             ayObj_repr(vm, func) ? func : func, other);
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
    AyDict *o = AY_AS(AyDict, other);
    for (int64_t i = 0; i < o->nentries; i++) {
        AyDictEntry *e = &o->entries[i];
        if (!e->key) continue;
        if (!ayV_is_str(vm, e->key)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "keywords must be strings");
            return false;
        }
        if (ayDict_get(vm, d, e->key)) {
            AyValue qn = ayObj_getattr_opt(vm, func, vm->s.__qualname__);
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "%S() got multiple values for keyword argument '%S'",
                         qn ? qn : ayV_from_obj(ayStr_intern_c(vm, "function")), e->key);
            return false;
        }
        if (ayDict_set(vm, d, e->key, e->value) < 0) return false;
    }
    return true;
}

// }====
// {==== views and iterators

typedef struct DictView {
    AyObj hdr;
    AyDict *dict;
} DictView;

typedef struct DictIter {
    AyObj hdr;
    AyDict *dict;      // NULL when exhausted
    int64_t pos;
    int64_t used;      // size at creation: changes are errors
    int64_t left;
    bool reversed;
} DictIter;

static void view_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((DictView *)o)->dict); }
static void iter_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((DictIter *)o)->dict); }

static AyValue make_view(AyVM *vm, AyType *t, AyDict *d) {
    DictView *v = AY_NEW(vm, DictView, t);
    if (!v) return AY_NULL;
    v->dict = d;
    return ayV_from_obj(v);
}

static AyValue make_iter(AyVM *vm, AyType *t, AyDict *d, bool reversed) {
    DictIter *it = AY_NEW(vm, DictIter, t);
    if (!it) return AY_NULL;
    it->dict = d;
    it->used = d->used;
    it->left = d->used;
    it->reversed = reversed;
    it->pos = reversed ? d->nentries - 1 : 0;
    return ayV_from_obj(it);
}

// The next live entry, or NULL at the end (or on a size change error).
static AyDictEntry *iter_entry(AyVM *vm, DictIter *it) {
    AyDict *d = it->dict;
    if (!d) return NULL;
    if (d->used != it->used) {
        it->used = -1;
        it->dict = NULL;
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "dictionary changed size during iteration");
        return NULL;
    }
    if (it->reversed) {
        while (it->pos >= 0 && it->pos < d->nentries) {
            AyDictEntry *e = &d->entries[it->pos--];
            if (e->key) {
                it->left--;
                return e;
            }
        }
    } else {
        while (it->pos < d->nentries) {
            AyDictEntry *e = &d->entries[it->pos++];
            if (e->key) {
                it->left--;
                return e;
            }
        }
    }
    it->dict = NULL;
    return NULL;
}

static AyValue keyiter_next(AyVM *vm, AyValue v) {
    AyDictEntry *e = iter_entry(vm, AY_AS(DictIter, v));
    return e ? e->key : AY_NULL;
}

static AyValue valueiter_next(AyVM *vm, AyValue v) {
    AyDictEntry *e = iter_entry(vm, AY_AS(DictIter, v));
    return e ? e->value : AY_NULL;
}

static AyValue itemiter_next(AyVM *vm, AyValue v) {
    AyDictEntry *e = iter_entry(vm, AY_AS(DictIter, v));
    return e ? ayTuple_pack2(vm, e->key, e->value) : AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue dictiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    DictIter *it = AY_AS(DictIter, args[0]);
    return ayV_small(it->dict && it->left > 0 ? it->left : 0);
}

static AyValue dict_iter(AyVM *vm, AyValue v) { return make_iter(vm, vm->t_dict_keyiterator, AY_AS(AyDict, v), false); }

static AyValue keys_iter(AyVM *vm, AyValue v) { return make_iter(vm, vm->t_dict_keyiterator, AY_AS(DictView, v)->dict, false); }
static AyValue values_iter(AyVM *vm, AyValue v) { return make_iter(vm, vm->t_dict_valueiterator, AY_AS(DictView, v)->dict, false); }
static AyValue items_iter(AyVM *vm, AyValue v) { return make_iter(vm, vm->t_dict_itemiterator, AY_AS(DictView, v)->dict, false); }
static int64_t view_len(AyVM *vm, AyValue v) { return AY_AS(DictView, v)->dict->used; }

static AyValue view_repr(AyVM *vm, AyValue v) {
    AyValue l = ayObj_to_list(vm, v);
    if (!l) return AY_NULL;
    return ayStr_from_fmt(vm, "%s(%R)", ayType_name(ayV_type(vm, v)), l);
}

static int keys_contains(AyVM *vm, AyValue c, AyValue k) { return dict_contains(vm, ayV_from_obj(AY_AS(DictView, c)->dict), k); }

static int items_contains(AyVM *vm, AyValue c, AyValue item) {
    if (!ayV_is_tuple(vm, item) || AY_AS(AyTuple, item)->len != 2) return 0;
    AyValue v = ayDict_get(vm, AY_AS(DictView, c)->dict, AY_AS(AyTuple, item)->items[0]);
    if (!v) return ayErr_occurred(vm) ? -1 : 0;
    return ayObj_eq(vm, v, AY_AS(AyTuple, item)->items[1]);
}

static int values_contains(AyVM *vm, AyValue c, AyValue item) {
    AyDict *d = AY_AS(DictView, c)->dict;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        int r = ayObj_eq(vm, d->entries[i].value, item);
        if (r) return r;
    }
    return 0;
}

AyValue aySetObj_from_iterable(AyVM *vm, AyValue it);

// keys() and items() views compare and combine like sets.
static AyValue view_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyType *tb = ayV_type(vm, b);
    bool b_setlike = tb == vm->t_dict_keys || tb == vm->t_dict_items || ayType_is_subtype(tb, vm->t_set) ||
                     ayType_is_subtype(tb, vm->t_frozenset);
    if (!b_setlike) return AY_NOTIMPLEMENTED;
    AyValue sa = aySetObj_from_iterable(vm, a);
    if (!sa) return AY_NULL;
    ayGC_push_root(vm, sa);
    AyValue sb = aySetObj_from_iterable(vm, b);
    ayGC_pop_roots(vm, 1);
    if (!sb) return AY_NULL;
    ayGC_push_root(vm, sa);
    AyValue r = ayObj_richcmp(vm, sa, sb, op);
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue view_setop(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    AyValue sa = aySetObj_from_iterable(vm, a);
    if (!sa) return AY_NULL;
    ayGC_push_root(vm, sa);
    AyValue sb = aySetObj_from_iterable(vm, b);
    if (!sb) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    ayGC_push_root(vm, sb);
    AyValue r = ayObj_binop(vm, op, sa, sb);
    ayGC_pop_roots(vm, 2);
    return r;
}
static AyValue view_and(AyVM *vm, AyValue a, AyValue b) { return view_setop(vm, AY_BINOP_AND, a, b); }
static AyValue view_or(AyVM *vm, AyValue a, AyValue b) { return view_setop(vm, AY_BINOP_OR, a, b); }
static AyValue view_sub(AyVM *vm, AyValue a, AyValue b) { return view_setop(vm, AY_BINOP_SUB, a, b); }
static AyValue view_xor(AyVM *vm, AyValue a, AyValue b) { return view_setop(vm, AY_BINOP_XOR, a, b); }

static AyValue view_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyType *t = ayV_type(vm, args[0]);
    AyType *it = t == vm->t_dict_keys ? vm->t_dict_keyiterator : t == vm->t_dict_values ? vm->t_dict_valueiterator
                                                                                        : vm->t_dict_itemiterator;
    return make_iter(vm, it, AY_AS(DictView, args[0])->dict, true);
}

static AyValue view_isdisjoint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "isdisjoint", nargs - 1, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyValue r = AY_TRUE;
    for (AyValue x; (x = ayObj_next(vm, it));) {
        int c = ayObj_contains(vm, args[0], x);
        if (c < 0) {
            r = AY_NULL;
            break;
        }
        if (c) {
            r = AY_FALSE;
            break;
        }
    }
    if (ayErr_occurred(vm)) r = AY_NULL;
    ayGC_pop_roots(vm, 1);
    return r;
}

static const AyMethodDef view_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {NULL},
};

static const AyMethodDef iter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL},
};

// }====
// {==== methods

static AyValue m_keys(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "keys", nargs - 1, 0, 0)) return AY_NULL;
    return make_view(vm, vm->t_dict_keys, SELF);
}
static AyValue m_values(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "values", nargs - 1, 0, 0)) return AY_NULL;
    return make_view(vm, vm->t_dict_values, SELF);
}
static AyValue m_items(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "items", nargs - 1, 0, 0)) return AY_NULL;
    return make_view(vm, vm->t_dict_items, SELF);
}

static AyValue m_get(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "get", kw) || !ayArg_count(vm, "get", nargs - 1, 1, 2)) return AY_NULL;
    AyValue v = ayDict_get(vm, SELF, args[1]);
    if (v) return v;
    if (ayErr_occurred(vm)) return AY_NULL;
    return nargs > 2 ? args[2] : AY_NONE;
}

static AyValue m_setdefault(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "setdefault", nargs - 1, 1, 2)) return AY_NULL;
    AyValue v = ayDict_get(vm, SELF, args[1]);
    if (v) return v;
    if (ayErr_occurred(vm)) return AY_NULL;
    AyValue d = nargs > 2 ? args[2] : AY_NONE;
    return ayDict_set(vm, SELF, args[1], d) < 0 ? AY_NULL : d;
}

static AyValue m_pop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "pop", nargs - 1, 1, 2)) return AY_NULL;
    AyValue v = ayDict_get(vm, SELF, args[1]);
    if (!v) {
        if (ayErr_occurred(vm)) return AY_NULL;
        if (nargs > 2) return args[2];
        return ayErr_set_value(vm, AY_EXC(vm, KeyError), args[1]);
    }
    if (ayDict_del(vm, SELF, args[1]) < 0) return AY_NULL;
    return v;
}

static AyValue m_popitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "popitem", nargs - 1, 0, 0)) return AY_NULL;
    AyDict *d = SELF;
    for (int64_t i = d->nentries - 1; i >= 0; i--) {
        AyDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        AyValue t = ayTuple_pack2(vm, e->key, e->value);
        if (!t || ayDict_del(vm, d, e->key) < 0) return AY_NULL;
        // drop trailing deleted entries so repeated popitem stays O(1)
        while (d->nentries > 0 && !d->entries[d->nentries - 1].key) {
            d->nentries--;
            if (d->nentries < 0) break;
        }
        return t;
    }
    return ayErr_format(vm, AY_EXC(vm, KeyError), "popitem(): dictionary is empty");
}

static AyValue m_update(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return update_from_args(vm, SELF, "update", args + 1, nargs - 1, kwnames) ? AY_NONE : AY_NULL;
}

static AyValue m_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "clear", nargs - 1, 0, 0)) return AY_NULL;
    ayDict_clear(vm, SELF);
    return AY_NONE;
}

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "copy", nargs - 1, 0, 0)) return AY_NULL;
    AyDict *d = ayDict_copy(vm, SELF);
    return d ? ayV_from_obj(d) : AY_NULL;
}

static AyValue m_fromkeys(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "fromkeys", nargs - 1, 1, 2)) return AY_NULL;
    AyValue d = ayObj_call0(vm, args[0]);
    if (!d) return AY_NULL;
    ayGC_push_root(vm, d);
    AyValue value = nargs > 2 ? args[2] : AY_NONE;
    AyValue it = ayObj_iter(vm, args[1]);
    AyValue r = d;
    if (!it) r = AY_NULL;
    else {
        ayGC_push_root(vm, it);
        for (AyValue k; (k = ayObj_next(vm, it));) {
            if (ayObj_setitem(vm, d, k, value) < 0) {
                r = AY_NULL;
                break;
            }
        }
        if (ayErr_occurred(vm)) r = AY_NULL;
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return make_iter(vm, vm->t_dict_keyiterator, SELF, true);
}

static AyValue m_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__getitem__", nargs - 1, 1, 1)) return AY_NULL;
    return dict_getitem(vm, args[0], args[1]);
}

static AyValue m_contains(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__contains__", nargs - 1, 1, 1)) return AY_NULL;
    int r = dict_contains(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue m_class_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

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
    {"__class_getitem__", m_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====

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

    AyType *views[] = {vm->t_dict_keys, vm->t_dict_values, vm->t_dict_items};
    AyValue (*iters[])(AyVM *, AyValue) = {keys_iter, values_iter, items_iter};
    int (*contains[])(AyVM *, AyValue, AyValue) = {keys_contains, values_contains, items_contains};
    for (int i = 0; i < 3; i++) {
        AyType *v = views[i];
        v->basic_size = sizeof(DictView);
        v->trace = view_trace;
        v->iter = iters[i];
        v->len = view_len;
        v->repr = view_repr;
        v->contains = contains[i];
        if (i != 1) {
            v->richcmp = view_richcmp;
            v->binop[AY_BINOP_AND] = view_and;
            v->binop[AY_BINOP_OR] = view_or;
            v->binop[AY_BINOP_SUB] = view_sub;
            v->binop[AY_BINOP_XOR] = view_xor;
        }
        ayType_add_methods(vm, v, view_methods);
    }
    AyType *its[] = {vm->t_dict_keyiterator, vm->t_dict_valueiterator, vm->t_dict_itemiterator};
    AyValue (*nexts[])(AyVM *, AyValue) = {keyiter_next, valueiter_next, itemiter_next};
    for (int i = 0; i < 3; i++) {
        its[i]->basic_size = sizeof(DictIter);
        its[i]->trace = iter_trace;
        its[i]->iter = iter_self;
        its[i]->next = nexts[i];
        ayType_add_methods(vm, its[i], iter_methods);
    }
}
