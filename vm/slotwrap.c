// Slot wrappers: the dunder methods of builtin types (`object.__init__`,
// `int.__add__`, `list.__len__`...). A builtin type gets its behaviour from C
// slots; so that Ay code can name and call those (`super().__init__()`,
// `int.__add__(a, b)`, `object.__setattr__(self, k, v)`), ayType_ready puts a
// wrapper descriptor in the type's dict for each slot the type defines itself.
// A wrapper calls the slot of the type that owns it, never the receiver's, so
// a subclass that overrides the dunder can still reach the base version.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// The wrappers and the slot each one calls: X(dunder, kind, AyType field).
#define AY_SLOT_WRAPPERS(X) \
    X(__repr__, REPR, repr) X(__str__, STR, str) X(__hash__, HASH, hash) \
    X(__call__, CALL, call) X(__getattribute__, GETATTR, getattr) \
    X(__setattr__, SETATTR, setattr) X(__delattr__, DELATTR, setattr) \
    X(__lt__, LT, richcmp) X(__le__, LE, richcmp) X(__eq__, EQ, richcmp) \
    X(__ne__, NE, richcmp) X(__gt__, GT, richcmp) X(__ge__, GE, richcmp) \
    X(__iter__, ITER, iter) X(__next__, NEXT, next) \
    X(__get__, GET, descr_get) X(__set__, SET, descr_set) X(__delete__, DELETE, descr_set) \
    X(__init__, INIT, tp_init) X(__new__, NEW, tp_new) \
    X(__len__, LEN, len) X(__getitem__, GETITEM, getitem) \
    X(__setitem__, SETITEM, setitem) X(__delitem__, DELITEM, setitem) \
    X(__contains__, CONTAINS, contains) X(__bool__, BOOL, truth) \
    X(__neg__, NEG, neg) X(__pos__, POS, pos) X(__invert__, INVERT, invert) \
    X(__abs__, ABS, abs) X(__index__, INDEX, index) X(__int__, INT, to_int) \
    X(__float__, FLOAT, to_float)

enum {
#define KIND(d, k, test) WRAP_##k,
    AY_SLOT_WRAPPERS(KIND)
#undef KIND
    WRAP_BINOP,   // a + b: op in `op`
    WRAP_RBINOP,  // b + a
    WRAP_IBINOP,  // a += b
};

typedef struct AyWrapper {
    AyObj hdr;
    AyType *owner;
    AyStr *name;
    uint16_t kind;
    uint16_t op;
} AyWrapper;

typedef struct AyMethodWrapper {
    AyObj hdr;
    AyWrapper *descr;
    AyValue self;
} AyMethodWrapper;

static AyValue bad_nargs(AyVM *vm, AyWrapper *w, int want, int got) {
    if (want == 0)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected 0 arguments, got %d", got);
    return ayErr_format(vm, AY_EXC(vm, TypeError), "expected %d argument%s, got %d", want, want == 1 ? "" : "s",
                        got);
}

static AyStr *name_arg(AyVM *vm, AyValue v) {
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "attribute name must be string, not '%T'", v);
        return NULL;
    }
    return AY_AS(AyStr, v);
}

static AyValue from_status(int r) { return r < 0 ? AY_NULL : AY_NONE; }

