// Classes defined in Ay: type(name, bases, ns), C3 linearisation, the
// metaclass protocol, and the "slot" functions that route C-level operations
// (repr, +, [], len, iteration...) to dunder methods written in Ay.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "interp.h"
#include "native.h"
#include "str.h"
#include "vm.h"

AyValue ayClass_build(AyVM *vm, AyType *meta, AyStr *name, AyTuple *bases, AyDict *ns, AyValue kwnames,
                      AyValue *kwvalues);
void ayClass_update_slots(AyVM *vm, AyType *t);

// {==== calling dunders

// Looks up a special method on the type (not the instance) and calls it bound.
static AyValue call_special(AyVM *vm, AyValue self, AyStr *name, AyValue *args, int nargs, bool *found) {
    AyValue f = ayType_lookup(vm, ayV_type(vm, self), name);
    if (!f) {
        if (found) *found = false;
        return AY_NULL;
    }
    if (found) *found = true;
    AyValue *buf = vm->stack_top;
    if (buf + nargs + 2 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    AyType *ft = ayV_type(vm, f);
    buf[0] = f;
    if (ft == vm->t_function || ft == vm->t_method_descriptor) {
        buf[1] = self;
        if (nargs) memcpy(buf + 2, args, sizeof(AyValue) * (size_t)nargs);
        vm->stack_top += nargs + 2;
        AyValue r = ayObj_call(vm, f, buf + 1, nargs + 1, AY_NULL);
        vm->stack_top = buf;
        return r;
    }
    // other descriptors (staticmethod, classmethod, callables): bind normally
    AyValue bound = f;
    if (ft->descr_get) {
        bound = ft->descr_get(vm, f, self, ayV_from_obj(ayV_type(vm, self)));
        if (!bound) return AY_NULL;
    }
    buf[0] = bound;
    if (nargs) memcpy(buf + 1, args, sizeof(AyValue) * (size_t)nargs);
    vm->stack_top += nargs + 1;
    AyValue r = ayObj_call(vm, bound, buf + 1, nargs, AY_NULL);
    vm->stack_top = buf;
    return r;
}

static AyValue call0(AyVM *vm, AyValue self, AyStr *name) { return call_special(vm, self, name, NULL, 0, NULL); }
static AyValue call1(AyVM *vm, AyValue self, AyStr *name, AyValue a) { return call_special(vm, self, name, &a, 1, NULL); }

// }====
// {==== slot functions

static AyValue slot_repr(AyVM *vm, AyValue v) { return call0(vm, v, vm->s.__repr__); }
static AyValue slot_str(AyVM *vm, AyValue v) { return call0(vm, v, vm->s.__str__); }

static int64_t slot_hash(AyVM *vm, AyValue v) {
    AyValue h = ayType_lookup(vm, ayV_type(vm, v), vm->s.__hash__);
    if (!h || h == AY_NONE) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "unhashable type: '%T'", v);
        return -1;
    }
    AyValue r = call0(vm, v, vm->s.__hash__);
    if (!r) return -1;
    if (!ayV_is_anyint(vm, r)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__hash__ method should return an integer");
        return -1;
    }
    extern int64_t ayInt_hash(AyVM * vm, AyValue v);
    extern AyValue ayInt_exact(AyVM * vm, AyValue v);
    extern int ayInt_as_i64(AyVM * vm, AyValue v, int64_t * out);
    // a result that fits is the hash itself (CPython's slot_tp_hash); only
    // bigger ints are hashed again
    int64_t x;
    r = ayInt_exact(vm, r);
    if (ayV_is_int(r)) x = ayV_int(r);
    else if (ayInt_as_i64(vm, r, &x) < 0) {
        ayErr_clear(vm);
        x = ayInt_hash(vm, r);
    }
    return x == -1 ? -2 : x;
}

static AyStr *cmp_name(AyVM *vm, AyCmp op) {
    switch (op) {
    case AY_LT: return vm->s.__lt__;
    case AY_LE: return vm->s.__le__;
    case AY_EQ: return vm->s.__eq__;
    case AY_NE: return vm->s.__ne__;
    case AY_GT: return vm->s.__gt__;
    default: return vm->s.__ge__;
    }
}

static AyValue slot_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    bool found;
    AyValue r = call_special(vm, a, cmp_name(vm, op), &b, 1, &found);
    if (!found) {
        // no __ne__ in the class chain: invert __eq__
        if (op == AY_NE) {
            AyValue eq = call_special(vm, a, vm->s.__eq__, &b, 1, &found);
            if (!found || !eq || eq == AY_NOTIMPLEMENTED) return found ? eq : AY_NOTIMPLEMENTED;
            int t = ayObj_truth(vm, eq);
            return t < 0 ? AY_NULL : ayV_bool(!t);
        }
        return AY_NOTIMPLEMENTED;
    }
    return r;
}

static int slot_truth(AyVM *vm, AyValue v) {
    bool found;
    AyValue r = call_special(vm, v, vm->s.__bool__, NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (r != AY_TRUE && r != AY_FALSE) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__bool__ should return bool, returned %T", r);
            return -1;
        }
        return r == AY_TRUE;
    }
    r = call_special(vm, v, vm->s.__len__, NULL, 0, &found);
    if (!found) return 1;
    if (!r) return -1;
    int64_t n;
    if (ayObj_as_ssize(vm, r, &n) < 0) return -1;
    return n != 0;
}

