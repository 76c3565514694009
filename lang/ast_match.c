// AST builders for the match statement (PEP 634): the statement, its cases
// and the pattern nodes, with CPython's positions and the syntax errors its
// parser raises for patterns. Checks that CPython leaves to its compiler
// (unreachable cases, duplicate names and keys, f-strings as values) are in
// compile_match.c.
#include <string.h>

#include "parse_int.h"

// {==== Helpers ====

// A node from (l, c) to (el, ec), or NULL when probing or out of memory.
static AyNode *node_at(AyParser *p, AyNodeKind k, int l, int c, int el, int ec) {
    if (p->probing) return NULL;
    AyNode *n = ayAst_new(p->arena, k, l, c, el, ec);
    if (!n) ayParse_oom(p);
    return n;
}

// A node spanning the outer extents of `first` and `last`.
static AyNode *node_span(AyParser *p, AyNodeKind k, const AyNode *first, const AyNode *last) {
    int l, c, el, ec, x1, x2;
    ayBuild_extent(p, first, &l, &c, &x1, &x2);
    ayBuild_extent(p, last, &x1, &x2, &el, &ec);
    return node_at(p, k, l, c, el, ec);
}

static AyNode *node_tokens(AyParser *p, AyNodeKind k, const AyToken *first, const AyToken *last) {
    return node_at(p, k, first->lineno, first->col, last->end_lineno, last->end_col);
}

static int has_null(AyNodeList l) {
    for (int i = 0; i < l.len; i++)
        if (!l.items[i]) return 1;
    return 0;
}

// The identifier of a NAME token.
static const char *ident(AyParser *p, const AyToken *t) { return ayParse_intern(p, t->start, t->len); }

static int is_underscore(const AyToken *t) { return t->len == 1 && t->start[0] == '_'; }

// }====

// {==== The statement ====

// `match subject:` — a Match whose cases are added by ayBuild_match.
AyNode *ayBuild_match_head(AyParser *p, const AyToken *t, AySeq subject, const AyToken *colon) {
    if (!subject.list.len || has_null(subject.list)) return NULL;
    // A lone starred subject needs a comma (subject_expr in CPython's grammar).
    if (subject.list.len == 1 && !subject.comma && subject.list.items[0]->kind == AyAst_Starred) {
        ayParse_error_tok(p, colon, "invalid syntax");
        return NULL;
    }
    AyNode *n = node_tokens(p, AyAst_Match, t, colon);
    if (!n) return NULL;
    n->v.Match.subject = ayBuild_seq_expr(p, subject);
    return n->v.Match.subject ? n : NULL;
}

// Completes a Match: it ends where its last case's body ends.
AyNode *ayBuild_match(AyParser *p, AyNode *head, AyNodeList cases) {
    if (!head || !cases.len || has_null(cases)) return NULL;
    const AyNodeList *body = &cases.items[cases.len - 1]->v.match_case.body;
    const AyNode *last = body->items[body->len - 1];
    head->v.Match.cases = cases;
    head->end_lineno = last->end_lineno;
    head->end_col_offset = last->end_col_offset;
    return head;
}

AyNode *ayBuild_match_case(AyParser *p, AyNode *pattern, AyNode *guard, AyNodeList body) {
    if (!pattern || !body.len || has_null(body)) return NULL;
    AyNode *n = node_at(p, AyAst_match_case, 0, 0, 0, 0);
    if (!n) return NULL;
    n->v.match_case.pattern = pattern;
    n->v.match_case.guard = guard;
    n->v.match_case.body = body;
    return n;
}

// }====

// {==== Sequences ====

// The patterns after `case`: one pattern, or an open sequence (a comma list,
// positioned up to a trailing comma).
AyNode *ayBuild_patterns(AyParser *p, AySeq s) {
    if (!s.list.len || has_null(s.list)) return NULL;
    AyNode *first = s.list.items[0];
    if (s.list.len == 1 && !s.comma) {
        if (first->kind == AyAst_MatchStar) {
            // `case *x:` — CPython fails at the token after the star pattern.
            ayParse_error_tok(p, &p->lookahead, "invalid syntax");
            return NULL;
        }
        return first;
    }
    int l, c, x1, x2;
    ayBuild_extent(p, first, &l, &c, &x1, &x2);
    AyNode *n = node_at(p, AyAst_MatchSequence, l, c, s.end_lineno, s.end_col);
    if (n) n->v.MatchSequence.patterns = s.list;
    return n;
}

