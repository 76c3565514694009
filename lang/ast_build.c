// AST builders called from the grammar actions: they compute CPython's node
// positions, convert expressions parsed in target position (assignment, for,
// del, with, comprehension targets) to Store/Del context, and raise CPython's
// specific syntax errors ("cannot assign to ...", argument order, ...).
//
// Builders accept NULL children (a failed sub-build, with the error already
// recorded) and then return NULL themselves.
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

// {==== Helpers ====

static AyNode *mk(AyParser *p, AyNodeKind k, int l, int c, int el, int ec) {
    if (p->probing) return NULL;
    AyNode *n = ayAst_new(p->arena, k, l, c, el, ec);
    if (!n) ayParse_oom(p);
    return n;
}

// A node spanning from the outer start of `a` to the outer end of `b`.
static AyNode *mk_span(AyParser *p, AyNodeKind k, const AyNode *a, const AyNode *b) {
    int l, c, el, ec, x1, x2;
    ayBuild_extent(p, a, &l, &c, &x1, &x2);
    ayBuild_extent(p, b, &x1, &x2, &el, &ec);
    return mk(p, k, l, c, el, ec);
}

static AyNode *mk_tok_node(AyParser *p, AyNodeKind k, const AyToken *t, const AyNode *b) {
    int x1, x2, el, ec;
    ayBuild_extent(p, b, &x1, &x2, &el, &ec);
    return mk(p, k, t->lineno, t->col, el, ec);
}

static int is_power_of_two(int n) { return (n & (n - 1)) == 0; }

// Appends to a list whose capacity is the next power of two of its length.
static void *grow(AyParser *p, void *items, int len, size_t elsize) {
    if (p->probing) return NULL;
    if (len && !is_power_of_two(len)) return items;
    int cap = len ? len * 2 : 2;
    void *n = ayArena_alloc(p->arena, (size_t)cap * elsize);
    if (!n) {
        ayParse_oom(p);
        return NULL;
    }
    if (len) memcpy(n, items, (size_t)len * elsize);
    return n;
}

// A one-item list.
AyNodeList ayBuild_list1(AyParser *p, AyNode *n) {
    AyNodeList l = {NULL, 0};
    return ayBuild_append(p, l, n);
}

// Appends `n` to `l` (arena storage, doubling).
AyNodeList ayBuild_append(AyParser *p, AyNodeList l, AyNode *n) {
    AyNode **items = grow(p, l.items, l.len, sizeof *items);
    if (!items) return l;
    items[l.len] = n;
    l.items = items;
    l.len++;
    return l;
}

// Appends every item of `b` to `a`.
AyNodeList ayBuild_concat(AyParser *p, AyNodeList a, AyNodeList b) {
    for (int i = 0; i < b.len; i++) a = ayBuild_append(p, a, b.items[i]);
    return a;
}

// A one-item comma list.
AySeq ayBuild_seq1(AyParser *p, AyNode *n) {
    AySeq s = {{NULL, 0}, 0, 0, 0};
    return ayBuild_seq_append(p, s, n);
}

// Appends to a comma list; its end moves to the item's end.
AySeq ayBuild_seq_append(AyParser *p, AySeq s, AyNode *n) {
    s.list = ayBuild_append(p, s.list, n);
    if (n) {
        int x1, x2;
        ayBuild_extent(p, n, &x1, &x2, &s.end_lineno, &s.end_col);
    }
    return s;
}

// Marks a trailing comma, which also ends the list.
AySeq ayBuild_seq_comma(AySeq s, const AyToken *comma) {
    s.comma = 1;
    s.end_lineno = comma->end_lineno;
    s.end_col = comma->end_col;
    return s;
}

// A one-item parameter list.
AyParamList ayBuild_params1(AyParser *p, AyParam item) {
    AyParamList l = {NULL, 0};
    return ayBuild_params_append(p, l, item);
}

// Appends to a parameter list.
AyParamList ayBuild_params_append(AyParser *p, AyParamList l, AyParam item) {
    AyParam *items = grow(p, l.items, l.len, sizeof *items);
    if (!items) return l;
    items[l.len++] = item;
    l.items = items;
    return l;
}

static int list_has_null(AyNodeList l) {
    for (int i = 0; i < l.len; i++)
        if (!l.items[i]) return 1;
    return 0;
}

// }====

// {==== Parenthesized extents ====

static size_t ptr_hash(const void *n) {
    uintptr_t x = (uintptr_t)n;
    x ^= x >> 17;
    x *= 0x9e3779b97f4a7c15ull;
    return (size_t)(x >> 20);
}

