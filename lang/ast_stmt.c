// AST builders for trailers (calls, subscripts, attributes), parameter lists
// and statements; the expression builders are in ast_build.c.
#include <string.h>

#include "parse_int.h"

static AyNode *mk(AyParser *p, AyNodeKind k, int l, int c, int el, int ec) {
    if (p->probing) return NULL;
    AyNode *n = ayAst_new(p->arena, k, l, c, el, ec);
    if (!n) ayParse_oom(p);
    return n;
}

static int list_has_null(AyNodeList l) {
    for (int i = 0; i < l.len; i++)
        if (!l.items[i]) return 1;
    return 0;
}

static void start_of(AyParser *p, const AyNode *n, int *l, int *c) {
    int x1, x2;
    ayBuild_extent(p, n, l, c, &x1, &x2);
}

static void end_of(AyParser *p, const AyNode *n, int *el, int *ec) {
    int x1, x2;
    ayBuild_extent(p, n, &x1, &x2, el, ec);
}

// A statement from token `t` to the end of node `last`.
static AyNode *mk_stmt(AyParser *p, AyNodeKind k, const AyToken *t, const AyNode *last) {
    int el = t->end_lineno, ec = t->end_col;
    if (last) end_of(p, last, &el, &ec);
    return mk(p, k, t->lineno, t->col, el, ec);
}

static AyNode *last_of(AyNodeList l) { return l.len ? l.items[l.len - 1] : NULL; }

// {==== Trailers ====

// An Attribute (Load).
AyNode *ayBuild_attribute(AyParser *p, AyNode *e, const AyToken *name) {
    if (!e) return NULL;
    int l, c;
    start_of(p, e, &l, &c);
    AyNode *n = mk(p, AyAst_Attribute, l, c, name->end_lineno, name->end_col);
    if (!n) return NULL;
    n->v.Attribute.value = e;
    n->v.Attribute.attr = ayParse_intern(p, name->start, name->len);
    n->v.Attribute.ctx = AY_LOAD;
    return n->v.Attribute.attr ? n : NULL;
}

