// Compiling statements: definitions, assignments, control flow, exception
// handling (zero-cost handler tables, CPython's block layout), with, imports.
#include <string.h>

#include "../vm/containers.h"
#include "../vm/str.h"
#include "compile_int.h"

int ayC_binop(int astop);
void ayC_await_value(Compiler *c);
void ayC_set_arg_counts(AyCode *code, const AyNode *args);

// {==== unwinding for return / break / continue

static void call_exit_with_nones(Compiler *c) {
    ayC_load_const(c, AY_NONE);
    ayC_load_const(c, AY_NONE);
    ayC_load_const(c, AY_NONE);
    ayC_emit(c, AY_OP_CALL, 2);  // [exit, None(self slot), None, None]: exit(None, None, None)
}

// Emits the code leaving one block early. `preserve_tos` keeps a return value
// on top of the stack across the cleanup.
static void unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos) {
    switch (b->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
    case FB_STOP_ITERATION:
        return;
    case FB_FOR_LOOP:
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        // CPython frees the iterator here; a generator made just for this loop
        // runs its cleanup (finally blocks) at that moment, so we close it.
        ayC_emit(c, b->datum ? AY_OP_POP_ITER_CLOSE : AY_OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        ayC_pop_handler(c);
        return;
    case FB_FINALLY_TRY:
        ayC_pop_handler(c);
        if (preserve_tos) ayC_push_fblock(c, FB_POP_VALUE, -1, -1, NULL);
        // the finally body runs inline (it is compiled once per exit path)
        ayC_stmts(c, (const AyNodeList *)b->datum);
        if (preserve_tos) ayC_pop_fblock(c);
        return;
    case FB_FINALLY_END:
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        ayC_emit(c, AY_OP_POP_TOP, 0);  // exc
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        ayC_pop_handler(c);
        ayC_emit(c, AY_OP_POP_EXCEPT, 0);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        c->u->curpos = b->pos;
        ayC_pop_handler(c);
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        call_exit_with_nones(c);
        if (b->kind == FB_ASYNC_WITH) {
            ayC_emit(c, AY_OP_GET_AWAITABLE, 2);
            ayC_load_const(c, AY_NONE);
            ayC_await_value(c);
        }
        ayC_emit(c, AY_OP_POP_TOP, 0);
        return;
    case FB_HANDLER_CLEANUP:
        if (b->datum) ayC_pop_handler(c);
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        ayC_pop_handler(c);
        ayC_emit(c, AY_OP_POP_EXCEPT, 0);
        if (b->datum) {
            ayC_load_const(c, AY_NONE);
            ayC_nameop(c, (const char *)b->datum, AY_STORE);
            ayC_nameop(c, (const char *)b->datum, AY_DEL);
        }
        return;
    case FB_POP_VALUE:
        if (preserve_tos) ayC_emit(c, AY_OP_SWAP, 2);
        ayC_emit(c, AY_OP_POP_TOP, 0);
        return;
    }
}

// Unwinds blocks down to the innermost loop (if `loop` is given) or all of
// them; returns false if a return/break would cross an `except*` body.
static bool unwind_rec(Compiler *c, bool preserve_tos, FBlock **loop);

// The handler stack is compile-time state for the code that follows linearly;
// an early exit's cleanup must not change it, so it is saved and restored.
bool ayC_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    Handler saved[MAX_HANDLERS];
    int nsaved = u->nhstack;
    memcpy(saved, u->hstack, sizeof(Handler) * (size_t)nsaved);
    bool ok = unwind_rec(c, preserve_tos, loop);
    c->u->pending_restore = nsaved;
    memcpy(c->u->saved_hstack, saved, sizeof(Handler) * (size_t)nsaved);
    return ok;
}

// Called after the exit instruction (return/jump) of an early exit.
static void restore_handlers(Compiler *c) {
    Unit *u = c->u;
    if (u->pending_restore < 0) return;
    u->nhstack = u->pending_restore;
    memcpy(u->hstack, u->saved_hstack, sizeof(Handler) * (size_t)u->nhstack);
    u->pending_restore = -1;
}

static bool unwind_rec(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (!u->nfblocks) return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER) return false;
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    unwind_fblock(c, &copy, preserve_tos);
    bool ok = unwind_rec(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

// }====
// {==== functions and classes

void ayC_function_body(Compiler *c, const void *arg) {
    const AyNode *s = arg;
    bool is_async = s->kind == AyAst_AsyncFunctionDef;
    const AyNodeList *body = is_async ? &s->v.AsyncFunctionDef.body : &s->v.FunctionDef.body;
    Unit *u = c->u;
    // the docstring is the first constant of a function's code
    int start = 0;
    if (body->len && body->items[0]->kind == AyAst_Expr && body->items[0]->v.Expr.value->kind == AyAst_Constant &&
        body->items[0]->v.Expr.value->v.Constant.value.kind == AY_CONST_STR) {
        ayC_const(c, ayC_const_value(c, body->items[0]->v.Expr.value));
        start = 1;
    } else {
        ayC_const(c, AY_NONE);
    }
    for (int i = start; i < body->len; i++) ayC_stmt(c, body->items[i]);
    if (!u->unreachable) ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, AY_NONE));
}