static AyParenExtent *paren_slot(AyParser *p, const AyNode *n, int insert) {
    if (insert && (p->parens_len + 1) * 2 > p->parens_cap) {
        size_t ncap = p->parens_cap ? p->parens_cap * 2 : 64;
        AyParenExtent *nt = calloc(ncap, sizeof *nt);
        if (!nt) return NULL;
        for (size_t i = 0; i < p->parens_cap; i++) {
            if (!p->parens[i].node) continue;
            size_t j = ptr_hash(p->parens[i].node) & (ncap - 1);
            while (nt[j].node) j = (j + 1) & (ncap - 1);
            nt[j] = p->parens[i];
        }
        free(p->parens);
        p->parens = nt;
        p->parens_cap = ncap;
    }
    if (!p->parens_cap) return NULL;
    size_t j = ptr_hash(n) & (p->parens_cap - 1);
    while (p->parens[j].node && p->parens[j].node != n) j = (j + 1) & (p->parens_cap - 1);
    if (!p->parens[j].node && !insert) return NULL;
    return &p->parens[j];
}

// The position of `n` including its parentheses, if any.
void ayBuild_extent(AyParser *p, const AyNode *n, int *l, int *c, int *el, int *ec) {
    if (!n) {
        *l = *c = *el = *ec = 0;
        return;
    }
    if (n->flags & AY_NF_PAREN) {
        AyParenExtent *e = paren_slot(p, n, 0);
        if (e) {
            *l = e->lineno, *c = e->col, *el = e->end_lineno, *ec = e->end_col;
            return;
        }
    }
    *l = n->lineno, *c = n->col_offset, *el = n->end_lineno, *ec = n->end_col_offset;
}

// Records that `e` was written in the parentheses `l`..`r`.
AyNode *ayBuild_paren(AyParser *p, AyNode *e, const AyToken *l, const AyToken *r) {
    if (!e) return NULL;
    AyParenExtent *x = paren_slot(p, e, 1);
    if (!x) {
        ayParse_oom(p);
        return NULL;
    }
    if (!x->node) p->parens_len++;
    x->node = e;
    x->lineno = l->lineno, x->col = l->col, x->end_lineno = r->end_lineno, x->end_col = r->end_col;
    e->flags |= AY_NF_PAREN;
    return e;
}

// }====

// {==== Targets ====

// CPython's _PyPegen_get_expr_name: how error messages name an expression.
const char *ayBuild_expr_name(const AyNode *e) {
    switch (e->kind) {
    case AyAst_Attribute: return "attribute";
    case AyAst_Subscript: return "subscript";
    case AyAst_Starred: return "starred";
    case AyAst_Name: return "name";
    case AyAst_List: return "list";
    case AyAst_Tuple: return "tuple";
    case AyAst_Lambda: return "lambda";
    case AyAst_Call: return "function call";
    case AyAst_BoolOp: case AyAst_BinOp: case AyAst_UnaryOp: return "expression";
    case AyAst_GeneratorExp: return "generator expression";
    case AyAst_Yield: case AyAst_YieldFrom: return "yield expression";
    case AyAst_Await: return "await expression";
    case AyAst_ListComp: return "list comprehension";
    case AyAst_SetComp: return "set comprehension";
    case AyAst_DictComp: return "dict comprehension";
    case AyAst_Dict: return "dict literal";
    case AyAst_Set: return "set display";
    case AyAst_JoinedStr: case AyAst_FormattedValue: return "f-string expression";
    case AyAst_Constant:
        switch (e->v.Constant.value.kind) {
        case AY_CONST_NONE: return "None";
        case AY_CONST_TRUE: return "True";
        case AY_CONST_FALSE: return "False";
        case AY_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AyAst_Compare: return "comparison";
    case AyAst_IfExp: return "conditional expression";
    case AyAst_NamedExpr: return "named expression";
    default: return "expression";
    }
}

enum { T_STAR, T_DEL, T_FOR };

// CPython's _PyPegen_get_invalid_target.
static const AyNode *invalid_target(const AyNode *e, int type, int depth) {
    if (!e || depth > 1000) return NULL;
    switch (e->kind) {
    case AyAst_List:
    case AyAst_Tuple: {
        const AyNodeList *l = e->kind == AyAst_List ? &e->v.List.elts : &e->v.Tuple.elts;
        for (int i = 0; i < l->len; i++) {
            const AyNode *c = invalid_target(l->items[i], type, depth + 1);
            if (c) return c;
        }
        return NULL;
    }
    case AyAst_Starred:
        if (type == T_DEL) return e;
        return invalid_target(e->v.Starred.value, type, depth + 1);
    case AyAst_Compare:
        if (type == T_FOR) {
            if (e->v.Compare.ops.items[0] == AY_CMP_In)
                return invalid_target(e->v.Compare.left, type, depth + 1);
            return NULL;
        }
        return e;
    case AyAst_Name: case AyAst_Subscript: case AyAst_Attribute:
        return NULL;
    default:
        return e;
    }
}

// Sets the context of a valid target tree (Name/Attribute/Subscript, and
// List/Tuple/Starred containing them).
static void set_ctx(AyNode *e, int ctx, int depth) {
    if (!e || depth > 1000) return;
    switch (e->kind) {
    case AyAst_Name: e->v.Name.ctx = ctx; break;
    case AyAst_Attribute: e->v.Attribute.ctx = ctx; break;
    case AyAst_Subscript: e->v.Subscript.ctx = ctx; break;
    case AyAst_Starred: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx, depth + 1); break;
    case AyAst_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.len; i++) set_ctx(e->v.List.elts.items[i], ctx, depth + 1);
        break;
    case AyAst_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.len; i++) set_ctx(e->v.Tuple.elts.items[i], ctx, depth + 1);
        break;
    default: break;
    }
}

