// operator: the operators as functions, plus itemgetter, attrgetter and
// methodcaller. Each function is also bound to its dunder alias
// (operator.__add__ is operator.add), as in CPython.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "itertools.h"
#include "module.h"
#include "seq.h"
#include "stdtypes.h"
#include "str.h"

#define ARGS(name, n) \
    if (!ayIter_args(vm, name, nargs, kw, n, n)) return AY_NULL

// {==== operator functions

// X(function name, AyBinOp, the name without the trailing _ of and_/or_)
#define BINARY_OPS(X) \
    X(add, ADD, add) X(sub, SUB, sub) X(mul, MUL, mul) X(matmul, MATMUL, matmul) X(truediv, TRUEDIV, truediv) \
    X(floordiv, FLOORDIV, floordiv) X(mod, MOD, mod) X(pow, POW, pow) X(lshift, LSHIFT, lshift) \
    X(rshift, RSHIFT, rshift) X(and_, AND, and) X(or_, OR, or) X(xor, XOR, xor)

#define DEF_BINARY(name, OP, base) \
    static AyValue op_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        ARGS(#name, 2); \
        return ayObj_binop(vm, AY_BINOP_##OP, args[0], args[1]); \
    } \
    static AyValue op_i##base(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        ARGS("i" #base, 2); \
        return ayObj_inplace(vm, AY_BINOP_##OP, args[0], args[1]); \
    }
BINARY_OPS(DEF_BINARY)
#undef DEF_BINARY

#define COMPARE_OPS(X) X(lt, LT) X(le, LE) X(eq, EQ) X(ne, NE) X(gt, GT) X(ge, GE)

#define DEF_COMPARE(name, OP) \
    static AyValue op_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        ARGS(#name, 2); \
        return ayObj_richcmp(vm, args[0], args[1], AY_##OP); \
    }
COMPARE_OPS(DEF_COMPARE)
#undef DEF_COMPARE

#define UNARY_OPS(X) X(neg, ayObj_neg) X(pos, ayObj_pos) X(abs, ayObj_abs) X(inv, ayObj_invert) \
    X(invert, ayObj_invert) X(index, ayObj_index)

#define DEF_UNARY(name, fn) \
    static AyValue op_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        ARGS(#name, 1); \
        return fn(vm, args[0]); \
    }
UNARY_OPS(DEF_UNARY)
#undef DEF_UNARY

static AyValue op_not_(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("not_", 1);
    int t = ayObj_truth(vm, args[0]);
    return t < 0 ? AY_NULL : ayV_bool(!t);
}

static AyValue op_truth(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("truth", 1);
    int t = ayObj_truth(vm, args[0]);
    return t < 0 ? AY_NULL : ayV_bool(t);
}

static AyValue op_is_(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("is_", 2);
    return ayV_bool(args[0] == args[1]);
}

static AyValue op_is_not(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("is_not", 2);
    return ayV_bool(args[0] != args[1]);
}

// concat needs a sequence on the left (something indexable), not just __add__.
static AyValue concat_impl(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kw, bool inplace) {
    ARGS(name, 2);
    if (!ayV_type(vm, args[0])->getitem || ayV_is_dict(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object can't be concatenated", args[0]);
    return inplace ? ayObj_inplace(vm, AY_BINOP_ADD, args[0], args[1]) : ayObj_binop(vm, AY_BINOP_ADD, args[0], args[1]);
}

static AyValue op_concat(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return concat_impl(vm, "concat", args, nargs, kw, false);
}

static AyValue op_iconcat(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return concat_impl(vm, "iconcat", args, nargs, kw, true);
}

static AyValue op_contains(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("contains", 2);
    int r = ayObj_contains(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue op_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("getitem", 2);
    return ayObj_getitem(vm, args[0], args[1]);
}

static AyValue op_setitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("setitem", 3);
    return ayObj_setitem(vm, args[0], args[1], args[2]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue op_delitem(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("delitem", 2);
    return ayObj_delitem(vm, args[0], args[1]) < 0 ? AY_NULL : AY_NONE;
}

// Index of the first item equal to (or identical with) x, counting all
// matches when `count`: -1 when absent, -2 on error.
static int64_t scan_sequence(AyVM *vm, AyValue seq, AyValue x, bool count, int64_t *found) {
    AyValue it = ayObj_iter(vm, seq);
    if (!it) return -2;
    ayGC_push_root(vm, it);
    int64_t i = 0, result = -1;
    *found = 0;
    for (AyValue v; (v = ayObj_next(vm, it)); i++) {
        int eq = ayObj_eq(vm, v, x);
        if (eq < 0) break;
        if (eq) {
            (*found)++;
            if (!count) {
                result = i;
                break;
            }
        }
    }
    ayGC_pop_roots(vm, 1);
    return ayErr_occurred(vm) ? -2 : result;
}

static AyValue op_countOf(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("countOf", 2);
    int64_t found;
    if (scan_sequence(vm, args[0], args[1], true, &found) == -2) return AY_NULL;
    return ayInt_from_i64(vm, found);
}

static AyValue op_indexOf(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ARGS("indexOf", 2);
    int64_t found, i = scan_sequence(vm, args[0], args[1], false, &found);
    if (i == -2) return AY_NULL;
    if (i < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "sequence.index(x): x not in sequence");
    return ayInt_from_i64(vm, i);
}

static AyValue op_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "length_hint", nargs, kw, 1, 2)) return AY_NULL;
    AyValue dflt = nargs > 1 ? args[1] : ayV_small(0);
    if (!ayV_is_anyint(vm, dflt))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", dflt);
    AyType *t = ayV_type(vm, args[0]);
    if (t->len) {
        int64_t n = ayObj_len(vm, args[0]);
        if (n >= 0) return ayInt_from_i64(vm, n);
        if (!ayErr_matches(vm, AY_EXC(vm, TypeError))) return AY_NULL;
        ayErr_clear(vm);
    }
    AyValue hint = ayType_lookup(vm, t, vm->s.__length_hint__);
    if (!hint) return dflt;
    AyValue r = ayObj_call_method(vm, args[0], vm->s.__length_hint__, (AyValue[]){AY_NULL}, 0);
    if (!r) {
        if (!ayErr_matches(vm, AY_EXC(vm, TypeError))) return AY_NULL;
        ayErr_clear(vm);
        return dflt;
    }
    if (r == AY_NOTIMPLEMENTED) return dflt;
    if (!ayV_is_anyint(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__length_hint__ must be an integer, not %T", r);
    if (ayInt_sign(vm, r) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "__length_hint__() should return >= 0");
    return r;
}

static AyValue op_call(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "call() missing 1 required positional argument: 'obj'");
    return ayObj_call(vm, args[0], args + 1, nargs - 1, kw);
}

// }====
// {==== itemgetter, attrgetter, methodcaller

// One layout for the three: `items` are the keys (itemgetter), the dotted
// names split into tuples of parts (attrgetter), or (name, *args)
// (methodcaller, with `kwargs`).
typedef struct Getter {
    AyObj hdr;
    AyTuple *items;
    AyTuple *names;      // attrgetter: the names as given (for repr)
    AyDict *kwargs;      // methodcaller
} Getter;

static void getter_trace(AyVM *vm, AyObj *o) {
    Getter *g = (Getter *)o;
    ayGC_mark_obj(vm, (AyObj *)g->items);
    ayGC_mark_obj(vm, (AyObj *)g->names);
    ayGC_mark_obj(vm, (AyObj *)g->kwargs);
}

static AyValue itemgetter_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "itemgetter", kwnames)) return AY_NULL;
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "itemgetter expected 1 argument, got 0");
    AyValue items = ayTuple_from_items(vm, args, nargs);
    if (!items) return AY_NULL;
    ayGC_push_root(vm, items);
    Getter *g = (Getter *)ayGC_new(vm, type, type->basic_size);
    ayGC_pop_roots(vm, 1);
    if (!g) return AY_NULL;
    g->items = AY_AS(AyTuple, items);
    return ayV_from_obj(g);
}