// Runs the wrapped slot of w->owner on self with the remaining arguments.
static AyValue wrapper_apply(AyVM *vm, AyWrapper *w, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyType *t = w->owner;
    if (w->kind != WRAP_CALL && w->kind != WRAP_INIT && kwnames && ayArg_nkw(kwnames))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "wrapper %U() takes no keyword arguments", w->name);
    int want = -1;
    switch (w->kind) {
    case WRAP_REPR: case WRAP_STR: case WRAP_HASH: case WRAP_ITER: case WRAP_NEXT: case WRAP_LEN:
    case WRAP_BOOL: case WRAP_NEG: case WRAP_POS: case WRAP_INVERT: case WRAP_ABS: case WRAP_INDEX:
    case WRAP_INT: case WRAP_FLOAT:
        want = 0;
        break;
    case WRAP_GETATTR: case WRAP_DELATTR: case WRAP_LT: case WRAP_LE: case WRAP_EQ: case WRAP_NE:
    case WRAP_GT: case WRAP_GE: case WRAP_DELETE: case WRAP_GETITEM: case WRAP_DELITEM:
    case WRAP_CONTAINS: case WRAP_BINOP: case WRAP_RBINOP: case WRAP_IBINOP:
        want = 1;
        break;
    case WRAP_SETATTR: case WRAP_SET: case WRAP_SETITEM:
        want = 2;
        break;
    default:
        break;
    }
    if (want >= 0 && nargs != want) return bad_nargs(vm, w, want, nargs);
    switch (w->kind) {
    case WRAP_REPR: return t->repr(vm, self);
    case WRAP_STR: return t->str(vm, self);
    case WRAP_HASH: {
        int64_t h = t->hash(vm, self);
        return h == -1 ? AY_NULL : ayInt_from_i64(vm, h);
    }
    case WRAP_CALL: return t->call(vm, self, args, nargs, kwnames);
    case WRAP_GETATTR: {
        AyStr *name = name_arg(vm, args[0]);
        return name ? t->getattr(vm, self, name) : AY_NULL;
    }
    case WRAP_SETATTR: case WRAP_DELATTR: {
        AyStr *name = name_arg(vm, args[0]);
        if (!name) return AY_NULL;
        return from_status(t->setattr(vm, self, name, w->kind == WRAP_SETATTR ? args[1] : AY_NULL));
    }
    case WRAP_LT: case WRAP_LE: case WRAP_EQ: case WRAP_NE: case WRAP_GT: case WRAP_GE:
        return t->richcmp(vm, self, args[0], (AyCmp)(AY_LT + (w->kind - WRAP_LT)));
    case WRAP_ITER: return t->iter(vm, self);
    case WRAP_NEXT: {
        AyValue r = t->next(vm, self);
        if (!r && !vm->exc) ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
        return r;
    }
    case WRAP_GET: {
        if (nargs < 1 || nargs > 2)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "expected 1 or 2 arguments, got %d", nargs);
        AyValue obj = args[0], type = nargs > 1 ? args[1] : AY_NONE;
        if (obj == AY_NONE && type == AY_NONE)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "__get__(None, None) is invalid");
        return t->descr_get(vm, self, obj, type);
    }
    case WRAP_SET: return from_status(t->descr_set(vm, self, args[0], args[1]));
    case WRAP_DELETE: return from_status(t->descr_set(vm, self, args[0], AY_NULL));
    case WRAP_INIT: return t->tp_init(vm, self, args, nargs, kwnames);
    case WRAP_LEN: {
        int64_t n = t->len(vm, self);
        return n < 0 ? AY_NULL : ayInt_from_i64(vm, n);
    }
    case WRAP_GETITEM: return t->getitem(vm, self, args[0]);
    case WRAP_SETITEM: return from_status(t->setitem(vm, self, args[0], args[1]));
    case WRAP_DELITEM: return from_status(t->setitem(vm, self, args[0], AY_NULL));
    case WRAP_CONTAINS: {
        int r = t->contains(vm, self, args[0]);
        return r < 0 ? AY_NULL : ayV_bool(r);
    }
    case WRAP_BOOL: {
        int r = t->truth(vm, self);
        return r < 0 ? AY_NULL : ayV_bool(r);
    }
    case WRAP_NEG: return t->neg(vm, self);
    case WRAP_POS: return t->pos(vm, self);
    case WRAP_INVERT: return t->invert(vm, self);
    case WRAP_ABS: return t->abs(vm, self);
    case WRAP_INDEX: return t->index(vm, self);
    case WRAP_INT: return t->to_int(vm, self);
    case WRAP_FLOAT: return t->to_float(vm, self);
    case WRAP_BINOP: return t->binop[w->op](vm, self, args[0]);
    case WRAP_RBINOP: return t->binop[w->op](vm, args[0], self);
    case WRAP_IBINOP: return t->binop[AY_BINOP_COUNT + w->op](vm, self, args[0]);
    default: return ayErr_format(vm, AY_EXC(vm, SystemError), "bad slot wrapper");
    }
}

