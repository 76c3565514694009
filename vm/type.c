// Type objects, `object`, native functions, method descriptors and bound
// methods: the machinery every other type is built from.
#include <string.h>

#include "native.h"
#include "str.h"
#include "vm.h"
#include "containers.h"
#include "module.h"
#include "weakref.h"

// {==== type objects

static void type_trace(AyVM *vm, AyObj *o) {
    AyType *t = (AyType *)o;
    ayGC_mark_obj(vm, (AyObj *)t->name);
    ayGC_mark_obj(vm, (AyObj *)t->qualname);
    ayGC_mark(vm, t->module);
    ayGC_mark_obj(vm, (AyObj *)t->base);
    ayGC_mark_obj(vm, (AyObj *)t->bases);
    ayGC_mark_obj(vm, (AyObj *)t->mro);
    ayGC_mark_obj(vm, (AyObj *)t->dict);
}

AyType *ayType_new_builtin(AyVM *vm, const char *name, AyType *base, size_t basic_size,
                           uint32_t flags) {
    AyType *t = ayGC_new_type(vm, vm->t_type, sizeof(AyType));
    t->c_name = name;
    t->name = ayStr_intern_c(vm, name);
    t->qualname = t->name;
    t->base = base;
    t->basic_size = (uint32_t)basic_size;
    t->flags = flags | (base ? base->flags & ~(AY_TF_HEAPTYPE | AY_TF_BASETYPE | AY_TF_ABSTRACT) : 0);
    t->dict = ayDict_new(vm);
    if (t->dict) t->dict->of_type = 1;
    t->module = ayV_from_obj(ayStr_intern_c(vm, "builtins"));
    t->version = 1;
    return t;
}

void ayType_set(AyVM *vm, AyType *t, const char *name, AyValue v) {
    ayDict_set(vm, t->dict, ayV_from_obj(ayStr_intern_c(vm, name)), v);
    t->version++;
}

// Copies every C slot `t` leaves NULL from `base`.
static void inherit_slots(AyType *t, AyType *base) {
#define INHERIT(slot) if (!t->slot) t->slot = base->slot
    INHERIT(tp_new); INHERIT(tp_init); INHERIT(call); INHERIT(repr); INHERIT(str);
    INHERIT(richcmp); INHERIT(truth); INHERIT(getattr); INHERIT(setattr);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(iter); INHERIT(next); INHERIT(send); INHERIT(len);
    INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(neg); INHERIT(pos);
    INHERIT(invert); INHERIT(abs); INHERIT(index); INHERIT(to_int); INHERIT(to_float);
    INHERIT(trace); INHERIT(finalize); INHERIT(gc_size);
    // A type that defines equality without hash is unhashable (CPython's rule).
    if (!t->hash && !(t->richcmp && t->richcmp != base->richcmp)) t->hash = base->hash;
    for (int i = 0; i < 2 * AY_BINOP_COUNT; i++) INHERIT(binop[i]);
#undef INHERIT
    if (!t->dict_offset) t->dict_offset = base->dict_offset;
}

void ayType_ready(AyVM *vm, AyType *t) {
    AyType *chain[64];
    int n = 0;
    for (AyType *b = t; b && n < 64; b = b->base) chain[n++] = b;
    AyTuple *mro = ayTuple_new(vm, n);
    for (int i = 0; i < n; i++) mro->items[i] = ayV_from_obj(chain[i]);
    t->mro = mro;
    if (!(t->flags & AY_TF_HEAPTYPE)) ayType_add_slot_wrappers(vm, t);
    if (t->base) {
        inherit_slots(t, t->base);
        // unhashable by CPython's rule: say so in the dict (list.__hash__ is None)
        if (!t->hash && t->base->hash && !(t->flags & AY_TF_HEAPTYPE) && !ayDict_get_str(vm, t->dict, vm->s.__hash__))
            ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__hash__), AY_NONE);
        t->bases = ayTuple_new(vm, 1);
        t->bases->items[0] = ayV_from_obj(t->base);
    } else {
        t->bases = vm->empty_tuple;
    }
}

bool ayType_is_subtype(AyType *a, AyType *b) {
    if (a == b) return true;
    AyTuple *mro = a->mro;
    if (!mro) {
        for (AyType *t = a->base; t; t = t->base)
            if (t == b) return true;
        return false;
    }
    for (int64_t i = 0; i < mro->len; i++)
        if (ayV_obj(mro->items[i]) == (AyObj *)b) return true;
    return false;
}

// Builtin types answer with their C name, which (like CPython's tp_name) may
// be dotted ("collections.deque"); classes with their __name__.
const char *ayType_name(AyType *t) {
    return t->c_name ? t->c_name : t->name->data;
}

