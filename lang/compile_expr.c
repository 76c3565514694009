// Compiling expressions (and assignment targets).
#include <stdlib.h>
#include <string.h>

#include "../vm/containers.h"
#include "../vm/int.h"
#include "../vm/str.h"
#include "compile_int.h"

static const int binop_map[] = {
    [AY_OP_Add] = AY_BINOP_ADD, [AY_OP_Sub] = AY_BINOP_SUB, [AY_OP_Mult] = AY_BINOP_MUL,
    [AY_OP_MatMult] = AY_BINOP_MATMUL, [AY_OP_Div] = AY_BINOP_TRUEDIV, [AY_OP_Mod] = AY_BINOP_MOD,
    [AY_OP_Pow] = AY_BINOP_POW, [AY_OP_LShift] = AY_BINOP_LSHIFT, [AY_OP_RShift] = AY_BINOP_RSHIFT,
    [AY_OP_BitOr] = AY_BINOP_OR, [AY_OP_BitXor] = AY_BINOP_XOR, [AY_OP_BitAnd] = AY_BINOP_AND,
    [AY_OP_FloorDiv] = AY_BINOP_FLOORDIV,
};

int ayC_binop(int astop) { return binop_map[astop]; }

// {==== constants

AyValue ayComplex_new_value(AyVM *vm, double real, double imag);

static bool is_identifier_like(const char *s, int n) {
    for (int i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

AyValue ayC_const_value(Compiler *c, const AyNode *e) {
    AyVM *vm = c->vm;
    const AyConst *k = &e->v.Constant.value;
    AyValue v;
    switch (k->kind) {
    case AY_CONST_NONE: return AY_NONE;
    case AY_CONST_TRUE: return AY_TRUE;
    case AY_CONST_FALSE: return AY_FALSE;
    case AY_CONST_ELLIPSIS: return AY_ELLIPSIS;
    case AY_CONST_INT: v = ayInt_from_i64(vm, k->i); break;
    case AY_CONST_BIGINT: v = ayInt_parse(vm, k->s, (size_t)k->len, 10, AY_NULL); break;
    case AY_CONST_FLOAT: return ayV_float_checked(k->f);
    case AY_CONST_COMPLEX: v = ayComplex_new_value(vm, 0.0, k->f); break;
    case AY_CONST_STR: {
        // like CPython, intern strings that look like identifiers
        AyStr *s = k->len <= 40 && is_identifier_like(k->s, k->len) ? ayStr_intern(vm, k->s, (size_t)k->len)
                                                                   : ayStr_new(vm, k->s, (size_t)k->len);
        v = s ? ayV_from_obj(s) : AY_NULL;
        break;
    }
    case AY_CONST_BYTES: {
        extern AyValue ayBytes_from(AyVM * vm, const char *s, size_t n);
        v = ayBytes_from(vm, k->s, (size_t)k->len);
        break;
    }
    default: v = AY_NONE;
    }
    if (!v) ayC_nomem(c);
    return v;
}

bool ayC_is_const(const AyNode *e) {
    if (e->kind == AyAst_Constant) return true;
    if (e->kind == AyAst_Tuple && e->v.Tuple.ctx == AY_LOAD) {
        for (int i = 0; i < e->v.Tuple.elts.len; i++)
            if (!ayC_is_const(e->v.Tuple.elts.items[i])) return false;
        return true;
    }
    // -<number>
    if (e->kind == AyAst_UnaryOp && e->v.UnaryOp.op == AY_UOP_USub && e->v.UnaryOp.operand->kind == AyAst_Constant) {
        AyConstKind k = e->v.UnaryOp.operand->v.Constant.value.kind;
        return k == AY_CONST_INT || k == AY_CONST_BIGINT || k == AY_CONST_FLOAT || k == AY_CONST_COMPLEX;
    }
    return false;
}

// The value of a constant expression (ayC_is_const must hold).
static AyValue fold(Compiler *c, const AyNode *e) {
    if (e->kind == AyAst_Constant) return ayC_const_value(c, e);
    if (e->kind == AyAst_UnaryOp) {
        AyValue v = ayC_const_value(c, e->v.UnaryOp.operand);
        AyValue r = ayObj_neg(c->vm, v);
        if (!r) ayC_nomem(c);
        return r;
    }
    AyTuple *t = ayTuple_new(c->vm, e->v.Tuple.elts.len);
    if (!t) ayC_nomem(c);
    for (int i = 0; i < e->v.Tuple.elts.len; i++) t->items[i] = fold(c, e->v.Tuple.elts.items[i]);
    return ayV_from_obj(t);
}

// }====
// {==== sequences and mappings

static bool has_starred(const AyNodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == AyAst_Starred) return true;
    return false;
}

// A frozenset of constant items as CPython's compiler makes it: built in
// source order, then rebuilt once from its own iteration order (constant
// merging does that). NULL when some item is not a constant.
static AySet *const_frozenset(Compiler *c, const AyNodeList *elts) {
    for (int i = 0; i < elts->len; i++)
        if (!ayC_is_const(elts->items[i])) return NULL;
    AySet *first = aySet_new(c->vm, c->vm->t_frozenset);
    if (!first) ayC_nomem(c);
    for (int i = 0; i < elts->len; i++)
        if (aySet_add(c->vm, first, fold(c, elts->items[i])) < 0) ayC_nomem(c);
    AySet *fs = aySet_new(c->vm, c->vm->t_frozenset);
    if (!fs) ayC_nomem(c);
    int64_t pos = 0;
    AyValue k;
    while (aySet_next(first, &pos, &k))
        if (aySet_add(c->vm, fs, k) < 0) ayC_nomem(c);
    return fs;
}

// {c1, c2, c3...} with three or more constants: like CPython, an empty set
// updated from a constant frozenset. The merge (not one-by-one adds) decides
// the table layout, so iteration order matches CPython's.
static bool const_set_display(Compiler *c, const AyNodeList *elts) {
    if (elts->len <= 2) return false;
    AySet *fs = const_frozenset(c, elts);
    if (!fs) return false;
    ayC_emit(c, AY_OP_BUILD_SET, 0);
    ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(fs)));
    ayC_emit(c, AY_OP_SET_UPDATE, 1);
    return true;
}