static AyValue itemgetter_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "itemgetter", nargs, kw, 1, 1)) return AY_NULL;
    AyTuple *items = AY_AS(Getter, self)->items;
    if (items->len == 1) return ayObj_getitem(vm, args[0], items->items[0]);
    AyTuple *r = ayTuple_new(vm, items->len);
    if (!r) return AY_NULL;
    for (int64_t i = 0; i < items->len; i++) r->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(r));
    for (int64_t i = 0; i < items->len; i++) {
        AyValue v = ayObj_getitem(vm, args[0], items->items[i]);
        if (!v) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        r->items[i] = v;
    }
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(r);
}

static AyValue attrgetter_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "attrgetter", kwnames)) return AY_NULL;
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "attrgetter expected 1 argument, got 0");
    AyTuple *paths = ayTuple_new(vm, nargs);
    if (!paths) return AY_NULL;
    for (int i = 0; i < nargs; i++) paths->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(paths));
    for (int i = 0; i < nargs; i++) {
        if (!ayV_is_str(vm, args[i])) {
            ayGC_pop_roots(vm, 1);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "attribute name must be a string");
        }
        // "a.b.c" -> ('a', 'b', 'c'), each part interned
        const char *s = AY_CSTR(args[i]);
        int64_t nparts = 1;
        for (const char *p = s; *p; p++) nparts += *p == '.';
        AyTuple *parts = ayTuple_new(vm, nparts);
        if (!parts) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        for (int64_t k = 0; k < nparts; k++) parts->items[k] = AY_NONE;
        paths->items[i] = ayV_from_obj(parts);
        for (int64_t k = 0; k < nparts; k++) {
            const char *dot = strchr(s, '.');
            size_t len = dot ? (size_t)(dot - s) : strlen(s);
            char buf[256];
            AyStr *part;
            if (len < sizeof buf) {
                memcpy(buf, s, len);
                buf[len] = 0;
                part = ayStr_intern_c(vm, buf);
            } else {
                part = ayStr_new(vm, s, len);
            }
            if (!part) {
                ayGC_pop_roots(vm, 1);
                return AY_NULL;
            }
            parts->items[k] = ayV_from_obj(part);
            s = dot ? dot + 1 : s + len;
        }
    }
    AyValue names = ayTuple_from_items(vm, args, nargs);
    Getter *g = names ? (Getter *)ayGC_new(vm, type, type->basic_size) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!g) return AY_NULL;
    g->items = paths;
    g->names = AY_AS(AyTuple, names);
    return ayV_from_obj(g);
}

