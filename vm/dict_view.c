// dict views (keys / values / items), the dict iterators and mappingproxy.
// The set operations of keys() and items() views follow CPython's algorithms
// so that their results iterate in the same order.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

// {==== iterators

enum { IT_KEYS, IT_VALUES, IT_ITEMS };

typedef struct DictIter {
    AyObj hdr;
    AyDict *dict;      // NULL when exhausted
    int64_t pos;       // next entry to look at
    int64_t used;      // the dict's size when created; -1 after a size error
    int64_t left;      // items still expected
    uint8_t kind;
    bool reversed;
} DictIter;

static void iter_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((DictIter *)o)->dict); }

AyValue ayDictIter_new(AyVM *vm, AyType *t, AyDict *d) {
    DictIter *it = AY_NEW(vm, DictIter, t);
    if (!it) return AY_NULL;
    it->dict = d;
    it->used = it->left = d->used;
    it->reversed = t == vm->t_dict_reversekeyiterator || t == vm->t_dict_reversevalueiterator ||
                   t == vm->t_dict_reverseitemiterator;
    it->kind = t == vm->t_dict_keyiterator || t == vm->t_dict_reversekeyiterator       ? IT_KEYS
               : t == vm->t_dict_valueiterator || t == vm->t_dict_reversevalueiterator ? IT_VALUES
                                                                                        : IT_ITEMS;
    it->pos = it->reversed ? d->nentries - 1 : 0;
    return ayV_from_obj(it);
}

// The next live entry, or NULL at the end or on error.
static AyDictEntry *iter_entry(AyVM *vm, DictIter *it) {
    AyDict *d = it->dict;
    if (!d) return NULL;
    if (d->used != it->used) {
        it->used = -1;  // the error repeats on every later call
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "dictionary changed size during iteration");
        return NULL;
    }
    if (it->reversed) {
        for (; it->pos >= 0 && it->pos < d->nentries; it->pos--) {
            AyDictEntry *e = &d->entries[it->pos];
            if (e->key) {
                it->pos--;
                it->left--;
                return e;
            }
        }
    } else {
        for (; it->pos < d->nentries; it->pos++) {
            AyDictEntry *e = &d->entries[it->pos];
            if (!e->key) continue;
            // same size but more keys than there were: keys were swapped
            if (it->left <= 0) {
                it->dict = NULL;
                ayErr_format(vm, AY_EXC(vm, RuntimeError), "dictionary keys changed during iteration");
                return NULL;
            }
            it->pos++;
            it->left--;
            return e;
        }
    }
    it->dict = NULL;
    return NULL;
}

static AyValue dictiter_next(AyVM *vm, AyValue v) {
    DictIter *it = AY_AS(DictIter, v);
    AyDictEntry *e = iter_entry(vm, it);
    if (!e) return AY_NULL;
    switch (it->kind) {
    case IT_KEYS: return e->key;
    case IT_VALUES: return e->value;
    default: return ayTuple_pack2(vm, e->key, e->value);
    }
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue dictiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    DictIter *it = AY_AS(DictIter, args[0]);
    return ayV_small(it->dict && it->used == it->dict->used && it->left > 0 ? it->left : 0);
}

static const AyMethodDef iter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL},
};

// }====
// {==== views

typedef struct DictView {
    AyObj hdr;
    AyValue dict;      // the dict (or dict subclass instance)
} DictView;

#define VIEW_DICT(v) AY_AS(AyDict, AY_AS(DictView, v)->dict)

static void view_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((DictView *)o)->dict); }

AyValue ayDictView_new(AyVM *vm, AyType *t, AyValue dict) {
    DictView *v = AY_NEW(vm, DictView, t);
    if (!v) return AY_NULL;
    v->dict = dict;
    return ayV_from_obj(v);
}

static bool is_setview(AyVM *vm, AyValue v) {
    return ayV_is_type(vm, v, vm->t_dict_keys) || ayV_is_type(vm, v, vm->t_dict_items);
}

