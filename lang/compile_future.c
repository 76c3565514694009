// Future statements and PEP 563 annotations.
//
// `from __future__ import ...` must lead the module (after its docstring);
// the compiler checks the feature names, and `annotations` makes every
// annotation a string: the expression written back as source text in
// CPython's normalised form (ast.unparse's spacing, quotes and parentheses).
// The import itself still runs, binding the feature objects of lib/__future__.py.

#include "compile_int.h"

#include <math.h>
#include <string.h>

// {==== future statements

static bool is_future_import(const AyNode *s) {
    return s->kind == AyAst_ImportFrom && s->v.ImportFrom.level == 0 && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

// Features that still parse and compile as they did: accepted and ignored.
static const char *const settled_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", NULL,
};

static void feature_error(Compiler *c, const AyNode *s, const char *fmt, const char *name) {
    // CPython marks the statement's start, with no end
    AyNode at = *s;
    at.end_lineno = at.lineno;
    at.end_col_offset = at.col_offset;
    ayC_error(c, &at, fmt, name);
}

void ayC_future_scan(Compiler *c, const AyNodeList *body) {
    c->future_end = NULL;
    int i = 0;
    if (body->len && body->items[0]->kind == AyAst_Expr && body->items[0]->v.Expr.value->kind == AyAst_Constant &&
        body->items[0]->v.Expr.value->v.Constant.value.kind == AY_CONST_STR)
        i = 1;
    for (; i < body->len && is_future_import(body->items[i]); i++) {
        const AyNode *s = body->items[i];
        const AyNodeList *names = &s->v.ImportFrom.names;
        for (int k = 0; k < names->len; k++) {
            const char *name = names->items[k]->v.alias.name;
            if (strcmp(name, "annotations") == 0) {
                c->future_annotations = 1;
                continue;
            }
            if (strcmp(name, "braces") == 0) feature_error(c, s, "%s", "not a chance");
            int known = 0;
            for (const char *const *f = settled_features; *f && !known; f++) known = strcmp(*f, name) == 0;
            if (!known) feature_error(c, s, "future feature %s is not defined", name);
        }
        c->future_end = s;
    }
}

void ayC_future_check_placement(Compiler *c, const AyNode *s) {
    if (!is_future_import(s)) return;
    const AyNode *end = c->future_end;
    // statements are compiled once each, so the leading block is exactly
    // those up to and including future_end
    if (end && (s->lineno < end->lineno || (s->lineno == end->lineno && s->col_offset <= end->col_offset))) return;
    ayC_error(c, s, "from __future__ imports must occur at the beginning of the file");
}

// }====
// {==== annotations as text

// Binding strengths, loosest first (ast.unparse's order).
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_ATOM,
};

typedef struct Unparser {
    Compiler *c;
    AyBuf buf;
} Unparser;

static void expr(Unparser *u, const AyNode *e, int level);

static void add(Unparser *u, const char *s) { ayBuf_adds(&u->buf, s); }

static void open_if(Unparser *u, bool cond) {
    if (cond) add(u, "(");
}

static void close_if(Unparser *u, bool cond) {
    if (cond) add(u, ")");
}

static void expr_list(Unparser *u, const AyNodeList *l, int level) {
    for (int i = 0; i < l->len; i++) {
        if (i) add(u, ", ");
        expr(u, l->items[i], level);
    }
}

static int binop_level(int op) {
    switch (op) {
    case AY_OP_BitOr: return PR_BOR;
    case AY_OP_BitXor: return PR_BXOR;
    case AY_OP_BitAnd: return PR_BAND;
    case AY_OP_LShift: case AY_OP_RShift: return PR_SHIFT;
    case AY_OP_Add: case AY_OP_Sub: return PR_ARITH;
    case AY_OP_Pow: return PR_POWER;
    default: return PR_TERM;
    }
}