static int64_t slot_len(AyVM *vm, AyValue v) {
    AyValue r = call0(vm, v, vm->s.__len__);
    if (!r) return -1;
    if (!ayV_is_anyint(vm, r)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    int64_t n;
    if (ayObj_as_ssize(vm, r, &n) < 0) return -1;
    if (n < 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static AyValue slot_getitem(AyVM *vm, AyValue c, AyValue k) { return call1(vm, c, vm->s.__getitem__, k); }

static int slot_setitem(AyVM *vm, AyValue c, AyValue k, AyValue v) {
    AyValue r;
    bool found;
    if (v) {
        AyValue args[2] = {k, v};
        r = call_special(vm, c, vm->s.__setitem__, args, 2, &found);
        if (!found) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object does not support item assignment", c);
            return -1;
        }
    } else {
        r = call_special(vm, c, vm->s.__delitem__, &k, 1, &found);
        if (!found) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object doesn't support item deletion", c);
            return -1;
        }
    }
    return r ? 0 : -1;
}

static int slot_contains(AyVM *vm, AyValue c, AyValue item) {
    bool found;
    AyValue r = call_special(vm, c, vm->s.__contains__, &item, 1, &found);
    if (found) return r ? ayObj_truth(vm, r) : -1;
    // fall back to iteration
    AyValue it = ayObj_iter(vm, c);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int res = 0;
    for (AyValue x; (x = ayObj_next(vm, it));) {
        int e = ayObj_eq(vm, x, item);
        if (e) {
            res = e;
            break;
        }
    }
    if (!res && ayErr_occurred(vm)) res = -1;
    ayGC_pop_roots(vm, 1);
    return res;
}

static AyValue slot_iter(AyVM *vm, AyValue v) {
    bool found;
    AyValue it = ayType_lookup(vm, ayV_type(vm, v), vm->s.__iter__);
    if (it == AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not iterable", v);
    AyValue r = call_special(vm, v, vm->s.__iter__, NULL, 0, &found);
    if (!found) {
        // only __getitem__: the old sequence protocol
        extern AyValue ayObj_seq_iter(AyVM * vm, AyValue v);
        return ayObj_seq_iter(vm, v);
    }
    return r;
}

static AyValue slot_next(AyVM *vm, AyValue v) {
    AyValue r = call0(vm, v, vm->s.__next__);
    if (!r && ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
        // a plain StopIteration means exhaustion; keep it only when it carries a value
        AyValue exc = vm->exc;
        AyTuple *args = AY_AS(AyExc, exc)->args;
        if (!args || args->len == 0) ayErr_clear(vm);
    }
    return r;
}

static AyValue slot_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyValue f = ayType_lookup(vm, ayV_type(vm, callee), vm->s.__call__);
    if (!f) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not callable", callee);
    int total = nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 2 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    AyType *ft = ayV_type(vm, f);
    if (ft == vm->t_function) {
        buf[0] = f;
        buf[1] = callee;
        if (total) memcpy(buf + 2, args, sizeof(AyValue) * (size_t)total);
        vm->stack_top += total + 2;
        AyValue r = ayObj_call(vm, f, buf + 1, nargs + 1, kwnames);
        vm->stack_top = buf;
        return r;
    }
    AyValue bound = ft->descr_get ? ft->descr_get(vm, f, callee, ayV_from_obj(ayV_type(vm, callee))) : f;
    if (!bound) return AY_NULL;
    buf[0] = bound;
    if (total) memcpy(buf + 1, args, sizeof(AyValue) * (size_t)total);
    vm->stack_top += total + 1;
    AyValue r = ayObj_call(vm, bound, buf + 1, nargs, kwnames);
    vm->stack_top = buf;
    return r;
}

static AyValue slot_getattr_hook(AyVM *vm, AyValue obj, AyStr *name) {
    AyType *t = ayV_type(vm, obj);
    AyValue ga = ayType_lookup(vm, t, vm->s.__getattribute__);
    AyValue r;
    // __getattribute__ defined in Ay: it replaces the generic lookup entirely
    if (ga && ayV_type(vm, ga) == vm->t_function) r = call1(vm, obj, vm->s.__getattribute__, ayV_from_obj(name));
    else r = ayObj_generic_getattr(vm, obj, name);
    if (r || !ayErr_matches(vm, AY_EXC(vm, AttributeError))) return r;
    AyValue gattr = ayType_lookup(vm, t, vm->s.__getattr__);
    if (!gattr) return AY_NULL;
    ayErr_clear(vm);
    return call1(vm, obj, vm->s.__getattr__, ayV_from_obj(name));
}

static int slot_setattr(AyVM *vm, AyValue obj, AyStr *name, AyValue v) {
    AyValue r;
    if (v) {
        AyValue f = ayType_lookup(vm, ayV_type(vm, obj), vm->s.__setattr__);
        if (!f || ayV_type(vm, f) != vm->t_function) return ayObj_generic_setattr(vm, obj, name, v);
        AyValue args[2] = {ayV_from_obj(name), v};
        r = call_special(vm, obj, vm->s.__setattr__, args, 2, NULL);
    } else {
        AyValue f = ayType_lookup(vm, ayV_type(vm, obj), vm->s.__delattr__);
        if (!f || ayV_type(vm, f) != vm->t_function) return ayObj_generic_setattr(vm, obj, name, AY_NULL);
        r = call1(vm, obj, vm->s.__delattr__, ayV_from_obj(name));
    }
    return r ? 0 : -1;
}

static AyValue slot_descr_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyValue args[2] = {obj, type};
    return call_special(vm, descr, vm->s.__get__, args, 2, NULL);
}

static int slot_descr_set(AyVM *vm, AyValue descr, AyValue obj, AyValue v) {
    AyValue r;
    if (v) {
        AyValue args[2] = {obj, v};
        r = call_special(vm, descr, vm->s.__set__, args, 2, NULL);
    } else {
        r = call1(vm, descr, vm->s.__delete__, obj);
    }
    return r ? 0 : -1;
}

#define UNARY_SLOT(fname, dunder) \
    static AyValue fname(AyVM *vm, AyValue v) { return call0(vm, v, vm->s.dunder); }
UNARY_SLOT(slot_neg, __neg__)
UNARY_SLOT(slot_pos, __pos__)
UNARY_SLOT(slot_invert, __invert__)
UNARY_SLOT(slot_abs, __abs__)
UNARY_SLOT(slot_index, __index__)
UNARY_SLOT(slot_int, __int__)
UNARY_SLOT(slot_float, __float__)
#undef UNARY_SLOT

// Binary operators (CPython's SLOT1BINFULL): one function handles both the
// forward call on the left operand and the reflected call on the right.
static AyValue binop_slot(AyVM *vm, AyBinOp op, AyBinaryFn self_fn, AyStr *name, AyStr *rname, AyValue a,
                          AyValue b) {
    AyType *ta = ayV_type(vm, a), *tb = ayV_type(vm, b);
    bool do_other = ta != tb && tb->binop[op] == self_fn;
    if (ta->binop[op] == self_fn) {
        if (do_other && ayType_is_subtype(tb, ta)) {
            bool found;
            AyValue r = call_special(vm, b, rname, &a, 1, &found);
            if (found && r != AY_NOTIMPLEMENTED) return r;
            do_other = false;
        }
        bool found;
        AyValue r = call_special(vm, a, name, &b, 1, &found);
        if (found && (r != AY_NOTIMPLEMENTED || ta == tb)) return r;
        if (!found && !do_other) return AY_NOTIMPLEMENTED;
    }
    if (do_other) {
        bool found;
        AyValue r = call_special(vm, b, rname, &a, 1, &found);
        return found ? r : AY_NOTIMPLEMENTED;
    }
    return AY_NOTIMPLEMENTED;
}

static AyValue inplace_slot(AyVM *vm, AyStr *name, AyValue a, AyValue b) {
    bool found;
    AyValue r = call_special(vm, a, name, &b, 1, &found);
    return found ? r : AY_NOTIMPLEMENTED;
}

#define DEFINE_BINOP_SLOTS(NAME, sym, d, r, i) \
    static AyValue slot_##NAME(AyVM *vm, AyValue a, AyValue b); \
    static AyValue slot_##NAME(AyVM *vm, AyValue a, AyValue b) { \
        static AyStr *n_, *rn_; \
        (void)n_; (void)rn_; \
        return binop_slot(vm, AY_BINOP_##NAME, slot_##NAME, ayStr_intern_c(vm, #d), ayStr_intern_c(vm, #r), a, b); \
    } \
    static AyValue slot_i##NAME(AyVM *vm, AyValue a, AyValue b) { return inplace_slot(vm, ayStr_intern_c(vm, #i), a, b); }
AY_BINOPS(DEFINE_BINOP_SLOTS)
#undef DEFINE_BINOP_SLOTS

static const AyBinaryFn binop_slots[AY_BINOP_COUNT] = {
#define REF(NAME, sym, d, r, i) slot_##NAME,
    AY_BINOPS(REF)
#undef REF
};
static const AyBinaryFn inplace_slots[AY_BINOP_COUNT] = {
#define REF(NAME, sym, d, r, i) slot_i##NAME,
    AY_BINOPS(REF)
#undef REF
};
static const char *const binop_names[AY_BINOP_COUNT][3] = {
#define NAMES(NAME, sym, d, r, i) {#d, #r, #i},
    AY_BINOPS(NAMES)
#undef NAMES
};