static AyValue keys_iter(AyVM *vm, AyValue v) { return ayDictIter_new(vm, vm->t_dict_keyiterator, VIEW_DICT(v)); }
static AyValue values_iter(AyVM *vm, AyValue v) { return ayDictIter_new(vm, vm->t_dict_valueiterator, VIEW_DICT(v)); }
static AyValue items_iter(AyVM *vm, AyValue v) { return ayDictIter_new(vm, vm->t_dict_itemiterator, VIEW_DICT(v)); }
static int64_t view_len(AyVM *vm, AyValue v) { return VIEW_DICT(v)->used; }

static AyValue view_repr(AyVM *vm, AyValue v) {
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "..."));
    AyValue l = ayObj_to_list(vm, v), s = AY_NULL;
    if (l) {
        ayGC_push_root(vm, l);  // the items' __repr__ may collect
        s = ayStr_from_fmt(vm, "%s(%R)", ayType_name(ayV_type(vm, v)), l);
        ayGC_pop_roots(vm, 1);
    }
    aySeq_repr_leave(vm, v);
    return s;
}

static int keys_contains(AyVM *vm, AyValue c, AyValue k) {
    AyValue r = ayDict_get(vm, VIEW_DICT(c), k);
    if (r) return 1;
    return ayErr_occurred(vm) ? -1 : 0;
}

static int items_contains(AyVM *vm, AyValue c, AyValue item) {
    if (!ayV_is_tuple(vm, item) || AY_AS(AyTuple, item)->len != 2) return 0;
    AyValue v = ayDict_get(vm, VIEW_DICT(c), AY_AS(AyTuple, item)->items[0]);
    if (!v) return ayErr_occurred(vm) ? -1 : 0;
    ayGC_push_root(vm, v);
    int r = ayObj_eq(vm, v, AY_AS(AyTuple, item)->items[1]);
    ayGC_pop_roots(vm, 1);
    return r;
}

static int values_contains(AyVM *vm, AyValue c, AyValue item) {
    AyDict *d = VIEW_DICT(c);
    for (int64_t i = 0; i < d->nentries; i++) {
        AyValue v = d->entries[i].value;
        if (!d->entries[i].key) continue;
        ayGC_push_root(vm, v);
        int r = ayObj_eq(vm, v, item);
        ayGC_pop_roots(vm, 1);
        if (r) return r;
    }
    return 0;
}

// Every item of `a` is in `b` (0/1, -1 error).
static int all_contained_in(AyVM *vm, AyValue a, AyValue b) {
    AyValue it = ayObj_iter(vm, a);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 1;
    for (;;) {
        AyValue x = ayObj_next(vm, it);
        if (!x) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        int c = ayObj_contains(vm, b, x);
        if (c <= 0) {
            r = c;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue view_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!aySet_is_anyset(vm, b) && !is_setview(vm, b)) return AY_NOTIMPLEMENTED;
    int64_t la = ayObj_len(vm, a), lb = ayObj_len(vm, b);
    if (la < 0 || lb < 0) return AY_NULL;
    int ok = 0;
    switch (op) {
    case AY_EQ:
    case AY_NE:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (op == AY_NE && ok >= 0) ok = !ok;
        break;
    case AY_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
    case AY_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
    case AY_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
    default: if (la >= lb) ok = all_contained_in(vm, b, a); break;
    }
    return ok < 0 ? AY_NULL : ayV_bool(ok);
}

// A new set of a view's items (keys views of plain dicts read the dict
// directly, reusing its hashes), or of any iterable.
static AyValue to_set(AyVM *vm, AyValue v) {
    if (ayV_is_type(vm, v, vm->t_dict_keys) && ayV_is_type(vm, AY_AS(DictView, v)->dict, vm->t_dict))
        v = AY_AS(DictView, v)->dict;
    return aySetObj_from_iterable(vm, v);
}

static AyValue view_or(AyVM *vm, AyValue a, AyValue b) {
    AyValue r = to_set(vm, a);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, r);
    int ok = aySet_update(vm, AY_AS(AySet, r), b);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : r;
}