// The iterable of a for loop or comprehension: a set display of constants
// is iterated as the constant frozenset itself (CPython's order).
void ayC_iter_expr(Compiler *c, const AyNode *e) {
    if (e->kind == AyAst_Set && !has_starred(&e->v.Set.elts)) {
        AySet *fs = const_frozenset(c, &e->v.Set.elts);
        if (fs) {
            ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(fs)));
            return;
        }
    }
    ayC_expr(c, e);
}


// [a, *b, c] / (a, *b) / {a, *b}: collect into a list (or set) incrementally.
static void starred_collection(Compiler *c, const AyNodeList *elts, AyOpcode build, AyOpcode add,
                               AyOpcode extend, bool tuple) {
    int prefix = 0;
    while (prefix < elts->len && elts->items[prefix]->kind != AyAst_Starred) {
        ayC_expr(c, elts->items[prefix]);
        prefix++;
    }
    ayC_emit(c, build, prefix);
    for (int i = prefix; i < elts->len; i++) {
        const AyNode *el = elts->items[i];
        if (el->kind == AyAst_Starred) {
            ayC_expr(c, el->v.Starred.value);
            ayC_emit(c, extend, 1);
        } else {
            ayC_expr(c, el);
            ayC_emit(c, add, 1);
        }
    }
    if (tuple) ayC_emit(c, AY_OP_LIST_TO_TUPLE, 0);
}

static void dict_display(Compiler *c, const AyNode *e) {
    const AyNodeList *keys = &e->v.Dict.keys, *values = &e->v.Dict.values;
    int n = keys->len, run = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (keys->items[i]) {
            ayC_expr(c, keys->items[i]);
            ayC_expr(c, values->items[i]);
            run++;
            if (run == 0xFFFF) {
                ayC_emit(c, AY_OP_BUILD_MAP, run);
                if (have_dict) ayC_emit(c, AY_OP_DICT_UPDATE, 1);
                have_dict = true;
                run = 0;
            }
            continue;
        }
        // **mapping
        if (run || !have_dict) {
            ayC_emit(c, AY_OP_BUILD_MAP, run);
            if (have_dict) ayC_emit(c, AY_OP_DICT_UPDATE, 1);
            have_dict = true;
            run = 0;
        }
        ayC_expr(c, values->items[i]);
        ayC_emit(c, AY_OP_DICT_UPDATE, 1);
    }
    if (run || !have_dict) {
        ayC_emit(c, AY_OP_BUILD_MAP, run);
        if (have_dict) ayC_emit(c, AY_OP_DICT_UPDATE, 1);
    }
}

// }====
// {==== calls

static bool is_simple_call(const AyNodeList *args, const AyNodeList *kws) {
    if (has_starred(args)) return false;
    for (int i = 0; i < kws->len; i++)
        if (!kws->items[i]->v.keyword.arg) return false;
    return args->len + kws->len < 250;
}

