// Internal interface between the compiler's files: emission and assembly
// (compile.c), expressions (compile_expr.c) and statements (compile_stmt.c).
#ifndef AY_COMPILE_INT_H
#define AY_COMPILE_INT_H

#include <setjmp.h>

#include "../vm/code.h"
#include "ast.h"
#include "compile.h"
#include "opcodes.h"
#include "scope.h"

// Kinds of enclosing blocks that break/continue/return must unwind.
typedef enum FBlockKind {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
    FB_STOP_ITERATION,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block;               // label of the block start (loops: continue target)
    int exit;                // label after the block (loops: break target)
    const void *datum;       // finally body (AyNodeList*), with statement, handler name
    AyPos pos;
} FBlock;

// An active exception handler (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH).
typedef struct Handler {
    int label;
    int depth;
    int lasti;
    int index;               // position in Unit.handlers
} Handler;

#define MAX_FBLOCKS 20
#define MAX_HANDLERS 64

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    AyScope *scope;
    const char *name;
    AyStr *qualname;
    int firstlineno;
    uint32_t flags;          // AY_CO_*
    bool is_class, is_module, in_async_fn;
    // code being emitted
    AyInstr *code;
    AyPos *pos;
    int16_t *handler;        // per instruction: index into `handlers` or -1
    int ncode, capcode;
    int last_at;             // index of the last instruction emitted, or -1
    int label_at;            // ncode when a label was last bound
    // labels: position (instruction index) and expected stack depth
    int *label_pos, *label_depth;
    int nlabels, caplabels;
    // stack accounting
    int depth, maxdepth;
    bool unreachable;        // after an unconditional jump / return / raise
    // constants and names (AyList of values; dedup via a dict)
    AyList *consts;
    AyDict *const_index;
    AyList *names;
    AyDict *name_index;
    // localsplus: names and kinds
    const char **locals;
    uint8_t *kinds;
    int nlocals_plus, caplocals, nlocals, ncells, nfrees;
    int argcount, posonlyargcount, kwonlyargcount;
    // blocks
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Handler hstack[MAX_HANDLERS];  // compile-time handler stack
    int nhstack;
    Handler saved_hstack[MAX_HANDLERS];  // see ayC_unwind_fblock_stack
    int pending_restore;
    Handler *handlers;       // every handler ever pushed (per-instruction index)
    int nhandlers, caphandlers;
    AyPos curpos;
};

// SyntaxWarnings found while parsing and compiling, shown once compiled
// (compile_warn.c).
typedef struct AyCompileWarning {
    int lineno, col, end_lineno, end_col;  // the span warned about (0-based columns)
    bool with_text;                        // a parser warning: an error made of it quotes the line
    const char *msg;
} AyCompileWarning;
typedef struct AyCompileWarnings {
    AyCompileWarning *items;
    int n, cap;
} AyCompileWarnings;

typedef struct Compiler {
    AyVM *vm;
    AyArena *arena;
    AySymtable st;
    AyStr *filename;
    Unit *u;
    int interactive;         // compile 'single': print expression statements
    int toplevel_await;
    int nesting;             // recursion guard
    jmp_buf fail;            // errors abort compilation (the arena frees the rest)
    bool failed;
    AySyntaxInfo *err;       // filled on SyntaxError
    const char *src;         // source text for error lines
    size_t srclen;
    int future_annotations;  // PEP 563: annotations are kept as strings
    const AyNode *future_end;  // the last of the module's leading future imports
    AyCompileWarnings warnings;
} Compiler;

// {==== compile_future.c: future statements, PEP 563 annotation strings
void ayC_future_scan(Compiler *c, const AyNodeList *body);
void ayC_future_check_placement(Compiler *c, const AyNode *s);
void ayC_annotation_text(Compiler *c, const AyNode *e);
// }====

// {==== compile_warn.c: CPython's compile-time SyntaxWarnings
void ayC_warnings_add(AyArena *arena, AyCompileWarnings *w, AyCompileWarning at, const char *msg);
// Shows the warnings through the warnings module; false (an exception set)
// when its filters turned one into an error: a SyntaxWarning becomes the
// SyntaxError CPython raises at the warning's place, in `src` when given.
bool ayC_warnings_show(AyVM *vm, const AyCompileWarnings *w, const char *filename, const char *src, size_t srclen);
void ayC_check_compare(Compiler *c, const AyNode *e);
void ayC_check_caller(Compiler *c, const AyNode *func);
void ayC_check_subscript(Compiler *c, const AyNode *value, const AyNode *index);
void ayC_check_assert(Compiler *c, const AyNode *s);
// }====

