// types.UnionType: the value of `int | str` (PEP 604). `|` between classes,
// None, generic aliases and unions builds one, flattened and deduplicated;
// isinstance/issubclass accept it.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

typedef struct Union {
    AyObj hdr;
    AyTuple *args;
} Union;

static void union_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((Union *)o)->args); }

static bool is_union(AyVM *vm, AyValue v) { return ayV_is_type(vm, v, vm->t_union_type); }

// What may appear on either side of `|` to make a union.
static bool unionable(AyVM *vm, AyValue v) {
    return v == AY_NONE || ayV_is_typeobj(vm, v) || ayV_is_type(vm, v, vm->t_generic_alias) || is_union(vm, v);
}

// Appends v (or, for a union, its members) to `out` unless already present.
static bool add_member(AyVM *vm, AyList *out, AyValue v) {
    if (is_union(vm, v)) {
        AyTuple *a = AY_AS(Union, v)->args;
        for (int64_t i = 0; i < a->len; i++)
            if (!add_member(vm, out, a->items[i])) return false;
        return true;
    }
    if (v == AY_NONE) v = ayV_from_obj(vm->t_NoneType);
    for (int64_t i = 0; i < out->len; i++) {
        int eq = ayObj_eq(vm, out->items[i], v);
        if (eq < 0) return false;
        if (eq) return true;
    }
    return ayList_append(vm, out, v);
}

// a | b for unionable operands; a single member stays itself (int | int is int).
static AyValue union_or(AyVM *vm, AyValue a, AyValue b) {
    if (!unionable(vm, a) || !unionable(vm, b)) return AY_NOTIMPLEMENTED;
    AyList *members = ayList_new(vm, 0);
    if (!members) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(members));
    AyValue r = AY_NULL;
    if (add_member(vm, members, a) && add_member(vm, members, b)) {
        if (members->len == 1) {
            r = members->items[0];
        } else {
            AyValue args = ayTuple_from_items(vm, members->items, members->len);
            Union *u = args ? AY_NEW(vm, Union, vm->t_union_type) : NULL;
            if (u) {
                u->args = AY_AS(AyTuple, args);
                r = ayV_from_obj(u);
            }
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static bool add_member_repr(AyBuf *b, AyValue v) {
    AyVM *vm = b->vm;
    if (v == ayV_from_obj(vm->t_NoneType)) {
        ayBuf_adds(b, "None");
        return true;
    }
    if (ayV_is_typeobj(vm, v)) {
        AyType *t = AY_AS(AyType, v);
        if (t->module && ayV_is_str(vm, t->module) && strcmp(AY_CSTR(t->module), "builtins") != 0)
            ayBuf_printf(b, "%s.", AY_CSTR(t->module));
        ayBuf_add(b, t->qualname->data, (size_t)t->qualname->size);
        return true;
    }
    return ayBuf_add_repr(b, v);
}

static AyValue union_repr(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(Union, self)->args;
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ok = true;
    for (int64_t i = 0; ok && i < a->len; i++) {
        if (i) ayBuf_add(&b, " | ", 3);
        ok = add_member_repr(&b, a->items[i]);
    }
    if (!ok) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

// Unions are equal when they have the same members in any order.
static AyValue union_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!is_union(vm, b) || (op != AY_EQ && op != AY_NE)) return AY_NOTIMPLEMENTED;
    AyTuple *x = AY_AS(Union, a)->args, *y = AY_AS(Union, b)->args;
    bool eq = x->len == y->len;
    for (int64_t i = 0; eq && i < x->len; i++) {
        bool found = false;
        for (int64_t j = 0; !found && j < y->len; j++) {
            int r = ayObj_eq(vm, x->items[i], y->items[j]);
            if (r < 0) return AY_NULL;
            found = r;
        }
        eq = found;
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

// Order-independent, like hash(frozenset(args)).
static int64_t union_hash(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(Union, self)->args;
    uint64_t h = 0x345678;
    for (int64_t i = 0; i < a->len; i++) {
        int64_t hi = ayObj_hash(vm, a->items[i]);
        if (hi == -1) return -1;
        h ^= ((uint64_t)hi ^ ((uint64_t)hi << 16) ^ 89869747u) * 3644798167u;
    }
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static AyValue union_args_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(Union, self)->args); }
static AyValue union_params_get(AyVM *vm, AyValue self) { return ayV_from_obj(vm->empty_tuple); }

// isinstance(x, A | B) / issubclass(C, A | B): any member matches.
static AyValue union_check(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool instance) {
    if (!aySeq_args(vm, instance ? "__instancecheck__" : "__subclasscheck__", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyTuple *a = AY_AS(Union, args[0])->args;
    for (int64_t i = 0; i < a->len; i++) {
        AyValue m = a->items[i];
        if (ayV_is_type(vm, m, vm->t_generic_alias))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument 2 cannot be a parameterized generic",
                                instance ? "isinstance" : "issubclass");
    }
    for (int64_t i = 0; i < a->len; i++) {
        int r = instance ? ayObj_isinstance(vm, args[1], a->items[i]) : ayObj_issubclass(vm, args[1], a->items[i]);
        if (r) return r < 0 ? AY_NULL : AY_TRUE;
    }
    return AY_FALSE;
}

static AyValue union_instancecheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return union_check(vm, args, nargs, kw, true);
}

static AyValue union_subclasscheck(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return union_check(vm, args, nargs, kw, false);
}

static const AyGetSetDef union_getsets[] = {
    {"__args__", union_args_get, NULL},
    {"__parameters__", union_params_get, NULL},
    {NULL},
};

static const AyMethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL},
};

void ayUnion_setup(AyVM *vm) {
    AyType *t = vm->t_union_type;
    t->basic_size = sizeof(Union);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "types"));
    t->trace = union_trace;
    t->repr = union_repr;
    t->richcmp = union_richcmp;
    t->hash = union_hash;
    t->binop[AY_BINOP_OR] = union_or;
    ayType_add_getsets(vm, t, union_getsets);
    ayType_add_methods(vm, t, union_methods);
    ayType_add_slot_wrappers(vm, t);
    // `|` on classes, None and generic aliases builds unions
    AyType *operands[] = {vm->t_type, vm->t_NoneType, vm->t_generic_alias};
    for (int i = 0; i < 3; i++) {
        operands[i]->binop[AY_BINOP_OR] = union_or;
        ayType_add_slot_wrappers(vm, operands[i]);
    }
}