// X.__new__(cls, ...): construct with X's allocator an instance of cls, which
// must be a subtype of X.
static AyValue new_apply(AyVM *vm, AyWrapper *w, AyValue *args, int nargs, AyValue kwnames) {
    const char *owner = ayType_name(w->owner);
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__new__(): not enough arguments", owner);
    if (!ayV_is_typeobj(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__new__(X): X is not a type object (%T)", owner,
                            args[0]);
    AyType *cls = AY_AS(AyType, args[0]);
    if (!ayType_is_subtype(cls, w->owner))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__new__(%s): %s is not a subtype of %s", owner,
                            ayType_name(cls), ayType_name(cls), owner);
    // the nearest builtin ancestor of cls must construct with this same allocator
    AyType *builtin = cls;
    while (builtin && (builtin->flags & AY_TF_HEAPTYPE)) builtin = builtin->base;
    if (builtin && builtin->tp_new != w->owner->tp_new)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__new__(%s) is not safe, use %s.__new__()", owner,
                            ayType_name(cls), ayType_name(builtin));
    if (w->owner == vm->t_object && (nargs > 1 || ayArg_nkw(kwnames)) && cls->tp_new != w->owner->tp_new &&
        cls->tp_init != vm->t_object->tp_init)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "object.__new__() takes exactly one argument (the type to instantiate)");
    return w->owner->tp_new(vm, cls, args + 1, nargs - 1, kwnames);
}

static AyValue check_self(AyVM *vm, AyWrapper *w, AyValue self) {
    if (ayType_is_subtype(ayV_type(vm, self), w->owner)) return AY_NONE;
    return ayErr_format(vm, AY_EXC(vm, TypeError), "descriptor '%U' requires a '%s' object but received a '%T'",
                        w->name, ayType_name(w->owner), self);
}

static AyValue wrapper_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyWrapper *w = AY_AS(AyWrapper, callee);
    if (w->kind == WRAP_NEW) return new_apply(vm, w, args, nargs, kwnames);
    if (nargs < 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "descriptor '%U' of '%s' object needs an argument", w->name,
                            ayType_name(w->owner));
    if (!check_self(vm, w, args[0])) return AY_NULL;
    return wrapper_apply(vm, w, args[0], args + 1, nargs - 1, kwnames);
}

static AyValue wrapper_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyWrapper *w = AY_AS(AyWrapper, descr);
    if (w->kind == WRAP_NEW || obj == AY_NONE || !obj) return descr;  // __new__ is static
    if (!check_self(vm, w, obj)) return AY_NULL;
    AyMethodWrapper *m = AY_NEW(vm, AyMethodWrapper, vm->t_method_wrapper);
    if (!m) return AY_NULL;
    m->descr = w;
    m->self = obj;
    return ayV_from_obj(m);
}

static AyValue wrapper_repr(AyVM *vm, AyValue v) {
    AyWrapper *w = AY_AS(AyWrapper, v);
    if (w->kind == WRAP_NEW)
        return ayStr_from_fmt(vm, "<built-in method __new__ of type object at %p>", (void *)w->owner);
    return ayStr_from_fmt(vm, "<slot wrapper '%U' of '%s' objects>", w->name, ayType_name(w->owner));
}

static void wrapper_trace(AyVM *vm, AyObj *o) {
    AyWrapper *w = (AyWrapper *)o;
    ayGC_mark_obj(vm, (AyObj *)w->owner);
    ayGC_mark_obj(vm, (AyObj *)w->name);
}

static AyValue mwrapper_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyMethodWrapper *m = AY_AS(AyMethodWrapper, callee);
    return wrapper_apply(vm, m->descr, m->self, args, nargs, kwnames);
}

static AyValue mwrapper_repr(AyVM *vm, AyValue v) {
    AyMethodWrapper *m = AY_AS(AyMethodWrapper, v);
    return ayStr_from_fmt(vm, "<method-wrapper '%U' of %T object at %p>", m->descr->name, m->self,
                          (void *)ayV_obj(m->self));
}