// {==== compile.c: emission
void ayC_error(Compiler *c, const AyNode *at, const char *fmt, ...);
void ayC_nomem(Compiler *c);
int ayC_emit(Compiler *c, AyOpcode op, int arg);
int ayC_new_label(Compiler *c);
void ayC_use_label(Compiler *c, int label);
void ayC_jump(Compiler *c, AyOpcode op, int label);
void ayC_set_pos(Compiler *c, const AyNode *n);
int ayC_const(Compiler *c, AyValue v);
int ayC_const_str(Compiler *c, const char *s);
int ayC_name(Compiler *c, const char *s);
AyStr *ayC_intern(Compiler *c, const char *s);
void ayC_load_const(Compiler *c, AyValue v);
void ayC_push_handler(Compiler *c, int label, bool lasti);
void ayC_pop_handler(Compiler *c);
// Code reached by an exception edge runs under the handlers active where the
// exception was raised: re-activates a handler popped on another path.
void ayC_repush_handler(Compiler *c, Handler h);
Handler ayC_top_handler(Compiler *c);
void ayC_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum);
void ayC_pop_fblock(Compiler *c);
// Unwinds blocks for return/break/continue; see compile_stmt.c.
bool ayC_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);
AyCode *ayC_compile_unit(Compiler *c, AyScope *scope, const char *name, const AyNode *node,
                         void (*body)(Compiler *, const void *), const void *arg, int firstlineno);
int ayC_local_index(Compiler *c, const char *name);
// Emits a load/store/delete of a name according to its scope.
// Private name mangling inside classes (see ayScope_mangle).
const char *ayC_mangle(Compiler *c, const char *name);
// The names-table index of an attribute name, mangled.
int ayC_attr_name(Compiler *c, const char *attr);
void ayC_nameop(Compiler *c, const char *name, int ctx);
// Qualified name of a nested definition.
AyStr *ayC_qualname(Compiler *c, const char *name, bool is_function_scope_child);
void ayC_make_closure(Compiler *c, AyCode *code, int flags);

// {==== compile_expr.c
void ayC_expr(Compiler *c, const AyNode *e);
void ayC_iter_expr(Compiler *c, const AyNode *e);  // for/comprehension iterables
void ayC_exprs(Compiler *c, const AyNodeList *l);
// Compiles a boolean test jumping to `label` when its truth equals `cond`.
void ayC_jump_if(Compiler *c, const AyNode *e, int label, bool cond);
void ayC_store_target(Compiler *c, const AyNode *t);
void ayC_call_helper(Compiler *c, int nprefix, const AyNodeList *args, const AyNodeList *kws);
int ayC_function_defaults(Compiler *c, const AyNode *args);
int ayC_annotations(Compiler *c, const AyNode *args, const AyNode *returns);
void ayC_comprehension_body(Compiler *c, const void *node);
bool ayC_is_const(const AyNode *e);
AyValue ayC_const_value(Compiler *c, const AyNode *e);

// {==== compile_match.c
void ayC_match(Compiler *c, const AyNode *s);

// {==== compile_stmt.c
void ayC_stmt(Compiler *c, const AyNode *s);
void ayC_stmts(Compiler *c, const AyNodeList *l);
void ayC_function_body(Compiler *c, const void *node);
void ayC_class_body(Compiler *c, const void *node);
// Pushes the function of def `s` (defaults, annotations as `flags` say are
// on the stack, as for MAKE_FUNCTION).
void ayC_function_code(Compiler *c, const AyNode *s, int flags);
// Pushes the class of `s` built with `bases`.
void ayC_class_code(Compiler *c, const AyNode *s, const AyNodeList *bases);

// {==== compile_generic.c: PEP 695 type parameters
void ayC_generic_function(Compiler *c, const AyNode *s);
void ayC_generic_class(Compiler *c, const AyNode *s);
void ayC_type_alias(Compiler *c, const AyNode *s);

#endif
