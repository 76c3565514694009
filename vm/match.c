// The runtime side of the match statement: the type checks and attribute and
// key extraction behind MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
// MATCH_CLASS (vm/interp.c), following CPython 3.12's semantics and messages.
#include "match.h"

#include "containers.h"
#include "setup.h"
#include "str.h"

// Builtin types whose instances match sequence or mapping patterns, or are
// their own single positional sub-pattern (`int(x)` binds the int). Builtin
// subtypes made later inherit the flags (vm/type.c), and so do classes for
// AY_TF_MATCH_SELF (vm/class.c); see collection_kind for classes.
void ayMatch_setup(AyVM *vm) {
    AyType *sequences[] = {vm->t_list, vm->t_tuple, vm->t_range, vm->t_memoryview};
    for (size_t i = 0; i < sizeof sequences / sizeof *sequences; i++) sequences[i]->flags |= AY_TF_SEQUENCE;
    vm->t_dict->flags |= AY_TF_MAPPING;
    vm->t_mappingproxy->flags |= AY_TF_MAPPING;
    AyType *self_matching[] = {vm->t_bool, vm->t_bytearray, vm->t_bytes, vm->t_dict, vm->t_float,
                               vm->t_frozenset, vm->t_int, vm->t_list, vm->t_set, vm->t_str, vm->t_tuple};
    for (size_t i = 0; i < sizeof self_matching / sizeof *self_matching; i++)
        self_matching[i]->flags |= AY_TF_MATCH_SELF;
}

// {==== Sequences and mappings

enum { NOT_A_COLLECTION, A_SEQUENCE, A_MAPPING };

// Whether heap class `b` itself makes a class a subclass of `abc` (it is
// the ABC, or was registered with it) rather than inheriting that from one
// of its bases: 1, 0 or -1 on error.
static int abc_source(AyVM *vm, AyType *b, AyValue abc) {
    int r = ayObj_issubclass(vm, ayV_from_obj(b), abc);
    for (int64_t i = 0; r > 0 && i < b->bases->len; i++) {
        int base = ayObj_issubclass(vm, b->bases->items[i], abc);
        if (base) r = base < 0 ? -1 : 0;
    }
    return r;
}

// What kind of collection `t`'s instances are to patterns. As in CPython,
// the first class along the MRO that is marked decides: a builtin type with
// the flag (list, dict, deque...), or collections.abc.Sequence / Mapping, or
// a class registered with them; builtins without the flag (str) are not
// collections even if registered. The ABCs matter only once imported.
static int collection_kind(AyVM *vm, AyType *t) {
    if (!(t->flags & AY_TF_HEAPTYPE))
        return t->flags & AY_TF_SEQUENCE ? A_SEQUENCE : t->flags & AY_TF_MAPPING ? A_MAPPING : NOT_A_COLLECTION;
    AyValue mod = ayDict_get_cstr(vm, vm->modules, "_collections_abc");
    AyValue abcs[2] = {AY_NONE, AY_NONE};
    if (mod) {
        abcs[0] = ayObj_getattr_opt(vm, mod, ayStr_intern_c(vm, "Sequence"));
        abcs[1] = abcs[0] ? ayObj_getattr_opt(vm, mod, ayStr_intern_c(vm, "Mapping")) : AY_NULL;
        if (!abcs[1]) {
            if (ayErr_occurred(vm)) return -1;
            abcs[0] = abcs[1] = AY_NONE;
        }
    }
    ayGC_push_root(vm, abcs[0]);
    ayGC_push_root(vm, abcs[1]);
    int kind = NOT_A_COLLECTION;
    for (int64_t i = 0; i < t->mro->len && kind == NOT_A_COLLECTION; i++) {
        AyType *b = AY_AS(AyType, t->mro->items[i]);
        if (!(b->flags & AY_TF_HEAPTYPE)) {
            kind = collection_kind(vm, b);
            continue;
        }
        for (int k = 0; k < 2 && kind == NOT_A_COLLECTION && abcs[k] != AY_NONE; k++) {
            int r = abc_source(vm, b, abcs[k]);
            if (r) kind = r < 0 ? -1 : k == 0 ? A_SEQUENCE : A_MAPPING;
        }
    }
    ayGC_pop_roots(vm, 2);
    return kind;
}

int ayMatch_is_sequence(AyVM *vm, AyValue subject) {
    int kind = collection_kind(vm, ayV_type(vm, subject));
    return kind < 0 ? -1 : kind == A_SEQUENCE;
}

int ayMatch_is_mapping(AyVM *vm, AyValue subject) {
    int kind = collection_kind(vm, ayV_type(vm, subject));
    return kind < 0 ? -1 : kind == A_MAPPING;
}