static AyValue resolve_path(AyVM *vm, AyValue obj, AyTuple *parts) {
    for (int64_t i = 0; i < parts->len && obj; i++) obj = ayObj_getattr(vm, obj, AY_STR(parts->items[i]));
    return obj;
}

static AyValue attrgetter_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "attrgetter", nargs, kw, 1, 1)) return AY_NULL;
    AyTuple *paths = AY_AS(Getter, self)->items;
    if (paths->len == 1) return resolve_path(vm, args[0], AY_AS(AyTuple, paths->items[0]));
    AyTuple *r = ayTuple_new(vm, paths->len);
    if (!r) return AY_NULL;
    for (int64_t i = 0; i < paths->len; i++) r->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(r));
    for (int64_t i = 0; i < paths->len; i++) {
        AyValue v = resolve_path(vm, args[0], AY_AS(AyTuple, paths->items[i]));
        if (!v) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        r->items[i] = v;
    }
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(r);
}

static AyValue methodcaller_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs < 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "methodcaller needs at least one argument, the method name");
    if (!ayV_is_str(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "method name must be a string");
    AyValue items = ayTuple_from_items(vm, args, nargs);
    if (!items) return AY_NULL;
    ayGC_push_root(vm, items);
    AyDict *kwargs = ayDict_new(vm);
    bool ok = kwargs != NULL;
    if (ok) ayGC_push_root(vm, ayV_from_obj(kwargs));
    for (int i = 0; ok && i < ayArg_nkw(kwnames); i++)
        ok = ayDict_set(vm, kwargs, AY_AS(AyTuple, kwnames)->items[i], args[nargs + i]) == 0;
    Getter *g = ok ? (Getter *)ayGC_new(vm, type, type->basic_size) : NULL;
    ayGC_pop_roots(vm, kwargs ? 2 : 1);
    if (!g) return AY_NULL;
    g->items = AY_AS(AyTuple, items);
    g->kwargs = kwargs;
    return ayV_from_obj(g);
}