static int starts_with_excluded(const AyNode *e) {
    // CPython's invalid_named_expression skips bitwise_or expressions that
    // start with a list, tuple, genexp or True/None/False.
    while (e) {
        switch (e->kind) {
        case AyAst_List: case AyAst_Tuple: case AyAst_GeneratorExp: return 1;
        case AyAst_Constant:
            return e->v.Constant.value.kind == AY_CONST_NONE ||
                   e->v.Constant.value.kind == AY_CONST_TRUE ||
                   e->v.Constant.value.kind == AY_CONST_FALSE;
        case AyAst_BinOp: if (e->flags & AY_NF_PAREN) return 0; e = e->v.BinOp.left; break;
        case AyAst_Attribute: e = e->v.Attribute.value; break;
        case AyAst_Subscript: e = e->v.Subscript.value; break;
        case AyAst_Call: e = e->v.Call.func; break;
        default: return 0;
        }
    }
    return 0;
}

static int is_bitor_level(const AyNode *e) {
    if (e->flags & AY_NF_PAREN) return 1;
    switch (e->kind) {
    case AyAst_Compare: case AyAst_BoolOp: case AyAst_IfExp: case AyAst_Lambda:
    case AyAst_NamedExpr: case AyAst_Starred: case AyAst_Yield: case AyAst_YieldFrom:
        return 0;
    case AyAst_Tuple: return 0;
    case AyAst_UnaryOp: return e->v.UnaryOp.op != AY_UOP_Not;
    default: return 1;
    }
}

// Validates and converts an assignment/for/del target (see parse_int.h).
int ayBuild_to_target(AyParser *p, AyNode *e, int type, const AyNode *next, int next_is_last) {
    if (!e) return -1;
    const AyNode *bad = invalid_target(e, type, 0);
    if (!bad) {
        set_ctx(e, type == T_DEL ? AY_DEL : AY_STORE, 0);
        return 0;
    }
    (void)next, (void)next_is_last;
    if (type == T_DEL) {
        ayParse_error_node(p, bad, "cannot delete %s", ayBuild_expr_name(bad));
        return -1;
    }
    ayParse_error_node(p, bad, "cannot assign to %s", ayBuild_expr_name(bad));
    return -1;
}

// }====

// The leftmost bitwise_or-level expression that starts `e` (what CPython's
// invalid_named_expression looks at after a '='), or NULL.
static const AyNode *first_bitor(const AyNode *e) {
    while (e && !(e->flags & AY_NF_PAREN)) {
        switch (e->kind) {
        case AyAst_Tuple:
            if (!e->v.Tuple.elts.len) return e;
            e = e->v.Tuple.elts.items[0];
            break;
        case AyAst_Compare: e = e->v.Compare.left; break;
        case AyAst_BoolOp: e = e->v.BoolOp.values.items[0]; break;
        case AyAst_IfExp: e = e->v.IfExp.body; break;
        case AyAst_UnaryOp: return e->v.UnaryOp.op == AY_UOP_Not ? NULL : e;
        case AyAst_Lambda: case AyAst_Starred: case AyAst_Yield: case AyAst_YieldFrom: case AyAst_NamedExpr:
            return NULL;
        default:
            return e;
        }
    }
    return e;
}