static const char *const binop_text[] = {
#define AY_OP_TEXT(name, sym) sym,
    "", AY_AST_OPERATORS(AY_OP_TEXT)
#undef AY_OP_TEXT
};
static const char *const cmpop_text[] = {
#define AY_OP_TEXT(name, sym) sym,
    "", AY_AST_CMPOPS(AY_OP_TEXT)
#undef AY_OP_TEXT
};

static void constant(Unparser *u, const AyNode *e) {
    const AyConst *k = &e->v.Constant.value;
    if (k->kind == AY_CONST_ELLIPSIS) {
        add(u, "...");
        return;
    }
    // infinities have no literal: the shortest overflowing one stands in
    if ((k->kind == AY_CONST_FLOAT || k->kind == AY_CONST_COMPLEX) && isinf(k->f)) {
        add(u, k->kind == AY_CONST_COMPLEX ? "1e309j" : "1e309");
        return;
    }
    if (e->v.Constant.kind) add(u, e->v.Constant.kind);  // the u of u'...'
    if (!ayBuf_add_repr(&u->buf, ayC_const_value(u->c, e))) ayC_nomem(u->c);
}

static void arguments(Unparser *u, const AyNode *a) {
    const AyNodeList *pos = &a->v.arguments.posonlyargs, *args = &a->v.arguments.args;
    int npos = pos->len + args->len, ndef = a->v.arguments.defaults.len;
    bool first = true;
    for (int i = 0; i < npos; i++) {
        const AyNode *p = i < pos->len ? pos->items[i] : args->items[i - pos->len];
        if (!first) add(u, ", ");
        first = false;
        add(u, p->v.arg.arg);
        if (i >= npos - ndef) {
            add(u, "=");
            expr(u, a->v.arguments.defaults.items[i - (npos - ndef)], PR_TEST);
        }
        if (i == pos->len - 1) add(u, ", /");
    }
    const AyNodeList *kwonly = &a->v.arguments.kwonlyargs;
    if (a->v.arguments.vararg || kwonly->len) {
        if (!first) add(u, ", ");
        first = false;
        add(u, "*");
        if (a->v.arguments.vararg) add(u, a->v.arguments.vararg->v.arg.arg);
    }
    for (int i = 0; i < kwonly->len; i++) {
        add(u, ", ");
        add(u, kwonly->items[i]->v.arg.arg);
        const AyNode *d = a->v.arguments.kw_defaults.items[i];
        if (d) {
            add(u, "=");
            expr(u, d, PR_TEST);
        }
    }
    if (a->v.arguments.kwarg) {
        if (!first) add(u, ", ");
        add(u, "**");
        add(u, a->v.arguments.kwarg->v.arg.arg);
    }
}

static void generators(Unparser *u, const AyNodeList *gens) {
    for (int i = 0; i < gens->len; i++) {
        const AyNode *g = gens->items[i];
        add(u, g->v.comprehension.is_async ? " async for " : " for ");
        expr(u, g->v.comprehension.target, PR_TUPLE);
        add(u, " in ");
        expr(u, g->v.comprehension.iter, PR_TEST + 1);
        for (int k = 0; k < g->v.comprehension.ifs.len; k++) {
            add(u, " if ");
            expr(u, g->v.comprehension.ifs.items[k], PR_TEST + 1);
        }
    }
}

// A subscript's index: a tuple goes without parentheses.
static void index_expr(Unparser *u, const AyNode *e) {
    if (e->kind != AyAst_Tuple || !e->v.Tuple.elts.len) {
        expr(u, e, PR_TUPLE);
        return;
    }
    expr_list(u, &e->v.Tuple.elts, PR_TEST);
    if (e->v.Tuple.elts.len == 1) add(u, ",");
}

static void source_text(Unparser *u, const AyNode *e) {
    // f-strings are written back as they were typed
    Compiler *c = u->c;
    const char *p = c->src, *end = c->src + c->srclen;
    for (int line = 1; line < e->lineno && p < end; p++)
        if (*p == '\n') line++;
    const char *start = p + e->col_offset;
    const char *stop = p;
    for (int line = e->lineno; line < e->end_lineno && stop < end; stop++)
        if (*stop == '\n') line++;
    stop += e->end_col_offset;
    if (start <= stop && stop <= end) ayBuf_add(&u->buf, start, (size_t)(stop - start));
}