AyValue ayType_lookup(AyVM *vm, AyType *t, AyStr *name) {
    AyTuple *mro = t->mro;
    if (!mro) return ayDict_get_str(vm, t->dict, name);
    struct AyTypeCacheEntry *e =
        &vm->type_cache[(((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (AY_TYPE_CACHE_SIZE - 1)];
    if (e->type == t && e->name == name && e->epoch == vm->type_epoch) return e->value;
    AyValue found = AY_NULL;
    for (int64_t i = 0; i < mro->len; i++) {
        AyType *b = (AyType *)ayV_obj(mro->items[i]);
        AyValue v = ayDict_get_str(vm, b->dict, name);
        if (v) {
            found = v;
            break;
        }
    }
    if (name->interned) {  // interned names live as long as the VM, so the key stays valid
        e->type = t;
        e->name = name;
        e->value = found;
        e->epoch = vm->type_epoch;
    }
    return found;
}

// }====
// {==== generic attribute access (object.__getattribute__ / __setattr__)

AyValue ayObj_generic_getattr(AyVM *vm, AyValue obj, AyStr *name) {
    AyType *tp = ayV_type(vm, obj);
    AyValue descr = ayType_lookup(vm, tp, name);
    AyType *dt = NULL;
    if (descr) {
        dt = ayV_type(vm, descr);
        if (dt->descr_get && dt->descr_set)
            return dt->descr_get(vm, descr, obj, ayV_from_obj(tp));
    }
    if (ayV_is_obj(obj)) {
        AyDict **slot = ayObj_dict_slot(ayV_obj(obj));
        if (slot && *slot) {
            AyValue v = ayDict_get_str(vm, *slot, name);
            if (v) return v;
        }
    }
    if (descr) {
        if (dt->descr_get) return dt->descr_get(vm, descr, obj, ayV_from_obj(tp));
        return descr;
    }
    return ayErr_format(vm, AY_EXC(vm, AttributeError), "'%s' object has no attribute '%U'",
                        ayType_name(tp), name);
}

int ayObj_generic_setattr(AyVM *vm, AyValue obj, AyStr *name, AyValue v) {
    AyType *tp = ayV_type(vm, obj);
    AyValue descr = ayType_lookup(vm, tp, name);
    if (descr) {
        AyType *dt = ayV_type(vm, descr);
        if (dt->descr_set) return dt->descr_set(vm, descr, obj, v);
    }
    AyDict **slot = ayV_is_obj(obj) ? ayObj_dict_slot(ayV_obj(obj)) : NULL;
    if (!slot) {
        if (descr)
            ayErr_format(vm, AY_EXC(vm, AttributeError), "'%s' object attribute '%U' is read-only",
                         ayType_name(tp), name);
        else
            ayErr_format(vm, AY_EXC(vm, AttributeError), "'%s' object has no attribute '%U'",
                         ayType_name(tp), name);
        return -1;
    }
    if (!*slot) {
        if (!v) goto missing;
        *slot = ayDict_new(vm);
        if (!*slot) return -1;
    }
    if (v) return ayDict_set(vm, *slot, ayV_from_obj(name), v);
    int r = ayDict_del(vm, *slot, ayV_from_obj(name));
    if (r > 0) return 0;
    if (r < 0) return -1;
missing:
    ayErr_format(vm, AY_EXC(vm, AttributeError), "'%s' object has no attribute '%U'",
                 ayType_name(tp), name);
    return -1;
}

// type.__getattribute__: the metatype's data descriptors, then the MRO of the
// class itself (binding descriptors with obj=None), then the metatype's rest.
static AyValue type_getattr(AyVM *vm, AyValue self, AyStr *name) {
    AyType *t = (AyType *)ayV_obj(self);
    AyType *meta = ayV_type(vm, self);
    AyValue mdescr = ayType_lookup(vm, meta, name);
    AyType *mdt = mdescr ? ayV_type(vm, mdescr) : NULL;
    if (mdt && mdt->descr_get && mdt->descr_set) return mdt->descr_get(vm, mdescr, self, ayV_from_obj(meta));
    AyValue v = ayType_lookup(vm, t, name);
    if (v) {
        AyType *vt = ayV_type(vm, v);
        if (vt->descr_get) return vt->descr_get(vm, v, AY_NONE, self);
        return v;
    }
    if (mdescr) {
        if (mdt->descr_get) return mdt->descr_get(vm, mdescr, self, ayV_from_obj(meta));
        return mdescr;
    }
    return ayErr_format(vm, AY_EXC(vm, AttributeError), "type object '%s' has no attribute '%U'",
                        ayType_name(t), name);
}

int ayType_setattr_base(AyVM *vm, AyValue self, AyStr *name, AyValue v) {
    AyType *t = (AyType *)ayV_obj(self);
    if (!(t->flags & AY_TF_HEAPTYPE)) {
        ayErr_format(vm, AY_EXC(vm, TypeError),
                     "cannot set '%U' attribute of immutable type '%s'", name, ayType_name(t));
        return -1;
    }
    AyType *meta = ayV_type(vm, self);
    AyValue mdescr = ayType_lookup(vm, meta, name);
    if (mdescr) {
        AyType *mdt = ayV_type(vm, mdescr);
        if (mdt->descr_set) return mdt->descr_set(vm, mdescr, self, v);
    }
    t->version++;
    // a metaclass's own '__module__' string shadows type's descriptor: keep the repr's copy in step
    if (v && name == vm->s.__module__) t->module = v;
    if (v) return ayDict_set(vm, t->dict, ayV_from_obj(name), v);
    int r = ayDict_del(vm, t->dict, ayV_from_obj(name));
    if (r > 0) return 0;
    if (r == 0)
        ayErr_format(vm, AY_EXC(vm, AttributeError), "type object '%s' has no attribute '%U'",
                     ayType_name(t), name);
    return -1;
}

static AyValue type_repr(AyVM *vm, AyValue self) {
    AyType *t = (AyType *)ayV_obj(self);
    AyValue mod = t->module;
    if (mod && ayV_is_str(vm, mod) && strcmp(AY_AS(AyStr, mod)->data, "builtins") != 0)
        return ayStr_from_fmt(vm, "<class '%U.%U'>", AY_AS(AyStr, mod), t->qualname);
    return ayStr_from_fmt(vm, "<class '%U'>", t->qualname);
}

// type(x) with one argument; three-argument type() is in class.c.
static AyValue type_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyType *t = (AyType *)ayV_obj(callee);
    if (t == vm->t_type && nargs == 1 && !kwnames) return ayV_from_obj(ayV_type(vm, args[0]));
    if (!t->tp_new)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "cannot create '%s' instances", ayType_name(t));
    AyValue obj = t->tp_new(vm, t, args, nargs, kwnames);
    if (!obj) return AY_NULL;
    // __init__ runs only when __new__ returned an instance of t.
    AyType *ot = ayV_type(vm, obj);
    if (ot->tp_init && ayType_is_subtype(ot, t)) {
        ayGC_push_root(vm, obj);
        AyValue r = ot->tp_init(vm, obj, args, nargs, kwnames);
        ayGC_pop_roots(vm, 1);
        if (!r) return AY_NULL;
    }
    return obj;
}

static AyValue type_mro(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyTuple *mro = AY_AS(AyType, args[0])->mro;
    return ayList_from_items(vm, mro->items, mro->len);
}

// }====
// {==== object

static AyValue object_repr(AyVM *vm, AyValue self) {
    AyType *t = ayV_type(vm, self);
    AyValue mod = t->module;
    if (mod && ayV_is_str(vm, mod) && strcmp(AY_AS(AyStr, mod)->data, "builtins") != 0)
        return ayStr_from_fmt(vm, "<%U.%U object at %p>", AY_AS(AyStr, mod), t->qualname,
                              (void *)ayV_obj(self));
    return ayStr_from_fmt(vm, "<%U object at %p>", t->qualname, (void *)ayV_obj(self));
}

static int64_t object_hash(AyVM *vm, AyValue self) {
    // Objects are 8-byte aligned: rotate the zero bits away.
    uint64_t p = self;
    int64_t h = (int64_t)((p >> 3) | (p << 61));
    return h == -1 ? -2 : h;
}

static AyValue object_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (op == AY_EQ) return a == b ? AY_TRUE : AY_NOTIMPLEMENTED;
    if (op == AY_NE) {
        // __ne__ inverts __eq__ unless that is NotImplemented.
        AyType *t = ayV_type(vm, a);
        if (t->richcmp && t->richcmp != object_richcmp) {
            AyValue r = t->richcmp(vm, a, b, AY_EQ);
            if (!r || r == AY_NOTIMPLEMENTED) return r;
            int truth = ayObj_truth(vm, r);
            if (truth < 0) return AY_NULL;
            return ayV_bool(!truth);
        }
        return a == b ? AY_FALSE : AY_NOTIMPLEMENTED;
    }
    return AY_NOTIMPLEMENTED;
}

