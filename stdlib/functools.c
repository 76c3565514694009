// _functools: partial, reduce, cmp_to_key and the lru_cache wrapper (the
// speed-sensitive parts of functools; the rest is lib/functools.py).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "seq.h"
#include "stdtypes.h"
#include "str.h"

// Calls `func` with `pre` followed by the call's own arguments, using free VM
// stack space for the combined argument array.
static AyValue call_prefixed(AyVM *vm, AyValue func, const AyValue *pre, int npre, AyValue *args, int nargs,
                             AyValue kwnames) {
    int total = npre + nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 1 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    memcpy(buf, pre, sizeof(AyValue) * (size_t)npre);
    memcpy(buf + npre, args, sizeof(AyValue) * (size_t)(total - npre));
    vm->stack_top += total;
    AyValue r = ayObj_call(vm, func, buf, npre + nargs, kwnames);
    vm->stack_top = buf;
    return r;
}

// {==== partial

typedef struct Partial {
    AyObj hdr;
    AyValue func;
    AyTuple *args;
    AyDict *kw;
    AyDict *dict;        // instance attributes (NULL until set)
} Partial;

static void partial_trace(AyVM *vm, AyObj *o) {
    Partial *p = (Partial *)o;
    ayGC_mark(vm, p->func);
    ayGC_mark_obj(vm, (AyObj *)p->args);
    ayGC_mark_obj(vm, (AyObj *)p->kw);
    ayGC_mark_obj(vm, (AyObj *)p->dict);
}

static bool is_callable(AyVM *vm, AyValue v) { return ayV_type(vm, v)->call != NULL; }

static AyValue partial_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs < 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "type 'partial' takes at least one argument");
    AyValue func = args[0];
    if (!is_callable(vm, func)) return ayErr_format(vm, AY_EXC(vm, TypeError), "the first argument must be callable");
    const AyValue *inner = NULL;
    int64_t ninner = 0;
    AyDict *innerkw = NULL;
    // partial(partial(f, a), b) flattens to partial(f, a, b) unless the inner
    // one carries attributes
    AyType *ft = ayV_type(vm, func);
    if (ft->call == AY_STD_TYPE(vm, partial)->call && ayType_is_subtype(ft, AY_STD_TYPE(vm, partial)) &&
        !AY_AS(Partial, func)->dict) {
        Partial *p = AY_AS(Partial, func);
        inner = p->args->items;
        ninner = p->args->len;
        innerkw = p->kw;
        func = p->func;
    }
    AyTuple *pargs = ayTuple_new(vm, ninner + nargs - 1);
    if (!pargs) return AY_NULL;
    for (int64_t i = 0; i < ninner; i++) pargs->items[i] = inner[i];
    for (int i = 1; i < nargs; i++) pargs->items[ninner + i - 1] = args[i];
    ayGC_push_root(vm, ayV_from_obj(pargs));
    AyDict *kw = innerkw ? ayDict_copy(vm, innerkw) : ayDict_new(vm);
    bool ok = kw != NULL;
    if (ok) ayGC_push_root(vm, ayV_from_obj(kw));
    for (int i = 0; ok && i < ayArg_nkw(kwnames); i++)
        ok = ayDict_set(vm, kw, AY_AS(AyTuple, kwnames)->items[i], args[nargs + i]) == 0;
    Partial *p = ok ? (Partial *)ayGC_new(vm, type, type->basic_size) : NULL;
    ayGC_pop_roots(vm, kw ? 2 : 1);
    if (!p) return AY_NULL;
    p->func = func;
    p->args = pargs;
    p->kw = kw;
    return ayV_from_obj(p);
}