// Pushes arguments and emits the call; `nprefix` arguments are already on the
// stack (class bases after the name, for instance).
void ayC_call_helper(Compiler *c, int nprefix, const AyNodeList *args, const AyNodeList *kws) {
    AyVM *vm = c->vm;
    if (is_simple_call(args, kws)) {
        for (int i = 0; i < args->len; i++) ayC_expr(c, args->items[i]);
        for (int i = 0; i < kws->len; i++) ayC_expr(c, kws->items[i]->v.keyword.value);
        int n = nprefix + args->len + kws->len;
        if (kws->len) {
            AyTuple *names = ayTuple_new(vm, kws->len);
            if (!names) ayC_nomem(c);
            for (int i = 0; i < kws->len; i++) {
                const AyNode *kw = kws->items[i];
                for (int j = 0; j < i; j++)
                    if (strcmp(kws->items[j]->v.keyword.arg, kw->v.keyword.arg) == 0)
                        ayC_error(c, kw, "keyword argument repeated: %s", kw->v.keyword.arg);
                names->items[i] = ayV_from_obj(ayC_intern(c, kw->v.keyword.arg));
            }
            ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(names)));
            ayC_emit(c, AY_OP_CALL_KW, n);
        } else {
            ayC_emit(c, AY_OP_CALL, n);
        }
        return;
    }
    // General form: build a positional tuple and a keyword dict.
    if (!nprefix && args->len == 1 && args->items[0]->kind == AyAst_Starred) {
        ayC_expr(c, args->items[0]->v.Starred.value);  // CALL_FUNCTION_EX takes any iterable
    } else {
        ayC_emit(c, AY_OP_BUILD_LIST, nprefix);
        for (int i = 0; i < args->len; i++) {
            const AyNode *a = args->items[i];
            if (a->kind == AyAst_Starred) {
                ayC_expr(c, a->v.Starred.value);
                ayC_emit(c, AY_OP_LIST_EXTEND, 1);
            } else {
                ayC_expr(c, a);
                ayC_emit(c, AY_OP_LIST_APPEND, 1);
            }
        }
        ayC_emit(c, AY_OP_LIST_TO_TUPLE, 0);
    }
    if (!kws->len) {
        ayC_emit(c, AY_OP_CALL_FUNCTION_EX, 0);
        return;
    }
    int run = 0;
    bool have_dict = false;
    for (int i = 0; i < kws->len; i++) {
        const AyNode *kw = kws->items[i];
        if (kw->v.keyword.arg) {
            ayC_load_const(c, ayV_from_obj(ayC_intern(c, kw->v.keyword.arg)));
            ayC_expr(c, kw->v.keyword.value);
            run++;
            continue;
        }
        if (run || !have_dict) {
            ayC_emit(c, AY_OP_BUILD_MAP, run);
            if (have_dict) ayC_emit(c, AY_OP_DICT_MERGE, 1);
            have_dict = true;
            run = 0;
        }
        ayC_expr(c, kw->v.keyword.value);
        ayC_emit(c, AY_OP_DICT_MERGE, 1);
    }
    if (run) {
        ayC_emit(c, AY_OP_BUILD_MAP, run);
        if (have_dict) ayC_emit(c, AY_OP_DICT_MERGE, 1);
    }
    ayC_emit(c, AY_OP_CALL_FUNCTION_EX, 1);
}

static void call(Compiler *c, const AyNode *e) {
    const AyNode *f = e->v.Call.func;
    ayC_check_caller(c, f);
    const AyNodeList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    if (f->kind == AyAst_Attribute && is_simple_call(args, kws)) {
        ayC_expr(c, f->v.Attribute.value);
        ayC_set_pos(c, f);
        ayC_emit(c, AY_OP_LOAD_METHOD, ayC_attr_name(c, f->v.Attribute.attr));
    } else if (f->kind == AyAst_Name && is_simple_call(args, kws)) {
        // a global function: LOAD_GLOBAL pushes the NULL too
        AySymbol *sym = ayScope_find(c->u->scope, f->v.Name.id);
        AySymScope sc = sym ? sym->scope : AY_SYM_GLOBAL_IMPLICIT;
        if (c->u->scope->kind == AY_SCOPE_FUNCTION && (sc == AY_SYM_GLOBAL_IMPLICIT || sc == AY_SYM_GLOBAL_EXPLICIT)) {
            ayC_set_pos(c, f);
            ayC_emit(c, AY_OP_LOAD_GLOBAL, (ayC_name(c, f->v.Name.id) << 1) | 1);
        } else {
            ayC_expr(c, f);
            ayC_emit(c, AY_OP_PUSH_NULL, 0);
        }
    } else {
        ayC_expr(c, f);
        ayC_emit(c, AY_OP_PUSH_NULL, 0);
    }
    ayC_call_helper(c, 0, args, kws);
    ayC_set_pos(c, e);
    // the call instruction itself carries the call's position
    c->u->pos[c->u->ncode - 1 - ayOp_cache[AY_OPCODE(c->u->code[c->u->ncode - 1])]] = c->u->curpos;
}

// }====
// {==== comprehensions

typedef struct CompArg {
    const AyNode *node;
    const AyNodeList *gens;
    const AyNode *elt, *value;
    int kind;  // AyAst_ListComp ...
} CompArg;

// Emits the nested loops of generators[gi:] with the innermost statement.
static void comp_loops(Compiler *c, const CompArg *a, int gi, int depth) {
    const AyNode *g = a->gens->items[gi];
    int start = ayC_new_label(c), anchor = ayC_new_label(c), if_cleanup = ayC_new_label(c);
    bool is_async = g->v.comprehension.is_async;
    if (gi == 0) {
        ayC_emit(c, AY_OP_LOAD_FAST, 0);  // .0: the iterator passed in
    } else {
        ayC_iter_expr(c, g->v.comprehension.iter);
        ayC_emit(c, is_async ? AY_OP_GET_AITER : AY_OP_GET_ITER, 0);
    }
    int except = -1;
    ayC_use_label(c, start);
    if (is_async) {
        except = ayC_new_label(c);
        ayC_push_handler(c, except, false);
        ayC_emit(c, AY_OP_GET_ANEXT, 0);
        ayC_load_const(c, AY_NONE);
        {
            int send = ayC_new_label(c), fail = ayC_new_label(c), exit = ayC_new_label(c);
            ayC_use_label(c, send);
            ayC_jump(c, AY_OP_SEND, exit);
            ayC_push_handler(c, fail, false);
            ayC_emit(c, AY_OP_YIELD_VALUE, 1);
            ayC_pop_handler(c);
            ayC_jump(c, AY_OP_JUMP, send);
            ayC_use_label(c, fail);
            ayC_emit(c, AY_OP_CLEANUP_THROW, 0);
            ayC_use_label(c, exit);
            ayC_emit(c, AY_OP_END_SEND, 0);
        }
        ayC_pop_handler(c);
    } else {
        ayC_jump(c, AY_OP_FOR_ITER, anchor);
    }
    ayC_store_target(c, g->v.comprehension.target);
    for (int i = 0; i < g->v.comprehension.ifs.len; i++) ayC_jump_if(c, g->v.comprehension.ifs.items[i], if_cleanup, false);
    if (gi + 1 < a->gens->len) {
        comp_loops(c, a, gi + 1, depth + 1);
    } else {
        switch (a->kind) {
        case AyAst_GeneratorExp:
            ayC_expr(c, a->elt);
            if (c->u->flags & AY_CO_ASYNC_GENERATOR) ayC_emit(c, AY_OP_ASYNC_GEN_WRAP, 0);
            ayC_emit(c, AY_OP_YIELD_VALUE, 0);
            ayC_emit(c, AY_OP_POP_TOP, 0);
            break;
        case AyAst_ListComp:
            ayC_expr(c, a->elt);
            ayC_emit(c, AY_OP_LIST_APPEND, depth + 2);
            break;
        case AyAst_SetComp:
            ayC_expr(c, a->elt);
            ayC_emit(c, AY_OP_SET_ADD, depth + 2);
            break;
        default:
            ayC_expr(c, a->elt);
            ayC_expr(c, a->value);
            ayC_emit(c, AY_OP_MAP_ADD, depth + 2);
            break;
        }
    }
    ayC_use_label(c, if_cleanup);
    ayC_jump(c, AY_OP_JUMP, start);
    if (is_async) {
        ayC_use_label(c, except);
        ayC_emit(c, AY_OP_END_ASYNC_FOR, 0);
    } else {
        ayC_use_label(c, anchor);
    }
}