void ayC_function_code(Compiler *c, const AyNode *s, int flags) {
    bool is_async = s->kind == AyAst_AsyncFunctionDef;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    const AyNodeList *decos = is_async ? &s->v.AsyncFunctionDef.decorator_list : &s->v.FunctionDef.decorator_list;
    AyScope *scope = aySymtable_lookup(&c->st, s);
    if (!scope) ayC_error(c, s, "internal error: no scope for function");
    int firstline = decos->len ? decos->items[0]->lineno : s->lineno;
    AyCode *code = ayC_compile_unit(c, scope, name, s, ayC_function_body, s, firstline);
    ayC_set_arg_counts(code, is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args);
    ayC_set_pos(c, s);
    ayC_make_closure(c, code, flags);
}

static void function_def(Compiler *c, const AyNode *s) {
    bool is_async = s->kind == AyAst_AsyncFunctionDef;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    const AyNode *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const AyNodeList *decos = is_async ? &s->v.AsyncFunctionDef.decorator_list : &s->v.FunctionDef.decorator_list;
    const AyNode *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    for (int i = 0; i < decos->len; i++) ayC_expr(c, decos->items[i]);
    ayC_set_pos(c, s);
    if (s->v.FunctionDef.type_params.len) {  // the same field of AsyncFunctionDef
        ayC_generic_function(c, s);
    } else {
        int flags = ayC_function_defaults(c, args);
        flags |= ayC_annotations(c, args, returns);
        ayC_function_code(c, s, flags);
    }
    for (int i = 0; i < decos->len; i++) {
        ayC_emit(c, AY_OP_PUSH_NULL, 0);
        ayC_emit(c, AY_OP_SWAP, 2);
        ayC_emit(c, AY_OP_CALL, 1);
    }
    ayC_nameop(c, name, AY_STORE);
}

static bool has_annotations(const AyNodeList *body) {
    for (int i = 0; i < body->len; i++)
        if (body->items[i]->kind == AyAst_AnnAssign) return true;
    return false;
}

void ayC_class_body(Compiler *c, const void *arg) {
    const AyNode *s = arg;
    Unit *u = c->u;
    ayC_nameop(c, "__name__", AY_LOAD);
    ayC_nameop(c, "__module__", AY_STORE);
    ayC_load_const(c, ayV_from_obj(u->qualname));
    ayC_nameop(c, "__qualname__", AY_STORE);
    if (s->v.ClassDef.type_params.len) {
        ayC_nameop(c, ".type_params", AY_LOAD);
        ayC_nameop(c, "__type_params__", AY_STORE);
    }
    if (u->scope->needs_classdict) {
        ayC_emit(c, AY_OP_LOAD_LOCALS, 0);
        ayC_emit(c, AY_OP_STORE_DEREF, ayC_local_index(c, "__classdict__"));
    }
    const AyNodeList *body = &s->v.ClassDef.body;
    if (has_annotations(body)) ayC_emit(c, AY_OP_SETUP_ANNOTATIONS, 0);
    int start = 0;
    if (body->len && body->items[0]->kind == AyAst_Expr && body->items[0]->v.Expr.value->kind == AyAst_Constant &&
        body->items[0]->v.Expr.value->v.Constant.value.kind == AY_CONST_STR) {
        ayC_set_pos(c, body->items[0]);
        ayC_expr(c, body->items[0]->v.Expr.value);
        ayC_nameop(c, "__doc__", AY_STORE);
        start = 1;
    }
    for (int i = start; i < body->len; i++) ayC_stmt(c, body->items[i]);
    if (u->scope->needs_class_cell) {
        int i = ayC_local_index(c, "__class__");
        ayC_emit(c, AY_OP_LOAD_FAST, i);  // the cell itself
        ayC_emit(c, AY_OP_COPY, 1);
        ayC_emit(c, AY_OP_STORE_NAME, ayC_name(c, "__classcell__"));
        ayC_emit(c, AY_OP_RETURN_VALUE, 0);
    } else {
        ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, AY_NONE));
    }
}

void ayC_class_code(Compiler *c, const AyNode *s, const AyNodeList *bases) {
    const AyNodeList *decos = &s->v.ClassDef.decorator_list;
    AyScope *scope = aySymtable_lookup(&c->st, s);
    if (!scope) ayC_error(c, s, "internal error: no scope for class");
    int firstline = decos->len ? decos->items[0]->lineno : s->lineno;
    AyCode *code = ayC_compile_unit(c, scope, s->v.ClassDef.name, s, ayC_class_body, s, firstline);
    ayC_set_pos(c, s);
    ayC_emit(c, AY_OP_LOAD_BUILD_CLASS, 0);
    ayC_emit(c, AY_OP_PUSH_NULL, 0);
    ayC_make_closure(c, code, 0);
    ayC_load_const(c, ayV_from_obj(ayC_intern(c, s->v.ClassDef.name)));
    ayC_call_helper(c, 2, bases, &s->v.ClassDef.keywords);
}