static AyValue partial_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    Partial *p = AY_AS(Partial, self);
    if (p->kw->used == 0)
        return call_prefixed(vm, p->func, p->args->items, (int)p->args->len, args, nargs, kwnames);
    // merge the stored keywords with the call's (the call's win)
    AyDict *kw = ayDict_copy(vm, p->kw);
    if (!kw) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(kw));
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        if (ayDict_set(vm, kw, AY_AS(AyTuple, kwnames)->items[i], args[nargs + i]) < 0) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    }
    int64_t npos = p->args->len + nargs;
    AyTuple *names = ayTuple_new(vm, kw->used);
    AyTuple *all = names ? ayTuple_new(vm, npos + kw->used) : NULL;
    if (!all) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    memcpy(all->items, p->args->items, sizeof(AyValue) * (size_t)p->args->len);
    if (nargs) memcpy(all->items + p->args->len, args, sizeof(AyValue) * (size_t)nargs);
    int64_t pos = 0, k = 0;
    for (AyValue key, val; ayDict_next(kw, &pos, &key, &val); k++) {
        names->items[k] = key;
        all->items[npos + k] = val;
    }
    ayGC_push_root(vm, ayV_from_obj(names));
    ayGC_push_root(vm, ayV_from_obj(all));
    AyValue r = ayObj_call(vm, p->func, all->items, (int)npos, ayV_from_obj(names));
    ayGC_pop_roots(vm, 3);
    return r;
}

static AyValue partial_repr(AyVM *vm, AyValue self) {
    Partial *p = AY_AS(Partial, self);
    int r = aySeq_repr_enter(vm, self);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "..."));
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "%s(", ayType_name(ayV_type(vm, self)));
    bool ok = ayBuf_add_repr(&b, p->func);
    for (int64_t i = 0; ok && i < p->args->len; i++) {
        ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_repr(&b, p->args->items[i]);
    }
    int64_t pos = 0;
    for (AyValue key, val; ok && ayDict_next(p->kw, &pos, &key, &val);) {
        ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_str(&b, key);
        ayBuf_addc(&b, '=');
        ok = ok && ayBuf_add_repr(&b, val);
    }
    ayBuf_addc(&b, ')');
    aySeq_repr_leave(vm, self);
    if (!ok) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

static AyValue partial_func_get(AyVM *vm, AyValue self) { return AY_AS(Partial, self)->func; }
static AyValue partial_args_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(Partial, self)->args); }
static AyValue partial_kw_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(Partial, self)->kw); }

// (type, (func,), (func, args, kwds, dict)): what copy and pickle rebuild from.
static AyValue partial_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    Partial *p = AY_AS(Partial, args[0]);
    AyValue cargs = ayTuple_from_items(vm, &p->func, 1);
    if (!cargs) return AY_NULL;
    ayGC_push_root(vm, cargs);
    AyValue st[4] = {p->func, ayV_from_obj(p->args), ayV_from_obj(p->kw), p->dict ? ayV_from_obj(p->dict) : AY_NONE};
    AyValue state = ayTuple_from_items(vm, st, 4);
    ayGC_pop_roots(vm, 1);
    if (!state) return AY_NULL;
    AyValue parts[3] = {ayV_from_obj(ayV_type(vm, args[0])), cargs, state};
    return ayTuple_from_items(vm, parts, 3);
}

static AyValue partial_setstate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "__setstate__", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyValue st = args[1];
    if (!ayV_is_tuple(vm, st) || AY_AS(AyTuple, st)->len != 4)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid partial state");
    AyValue *s = AY_AS(AyTuple, st)->items;
    if (!is_callable(vm, s[0]) || !ayV_is_tuple(vm, s[1]) || (s[2] != AY_NONE && !ayV_is_dict(vm, s[2])))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid partial state");
    Partial *p = AY_AS(Partial, args[0]);
    AyDict *kwd = s[2] == AY_NONE ? ayDict_new(vm) : ayDict_copy(vm, AY_AS(AyDict, s[2]));
    if (!kwd) return AY_NULL;
    p->func = s[0];
    p->args = AY_AS(AyTuple, s[1]);
    p->kw = kwd;
    p->dict = s[3] == AY_NONE || !ayV_is_dict(vm, s[3]) ? NULL : AY_AS(AyDict, s[3]);
    return AY_NONE;
}

static const AyMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

static const AyGetSetDef partial_getsets[] = {
    {"func", partial_func_get, NULL},
    {"args", partial_args_get, NULL},
    {"keywords", partial_kw_get, NULL},
    {NULL},
};