// Reports an invalid assignment the way CPython's second pass does: first
// the "Maybe you meant '=='" checks on the element just before the first
// '=', then the first invalid target. Returns -1 if an error was raised.
int ayBuild_check_assign(AyParser *p, AyNodeList targets, AyNode *value) {
    int bad = 0;
    for (int i = 0; i < targets.len; i++) {
        AyNode *t = targets.items[i];
        if (t->kind == AyAst_Yield || t->kind == AyAst_YieldFrom || invalid_target(t, T_STAR, 0)) bad = 1;
    }
    if (!bad) return 0;
    AyNode *t1 = targets.items[0];
    const AyNode *e = t1;
    if (t1->kind == AyAst_Tuple && !(t1->flags & AY_NF_PAREN) && t1->v.Tuple.elts.len &&
        t1->lineno == t1->v.Tuple.elts.items[0]->lineno &&
        t1->col_offset <= t1->v.Tuple.elts.items[0]->col_offset)
        e = t1->v.Tuple.elts.items[t1->v.Tuple.elts.len - 1];
    const AyNode *next = targets.len > 1 ? targets.items[1] : value;
    const AyNode *fb = first_bitor(next);
    int cond = fb && !(targets.len > 1 && fb == next);
    if (cond && e->kind == AyAst_Name && !(e->flags & AY_NF_PAREN)) {
        int x1, x2, el, ec;
        ayBuild_extent(p, fb, &x1, &x2, &el, &ec);
        ayParse_error_at(p, "SyntaxError", e->lineno, e->col_offset, el, ec,
                         "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return -1;
    }
    if (cond && is_bitor_level(e) && !starts_with_excluded(e)) {
        ayParse_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", ayBuild_expr_name(e));
        return -1;
    }
    for (int i = 0; i < targets.len; i++) {
        AyNode *t = targets.items[i];
        if (t->kind == AyAst_Yield || t->kind == AyAst_YieldFrom) {
            ayParse_error_node(p, t, "assignment to yield expression not possible");
            return -1;
        }
        const AyNode *b = invalid_target(t, T_STAR, 0);
        if (b) {
            ayParse_error_node(p, b, "cannot assign to %s", ayBuild_expr_name(b));
            return -1;
        }
    }
    return 0;
}

// {==== Atoms ====

// A Name (Load) from a NAME token.
AyNode *ayBuild_name(AyParser *p, const AyToken *t) {
    AyNode *n = mk(p, AyAst_Name, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n) return NULL;
    n->v.Name.id = ayParse_intern(p, t->start, t->len);
    n->v.Name.ctx = AY_LOAD;
    return n->v.Name.id ? n : NULL;
}

// A Constant from a NUMBER token.
AyNode *ayBuild_number(AyParser *p, const AyToken *t) {
    AyNode *n = mk(p, AyAst_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n || ayStr_number(p, t, &n->v.Constant.value) < 0) return NULL;
    return n;
}

// None, True, False or Ellipsis.
AyNode *ayBuild_const(AyParser *p, const AyToken *t, AyConstKind kind) {
    AyNode *n = mk(p, AyAst_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n) n->v.Constant.value.kind = kind;
    return n;
}

// A Constant from one STRING token (kind 'u' for a u prefix).
AyNode *ayBuild_string(AyParser *p, const AyToken *t) {
    AyNode *n = mk(p, AyAst_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    int is_u = 0;
    if (!n || ayStr_decode_token(p, t, &n->v.Constant.value, &is_u) < 0) return NULL;
    if (is_u) n->v.Constant.kind = "u";
    return n;
}

static int is_str_const(const AyNode *n) {
    return n->kind == AyAst_Constant && n->v.Constant.value.kind == AY_CONST_STR;
}

// Implicit concatenation (CPython's _PyPegen_concatenate_strings).
AyNode *ayBuild_strings(AyParser *p, AyNodeList parts) {
    if (!parts.len || list_has_null(parts)) return NULL;
    int fstr = 0, ustr = 0, bytes = 0;
    for (int i = 0; i < parts.len; i++) {
        AyNode *e = parts.items[i];
        if (e->kind == AyAst_Constant) {
            if (e->v.Constant.value.kind == AY_CONST_BYTES) bytes = 1;
            else ustr = 1;
        } else {
            fstr = 1;
        }
    }
    AyNode *first = parts.items[0], *last = parts.items[parts.len - 1];
    if ((ustr || fstr) && bytes) {
        // Reported at the token after the strings, as CPython does.
        const AyToken *t = &p->lookahead;
        ayParse_error_at(p, "SyntaxError", t->lineno, t->col, t->lineno, -1, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (!fstr && parts.len == 1) return first;
    if (bytes || !fstr) {
        size_t total = 0;
        for (int i = 0; i < parts.len; i++) total += (size_t)parts.items[i]->v.Constant.value.len;
        char *buf = ayArena_alloc(p->arena, total + 1);
        if (!buf) {
            ayParse_oom(p);
            return NULL;
        }
        size_t off = 0;
        for (int i = 0; i < parts.len; i++) {
            const AyConst *c = &parts.items[i]->v.Constant.value;
            memcpy(buf + off, c->s, (size_t)c->len);
            off += (size_t)c->len;
        }
        AyNode *n = mk(p, AyAst_Constant, first->lineno, first->col_offset, last->end_lineno,
                       last->end_col_offset);
        if (!n) return NULL;
        n->v.Constant.value.kind = bytes ? AY_CONST_BYTES : AY_CONST_STR;
        n->v.Constant.value.s = buf;
        n->v.Constant.value.len = (int)total;
        n->v.Constant.kind = first->v.Constant.kind;
        return n;
    }
    // Flatten f-strings, fold runs of constants, drop empty constants.
    AyNodeList flat = {NULL, 0};
    for (int i = 0; i < parts.len; i++) {
        AyNode *e = parts.items[i];
        if (e->kind == AyAst_JoinedStr) flat = ayBuild_concat(p, flat, e->v.JoinedStr.values);
        else flat = ayBuild_append(p, flat, e);
    }
    AyNodeList values = {NULL, 0};
    for (int i = 0; i < flat.len; i++) {
        AyNode *e = flat.items[i];
        if (is_str_const(e)) {
            int j = i;
            size_t total = 0;
            while (j < flat.len && is_str_const(flat.items[j])) total += (size_t)flat.items[j++]->v.Constant.value.len;
            if (j - i > 1) {
                char *buf = ayArena_alloc(p->arena, total + 1);
                if (!buf) {
                    ayParse_oom(p);
                    return NULL;
                }
                size_t off = 0;
                for (int k = i; k < j; k++) {
                    const AyConst *c = &flat.items[k]->v.Constant.value;
                    memcpy(buf + off, c->s, (size_t)c->len);
                    off += (size_t)c->len;
                }
                AyNode *l = flat.items[j - 1];
                AyNode *n = mk(p, AyAst_Constant, e->lineno, e->col_offset, l->end_lineno, l->end_col_offset);
                if (!n) return NULL;
                n->v.Constant.value.kind = AY_CONST_STR;
                n->v.Constant.value.s = buf;
                n->v.Constant.value.len = (int)total;
                n->v.Constant.kind = e->v.Constant.kind;
                e = n;
            }
            i = j - 1;
            if (e->v.Constant.value.len == 0) continue;
        }
        values = ayBuild_append(p, values, e);
    }
    AyNode *n = mk(p, AyAst_JoinedStr, first->lineno, first->col_offset, last->end_lineno, last->end_col_offset);
    if (n) n->v.JoinedStr.values = values;
    return n;
}

// A Constant for an FSTRING_MIDDLE token; format-spec parts (`decode`) are
// unescaped now, the others by ayBuild_fstring.
AyNode *ayBuild_fmiddle(AyParser *p, const AyToken *t, int decode) {
    AyNode *n = mk(p, AyAst_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n) return NULL;
    if (decode) {
        if (ayStr_decode_fpart(p, t, t->start, t->len, 0, &n->v.Constant.value) < 0) return NULL;
    } else {
        // Decoded by ayBuild_fstring, which knows whether the f-string is raw.
        n->v.Constant.value.kind = AY_CONST_STR;
        n->v.Constant.value.s = t->start;
        n->v.Constant.value.len = t->len;
        n->flags |= AY_NF_FRAW;
    }
    return n;
}

// A JoinedStr: unescapes literal parts, flattens debug fields, drops empty
// parts.
AyNode *ayBuild_fstring(AyParser *p, const AyToken *start, AyNodeList parts, const AyToken *end) {
    if (list_has_null(parts)) return NULL;
    int raw = 0;
    for (int i = 0; i < start->len; i++)
        if (start->start[i] == 'r' || start->start[i] == 'R') raw = 1;
    AyNodeList values = {NULL, 0};
    for (int i = 0; i < parts.len; i++) {
        AyNode *e = parts.items[i];
        if (e->kind == AyAst_JoinedStr) {
            // A debug field `{x=}`: its text constant and value.
            values = ayBuild_concat(p, values, e->v.JoinedStr.values);
            continue;
        }
        if (e->kind == AyAst_Constant && (e->flags & AY_NF_FRAW)) {
            AyToken t = {0};
            t.lineno = e->lineno, t.col = e->col_offset;
            t.end_lineno = e->end_lineno, t.end_col = e->end_col_offset;
            t.start = e->v.Constant.value.s;
            t.len = e->v.Constant.value.len;
            e->flags &= (uint8_t)~AY_NF_FRAW;
            if (ayStr_decode_fpart(p, &t, t.start, t.len, raw, &e->v.Constant.value) < 0) return NULL;
            if (e->v.Constant.value.len == 0) continue;
        }
        values = ayBuild_append(p, values, e);
    }
    AyNode *n = mk(p, AyAst_JoinedStr, start->lineno, start->col, end->end_lineno, end->end_col);
    if (n) n->v.JoinedStr.values = values;
    return n;
}

// The JoinedStr of a format spec, from its ':' to its last part.
AyNode *ayBuild_fspec(AyParser *p, const AyToken *colon, AyNodeList parts) {
    if (list_has_null(parts)) return NULL;
    int el = colon->end_lineno, ec = colon->end_col;
    if (parts.len) {
        AyNode *l = parts.items[parts.len - 1];
        el = l->end_lineno, ec = l->end_col_offset;
    }
    // An empty spec is an empty JoinedStr, as in 3.11.
    if (parts.len == 1 && is_str_const(parts.items[0]) && parts.items[0]->v.Constant.value.len == 0)
        parts.len = 0;
    AyNode *n = mk(p, AyAst_JoinedStr, colon->lineno, colon->col, el, ec);
    if (n) n->v.JoinedStr.values = parts;
    return n;
}

// A FormattedValue for `{expr!c:spec}`; with `=` a JoinedStr holding the
// debug text and the value, flattened by the enclosing f-string.
AyNode *ayBuild_fvalue(AyParser *p, const AyToken *lb, AyNode *e, AyFTail tail, const AyToken *rb) {
    if (!e || (tail.colon.type && !tail.spec)) return NULL;
    int conv = -1;
    if (tail.conv.type) {
        const AyToken *c = &tail.conv;
        if (c->len != 1 || (c->start[0] != 's' && c->start[0] != 'r' && c->start[0] != 'a')) {
            ayParse_error_tok(p, c, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                              c->len, c->start);
            return NULL;
        }
        if (tail.bang.end_col != c->col || tail.bang.end_lineno != c->lineno) {
            ayParse_error_tok(p, c, "f-string: conversion type must come right after the exclamanation mark");
            return NULL;
        }
        conv = c->start[0];
    } else if (tail.debug.type && !tail.spec) {
        conv = 'r';
    }
    AyNode *fv = mk(p, AyAst_FormattedValue, lb->lineno, lb->col, rb->end_lineno, rb->end_col);
    if (!fv) return NULL;
    fv->v.FormattedValue.value = e;
    fv->v.FormattedValue.conversion = conv;
    fv->v.FormattedValue.format_spec = tail.spec;
    if (!tail.debug.type) return fv;
    // The debug text: the source from after '{' up to the conversion, the
    // spec's ':' or the closing '}'.
    const AyToken *stop = tail.conv.type ? &tail.bang : tail.spec ? &tail.colon : rb;
    int del, dec;
    if (tail.conv.type) del = tail.conv.lineno, dec = tail.conv.col;
    else if (tail.spec) del = tail.colon.lineno, dec = tail.colon.col + 1;
    else del = rb->end_lineno, dec = rb->end_col;
    const char *ts = lb->start + 1;
    AyNode *text = mk(p, AyAst_Constant, lb->lineno, lb->col + 1, del, dec - 1);
    if (!text) return NULL;
    text->v.Constant.value.kind = AY_CONST_STR;
    // CPython drops comments ('#' to the end of the line) from the text.
    size_t tlen = (size_t)(stop->start - ts);
    char *txt = ayArena_strdup(p->arena, ts, tlen);
    if (txt && memchr(txt, '#', tlen)) {
        size_t j = 0;
        for (size_t i = 0; i < tlen; i++) {
            if (txt[i] == '#') {
                while (i < tlen && txt[i] != '\n') i++;
                if (i < tlen) txt[j++] = '\n';
            } else {
                txt[j++] = txt[i];
            }
        }
        tlen = j;
        txt[j] = 0;
    }
    text->v.Constant.value.s = txt;
    text->v.Constant.value.len = (int)tlen;
    AyNode *js = mk(p, AyAst_JoinedStr, lb->lineno, lb->col, del, dec);
    if (!js || !text->v.Constant.value.s) return NULL;
    js->v.JoinedStr.values = ayBuild_append(p, ayBuild_list1(p, text), fv);
    return js;
}

static int check_no_starred(AyParser *p, const AyNode *e) {
    if (e && e->kind == AyAst_Starred) {
        ayParse_error_node(p, e, "cannot use starred expression here");
        return -1;
    }
    return 0;
}

// A parenthesized Tuple (positions include the parentheses).
AyNode *ayBuild_tuple(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (list_has_null(s.list)) return NULL;
    AyNode *n = mk(p, AyAst_Tuple, l->lineno, l->col, r->end_lineno, r->end_col);
    if (!n) return NULL;
    n->v.Tuple.elts = s.list;
    n->v.Tuple.ctx = AY_LOAD;
    return n;
}

// A comma list used as one expression: the item itself, or a Tuple without
// parentheses spanning the items (and a trailing comma).
AyNode *ayBuild_seq_expr(AyParser *p, AySeq s) {
    if (!s.list.len || list_has_null(s.list)) return NULL;
    if (s.list.len == 1 && !s.comma) return s.list.items[0];
    int l, c, x1, x2;
    ayBuild_extent(p, s.list.items[0], &l, &c, &x1, &x2);
    AyNode *n = mk(p, AyAst_Tuple, l, c, s.end_lineno, s.end_col);
    if (!n) return NULL;
    n->v.Tuple.elts = s.list;
    n->v.Tuple.ctx = AY_LOAD;
    return n;
}

// A parenthesized expression or tuple.
AyNode *ayBuild_group(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (list_has_null(s.list)) return NULL;
    if (s.list.len == 1 && !s.comma) {
        AyNode *e = s.list.items[0];
        if (check_no_starred(p, e) < 0) return NULL;
        return ayBuild_paren(p, e, l, r);
    }
    AyNode *n = ayBuild_tuple(p, s, l, r);
    if (!n) return NULL;
    for (int i = 0; i < s.list.len; i++)
        if (s.list.items[i]->kind == AyAst_withitem) n->flags |= AY_NF_WITHITEMS;
    return n;
}

// A List display.
AyNode *ayBuild_list(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (list_has_null(s.list)) return NULL;
    AyNode *n = mk(p, AyAst_List, l->lineno, l->col, r->end_lineno, r->end_col);
    if (!n) return NULL;
    n->v.List.elts = s.list;
    n->v.List.ctx = AY_LOAD;
    return n;
}

// A Set display.
AyNode *ayBuild_set(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (list_has_null(s.list)) return NULL;
    AyNode *n = mk(p, AyAst_Set, l->lineno, l->col, r->end_lineno, r->end_col);
    if (n) n->v.Set.elts = s.list;
    return n;
}

// One `key: value` (or `**value`, key NULL) pair, held in a Dict node.
AyNode *ayBuild_dict_item(AyParser *p, AyNode *k, AyNode *v) {
    if (!v) return NULL;
    AyNode *n = mk(p, AyAst_Dict, 0, 0, 0, 0);
    if (!n) return NULL;
    n->v.Dict.keys = ayBuild_list1(p, k);
    n->v.Dict.values = ayBuild_list1(p, v);
    return n;
}

// A Dict display from its pairs.
AyNode *ayBuild_dict(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (list_has_null(s.list)) return NULL;
    AyNode *n = mk(p, AyAst_Dict, l->lineno, l->col, r->end_lineno, r->end_col);
    if (!n) return NULL;
    for (int i = 0; i < s.list.len; i++) {
        n->v.Dict.keys = ayBuild_append(p, n->v.Dict.keys, s.list.items[i]->v.Dict.keys.items[0]);
        n->v.Dict.values = ayBuild_append(p, n->v.Dict.values, s.list.items[i]->v.Dict.values.items[0]);
    }
    return n;
}

// A list/set/dict comprehension or generator expression in brackets.
AyNode *ayBuild_comp(AyParser *p, AyNodeKind kind, AyNode *elt, AyNode *value, AyNodeList gens,
                     const AyToken *l, const AyToken *r) {
    if (!elt || list_has_null(gens) || (kind == AyAst_DictComp && !value)) return NULL;
    if (elt->kind == AyAst_Starred) {
        ayParse_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    AyNode *n = mk(p, kind, l->lineno, l->col, r->end_lineno, r->end_col);
    if (!n) return NULL;
    switch (kind) {
    case AyAst_ListComp: n->v.ListComp.elt = elt; n->v.ListComp.generators = gens; break;
    case AyAst_SetComp: n->v.SetComp.elt = elt; n->v.SetComp.generators = gens; break;
    case AyAst_GeneratorExp: n->v.GeneratorExp.elt = elt; n->v.GeneratorExp.generators = gens; break;
    default:
        n->v.DictComp.key = elt;
        n->v.DictComp.value = value;
        n->v.DictComp.generators = gens;
        break;
    }
    return n;
}

// A `for target in iter if ...` clause (target converted to Store).
AyNode *ayBuild_comp_for(AyParser *p, const AyToken *async, AySeq target, AyNode *iter, AyNodeList ifs) {
    AyNode *t = ayBuild_seq_expr(p, target);
    if (!t || !iter || list_has_null(ifs)) return NULL;
    if (ayBuild_to_target(p, t, T_FOR, NULL, 0) < 0) return NULL;
    AyNode *n = mk(p, AyAst_comprehension, 0, 0, 0, 0);
    if (!n) return NULL;
    n->v.comprehension.target = t;
    n->v.comprehension.iter = iter;
    n->v.comprehension.ifs = ifs;
    n->v.comprehension.is_async = async != NULL;
    return n;
}

// An `expr as target` inside parentheses (only valid as a with item).
AyNode *ayBuild_withas(AyParser *p, AyNode *e, const AyToken *as, AyNode *target) {
    if (!e || !target) return NULL;
    int x1, x2, el, ec;
    ayBuild_extent(p, target, &x1, &x2, &el, &ec);
    // Positioned at `as` so that a stray one is reported there.
    AyNode *n = mk(p, AyAst_withitem, as->lineno, as->col, el, ec);
    if (!n) return NULL;
    n->v.withitem.context_expr = e;
    n->v.withitem.optional_vars = target;
    return n;
}

// }====

// {==== Operators ====

// A BinOp.
AyNode *ayBuild_binop(AyParser *p, AyNode *l, int op, AyNode *r) {
    if (!l || !r) return NULL;
    AyNode *n = mk_span(p, AyAst_BinOp, l, r);
    if (!n) return NULL;
    n->v.BinOp.left = l;
    n->v.BinOp.op = op;
    n->v.BinOp.right = r;
    return n;
}

// A UnaryOp starting at the operator token.
AyNode *ayBuild_unary(AyParser *p, const AyToken *t, int op, AyNode *e) {
    if (!e) return NULL;
    AyNode *n = mk_tok_node(p, AyAst_UnaryOp, t, e);
    if (!n) return NULL;
    n->v.UnaryOp.op = op;
    n->v.UnaryOp.operand = e;
    return n;
}

// A BoolOp; unparenthesized chains of one operator share one node.
AyNode *ayBuild_boolop(AyParser *p, AyNode *l, int op, AyNode *r) {
    if (!l || !r) return NULL;
    if (l->kind == AyAst_BoolOp && l->v.BoolOp.op == op && !(l->flags & AY_NF_PAREN) &&
        (l->flags & AY_NF_GENEXP_ARG) == 0) {
        int x1, x2;
        l->v.BoolOp.values = ayBuild_append(p, l->v.BoolOp.values, r);
        ayBuild_extent(p, r, &x1, &x2, &l->end_lineno, &l->end_col_offset);
        return l;
    }
    AyNode *n = mk_span(p, AyAst_BoolOp, l, r);
    if (!n) return NULL;
    n->v.BoolOp.op = op;
    n->v.BoolOp.values = ayBuild_append(p, ayBuild_list1(p, l), r);
    return n;
}

// A Compare; unparenthesized chains share one node.
AyNode *ayBuild_compare(AyParser *p, AyNode *l, int op, AyNode *r) {
    if (!l || !r) return NULL;
    AyNode *n = l;
    if (!(l->kind == AyAst_Compare && !(l->flags & AY_NF_PAREN))) {
        n = mk_span(p, AyAst_Compare, l, r);
        if (!n) return NULL;
        n->v.Compare.left = l;
    }
    AyCmpopList *ops = &n->v.Compare.ops;
    uint8_t *items = grow(p, ops->items, ops->len, 1);
    if (!items) return NULL;
    items[ops->len++] = (uint8_t)op;
    ops->items = items;
    n->v.Compare.comparators = ayBuild_append(p, n->v.Compare.comparators, r);
    int x1, x2;
    ayBuild_extent(p, r, &x1, &x2, &n->end_lineno, &n->end_col_offset);
    return n;
}

// A conditional expression `body if test else orelse`.
AyNode *ayBuild_ifexp(AyParser *p, AyNode *body, AyNode *test, AyNode *orelse) {
    if (!body || !test || !orelse) return NULL;
    AyNode *n = mk_span(p, AyAst_IfExp, body, orelse);
    if (!n) return NULL;
    n->v.IfExp.test = test;
    n->v.IfExp.body = body;
    n->v.IfExp.orelse = orelse;
    return n;
}

// An assignment expression `name := value`.
AyNode *ayBuild_named(AyParser *p, AyNode *target, AyNode *value) {
    if (!target || !value) return NULL;
    if (target->kind != AyAst_Name || (target->flags & AY_NF_PAREN)) {
        ayParse_error_node(p, target, "cannot use assignment expressions with %s", ayBuild_expr_name(target));
        return NULL;
    }
    AyNode *n = mk_span(p, AyAst_NamedExpr, target, value);
    if (!n) return NULL;
    target->v.Name.ctx = AY_STORE;
    n->v.NamedExpr.target = target;
    n->v.NamedExpr.value = value;
    return n;
}

// A Starred (Load) expression.
AyNode *ayBuild_starred(AyParser *p, const AyToken *t, AyNode *e) {
    if (!e) return NULL;
    AyNode *n = mk_tok_node(p, AyAst_Starred, t, e);
    if (!n) return NULL;
    n->v.Starred.value = e;
    n->v.Starred.ctx = AY_LOAD;
    return n;
}

// An Await expression.
AyNode *ayBuild_await(AyParser *p, const AyToken *t, AyNode *e) {
    if (!e) return NULL;
    AyNode *n = mk_tok_node(p, AyAst_Await, t, e);
    if (n) n->v.Await.value = e;
    return n;
}

// A Yield or YieldFrom expression.
AyNode *ayBuild_yield(AyParser *p, const AyToken *t, AyNode *value, int from, const AySeq *s) {
    if ((from || s) && !value) return NULL;
    AyNode *n;
    if (from) {
        n = mk_tok_node(p, AyAst_YieldFrom, t, value);
        if (n) n->v.YieldFrom.value = value;
    } else if (value) {
        n = mk_tok_node(p, AyAst_Yield, t, value);
        if (n) {
            n->v.Yield.value = value;
            if (s && s->comma) n->end_lineno = s->end_lineno, n->end_col_offset = s->end_col;
        }
    } else {
        n = mk(p, AyAst_Yield, t->lineno, t->col, t->end_lineno, t->end_col);
    }
    return n;
}

// A Lambda.
AyNode *ayBuild_lambda(AyParser *p, const AyToken *t, AyParamList params, AyNode *body) {
    AyNode *args = ayBuild_arguments(p, params, 1);
    if (!args || !body) return NULL;
    AyNode *n = mk_tok_node(p, AyAst_Lambda, t, body);
    if (!n) return NULL;
    n->v.Lambda.args = args;
    n->v.Lambda.body = body;
    return n;
}

// }====