// __init__ and __new__ written in Ay.
static AyValue slot_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue f = ayType_lookup(vm, ayV_type(vm, self), vm->s.__init__);
    int total = nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 2 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = f;
    buf[1] = self;
    if (total) memcpy(buf + 2, args, sizeof(AyValue) * (size_t)total);
    vm->stack_top += total + 2;
    AyValue r = ayObj_call(vm, f, buf + 1, nargs + 1, kwnames);
    vm->stack_top = buf;
    if (r && r != AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "__init__() should return None, not '%T'", r);
    return r;
}

static AyValue slot_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue f = ayType_lookup(vm, type, vm->s.__new__);
    if (ayV_type(vm, f) == vm->t_staticmethod) f = *(AyValue *)((char *)ayV_obj(f) + sizeof(AyObj));
    int total = nargs + ayArg_nkw(kwnames);
    AyValue *buf = vm->stack_top;
    if (buf + total + 2 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = f;
    buf[1] = ayV_from_obj(type);
    if (total) memcpy(buf + 2, args, sizeof(AyValue) * (size_t)total);
    vm->stack_top += total + 2;
    AyValue r = ayObj_call(vm, f, buf + 1, nargs + 1, kwnames);
    vm->stack_top = buf;
    return r;
}

// __del__: errors are reported, never raised (CPython's "Exception ignored in").
static void slot_del(AyVM *vm, AyValue self) {
    AyValue f = ayType_lookup(vm, ayV_type(vm, self), vm->s.__del__);
    if (!f) return;
    ayGC_push_root(vm, f);
    AyValue r = ayObj_call(vm, f, &self, 1, AY_NULL);
    if (!r) ayErr_write_unraisable(vm, f);
    ayGC_pop_roots(vm, 1);
}

// }====
// {==== installing slots

// A dunder counts as defined in Ay if the MRO finds it in a heap type's dict
// before any builtin type defines it.
static bool defined_in_ay(AyVM *vm, AyType *t, AyStr *name) {
    AyTuple *mro = t->mro;
    for (int64_t i = 0; mro && i < mro->len; i++) {
        AyType *b = AY_AS(AyType, mro->items[i]);
        if (ayDict_get_str(vm, b->dict, name)) return (b->flags & AY_TF_HEAPTYPE) != 0;
    }
    return false;
}

void ayClass_update_slots(AyVM *vm, AyType *t) {
    AyType *base = t->base;
#define SET(slot, dunder, fn) t->slot = defined_in_ay(vm, t, vm->s.dunder) ? fn : base->slot
    SET(repr, __repr__, slot_repr);
    SET(str, __str__, slot_str);
    SET(call, __call__, slot_call);
    SET(iter, __iter__, slot_iter);
    SET(next, __next__, slot_next);
    SET(len, __len__, slot_len);
    SET(getitem, __getitem__, slot_getitem);
    SET(descr_get, __get__, slot_descr_get);
    SET(neg, __neg__, slot_neg);
    SET(pos, __pos__, slot_pos);
    SET(invert, __invert__, slot_invert);
    SET(abs, __abs__, slot_abs);
    SET(index, __index__, slot_index);
    SET(to_int, __int__, slot_int);
    SET(to_float, __float__, slot_float);
    SET(tp_init, __init__, slot_init);
    SET(tp_new, __new__, slot_new);
    SET(del, __del__, slot_del);
#undef SET
    if (defined_in_ay(vm, t, vm->s.__setitem__) || defined_in_ay(vm, t, vm->s.__delitem__)) t->setitem = slot_setitem;
    else t->setitem = base->setitem;
    if (defined_in_ay(vm, t, vm->s.__contains__) || (t->iter == slot_iter && !base->contains)) t->contains = slot_contains;
    else t->contains = base->contains;
    if (defined_in_ay(vm, t, vm->s.__bool__) || defined_in_ay(vm, t, vm->s.__len__)) t->truth = slot_truth;
    else t->truth = base->truth;
    if (defined_in_ay(vm, t, vm->s.__set__) || defined_in_ay(vm, t, vm->s.__delete__)) t->descr_set = slot_descr_set;
    else t->descr_set = base->descr_set;
    if (defined_in_ay(vm, t, vm->s.__getattr__) || defined_in_ay(vm, t, vm->s.__getattribute__))
        t->getattr = slot_getattr_hook;
    else t->getattr = base->getattr;
    if (defined_in_ay(vm, t, vm->s.__setattr__) || defined_in_ay(vm, t, vm->s.__delattr__)) t->setattr = slot_setattr;
    else t->setattr = base->setattr;
    bool cmp = false;
    AyStr *cmps[] = {vm->s.__eq__, vm->s.__ne__, vm->s.__lt__, vm->s.__le__, vm->s.__gt__, vm->s.__ge__};
    for (int i = 0; i < 6; i++) cmp |= defined_in_ay(vm, t, cmps[i]);
    t->richcmp = cmp ? slot_richcmp : base->richcmp;
    // __hash__: explicit None makes instances unhashable; defining __eq__
    // without __hash__ does too (CPython's rule).
    AyValue h = ayType_lookup(vm, t, vm->s.__hash__);
    if (h == AY_NONE) t->hash = NULL;
    else if (defined_in_ay(vm, t, vm->s.__hash__)) t->hash = slot_hash;
    else if (ayDict_get_str(vm, t->dict, vm->s.__eq__)) t->hash = NULL;
    else t->hash = base->hash;
    for (int op = 0; op < AY_BINOP_COUNT; op++) {
        AyStr *d = ayStr_intern_c(vm, binop_names[op][0]), *r = ayStr_intern_c(vm, binop_names[op][1]),
              *i = ayStr_intern_c(vm, binop_names[op][2]);
        t->binop[op] = defined_in_ay(vm, t, d) || defined_in_ay(vm, t, r) ? binop_slots[op] : base->binop[op];
        t->binop[AY_BINOP_COUNT + op] = defined_in_ay(vm, t, i) ? inplace_slots[op] : base->binop[AY_BINOP_COUNT + op];
    }
}

// }====
// {==== C3 linearisation

static bool in_tail(AyVM *vm, AyType *c, AyList **seqs, int64_t *heads, int n) {
    for (int i = 0; i < n; i++) {
        AyList *s = seqs[i];
        for (int64_t j = heads[i] + 1; j < s->len; j++)
            if (AY_AS(AyType, s->items[j]) == c) return true;
    }
    return false;
}