// "Can't instantiate abstract class C without an implementation for
// abstract methods 'a', 'b'" (the names sorted).
static AyValue abstract_instantiation_error(AyVM *vm, AyType *t) {
    AyValue names = ayDict_get_str(vm, t->dict, vm->s.__abstractmethods__);
    AyValue list = names ? ayObj_to_list(vm, names) : AY_NULL;
    if (!list) return ayErr_format(vm, AY_EXC(vm, TypeError), "Can't instantiate abstract class %s", ayType_name(t));
    ayGC_push_root(vm, list);
    AyList *l = AY_AS(AyList, list);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ok = ayList_sort(vm, l, AY_NULL, false);
    for (int64_t i = 0; ok && i < l->len; i++) {
        if (i) ayBuf_add(&b, "', '", 4);
        ok = ayBuf_add_str(&b, l->items[i]);
    }
    AyValue joined = ok ? ayBuf_finish(&b) : AY_NULL;
    if (!ok) ayBuf_free(&b);
    ayGC_pop_roots(vm, 1);
    if (!joined) return AY_NULL;
    return ayErr_format(vm, AY_EXC(vm, TypeError),
                        "Can't instantiate abstract class %s without an implementation for abstract method%s '%S'",
                        ayType_name(t), l->len > 1 ? "s" : "", joined);
}

static AyValue object_new(AyVM *vm, AyType *t, AyValue *args, int nargs, AyValue kwnames) {
    if ((nargs || kwnames) && t->tp_init == vm->t_object->tp_init) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes no arguments", ayType_name(t));
    }
    if (t->flags & AY_TF_ABSTRACT) return abstract_instantiation_error(vm, t);
    // a builtin type without a constructor of its own: an empty instance would
    // crash whatever uses its C fields (CPython: no tp_new)
    if (!(t->flags & AY_TF_HEAPTYPE) && t != vm->t_object)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "cannot create '%s' instances", ayType_name(t));
    AyObj *o = ayGC_new(vm, t, t->basic_size);
    return o ? ayV_from_obj(o) : AY_NULL;
}

static AyValue object_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyType *t = ayV_type(vm, self);
    if ((nargs || kwnames) && t->tp_new != vm->t_object->tp_new && t->tp_init == vm->t_object->tp_init)
        return AY_NONE;
    if ((nargs || kwnames) && t->tp_init != vm->t_object->tp_init)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "object.__init__() takes exactly one argument (the instance to initialize)");
    return AY_NONE;
}