static AyValue view_sub(AyVM *vm, AyValue a, AyValue b) {
    AyValue r = to_set(vm, a);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, r);
    int ok = aySet_difference_update(vm, AY_AS(AySet, r), b);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : r;
}

// items ^ items: pairs of either dict whose key is missing from, or maps to
// a different value in, the other.
static AyValue items_xor(AyVM *vm, AyValue a, AyValue b) {
    AyDict *d2 = VIEW_DICT(b);
    AyDict *tmp = ayDict_copy(vm, VIEW_DICT(a));
    if (!tmp) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(tmp));
    AySet *result = aySet_new(vm, vm->t_set);
    AyValue r = result ? ayV_from_obj(result) : AY_NULL;
    if (r) ayGC_push_root(vm, r);
    for (int64_t i = 0; r && i < d2->nentries; i++) {
        AyDictEntry e = d2->entries[i];
        if (!e.key) continue;
        ayGC_push_root(vm, e.key);
        ayGC_push_root(vm, e.value);
        AyValue v1 = ayDict_get_hashed(vm, tmp, e.key, e.hash);
        int del = 0;
        if (v1) {
            ayGC_push_root(vm, v1);
            del = ayObj_eq(vm, v1, e.value);
            ayGC_pop_roots(vm, 1);
        } else if (ayErr_occurred(vm)) {
            del = -1;
        }
        if (del > 0) {
            if (ayDict_del(vm, tmp, e.key) < 0) del = -1;
        } else if (del == 0) {
            AyValue pair = ayTuple_pack2(vm, e.key, e.value);
            if (!pair || aySet_add(vm, result, pair) < 0) del = -1;
        }
        ayGC_pop_roots(vm, 2);
        if (del < 0) r = AY_NULL;
    }
    if (r) {
        AyValue rest = ayDictView_new(vm, vm->t_dict_items, ayV_from_obj(tmp));
        if (!rest || aySet_update(vm, result, rest) < 0) r = AY_NULL;
    }
    ayGC_pop_roots(vm, result ? 2 : 1);
    return r;
}

static AyValue view_xor(AyVM *vm, AyValue a, AyValue b) {
    if (ayV_is_type(vm, a, vm->t_dict_items) && ayV_is_type(vm, b, vm->t_dict_items)) return items_xor(vm, a, b);
    AyValue r = to_set(vm, a);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, r);
    int ok = aySet_symmetric_difference_update(vm, AY_AS(AySet, r), b);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : r;
}