static void class_def(Compiler *c, const AyNode *s) {
    const AyNodeList *decos = &s->v.ClassDef.decorator_list;
    for (int i = 0; i < decos->len; i++) ayC_expr(c, decos->items[i]);
    ayC_set_pos(c, s);
    if (s->v.ClassDef.type_params.len) ayC_generic_class(c, s);
    else ayC_class_code(c, s, &s->v.ClassDef.bases);
    for (int i = 0; i < decos->len; i++) {
        ayC_emit(c, AY_OP_PUSH_NULL, 0);
        ayC_emit(c, AY_OP_SWAP, 2);
        ayC_emit(c, AY_OP_CALL, 1);
    }
    ayC_nameop(c, s->v.ClassDef.name, AY_STORE);
}

// }====
// {==== loops

static void while_stmt(Compiler *c, const AyNode *s) {
    int loop = ayC_new_label(c), body = ayC_new_label(c), anchor = ayC_new_label(c), exit = ayC_new_label(c);
    ayC_use_label(c, loop);
    ayC_push_fblock(c, FB_WHILE_LOOP, loop, exit, NULL);
    ayC_jump_if(c, s->v.While.test, anchor, false);
    ayC_use_label(c, body);
    ayC_stmts(c, &s->v.While.body);
    ayC_set_pos(c, s);
    ayC_jump(c, AY_OP_JUMP, loop);
    ayC_pop_fblock(c);
    ayC_use_label(c, anchor);
    ayC_stmts(c, &s->v.While.orelse);
    ayC_use_label(c, exit);
}

static bool is_range_call(const AyNode *e) {
    return e->kind == AyAst_Call && e->v.Call.func->kind == AyAst_Name &&
           strcmp(e->v.Call.func->v.Name.id, "range") == 0 && e->v.Call.keywords.len == 0;
}

static void for_stmt(Compiler *c, const AyNode *s) {
    int start = ayC_new_label(c), cleanup = ayC_new_label(c), end = ayC_new_label(c);
    ayC_iter_expr(c, s->v.For.iter);
    // as in CPython, errors from iter() and next() point at the whole statement
    ayC_set_pos(c, s);
    ayC_emit(c, AY_OP_GET_ITER, 0);
    ayC_use_label(c, start);
    ayC_push_fblock(c, FB_FOR_LOOP, start, end, s->v.For.iter->kind == AyAst_Call ? s : NULL);
    ayC_jump(c, is_range_call(s->v.For.iter) ? AY_OP_FOR_RANGE : AY_OP_FOR_ITER, cleanup);
    ayC_store_target(c, s->v.For.target);
    ayC_stmts(c, &s->v.For.body);
    ayC_set_pos(c, s->v.For.iter);
    ayC_jump(c, AY_OP_JUMP, start);
    ayC_pop_fblock(c);
    ayC_use_label(c, cleanup);
    ayC_stmts(c, &s->v.For.orelse);
    ayC_use_label(c, end);
}

static void async_for_stmt(Compiler *c, const AyNode *s) {
    if (!(c->u->scope->is_coroutine || (c->u->is_module && c->toplevel_await)))
        ayC_error(c, s, "'async for' outside async function");
    int start = ayC_new_label(c), except = ayC_new_label(c), end = ayC_new_label(c);
    ayC_expr(c, s->v.AsyncFor.iter);
    ayC_set_pos(c, s->v.AsyncFor.iter);
    ayC_emit(c, AY_OP_GET_AITER, 0);
    ayC_use_label(c, start);
    ayC_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    ayC_push_handler(c, except, false);
    ayC_emit(c, AY_OP_GET_ANEXT, 0);
    ayC_load_const(c, AY_NONE);
    ayC_await_value(c);
    ayC_pop_handler(c);
    ayC_store_target(c, s->v.AsyncFor.target);
    ayC_stmts(c, &s->v.AsyncFor.body);
    ayC_set_pos(c, s);
    ayC_jump(c, AY_OP_JUMP, start);
    ayC_pop_fblock(c);
    ayC_use_label(c, except);
    ayC_emit(c, AY_OP_END_ASYNC_FOR, 0);
    ayC_stmts(c, &s->v.AsyncFor.orelse);
    ayC_use_label(c, end);
}

// }====
// {==== try / except / finally

#define POP_EXCEPT_AND_RERAISE(c) \
    do { \
        ayC_emit(c, AY_OP_COPY, 3); \
        ayC_emit(c, AY_OP_POP_EXCEPT, 0); \
        ayC_emit(c, AY_OP_RERAISE, 1); \
    } while (0)