static AyValue methodcaller_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!ayIter_args(vm, "methodcaller", nargs, kw, 1, 1)) return AY_NULL;
    Getter *g = AY_AS(Getter, self);
    AyValue method = ayObj_getattr(vm, args[0], AY_STR(g->items->items[0]));
    if (!method) return AY_NULL;
    int64_t npos = g->items->len - 1, nkw = g->kwargs->used;
    if (nkw == 0) {
        ayGC_push_root(vm, method);
        AyValue r = ayObj_call(vm, method, g->items->items + 1, (int)npos, AY_NULL);
        ayGC_pop_roots(vm, 1);
        return r;
    }
    ayGC_push_root(vm, method);
    AyTuple *all = ayTuple_new(vm, npos + nkw);
    AyTuple *names = all ? ayTuple_new(vm, nkw) : NULL;
    if (!names) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    memcpy(all->items, g->items->items + 1, sizeof(AyValue) * (size_t)npos);
    int64_t pos = 0, k = 0;
    for (AyValue key, val; ayDict_next(g->kwargs, &pos, &key, &val); k++) {
        names->items[k] = key;
        all->items[npos + k] = val;
    }
    ayGC_push_root(vm, ayV_from_obj(all));
    ayGC_push_root(vm, ayV_from_obj(names));
    AyValue r = ayObj_call(vm, method, all->items, (int)npos, ayV_from_obj(names));
    ayGC_pop_roots(vm, 3);
    return r;
}

static AyValue getter_repr(AyVM *vm, AyValue self) {
    Getter *g = AY_AS(Getter, self);
    int r = aySeq_repr_enter(vm, self);
    if (r) return r < 0 ? AY_NULL : ayStr_from_fmt(vm, "%s(...)", ayType_name(ayV_type(vm, self)));
    AyTuple *shown = g->names ? g->names : g->items;
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "%s(", ayType_name(ayV_type(vm, self)));
    bool ok = true;
    for (int64_t i = 0; ok && i < shown->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ok = ayBuf_add_repr(&b, shown->items[i]);
    }
    int64_t pos = 0;
    for (AyValue key, val; ok && g->kwargs && ayDict_next(g->kwargs, &pos, &key, &val);) {
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

// (type, args) or, for methodcaller with keywords, (partial(type, name, **kw), args).
static AyValue getter_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    Getter *g = AY_AS(Getter, args[0]);
    AyValue type = ayV_from_obj(ayV_type(vm, args[0]));
    if (!g->kwargs || g->kwargs->used == 0) {
        AyValue parts[2] = {type, ayV_from_obj(g->names ? g->names : g->items)};
        return ayTuple_from_items(vm, parts, 2);
    }
    AyValue functools = ayImport_module(vm, "_functools");
    AyValue partial = functools ? ayObj_getattr(vm, functools, ayStr_intern_c(vm, "partial")) : AY_NULL;
    if (!partial) return AY_NULL;
    ayGC_push_root(vm, partial);
    int64_t nkw = g->kwargs->used;
    AyTuple *all = ayTuple_new(vm, 2 + nkw);
    AyTuple *names = all ? ayTuple_new(vm, nkw) : NULL;
    AyValue rest = names ? ayTuple_from_items(vm, g->items->items + 1, g->items->len - 1) : AY_NULL;
    if (!rest) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    all->items[0] = type;
    all->items[1] = g->items->items[0];
    int64_t pos = 0, k = 0;
    for (AyValue key, val; ayDict_next(g->kwargs, &pos, &key, &val); k++) {
        names->items[k] = key;
        all->items[2 + k] = val;
    }
    ayGC_push_root(vm, ayV_from_obj(all));
    ayGC_push_root(vm, ayV_from_obj(names));
    ayGC_push_root(vm, rest);
    AyValue p = ayObj_call(vm, partial, all->items, 2, ayV_from_obj(names));
    AyValue r = p ? ayTuple_pack2(vm, p, rest) : AY_NULL;
    ayGC_pop_roots(vm, 4);
    return r;
}