// object.__str__ is repr(), even when called from an overriding __str__
static AyValue object_str_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayObj_repr(vm, args[0]); }
static AyValue object_repr_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return object_repr(vm, args[0]); }

static AyValue object_format_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    if (AY_AS(AyStr, args[1])->len)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported format string passed to %T.__format__",
                            args[0]);
    return ayObj_str(vm, args[0]);
}

size_t ayObj_footprint(AyValue v) {
    if (!ayV_is_obj(v)) return ayV_is_float(v) ? 24 : 28;  // CPython's sizes of a small float and int
    return ayObj_size(ayV_obj(v));
}

static AyValue object_sizeof_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "object.__sizeof__", nargs - 1, 0, 0)) return AY_NULL;
    return ayV_small((int64_t)ayObj_footprint(args[0]));
}

// The default reductions and state are copyreg's (Python code).
static AyValue call_copyreg(AyVM *vm, const char *name, AyValue *args, int nargs) {
    AyValue copyreg = ayImport_module(vm, "copyreg");
    AyValue fn = copyreg ? ayObj_getattr(vm, copyreg, ayStr_intern_c(vm, name)) : AY_NULL;
    return fn ? ayObj_call(vm, fn, args, nargs, AY_NULL) : AY_NULL;
}

static AyValue object_getstate_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "object.__getstate__", nargs - 1, 0, 0)) return AY_NULL;
    return call_copyreg(vm, "_getstate", args, 1);
}

static AyValue object_reduce_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "object.__reduce__", nargs - 1, 0, 0)) return AY_NULL;
    AyValue call[2] = {args[0], ayV_small(0)};
    return call_copyreg(vm, "_reduce_ex", call, 2);
}

// __reduce_ex__(protocol): a class's own __reduce__ wins over the defaults.
static AyValue object_reduce_ex_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "object.__reduce_ex__", nargs - 1, 1, 1)) return AY_NULL;
    int64_t protocol;
    if (!ayV_is_anyint(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[1]);
    if (ayObj_as_ssize(vm, args[1], &protocol) < 0) return AY_NULL;
    AyStr *reduce = ayStr_intern_c(vm, "__reduce__");
    AyValue own = ayType_lookup(vm, ayV_type(vm, args[0]), reduce);
    if (own && own != ayDict_get_str(vm, vm->t_object->dict, reduce))
        return ayObj_call_method(vm, args[0], reduce, args, 0);
    return protocol >= 2 ? call_copyreg(vm, "_reduce_newobj", args, 1) : call_copyreg(vm, "_reduce_ex", args, 2);
}

// What dir() lists (unsorted): the instance's __dict__, then the dicts of
// its class and the class's bases; for a class, its own and its bases'.
static AyValue dir_names(AyVM *vm, AyValue o, AyType *t) {
    AyDict *seen = ayDict_new(vm);
    if (!seen) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(seen));
    AyValue d = t == ayV_type(vm, o) ? ayObj_getattr_opt(vm, o, vm->s.__dict__) : AY_NULL;
    bool ok = !ayErr_occurred(vm) && (!d || !ayV_is_dict(vm, d) || ayDict_update(vm, seen, d) == 0);
    for (int64_t i = 0; ok && t->mro && i < t->mro->len; i++)
        ok = ayDict_update(vm, seen, ayV_from_obj(AY_AS(AyType, t->mro->items[i])->dict)) == 0;
    AyList *names = ok ? ayList_new(vm, (int64_t)seen->used) : NULL;
    int64_t pos = 0;
    AyValue k;
    while (names && ayDict_next(seen, &pos, &k, NULL))
        if (!ayList_append(vm, names, k)) names = NULL;
    ayGC_pop_roots(vm, 1);
    return names ? ayV_from_obj(names) : AY_NULL;
}

static AyValue object_dir_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__dir__", nargs - 1, 0, 0)) return AY_NULL;
    return dir_names(vm, args[0], ayV_type(vm, args[0]));
}