static void try_except(Compiler *c, const AyNode *s) {
    int body = ayC_new_label(c), except = ayC_new_label(c), end = ayC_new_label(c), cleanup = ayC_new_label(c);
    ayC_push_handler(c, except, false);
    ayC_use_label(c, body);
    ayC_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    ayC_stmts(c, &s->v.Try.body);
    ayC_pop_fblock(c);
    ayC_pop_handler(c);
    ayC_stmts(c, &s->v.Try.orelse);
    ayC_jump(c, AY_OP_JUMP, end);
    int n = s->v.Try.handlers.len;
    ayC_use_label(c, except);
    ayC_push_handler(c, cleanup, true);
    Handler hcleanup = ayC_top_handler(c);
    ayC_emit(c, AY_OP_PUSH_EXC_INFO, 0);
    ayC_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        const AyNode *h = s->v.Try.handlers.items[i];
        ayC_set_pos(c, h);
        int next_except = ayC_new_label(c);
        if (!h->v.ExceptHandler.type && i < n - 1) ayC_error(c, h, "default 'except:' must be last");
        if (h->v.ExceptHandler.type) {
            ayC_expr(c, h->v.ExceptHandler.type);
            ayC_emit(c, AY_OP_CHECK_EXC_MATCH, 0);
            ayC_jump(c, AY_OP_POP_JUMP_IF_FALSE, next_except);
        }
        const char *name = h->v.ExceptHandler.name;
        if (name) {
            int cleanup_end = ayC_new_label(c), cleanup_body = ayC_new_label(c);
            ayC_nameop(c, name, AY_STORE);
            ayC_push_handler(c, cleanup_end, true);
            ayC_use_label(c, cleanup_body);
            ayC_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
            ayC_stmts(c, &h->v.ExceptHandler.body);
            ayC_pop_fblock(c);
            ayC_pop_handler(c);
            ayC_pop_handler(c);
            ayC_emit(c, AY_OP_POP_EXCEPT, 0);
            ayC_load_const(c, AY_NONE);
            ayC_nameop(c, name, AY_STORE);
            ayC_nameop(c, name, AY_DEL);
            ayC_jump(c, AY_OP_JUMP, end);
            // an exception inside the handler body (still under `cleanup`)
            ayC_repush_handler(c, hcleanup);
            ayC_use_label(c, cleanup_end);
            ayC_load_const(c, AY_NONE);
            ayC_nameop(c, name, AY_STORE);
            ayC_nameop(c, name, AY_DEL);
            ayC_emit(c, AY_OP_RERAISE, 1);
        } else {
            int cleanup_body = ayC_new_label(c);
            ayC_emit(c, AY_OP_POP_TOP, 0);
            ayC_use_label(c, cleanup_body);
            ayC_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL);
            ayC_stmts(c, &h->v.ExceptHandler.body);
            ayC_pop_fblock(c);
            ayC_pop_handler(c);
            ayC_emit(c, AY_OP_POP_EXCEPT, 0);
            ayC_jump(c, AY_OP_JUMP, end);
            ayC_repush_handler(c, hcleanup);
        }
        ayC_use_label(c, next_except);
    }
    ayC_pop_fblock(c);
    ayC_emit(c, AY_OP_RERAISE, 0);
    ayC_pop_handler(c);
    ayC_use_label(c, cleanup);
    POP_EXCEPT_AND_RERAISE(c);
    ayC_use_label(c, end);
}

// except*: each clause splits the group; unmatched parts are re-raised at the
// end (combined by PREP_RERAISE_STAR).
static void try_star_except(Compiler *c, const AyNode *s) {
    int body = ayC_new_label(c), except = ayC_new_label(c), orelse = ayC_new_label(c), end = ayC_new_label(c),
        cleanup = ayC_new_label(c), reraise_star = ayC_new_label(c);
    ayC_push_handler(c, except, false);
    ayC_use_label(c, body);
    ayC_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    ayC_stmts(c, &s->v.TryStar.body);
    ayC_pop_fblock(c);
    ayC_pop_handler(c);
    ayC_jump(c, AY_OP_JUMP, orelse);
    int n = s->v.TryStar.handlers.len;
    ayC_use_label(c, except);
    ayC_push_handler(c, cleanup, true);
    ayC_emit(c, AY_OP_PUSH_EXC_INFO, 0);
    ayC_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL);
    // stack: [prev_exc, orig]; we keep [prev, orig, list_of_raised, rest]
    for (int i = 0; i < n; i++) {
        const AyNode *h = s->v.TryStar.handlers.items[i];
        ayC_set_pos(c, h);
        int next_except = ayC_new_label(c), except_with_error = ayC_new_label(c), no_match = ayC_new_label(c);
        if (i == 0) {
            ayC_emit(c, AY_OP_BUILD_LIST, 0);  // [orig, list]
            ayC_emit(c, AY_OP_COPY, 2);        // [orig, list, rest=orig]
        }
        if (!h->v.ExceptHandler.type) ayC_error(c, h, "expected 'except' or 'finally' block");
        ayC_expr(c, h->v.ExceptHandler.type);
        ayC_emit(c, AY_OP_CHECK_EG_MATCH, 0);  // [orig, list, rest, match]
        ayC_emit(c, AY_OP_COPY, 1);
        ayC_jump(c, AY_OP_POP_JUMP_IF_NONE, no_match);
        const char *name = h->v.ExceptHandler.name;
        if (name) ayC_nameop(c, name, AY_STORE);
        else ayC_emit(c, AY_OP_POP_TOP, 0);
        // [orig, list, rest]
        ayC_push_handler(c, except_with_error, true);
        int cleanup_body = ayC_new_label(c);
        ayC_use_label(c, cleanup_body);
        ayC_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
        ayC_stmts(c, &h->v.ExceptHandler.body);
        ayC_pop_fblock(c);
        ayC_pop_handler(c);
        if (name) {
            ayC_load_const(c, AY_NONE);
            ayC_nameop(c, name, AY_STORE);
            ayC_nameop(c, name, AY_DEL);
        }
        ayC_jump(c, AY_OP_JUMP, next_except);
        // an exception raised in the handler body is collected
        ayC_use_label(c, except_with_error);  // [orig, list, rest, lasti, exc]
        if (name) {
            ayC_load_const(c, AY_NONE);
            ayC_nameop(c, name, AY_STORE);
            ayC_nameop(c, name, AY_DEL);
        }
        ayC_emit(c, AY_OP_LIST_APPEND, 3);  // exc -> list
        ayC_emit(c, AY_OP_POP_TOP, 0);      // lasti
        ayC_jump(c, AY_OP_JUMP, next_except);
        ayC_use_label(c, no_match);
        ayC_emit(c, AY_OP_POP_TOP, 0);  // match (None)
        ayC_use_label(c, next_except);
        if (i == n - 1) {
            // [orig, list, rest]: add the unhandled rest and combine
            ayC_emit(c, AY_OP_LIST_APPEND, 1);
            ayC_emit(c, AY_OP_PREP_RERAISE_STAR, 0);  // [orig, exc-or-None]
            ayC_emit(c, AY_OP_COPY, 1);
            ayC_jump(c, AY_OP_POP_JUMP_IF_NOT_NONE, reraise_star);
            ayC_emit(c, AY_OP_POP_TOP, 0);
            ayC_pop_handler(c);
            ayC_emit(c, AY_OP_POP_EXCEPT, 0);
            ayC_jump(c, AY_OP_JUMP, end);
        }
    }
    ayC_pop_fblock(c);
    ayC_use_label(c, reraise_star);
    ayC_emit(c, AY_OP_SWAP, 2);
    ayC_emit(c, AY_OP_POP_TOP, 0);
    ayC_emit(c, AY_OP_RERAISE, 0);
    ayC_use_label(c, cleanup);
    POP_EXCEPT_AND_RERAISE(c);
    ayC_use_label(c, orelse);
    ayC_stmts(c, &s->v.TryStar.orelse);
    ayC_use_label(c, end);
}