static void setup_partial(AyVM *vm, AyModule *m) {
    AyType *t = ayStd_new_type(vm, AY_STD_partial, "functools", "functools.partial", vm->t_object, sizeof(Partial),
                               AY_TF_BASETYPE | AY_TF_HAS_DICT);
    t->dict_offset = offsetof(Partial, dict);
    t->trace = partial_trace;
    t->tp_new = partial_new;
    t->call = partial_call;
    t->repr = partial_repr;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, partial_methods);
    ayType_add_getsets(vm, t, partial_getsets);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "partial", ayV_from_obj(t));
}

// }====
// {==== reduce

static AyValue f_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "reduce", kw) || !ayArg_count(vm, "reduce", nargs, 2, 3)) return AY_NULL;
    AyValue func = args[0];
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "reduce() arg 2 must support iteration");
        }
        return AY_NULL;
    }
    ayGC_push_root(vm, it);
    // the accumulator and the current item live in root slots (overwritten as
    // they change); slots are re-read because calls may grow the root array
    ayGC_push_root(vm, nargs > 2 ? args[2] : AY_NULL);
    ayGC_push_root(vm, AY_NULL);
    size_t acc = vm->nroots - 2, cur = vm->nroots - 1;
    for (AyValue v; (v = ayObj_next(vm, it));) {
        if (!vm->roots[acc]) {
            vm->roots[acc] = v;
            continue;
        }
        vm->roots[cur] = v;
        AyValue r = ayObj_call2(vm, func, vm->roots[acc], v);
        if (!r) break;
        vm->roots[acc] = r;
    }
    AyValue result = vm->roots[acc];
    ayGC_pop_roots(vm, 3);
    if (ayErr_occurred(vm)) return AY_NULL;
    if (!result)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "reduce() of empty iterable with no initial value");
    return result;
}

// }====
// {==== cmp_to_key

typedef struct KeyWrapper {
    AyObj hdr;
    AyValue cmp;
    AyValue obj;         // AY_NULL for the factory returned by cmp_to_key
} KeyWrapper;

static void key_trace(AyVM *vm, AyObj *o) {
    ayGC_mark(vm, ((KeyWrapper *)o)->cmp);
    ayGC_mark(vm, ((KeyWrapper *)o)->obj);
}

static AyValue key_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "K", args, nargs, kwnames, "obj", a)) return AY_NULL;
    KeyWrapper *k = AY_NEW(vm, KeyWrapper, AY_STD_TYPE(vm, K));
    if (!k) return AY_NULL;
    k->cmp = AY_AS(KeyWrapper, self)->cmp;
    k->obj = a[0];
    return ayV_from_obj(k);
}

static AyValue key_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_type(vm, b, AY_STD_TYPE(vm, K)))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "other argument must be K instance");
    KeyWrapper *x = AY_AS(KeyWrapper, a), *y = AY_AS(KeyWrapper, b);
    AyValue r = ayObj_call2(vm, x->cmp, x->obj, y->obj);
    if (!r) return AY_NULL;
    return ayObj_richcmp(vm, r, ayV_small(0), op);
}

static AyValue key_obj_get(AyVM *vm, AyValue self) {
    AyValue o = AY_AS(KeyWrapper, self)->obj;
    return o ? o : ayErr_format(vm, AY_EXC(vm, AttributeError), "obj");
}

static const AyGetSetDef key_getsets[] = {
    {"obj", key_obj_get, NULL},
    {NULL},
};

static AyValue f_cmp_to_key(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "cmp_to_key", args, nargs, kw, "mycmp", a)) return AY_NULL;
    KeyWrapper *k = AY_NEW(vm, KeyWrapper, AY_STD_TYPE(vm, cmp_to_key));
    if (!k) return AY_NULL;
    k->cmp = a[0];
    return ayV_from_obj(k);
}

static void setup_cmp_to_key(AyVM *vm) {
    // the factory and the keys it makes: both functools.KeyWrapper in CPython
    AyType *f = ayStd_new_type(vm, AY_STD_cmp_to_key, "functools", "functools.KeyWrapper", vm->t_object,
                               sizeof(KeyWrapper), 0);
    f->trace = key_trace;
    f->call = key_call;
    ayType_ready(vm, f);
    AyType *k = ayStd_new_type(vm, AY_STD_K, "functools", "functools.KeyWrapper", vm->t_object, sizeof(KeyWrapper), 0);
    k->trace = key_trace;
    k->richcmp = key_richcmp;
    ayType_add_slot_wrappers(vm, k);
    ayType_add_getsets(vm, k, key_getsets);
    ayType_ready(vm, k);
    k->hash = NULL;
}