// `(...)`: a group (the pattern itself, parentheses noted) or a sequence.
AyNode *ayBuild_pattern_group(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (has_null(s.list)) return NULL;
    if (s.list.len == 1 && !s.comma) {
        AyNode *e = s.list.items[0];
        if (e->kind == AyAst_MatchStar) {
            ayParse_error_tok(p, r, "invalid syntax");
            return NULL;
        }
        return ayBuild_paren(p, e, l, r);
    }
    AyNode *n = node_tokens(p, AyAst_MatchSequence, l, r);
    if (n) n->v.MatchSequence.patterns = s.list;
    return n;
}

// `[...]`: always a sequence.
AyNode *ayBuild_pattern_list(AyParser *p, AySeq s, const AyToken *l, const AyToken *r) {
    if (has_null(s.list)) return NULL;
    AyNode *n = node_tokens(p, AyAst_MatchSequence, l, r);
    if (n) n->v.MatchSequence.patterns = s.list;
    return n;
}

// `*name` or `*_` inside a sequence.
AyNode *ayBuild_pattern_star(AyParser *p, const AyToken *star, const AyToken *name) {
    AyNode *n = node_tokens(p, AyAst_MatchStar, star, name);
    if (!n || is_underscore(name)) return n;
    n->v.MatchStar.name = ident(p, name);
    return n->v.MatchStar.name ? n : NULL;
}

// }====

// {==== Captures, alternatives, values ====

// A bare name: a capture, or the wildcard `_`.
AyNode *ayBuild_pattern_capture(AyParser *p, const AyToken *name) {
    AyNode *n = node_tokens(p, AyAst_MatchAs, name, name);
    if (!n || is_underscore(name)) return n;
    n->v.MatchAs.name = ident(p, name);
    return n->v.MatchAs.name ? n : NULL;
}

// `pattern as name`.
AyNode *ayBuild_pattern_as(AyParser *p, AyNode *pattern, const AyToken *name) {
    if (!pattern) return NULL;
    if (is_underscore(name)) {
        ayParse_error_tok(p, name, "cannot use '_' as a target");
        return NULL;
    }
    int l, c, x1, x2;
    ayBuild_extent(p, pattern, &l, &c, &x1, &x2);
    AyNode *n = node_at(p, AyAst_MatchAs, l, c, name->end_lineno, name->end_col);
    if (!n) return NULL;
    n->v.MatchAs.pattern = pattern;
    n->v.MatchAs.name = ident(p, name);
    return n->v.MatchAs.name ? n : NULL;
}

// Closed patterns joined by `|`: one of them, or a MatchOr.
AyNode *ayBuild_pattern_or(AyParser *p, AySeq s) {
    if (!s.list.len || has_null(s.list)) return NULL;
    if (s.list.len == 1) return s.list.items[0];
    AyNode *n = node_span(p, AyAst_MatchOr, s.list.items[0], s.list.items[s.list.len - 1]);
    if (n) n->v.MatchOr.patterns = s.list;
    return n;
}

// A literal or dotted-name value pattern.
AyNode *ayBuild_pattern_value(AyParser *p, AyNode *value) {
    if (!value) return NULL;
    AyNode *n = node_span(p, AyAst_MatchValue, value, value);
    if (n) n->v.MatchValue.value = value;
    return n;
}

// None, True or False.
AyNode *ayBuild_pattern_singleton(AyParser *p, const AyToken *t, AyConstKind kind) {
    AyNode *n = node_tokens(p, AyAst_MatchSingleton, t, t);
    if (n) n->v.MatchSingleton.value.kind = kind;
    return n;
}

// `real + imag` or `real - imag` (the real part possibly negative): a BinOp
// whose parts CPython checks are a real and an imaginary number.
AyNode *ayBuild_pattern_complex(AyParser *p, AyNode *real, int op, const AyToken *imag) {
    AyNode *r = ayBuild_number(p, imag);
    if (!real || !r) return NULL;
    const AyNode *num = real->kind == AyAst_UnaryOp ? real->v.UnaryOp.operand : real;
    if (num->v.Constant.value.kind == AY_CONST_COMPLEX) {
        ayParse_error_node(p, num, "real number required in complex literal");
        return NULL;
    }
    if (r->v.Constant.value.kind != AY_CONST_COMPLEX) {
        ayParse_error_node(p, r, "imaginary number required in complex literal");
        return NULL;
    }
    return ayBuild_binop(p, real, op, r);
}