static AyValue mwrapper_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || ayV_type(vm, b) != vm->t_method_wrapper) return AY_NOTIMPLEMENTED;
    AyMethodWrapper *x = AY_AS(AyMethodWrapper, a), *y = AY_AS(AyMethodWrapper, b);
    bool eq = x->descr == y->descr && x->self == y->self;
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static void mwrapper_trace(AyVM *vm, AyObj *o) {
    AyMethodWrapper *m = (AyMethodWrapper *)o;
    ayGC_mark_obj(vm, (AyObj *)m->descr);
    ayGC_mark(vm, m->self);
}

static AyValue wrapper_name(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyWrapper, self)->name); }
static AyValue wrapper_qualname(AyVM *vm, AyValue self) {
    AyWrapper *w = AY_AS(AyWrapper, self);
    return ayStr_from_fmt(vm, "%s.%U", ayType_name(w->owner), w->name);
}
static AyValue wrapper_objclass(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyWrapper, self)->owner); }
static AyValue mwrapper_name(AyVM *vm, AyValue self) {
    return ayV_from_obj(AY_AS(AyMethodWrapper, self)->descr->name);
}
static AyValue mwrapper_self(AyVM *vm, AyValue self) { return AY_AS(AyMethodWrapper, self)->self; }

static const AyGetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_name, NULL},
    {"__qualname__", wrapper_qualname, NULL},
    {"__objclass__", wrapper_objclass, NULL},
    {NULL},
};
static const AyGetSetDef mwrapper_getsets[] = {
    {"__name__", mwrapper_name, NULL},
    {"__self__", mwrapper_self, NULL},
    {NULL},
};

static void add_wrapper(AyVM *vm, AyType *t, const char *dunder, int kind, int op) {
    AyStr *name = ayStr_intern_c(vm, dunder);
    if (!name || ayDict_get_str(vm, t->dict, name)) return;  // an explicit method wins
    AyWrapper *w = AY_NEW(vm, AyWrapper, vm->t_wrapper_descriptor);
    if (!w) return;
    w->owner = t;
    w->name = name;
    w->kind = (uint16_t)kind;
    w->op = (uint16_t)op;
    ayDict_set(vm, t->dict, ayV_from_obj(name), ayV_from_obj(w));
}

// Called by ayType_ready for builtin types, before slot inheritance: a slot
// that differs from the base's is this type's own and gets a wrapper.
void ayType_add_slot_wrappers(AyVM *vm, AyType *t) {
    AyType *b = t->base;
#define OWN(field) (t->field && (!b || t->field != b->field))
#define ADD(d, k, field) if (OWN(field)) add_wrapper(vm, t, #d, WRAP_##k, 0);
    AY_SLOT_WRAPPERS(ADD)
#undef ADD
#define BIN(NAME, sym, d, r, i) \
    if (OWN(binop[AY_BINOP_##NAME])) { \
        add_wrapper(vm, t, #d, WRAP_BINOP, AY_BINOP_##NAME); \
        add_wrapper(vm, t, #r, WRAP_RBINOP, AY_BINOP_##NAME); \
    } \
    if (OWN(binop[AY_BINOP_COUNT + AY_BINOP_##NAME])) add_wrapper(vm, t, #i, WRAP_IBINOP, AY_BINOP_##NAME);
    AY_BINOPS(BIN)
#undef BIN
#undef OWN
}

void ayWrapper_setup(AyVM *vm) {
    AyType *wt = vm->t_wrapper_descriptor;
    wt->basic_size = sizeof(AyWrapper);
    wt->call = wrapper_call;
    wt->descr_get = wrapper_get;
    wt->repr = wrapper_repr;
    wt->trace = wrapper_trace;
    ayType_add_getsets(vm, wt, wrapper_getsets);
    AyType *mt = vm->t_method_wrapper;
    mt->basic_size = sizeof(AyMethodWrapper);
    mt->call = mwrapper_call;
    mt->repr = mwrapper_repr;
    mt->richcmp = mwrapper_richcmp;
    mt->trace = mwrapper_trace;
    ayType_add_getsets(vm, mt, mwrapper_getsets);
}