static AyTuple *c3_mro(AyVM *vm, AyType *t, AyTuple *bases) {
    int n = (int)bases->len;
    // sequences: the MRO of each base, then the bases themselves
    AyList **seqs = ayMem_alloc(vm, sizeof(AyList *) * (size_t)(n + 1));
    int64_t *heads = ayMem_alloc(vm, sizeof(int64_t) * (size_t)(n + 1));
    AyList *result = ayList_new(vm, 8);
    AyTuple *out = NULL;
    if (!seqs || !heads || !result) goto done;
    ayGC_push_root(vm, ayV_from_obj(result));
    for (int i = 0; i < n; i++) {
        AyTuple *m = AY_AS(AyType, bases->items[i])->mro;
        seqs[i] = AY_AS(AyList, ayList_from_items(vm, m->items, m->len));
        ayGC_push_root(vm, ayV_from_obj(seqs[i]));
        heads[i] = 0;
    }
    seqs[n] = AY_AS(AyList, ayList_from_items(vm, bases->items, n));
    ayGC_push_root(vm, ayV_from_obj(seqs[n]));
    heads[n] = 0;
    ayList_append(vm, result, ayV_from_obj(t));
    for (;;) {
        bool empty = true;
        AyType *cand = NULL;
        for (int i = 0; i <= n; i++) {
            if (heads[i] >= seqs[i]->len) continue;
            empty = false;
            AyType *c = AY_AS(AyType, seqs[i]->items[heads[i]]);
            if (!in_tail(vm, c, seqs, heads, n + 1)) {
                cand = c;
                break;
            }
        }
        if (empty) break;
        if (!cand) {
            AyBuf b;
            ayBuf_init(&b, vm);
            ayBuf_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            // the remaining heads, in base order, without duplicates
            AyType *seen[64];
            int ns = 0;
            for (int i = 0; i <= n; i++) {
                if (heads[i] >= seqs[i]->len) continue;
                AyType *c = AY_AS(AyType, seqs[i]->items[heads[i]]);
                bool dup = false;
                for (int k = 0; k < ns; k++) dup |= seen[k] == c;
                if (dup || ns >= 64) continue;
                if (ns) ayBuf_adds(&b, ", ");
                seen[ns++] = c;
                ayBuf_adds(&b, ayType_name(c));
            }
            AyValue msg = ayBuf_finish(&b);
            if (msg) ayErr_set_value(vm, AY_EXC(vm, TypeError), msg);
            ayGC_pop_roots(vm, (size_t)n + 2);
            goto done;
        }
        ayList_append(vm, result, ayV_from_obj(cand));
        for (int i = 0; i <= n; i++)
            if (heads[i] < seqs[i]->len && AY_AS(AyType, seqs[i]->items[heads[i]]) == cand) heads[i]++;
    }
    out = AY_AS(AyTuple, ayTuple_from_items(vm, result->items, result->len));
    ayGC_pop_roots(vm, (size_t)n + 2);
done:
    if (seqs) ayMem_free(vm, seqs, sizeof(AyList *) * (size_t)(n + 1));
    if (heads) ayMem_free(vm, heads, sizeof(int64_t) * (size_t)(n + 1));
    return out;
}

// }====
// {==== creating classes

// The base that determines the instance layout: a builtin type the same
// size as its base adds no fields (CPython's extra_ivars), so OSError and
// ValueError can be bases of one class.
static AyType *solid_base(AyVM *vm, AyType *t) {
    while (t->base && ((t->flags & AY_TF_HEAPTYPE) || t->basic_size == t->base->basic_size)) t = t->base;
    return t;
}

// Bytes of the builtin part of a heap type's instances.
static uint32_t solid_size(AyType *solid) { return solid->sub_basic_size ? solid->sub_basic_size : solid->basic_size; }

// Bytes a heap class's instances take before the fields the class adds itself.
static uint32_t inherited_size(AyVM *vm, AyType *base) {
    AyType *solid = solid_base(vm, base);
    return base == solid ? solid_size(solid) : base->basic_size;
}

// Whether instances of t have fields its base's lack (CPython's extra_ivars):
// a builtin bigger than its base, or a class with __slots__ members (a dict
// alone does not count).
static bool adds_fields(AyVM *vm, AyType *t) {
    if (!(t->flags & AY_TF_HEAPTYPE)) return t->basic_size != t->base->basic_size;
    uint32_t before = inherited_size(vm, t->base), own = t->basic_size - before;
    if (t->dict_offset >= before && t->dict_offset < t->basic_size) own -= sizeof(AyValue);
    return own != 0;
}

static AyType *best_base(AyVM *vm, AyTuple *bases) {
    AyType *best = NULL, *best_owner = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        AyType *b = AY_AS(AyType, bases->items[i]);
        AyType *owner = b;  // the nearest class whose fields b's instances have
        while (owner->base && !adds_fields(vm, owner)) owner = owner->base;
        if (!best || (ayType_is_subtype(owner, best_owner) && owner != best_owner)) {
            best = b;
            best_owner = owner;
        } else if (!ayType_is_subtype(best_owner, owner)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static void heap_instance_trace(AyVM *vm, AyObj *o) {
    AyType *t = o->type;
    // the builtin base traces its own fields; after them come the slots and
    // the dict that heap classes add, all AyValue-sized words
    AyType *b = solid_base(vm, t);
    if (b->trace && b->trace != heap_instance_trace) b->trace(vm, o);
    for (uint32_t off = solid_size(b); off < t->basic_size; off += sizeof(AyValue))
        ayGC_mark(vm, *(AyValue *)((char *)o + off));
    if (t->dict_offset == AY_DICT_AFTER_ITEMS || (t->dict_offset && t->dict_offset < solid_size(b)))
        ayGC_mark_obj(vm, (AyObj *)*ayObj_dict_slot(o));
}

// Private names in __slots__ are mangled as in the class body: __x -> _Class__x.
static AyStr *mangle(AyVM *vm, AyStr *cls, AyStr *name) {
    const char *n = name->data;
    if (n[0] != '_' || n[1] != '_' || (name->size >= 4 && n[name->size - 1] == '_' && n[name->size - 2] == '_') ||
        strchr(n, '.'))
        return name;
    const char *c = cls->data;
    while (*c == '_') c++;
    if (!*c) return name;
    return AY_STR(ayStr_from_fmt(vm, "_%s%s", c, n));
}

// Decides where instances of t keep their attribute dict and __slots__
// members, after the fields of its base.
static bool layout_instances(AyVM *vm, AyType *t, AyType *base, AyDict *ns) {
    AyType *solid = solid_base(vm, base);
    bool boxed = solid->sub_basic_size != 0;                // int: fixed layout with a dict field
    bool varsize = solid->gc_size != NULL && !boxed;      // tuple, str, bytes: no fixed offset after the items
    // CPython's variable-sized builtins (int, tuple, bytes; not str) take no
    // __slots__ and no weak references
    bool itemsize = boxed || (varsize && solid != vm->t_str);
    t->basic_size = inherited_size(vm, base);
    t->dict_offset = base == solid && boxed ? solid->sub_dict_offset : base->dict_offset;
    AyValue slots = ayDict_get_str(vm, ns, vm->s.__slots__);
    if (!slots) {
        if (!itemsize) t->flags |= AY_TF_WEAKREFABLE;
        if (t->dict_offset) return true;
        if (solid == vm->t_str)
            t->dict_offset = offsetof(AyStr, aux);  // str instances have a spare pointer for it (str.c)
        else if (varsize)
            t->dict_offset = AY_DICT_AFTER_ITEMS;
        else {
            t->dict_offset = t->basic_size;
            t->basic_size += sizeof(AyValue);
        }
        return true;
    }
    AyValue names = ayV_is_str(vm, slots) ? ayTuple_from_items(vm, &slots, 1) : ayObj_to_list(vm, slots);
    if (!names) return false;
    ayGC_push_root(vm, names);
    AyValue *items = ayV_is_type(vm, names, vm->t_tuple) ? AY_AS(AyTuple, names)->items : AY_AS(AyList, names)->items;
    int64_t n = ayV_is_type(vm, names, vm->t_tuple) ? AY_AS(AyTuple, names)->len : AY_AS(AyList, names)->len;
    bool want_dict = false;
    AyList *members = ayList_new(vm, 0);  // the names of slot members, mangled
    bool ok = members != NULL;
    if (members) ayGC_push_root(vm, ayV_from_obj(members));
    if (ok && itemsize && n) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "nonempty __slots__ not supported for subtype of '%s'", ayType_name(base));
        ok = false;
    }
    if (base == solid && boxed) t->dict_offset = 0;
    for (int64_t i = 0; i < n && ok; i++) {
        AyValue v = items[i];
        if (!ayV_is_str(vm, v)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__slots__ items must be strings, not '%T'", v);
            ok = false;
            break;
        }
        AyStr *name = AY_STR(v);
        if (!ayStr_is_identifier(name)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__slots__ must be identifiers");
            ok = false;
        } else if (strcmp(name->data, "__dict__") == 0) {
            if (want_dict || t->dict_offset) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "__dict__ slot disallowed: we already got one");
                ok = false;
            }
            want_dict = true;
        } else if (strcmp(name->data, "__weakref__") == 0) {
            if (t->flags & AY_TF_WEAKREFABLE) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "__weakref__ slot disallowed: we already got one");
                ok = false;
            }
            t->flags |= AY_TF_WEAKREFABLE;
        } else {
            if (varsize) {
                // str: Ay's strs keep their text inline, leaving no fixed offset for members
                ayErr_format(vm, AY_EXC(vm, TypeError), "nonempty __slots__ not supported for subtype of '%s'",
                             ayType_name(solid));
                ok = false;
                break;
            }
            AyStr *m = mangle(vm, t->name, name);
            if (!m) {
                ok = false;
                break;
            }
            if (ayDict_get_str(vm, ns, m)) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "%R in __slots__ conflicts with class variable", v);
                ok = false;
                break;
            }
            ok = ayList_append(vm, members, ayV_from_obj(m));
        }
    }
    // members in name order, as CPython lays them out
    ok = ok && ayList_sort(vm, members, AY_NULL, false);
    for (int64_t i = 0; ok && i < members->len; i++) {
        AyValue member = ayMember_new(vm, t, AY_STR(members->items[i]), t->basic_size, false);
        ok = member && ayDict_set(vm, t->dict, members->items[i], member) == 0;
        t->basic_size += sizeof(AyValue);
    }
    if (ok && want_dict) {
        if (varsize) {
            t->dict_offset = offsetof(AyStr, aux);  // only str gets here
        } else {
            t->dict_offset = t->basic_size;
            t->basic_size += sizeof(AyValue);
        }
    }
    ayGC_pop_roots(vm, members ? 2 : 1);
    return ok;
}