static void try_finally(Compiler *c, const AyNode *s, bool star) {
    int body = ayC_new_label(c), end = ayC_new_label(c), exit = ayC_new_label(c), cleanup = ayC_new_label(c);
    const AyNodeList *finalbody = &s->v.Try.finalbody;
    ayC_push_handler(c, end, false);
    ayC_use_label(c, body);
    ayC_push_fblock(c, FB_FINALLY_TRY, body, end, finalbody);
    if (s->v.Try.handlers.len) {
        if (star) try_star_except(c, s);
        else try_except(c, s);
    } else {
        ayC_stmts(c, &s->v.Try.body);
    }
    ayC_pop_handler(c);
    ayC_pop_fblock(c);
    ayC_stmts(c, finalbody);
    ayC_jump(c, AY_OP_JUMP, exit);
    ayC_use_label(c, end);
    ayC_push_handler(c, cleanup, true);
    ayC_emit(c, AY_OP_PUSH_EXC_INFO, 0);
    ayC_push_fblock(c, FB_FINALLY_END, end, -1, NULL);
    ayC_stmts(c, finalbody);
    ayC_pop_fblock(c);
    ayC_emit(c, AY_OP_RERAISE, 0);
    ayC_pop_handler(c);
    ayC_use_label(c, cleanup);
    POP_EXCEPT_AND_RERAISE(c);
    ayC_use_label(c, exit);
}

static void try_stmt(Compiler *c, const AyNode *s, bool star) {
    if (s->v.Try.finalbody.len) try_finally(c, s, star);
    else if (star) try_star_except(c, s);
    else try_except(c, s);
}

// }====
// {==== with

static void with_except_finish(Compiler *c, int cleanup) {
    int suppress = ayC_new_label(c), exit = ayC_new_label(c);
    ayC_jump(c, AY_OP_POP_JUMP_IF_TRUE, suppress);
    ayC_emit(c, AY_OP_RERAISE, 2);
    ayC_use_label(c, suppress);
    ayC_emit(c, AY_OP_POP_TOP, 0);  // exc
    ayC_pop_handler(c);
    ayC_emit(c, AY_OP_POP_EXCEPT, 0);
    ayC_emit(c, AY_OP_POP_TOP, 0);
    ayC_emit(c, AY_OP_POP_TOP, 0);
    ayC_jump(c, AY_OP_JUMP, exit);
    ayC_use_label(c, cleanup);
    POP_EXCEPT_AND_RERAISE(c);
    ayC_use_label(c, exit);
}