void ayC_comprehension_body(Compiler *c, const void *arg) {
    const CompArg *a = arg;
    ayC_set_pos(c, a->node);
    if (a->kind != AyAst_GeneratorExp) {
        ayC_emit(c, a->kind == AyAst_ListComp ? AY_OP_BUILD_LIST : a->kind == AyAst_SetComp ? AY_OP_BUILD_SET
                                                                                            : AY_OP_BUILD_MAP,
                 0);
    }
    comp_loops(c, a, 0, 0);
    if (a->kind == AyAst_GeneratorExp) ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, AY_NONE));
    else ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

static void await_value(Compiler *c);

static void comprehension(Compiler *c, const AyNode *e, const AyNodeList *gens, const AyNode *elt,
                          const AyNode *value, const char *name) {
    AyScope *scope = aySymtable_lookup(&c->st, e);
    if (!scope) ayC_error(c, e, "internal error: no scope for comprehension");
    bool is_async_comp = scope->is_coroutine && e->kind != AyAst_GeneratorExp;
    if (is_async_comp && !c->u->scope->is_coroutine && !(c->toplevel_await && c->u->is_module) &&
        !c->u->scope->is_comprehension)
        ayC_error(c, e, "asynchronous comprehension outside of an asynchronous function");
    CompArg a = {e, gens, elt, value, e->kind};
    AyCode *code = ayC_compile_unit(c, scope, name, e, ayC_comprehension_body, &a, e->lineno);
    code->argcount = 1;
    ayC_set_pos(c, e);
    ayC_make_closure(c, code, 0);
    ayC_emit(c, AY_OP_PUSH_NULL, 0);
    const AyNode *first = gens->items[0];
    ayC_iter_expr(c, first->v.comprehension.iter);
    ayC_set_pos(c, e);
    ayC_emit(c, first->v.comprehension.is_async ? AY_OP_GET_AITER : AY_OP_GET_ITER, 0);
    ayC_emit(c, AY_OP_CALL, 1);
    if (is_async_comp) {
        ayC_emit(c, AY_OP_GET_AWAITABLE, 0);
        ayC_load_const(c, AY_NONE);
        await_value(c);
    }
}

// }====
// {==== yield from / await

// [sub, value] -> [result]: drive `sub` until it returns (CPython's send loop).
static void await_value(Compiler *c) {
    int send = ayC_new_label(c), fail = ayC_new_label(c), exit = ayC_new_label(c);
    ayC_use_label(c, send);
    ayC_jump(c, AY_OP_SEND, exit);
    ayC_push_handler(c, fail, false);
    ayC_emit(c, AY_OP_YIELD_VALUE, 1);
    ayC_pop_handler(c);
    ayC_jump(c, AY_OP_JUMP, send);
    ayC_use_label(c, fail);
    ayC_emit(c, AY_OP_CLEANUP_THROW, 0);
    ayC_use_label(c, exit);
    ayC_emit(c, AY_OP_END_SEND, 0);
}

void ayC_await_value(Compiler *c) { await_value(c); }

// }====
// {==== conditions