// }====
// {==== lru_cache wrapper

typedef struct LruCache {
    AyObj hdr;
    AyDict *dict;            // attributes set by update_wrapper
    AyValue func;
    AyDict *cache;           // key -> result, least recently used first
    AyValue cache_info_type; // the _CacheInfo named tuple
    AyValue kwd_mark;        // separates positional from keyword parts of keys
    int64_t maxsize;         // -1: unbounded
    int64_t oldest_pos;      // cache entries before this index are all deleted
    int64_t hits, misses;
    bool typed;
} LruCache;

static void lru_trace(AyVM *vm, AyObj *o) {
    LruCache *c = (LruCache *)o;
    ayGC_mark_obj(vm, (AyObj *)c->dict);
    ayGC_mark(vm, c->func);
    ayGC_mark_obj(vm, (AyObj *)c->cache);
    ayGC_mark(vm, c->cache_info_type);
    ayGC_mark(vm, c->kwd_mark);
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
static AyValue lru_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "_lru_cache_wrapper", args, nargs, kwnames, "user_function maxsize typed cache_info_type", a))
        return AY_NULL;
    if (!is_callable(vm, a[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != AY_NONE) {
        if (!ayV_is_anyint(vm, a[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "maxsize should be integer or None");
        if (ayInt_as_i64(vm, a[1], &maxsize) < 0) return AY_NULL;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = ayObj_truth(vm, a[2]);
    if (typed < 0) return AY_NULL;
    AyDict *cache = ayDict_new(vm);
    if (!cache) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(cache));
    AyObj *mark = ayGC_new(vm, vm->t_object, vm->t_object->basic_size);
    LruCache *c = mark ? (LruCache *)ayGC_new(vm, type, type->basic_size) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!c) return AY_NULL;
    c->func = a[0];
    c->cache = cache;
    c->cache_info_type = a[3];
    c->kwd_mark = ayV_from_obj(mark);
    c->maxsize = maxsize;
    c->typed = typed;
    return ayV_from_obj(c);
}

// The cache key of a call: the argument itself for one int/str argument, else
// a tuple of args [, mark, kw names and values] [, argument types].
static AyValue make_key(AyVM *vm, LruCache *c, AyValue *args, int nargs, AyValue kwnames) {
    int nkw = ayArg_nkw(kwnames);
    if (nargs == 1 && !nkw && !c->typed) {
        AyType *t = ayV_type(vm, args[0]);
        if (t == vm->t_int || t == vm->t_str) return args[0];
    }
    int64_t n = nargs + (nkw ? 1 + 2 * nkw : 0);
    if (c->typed) n += nargs + nkw;
    AyTuple *key = ayTuple_new(vm, n);
    if (!key) return AY_NULL;
    int64_t k = 0;
    for (int i = 0; i < nargs; i++) key->items[k++] = args[i];
    if (nkw) {
        key->items[k++] = c->kwd_mark;
        for (int i = 0; i < nkw; i++) {
            key->items[k++] = AY_AS(AyTuple, kwnames)->items[i];
            key->items[k++] = args[nargs + i];
        }
    }
    if (c->typed) {
        for (int i = 0; i < nargs + nkw; i++) key->items[k++] = ayV_from_obj(ayV_type(vm, args[i]));
    }
    return ayV_from_obj(key);
}

// Adds a key to the cache. Deleted entries pile up at the front of the dict
// until a resize compacts it; oldest_pos lets eviction skip them, so it must
// restart at 0 whenever an insertion did not simply append (a resize).
static int lru_store(AyVM *vm, LruCache *c, AyValue key, AyValue result) {
    int64_t appended_at = c->cache->nentries;
    if (ayDict_set(vm, c->cache, key, result) < 0) return -1;
    if (c->cache->nentries != appended_at + 1) c->oldest_pos = 0;
    return 0;
}

// Drops the least recently used entry (the first in insertion order).
static int lru_evict(AyVM *vm, LruCache *c) {
    AyValue key;
    if (!ayDict_next(c->cache, &c->oldest_pos, &key, NULL)) return 0;
    return ayDict_del(vm, c->cache, key) < 0 ? -1 : 0;
}

static AyValue lru_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    LruCache *c = AY_AS(LruCache, self);
    if (c->maxsize == 0) {
        c->misses++;
        return ayObj_call(vm, c->func, args, nargs, kwnames);
    }
    AyValue key = make_key(vm, c, args, nargs, kwnames);
    if (!key) return AY_NULL;
    ayGC_push_root(vm, key);
    AyValue r = ayDict_get(vm, c->cache, key);
    if (r) {
        c->hits++;
        if (c->maxsize > 0) {
            // move to the most recently used end
            ayGC_push_root(vm, r);
            bool ok = ayDict_del(vm, c->cache, key) >= 0 && lru_store(vm, c, key, r) == 0;
            ayGC_pop_roots(vm, 2);
            return ok ? r : AY_NULL;
        }
        ayGC_pop_roots(vm, 1);
        return r;
    }
    if (ayErr_occurred(vm)) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    c->misses++;
    r = ayObj_call(vm, c->func, args, nargs, kwnames);
    if (!r) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    ayGC_push_root(vm, r);
    // a recursive call may have cached the same key meanwhile
    bool ok = true;
    AyValue again = ayDict_get(vm, c->cache, key);
    if (!again && !ayErr_occurred(vm)) {
        ok = lru_store(vm, c, key, r) == 0;
        if (ok && c->maxsize > 0 && c->cache->used > c->maxsize) ok = lru_evict(vm, c) == 0;
    } else if (ayErr_occurred(vm)) {
        ok = false;
    }
    ayGC_pop_roots(vm, 2);
    return ok ? r : AY_NULL;
}

static AyValue lru_descr_get(AyVM *vm, AyValue self, AyValue obj, AyValue type) {
    if (obj == AY_NONE || !obj) return self;
    return ayMethod_new(vm, self, obj);
}

static AyValue lru_cache_info(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    LruCache *c = AY_AS(LruCache, args[0]);
    AyValue info[4] = {ayInt_from_i64(vm, c->hits), ayInt_from_i64(vm, c->misses),
                       c->maxsize < 0 ? AY_NONE : ayInt_from_i64(vm, c->maxsize), ayInt_from_i64(vm, c->cache->used)};
    return ayObj_call(vm, c->cache_info_type, info, 4, AY_NULL);
}

static AyValue lru_cache_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    LruCache *c = AY_AS(LruCache, args[0]);
    c->hits = c->misses = c->oldest_pos = 0;
    ayDict_clear(vm, c->cache);
    return AY_NONE;
}