static AyValue class_new_impl(AyVM *vm, AyType *meta, AyStr *name, AyTuple *bases, AyDict *ns) {
    if (bases->len == 0) {
        AyValue b = ayV_from_obj(vm->t_object);
        bases = AY_AS(AyTuple, ayTuple_from_items(vm, &b, 1));
        if (!bases) return AY_NULL;
    }
    for (int64_t i = 0; i < bases->len; i++) {
        AyValue b = bases->items[i];
        if (!ayV_is_typeobj(vm, b))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "bases must be types");
        if (!(AY_AS(AyType, b)->flags & AY_TF_BASETYPE))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "type '%s' is not an acceptable base type",
                                ayType_name(AY_AS(AyType, b)));
        for (int64_t j = 0; j < i; j++)
            if (bases->items[j] == b)
                return ayErr_format(vm, AY_EXC(vm, TypeError), "duplicate base class %s", ayType_name(AY_AS(AyType, b)));
    }
    AyType *base = best_base(vm, bases);
    if (!base) return AY_NULL;
    for (int64_t i = 0; i < bases->len; i++) AY_AS(AyType, bases->items[i])->flags |= AY_TF_SUBCLASSED;
    AyType *t = ayGC_new_type(vm, meta, meta->basic_size > sizeof(AyType) ? meta->basic_size : sizeof(AyType));
    if (!t) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(t));
    t->name = name;
    t->qualname = name;
    t->c_name = NULL;
    t->base = base;
    t->bases = bases;
    t->flags = AY_TF_HEAPTYPE | AY_TF_BASETYPE | (base->flags & ~(AY_TF_HEAPTYPE | AY_TF_BASETYPE | AY_TF_ABSTRACT | AY_TF_SUBCLASSED));
    t->version = 1;
    t->dict = ayDict_copy(vm, ns);
    if (!t->dict) goto fail;
    t->dict->of_type = 1;
    AyValue qn = ayDict_get_str(vm, t->dict, vm->s.__qualname__);
    if (qn) {
        if (!ayV_is_str(vm, qn)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "type __qualname__ must be a str, not %T", qn);
            goto fail;
        }
        t->qualname = AY_STR(qn);
        ayDict_del(vm, t->dict, ayV_from_obj(vm->s.__qualname__));
    }
    // the class body's __class__ cell (zero-argument super()) is filled here,
    // so methods work already in __set_name__ and __init_subclass__
    AyValue cell = ayDict_get_str(vm, t->dict, vm->s.__classcell__);
    if (cell) {
        if (!ayV_is_type(vm, cell, vm->t_cell)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__classcell__ must be a nonlocal cell, not %R",
                         ayV_from_obj(ayV_type(vm, cell)));
            goto fail;
        }
        AY_AS(AyCell, cell)->value = ayV_from_obj(t);
        ayDict_del(vm, t->dict, ayV_from_obj(vm->s.__classcell__));
    }
    AyValue mod = ayDict_get_str(vm, t->dict, vm->s.__module__);
    if (!mod && vm->frame) {
        AyValue n = ayDict_get_str(vm, vm->frame->globals, vm->s.__name__);
        if (n) {
            ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__module__), n);
            mod = n;
        }
    }
    t->module = mod ? mod : AY_NULL;
    // __new__ is implicitly a static method; __init_subclass__ and
    // __class_getitem__ implicitly class methods
    AyValue nw = ayDict_get_str(vm, t->dict, vm->s.__new__);
    if (nw && ayV_type(vm, nw) == vm->t_function) {
        extern AyValue ayStaticMethod_new(AyVM * vm, AyValue f);
        AyValue sm = ayStaticMethod_new(vm, nw);
        if (!sm) goto fail;
        ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__new__), sm);
    }
    AyStr *implicit_cm[] = {vm->s.__init_subclass__, vm->s.__class_getitem__};
    for (int i = 0; i < 2; i++) {
        AyValue f = ayDict_get_str(vm, t->dict, implicit_cm[i]);
        if (f && ayV_type(vm, f) == vm->t_function) {
            extern AyValue ayClassMethod_new(AyVM * vm, AyValue f);
            AyValue cm = ayClassMethod_new(vm, f);
            if (!cm) goto fail;
            ayDict_set(vm, t->dict, ayV_from_obj(implicit_cm[i]), cm);
        }
    }
    if (!layout_instances(vm, t, base, ns)) goto fail;
    // as in CPython, what the class gives its instances shows in its namespace
    // (not for metaclasses: type's own __dict__ stays the class namespace)
    bool adds_dict = t->dict_offset && !base->dict_offset &&
                     ayType_lookup(vm, base, vm->s.__dict__) == ayDict_get_str(vm, vm->t_object->dict, vm->s.__dict__);
    ayType_add_instance_descriptors(vm, t, adds_dict,
                                    (t->flags & AY_TF_WEAKREFABLE) && !(base->flags & AY_TF_WEAKREFABLE));
    if (!ayDict_get_str(vm, t->dict, vm->s.__doc__)) ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__doc__), AY_NONE);
    // defining __eq__ without __hash__ makes instances unhashable
    if (ayDict_get_str(vm, t->dict, vm->s.__eq__) && !ayDict_get_str(vm, t->dict, vm->s.__hash__))
        ayDict_set(vm, t->dict, ayV_from_obj(vm->s.__hash__), AY_NONE);
    t->mro = c3_mro(vm, t, bases);
    if (!t->mro) goto fail;
    // inherit C slots from the solid base, then route dunders defined in Ay
    t->tp_new = base->tp_new;
    t->tp_init = base->tp_init;
    t->gc_size = solid_base(vm, base)->sub_basic_size ? NULL : base->gc_size;
    t->finalize = base->finalize;
    t->trace = heap_instance_trace;
    ayClass_update_slots(vm, t);
    if (!t->tp_new) t->tp_new = vm->t_object->tp_new;
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(t);
fail:
    t->bases = NULL;  // a class that failed to be made is nobody's subclass
    ayGC_pop_roots(vm, 1);
    return AY_NULL;
}