static AyValue type_dir_m(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__dir__", nargs - 1, 0, 0)) return AY_NULL;
    if (!ayV_is_typeobj(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "descriptor '__dir__' requires a 'type' object but received a '%T'",
                            args[0]);
    return dir_names(vm, args[0], AY_AS(AyType, args[0]));
}

static const AyMethodDef object_methods[] = {
    {"__dir__", object_dir_m, 0, NULL},
    {"__str__", object_str_m, 0, NULL},
    {"__repr__", object_repr_m, 0, NULL},
    {"__format__", object_format_m, 0, NULL},
    {"__sizeof__", object_sizeof_m, 0, NULL},
    {"__getstate__", object_getstate_m, 0, NULL},
    {"__reduce__", object_reduce_m, 0, NULL},
    {"__reduce_ex__", object_reduce_ex_m, 0, NULL},
    {NULL},
};

// }====
// {==== native functions and method descriptors

static void native_trace(AyVM *vm, AyObj *o) {
    AyNative *n = (AyNative *)o;
    ayGC_mark(vm, n->self);
    ayGC_mark_obj(vm, (AyObj *)n->owner);
}

AyValue ayNative_new(AyVM *vm, const char *name, AyNativeFn fn, AyValue self, const char *doc) {
    AyNative *n = AY_NEW(vm, AyNative, vm->t_builtin_function);
    if (!n) return AY_NULL;
    n->fn = fn;
    n->name = name;
    n->doc = doc;
    n->self = self;
    return ayV_from_obj(n);
}

void ayNative_add_all(AyVM *vm, AyDict *dict, const AyMethodDef *defs, AyValue self) {
    for (; defs->name; defs++) {
        AyValue f = ayNative_new(vm, defs->name, defs->fn, self, defs->doc);
        ayDict_set(vm, dict, ayV_from_obj(ayStr_intern_c(vm, defs->name)), f);
    }
}

void ayType_add_methods(AyVM *vm, AyType *t, const AyMethodDef *defs) {
    for (; defs->name; defs++) {
        AyNative *n = AY_NEW(vm, AyNative, vm->t_method_descriptor);
        n->fn = defs->fn;
        n->name = defs->name;
        n->doc = defs->doc;
        n->owner = t;
        n->flags = defs->flags ? defs->flags : AY_NATIVE_METHOD;
        ayDict_set(vm, t->dict, ayV_from_obj(ayStr_intern_c(vm, defs->name)), ayV_from_obj(n));
    }
    t->version++;
}

// Calls fn with `self` prepended to the arguments, using free VM stack space.
static AyValue call_with_self(AyVM *vm, AyNativeFn fn, AyValue self, AyValue *args, int nargs,
                              AyValue kwnames) {
    int total = nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 1 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = self;
    memcpy(buf + 1, args, sizeof(AyValue) * (size_t)total);
    vm->stack_top += total + 1;
    AyValue r = fn(vm, buf, nargs + 1, kwnames);
    vm->stack_top = buf;
    return r;
}

static AyValue native_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyNative *n = AY_AS(AyNative, callee);
    if (n->self && !(n->flags & AY_NATIVE_STATIC) && !ayV_is_type(vm, n->self, vm->t_module))
        return call_with_self(vm, n->fn, n->self, args, nargs, kwnames);
    return n->fn(vm, args, nargs, kwnames);
}

// Calling an unbound method descriptor: list.append(lst, x).
static AyValue descr_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyNative *n = AY_AS(AyNative, callee);
    if (n->flags & AY_NATIVE_STATIC) return n->fn(vm, args, nargs, kwnames);
    if (n->flags & AY_NATIVE_CLASSMETHOD)
        return call_with_self(vm, n->fn, ayV_from_obj(n->owner), args, nargs, kwnames);
    if (nargs < 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "unbound method %s.%s() needs an argument",
                            ayType_name(n->owner), n->name);
    if (!ayType_is_subtype(ayV_type(vm, args[0]), n->owner))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", n->name,
                            ayType_name(n->owner), args[0]);
    return n->fn(vm, args, nargs, kwnames);
}

static AyValue descr_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyNative *n = AY_AS(AyNative, descr);
    if (n->flags & AY_NATIVE_STATIC) return descr;
    if (n->flags & AY_NATIVE_CLASSMETHOD) {
        AyValue owner = obj == AY_NONE ? type : ayV_from_obj(ayV_type(vm, obj));
        AyValue b = ayNative_new(vm, n->name, n->fn, owner, n->doc);
        return b;
    }
    if (obj == AY_NONE && type != ayV_from_obj(vm->t_NoneType)) return descr;
    if (!ayType_is_subtype(ayV_type(vm, obj), n->owner))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", n->name,
                            ayType_name(n->owner), obj);
    AyValue b = ayNative_new(vm, n->name, n->fn, obj, n->doc);
    return b;
}

static AyValue native_repr(AyVM *vm, AyValue self) {
    AyNative *n = AY_AS(AyNative, self);
    if (n->self && !ayV_is_type(vm, n->self, vm->t_module))
        return ayStr_from_fmt(vm, "<built-in method %s of %T object at %p>", n->name, n->self,
                              (void *)ayV_obj(n->self));
    return ayStr_from_fmt(vm, "<built-in function %s>", n->name);
}

static AyValue descr_repr(AyVM *vm, AyValue self) {
    AyNative *n = AY_AS(AyNative, self);
    return ayStr_from_fmt(vm, "<method '%s' of '%s' objects>", n->name, ayType_name(n->owner));
}

static AyValue native_name_get(AyVM *vm, AyValue self) {
    return ayV_from_obj(ayStr_intern_c(vm, AY_AS(AyNative, self)->name));
}
static AyValue native_self_get(AyVM *vm, AyValue self) {
    AyNative *n = AY_AS(AyNative, self);
    return n->self ? n->self : AY_NONE;
}
// "str.upper" for methods (bound or not), "len" for functions.
static AyValue native_qualname_get(AyVM *vm, AyValue self) {
    AyNative *n = AY_AS(AyNative, self);
    AyType *owner = n->owner;
    if (!owner && n->self && !ayV_is_type(vm, n->self, vm->t_module))
        owner = ayV_is_typeobj(vm, n->self) && (n->flags & AY_NATIVE_CLASSMETHOD) ? AY_AS(AyType, n->self)
                                                                                 : ayV_type(vm, n->self);
    if (!owner) return native_name_get(vm, self);
    return ayStr_from_fmt(vm, "%U.%s", owner->qualname ? owner->qualname : owner->name, n->name);
}
static AyValue native_doc_get(AyVM *vm, AyValue self) {
    const char *doc = AY_AS(AyNative, self)->doc;
    AyStr *s = doc ? ayStr_new(vm, doc, strlen(doc)) : NULL;
    return !doc ? AY_NONE : s ? ayV_from_obj(s) : AY_NULL;
}
// __module__: the name of the module a module-level function belongs to,
// None for methods (as CPython's builtin functions).
static AyValue native_module_get(AyVM *vm, AyValue self) {
    AyNative *n = AY_AS(AyNative, self);
    if (n->self && ayV_is_type(vm, n->self, vm->t_module)) return ayV_from_obj(AY_AS(AyModule, n->self)->name);
    // the builtins are made without a module receiver
    if (!n->self && !n->owner) return ayV_from_obj(ayStr_intern_c(vm, "builtins"));
    return AY_NONE;
}
static const AyGetSetDef native_getsets[] = {
    {"__name__", native_name_get, NULL},
    {"__module__", native_module_get, NULL},
    {"__qualname__", native_qualname_get, NULL},
    {"__self__", native_self_get, NULL},
    {"__doc__", native_doc_get, NULL},
    {NULL},
};