AyValue ayMatch_keys(AyVM *vm, AyValue subject, AyValue keys) {
    AyTuple *k = AY_AS(AyTuple, keys);
    if (!k->len) return ayV_from_obj(vm->empty_tuple);
    AyTuple *values = ayTuple_new(vm, k->len);
    AyDict *seen = ayDict_new(vm);
    if (!values || !seen) return AY_NULL;
    for (int64_t i = 0; i < k->len; i++) values->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(values));
    ayGC_push_root(vm, ayV_from_obj(seen));
    // Like CPython, other mappings are asked through get(key, sentinel); the
    // fresh `seen` dict serves as the sentinel no mapping can hold.
    AyValue get = AY_NULL, sentinel = ayV_from_obj(seen), result = AY_NULL;
    bool exact_dict = ayV_is_type(vm, subject, vm->t_dict);
    if (!exact_dict) {
        get = ayObj_getattr(vm, subject, ayStr_intern_c(vm, "get"));
        if (!get) goto done;
    }
    ayGC_push_root(vm, get);
    for (int64_t i = 0; i < k->len; i++) {
        AyValue key = k->items[i];
        // Keys that are attribute lookups may turn out equal at run time.
        if (ayDict_get(vm, seen, key)) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "mapping pattern checks duplicate key (%R)", key);
            goto done_get;
        }
        if (ayErr_occurred(vm) || ayDict_set(vm, seen, key, AY_NONE) < 0) goto done_get;
        AyValue v;
        if (exact_dict) {
            v = ayDict_get(vm, AY_AS(AyDict, subject), key);
            if (!v && ayErr_occurred(vm)) goto done_get;
        } else {
            v = ayObj_call2(vm, get, key, sentinel);
            if (!v) goto done_get;
            if (v == sentinel) v = AY_NULL;
        }
        if (!v) {
            result = AY_NONE;
            goto done_get;
        }
        values->items[i] = v;
    }
    result = ayV_from_obj(values);
done_get:
    ayGC_pop_roots(vm, 1);
done:
    ayGC_pop_roots(vm, 2);
    return result;
}

// }====
// {==== Classes

// The attribute `name` of `subject` for a class pattern: AY_NULL with no
// exception when it is missing (no match). `taken` holds the attribute names
// already used by this pattern (`ntaken[s]` of `taken[s]`), which may not repeat.
static AyValue class_attr(AyVM *vm, AyValue subject, AyType *cls, AyValue name, AyValue *const taken[2],
                          const int64_t ntaken[2]) {
    for (int s = 0; s < 2; s++)
        for (int64_t i = 0; i < ntaken[s]; i++)
            if (ayStr_eq(AY_STR(taken[s][i]), AY_STR(name)))
                return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() got multiple sub-patterns for attribute %R",
                                    ayType_name(cls), name);
    AyValue v = ayObj_getattr(vm, subject, AY_STR(name));
    if (!v && ayErr_matches(vm, AY_EXC(vm, AttributeError))) ayErr_clear(vm);
    return v;
}

// The names of a class pattern's positional sub-patterns: `cls.__match_args__`
// (a tuple of str; checked as the names are used), or none for builtins like
// int that then match themselves (*match_self). No Ay code runs after the
// lookup, so the caller can root *names on return. 0, or -1 on error.
static int match_args_of(AyVM *vm, AyType *cls, int nargs, AyTuple **names, bool *match_self) {
    AyValue match_args = ayObj_getattr(vm, ayV_from_obj(cls), ayStr_intern_c(vm, "__match_args__"));
    *match_self = false;
    if (!match_args) {
        if (!ayErr_matches(vm, AY_EXC(vm, AttributeError))) return -1;
        ayErr_clear(vm);
        match_args = ayV_from_obj(vm->empty_tuple);
        *match_self = (cls->flags & AY_TF_MATCH_SELF) != 0;
    } else if (!ayV_is_type(vm, match_args, vm->t_tuple)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__match_args__ must be a tuple (got %T)", ayType_name(cls),
                     match_args);
        return -1;
    }
    *names = AY_AS(AyTuple, match_args);
    int64_t allowed = *match_self ? 1 : (*names)->len;
    if (allowed < nargs) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() accepts %d positional sub-pattern%s (%d given)",
                     ayType_name(cls), (int)allowed, allowed == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

AyValue ayMatch_class(AyVM *vm, AyValue subject, AyValue cls, int nargs, AyValue kwnames) {
    if (!ayV_is_typeobj(vm, cls))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "called match pattern must be a class");
    int r = ayObj_isinstance(vm, subject, cls);
    if (r <= 0) return r < 0 ? AY_NULL : AY_NONE;
    AyType *type = AY_AS(AyType, cls);
    AyTuple *kw = AY_AS(AyTuple, kwnames);
    AyTuple *attrs = ayTuple_new(vm, nargs + kw->len);
    if (!attrs) return AY_NULL;
    for (int64_t i = 0; i < attrs->len; i++) attrs->items[i] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(attrs));
    // The __match_args__ names taken so far: attributes may not repeat.
    AyTuple *names = vm->empty_tuple;
    int64_t nnames = 0;
    bool match_self = false;
    r = 1;
    if (nargs && match_args_of(vm, type, nargs, &names, &match_self) < 0) r = -1;
    ayGC_push_root(vm, ayV_from_obj(names));
    if (r > 0 && match_self) attrs->items[0] = subject;
    for (int i = 0; r > 0 && !match_self && i < nargs; i++) {
        AyValue name = names->items[i];
        if (!ayV_is_type(vm, name, vm->t_str)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__match_args__ elements must be strings (got %T)", name);
            r = -1;
            break;
        }
        AyValue *const taken[2] = {names->items, NULL};
        const int64_t ntaken[2] = {i, 0};
        AyValue v = class_attr(vm, subject, type, name, taken, ntaken);
        if (!v) r = ayErr_occurred(vm) ? -1 : 0;
        else attrs->items[i] = v;
        nnames = i + 1;
    }
    for (int64_t i = 0; r > 0 && i < kw->len; i++) {
        AyValue *const taken[2] = {names->items, kw->items};
        const int64_t ntaken[2] = {nnames, i};
        AyValue v = class_attr(vm, subject, type, kw->items[i], taken, ntaken);
        if (!v) r = ayErr_occurred(vm) ? -1 : 0;
        else attrs->items[nargs + i] = v;
    }
    ayGC_pop_roots(vm, 2);
    return r < 0 ? AY_NULL : r > 0 ? ayV_from_obj(attrs) : AY_NONE;
}

// }====