// After the class exists: __set_name__ on attributes, then the parent's
// __init_subclass__(**kwargs).
static bool finish_class(AyVM *vm, AyType *t, AyValue kwnames, AyValue *kwvalues) {
    AyDict *d = t->dict;
    ayGC_push_root(vm, ayV_from_obj(t));
    for (int64_t i = 0; i < d->nentries; i++) {
        AyDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        AyValue v = e->value, k = e->key;
        AyValue sn = ayType_lookup(vm, ayV_type(vm, v), vm->s.__set_name__);
        if (!sn) continue;
        AyValue args[2] = {ayV_from_obj(t), k};
        AyValue r = call_special(vm, v, vm->s.__set_name__, args, 2, NULL);
        if (!r) {
            ayGC_pop_roots(vm, 1);
            return false;
        }
    }
    // super(t, t).__init_subclass__(**kwargs): look it up after t in the MRO
    AyTuple *mro = t->mro;
    AyValue isub = AY_NULL;
    for (int64_t i = 1; i < mro->len && !isub; i++)
        isub = ayDict_get_str(vm, AY_AS(AyType, mro->items[i])->dict, vm->s.__init_subclass__);
    bool ok = true;
    if (isub) {
        AyType *it = ayV_type(vm, isub);
        AyValue bound = it->descr_get ? it->descr_get(vm, isub, AY_NONE, ayV_from_obj(t)) : isub;
        if (!bound) ok = false;
        else {
            int nkw = ayArg_nkw(kwnames);
            AyValue *buf = vm->stack_top;
            buf[0] = bound;
            if (nkw) memcpy(buf + 1, kwvalues, sizeof(AyValue) * (size_t)nkw);
            vm->stack_top += nkw + 1;
            ok = ayObj_call(vm, bound, buf + 1, 0, nkw ? kwnames : AY_NULL) != AY_NULL;
            vm->stack_top = buf;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok;
}

AyValue ayClass_build(AyVM *vm, AyType *meta, AyStr *name, AyTuple *bases, AyDict *ns, AyValue kwnames,
                      AyValue *kwvalues) {
    AyValue t = class_new_impl(vm, meta, name, bases, ns);
    if (!t) return AY_NULL;
    if (!finish_class(vm, AY_AS(AyType, t), kwnames, kwvalues)) return AY_NULL;
    return t;
}

// type.__new__(meta, name, bases, ns, **kwargs)
static AyValue type_new(AyVM *vm, AyType *meta, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs == 1 && meta == vm->t_type && !kwnames) return ayV_from_obj(ayV_type(vm, args[0]));
    if (nargs != 3) return ayErr_format(vm, AY_EXC(vm, TypeError), "type() takes 1 or 3 arguments");
    if (!ayV_is_str(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!ayV_is_tuple(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!ayV_is_dict(vm, args[2]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "type.__new__() argument 3 must be dict, not %T", args[2]);
    // the most derived metaclass wins
    AyTuple *bases = AY_AS(AyTuple, args[1]);
    AyType *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        AyType *bm = ayV_type(vm, bases->items[i]);
        if (ayType_is_subtype(winner, bm)) continue;
        if (ayType_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
                            "the metaclasses of all its bases");
    }
    // a base's metaclass with its own __new__ makes the class (type('X', (Base,), {}))
    if (winner != meta && winner->tp_new != type_new) return winner->tp_new(vm, winner, args, nargs, kwnames);
    AyValue t = class_new_impl(vm, winner, AY_STR(args[0]), bases, AY_AS(AyDict, args[2]));
    if (!t) return AY_NULL;
    if (!finish_class(vm, AY_AS(AyType, t), kwnames, args + nargs)) return AY_NULL;
    return t;
}

static AyValue type_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) { return AY_NONE; }

// object.__init_subclass__: accepts no keyword arguments.
static AyValue object_init_subclass(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (ayArg_nkw(kwnames) || nargs > 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%N.__init_subclass__() takes no keyword arguments",
                            AY_AS(AyType, args[0]));
    return AY_NONE;
}

// object.__subclasshook__: no opinion (abc consults it).
static AyValue object_subclasshook(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_NOTIMPLEMENTED; }

// The direct subclasses of t, oldest first. Types keep no list of their
// subclasses; the heap is searched instead (this is rare and never hot).
static AyList *direct_subclasses(AyVM *vm, AyType *t) {
    AyList *l = ayList_new(vm, 0);
    if (!l) return NULL;
    for (AyObj *o = vm->objects; o; o = (AyObj *)(uintptr_t)(o->gc & AY_GC_PTR_MASK)) {
        if (!(o->gc & AY_GC_TYPE)) continue;
        AyTuple *bases = ((AyType *)o)->bases;
        for (int64_t i = 0; bases && i < bases->len; i++)
            if (ayV_obj(bases->items[i]) == (AyObj *)t && !ayList_append(vm, l, ayV_from_obj(o))) return NULL;
    }
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {  // the object list is newest first
        AyValue tmp = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = tmp;
    }
    return l;
}

static AyValue type_subclasses(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__subclasses__", nargs - 1, 0, 0)) return AY_NULL;
    AyList *l = direct_subclasses(vm, AY_AS(AyType, args[0]));
    return l ? ayV_from_obj(l) : AY_NULL;
}

static AyValue type_prepare(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyDict *d = ayDict_new(vm);
    return d ? ayV_from_obj(d) : AY_NULL;
}

static AyValue type_instancecheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__instancecheck__", nargs - 1, 1, 1)) return AY_NULL;
    return ayV_bool(ayType_is_subtype(ayV_type(vm, args[1]), AY_AS(AyType, args[0])));
}

static AyValue type_subclasscheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__subclasscheck__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_typeobj(vm, args[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "issubclass() arg 1 must be a class");
    return ayV_bool(ayType_is_subtype(AY_AS(AyType, args[1]), AY_AS(AyType, args[0])));
}

// Re-routes the slots of t and of every heap class below it.
static void update_slots_deep(AyVM *vm, AyType *t, int depth) {
    ayClass_update_slots(vm, t);
    if (!(t->flags & AY_TF_SUBCLASSED)) return;
    AyList *subs = depth < 64 ? direct_subclasses(vm, t) : NULL;
    if (!subs) {
        ayErr_clear(vm);
        return;
    }
    for (int64_t i = 0; i < subs->len; i++) {
        AyType *sub = AY_AS(AyType, subs->items[i]);
        if (sub->flags & AY_TF_HEAPTYPE) update_slots_deep(vm, sub, depth + 1);
    }
}

// }====
// {==== C.__bases__ = (...)

// A class whose instances look exactly like its base's adds nothing to the
// layout; heap classes differ from builtins only in trace function.
static bool adds_no_fields(AyType *t) {
    AyType *b = t->base;
    return b && t->basic_size == b->basic_size && t->dict_offset == b->dict_offset && t->gc_size == b->gc_size &&
           (t->flags & AY_TF_WEAKREFABLE) == (b->flags & AY_TF_WEAKREFABLE) &&
           ((t->flags & AY_TF_HEAPTYPE) || t->trace == b->trace);
}

// Whether instances of a class based on old_base may be based on new_base
// instead: after skipping classes that add no fields, the same class, or
// two heap classes adding the same fields to the same base.
static bool same_layout(AyVM *vm, AyType *old_base, AyType *new_base) {
    // CPython frees object's instances differently from its classes', and
    // says so first
    if ((old_base == vm->t_object) != (new_base == vm->t_object)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__bases__ assignment: '%s' deallocator differs from '%s'",
                     ayType_name(new_base), ayType_name(old_base));
        return false;
    }
    AyType *a = old_base, *b = new_base;
    while (adds_no_fields(a)) a = a->base;
    while (adds_no_fields(b)) b = b->base;
    if (a == b) return true;
    if (a->base == b->base && (a->flags & b->flags & AY_TF_HEAPTYPE) && a->basic_size == b->basic_size &&
        a->dict_offset == b->dict_offset && (a->flags & AY_TF_WEAKREFABLE) == (b->flags & AY_TF_WEAKREFABLE)) {
        AyValue sa = ayDict_get_str(vm, a->dict, vm->s.__slots__), sb = ayDict_get_str(vm, b->dict, vm->s.__slots__);
        int eq = !sa && !sb ? 1 : sa && sb ? ayObj_eq(vm, sa, sb) : 0;
        if (eq != 0) return eq > 0;
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "__bases__ assignment: '%s' object layout differs from '%s'",
                 ayType_name(new_base), ayType_name(old_base));
    return false;
}