static void with_stmt(Compiler *c, const AyNode *s, int pos, bool is_async) {
    const AyNode *item = s->v.With.items.items[pos];
    int block = ayC_new_label(c), final = ayC_new_label(c), exit = ayC_new_label(c), cleanup = ayC_new_label(c);
    if (is_async && !(c->u->scope->is_coroutine || (c->u->is_module && c->toplevel_await)))
        ayC_error(c, s, "'async with' outside async function");
    ayC_expr(c, item->v.withitem.context_expr);
    ayC_set_pos(c, s);
    if (is_async) {
        ayC_emit(c, AY_OP_BEFORE_ASYNC_WITH, 0);
        ayC_emit(c, AY_OP_GET_AWAITABLE, 1);
        ayC_load_const(c, AY_NONE);
        ayC_await_value(c);
    } else {
        ayC_emit(c, AY_OP_BEFORE_WITH, 0);
    }
    // [exit, enter_result]
    c->u->depth--;  // the handler depth excludes the __enter__ result
    ayC_push_handler(c, final, true);
    c->u->depth++;
    ayC_use_label(c, block);
    ayC_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s);
    if (item->v.withitem.optional_vars) ayC_store_target(c, item->v.withitem.optional_vars);
    else ayC_emit(c, AY_OP_POP_TOP, 0);
    if (pos + 1 == s->v.With.items.len) ayC_stmts(c, &s->v.With.body);
    else with_stmt(c, s, pos + 1, is_async);
    ayC_pop_handler(c);
    ayC_pop_fblock(c);
    ayC_set_pos(c, s);
    call_exit_with_nones(c);
    if (is_async) {
        ayC_emit(c, AY_OP_GET_AWAITABLE, 2);
        ayC_load_const(c, AY_NONE);
        ayC_await_value(c);
    }
    ayC_emit(c, AY_OP_POP_TOP, 0);
    ayC_jump(c, AY_OP_JUMP, exit);
    // exceptional exit: [exit, lasti, exc]
    ayC_use_label(c, final);
    ayC_push_handler(c, cleanup, true);
    ayC_emit(c, AY_OP_PUSH_EXC_INFO, 0);
    ayC_emit(c, AY_OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        ayC_emit(c, AY_OP_GET_AWAITABLE, 2);
        ayC_load_const(c, AY_NONE);
        ayC_await_value(c);
    }
    with_except_finish(c, cleanup);
    ayC_use_label(c, exit);
}

// }====
// {==== imports

static void import_stmt(Compiler *c, const AyNode *s) {
    const AyNodeList *names = &s->v.Import.names;
    for (int i = 0; i < names->len; i++) {
        const AyNode *a = names->items[i];  // CPython locates it all at the statement
        ayC_load_const(c, ayV_small(0));
        ayC_load_const(c, AY_NONE);
        ayC_emit(c, AY_OP_IMPORT_NAME, ayC_name(c, a->v.alias.name));
        if (a->v.alias.asname) {
            // import a.b.c as d: bind the innermost module
            const char *dot = strchr(a->v.alias.name, '.');
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                char *part = ayArena_strdup(c->arena, dot + 1, len);
                if (!part) ayC_nomem(c);
                ayC_emit(c, AY_OP_IMPORT_FROM, ayC_name(c, part));
                ayC_emit(c, AY_OP_SWAP, 2);
                ayC_emit(c, AY_OP_POP_TOP, 0);
                dot = next;
            }
            ayC_nameop(c, a->v.alias.asname, AY_STORE);
        } else {
            const char *dot = strchr(a->v.alias.name, '.');
            const char *store = a->v.alias.name;
            if (dot) {
                store = ayArena_strdup(c->arena, a->v.alias.name, (size_t)(dot - a->v.alias.name));
                if (!store) ayC_nomem(c);
            }
            ayC_nameop(c, store, AY_STORE);
        }
    }
}

static void import_from(Compiler *c, const AyNode *s) {
    ayC_future_check_placement(c, s);
    const AyNodeList *names = &s->v.ImportFrom.names;
    AyTuple *fromlist = ayTuple_new(c->vm, names->len);
    if (!fromlist) ayC_nomem(c);
    for (int i = 0; i < names->len; i++) fromlist->items[i] = ayV_from_obj(ayC_intern(c, names->items[i]->v.alias.name));
    ayC_load_const(c, ayV_small(s->v.ImportFrom.level));
    ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(fromlist)));
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    ayC_emit(c, AY_OP_IMPORT_NAME, ayC_name(c, module));
    for (int i = 0; i < names->len; i++) {
        const AyNode *a = names->items[i];
        if (strcmp(a->v.alias.name, "*") == 0) {
            ayC_emit(c, AY_OP_CALL_INTRINSIC_1, AY_INTRINSIC_IMPORT_STAR);
            ayC_emit(c, AY_OP_POP_TOP, 0);
            return;
        }
        ayC_emit(c, AY_OP_IMPORT_FROM, ayC_name(c, a->v.alias.name));
        ayC_nameop(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, AY_STORE);
    }
    ayC_emit(c, AY_OP_POP_TOP, 0);
}

// }====
// {==== assignments