static AyValue view_and(AyVM *vm, AyValue a, AyValue b) {
    // the view is `self` whichever side it was on
    AyValue self = a, other = b;
    if (!is_setview(vm, self)) {
        self = b;
        other = a;
    }
    int64_t len_self = VIEW_DICT(self)->used;
    if (ayV_is_type(vm, other, vm->t_set) && len_self <= AY_AS(AySet, other)->used)
        return aySet_intersection(vm, AY_AS(AySet, other), self);
    if (is_setview(vm, other) && VIEW_DICT(other)->used > len_self) {
        AyValue t = self;
        self = other;
        other = t;
    }
    AySet *result = aySet_new(vm, vm->t_set);
    if (!result) return AY_NULL;
    AyValue r = ayV_from_obj(result);
    ayGC_push_root(vm, r);
    AyValue it = ayObj_iter(vm, other);
    if (!it) r = AY_NULL;
    else {
        ayGC_push_root(vm, it);
        bool keys = ayV_is_type(vm, self, vm->t_dict_keys);
        for (;;) {
            AyValue x = ayObj_next(vm, it);
            if (!x) {
                if (ayErr_occurred(vm)) r = AY_NULL;
                break;
            }
            ayGC_push_root(vm, x);
            int c = keys ? keys_contains(vm, self, x) : items_contains(vm, self, x);
            if (c > 0 && aySet_add(vm, result, x) < 0) c = -1;
            ayGC_pop_roots(vm, 1);
            if (c < 0) {
                r = AY_NULL;
                break;
            }
        }
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue view_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyType *t = ayV_type(vm, args[0]);
    AyType *it = t == vm->t_dict_keys     ? vm->t_dict_reversekeyiterator
                 : t == vm->t_dict_values ? vm->t_dict_reversevalueiterator
                                          : vm->t_dict_reverseitemiterator;
    if (!aySeq_args(vm, "__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayDictIter_new(vm, it, VIEW_DICT(args[0]));
}

static AyValue view_isdisjoint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "isdisjoint", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyValue self = args[0], other = args[1];
    if (self == other) return ayV_bool(VIEW_DICT(self)->used == 0);
    if (aySet_is_anyset(vm, other) || is_setview(vm, other)) {
        int64_t lo = ayObj_len(vm, other);
        if (lo < 0) return AY_NULL;
        if (lo > VIEW_DICT(self)->used) {
            AyValue t = self;
            self = other;
            other = t;
        }
    }
    AyValue it = ayObj_iter(vm, other);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    ayGC_push_root(vm, self);
    AyValue r = AY_TRUE;
    for (;;) {
        AyValue x = ayObj_next(vm, it);
        if (!x) {
            if (ayErr_occurred(vm)) r = AY_NULL;
            break;
        }
        int c = ayObj_contains(vm, self, x);
        if (c) {
            r = c < 0 ? AY_NULL : AY_FALSE;
            break;
        }
    }
    ayGC_pop_roots(vm, 2);
    return r;
}

static AyValue view_mapping(AyVM *vm, AyValue self) { return ayMappingProxy_new(vm, AY_AS(DictView, self)->dict); }

static const AyMethodDef setview_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {NULL},
};

static const AyMethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {NULL},
};

static const AyGetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL},
};

// }====
// {==== mappingproxy

typedef struct MappingProxy {
    AyObj hdr;
    AyValue mapping;
} MappingProxy;

#define PROXIED(v) (AY_AS(MappingProxy, v)->mapping)

static void proxy_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((MappingProxy *)o)->mapping); }

static bool is_mapping(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    return t->getitem && !ayV_is_list(vm, v) && !ayV_is_tuple(vm, v) && !ayV_is_str(vm, v) &&
           t != vm->t_range && t != vm->t_bytes && t != vm->t_bytearray;
}

AyValue ayMappingProxy_new(AyVM *vm, AyValue mapping) {
    MappingProxy *p = AY_NEW(vm, MappingProxy, vm->t_mappingproxy);
    if (!p) return AY_NULL;
    p->mapping = mapping;
    return ayV_from_obj(p);
}

static AyValue proxy_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "mappingproxy", args, nargs, kwnames, "mapping", a)) return AY_NULL;
    if (!is_mapping(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "mappingproxy() argument must be a mapping, not %T", a[0]);
    return ayMappingProxy_new(vm, a[0]);
}

static AyValue proxy_repr(AyVM *vm, AyValue v) { return ayStr_from_fmt(vm, "mappingproxy(%R)", PROXIED(v)); }
static AyValue proxy_str(AyVM *vm, AyValue v) { return ayObj_str(vm, PROXIED(v)); }
static int64_t proxy_len(AyVM *vm, AyValue v) { return ayObj_len(vm, PROXIED(v)); }
static AyValue proxy_getitem(AyVM *vm, AyValue v, AyValue k) { return ayObj_getitem(vm, PROXIED(v), k); }
static int proxy_contains(AyVM *vm, AyValue v, AyValue k) { return ayObj_contains(vm, PROXIED(v), k); }
static AyValue proxy_iter(AyVM *vm, AyValue v) { return ayObj_iter(vm, PROXIED(v)); }
static AyValue proxy_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    return ayObj_richcmp(vm, PROXIED(a), b, op);
}

