// The compile-time SyntaxWarnings CPython gives for code that is valid but
// almost certainly a mistake: `x is "a"`, `(1)(2)`, `None[0]`, `[1, 2]["a"]`,
// `assert (x, "msg")`; and the parser's invalid escape sequences.
//
// Warnings are collected while compiling and shown afterwards: showing one may
// run Python code (the warnings module's filters), which must not happen while
// the compiler holds objects the GC does not see.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_int.h"

void ayC_warnings_add(AyArena *arena, AyCompileWarnings *w, AyCompileWarning at, const char *msg) {
    if (w->n == w->cap) {
        int cap = w->cap ? w->cap * 2 : 8;
        AyCompileWarning *items = ayArena_alloc(arena, sizeof *items * (size_t)cap);
        if (!items) return;  // out of memory: the warning is dropped, compilation goes on
        if (w->n) memcpy(items, w->items, sizeof *items * (size_t)w->n);
        w->items = items;
        w->cap = cap;
    }
    char *m = ayArena_strdup(arena, msg, strlen(msg));
    if (!m) return;
    at.msg = m;
    w->items[w->n++] = at;
}

// Line `lineno` of src with its newline, in a malloc'd copy as AySyntaxError
// holds its text (NULL without a source or on OOM).
static char *source_line(const char *src, size_t srclen, int lineno) {
    if (!src) return NULL;
    const char *p = src, *end = src + srclen;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    char *line = malloc(n + 2);
    if (!line) return NULL;
    memcpy(line, p, n);
    line[n] = '\n';
    line[n + 1] = 0;
    return line;
}

bool ayC_warnings_show(AyVM *vm, const AyCompileWarnings *w, const char *filename, const char *src, size_t srclen) {
    for (int i = 0; i < w->n; i++) {
        const AyCompileWarning *at = &w->items[i];
        if (ayErr_warn_explicit(vm, AY_EXC(vm, SyntaxWarning), at->msg, filename, at->lineno)) continue;
        if (!ayErr_matches(vm, AY_EXC(vm, SyntaxWarning))) return false;
        ayErr_clear(vm);
        AySyntaxError err = {.type = "SyntaxError", .lineno = at->lineno, .offset = at->col + 1,
                             .end_lineno = at->end_lineno, .end_offset = at->end_col + 1};
        snprintf(err.msg, sizeof err.msg, "%s", at->msg);
        if (at->with_text) err.text = source_line(src, srclen, at->lineno);
        ayCompile_raise(vm, filename, &err);
        aySyntaxError_clear(&err);
        return false;
    }
    return true;
}

static void warn(Compiler *c, const AyNode *at, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    AyCompileWarning span = {at->lineno, at->col_offset, at->end_lineno, at->end_col_offset, false, NULL};
    ayC_warnings_add(c->arena, &c->warnings, span, msg);
}

// -5, +1.5, ~3, -True: CPython folds a sign on a number (or bool) into
// the constant; returns the number, or NULL.
static const AyNode *signed_number(const AyNode *e) {
    while (e->kind == AyAst_UnaryOp && e->v.UnaryOp.op != AY_UOP_Not) e = e->v.UnaryOp.operand;
    if (e->kind != AyAst_Constant) return NULL;
    AyConstKind k = e->v.Constant.value.kind;
    if (k == AY_CONST_INT || k == AY_CONST_BIGINT || k == AY_CONST_FLOAT || k == AY_CONST_COMPLEX ||
        k == AY_CONST_TRUE || k == AY_CONST_FALSE)
        return e;
    return NULL;
}

// The type a literal or display evaluates to, as CPython's compiler infers it.
static const char *literal_type(const AyNode *e) {
    if (e->kind == AyAst_UnaryOp && signed_number(e)) {
        e = signed_number(e);
        if (e->v.Constant.value.kind == AY_CONST_TRUE || e->v.Constant.value.kind == AY_CONST_FALSE) return "int";
    }
    switch (e->kind) {
    case AyAst_Tuple: return "tuple";
    case AyAst_List: case AyAst_ListComp: return "list";
    case AyAst_Dict: case AyAst_DictComp: return "dict";
    case AyAst_Set: case AyAst_SetComp: return "set";
    case AyAst_GeneratorExp: return "generator";
    case AyAst_Lambda: return "function";
    case AyAst_JoinedStr: case AyAst_FormattedValue: return "str";
    case AyAst_Constant:
        switch (e->v.Constant.value.kind) {
        case AY_CONST_NONE: return "NoneType";
        case AY_CONST_TRUE: case AY_CONST_FALSE: return "bool";
        case AY_CONST_ELLIPSIS: return "ellipsis";
        case AY_CONST_INT: case AY_CONST_BIGINT: return "int";
        case AY_CONST_FLOAT: return "float";
        case AY_CONST_COMPLEX: return "complex";
        case AY_CONST_STR: return "str";
        case AY_CONST_BYTES: return "bytes";
        }
        break;
    default: break;
    }
    return NULL;
}

