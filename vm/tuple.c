// tuple objects.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

static size_t tuple_gc_size(AyObj *o) { return sizeof(AyTuple) + sizeof(AyValue) * (size_t)((AyTuple *)o)->len; }

static void tuple_trace(AyVM *vm, AyObj *o) {
    AyTuple *t = (AyTuple *)o;
    for (int64_t i = 0; i < t->len; i++) ayGC_mark(vm, t->items[i]);
}

AyTuple *ayTuple_new(AyVM *vm, int64_t n) {
    if (n == 0 && vm->empty_tuple) return vm->empty_tuple;
    if (n < 0 || (uint64_t)n > ((uint64_t)1 << 40)) {
        ayErr_nomemory(vm);
        return NULL;
    }
    AyTuple *t = (AyTuple *)ayGC_new(vm, vm->t_tuple, sizeof(AyTuple) + sizeof(AyValue) * (size_t)n);
    if (!t) return NULL;
    t->len = n;
    t->hash = -1;
    return t;
}

AyValue ayTuple_from_items(AyVM *vm, const AyValue *items, int64_t n) {
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    if (n) memcpy(t->items, items, sizeof(AyValue) * (size_t)n);
    return ayV_from_obj(t);
}

AyValue ayTuple_pack2(AyVM *vm, AyValue a, AyValue b) {
    AyTuple *t = ayTuple_new(vm, 2);
    if (!t) return AY_NULL;
    t->items[0] = a;
    t->items[1] = b;
    return ayV_from_obj(t);
}

// CPython's tuple hash (xxHash-based), so sets of tuples iterate in its order.
int64_t ayTuple_hash(AyVM *vm, AyTuple *t) {
    if (t->hash != -1) return t->hash;
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                   P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h = ayObj_hash(vm, t->items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)t->len ^ (P5 ^ 3527539ull);
    if (acc == (uint64_t)-1) acc = 1546275796;
    // Only exact tuples cache: subclasses may not be immutable in their hash.
    if (t->hdr.type == vm->t_tuple) t->hash = (int64_t)acc;
    return (int64_t)acc;
}

static int64_t tuple_hash(AyVM *vm, AyValue v) { return ayTuple_hash(vm, AY_AS(AyTuple, v)); }

static AyValue tuple_repr(AyVM *vm, AyValue v) {
    AyTuple *t = AY_AS(AyTuple, v);
    if (t->len == 0) return ayV_from_obj(ayStr_intern_c(vm, "()"));
    int r = aySeq_repr_enter(vm, v);
    if (r) return r < 0 ? AY_NULL : ayV_from_obj(ayStr_intern_c(vm, "(...)"));
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_addc(&b, '(');
    bool ok = true;
    for (int64_t i = 0; ok && i < t->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_repr(&b, t->items[i]);
    }
    aySeq_repr_leave(vm, v);
    if (!ok || b.failed) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    if (t->len == 1) ayBuf_addc(&b, ',');
    ayBuf_addc(&b, ')');
    return ayBuf_finish(&b);
}

static AyValue tuple_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_tuple(vm, b)) return AY_NOTIMPLEMENTED;
    AyTuple *x = AY_AS(AyTuple, a), *y = AY_AS(AyTuple, b);
    return aySeq_richcmp(vm, x->items, x->len, y->items, y->len, op);
}

static int64_t tuple_len(AyVM *vm, AyValue v) { return AY_AS(AyTuple, v)->len; }

static AyValue tuple_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyTuple *t = AY_AS(AyTuple, v);
    if (ayV_is_int(key)) {
        int64_t i = ayV_int(key);
        if (i < 0) i += t->len;
        if ((uint64_t)i >= (uint64_t)t->len)
            return ayErr_format(vm, AY_EXC(vm, IndexError), "tuple index out of range");
        return t->items[i];
    }
    if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (aySlice_indices(vm, key, t->len, &start, &stop, &step, &n) < 0) return AY_NULL;
        if (step == 1 && n == t->len && t->hdr.type == vm->t_tuple) return v;
        AyTuple *r = ayTuple_new(vm, n);
        if (!r) return AY_NULL;
        for (int64_t k = 0; k < n; k++) r->items[k] = t->items[start + k * step];
        return ayV_from_obj(r);
    }
    if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "tuple indices must be integers or slices, not %T", key);
    int64_t i;
    if (ayObj_as_ssize(vm, key, &i) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return AY_NULL;
    }
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "tuple index out of range");
    return t->items[i];
}

static int tuple_contains(AyVM *vm, AyValue c, AyValue item) {
    AyTuple *t = AY_AS(AyTuple, c);
    for (int64_t i = 0; i < t->len; i++) {
        int r = ayObj_eq(vm, t->items[i], item);
        if (r) return r;
    }
    return 0;
}

static AyValue tuple_add(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_tuple(vm, a) || !ayV_is_tuple(vm, b)) {
        if (!ayV_is_tuple(vm, a) || ayV_defers_concat(vm, b)) return AY_NOTIMPLEMENTED;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    AyTuple *x = AY_AS(AyTuple, a), *y = AY_AS(AyTuple, b);
    // an exact tuple plus nothing is itself
    if (y->len == 0 && x->hdr.type == vm->t_tuple) return a;
    if (x->len == 0 && y->hdr.type == vm->t_tuple) return b;
    AyTuple *r = ayTuple_new(vm, x->len + y->len);
    if (!r) return AY_NULL;
    memcpy(r->items, x->items, sizeof(AyValue) * (size_t)x->len);
    memcpy(r->items + x->len, y->items, sizeof(AyValue) * (size_t)y->len);
    return ayV_from_obj(r);
}