// }====

// {==== Mappings and classes ====

// `{key: pattern, ..., **rest}`; `items` alternates keys and patterns.
AyNode *ayBuild_pattern_mapping(AyParser *p, const AyToken *l, AySeq items, const AyToken *rest,
                                const AyToken *r) {
    if (has_null(items.list)) return NULL;
    if (rest && is_underscore(rest)) {
        ayParse_error_tok(p, rest, "invalid syntax");
        return NULL;
    }
    AyNode *n = node_tokens(p, AyAst_MatchMapping, l, r);
    if (!n) return NULL;
    AyNodeList keys = {NULL, 0}, patterns = {NULL, 0};
    for (int i = 0; i + 1 < items.list.len; i += 2) {
        keys = ayBuild_append(p, keys, items.list.items[i]);
        patterns = ayBuild_append(p, patterns, items.list.items[i + 1]);
    }
    n->v.MatchMapping.keys = keys;
    n->v.MatchMapping.patterns = patterns;
    if (rest) {
        n->v.MatchMapping.rest = ident(p, rest);
        if (!n->v.MatchMapping.rest) return NULL;
    }
    return n;
}

// `name=pattern` in a class pattern: carried to ayBuild_pattern_class as a
// keyword node.
AyNode *ayBuild_keyword_pattern(AyParser *p, const AyToken *name, AyNode *pattern) {
    if (!pattern) return NULL;
    int x1, x2, el, ec;
    ayBuild_extent(p, pattern, &x1, &x2, &el, &ec);
    AyNode *n = node_at(p, AyAst_keyword, name->lineno, name->col, el, ec);
    if (!n) return NULL;
    n->v.keyword.arg = ident(p, name);
    n->v.keyword.value = pattern;
    return n->v.keyword.arg ? n : NULL;
}

// `cls(positional..., name=pattern...)`.
AyNode *ayBuild_pattern_class(AyParser *p, AyNode *cls, AySeq args, const AyToken *r) {
    if (!cls || has_null(args.list)) return NULL;
    AyNodeList patterns = {NULL, 0}, kwd_patterns = {NULL, 0};
    int nkw = 0;
    for (int i = 0; i < args.list.len; i++) {
        AyNode *a = args.list.items[i];
        if (a->kind == AyAst_keyword) {
            nkw++;
            kwd_patterns = ayBuild_append(p, kwd_patterns, a->v.keyword.value);
        } else if (nkw) {
            // The run of positional patterns after the first keyword is reported.
            int j = i;
            while (j + 1 < args.list.len && args.list.items[j + 1]->kind != AyAst_keyword) j++;
            AyNode *last = args.list.items[j];
            int l, c, el, ec, x1, x2;
            ayBuild_extent(p, a, &l, &c, &x1, &x2);
            ayBuild_extent(p, last, &x1, &x2, &el, &ec);
            ayParse_error_at(p, "SyntaxError", l, c, el, ec, "positional patterns follow keyword patterns");
            return NULL;
        } else {
            patterns = ayBuild_append(p, patterns, a);
        }
    }
    int l, c, x1, x2;
    ayBuild_extent(p, cls, &l, &c, &x1, &x2);
    AyNode *n = node_at(p, AyAst_MatchClass, l, c, r->end_lineno, r->end_col);
    if (!n) return NULL;
    AyIdentList attrs = {NULL, 0};
    if (nkw) {
        attrs.items = ayArena_alloc(p->arena, sizeof(char *) * (size_t)nkw);
        if (!attrs.items) {
            ayParse_oom(p);
            return NULL;
        }
        for (int i = 0; i < args.list.len; i++)
            if (args.list.items[i]->kind == AyAst_keyword) attrs.items[attrs.len++] = args.list.items[i]->v.keyword.arg;
    }
    n->v.MatchClass.cls = cls;
    n->v.MatchClass.patterns = patterns;
    n->v.MatchClass.kwd_attrs = attrs;
    n->v.MatchClass.kwd_patterns = kwd_patterns;
    return n;
}

// }====