void ayC_jump_if(Compiler *c, const AyNode *e, int label, bool cond) {
    switch (e->kind) {
    case AyAst_UnaryOp:
        if (e->v.UnaryOp.op == AY_UOP_Not) {
            ayC_jump_if(c, e->v.UnaryOp.operand, label, !cond);
            return;
        }
        break;
    case AyAst_BoolOp: {
        bool is_or = e->v.BoolOp.op == AY_BOOL_Or;
        int n = e->v.BoolOp.values.len;
        int next = label;
        if (cond != is_or) next = ayC_new_label(c);
        for (int i = 0; i < n - 1; i++) ayC_jump_if(c, e->v.BoolOp.values.items[i], next, is_or);
        ayC_jump_if(c, e->v.BoolOp.values.items[n - 1], label, cond);
        if (next != label) ayC_use_label(c, next);
        return;
    }
    case AyAst_Compare:
        if (e->v.Compare.ops.len == 1 && e->v.Compare.ops.items[0] == AY_CMP_Is &&
            e->v.Compare.comparators.items[0]->kind == AyAst_Constant &&
            e->v.Compare.comparators.items[0]->v.Constant.value.kind == AY_CONST_NONE) {
            ayC_expr(c, e->v.Compare.left);
            ayC_set_pos(c, e);
            ayC_jump(c, cond ? AY_OP_POP_JUMP_IF_NONE : AY_OP_POP_JUMP_IF_NOT_NONE, label);
            return;
        }
        if (e->v.Compare.ops.len == 1 && e->v.Compare.ops.items[0] == AY_CMP_IsNot &&
            e->v.Compare.comparators.items[0]->kind == AyAst_Constant &&
            e->v.Compare.comparators.items[0]->v.Constant.value.kind == AY_CONST_NONE) {
            ayC_expr(c, e->v.Compare.left);
            ayC_set_pos(c, e);
            ayC_jump(c, cond ? AY_OP_POP_JUMP_IF_NOT_NONE : AY_OP_POP_JUMP_IF_NONE, label);
            return;
        }
        break;
    default: break;
    }
    ayC_expr(c, e);
    ayC_jump(c, cond ? AY_OP_POP_JUMP_IF_TRUE : AY_OP_POP_JUMP_IF_FALSE, label);
}

// }====
// {==== compare

static void cmpop(Compiler *c, int op) {
    switch (op) {
    case AY_CMP_Eq: ayC_emit(c, AY_OP_COMPARE_OP, AY_EQ); break;
    case AY_CMP_NotEq: ayC_emit(c, AY_OP_COMPARE_OP, AY_NE); break;
    case AY_CMP_Lt: ayC_emit(c, AY_OP_COMPARE_OP, AY_LT); break;
    case AY_CMP_LtE: ayC_emit(c, AY_OP_COMPARE_OP, AY_LE); break;
    case AY_CMP_Gt: ayC_emit(c, AY_OP_COMPARE_OP, AY_GT); break;
    case AY_CMP_GtE: ayC_emit(c, AY_OP_COMPARE_OP, AY_GE); break;
    case AY_CMP_Is: ayC_emit(c, AY_OP_IS_OP, 0); break;
    case AY_CMP_IsNot: ayC_emit(c, AY_OP_IS_OP, 1); break;
    case AY_CMP_In: ayC_emit(c, AY_OP_CONTAINS_OP, 0); break;
    default: ayC_emit(c, AY_OP_CONTAINS_OP, 1); break;
    }
}