// Recomputes the MRO of t and of every class below it. If one fails (the
// new bases make a hierarchy C3 cannot order), every MRO changed so far is
// put back.
static bool recompute_mros(AyVM *vm, AyType *t) {
    AyValue tv = ayV_from_obj(t);
    AyList *todo = AY_AS(AyList, ayList_from_items(vm, &tv, 1));
    if (!todo) return false;
    ayGC_push_root(vm, ayV_from_obj(todo));
    AyList *undo = ayList_new(vm, 0);  // pairs: a class, its old MRO
    if (!undo) goto fail;
    ayGC_push_root(vm, ayV_from_obj(undo));
    for (int64_t i = 0; i < todo->len; i++) {
        AyType *c = AY_AS(AyType, todo->items[i]);
        AyTuple *mro = c3_mro(vm, c, c->bases);
        if (!mro || !ayList_append(vm, undo, ayV_from_obj(c)) || !ayList_append(vm, undo, ayV_from_obj(c->mro)))
            goto undo;
        c->mro = mro;
        if (!(c->flags & AY_TF_SUBCLASSED)) continue;
        AyList *subs = direct_subclasses(vm, c);
        if (!subs) goto undo;
        for (int64_t j = 0; j < subs->len; j++)
            if (!ayList_append(vm, todo, subs->items[j])) goto undo;
    }
    vm->type_epoch++;  // lookups cached under the old MROs are stale
    ayGC_pop_roots(vm, 2);
    return true;
undo:
    for (int64_t j = undo->len - 2; j >= 0; j -= 2)
        AY_AS(AyType, undo->items[j])->mro = AY_AS(AyTuple, undo->items[j + 1]);
    ayGC_pop_roots(vm, 1);
fail:
    ayGC_pop_roots(vm, 1);
    return false;
}

static AyValue type_bases_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyType, self)->bases); }

static int type_bases_set(AyVM *vm, AyValue self, AyValue v) {
    AyType *t = AY_AS(AyType, self);
    if (!v || !(t->flags & AY_TF_HEAPTYPE)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot %s '__bases__' attribute of immutable type '%s'",
                     v ? "set" : "delete", ayType_name(t));
        return -1;
    }
    if (!ayV_is_tuple(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can only assign tuple to %s.__bases__, not %T", ayType_name(t), v);
        return -1;
    }
    AyTuple *bases = AY_AS(AyTuple, v);
    if (bases->len == 0) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can only assign non-empty tuple to %s.__bases__, not ()",
                     ayType_name(t));
        return -1;
    }
    for (int64_t i = 0; i < bases->len; i++) {
        AyValue b = bases->items[i];
        if (!ayV_is_typeobj(vm, b)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__bases__ must be tuple of classes, not '%T'", ayType_name(t), b);
            return -1;
        }
        if (ayType_is_subtype(AY_AS(AyType, b), t)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "a __bases__ item causes an inheritance cycle");
            return -1;
        }
        if (!(AY_AS(AyType, b)->flags & AY_TF_BASETYPE)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "type '%s' is not an acceptable base type", ayType_name(AY_AS(AyType, b)));
            return -1;
        }
        for (int64_t j = 0; j < i; j++)
            if (bases->items[j] == b) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "duplicate base class %s", ayType_name(AY_AS(AyType, b)));
                return -1;
            }
    }
    AyType *new_base = best_base(vm, bases);
    if (!new_base || !same_layout(vm, t->base, new_base)) return -1;
    AyTuple *old_bases = t->bases;
    AyType *old_base = t->base;
    t->bases = bases;
    t->base = new_base;
    if (!recompute_mros(vm, t)) {
        t->bases = old_bases;
        t->base = old_base;
        return -1;
    }
    for (int64_t i = 0; i < bases->len; i++) AY_AS(AyType, bases->items[i])->flags |= AY_TF_SUBCLASSED;
    update_slots_deep(vm, t, 0);  // dunders may now come from other classes
    return 0;
}

static const AyGetSetDef type_getsets[] = {
    {"__bases__", type_bases_get, type_bases_set},
    {NULL},
};

// }====
// {==== type and object methods

// Setting a dunder on a class re-routes the slots of the class and its subclasses.
static int heap_type_setattr(AyVM *vm, AyValue self, AyStr *name, AyValue v) {
    extern int ayType_setattr_base(AyVM * vm, AyValue self, AyStr * name, AyValue v);
    int r = ayType_setattr_base(vm, self, name, v);
    if (r == 0 && name->size > 4 && name->data[0] == '_' && name->data[1] == '_')
        update_slots_deep(vm, AY_AS(AyType, self), 0);
    return r;
}

static const AyMethodDef type_methods[] = {
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__prepare__", type_prepare, AY_NATIVE_CLASSMETHOD, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {NULL},
};