static AyValue lru_self(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

static AyValue lru_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayObj_getattr(vm, args[0], vm->s.__qualname__);
}

static const AyMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, NULL},
    {"cache_clear", lru_cache_clear, 0, NULL},
    {"__copy__", lru_self, 0, NULL},
    {"__deepcopy__", lru_self, 0, NULL},
    {"__reduce__", lru_reduce, 0, NULL},
    {NULL},
};

static void setup_lru(AyVM *vm, AyModule *m) {
    AyType *t = ayStd_new_type(vm, AY_STD_lru_cache_wrapper, "functools", "functools._lru_cache_wrapper",
                               vm->t_object, sizeof(LruCache), AY_TF_HAS_DICT);
    t->dict_offset = offsetof(LruCache, dict);
    t->trace = lru_trace;
    t->tp_new = lru_new;
    t->call = lru_call;
    t->descr_get = lru_descr_get;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, lru_methods);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "_lru_cache_wrapper", ayV_from_obj(t));
}

// }====

static const AyMethodDef functools_funcs[] = {
    {"reduce", f_reduce, 0, NULL},
    {"cmp_to_key", f_cmp_to_key, 0, NULL},
    {NULL},
};

AyValue ayMod_functools(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_functools", functools_funcs);
    if (!m) return AY_NULL;
    setup_partial(vm, m);
    setup_cmp_to_key(vm);
    setup_lru(vm, m);
    return ayV_from_obj(m);
}