static void compare(Compiler *c, const AyNode *e) {
    ayC_check_compare(c, e);
    int n = e->v.Compare.ops.len;
    ayC_expr(c, e->v.Compare.left);
    if (n == 1) {
        ayC_expr(c, e->v.Compare.comparators.items[0]);
        ayC_set_pos(c, e);
        cmpop(c, e->v.Compare.ops.items[0]);
        return;
    }
    int cleanup = ayC_new_label(c), end = ayC_new_label(c);
    for (int i = 0; i < n - 1; i++) {
        ayC_expr(c, e->v.Compare.comparators.items[i]);
        ayC_set_pos(c, e);
        ayC_emit(c, AY_OP_SWAP, 2);
        ayC_emit(c, AY_OP_COPY, 2);
        cmpop(c, e->v.Compare.ops.items[i]);
        ayC_jump(c, AY_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    ayC_expr(c, e->v.Compare.comparators.items[n - 1]);
    ayC_set_pos(c, e);
    cmpop(c, e->v.Compare.ops.items[n - 1]);
    ayC_jump(c, AY_OP_JUMP, end);
    ayC_use_label(c, cleanup);
    ayC_emit(c, AY_OP_SWAP, 2);
    ayC_emit(c, AY_OP_POP_TOP, 0);
    ayC_use_label(c, end);
}

// }====
// {==== functions

// Pushes the defaults tuple / kw-defaults dict; returns the MAKE_FUNCTION flags.
int ayC_function_defaults(Compiler *c, const AyNode *args) {
    int flags = 0;
    const AyNodeList *d = &args->v.arguments.defaults;
    if (d->len) {
        bool all_const = true;
        for (int i = 0; i < d->len; i++) all_const &= ayC_is_const(d->items[i]);
        if (all_const) {
            AyTuple *t = ayTuple_new(c->vm, d->len);
            if (!t) ayC_nomem(c);
            for (int i = 0; i < d->len; i++) t->items[i] = fold(c, d->items[i]);
            ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(t)));
        } else {
            for (int i = 0; i < d->len; i++) ayC_expr(c, d->items[i]);
            ayC_emit(c, AY_OP_BUILD_TUPLE, d->len);
        }
        flags |= 1;
    }
    const AyNodeList *kwo = &args->v.arguments.kwonlyargs, *kwd = &args->v.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwd->len; i++) {
        if (!kwd->items[i]) continue;
        ayC_load_const(c, ayV_from_obj(ayC_intern(c, kwo->items[i]->v.arg.arg)));
        ayC_expr(c, kwd->items[i]);
        nkw++;
    }
    if (nkw) {
        ayC_emit(c, AY_OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

static void add_annotation(Compiler *c, const AyNode *a, int *n) {
    if (!a || !a->v.arg.annotation) return;
    ayC_load_const(c, ayV_from_obj(ayC_intern(c, a->v.arg.arg)));
    const AyNode *ann = a->v.arg.annotation;
    if (c->future_annotations) {
        ayC_annotation_text(c, ann);
    } else if (ann->kind == AyAst_Starred) {
        // `*args: *Ts` (PEP 646): the one item unpacking gives, Unpack[Ts]
        ayC_expr(c, ann->v.Starred.value);
        ayC_emit(c, AY_OP_UNPACK_SEQUENCE, 1);
    } else {
        ayC_expr(c, ann);
    }
    ++*n;
}

// Pushes an annotations dict if there are any; returns the flag (4) or 0.
int ayC_annotations(Compiler *c, const AyNode *args, const AyNode *returns) {
    int n = 0;
    const AyNodeList *lists[] = {&args->v.arguments.posonlyargs, &args->v.arguments.args};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->len; i++) add_annotation(c, lists[k]->items[i], &n);
    add_annotation(c, args->v.arguments.vararg, &n);
    for (int i = 0; i < args->v.arguments.kwonlyargs.len; i++) add_annotation(c, args->v.arguments.kwonlyargs.items[i], &n);
    add_annotation(c, args->v.arguments.kwarg, &n);
    if (returns) {
        ayC_load_const(c, ayV_from_obj(ayC_intern(c, "return")));
        if (c->future_annotations) ayC_annotation_text(c, returns);
        else ayC_expr(c, returns);
        n++;
    }
    if (!n) return 0;
    ayC_emit(c, AY_OP_BUILD_MAP, n);
    return 4;
}

static void lambda_body(Compiler *c, const void *arg) {
    const AyNode *e = arg;
    ayC_set_pos(c, e->v.Lambda.body);
    ayC_expr(c, e->v.Lambda.body);
    ayC_emit(c, AY_OP_RETURN_VALUE, 0);
}

static void set_arg_counts(AyCode *code, const AyNode *args) {
    code->posonlyargcount = args->v.arguments.posonlyargs.len;
    code->argcount = args->v.arguments.posonlyargs.len + args->v.arguments.args.len;
    code->kwonlyargcount = args->v.arguments.kwonlyargs.len;
    if (args->v.arguments.vararg) code->flags |= AY_CO_VARARGS;
    if (args->v.arguments.kwarg) code->flags |= AY_CO_VARKEYWORDS;
}

void ayC_set_arg_counts(AyCode *code, const AyNode *args) { set_arg_counts(code, args); }

static void lambda(Compiler *c, const AyNode *e) {
    int flags = ayC_function_defaults(c, e->v.Lambda.args);
    AyScope *scope = aySymtable_lookup(&c->st, e);
    if (!scope) ayC_error(c, e, "internal error: no scope for lambda");
    AyCode *code = ayC_compile_unit(c, scope, "<lambda>", e, lambda_body, e, e->lineno);
    set_arg_counts(code, e->v.Lambda.args);
    ayC_set_pos(c, e);
    ayC_make_closure(c, code, flags);
}

// }====
// {==== f-strings

static void joined_str(Compiler *c, const AyNode *e) {
    const AyNodeList *vals = &e->v.JoinedStr.values;
    if (vals->len == 0) {
        ayC_load_const(c, ayV_from_obj(c->vm->empty_str));
        return;
    }
    for (int i = 0; i < vals->len; i++) ayC_expr(c, vals->items[i]);
    if (vals->len > 1 || vals->items[0]->kind != AyAst_FormattedValue) ayC_emit(c, AY_OP_BUILD_STRING, vals->len);
}

static void formatted_value(Compiler *c, const AyNode *e) {
    ayC_expr(c, e->v.FormattedValue.value);
    int conv = e->v.FormattedValue.conversion;
    int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        ayC_expr(c, e->v.FormattedValue.format_spec);
        flags |= 4;
    }
    ayC_set_pos(c, e);
    ayC_emit(c, AY_OP_FORMAT_VALUE, flags);
}

// }====
// {==== the expression dispatcher

void ayC_exprs(Compiler *c, const AyNodeList *l) {
    for (int i = 0; i < l->len; i++) ayC_expr(c, l->items[i]);
}

static bool in_async_context(Compiler *c) {
    Unit *u = c->u;
    if (u->scope->kind == AY_SCOPE_FUNCTION && (u->scope->is_coroutine)) return true;
    if (u->is_module && c->toplevel_await) return true;
    return false;
}