// }====
// {==== bound methods

static void method_trace(AyVM *vm, AyObj *o) {
    AyBoundMethod *m = (AyBoundMethod *)o;
    ayGC_mark(vm, m->func);
    ayGC_mark(vm, m->self);
}

AyValue ayMethod_new(AyVM *vm, AyValue func, AyValue self) {
    AyBoundMethod *m = AY_NEW(vm, AyBoundMethod, vm->t_method);
    if (!m) return AY_NULL;
    m->func = func;
    m->self = self;
    return ayV_from_obj(m);
}

// types.MethodType(function, instance)
static AyValue method_new(AyVM *vm, AyType *t, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "method", kwnames) || !ayArg_count(vm, "method", nargs, 2, 2)) return AY_NULL;
    if (!ayV_type(vm, args[0])->call)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be callable");
    if (args[1] == AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "instance must not be None");
    return ayMethod_new(vm, args[0], args[1]);
}

static AyValue method_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyBoundMethod *m = AY_AS(AyBoundMethod, callee);
    int total = nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 1 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = m->self;
    memcpy(buf + 1, args, sizeof(AyValue) * (size_t)total);
    vm->stack_top += total + 1;
    AyValue r = ayObj_call(vm, m->func, buf, nargs + 1, kwnames);
    vm->stack_top = buf;
    return r;
}

static AyValue method_repr(AyVM *vm, AyValue self) {
    AyBoundMethod *m = AY_AS(AyBoundMethod, self);
    AyValue qn = ayObj_getattr_opt(vm, m->func, vm->s.__qualname__);
    if (!qn && ayErr_occurred(vm)) return AY_NULL;
    AyValue r = ayObj_repr(vm, m->self);
    if (!r) return AY_NULL;
    return ayStr_from_fmt(vm, "<bound method %S of %S>", qn ? qn : AY_NONE, r);
}

static AyValue method_getattr(AyVM *vm, AyValue self, AyStr *name) {
    AyBoundMethod *m = AY_AS(AyBoundMethod, self);
    if (name == vm->s.__self__) return m->self;
    if (name == vm->s.func_) return m->func;
    AyValue v = ayObj_generic_getattr(vm, self, name);
    if (v || !ayErr_matches(vm, AY_EXC(vm, AttributeError))) return v;
    ayErr_clear(vm);
    return ayObj_getattr(vm, m->func, name);
}

static AyValue method_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_type(vm, b, vm->t_method)) return AY_NOTIMPLEMENTED;
    AyBoundMethod *x = AY_AS(AyBoundMethod, a), *y = AY_AS(AyBoundMethod, b);
    bool eq = x->self == y->self && x->func == y->func;
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

// Consistent with ==: the identity of self and the hash of the function.
static int64_t method_hash(AyVM *vm, AyValue v) {
    AyBoundMethod *m = AY_AS(AyBoundMethod, v);
    int64_t f = ayObj_hash(vm, m->func);
    if (f == -1) return -1;
    int64_t h = object_hash(vm, m->self) ^ f;
    return h == -1 ? -2 : h;
}

// }====
// {==== getset descriptors

typedef struct AyGetSet {
    AyObj hdr;
    const AyGetSetDef *def;
    AyType *owner;
} AyGetSet;

static void getset_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((AyGetSet *)o)->owner); }

static AyValue getset_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyGetSet *g = AY_AS(AyGetSet, descr);
    if (obj == AY_NONE && type != ayV_from_obj(vm->t_NoneType)) return descr;
    if (!ayType_is_subtype(ayV_type(vm, obj), g->owner))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                            g->def->name, ayType_name(g->owner), obj);
    return g->def->get(vm, obj);
}

static int getset_set(AyVM *vm, AyValue descr, AyValue obj, AyValue v) {
    AyGetSet *g = AY_AS(AyGetSet, descr);
    if (!g->def->set) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "attribute '%s' of '%s' objects is not writable",
                     g->def->name, ayType_name(g->owner));
        return -1;
    }
    return g->def->set(vm, obj, v);
}

static AyValue getset_repr(AyVM *vm, AyValue self) {
    AyGetSet *g = AY_AS(AyGetSet, self);
    return ayStr_from_fmt(vm, "<attribute '%s' of '%s' objects>", g->def->name, ayType_name(g->owner));
}

void ayType_add_getsets(AyVM *vm, AyType *t, const AyGetSetDef *defs) {
    for (; defs->name; defs++) {
        AyGetSet *g = AY_NEW(vm, AyGetSet, vm->t_getset_descriptor);
        g->def = defs;
        g->owner = t;
        ayDict_set(vm, t->dict, ayV_from_obj(ayStr_intern_c(vm, defs->name)), ayV_from_obj(g));
    }
    t->version++;
}