static void aug_assign(Compiler *c, const AyNode *s) {
    const AyNode *t = s->v.AugAssign.target;
    int op = ayC_binop(s->v.AugAssign.op) + AY_BINOP_COUNT;
    switch (t->kind) {
    case AyAst_Name:
        ayC_nameop(c, t->v.Name.id, AY_LOAD);
        ayC_expr(c, s->v.AugAssign.value);
        ayC_set_pos(c, s);
        ayC_emit(c, AY_OP_BINARY_OP, op);
        ayC_nameop(c, t->v.Name.id, AY_STORE);
        break;
    case AyAst_Attribute: {
        int name = ayC_attr_name(c, t->v.Attribute.attr);
        ayC_expr(c, t->v.Attribute.value);
        ayC_emit(c, AY_OP_COPY, 1);
        ayC_set_pos(c, t);
        ayC_emit(c, AY_OP_LOAD_ATTR, name);
        ayC_expr(c, s->v.AugAssign.value);
        ayC_set_pos(c, s);
        ayC_emit(c, AY_OP_BINARY_OP, op);
        ayC_emit(c, AY_OP_SWAP, 2);
        ayC_set_pos(c, t);
        ayC_emit(c, AY_OP_STORE_ATTR, name);
        break;
    }
    case AyAst_Subscript: {
        const AyNode *sl = t->v.Subscript.slice;
        ayC_expr(c, t->v.Subscript.value);
        if (sl->kind == AyAst_Slice && !sl->v.Slice.step) {
            if (sl->v.Slice.lower) ayC_expr(c, sl->v.Slice.lower);
            else ayC_load_const(c, AY_NONE);
            if (sl->v.Slice.upper) ayC_expr(c, sl->v.Slice.upper);
            else ayC_load_const(c, AY_NONE);
            ayC_emit(c, AY_OP_COPY, 3);
            ayC_emit(c, AY_OP_COPY, 3);
            ayC_emit(c, AY_OP_COPY, 3);
            ayC_set_pos(c, t);
            ayC_emit(c, AY_OP_BINARY_SLICE, 0);
            ayC_expr(c, s->v.AugAssign.value);
            ayC_set_pos(c, s);
            ayC_emit(c, AY_OP_BINARY_OP, op);
            ayC_emit(c, AY_OP_SWAP, 4);
            ayC_emit(c, AY_OP_SWAP, 3);
            ayC_emit(c, AY_OP_SWAP, 2);
            ayC_emit(c, AY_OP_STORE_SLICE, 0);
        } else {
            ayC_expr(c, sl);
            ayC_emit(c, AY_OP_COPY, 2);
            ayC_emit(c, AY_OP_COPY, 2);
            ayC_set_pos(c, t);
            ayC_emit(c, AY_OP_BINARY_SUBSCR, 0);
            ayC_expr(c, s->v.AugAssign.value);
            ayC_set_pos(c, s);
            ayC_emit(c, AY_OP_BINARY_OP, op);
            ayC_emit(c, AY_OP_SWAP, 3);
            ayC_emit(c, AY_OP_SWAP, 2);
            ayC_emit(c, AY_OP_STORE_SUBSCR, 0);
        }
        break;
    }
    default: ayC_error(c, t, "'%s' is an illegal expression for augmented assignment", "expression");
    }
}

static void ann_assign(Compiler *c, const AyNode *s) {
    const AyNode *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        ayC_expr(c, s->v.AnnAssign.value);
        ayC_store_target(c, t);
    }
    // module and class bodies record simple annotations in __annotations__
    if (t->kind == AyAst_Name && s->v.AnnAssign.simple && c->u->scope->kind != AY_SCOPE_FUNCTION) {
        if (c->future_annotations) ayC_annotation_text(c, s->v.AnnAssign.annotation);
        else ayC_expr(c, s->v.AnnAssign.annotation);
        ayC_nameop(c, "__annotations__", AY_LOAD);
        ayC_load_const(c, ayV_from_obj(ayC_intern(c, t->v.Name.id)));
        ayC_emit(c, AY_OP_STORE_SUBSCR, 0);
    } else if (t->kind != AyAst_Name && c->u->scope->kind != AY_SCOPE_FUNCTION && !c->future_annotations) {
        ayC_expr(c, s->v.AnnAssign.annotation);
        ayC_emit(c, AY_OP_POP_TOP, 0);
    }
}

static void delete_target(Compiler *c, const AyNode *t) {
    ayC_set_pos(c, t);
    switch (t->kind) {
    case AyAst_Name: ayC_nameop(c, t->v.Name.id, AY_DEL); break;
    case AyAst_Attribute:
        ayC_expr(c, t->v.Attribute.value);
        ayC_set_pos(c, t);
        ayC_emit(c, AY_OP_DELETE_ATTR, ayC_attr_name(c, t->v.Attribute.attr));
        break;
    case AyAst_Subscript:
        ayC_expr(c, t->v.Subscript.value);
        ayC_expr(c, t->v.Subscript.slice);
        ayC_set_pos(c, t);
        ayC_emit(c, AY_OP_DELETE_SUBSCR, 0);
        break;
    case AyAst_Tuple:
    case AyAst_List: {
        const AyNodeList *elts = t->kind == AyAst_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < elts->len; i++) delete_target(c, elts->items[i]);
        break;
    }
    default: ayC_error(c, t, "cannot delete expression");
    }
}

// }====
// {==== statements

static void return_stmt(Compiler *c, const AyNode *s) {
    Unit *u = c->u;
    if (u->scope->kind != AY_SCOPE_FUNCTION || u->scope->is_comprehension) ayC_error(c, s, "'return' outside function");
    const AyNode *v = s->v.Return.value;
    if (v && (u->flags & AY_CO_ASYNC_GENERATOR)) ayC_error(c, s, "'return' with value in async generator");
    bool preserve = v && v->kind != AyAst_Constant;
    if (preserve) ayC_expr(c, v);
    if (!ayC_unwind_fblock_stack(c, preserve, NULL))
        ayC_error(c, s, "'break', 'continue' and 'return' cannot appear in an except* block");
    ayC_set_pos(c, s);
    if (preserve) ayC_emit(c, AY_OP_RETURN_VALUE, 0);
    else if (v) ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, ayC_const_value(c, v)));
    else ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, AY_NONE));
    restore_handlers(c);
}