void ayC_expr(Compiler *c, const AyNode *e) {
    if (++c->nesting > 1000) ayC_error(c, e, "too many nested parentheses");
    AyPos saved = c->u->curpos;
    ayC_set_pos(c, e);
    switch (e->kind) {
    case AyAst_Constant:
        ayC_load_const(c, ayC_const_value(c, e));
        break;
    case AyAst_Name:
        ayC_nameop(c, e->v.Name.id, e->v.Name.ctx);
        break;
    case AyAst_BinOp:
        ayC_expr(c, e->v.BinOp.left);
        ayC_expr(c, e->v.BinOp.right);
        ayC_set_pos(c, e);
        ayC_emit(c, AY_OP_BINARY_OP, binop_map[e->v.BinOp.op]);
        break;
    case AyAst_UnaryOp:
        if (ayC_is_const(e)) {
            ayC_load_const(c, fold(c, e));
            break;
        }
        ayC_expr(c, e->v.UnaryOp.operand);
        ayC_set_pos(c, e);
        switch (e->v.UnaryOp.op) {
        case AY_UOP_Not: ayC_emit(c, AY_OP_UNARY_NOT, 0); break;
        case AY_UOP_USub: ayC_emit(c, AY_OP_UNARY_NEGATIVE, 0); break;
        case AY_UOP_UAdd: ayC_emit(c, AY_OP_UNARY_POSITIVE, 0); break;
        default: ayC_emit(c, AY_OP_UNARY_INVERT, 0); break;
        }
        break;
    case AyAst_BoolOp: {
        int end = ayC_new_label(c);
        int n = e->v.BoolOp.values.len;
        AyOpcode op = e->v.BoolOp.op == AY_BOOL_And ? AY_OP_JUMP_IF_FALSE_OR_POP : AY_OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < n - 1; i++) {
            ayC_expr(c, e->v.BoolOp.values.items[i]);
            ayC_jump(c, op, end);
        }
        ayC_expr(c, e->v.BoolOp.values.items[n - 1]);
        ayC_use_label(c, end);
        break;
    }
    case AyAst_Compare: compare(c, e); break;
    case AyAst_Call: call(c, e); break;
    case AyAst_Attribute:
        ayC_expr(c, e->v.Attribute.value);
        ayC_set_pos(c, e);
        if (e->v.Attribute.ctx == AY_LOAD) ayC_emit(c, AY_OP_LOAD_ATTR, ayC_attr_name(c, e->v.Attribute.attr));
        break;
    case AyAst_Subscript: {
        const AyNode *sl = e->v.Subscript.slice;
        if (e->v.Subscript.ctx == AY_LOAD) ayC_check_subscript(c, e->v.Subscript.value, sl);
        ayC_expr(c, e->v.Subscript.value);
        if (sl->kind == AyAst_Slice && !sl->v.Slice.step && e->v.Subscript.ctx == AY_LOAD) {
            if (sl->v.Slice.lower) ayC_expr(c, sl->v.Slice.lower);
            else ayC_load_const(c, AY_NONE);
            if (sl->v.Slice.upper) ayC_expr(c, sl->v.Slice.upper);
            else ayC_load_const(c, AY_NONE);
            ayC_set_pos(c, e);
            ayC_emit(c, AY_OP_BINARY_SLICE, 0);
        } else {
            ayC_expr(c, sl);
            ayC_set_pos(c, e);
            if (e->v.Subscript.ctx == AY_LOAD) ayC_emit(c, AY_OP_BINARY_SUBSCR, 0);
        }
        break;
    }
    case AyAst_Slice: {
        int n = 2;
        if (e->v.Slice.lower) ayC_expr(c, e->v.Slice.lower);
        else ayC_load_const(c, AY_NONE);
        if (e->v.Slice.upper) ayC_expr(c, e->v.Slice.upper);
        else ayC_load_const(c, AY_NONE);
        if (e->v.Slice.step) {
            ayC_expr(c, e->v.Slice.step);
            n = 3;
        }
        ayC_emit(c, AY_OP_BUILD_SLICE, n);
        break;
    }
    case AyAst_Tuple:
        if (ayC_is_const(e)) {
            ayC_load_const(c, fold(c, e));
        } else if (has_starred(&e->v.Tuple.elts)) {
            starred_collection(c, &e->v.Tuple.elts, AY_OP_BUILD_LIST, AY_OP_LIST_APPEND, AY_OP_LIST_EXTEND, true);
        } else {
            ayC_exprs(c, &e->v.Tuple.elts);
            ayC_emit(c, AY_OP_BUILD_TUPLE, e->v.Tuple.elts.len);
        }
        break;
    case AyAst_List:
        if (has_starred(&e->v.List.elts)) {
            starred_collection(c, &e->v.List.elts, AY_OP_BUILD_LIST, AY_OP_LIST_APPEND, AY_OP_LIST_EXTEND, false);
        } else {
            ayC_exprs(c, &e->v.List.elts);
            ayC_emit(c, AY_OP_BUILD_LIST, e->v.List.elts.len);
        }
        break;
    case AyAst_Set:
        if (has_starred(&e->v.Set.elts)) {
            starred_collection(c, &e->v.Set.elts, AY_OP_BUILD_SET, AY_OP_SET_ADD, AY_OP_SET_UPDATE, false);
        } else if (const_set_display(c, &e->v.Set.elts)) {
            // done
        } else {
            ayC_exprs(c, &e->v.Set.elts);
            ayC_emit(c, AY_OP_BUILD_SET, e->v.Set.elts.len);
        }
        break;
    case AyAst_Dict: dict_display(c, e); break;
    case AyAst_IfExp: {
        int orelse = ayC_new_label(c), end = ayC_new_label(c);
        ayC_jump_if(c, e->v.IfExp.test, orelse, false);
        ayC_expr(c, e->v.IfExp.body);
        ayC_jump(c, AY_OP_JUMP, end);
        ayC_use_label(c, orelse);
        ayC_expr(c, e->v.IfExp.orelse);
        ayC_use_label(c, end);
        break;
    }
    case AyAst_NamedExpr:
        ayC_expr(c, e->v.NamedExpr.value);
        ayC_emit(c, AY_OP_COPY, 1);
        ayC_store_target(c, e->v.NamedExpr.target);
        break;
    case AyAst_Lambda: lambda(c, e); break;
    case AyAst_ListComp:
        comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL, "<listcomp>");
        break;
    case AyAst_SetComp:
        comprehension(c, e, &e->v.SetComp.generators, e->v.SetComp.elt, NULL, "<setcomp>");
        break;
    case AyAst_DictComp:
        comprehension(c, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, "<dictcomp>");
        break;
    case AyAst_GeneratorExp:
        comprehension(c, e, &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, "<genexpr>");
        break;
    case AyAst_Yield:
        if (c->u->scope->kind != AY_SCOPE_FUNCTION) ayC_error(c, e, "'yield' outside function");
        if (e->v.Yield.value) ayC_expr(c, e->v.Yield.value);
        else ayC_load_const(c, AY_NONE);
        ayC_set_pos(c, e);
        if (c->u->flags & AY_CO_ASYNC_GENERATOR) ayC_emit(c, AY_OP_ASYNC_GEN_WRAP, 0);
        ayC_emit(c, AY_OP_YIELD_VALUE, 0);
        break;
    case AyAst_YieldFrom:
        if (c->u->scope->kind != AY_SCOPE_FUNCTION) ayC_error(c, e, "'yield' outside function");
        if (c->u->scope->is_coroutine) ayC_error(c, e, "'yield from' inside async function");
        ayC_expr(c, e->v.YieldFrom.value);
        ayC_set_pos(c, e);
        ayC_emit(c, AY_OP_GET_YIELD_FROM_ITER, 0);
        ayC_load_const(c, AY_NONE);
        await_value(c);
        break;
    case AyAst_Await:
        if (!in_async_context(c)) {
            if (c->u->scope->kind == AY_SCOPE_FUNCTION && !c->u->scope->is_comprehension)
                ayC_error(c, e, "'await' outside async function");
            if (!c->u->scope->is_comprehension) ayC_error(c, e, "'await' outside function");
        }
        ayC_expr(c, e->v.Await.value);
        ayC_set_pos(c, e);
        ayC_emit(c, AY_OP_GET_AWAITABLE, 0);
        ayC_load_const(c, AY_NONE);
        await_value(c);
        break;
    case AyAst_JoinedStr: joined_str(c, e); break;
    case AyAst_FormattedValue: formatted_value(c, e); break;
    case AyAst_Starred:
        ayC_error(c, e, e->v.Starred.ctx == AY_STORE ? "starred assignment target must be in a list or tuple"
                                                     : "can't use starred expression here");
        break;
    default:
        ayC_error(c, e, "internal error: unexpected expression");
    }
    c->u->curpos = saved;
    c->nesting--;
}