static AyValue type_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyType, self)->name); }
static AyValue type_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyType, self)->qualname); }
static AyValue type_module_get(AyVM *vm, AyValue self) {
    AyType *t = AY_AS(AyType, self);
    // (a builtin's dict entry of that name is a descriptor: type's own is this getter)
    AyValue m = t->flags & AY_TF_HEAPTYPE ? ayDict_get_str(vm, t->dict, vm->s.__module__) : AY_NULL;
    if (m) return m;
    return t->module ? t->module : AY_NONE;
}
static AyValue type_mro_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyType, self)->mro); }
static AyValue type_base_get(AyVM *vm, AyValue self) {
    AyType *b = AY_AS(AyType, self)->base;
    return b ? ayV_from_obj(b) : AY_NONE;
}
static AyValue type_dict_get(AyVM *vm, AyValue self) { return ayMappingProxy_new(vm, ayV_from_obj(AY_AS(AyType, self)->dict)); }
static AyValue type_doc_get(AyVM *vm, AyValue self) {
    AyValue d = ayDict_get_str(vm, AY_AS(AyType, self)->dict, vm->s.__doc__);
    return d ? d : AY_NONE;
}
static int type_doc_set(AyVM *vm, AyValue self, AyValue v) {
    AyType *t = AY_AS(AyType, self);
    t->version++;
    if (v) return ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__doc__), v);
    return ayDict_del(vm, t->dict, ayV_from_obj(vm->s.__doc__)) < 0 ? -1 : 0;
}
// A generic class keeps its type parameters (PEP 695) in its own namespace;
// other classes have none, whatever their bases.
static AyValue type_type_params_get(AyVM *vm, AyValue self) {
    AyValue t = ayDict_get_cstr(vm, AY_AS(AyType, self)->dict, "__type_params__");
    return t ? t : ayTuple_from_items(vm, NULL, 0);
}
static int type_type_params_set(AyVM *vm, AyValue self, AyValue v) {
    AyType *t = AY_AS(AyType, self);
    // CPython 3.12 says "immutable type" when deleting from any class
    if (!v || !(t->flags & AY_TF_HEAPTYPE)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot %s '__type_params__' attribute of immutable type '%s'",
                     v ? "set" : "delete", ayType_name(t));
        return -1;
    }
    t->version++;
    return ayDict_set(vm, t->dict, ayV_from_obj(ayStr_intern_c(vm, "__type_params__")), v);
}
static int type_name_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v || !ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can only assign string to %N.__name__, not '%T'",
                     AY_AS(AyType, self), v ? v : AY_NONE);
        return -1;
    }
    AY_AS(AyType, self)->name = AY_AS(AyStr, v);
    return 0;
}
static int type_module_set(AyVM *vm, AyValue self, AyValue v) {
    AyType *t = AY_AS(AyType, self);
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot delete '__module__' attribute of type '%N'", t);
        return -1;
    }
    t->module = v;
    t->version++;
    return ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__module__), v);
}
// type.__abstractmethods__ lives in the class dict; a non-empty value makes
// the class abstract (object.__new__ refuses it).
static AyValue type_abstractmethods_get(AyVM *vm, AyValue self) {
    AyType *t = AY_AS(AyType, self);
    AyValue v = t == vm->t_type ? AY_NULL : ayDict_get_str(vm, t->dict, vm->s.__abstractmethods__);
    return v ? v : ayErr_format(vm, AY_EXC(vm, AttributeError), "__abstractmethods__");
}
static int type_abstractmethods_set(AyVM *vm, AyValue self, AyValue v) {
    AyType *t = AY_AS(AyType, self);
    int abstract = 0;
    if (v) {
        abstract = ayObj_truth(vm, v);
        if (abstract < 0 || ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__abstractmethods__), v) < 0) return -1;
    } else if (ayDict_del(vm, t->dict, ayV_from_obj(vm->s.__abstractmethods__)) <= 0) {
        if (!ayErr_occurred(vm)) ayErr_format(vm, AY_EXC(vm, AttributeError), "__abstractmethods__");
        return -1;
    }
    if (abstract) t->flags |= AY_TF_ABSTRACT;
    else t->flags &= ~(uint32_t)AY_TF_ABSTRACT;
    t->version++;
    return 0;
}
static int type_qualname_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v || !ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can only assign string to %N.__qualname__, not '%T'",
                     AY_AS(AyType, self), v ? v : AY_NONE);
        return -1;
    }
    AY_AS(AyType, self)->qualname = AY_AS(AyStr, v);
    return 0;
}

static const AyGetSetDef type_getsets[] = {
    {"__name__", type_name_get, type_name_set},
    {"__qualname__", type_qualname_get, type_qualname_set},
    {"__module__", type_module_get, type_module_set},
    {"__abstractmethods__", type_abstractmethods_get, type_abstractmethods_set},
    {"__mro__", type_mro_get, NULL},
    {"__base__", type_base_get, NULL},
    {"__dict__", type_dict_get, NULL},
    {"__doc__", type_doc_get, type_doc_set},
    {"__type_params__", type_type_params_get, type_type_params_set},
    {NULL},
};

