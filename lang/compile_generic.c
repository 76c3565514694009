// PEP 695: generic functions and classes and the `type` statement. Type
// parameters live in an annotation scope, compiled as a hidden function
// ("<generic parameters of f>") called where the definition stands: it
// creates the parameters, evaluates what may use them (annotations, bases)
// and returns the function, class or alias. Bounds and alias values are
// hidden functions too, evaluated on first use.
#include <stdio.h>
#include <string.h>

#include "compile_int.h"

// Body of a bound's or alias value's function: evaluates it.
static void lazy_value_body(Compiler *c, const void *arg) {
    const AyNode *e = arg;
    ayC_const(c, AY_NONE);  // no docstring
    ayC_set_pos(c, e);
    ayC_expr(c, e);
    ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

// Pushes a function evaluating `value` in the annotation scope of `key`.
static void lazy_value(Compiler *c, const AyNode *key, const char *name, const AyNode *value) {
    AyScope *scope = aySymtable_lookup(&c->st, key);
    if (!scope) ayC_error(c, key, "internal error: no scope for a lazy value");
    AyCode *code = ayC_compile_unit(c, scope, name, key, lazy_value_body, value, key->lineno);
    ayC_set_pos(c, key);
    ayC_make_closure(c, code, 0);
}

// Creates the type parameters, binds their names and leaves their tuple on
// the stack.
static void type_params(Compiler *c, const AyNodeList *tps) {
    for (int i = 0; i < tps->len; i++) {
        const AyNode *tp = tps->items[i];
        const char *name = tp->v.TypeVar.name;
        ayC_set_pos(c, tp);
        ayC_load_const(c, ayV_from_obj(ayC_intern(c, name)));
        int which = tp->kind == AyAst_ParamSpec ? AY_INTRINSIC_PARAMSPEC
                    : tp->kind == AyAst_TypeVarTuple ? AY_INTRINSIC_TYPEVARTUPLE
                                                     : AY_INTRINSIC_TYPEVAR;
        const AyNode *bound = tp->kind == AyAst_TypeVar ? tp->v.TypeVar.bound : NULL;
        if (bound) {
            lazy_value(c, tp, name, bound);
            ayC_emit(c, AY_OP_BUILD_TUPLE, 2);
            // `T: (str, bytes)` lists constraints
            which = bound->kind == AyAst_Tuple ? AY_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : AY_INTRINSIC_TYPEVAR_WITH_BOUND;
        }
        ayC_emit(c, AY_OP_CALL_INTRINSIC_1, which);
        ayC_emit(c, AY_OP_COPY, 1);
        ayC_nameop(c, name, AY_STORE);
    }
    ayC_emit(c, AY_OP_BUILD_TUPLE, tps->len);
}

// Compiles the annotation scope of `def`'s type parameters and calls it;
// a generic function's defaults (`args`, else NULL) are evaluated here and
// passed to it. Leaves what it returns on the stack.
static void call_generic_scope(Compiler *c, const AyNode *def, const AyNodeList *tps, const char *name,
                               void (*body)(Compiler *, const void *), const AyNode *args) {
    AyScope *scope = aySymtable_lookup(&c->st, ayScope_type_params_key(tps));
    if (!scope) ayC_error(c, def, "internal error: no scope for type parameters");
    static const char format[] = "<generic parameters of %s>";
    size_t size = sizeof format + strlen(name);
    char *label = ayArena_alloc(c->arena, size);
    if (!label) ayC_nomem(c);
    snprintf(label, size, format, name);
    AyCode *code = ayC_compile_unit(c, scope, label, def, body, def, def->lineno);
    code->argcount = scope->nparams;
    ayC_set_pos(c, def);
    ayC_make_closure(c, code, 0);
    ayC_emit(c, AY_OP_PUSH_NULL, 0);
    int flags = args ? ayC_function_defaults(c, args) : 0;  // defaults tuple, keyword defaults dict
    ayC_emit(c, AY_OP_CALL, (flags & 1) + ((flags & 2) >> 1));
}

// {==== functions

static void generic_function_body(Compiler *c, const void *arg) {
    const AyNode *s = arg;
    bool is_async = s->kind == AyAst_AsyncFunctionDef;
    const AyNode *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const AyNode *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    ayC_const(c, AY_NONE);  // no docstring
    type_params(c, is_async ? &s->v.AsyncFunctionDef.type_params : &s->v.FunctionDef.type_params);
    // the defaults arrive as arguments
    int flags = 0;
    if (ayScope_find(c->u->scope, ".defaults")) {
        ayC_nameop(c, ".defaults", AY_LOAD);
        flags |= 1;
    }
    if (ayScope_find(c->u->scope, ".kwdefaults")) {
        ayC_nameop(c, ".kwdefaults", AY_LOAD);
        flags |= 2;
    }
    flags |= ayC_annotations(c, args, returns);
    ayC_function_code(c, s, flags);
    // fn.__type_params__ = the tuple below it
    ayC_emit(c, AY_OP_SWAP, 2);
    ayC_emit(c, AY_OP_COPY, 2);
    ayC_emit(c, AY_OP_STORE_ATTR, ayC_name(c, "__type_params__"));
    ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

void ayC_generic_function(Compiler *c, const AyNode *s) {
    bool is_async = s->kind == AyAst_AsyncFunctionDef;
    call_generic_scope(c, s, is_async ? &s->v.AsyncFunctionDef.type_params : &s->v.FunctionDef.type_params,
                       is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name, generic_function_body,
                       is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args);
}

// }====
// {==== classes

static void generic_class_body(Compiler *c, const void *arg) {
    const AyNode *s = arg;
    ayC_const(c, AY_NONE);  // no docstring
    type_params(c, &s->v.ClassDef.type_params);
    ayC_emit(c, AY_OP_COPY, 1);
    ayC_nameop(c, ".type_params", AY_STORE);
    ayC_emit(c, AY_OP_CALL_INTRINSIC_1, AY_INTRINSIC_SUBSCRIPT_GENERIC);
    ayC_nameop(c, ".generic_base", AY_STORE);
    // the bases as written, then Generic[...]
    const AyNodeList *bases = &s->v.ClassDef.bases;
    AyNode *generic_base = ayAst_new(c->arena, AyAst_Name, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    AyNode **items = ayArena_alloc(c->arena, sizeof(AyNode *) * (size_t)(bases->len + 1));
    if (!generic_base || !items) ayC_nomem(c);
    generic_base->v.Name.id = ".generic_base";
    generic_base->v.Name.ctx = AY_LOAD;
    for (int i = 0; i < bases->len; i++) items[i] = bases->items[i];
    items[bases->len] = generic_base;
    AyNodeList all_bases = {items, bases->len + 1};
    ayC_class_code(c, s, &all_bases);
    ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

void ayC_generic_class(Compiler *c, const AyNode *s) {
    call_generic_scope(c, s, &s->v.ClassDef.type_params, s->v.ClassDef.name, generic_class_body, NULL);
}

// }====
// {==== type aliases

// Leaves the TypeAliasType on the stack, from the type parameters' tuple (or
// None) on it.
static void make_alias(Compiler *c, const AyNode *s) {
    const char *name = s->v.TypeAlias.name->v.Name.id;
    ayC_load_const(c, ayV_from_obj(ayC_intern(c, name)));
    ayC_emit(c, AY_OP_SWAP, 2);
    lazy_value(c, s, name, s->v.TypeAlias.value);
    ayC_emit(c, AY_OP_BUILD_TUPLE, 3);
    ayC_emit(c, AY_OP_CALL_INTRINSIC_1, AY_INTRINSIC_TYPEALIAS);
}

static void generic_alias_body(Compiler *c, const void *arg) {
    const AyNode *s = arg;
    ayC_const(c, AY_NONE);  // no docstring
    type_params(c, &s->v.TypeAlias.type_params);
    make_alias(c, s);
    ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

void ayC_type_alias(Compiler *c, const AyNode *s) {
    ayC_set_pos(c, s);
    if (s->v.TypeAlias.type_params.len) {
        call_generic_scope(c, s, &s->v.TypeAlias.type_params, s->v.TypeAlias.name->v.Name.id, generic_alias_body,
                           NULL);
    } else {
        ayC_load_const(c, AY_NONE);
        make_alias(c, s);
    }
    ayC_nameop(c, s->v.TypeAlias.name->v.Name.id, AY_STORE);
}

// }====