static void break_continue(Compiler *c, const AyNode *s, bool is_break) {
    FBlock *loop = NULL;
    if (!ayC_unwind_fblock_stack(c, false, &loop))
        ayC_error(c, s, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (!loop) ayC_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    ayC_set_pos(c, s);
    if (is_break) {
        unwind_fblock(c, loop, false);
        ayC_jump(c, AY_OP_JUMP, loop->exit);
    } else {
        ayC_jump(c, AY_OP_JUMP, loop->block);
    }
    restore_handlers(c);
}

static void raise_stmt(Compiler *c, const AyNode *s) {
    int n = 0;
    if (s->v.Raise.exc) {
        ayC_expr(c, s->v.Raise.exc);
        n++;
        if (s->v.Raise.cause) {
            ayC_expr(c, s->v.Raise.cause);
            n++;
        }
    }
    ayC_set_pos(c, s);
    ayC_emit(c, AY_OP_RAISE_VARARGS, n);
}

static void assert_stmt(Compiler *c, const AyNode *s) {
    ayC_check_assert(c, s);
    int end = ayC_new_label(c);
    ayC_jump_if(c, s->v.Assert.test, end, true);
    ayC_set_pos(c, s);
    ayC_emit(c, AY_OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.Assert.msg) {
        ayC_emit(c, AY_OP_PUSH_NULL, 0);
        ayC_expr(c, s->v.Assert.msg);
        ayC_set_pos(c, s);
        ayC_emit(c, AY_OP_CALL, 1);
    }
    ayC_emit(c, AY_OP_RAISE_VARARGS, 1);
    ayC_use_label(c, end);
}

static void if_stmt(Compiler *c, const AyNode *s) {
    int end = ayC_new_label(c);
    int next = s->v.If.orelse.len ? ayC_new_label(c) : end;
    ayC_jump_if(c, s->v.If.test, next, false);
    ayC_stmts(c, &s->v.If.body);
    if (s->v.If.orelse.len) {
        ayC_jump(c, AY_OP_JUMP, end);
        ayC_use_label(c, next);
        ayC_stmts(c, &s->v.If.orelse);
    }
    ayC_use_label(c, end);
}

void ayC_stmt(Compiler *c, const AyNode *s) {
    if (++c->nesting > 1000) ayC_error(c, s, "too many statically nested blocks");
    ayC_set_pos(c, s);
    switch (s->kind) {
    case AyAst_FunctionDef:
    case AyAst_AsyncFunctionDef: function_def(c, s); break;
    case AyAst_ClassDef: class_def(c, s); break;
    case AyAst_TypeAlias: ayC_type_alias(c, s); break;
    case AyAst_Return: return_stmt(c, s); break;
    case AyAst_Delete:
        for (int i = 0; i < s->v.Delete.targets.len; i++) delete_target(c, s->v.Delete.targets.items[i]);
        break;
    case AyAst_Assign: {
        const AyNodeList *t = &s->v.Assign.targets;
        ayC_expr(c, s->v.Assign.value);
        for (int i = 0; i < t->len; i++) {
            if (i < t->len - 1) ayC_emit(c, AY_OP_COPY, 1);
            ayC_store_target(c, t->items[i]);
        }
        break;
    }
    case AyAst_AugAssign: aug_assign(c, s); break;
    case AyAst_AnnAssign: ann_assign(c, s); break;
    case AyAst_For: for_stmt(c, s); break;
    case AyAst_AsyncFor: async_for_stmt(c, s); break;
    case AyAst_While: while_stmt(c, s); break;
    case AyAst_If: if_stmt(c, s); break;
    case AyAst_With: with_stmt(c, s, 0, false); break;
    case AyAst_AsyncWith: with_stmt(c, s, 0, true); break;
    case AyAst_Match: ayC_match(c, s); break;
    case AyAst_Raise: raise_stmt(c, s); break;
    case AyAst_Try: try_stmt(c, s, false); break;
    case AyAst_TryStar: try_stmt(c, s, true); break;
    case AyAst_Assert: assert_stmt(c, s); break;
    case AyAst_Import: import_stmt(c, s); break;
    case AyAst_ImportFrom: import_from(c, s); break;
    case AyAst_Global:
    case AyAst_Nonlocal:
    case AyAst_Pass:
        break;
    case AyAst_Expr: {
        const AyNode *v = s->v.Expr.value;
        if (c->interactive && c->u->is_module) {
            ayC_expr(c, v);
            ayC_set_pos(c, s);
            ayC_emit(c, AY_OP_CALL_INTRINSIC_1, AY_INTRINSIC_PRINT_EXPR);
            ayC_emit(c, AY_OP_POP_TOP, 0);
        } else if (v->kind == AyAst_Constant) {
            // a bare constant (docstring-like) does nothing
        } else {
            ayC_expr(c, v);
            ayC_emit(c, AY_OP_POP_TOP, 0);
        }
        break;
    }
    case AyAst_Break: break_continue(c, s, true); break;
    case AyAst_Continue: break_continue(c, s, false); break;
    default: ayC_error(c, s, "internal error: unexpected statement");
    }
    c->nesting--;
}

void ayC_stmts(Compiler *c, const AyNodeList *l) {
    for (int i = 0; i < l->len; i++) ayC_stmt(c, l->items[i]);
}