// `is` may fairly be used with the singletons only. (A tuple of constants
// counts: CPython folds it into a constant before checking.)
static bool is_literal(const AyNode *e) {
    if (e->kind == AyAst_Tuple) return ayC_is_const(e);
    if (e->kind == AyAst_UnaryOp) return signed_number(e) != NULL;
    if (e->kind != AyAst_Constant) return false;
    AyConstKind k = e->v.Constant.value.kind;
    return k != AY_CONST_NONE && k != AY_CONST_TRUE && k != AY_CONST_FALSE && k != AY_CONST_ELLIPSIS;
}

void ayC_check_compare(Compiler *c, const AyNode *e) {
    const AyNode *left = e->v.Compare.left;
    for (int i = 0; i < e->v.Compare.ops.len; i++) {
        const AyNode *right = e->v.Compare.comparators.items[i];
        int op = e->v.Compare.ops.items[i];
        if ((op == AY_CMP_Is || op == AY_CMP_IsNot) && (is_literal(left) || is_literal(right))) {
            const char *type = literal_type(is_literal(left) ? left : right);
            if (op == AY_CMP_Is) warn(c, e, "\"is\" with '%s' literal. Did you mean \"==\"?", type);
            else warn(c, e, "\"is not\" with '%s' literal. Did you mean \"!=\"?", type);
            return;
        }
        left = right;
    }
}

void ayC_check_caller(Compiler *c, const AyNode *f) {
    switch (f->kind) {
    case AyAst_Constant: case AyAst_Tuple: case AyAst_List: case AyAst_ListComp: case AyAst_Dict:
    case AyAst_DictComp: case AyAst_Set: case AyAst_SetComp: case AyAst_GeneratorExp: case AyAst_JoinedStr:
    case AyAst_FormattedValue:
        warn(c, f, "'%s' object is not callable; perhaps you missed a comma?", literal_type(f));
        break;
    default: break;
    }
}

static bool is_str_or_bytes(const AyNode *e) {
    return e->kind == AyAst_Constant &&
           (e->v.Constant.value.kind == AY_CONST_STR || e->v.Constant.value.kind == AY_CONST_BYTES);
}

void ayC_check_subscript(Compiler *c, const AyNode *value, const AyNode *index) {
    bool unsubscriptable;
    switch (value->kind) {
    case AyAst_Constant: unsubscriptable = !is_str_or_bytes(value); break;
    case AyAst_Set: case AyAst_SetComp: case AyAst_GeneratorExp: case AyAst_Lambda: unsubscriptable = true; break;
    default: unsubscriptable = false; break;
    }
    if (unsubscriptable) {
        warn(c, value, "'%s' object is not subscriptable; perhaps you missed a comma?", literal_type(value));
        return;
    }
    // a sequence display indexed by a literal that cannot be an index
    const char *itype = literal_type(index);
    if (!itype || !strcmp(itype, "int") || !strcmp(itype, "bool")) return;
    switch (value->kind) {
    case AyAst_Constant: case AyAst_Tuple: case AyAst_List: case AyAst_ListComp: case AyAst_JoinedStr:
    case AyAst_FormattedValue:
        if (value->kind != AyAst_Constant || is_str_or_bytes(value))
            warn(c, value, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                 literal_type(value), itype);
        break;
    default: break;
    }
}

void ayC_check_assert(Compiler *c, const AyNode *s) {
    const AyNode *t = s->v.Assert.test;
    if (t->kind == AyAst_Tuple && t->v.Tuple.elts.len > 0)
        warn(c, s, "assertion is always true, perhaps remove parentheses?");
}