static void expr(Unparser *u, const AyNode *e, int level) {
    int pr;
    switch (e->kind) {
    case AyAst_BoolOp: {
        pr = e->v.BoolOp.op == AY_BOOL_And ? PR_AND : PR_OR;
        open_if(u, level > pr);
        for (int i = 0; i < e->v.BoolOp.values.len; i++) {
            if (i) add(u, e->v.BoolOp.op == AY_BOOL_And ? " and " : " or ");
            expr(u, e->v.BoolOp.values.items[i], pr + 1);
        }
        close_if(u, level > pr);
        break;
    }
    case AyAst_BinOp: {
        pr = binop_level(e->v.BinOp.op);
        bool right_assoc = e->v.BinOp.op == AY_OP_Pow;
        open_if(u, level > pr);
        expr(u, e->v.BinOp.left, right_assoc ? pr + 1 : pr);
        add(u, " ");
        add(u, binop_text[e->v.BinOp.op]);
        add(u, " ");
        expr(u, e->v.BinOp.right, right_assoc ? pr : pr + 1);
        close_if(u, level > pr);
        break;
    }
    case AyAst_UnaryOp: {
        static const char *const text[] = {"", "~", "not ", "+", "-"};
        pr = e->v.UnaryOp.op == AY_UOP_Not ? PR_NOT : PR_FACTOR;
        open_if(u, level > pr);
        add(u, text[e->v.UnaryOp.op]);
        expr(u, e->v.UnaryOp.operand, pr);
        close_if(u, level > pr);
        break;
    }
    case AyAst_Lambda: {
        const AyNode *a = e->v.Lambda.args;
        bool has_args = a->v.arguments.posonlyargs.len || a->v.arguments.args.len || a->v.arguments.vararg ||
                        a->v.arguments.kwonlyargs.len || a->v.arguments.kwarg;
        open_if(u, level > PR_TEST);
        add(u, has_args ? "lambda " : "lambda");
        arguments(u, a);
        add(u, ": ");
        expr(u, e->v.Lambda.body, PR_TEST);
        close_if(u, level > PR_TEST);
        break;
    }
    case AyAst_IfExp:
        open_if(u, level > PR_TEST);
        expr(u, e->v.IfExp.body, PR_TEST + 1);
        add(u, " if ");
        expr(u, e->v.IfExp.test, PR_TEST + 1);
        add(u, " else ");
        expr(u, e->v.IfExp.orelse, PR_TEST);
        close_if(u, level > PR_TEST);
        break;
    case AyAst_Dict:
        add(u, "{");
        for (int i = 0; i < e->v.Dict.values.len; i++) {
            if (i) add(u, ", ");
            const AyNode *k = e->v.Dict.keys.items[i];
            if (k) {
                expr(u, k, PR_TEST);
                add(u, ": ");
                expr(u, e->v.Dict.values.items[i], PR_TEST);
            } else {
                add(u, "**");
                expr(u, e->v.Dict.values.items[i], PR_BOR);
            }
        }
        add(u, "}");
        break;
    case AyAst_Set:
        if (!e->v.Set.elts.len) {
            add(u, "{*()}");  // no literal for the empty set
            break;
        }
        add(u, "{");
        expr_list(u, &e->v.Set.elts, PR_TEST);
        add(u, "}");
        break;
    case AyAst_ListComp:
    case AyAst_SetComp:
    case AyAst_GeneratorExp: {
        const char *brackets = e->kind == AyAst_ListComp ? "[]" : e->kind == AyAst_SetComp ? "{}" : "()";
        ayBuf_add(&u->buf, brackets, 1);
        expr(u, e->v.ListComp.elt, PR_TEST);  // the same fields in all three
        generators(u, &e->v.ListComp.generators);
        ayBuf_add(&u->buf, brackets + 1, 1);
        break;
    }
    case AyAst_DictComp:
        add(u, "{");
        expr(u, e->v.DictComp.key, PR_TEST);
        add(u, ": ");
        expr(u, e->v.DictComp.value, PR_TEST);
        generators(u, &e->v.DictComp.generators);
        add(u, "}");
        break;
    case AyAst_Await:
        ayC_error(u->c, e, "await expression cannot be used within an annotation");
        break;
    case AyAst_Yield:
    case AyAst_YieldFrom:
        ayC_error(u->c, e, "yield expression cannot be used within an annotation");
        break;
    case AyAst_NamedExpr:
        ayC_error(u->c, e, "named expression cannot be used within an annotation");
        break;
    case AyAst_Compare:
        open_if(u, level > PR_CMP);
        expr(u, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.Compare.comparators.len; i++) {
            add(u, " ");
            add(u, cmpop_text[e->v.Compare.ops.items[i]]);
            add(u, " ");
            expr(u, e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        close_if(u, level > PR_CMP);
        break;
    case AyAst_Call: {
        expr(u, e->v.Call.func, PR_ATOM);
        const AyNodeList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
        // a lone generator argument keeps just the call's parentheses
        if (args->len == 1 && !kws->len && args->items[0]->kind == AyAst_GeneratorExp) {
            expr(u, args->items[0], PR_TEST);
            break;
        }
        add(u, "(");
        expr_list(u, args, PR_TEST);
        for (int i = 0; i < kws->len; i++) {
            if (i || args->len) add(u, ", ");
            const AyNode *kw = kws->items[i];
            if (kw->v.keyword.arg) {
                add(u, kw->v.keyword.arg);
                add(u, "=");
            } else {
                add(u, "**");
            }
            expr(u, kw->v.keyword.value, PR_TEST);
        }
        add(u, ")");
        break;
    }
    case AyAst_Constant: constant(u, e); break;
    case AyAst_Attribute: {
        const AyNode *v = e->v.Attribute.value;
        expr(u, v, PR_ATOM);
        // `1 .real`: a dot right after digits would read as a float
        bool int_literal = v->kind == AyAst_Constant &&
                           (v->v.Constant.value.kind == AY_CONST_INT || v->v.Constant.value.kind == AY_CONST_BIGINT);
        add(u, int_literal ? " ." : ".");
        add(u, e->v.Attribute.attr);
        break;
    }
    case AyAst_Subscript:
        expr(u, e->v.Subscript.value, PR_ATOM);
        add(u, "[");
        index_expr(u, e->v.Subscript.slice);
        add(u, "]");
        break;
    case AyAst_Starred:
        add(u, "*");
        expr(u, e->v.Starred.value, PR_BOR);
        break;
    case AyAst_Name: add(u, e->v.Name.id); break;
    case AyAst_List:
        add(u, "[");
        expr_list(u, &e->v.List.elts, PR_TEST);
        add(u, "]");
        break;
    case AyAst_Tuple:
        if (!e->v.Tuple.elts.len) {
            add(u, "()");
            break;
        }
        open_if(u, level > PR_TUPLE);
        expr_list(u, &e->v.Tuple.elts, PR_TEST);
        if (e->v.Tuple.elts.len == 1) add(u, ",");
        close_if(u, level > PR_TUPLE);
        break;
    case AyAst_Slice:
        if (e->v.Slice.lower) expr(u, e->v.Slice.lower, PR_TEST);
        add(u, ":");
        if (e->v.Slice.upper) expr(u, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            add(u, ":");
            expr(u, e->v.Slice.step, PR_TEST);
        }
        break;
    default: source_text(u, e); break;
    }
}

void ayC_annotation_text(Compiler *c, const AyNode *e) {
    Unparser u = {.c = c};
    ayBuf_init(&u.buf, c->vm);
    expr(&u, e, PR_TEST);
    AyValue s = ayBuf_finish(&u.buf);
    if (!s) ayC_nomem(c);
    ayC_load_const(c, s);
}

// }====