static const AyMethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, AY_NATIVE_CLASSMETHOD, NULL},
    {"__subclasshook__", object_subclasshook, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====
// {==== __build_class__

AyValue ayBuiltins_build_class(AyVM *vm);

// PEP 560: a base that is not a class may name its replacements through
// __mro_entries__(bases). Returns `bases` itself when nothing changed.
static AyValue resolve_mro_entries(AyVM *vm, AyValue bases) {
    AyTuple *bt = AY_AS(AyTuple, bases);
    AyList *out = NULL;
    for (int64_t i = 0; i < bt->len; i++) {
        AyValue b = bt->items[i];
        AyValue entries = AY_NULL;
        if (!ayV_is_typeobj(vm, b)) {
            AyValue meth = ayObj_getattr_opt(vm, b, vm->s.__mro_entries__);
            if (!meth && ayErr_occurred(vm)) goto fail;
            if (meth) {
                entries = ayObj_call1(vm, meth, bases);
                if (!entries) goto fail;
                if (!ayV_is_tuple(vm, entries)) {
                    ayErr_format(vm, AY_EXC(vm, TypeError), "__mro_entries__ must return a tuple");
                    goto fail;
                }
            }
        }
        if (entries && !out) {
            out = ayList_new(vm, bt->len);
            if (!out) goto fail;
            for (int64_t j = 0; j < i; j++) out->items[j] = bt->items[j];
            out->len = i;
            ayGC_push_root(vm, ayV_from_obj(out));
        }
        if (!out) continue;
        if (entries) {
            if (!ayList_extend(vm, out, entries)) goto fail;
        } else if (!ayList_append(vm, out, b)) {
            goto fail;
        }
    }
    if (!out) return bases;
    AyValue r = ayTuple_from_items(vm, out->items, out->len);
    ayGC_pop_roots(vm, 1);
    return r;
fail:
    if (out) ayGC_pop_roots(vm, 1);
    return AY_NULL;
}

static AyValue build_class(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs < 2) return ayErr_format(vm, AY_EXC(vm, TypeError), "__build_class__: not enough arguments");
    AyValue func = args[0], name = args[1];
    if (!ayV_is_type(vm, func, vm->t_function))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__build_class__: func must be a function");
    if (!ayV_is_str(vm, name)) return ayErr_format(vm, AY_EXC(vm, TypeError), "__build_class__: name is not a string");
    AyValue orig_bases = ayTuple_from_items(vm, args + 2, nargs - 2);
    if (!orig_bases) return AY_NULL;
    ayGC_push_root(vm, orig_bases);
    AyValue bases = resolve_mro_entries(vm, orig_bases);
    ayGC_pop_roots(vm, 1);
    if (!bases) return AY_NULL;
    ayGC_push_root(vm, bases);
    // the bases as written stay visible when __mro_entries__ replaced some
    ayGC_push_root(vm, bases == orig_bases ? AY_NULL : orig_bases);
    // metaclass= is taken out of the keywords
    AyValue meta = AY_NULL;
    int nkw = ayArg_nkw(kwnames);
    AyValue *kwv = args + nargs;
    AyTuple *rest_names = NULL;
    AyValue rest_values[64];
    int nrest = 0;
    for (int i = 0; i < nkw; i++) {
        AyStr *k = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        if (k == vm->s.metaclass) meta = kwv[i];
        else if (nrest < 64) rest_values[nrest++] = kwv[i];
    }
    if (nrest) {
        rest_names = ayTuple_new(vm, nrest);
        if (!rest_names) goto fail;
        int j = 0;
        for (int i = 0; i < nkw; i++) {
            AyValue k = AY_AS(AyTuple, kwnames)->items[i];
            if (AY_STR(k) != vm->s.metaclass) rest_names->items[j++] = k;
        }
        ayGC_push_root(vm, ayV_from_obj(rest_names));
    }
    AyTuple *bt = AY_AS(AyTuple, bases);
    bool meta_is_class = true;
    if (!meta) {
        meta = bt->len ? ayV_from_obj(ayV_type(vm, bt->items[0])) : ayV_from_obj(vm->t_type);
    } else {
        meta_is_class = ayV_is_typeobj(vm, meta);
    }
    if (meta_is_class) {
        // the most derived metaclass among the explicit one and the bases'
        AyType *winner = AY_AS(AyType, meta);
        for (int64_t i = 0; i < bt->len; i++) {
            AyType *bm = ayV_type(vm, bt->items[i]);
            if (ayType_is_subtype(winner, bm)) continue;
            if (ayType_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                         "metaclasses of all its bases");
            goto fail;
        }
        meta = ayV_from_obj(winner);
    }
    ayGC_push_root(vm, meta);
    // namespace from __prepare__
    AyValue ns;
    AyValue prep = ayObj_getattr_opt(vm, meta, vm->s.__prepare__);
    if (prep) {
        AyValue *buf = vm->stack_top;
        buf[0] = prep;
        buf[1] = name;
        buf[2] = bases;
        if (nrest) memcpy(buf + 3, rest_values, sizeof(AyValue) * (size_t)nrest);
        vm->stack_top += nrest + 3;
        ns = ayObj_call(vm, prep, buf + 1, 2, rest_names ? ayV_from_obj(rest_names) : AY_NULL);
        vm->stack_top = buf;
    } else {
        if (ayErr_occurred(vm)) goto fail_meta;
        AyDict *d = ayDict_new(vm);
        ns = d ? ayV_from_obj(d) : AY_NULL;
    }
    if (!ns) goto fail_meta;
    ayGC_push_root(vm, ns);
    // run the class body with ns as its locals
    AyValue cell = ayEval_call_function(vm, AY_AS(AyFunction, func), NULL, 0, AY_NULL, ns);
    if (!cell) goto fail_ns;
    if (bases != orig_bases && ayObj_setitem(vm, ns, ayV_from_obj(vm->s.__orig_bases__), orig_bases) < 0)
        goto fail_ns;
    AyValue *buf = vm->stack_top;
    buf[0] = meta;
    buf[1] = name;
    buf[2] = bases;
    buf[3] = ns;
    if (nrest) memcpy(buf + 4, rest_values, sizeof(AyValue) * (size_t)nrest);
    vm->stack_top += nrest + 4;
    AyValue cls = ayObj_call(vm, meta, buf + 1, 3, rest_names ? ayV_from_obj(rest_names) : AY_NULL);
    vm->stack_top = buf;
    if (!cls) goto fail_ns;
    // type.__new__ filled the __class__ cell; a metaclass that dropped
    // __classcell__ or passed another class's would leave super() broken
    if (ayV_is_type(vm, cell, vm->t_cell) && AY_AS(AyCell, cell)->value != cls) {
        AyValue got = AY_AS(AyCell, cell)->value;
        if (got)
            ayErr_format(vm, AY_EXC(vm, TypeError), "__class__ set to %R defining %R as %R", got, name, cls);
        else
            ayErr_format(vm, AY_EXC(vm, RuntimeError),
                         "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?", name, cls);
        goto fail_ns;
    }
    ayGC_pop_roots(vm, 4 + (rest_names ? 1 : 0));
    return cls;
fail_ns:
    ayGC_pop_roots(vm, 1);
fail_meta:
    ayGC_pop_roots(vm, 1);
fail:
    ayGC_pop_roots(vm, 2 + (rest_names ? 1 : 0));
    return AY_NULL;
}

AyValue ayBuiltins_build_class(AyVM *vm) { return ayNative_new(vm, "__build_class__", build_class, AY_NULL, NULL); }

// }====

void ayClass_setup(AyVM *vm) {
    AyType *tt = vm->t_type;
    tt->tp_new = type_new;
    tt->tp_init = type_init;
    tt->setattr = heap_type_setattr;
    ayType_add_methods(vm, tt, type_methods);
    ayType_add_getsets(vm, tt, type_getsets);
    ayType_add_methods(vm, vm->t_object, object_methods);
}