// }====
// {==== assignment targets

static void unpack_targets(Compiler *c, const AyNode *t, const AyNodeList *elts) {
    int star = -1;
    for (int i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == AyAst_Starred) {
            if (star >= 0) ayC_error(c, elts->items[i], "multiple starred expressions in assignment");
            star = i;
        }
    }
    ayC_set_pos(c, t);
    if (star >= 0) {
        int before = star, after = elts->len - star - 1;
        if (before > 255 || after > (AY_MAX_OPARG >> 8))
            ayC_error(c, t, "too many expressions in star-unpacking assignment");
        ayC_emit(c, AY_OP_UNPACK_EX, before | (after << 8));
    } else {
        ayC_emit(c, AY_OP_UNPACK_SEQUENCE, elts->len);
    }
    for (int i = 0; i < elts->len; i++) {
        const AyNode *el = elts->items[i];
        ayC_store_target(c, el->kind == AyAst_Starred ? el->v.Starred.value : el);
    }
}

void ayC_store_target(Compiler *c, const AyNode *t) {
    AyPos saved = c->u->curpos;
    ayC_set_pos(c, t);
    switch (t->kind) {
    case AyAst_Name: ayC_nameop(c, t->v.Name.id, AY_STORE); break;
    case AyAst_Attribute:
        ayC_expr(c, t->v.Attribute.value);
        ayC_set_pos(c, t);
        ayC_emit(c, AY_OP_STORE_ATTR, ayC_attr_name(c, t->v.Attribute.attr));
        break;
    case AyAst_Subscript: {
        const AyNode *sl = t->v.Subscript.slice;
        ayC_expr(c, t->v.Subscript.value);
        if (sl->kind == AyAst_Slice && !sl->v.Slice.step) {
            if (sl->v.Slice.lower) ayC_expr(c, sl->v.Slice.lower);
            else ayC_load_const(c, AY_NONE);
            if (sl->v.Slice.upper) ayC_expr(c, sl->v.Slice.upper);
            else ayC_load_const(c, AY_NONE);
            ayC_set_pos(c, t);
            ayC_emit(c, AY_OP_STORE_SLICE, 0);
        } else {
            ayC_expr(c, sl);
            ayC_set_pos(c, t);
            ayC_emit(c, AY_OP_STORE_SUBSCR, 0);
        }
        break;
    }
    case AyAst_Tuple: unpack_targets(c, t, &t->v.Tuple.elts); break;
    case AyAst_List: unpack_targets(c, t, &t->v.List.elts); break;
    case AyAst_Starred: ayC_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: ayC_error(c, t, "cannot assign to expression");
    }
    c->u->curpos = saved;
}