static AyValue tuple_mul(AyVM *vm, AyValue a, AyValue b) {
    AyValue t = ayV_is_tuple(vm, a) ? a : b, n = t == a ? b : a;
    AyType *tn = ayV_type(vm, n);
    if (!ayV_is_anyint(vm, n) && !tn->index) {
        // let a user type's __rmul__ have a go first
        if (t == b || ((tn->flags & AY_TF_HEAPTYPE) && tn->binop[AY_BINOP_MUL])) return AY_NOTIMPLEMENTED;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", n);
    }
    int64_t count;
    if (ayObj_as_ssize(vm, n, &count) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
        return AY_NULL;
    }
    AyTuple *x = AY_AS(AyTuple, t);
    if (count <= 0 || x->len == 0) return ayV_from_obj(vm->empty_tuple);
    if (count == 1 && x->hdr.type == vm->t_tuple) return t;
    if (x->len > (((int64_t)1 << 40)) / count) return ayErr_nomemory(vm);
    AyTuple *r = ayTuple_new(vm, x->len * count);
    if (!r) return AY_NULL;
    for (int64_t i = 0; i < count; i++) memcpy(r->items + i * x->len, x->items, sizeof(AyValue) * (size_t)x->len);
    return ayV_from_obj(r);
}

static AyValue tuple_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if ((type == vm->t_tuple || type->tp_init == vm->t_tuple->tp_init) && !ayArg_no_kw(vm, "tuple", kwnames))
        return AY_NULL;
    if (!ayArg_count(vm, "tuple", nargs, 0, 1)) return AY_NULL;
    if (type == vm->t_tuple) {
        if (nargs == 0) return ayV_from_obj(vm->empty_tuple);
        if (ayV_is_type(vm, args[0], vm->t_tuple)) return args[0];
    }
    AyValue *items = NULL;
    int64_t n = 0;
    AyValue seq = AY_NULL;
    if (nargs) {
        // exact lists and tuples give their items; anything else (subclasses
        // too: they may override __iter__) is iterated
        AyType *at = ayV_type(vm, args[0]);
        seq = at == vm->t_list || at == vm->t_tuple ? args[0] : ayObj_to_list(vm, args[0]);
        if (!seq) return AY_NULL;
        items = ayV_is_tuple(vm, seq) ? AY_AS(AyTuple, seq)->items : AY_AS(AyList, seq)->items;
        n = ayV_is_tuple(vm, seq) ? AY_AS(AyTuple, seq)->len : AY_AS(AyList, seq)->len;
    }
    if (type == vm->t_tuple) return ayTuple_from_items(vm, items, n);
    // a subclass: the same layout under another type
    if ((uint64_t)n > ((uint64_t)1 << 40)) return ayErr_nomemory(vm);
    if (seq) ayGC_push_root(vm, seq);
    AyTuple *t = (AyTuple *)ayGC_new(vm, type, ayType_instance_size(type, sizeof(AyTuple) + sizeof(AyValue) * (size_t)n));
    if (seq) ayGC_pop_roots(vm, 1);
    if (!t) return AY_NULL;
    t->len = n;
    t->hash = -1;
    if (n) memcpy(t->items, items, sizeof(AyValue) * (size_t)n);
    return ayV_from_obj(t);
}

static AyValue tuple_index(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "tuple.index", nargs - 1, kw, 1, 3)) return AY_NULL;
    AyTuple *t = AY_AS(AyTuple, args[0]);
    int64_t start = 0, stop = t->len;
    if (!aySeq_range_args(vm, args + 2, nargs - 2, t->len, &start, &stop)) return AY_NULL;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int r = ayObj_eq(vm, t->items[i], args[1]);
        if (r < 0) return AY_NULL;
        if (r) return ayV_small(i);
    }
    return ayErr_format(vm, AY_EXC(vm, ValueError), "tuple.index(x): x not in tuple");
}

static AyValue tuple_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "tuple.count", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyTuple *t = AY_AS(AyTuple, args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = ayObj_eq(vm, t->items[i], args[1]);
        if (r < 0) return AY_NULL;
        n += r;
    }
    return ayV_small(n);
}

static AyValue tuple_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyTuple *t = AY_AS(AyTuple, args[0]);
    AyValue copy = ayTuple_from_items(vm, t->items, t->len);
    if (!copy) return AY_NULL;
    return ayTuple_from_items(vm, &copy, 1);
}

static const AyMethodDef tuple_methods[] = {
    {"index", tuple_index, 0, NULL},
    {"count", tuple_count, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// Iterator over any array of values held by a container object.
static AyValue tuple_iter(AyVM *vm, AyValue v) { return aySeqIter_new(vm, vm->t_tuple_iterator, v); }

void ayTuple_setup(AyVM *vm) {
    AyType *t = vm->t_tuple;
    t->flags |= AY_TF_TUPLE_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyTuple);
    t->gc_size = tuple_gc_size;
    t->trace = tuple_trace;
    t->hash = tuple_hash;
    t->repr = tuple_repr;
    t->richcmp = tuple_richcmp;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->iter = tuple_iter;
    t->tp_new = tuple_new;
    t->binop[AY_BINOP_ADD] = tuple_add;
    t->binop[AY_BINOP_MUL] = tuple_mul;
    ayType_add_methods(vm, t, tuple_methods);
}