// A `name=value` argument; other left sides get CPython's errors.
AyNode *ayBuild_keyword(AyParser *p, AyNode *name, AyNode *value, const AyToken *eq) {
    if (!name || !value) return NULL;
    if (name->kind != AyAst_Name || (name->flags & AY_NF_PAREN)) {
        if (name->kind == AyAst_Constant && !(name->flags & AY_NF_PAREN) &&
            (name->v.Constant.value.kind == AY_CONST_TRUE || name->v.Constant.value.kind == AY_CONST_FALSE ||
             name->v.Constant.value.kind == AY_CONST_NONE)) {
            ayParse_error_at(p, "SyntaxError", name->lineno, name->col_offset, eq->end_lineno, eq->end_col,
                             "cannot assign to %s",
                             name->v.Constant.value.kind == AY_CONST_TRUE ? "True"
                             : name->v.Constant.value.kind == AY_CONST_FALSE ? "False" : "None");
            return NULL;
        }
        int l, c;
        start_of(p, name, &l, &c);
        ayParse_error_at(p, "SyntaxError", l, c, eq->end_lineno, eq->end_col,
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
        return NULL;
    }
    int el, ec;
    end_of(p, value, &el, &ec);
    AyNode *n = mk(p, AyAst_keyword, name->lineno, name->col_offset, el, ec);
    if (!n) return NULL;
    n->v.keyword.arg = name->v.Name.id;
    n->v.keyword.value = value;
    return n;
}

// A `**value` argument (keyword without a name).
AyNode *ayBuild_kwunpack(AyParser *p, const AyToken *t, AyNode *value) {
    if (!value) return NULL;
    int el, ec;
    end_of(p, value, &el, &ec);
    AyNode *n = mk(p, AyAst_keyword, t->lineno, t->col, el, ec);
    if (n) n->v.keyword.value = value;
    return n;
}

// A generator expression written as a call's bare argument.
AyNode *ayBuild_genexp_arg(AyParser *p, AyNode *elt, AyNodeList gens) {
    if (!elt || list_has_null(gens)) return NULL;
    if (elt->kind == AyAst_Starred) {
        ayParse_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    // Positioned by ayBuild_call (the call's parentheses) or reported.
    int l, c, el, ec;
    start_of(p, elt, &l, &c);
    const AyNode *lastc = last_of(gens);
    const AyNode *lastitem = lastc->v.comprehension.ifs.len ? last_of(lastc->v.comprehension.ifs)
                                                           : lastc->v.comprehension.iter;
    end_of(p, lastitem, &el, &ec);
    AyNode *n = mk(p, AyAst_GeneratorExp, l, c, el, ec);
    if (!n) return NULL;
    n->v.GeneratorExp.elt = elt;
    n->v.GeneratorExp.generators = gens;
    n->flags |= AY_NF_GENEXP_ARG;
    return n;
}

// A Call; checks the argument order as CPython does.
AyNode *ayBuild_call(AyParser *p, AyNode *f, AySeq s, const AyToken *lp, const AyToken *r) {
    if (!f || list_has_null(s.list)) return NULL;
    int l, c;
    start_of(p, f, &l, &c);
    AyNode *n = mk(p, AyAst_Call, l, c, r->end_lineno, r->end_col);
    if (!n) return NULL;
    n->v.Call.func = f;
    int seen_kw = 0, seen_kwunpack = 0;
    for (int i = 0; i < s.list.len; i++) {
        AyNode *a = s.list.items[i];
        if (a->flags & AY_NF_GENEXP_ARG) {
            if (s.list.len > 1) {
                ayParse_error_node(p, a, "Generator expression must be parenthesized");
                return NULL;
            }
            // The sole argument: the genexp spans the call's parentheses.
            if (lp) a->lineno = lp->lineno, a->col_offset = lp->col;
            a->end_lineno = r->end_lineno, a->end_col_offset = r->end_col;
            a->flags &= (uint8_t)~AY_NF_GENEXP_ARG;
        }
        if (a->kind == AyAst_keyword) {
            if (!a->v.keyword.arg) seen_kwunpack = 1;
            else seen_kw = 1;
            n->v.Call.keywords = ayBuild_append(p, n->v.Call.keywords, a);
            continue;
        }
        if (a->kind == AyAst_Starred) {
            if (seen_kwunpack) {
                ayParse_error_at(p, "SyntaxError", a->lineno, a->col_offset, a->lineno, a->col_offset + 1,
                                 "iterable argument unpacking follows keyword argument unpacking");
                return NULL;
            }
        } else if (seen_kw || seen_kwunpack) {
            // CPython reports this at the token after the arguments.
            const char *msg = seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument";
            if (r->type) ayParse_error_at(p, "SyntaxError", r->lineno, r->col, r->lineno, -1, "%s", msg);
            else ayParse_error_node(p, a, "%s", msg);
            return NULL;
        }
        n->v.Call.args = ayBuild_append(p, n->v.Call.args, a);
    }
    return n;
}

// A Subscript; several slices or a starred item make a Tuple.
AyNode *ayBuild_subscript(AyParser *p, AyNode *e, AySeq s, const AyToken *r) {
    // A lone starred item is still a tuple: a[*b].
    if (s.list.len == 1 && s.list.items[0] && s.list.items[0]->kind == AyAst_Starred) s.comma = 1;
    AyNode *slice = ayBuild_seq_expr(p, s);
    if (!e || !slice) return NULL;
    int l, c;
    start_of(p, e, &l, &c);
    AyNode *n = mk(p, AyAst_Subscript, l, c, r->end_lineno, r->end_col);
    if (!n) return NULL;
    n->v.Subscript.value = e;
    n->v.Subscript.slice = slice;
    n->v.Subscript.ctx = AY_LOAD;
    return n;
}

// A Slice; `first`/`last` are its first and last tokens when they are colons.
AyNode *ayBuild_slice(AyParser *p, AyNode *lo, AyNode *hi, AyNode *step, const AyToken *first,
                      const AyToken *last) {
    int l, c, el, ec;
    if (first) l = first->lineno, c = first->col;
    else if (lo) start_of(p, lo, &l, &c);
    else return NULL;
    if (last) el = last->end_lineno, ec = last->end_col;
    else if (step) end_of(p, step, &el, &ec);
    else if (hi) end_of(p, hi, &el, &ec);
    else return NULL;
    AyNode *n = mk(p, AyAst_Slice, l, c, el, ec);
    if (!n) return NULL;
    n->v.Slice.lower = lo;
    n->v.Slice.upper = hi;
    n->v.Slice.step = step;
    return n;
}

// }====

// {==== Parameters ====

// One parameter item (name, annotation, default).
AyParam ayBuild_param(AyParser *p, AyParamKind kind, const AyToken *name, AyNode *ann, AyNode *dflt,
                      const AyToken *tok) {
    AyParam r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.dflt = dflt;
    r.tok = *tok;
    if (name) {
        int el = name->end_lineno, ec = name->end_col;
        if (ann) end_of(p, ann, &el, &ec);
        r.arg = mk(p, AyAst_arg, name->lineno, name->col, el, ec);
        if (r.arg) {
            r.arg->v.arg.arg = ayParse_intern(p, name->start, name->len);
            r.arg->v.arg.annotation = ann;
        }
    }
    return r;
}

// Builds `arguments` from a flat parameter list, with CPython's messages
// for misplaced '/', '*', '**' and defaults.
AyNode *ayBuild_arguments(AyParser *p, AyParamList ps, int lambda) {
    (void)lambda;  // CPython 3.12 uses the same messages for lambdas
    AyNode *n = mk(p, AyAst_arguments, 0, 0, 0, 0);
    if (!n) return NULL;
    int seen_slash = 0, seen_star = 0, seen_kwarg = 0, seen_default = 0;
    for (int i = 0; i < ps.len; i++) {
        AyParam *q = &ps.items[i];
        if ((q->kind == AY_P_NAME || q->kind == AY_P_VARARG || q->kind == AY_P_KWARG) && !q->arg) return NULL;
        if (seen_kwarg) {
            if (q->arg) ayParse_error_node(p, q->arg, "arguments cannot follow var-keyword argument");
            else ayParse_error_tok(p, &q->tok, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (q->kind) {
        case AY_P_SLASH:
            if (i == 0) {
                ayParse_error_tok(p, &q->tok, "at least one argument must precede /");
                return NULL;
            }
            if (seen_slash) {
                ayParse_error_tok(p, &q->tok, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                ayParse_error_tok(p, &q->tok, "/ must be ahead of *");
                return NULL;
            }
            seen_slash = 1;
            n->v.arguments.posonlyargs = n->v.arguments.args;
            n->v.arguments.args.items = NULL;
            n->v.arguments.args.len = 0;
            break;
        case AY_P_STAR:
            if (seen_star) {
                ayParse_error_tok(p, &q->tok, "* argument may appear only once");
                return NULL;
            }
            if (i + 1 == ps.len || ps.items[i + 1].kind == AY_P_KWARG) {
                ayParse_error_tok(p, &q->tok, "named arguments must follow bare *");
                return NULL;
            }
            seen_star = 1;
            break;
        case AY_P_VARARG:
            if (seen_star) {
                ayParse_error_tok(p, &q->tok, "* argument may appear only once");
                return NULL;
            }
            if (q->dflt) {
                ayParse_error_tok(p, &q->tok, "var-positional argument cannot have default value");
                return NULL;
            }
            seen_star = 1;
            n->v.arguments.vararg = q->arg;
            break;
        case AY_P_KWARG:
            if (q->dflt) {
                ayParse_error_tok(p, &q->tok, "var-keyword argument cannot have default value");
                return NULL;
            }
            seen_kwarg = 1;
            n->v.arguments.kwarg = q->arg;
            break;
        case AY_P_NAME:
            if (seen_star) {
                n->v.arguments.kwonlyargs = ayBuild_append(p, n->v.arguments.kwonlyargs, q->arg);
                n->v.arguments.kw_defaults = ayBuild_append(p, n->v.arguments.kw_defaults, q->dflt);
                break;
            }
            if (q->dflt) {
                seen_default = 1;
                n->v.arguments.defaults = ayBuild_append(p, n->v.arguments.defaults, q->dflt);
            } else if (seen_default) {
                ayParse_error_node(p, q->arg, "parameter without a default follows parameter with a default");
                return NULL;
            }
            n->v.arguments.args = ayBuild_append(p, n->v.arguments.args, q->arg);
            break;
        }
    }
    return n;
}

// }====

// {==== Simple statements ====

// An expression statement.
AyNode *ayBuild_expr_stmt(AyParser *p, AyNode *e) {
    if (!e) return NULL;
    int l, c, el, ec;
    ayBuild_extent(p, e, &l, &c, &el, &ec);
    AyNode *n = mk(p, AyAst_Expr, l, c, el, ec);
    if (n) n->v.Expr.value = e;
    return n;
}


// An Assign; every target is checked and converted to Store.
AyNode *ayBuild_assign(AyParser *p, AyNodeList targets, AyNode *value) {
    if (!value || list_has_null(targets)) return NULL;
    if (ayBuild_check_assign(p, targets, value) < 0) return NULL;
    for (int i = 0; i < targets.len; i++)
        if (ayBuild_to_target(p, targets.items[i], 0, NULL, 0) < 0) return NULL;
    int l, c, el, ec;
    start_of(p, targets.items[0], &l, &c);
    end_of(p, value, &el, &ec);
    AyNode *n = mk(p, AyAst_Assign, l, c, el, ec);
    if (!n) return NULL;
    n->v.Assign.targets = targets;
    n->v.Assign.value = value;
    return n;
}

// An AugAssign; the target must be a name, attribute or subscript.
AyNode *ayBuild_augassign(AyParser *p, AyNode *target, int op, AyNode *value) {
    if (!target || !value) return NULL;
    if (target->kind != AyAst_Name && target->kind != AyAst_Attribute && target->kind != AyAst_Subscript) {
        ayParse_error_node(p, target, "'%s' is an illegal expression for augmented assignment",
                           ayBuild_expr_name(target));
        return NULL;
    }
    ayBuild_to_target(p, target, 0, NULL, 0);
    int l, c, el, ec;
    start_of(p, target, &l, &c);
    end_of(p, value, &el, &ec);
    AyNode *n = mk(p, AyAst_AugAssign, l, c, el, ec);
    if (!n) return NULL;
    n->v.AugAssign.target = target;
    n->v.AugAssign.op = op;
    n->v.AugAssign.value = value;
    return n;
}

// An AnnAssign; `simple` is 1 for an unparenthesized name.
AyNode *ayBuild_annassign(AyParser *p, AyNode *target, AyNode *ann, AyNode *value) {
    if (!target || !ann) return NULL;
    if (target->kind == AyAst_Tuple || target->kind == AyAst_List) {
        // An unparenthesized tuple is reported at its first element.
        const AyNode *at = target;
        if (target->kind == AyAst_Tuple && target->v.Tuple.elts.len &&
            target->v.Tuple.elts.items[0]->col_offset == target->col_offset &&
            target->v.Tuple.elts.items[0]->lineno == target->lineno)
            at = target->v.Tuple.elts.items[0];
        ayParse_error_node(p, at,
                           "only single target (not %s) can be annotated",
                           target->kind == AyAst_Tuple ? "tuple" : "list");
        return NULL;
    }
    if (target->kind != AyAst_Name && target->kind != AyAst_Attribute && target->kind != AyAst_Subscript) {
        ayParse_error_node(p, target, "illegal target for annotation");
        return NULL;
    }
    ayBuild_to_target(p, target, 0, NULL, 0);
    int l, c, el, ec;
    start_of(p, target, &l, &c);
    end_of(p, value ? value : ann, &el, &ec);
    AyNode *n = mk(p, AyAst_AnnAssign, l, c, el, ec);
    if (!n) return NULL;
    n->v.AnnAssign.target = target;
    n->v.AnnAssign.annotation = ann;
    n->v.AnnAssign.value = value;
    n->v.AnnAssign.simple = target->kind == AyAst_Name && !(target->flags & AY_NF_PAREN);
    return n;
}

// Pass, Break or Continue.
AyNode *ayBuild_simple(AyParser *p, AyNodeKind kind, const AyToken *t) {
    return mk(p, kind, t->lineno, t->col, t->end_lineno, t->end_col);
}

// A Return.
AyNode *ayBuild_return(AyParser *p, const AyToken *t, AyNode *value) {
    AyNode *n = mk_stmt(p, AyAst_Return, t, value);
    if (n) n->v.Return.value = value;
    return n;
}

// A Delete; targets are converted to Del.
AyNode *ayBuild_delete(AyParser *p, const AyToken *t, AySeq s) {
    if (list_has_null(s.list)) return NULL;
    for (int i = 0; i < s.list.len; i++)
        if (ayBuild_to_target(p, s.list.items[i], 1, NULL, 0) < 0) return NULL;
    AyNode *n = mk(p, AyAst_Delete, t->lineno, t->col, s.end_lineno, s.end_col);
    if (n) n->v.Delete.targets = s.list;
    return n;
}

// A Raise.
AyNode *ayBuild_raise(AyParser *p, const AyToken *t, AyNode *exc, AyNode *cause) {
    AyNode *n = mk_stmt(p, AyAst_Raise, t, cause ? cause : exc);
    if (!n) return NULL;
    n->v.Raise.exc = exc;
    n->v.Raise.cause = cause;
    return n;
}

// An Assert.
AyNode *ayBuild_assert(AyParser *p, const AyToken *t, AyNode *test, AyNode *msg) {
    if (!test) return NULL;
    AyNode *n = mk_stmt(p, AyAst_Assert, t, msg ? msg : test);
    if (!n) return NULL;
    n->v.Assert.test = test;
    n->v.Assert.msg = msg;
    return n;
}

// A Global or Nonlocal statement.
AyNode *ayBuild_global(AyParser *p, AyNodeKind kind, const AyToken *t, AyNodeList names) {
    if (list_has_null(names)) return NULL;
    AyNode *n = mk_stmt(p, kind, t, last_of(names));
    if (!n) return NULL;
    AyIdentList ids = {NULL, 0};
    ids.items = ayArena_alloc(p->arena, sizeof(char *) * (size_t)names.len);
    if (!ids.items) {
        ayParse_oom(p);
        return NULL;
    }
    for (int i = 0; i < names.len; i++) ids.items[i] = names.items[i]->v.Name.id;
    ids.len = names.len;
    if (kind == AyAst_Global) n->v.Global.names = ids;
    else n->v.Nonlocal.names = ids;
    return n;
}

// Extends a dotted import name (a Name whose id holds the path).
AyNode *ayBuild_dotted(AyParser *p, AyNode *left, const AyToken *name) {
    if (!left) return ayBuild_name(p, name);
    const char *a = left->v.Name.id;
    size_t la = strlen(a);
    char *s = ayParse_scratch(p, la + 1 + (size_t)name->len + 1);
    if (!s) return NULL;
    memcpy(s, a, la);
    s[la] = '.';
    memcpy(s + la + 1, name->start, (size_t)name->len);
    // Each component is normalised on its own; interning the joined text is
    // equivalent for ASCII names.
    const char *id = ayParse_intern(p, s, (int)(la + 1 + (size_t)name->len));
    if (!id) return NULL;
    left->v.Name.id = id;
    left->end_lineno = name->end_lineno;
    left->end_col_offset = name->end_col;
    return left;
}

// An import alias.
AyNode *ayBuild_alias(AyParser *p, AyNode *dotted, const AyToken *asname) {
    if (!dotted) return NULL;
    int el = dotted->end_lineno, ec = dotted->end_col_offset;
    if (asname) el = asname->end_lineno, ec = asname->end_col;
    AyNode *n = mk(p, AyAst_alias, dotted->lineno, dotted->col_offset, el, ec);
    if (!n) return NULL;
    n->v.alias.name = dotted->v.Name.id;
    if (asname) {
        n->v.alias.asname = ayParse_intern(p, asname->start, asname->len);
        if (!n->v.alias.asname) return NULL;
    }
    return n;
}

// The `*` of `from m import *`.
AyNode *ayBuild_star_alias(AyParser *p, const AyToken *t) {
    AyNode *n = mk(p, AyAst_alias, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n) n->v.alias.name = "*";
    return n;
}

// An Import.
AyNode *ayBuild_import(AyParser *p, const AyToken *t, AyNodeList names) {
    if (list_has_null(names)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_Import, t, last_of(names));
    if (n) n->v.Import.names = names;
    return n;
}

// An ImportFrom; `end` is the closing parenthesis, if any.
AyNode *ayBuild_import_from(AyParser *p, const AyToken *t, int level, AyNode *module, AyNodeList names,
                            const AyToken *end) {
    if (list_has_null(names) || !names.len) return NULL;
    AyNode *n = mk_stmt(p, AyAst_ImportFrom, t, last_of(names));
    if (!n) return NULL;
    if (end->type) n->end_lineno = end->end_lineno, n->end_col_offset = end->end_col;
    n->v.ImportFrom.module = module ? module->v.Name.id : NULL;
    n->v.ImportFrom.names = names;
    n->v.ImportFrom.level = level;
    return n;
}

// }====

// {==== Compound statements ====

// An If; `elif` chains arrive as a nested If in `orelse`.
AyNode *ayBuild_if(AyParser *p, const AyToken *t, AyNode *test, AyNodeList body, AyNodeList orelse) {
    if (!test || list_has_null(body) || list_has_null(orelse)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_If, t, orelse.len ? last_of(orelse) : last_of(body));
    if (!n) return NULL;
    n->v.If.test = test;
    n->v.If.body = body;
    n->v.If.orelse = orelse;
    return n;
}

// A While.
AyNode *ayBuild_while(AyParser *p, const AyToken *t, AyNode *test, AyNodeList body, AyNodeList orelse) {
    if (!test || list_has_null(body) || list_has_null(orelse)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_While, t, orelse.len ? last_of(orelse) : last_of(body));
    if (!n) return NULL;
    n->v.While.test = test;
    n->v.While.body = body;
    n->v.While.orelse = orelse;
    return n;
}

// A For (target converted to Store).
AyNode *ayBuild_for(AyParser *p, const AyToken *t, AySeq target, AyNode *iter, AyNodeList body,
                    AyNodeList orelse) {
    AyNode *tg = ayBuild_seq_expr(p, target);
    if (!tg || !iter || list_has_null(body) || list_has_null(orelse)) return NULL;
    if (ayBuild_to_target(p, tg, 2, NULL, 0) < 0) return NULL;
    AyNode *n = mk_stmt(p, AyAst_For, t, orelse.len ? last_of(orelse) : last_of(body));
    if (!n) return NULL;
    n->v.For.target = tg;
    n->v.For.iter = iter;
    n->v.For.body = body;
    n->v.For.orelse = orelse;
    return n;
}

// A with item (target converted to Store).
AyNode *ayBuild_withitem(AyParser *p, AyNode *e, AyNode *target) {
    if (!e) return NULL;
    if (target) {
        if (e->kind == AyAst_withitem) {
            ayParse_error_at(p, "SyntaxError", e->lineno, e->col_offset, e->lineno, -1, "invalid syntax");
            return NULL;
        }
        if (ayBuild_to_target(p, target, 0, NULL, 0) < 0) return NULL;
    }
    AyNode *n = mk(p, AyAst_withitem, 0, 0, 0, 0);
    if (!n) return NULL;
    n->v.withitem.context_expr = e;
    n->v.withitem.optional_vars = target;
    return n;
}

static AyNode *unwrap_item(AyParser *p, AyNode *e) {
    if (e->kind != AyAst_withitem) return ayBuild_withitem(p, e, NULL);
    AyNode *target = e->v.withitem.optional_vars;
    if (ayBuild_to_target(p, target, 0, NULL, 0) < 0) return NULL;
    AyNode *n = mk(p, AyAst_withitem, 0, 0, 0, 0);
    if (!n) return NULL;
    n->v.withitem.context_expr = e->v.withitem.context_expr;
    n->v.withitem.optional_vars = target;
    return n;
}

// A With; a single parenthesized tuple of items is split as CPython does.
AyNode *ayBuild_with(AyParser *p, const AyToken *t, AyNodeList items, AyNodeList body) {
    if (list_has_null(items) || list_has_null(body)) return NULL;
    // `with (a as b, c):` arrives as one item whose expression is the
    // parenthesized tuple; CPython reads it as two items (but a tuple in
    // double parentheses, or one holding a starred item, stays one item).
    if (items.len == 1 && !items.items[0]->v.withitem.optional_vars) {
        AyNode *e = items.items[0]->v.withitem.context_expr;
        int split = e->kind == AyAst_Tuple && e->v.Tuple.elts.len && !(e->flags & AY_NF_PAREN);
        for (int i = 0; split && i < e->v.Tuple.elts.len; i++)
            if (e->v.Tuple.elts.items[i]->kind == AyAst_Starred) split = 0;
        if (split) {
            AyNodeList out = {NULL, 0};
            for (int i = 0; i < e->v.Tuple.elts.len; i++)
                out = ayBuild_append(p, out, unwrap_item(p, e->v.Tuple.elts.items[i]));
            items = out;
        } else if (e->kind == AyAst_withitem) {
            items = ayBuild_list1(p, unwrap_item(p, e));
        }
        if (list_has_null(items)) return NULL;
    }
    for (int i = 0; i < items.len; i++) {
        AyNode *e = items.items[i]->v.withitem.context_expr;
        if (e->kind == AyAst_Tuple && (e->flags & AY_NF_WITHITEMS)) {
            for (int j = 0; j < e->v.Tuple.elts.len; j++)
                if (e->v.Tuple.elts.items[j]->kind == AyAst_withitem) {
                    AyNode *w = e->v.Tuple.elts.items[j];
                    ayParse_error_at(p, "SyntaxError", w->lineno, w->col_offset, w->lineno, -1, "invalid syntax");
                    return NULL;
                }
        }
    }
    AyNode *n = mk_stmt(p, AyAst_With, t, last_of(body));
    if (!n) return NULL;
    n->v.With.items = items;
    n->v.With.body = body;
    return n;
}

// A Try or TryStar (all handlers must be of one kind).
AyNode *ayBuild_try(AyParser *p, const AyToken *t, AyNodeList body, AyNodeList handlers, AyNodeList orelse,
                    AyNodeList finalbody) {
    if (list_has_null(body) || list_has_null(handlers) || list_has_null(orelse) || list_has_null(finalbody))
        return NULL;
    int star = -1;
    for (int i = 0; i < handlers.len; i++) {
        int s = handlers.items[i]->flags & AY_NF_GENEXP_ARG ? 1 : 0;
        handlers.items[i]->flags &= (uint8_t)~AY_NF_GENEXP_ARG;
        if (star >= 0 && s != star) {
            const AyNode *h = handlers.items[i];
            if (s) ayParse_error_at(p, "SyntaxError", h->lineno, h->col_offset, h->lineno, h->col_offset + 7,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
            else ayParse_error_at(p, "SyntaxError", h->lineno, h->col_offset, h->lineno, h->col_offset + 6,
                                  "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        star = s;
    }
    const AyNode *last = finalbody.len ? last_of(finalbody)
                         : orelse.len  ? last_of(orelse)
                         : handlers.len ? last_of(handlers) : last_of(body);
    AyNode *n = mk_stmt(p, star == 1 ? AyAst_TryStar : AyAst_Try, t, last);
    if (!n) return NULL;
    n->v.Try.body = body;
    n->v.Try.handlers = handlers;
    n->v.Try.orelse = orelse;
    n->v.Try.finalbody = finalbody;
    return n;
}

// An ExceptHandler (except* marked for ayBuild_try).
AyNode *ayBuild_handler(AyParser *p, const AyToken *t, int star, AyNode *type, const AyToken *name,
                        AyNodeList body) {
    if (list_has_null(body)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_ExceptHandler, t, last_of(body));
    if (!n) return NULL;
    n->v.ExceptHandler.type = type;
    n->v.ExceptHandler.body = body;
    if (name) {
        n->v.ExceptHandler.name = ayParse_intern(p, name->start, name->len);
        if (!n->v.ExceptHandler.name) return NULL;
    }
    // The flag bit is reused to carry except* to ayBuild_try.
    if (star) n->flags |= AY_NF_GENEXP_ARG;
    return n;
}

// A FunctionDef positioned at `def` (decorators are added later).
AyNode *ayBuild_funcdef(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params, AyNode *args,
                        AyNode *returns, AyNodeList body) {
    if (!args || list_has_null(body) || list_has_null(type_params)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_FunctionDef, t, last_of(body));
    if (!n) return NULL;
    n->v.FunctionDef.name = ayParse_intern(p, name->start, name->len);
    n->v.FunctionDef.type_params = type_params;
    n->v.FunctionDef.args = args;
    n->v.FunctionDef.body = body;
    n->v.FunctionDef.returns = returns;
    return n->v.FunctionDef.name ? n : NULL;
}

// A ClassDef; bases and keywords follow the call-argument rules.
AyNode *ayBuild_classdef(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params, AySeq args,
                         AyNodeList body) {
    if (list_has_null(body) || list_has_null(args.list) || list_has_null(type_params)) return NULL;
    AyNode *n = mk_stmt(p, AyAst_ClassDef, t, last_of(body));
    if (!n) return NULL;
    n->v.ClassDef.name = ayParse_intern(p, name->start, name->len);
    n->v.ClassDef.type_params = type_params;
    // Bases and keywords follow the call rules.
    AyToken r = *t;
    AyNode *dummy = mk(p, AyAst_Name, t->lineno, t->col, t->end_lineno, t->end_col);
    AyNode *call = dummy ? ayBuild_call(p, dummy, args, NULL, &r) : NULL;
    if (!call || !n->v.ClassDef.name) return NULL;
    n->v.ClassDef.bases = call->v.Call.args;
    n->v.ClassDef.keywords = call->v.Call.keywords;
    n->v.ClassDef.body = body;
    return n;
}

AyNode *ayBuild_type_param(AyParser *p, AyNodeKind kind, const AyToken *t, const AyToken *name,
                           const AyToken *colon, AyNode *bound) {
    if (colon && !bound) return NULL;
    if (bound && kind != AyAst_TypeVar) {
        int el, ec;
        end_of(p, bound, &el, &ec);
        ayParse_error_at(p, "SyntaxError", colon->lineno, colon->col, el, ec, "cannot use %s with %s",
                         bound->kind == AyAst_Tuple ? "constraints" : "bound",
                         kind == AyAst_TypeVarTuple ? "TypeVarTuple" : "ParamSpec");
        return NULL;
    }
    int el = name->end_lineno, ec = name->end_col;
    if (bound) end_of(p, bound, &el, &ec);
    AyNode *n = mk(p, kind, t->lineno, t->col, el, ec);
    if (!n) return NULL;
    // name is the first field of all three kinds
    n->v.TypeVar.name = ayParse_intern(p, name->start, name->len);
    n->v.TypeVar.bound = bound;
    return n->v.TypeVar.name ? n : NULL;
}

AyNode *ayBuild_type_alias(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params,
                           AyNode *value) {
    if (!value || list_has_null(type_params)) return NULL;
    AyNode *target = ayBuild_name(p, name);
    AyNode *n = target ? mk_stmt(p, AyAst_TypeAlias, t, value) : NULL;
    if (!n) return NULL;
    target->v.Name.ctx = AY_STORE;
    n->v.TypeAlias.name = target;
    n->v.TypeAlias.type_params = type_params;
    n->v.TypeAlias.value = value;
    return n;
}

// Turns a def/with/for into its async form, starting at `async`.
AyNode *ayBuild_async(AyParser *p, const AyToken *t, AyNode *s) {
    if (!s) return NULL;
    switch (s->kind) {
    case AyAst_FunctionDef: s->kind = AyAst_AsyncFunctionDef; break;
    case AyAst_With: s->kind = AyAst_AsyncWith; break;
    case AyAst_For: s->kind = AyAst_AsyncFor; break;
    default: break;
    }
    s->lineno = t->lineno;
    s->col_offset = t->col;
    return s;
}

// Attaches decorators to a function or class definition.
AyNode *ayBuild_decorated(AyParser *p, AyNodeList decorators, AyNode *def) {
    if (!def || list_has_null(decorators)) return NULL;
    if (def->kind == AyAst_ClassDef) def->v.ClassDef.decorator_list = decorators;
    else def->v.FunctionDef.decorator_list = decorators;
    return def;
}

// A statement line ending in ';': compound statements ending with it end
// at the ';', as in CPython.
AyNodeList ayBuild_semi(AyParser *p, AyNodeList stmts, const AyToken *semi) {
    AyNode *last = last_of(stmts);
    if (!last) return stmts;
    // Recorded like parentheses: the statement's own position is unchanged,
    // but a compound statement ending with it ends at the ';'.
    AyToken start = *semi;
    start.lineno = last->lineno, start.col = last->col_offset;
    ayBuild_paren(p, last, &start, semi);
    return stmts;
}

// The Module root.
AyNode *ayBuild_module(AyParser *p, AyNodeList body) {
    if (list_has_null(body)) return NULL;
    AyNode *n = mk(p, AyAst_Module, 0, 0, 0, 0);
    if (n) n->v.Module.body = body;
    return n;
}

// The Interactive root (single-statement mode).
AyNode *ayBuild_interactive(AyParser *p, AyNodeList body) {
    if (list_has_null(body)) return NULL;
    AyNode *n = mk(p, AyAst_Interactive, 0, 0, 0, 0);
    if (n) n->v.Interactive.body = body;
    return n;
}

// The Expression root (eval mode).
AyNode *ayBuild_expression(AyParser *p, AyNode *body) {
    if (!body) return NULL;
    AyNode *n = mk(p, AyAst_Expression, 0, 0, 0, 0);
    if (n) n->v.Expression.body = body;
    return n;
}

// }====