static AyValue proxy_or(AyVM *vm, AyValue a, AyValue b) {
    if (ayV_is_type(vm, a, vm->t_mappingproxy)) a = PROXIED(a);
    if (ayV_is_type(vm, b, vm->t_mappingproxy)) b = PROXIED(b);
    return ayObj_binop(vm, AY_BINOP_OR, a, b);
}

static AyValue proxy_ior(AyVM *vm, AyValue a, AyValue b) {
    return ayErr_format(vm, AY_EXC(vm, TypeError), "'|=' is not supported by %T; use '|' instead", a);
}

// Forwards proxy.name(*args) to the mapping.
static AyValue forward(AyVM *vm, AyValue *args, int nargs, const char *name) {
    AyValue buf[3] = {AY_NULL, nargs > 1 ? args[1] : AY_NULL, nargs > 2 ? args[2] : AY_NULL};
    return ayObj_call_method(vm, PROXIED(args[0]), ayStr_intern_c(vm, name), buf, nargs - 1);
}

static AyValue proxy_get(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.get", nargs - 1, kw, 1, 2)) return AY_NULL;
    return forward(vm, args, nargs, "get");
}
static AyValue proxy_keys(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.keys", nargs - 1, kw, 0, 0)) return AY_NULL;
    return forward(vm, args, nargs, "keys");
}
static AyValue proxy_values(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.values", nargs - 1, kw, 0, 0)) return AY_NULL;
    return forward(vm, args, nargs, "values");
}
static AyValue proxy_items(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.items", nargs - 1, kw, 0, 0)) return AY_NULL;
    return forward(vm, args, nargs, "items");
}
static AyValue proxy_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.copy", nargs - 1, kw, 0, 0)) return AY_NULL;
    return forward(vm, args, nargs, "copy");
}
static AyValue proxy_reversed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "mappingproxy.__reversed__", nargs - 1, kw, 0, 0)) return AY_NULL;
    return forward(vm, args, nargs, "__reversed__");
}

static const AyMethodDef proxy_methods[] = {
    {"get", proxy_get, 0, NULL},
    {"keys", proxy_keys, 0, NULL},
    {"values", proxy_values, 0, NULL},
    {"items", proxy_items, 0, NULL},
    {"copy", proxy_copy, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====

void ayDictView_setup(AyVM *vm) {
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
            ayType_add_methods(vm, v, setview_methods);
        } else {
            ayType_add_methods(vm, v, values_methods);
        }
        ayType_add_getsets(vm, v, view_getsets);
    }
    AyType *its[] = {vm->t_dict_keyiterator,        vm->t_dict_valueiterator,        vm->t_dict_itemiterator,
                     vm->t_dict_reversekeyiterator, vm->t_dict_reversevalueiterator, vm->t_dict_reverseitemiterator};
    for (int i = 0; i < 6; i++) {
        its[i]->basic_size = sizeof(DictIter);
        its[i]->trace = iter_trace;
        its[i]->iter = iter_self;
        its[i]->next = dictiter_next;
        ayType_add_methods(vm, its[i], iter_methods);
    }
    AyType *p = vm->t_mappingproxy;
    p->basic_size = sizeof(MappingProxy);
    p->trace = proxy_trace;
    p->tp_new = proxy_new;
    p->repr = proxy_repr;
    p->str = proxy_str;
    p->len = proxy_len;
    p->getitem = proxy_getitem;
    p->contains = proxy_contains;
    p->iter = proxy_iter;
    p->richcmp = proxy_richcmp;
    p->binop[AY_BINOP_OR] = proxy_or;
    p->binop[AY_BINOP_COUNT + AY_BINOP_OR] = proxy_ior;
    ayType_add_methods(vm, p, proxy_methods);
}