static const AyMethodDef getter_methods[] = {
    {"__reduce__", getter_reduce, 0, NULL},
    {NULL},
};

// }====
// {==== module

typedef struct OpDef {
    const char *name;
    const char *dunder;  // alias, or NULL
    AyNativeFn fn;
} OpDef;

static const OpDef operator_funcs[] = {
#define ENTRY_BINARY(name, OP, base) {#name, "__" #base "__", op_##name}, {"i" #base, "__i" #base "__", op_i##base},
    BINARY_OPS(ENTRY_BINARY)
#undef ENTRY_BINARY
#define ENTRY_COMPARE(name, OP) {#name, "__" #name "__", op_##name},
    COMPARE_OPS(ENTRY_COMPARE)
#undef ENTRY_COMPARE
#define ENTRY_UNARY(name, fn) {#name, "__" #name "__", op_##name},
    UNARY_OPS(ENTRY_UNARY)
#undef ENTRY_UNARY
    {"not_", "__not__", op_not_},
    {"truth", NULL, op_truth},
    {"is_", NULL, op_is_},
    {"is_not", NULL, op_is_not},
    {"concat", "__concat__", op_concat},
    {"iconcat", "__iconcat__", op_iconcat},
    {"contains", "__contains__", op_contains},
    {"getitem", "__getitem__", op_getitem},
    {"setitem", "__setitem__", op_setitem},
    {"delitem", "__delitem__", op_delitem},
    {"countOf", NULL, op_countOf},
    {"indexOf", NULL, op_indexOf},
    {"length_hint", NULL, op_length_hint},
    {"call", "__call__", op_call},
    {NULL, NULL, NULL},
};

static AyType *getter_type(AyVM *vm, AyModule *m, AyStdType slot, const char *tp_name,
                           AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue),
                           AyValue (*call)(AyVM *, AyValue, AyValue *, int, AyValue)) {
    AyType *t = ayStd_new_type(vm, slot, "operator", tp_name, vm->t_object, sizeof(Getter), AY_TF_BASETYPE);
    t->trace = getter_trace;
    t->tp_new = tp_new;
    t->call = call;
    t->repr = getter_repr;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, getter_methods);
    ayType_ready(vm, t);
    ayModule_add(vm, m, t->name->data, ayV_from_obj(t));
    return t;
}

AyValue ayMod_operator(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "operator", (AyMethodDef[]){{NULL}});
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyList *all = ayList_new(vm, 0);
    ayModule_add(vm, m, "__all__", ayV_from_obj(all));
    for (const OpDef *d = operator_funcs; d->name; d++) {
        AyValue f = ayNative_new(vm, d->name, d->fn, ayV_from_obj(m), NULL);
        ayModule_add(vm, m, d->name, f);
        ayList_append(vm, all, ayV_from_obj(ayStr_intern_c(vm, d->name)));
        if (d->dunder) ayModule_add(vm, m, d->dunder, f);
    }
    getter_type(vm, m, AY_STD_itemgetter, "operator.itemgetter", itemgetter_new, itemgetter_call);
    getter_type(vm, m, AY_STD_attrgetter, "operator.attrgetter", attrgetter_new, attrgetter_call);
    getter_type(vm, m, AY_STD_methodcaller, "operator.methodcaller", methodcaller_new, methodcaller_call);
    const char *types[] = {"attrgetter", "itemgetter", "methodcaller"};
    for (int i = 0; i < 3; i++) ayList_append(vm, all, ayV_from_obj(ayStr_intern_c(vm, types[i])));
    ayList_sort(vm, all, AY_NULL, false);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}

// }====