static AyValue object_class_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayV_type(vm, self)); }
static AyValue object_dict_get(AyVM *vm, AyValue self) {
    AyDict **slot = ayV_is_obj(self) ? ayObj_dict_slot(ayV_obj(self)) : NULL;
    if (!slot)
        return ayErr_format(vm, AY_EXC(vm, AttributeError), "'%T' object has no attribute '__dict__'", self);
    if (!*slot) *slot = ayDict_new(vm);
    return *slot ? ayV_from_obj(*slot) : AY_NULL;
}
// obj.__dict__ = d takes d itself. Deleting it (a fresh dict next time) is
// for instances of classes that added the dict, not of builtins that have one.
static int instance_dict_set(AyVM *vm, AyValue self, AyValue v) {
    AyDict **slot = ayV_is_obj(self) ? ayObj_dict_slot(ayV_obj(self)) : NULL;
    if (!slot) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "'%T' object has no attribute '__dict__'", self);
        return -1;
    }
    if (v && !ayV_is_dict(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    *slot = v ? AY_AS(AyDict, v) : NULL;
    return 0;
}
static int object_dict_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot delete __dict__");
        return -1;
    }
    return instance_dict_set(vm, self, v);
}
// obj.__class__ = C: only between heap types whose instances have the same layout.
static int object_class_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can't delete __class__ attribute");
        return -1;
    }
    if (!ayV_is_typeobj(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    AyType *old = ayV_type(vm, self), *new = AY_AS(AyType, v);
    // modules may change to and from ModuleType subclasses (lazy modules, PEP 562 alternatives)
    bool modules = ayType_is_subtype(old, vm->t_module) && ayType_is_subtype(new, vm->t_module);
    if (!ayV_is_obj(self) || (!modules && (!(old->flags & AY_TF_HEAPTYPE) || !(new->flags & AY_TF_HEAPTYPE)))) {
        ayErr_format(vm, AY_EXC(vm, TypeError),
                     "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    AyType *old_solid = modules ? vm->t_module : old->base, *new_solid = modules ? vm->t_module : new->base;
    if (old->basic_size != new->basic_size || old->dict_offset != new->dict_offset ||
        old->gc_size != new->gc_size || old_solid->trace != new_solid->trace) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__class__ assignment: '%s' object layout differs from '%s'",
                     ayType_name(new), ayType_name(old));
        return -1;
    }
    ((AyObj *)ayV_obj(self))->type = new;
    return 0;
}
static AyValue instance_weakref_get(AyVM *vm, AyValue self) {
    AyValue r = ayWeakRef_first(vm, self);
    return r ? r : AY_NONE;
}

void ayType_add_instance_descriptors(AyVM *vm, AyType *t, bool dict, bool weakref) {
    static const AyGetSetDef dict_getset[] = {{"__dict__", object_dict_get, instance_dict_set}, {NULL}};
    static const AyGetSetDef weakref_getset[] = {{"__weakref__", instance_weakref_get, NULL}, {NULL}};
    if (dict && !ayDict_get_str(vm, t->dict, vm->s.__dict__)) ayType_add_getsets(vm, t, dict_getset);
    if (weakref && !ayDict_get_cstr(vm, t->dict, "__weakref__")) ayType_add_getsets(vm, t, weakref_getset);
}

static const AyGetSetDef object_getsets[] = {
    {"__class__", object_class_get, object_class_set},
    {"__dict__", object_dict_get, object_dict_set},
    {NULL},
};

// }====

void ayType_setup(AyVM *vm) {
    AyType *tt = vm->t_type, *ot = vm->t_object;
    tt->getattr = type_getattr;
    tt->setattr = ayType_setattr_base;
    tt->repr = type_repr;
    tt->call = type_call;
    tt->trace = type_trace;
    tt->flags |= AY_TF_TYPE_SUB | AY_TF_BASETYPE;
    static const AyMethodDef type_methods[] = {
        {"mro", type_mro, 0, NULL},
        {"__dir__", type_dir_m, 0, NULL},
        {NULL},
    };
    ayType_add_methods(vm, tt, type_methods);
    ayType_add_getsets(vm, tt, type_getsets);

    ot->repr = object_repr;
    ot->hash = object_hash;
    ot->richcmp = object_richcmp;
    ot->getattr = ayObj_generic_getattr;
    ot->setattr = ayObj_generic_setattr;
    ot->tp_new = object_new;
    ot->tp_init = object_init;
    ot->flags |= AY_TF_BASETYPE;
    ayType_add_methods(vm, ot, object_methods);
    ayType_add_getsets(vm, ot, object_getsets);

    AyType *nt = vm->t_builtin_function;
    nt->call = native_call;
    nt->repr = native_repr;
    nt->trace = native_trace;
    ayType_add_getsets(vm, nt, native_getsets);
    AyType *dt = vm->t_method_descriptor;
    dt->call = descr_call;
    dt->repr = descr_repr;
    dt->descr_get = descr_get;
    dt->trace = native_trace;
    ayType_add_getsets(vm, dt, native_getsets);

    AyType *mt = vm->t_method;
    mt->call = method_call;
    mt->repr = method_repr;
    mt->trace = method_trace;
    mt->getattr = method_getattr;
    mt->richcmp = method_richcmp;
    mt->tp_new = method_new;
    mt->hash = method_hash;

    AyType *gt = vm->t_getset_descriptor;
    gt->descr_get = getset_get;
    gt->descr_set = getset_set;
    gt->repr = getset_repr;
    gt->trace = getset_trace;
    gt->basic_size = sizeof(AyGetSet);
}
