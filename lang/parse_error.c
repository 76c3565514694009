// Syntax error analysis: when lemon rejects a token, pick the message
// CPython's second (error-reporting) parser pass would give, from the recent
// tokens, a few tokens of lookahead and probes of the parser state. Also the
// "tokenize the rest" step that lets a later tokenizer error win.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "parse_int.h"

typedef AyParseDriver Driver;


static int is_expr_end(int t) {
    switch (t) {
    case AY_TK_NAME: case AY_TK_NUMBER: case AY_TK_STRING: case AY_TK_FSTRING_END: case AY_TK_RPAR:
    case AY_TK_RSQB: case AY_TK_RBRACE: case AY_TK_NONE: case AY_TK_TRUE: case AY_TK_FALSE:
    case AY_TK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

static int is_expr_start(int t) {
    switch (t) {
    case AY_TK_NAME: case AY_TK_NUMBER: case AY_TK_STRING: case AY_TK_FSTRING_START: case AY_TK_LPAR:
    case AY_TK_LSQB: case AY_TK_LBRACE: case AY_TK_NONE: case AY_TK_TRUE: case AY_TK_FALSE:
    case AY_TK_ELLIPSIS: case AY_TK_MINUS: case AY_TK_PLUS: case AY_TK_TILDE: case AY_TK_NOT:
    case AY_TK_LAMBDA: case AY_TK_AWAIT:
        return 1;
    default:
        return 0;
    }
}

static int is_binop(int t) {
    switch (t) {
    case AY_TK_PLUS: case AY_TK_MINUS: case AY_TK_STAR: case AY_TK_SLASH: case AY_TK_DOUBLESLASH:
    case AY_TK_PERCENT: case AY_TK_AT: case AY_TK_DOUBLESTAR: case AY_TK_VBAR: case AY_TK_AMPER:
    case AY_TK_CIRCUMFLEX: case AY_TK_LEFTSHIFT: case AY_TK_RIGHTSHIFT: case AY_TK_LESS: case AY_TK_GREATER:
    case AY_TK_EQEQUAL: case AY_TK_NOTEQUAL: case AY_TK_LESSEQUAL: case AY_TK_GREATEREQUAL: case AY_TK_IN:
    case AY_TK_IS: case AY_TK_AND: case AY_TK_OR: case AY_TK_NOT: case AY_TK_DOT:
        return 1;
    default:
        return 0;
    }
}

static int is_open(int t) { return t == AY_TK_LPAR || t == AY_TK_LSQB || t == AY_TK_LBRACE; }
static int is_close(int t) { return t == AY_TK_RPAR || t == AY_TK_RSQB || t == AY_TK_RBRACE; }

// Token i back from the newest one in the history (0 = the newest).
static AyToken *hist_at(Driver *d, long i) {
    if (i < 0 || i >= d->ntok || i >= AY_PARSE_HISTORY) return NULL;
    return &d->hist[(d->ntok - 1 - i) % AY_PARSE_HISTORY];
}

// Scans forward from `toks[0]` over one expression (operands joined by
// operators, bracketed groups as units); returns the index of its last token.
static int scan_expr(const AyToken *toks, int n) {
    int i = 0, last = -1, want_operand = 1;
    while (i < n) {
        int t = toks[i].type;
        if (want_operand) {
            if (t == AY_TK_MINUS || t == AY_TK_PLUS || t == AY_TK_TILDE || t == AY_TK_NOT || t == AY_TK_AWAIT ||
                t == AY_TK_STAR) {
                i++;
                continue;
            }
            if (is_open(t)) {
                int depth = 0;
                for (; i < n; i++) {
                    if (is_open(toks[i].type)) depth++;
                    else if (is_close(toks[i].type) && --depth == 0) break;
                }
                if (i >= n) return last;
                last = i++;
                want_operand = 0;
                continue;
            }
            if (t == AY_TK_FSTRING_START) {
                int depth = 0;
                for (; i < n; i++) {
                    if (toks[i].type == AY_TK_FSTRING_START) depth++;
                    else if (toks[i].type == AY_TK_FSTRING_END && --depth == 0) break;
                }
                if (i >= n) return last;
                last = i++;
                want_operand = 0;
                continue;
            }
            if (!is_expr_end(t) || is_close(t)) return last;
            last = i++;
            want_operand = 0;
            continue;
        }
        // After an operand: trailers, operators or the end.
        if (t == AY_TK_LPAR || t == AY_TK_LSQB) {
            int depth = 0;
            for (; i < n; i++) {
                if (is_open(toks[i].type)) depth++;
                else if (is_close(toks[i].type) && --depth == 0) break;
            }
            if (i >= n) return last;
            last = i++;
            continue;
        }
        if ((t == AY_TK_STRING || t == AY_TK_FSTRING_START) && i > 0 &&
            (toks[i - 1].type == AY_TK_STRING || toks[i - 1].type == AY_TK_FSTRING_END)) {
            want_operand = 1;
            continue;
        }
        if (t == AY_TK_IS && i + 1 < n && toks[i + 1].type == AY_TK_NOT) i++;
        if (t == AY_TK_NOT && !(i + 1 < n && toks[i + 1].type == AY_TK_IN)) return last;
        if (t == AY_TK_NOT) i++;
        if (t == AY_TK_IF || t == AY_TK_ELSE) {
            i++;
            want_operand = 1;
            continue;
        }
        if (!is_binop(t)) return last;
        i++;
        want_operand = 1;
    }
    return last;
}

// Collects up to `max` tokens that follow the failing one (lexing on).
static int lex_ahead(AyParser *p, AyToken *out, int max) {
    int n = 0;
    AyLexer saved;
    memcpy(&saved, &p->lx, sizeof saved);
    p->ahead_error = 0;
    while (n < max) {
        AyToken t;
        int type = ayLex_next(&p->lx, &t);
        if (type < 0) p->ahead_error = 1;
        if (type <= 0 || type == AY_TK_NEWLINE) break;
        out[n++] = t;
    }
    memcpy(&p->lx, &saved, sizeof saved);
    return n;
}

// Notes how far CPython's parser would have read: the token after the last
// one a message used (it looks one token ahead).
static void fetched(AyParser *p, const AyToken *ahead, int n, int end) {
    // Reading on hit a tokenizer error (or the end inside brackets): CPython
    // would have reported that.
    if (end + 1 >= n && p->ahead_error) p->max_line = 1 << 30;
    const AyToken *x = end + 1 < n ? &ahead[end + 1] : &ahead[end];
    if (x->end_lineno > p->max_line) p->max_line = x->end_lineno;
}

// Replays the first `ntok` tokens into a fresh parser, so the state before
// the failing token can be probed with ayParse_accepts.
static void *replay(AyParser *p, long ntok) {
    AyParser q;
    memset(&q, 0, sizeof q);
    q.arena = p->arena;
    q.mode = p->mode;
    q.buf = p->buf;
    q.len = p->len;
    q.failed = 1;   // suppresses every error report
    q.probing = 1;  // builders do nothing: only the parser states matter
    AyParser *qp = malloc(sizeof *qp);
    if (!qp) return NULL;
    *qp = q;
    ayLex_init(&qp->lx, p->buf, p->len);
    void *lp = ayParse_Alloc(malloc, qp);
    if (!lp) {
        free(qp);
        return NULL;
    }
    AyToken t;
    memset(&t, 0, sizeof t);
    ayParse_(lp, p->mode == AY_PARSE_FILE ? AY_TK_MODE_FILE : p->mode == AY_PARSE_EVAL ? AY_TK_MODE_EVAL
                                                                                          : AY_TK_MODE_SINGLE, t);
    for (long i = 0; i < ntok; i++) {
        int type = ayLex_next(&qp->lx, &t);
        if (type < 0) break;
        if (type == AY_TK_NAME) type = t.type = ayParse_soft_keyword(qp, lp, &t);
        ayParse_(lp, type, t);
        if (type == 0) break;
    }
    return lp;
}

// The parser state just before the failing token, built once per error.
static void *probe(Driver *d) {
    if (!d->probe) d->probe = replay(d->p, d->ntok);
    return d->probe;
}

// Frees a parser made by replay().
void ayParse_free_probe(void *lp) {
    // The parser's context pointer is the AyParser allocated by replay.

    AyParser *qp = ayParse_context(lp);
    ayParse_Free(lp, free);
    free(qp->names);
    free(qp->name_hash);
    free(qp->parens);
    free(qp->scratch);
    free(qp);
}

// Like scan_expr but stops at comparisons and boolean operators (a
// bitwise_or expression).
static int scan_bitor(const AyToken *toks, int n) {
    int k = 0;
    while (k < n) {
        int t = toks[k].type;
        if (t == AY_TK_LESS || t == AY_TK_GREATER || t == AY_TK_EQEQUAL || t == AY_TK_NOTEQUAL ||
            t == AY_TK_LESSEQUAL || t == AY_TK_GREATEREQUAL || t == AY_TK_IN || t == AY_TK_IS || t == AY_TK_AND ||
            t == AY_TK_OR || t == AY_TK_IF || t == AY_TK_ELSE || (t == AY_TK_NOT && k > 0))
            break;
        int depth = 0;
        if (is_open(t)) {
            for (; k < n; k++) {
                if (is_open(toks[k].type)) depth++;
                else if (is_close(toks[k].type) && --depth == 0) break;
            }
        }
        if (k < n) k++;
    }
    if (k == 0) return -1;
    return scan_expr(toks, k);
}

// The first token of the primary/bitwise_or expression ending i tokens back.
static AyToken *bitor_start(Driver *d, long i) {
    AyToken *start = hist_at(d, i);
    int depth = 0;
    for (;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) break;
        if (is_close(x->type)) {
            depth++;
            start = x;
            continue;
        }
        if (is_open(x->type)) {
            if (depth == 0) break;
            depth--;
            start = x;
            // A call or subscript continues to the left.
            continue;
        }
        if (depth > 0) continue;
        if (x->type == AY_TK_NAME || x->type == AY_TK_NUMBER || x->type == AY_TK_STRING || x->type == AY_TK_DOT ||
            x->type == AY_TK_NONE || x->type == AY_TK_TRUE || x->type == AY_TK_FALSE) {
            AyToken *nx = i > 0 ? hist_at(d, i - 1) : NULL;
            // Two operands side by side: stop.
            if (nx && x->type != AY_TK_DOT && nx->type != AY_TK_DOT && !is_open(nx->type) && x != start &&
                nx != start + 0 && is_expr_end(x->type) && is_expr_end(nx->type) && nx->type != AY_TK_STRING)
                break;
            start = x;
            continue;
        }
        break;
    }
    return start;
}

// Whether the expression just read is the value of a keyword argument or
// parameter default (`f(a=b`): the token before it is '=' after a name.
static int after_keyword_value(Driver *d) {
    AyToken *start = bitor_start(d, 0);
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) return 0;
        if (x != start) continue;
        AyToken *eq = hist_at(d, i + 1), *name = hist_at(d, i + 2);
        return eq && name && eq->type == AY_TK_EQUAL && name->type == AY_TK_NAME;
    }
}

// The innermost unclosed bracket before the failing token (index into the
// history), or -1.
static long open_bracket_at(Driver *d) {
    int depth = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) return -1;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type) && depth-- == 0) return i;
    }
}

static int in_def_params(Driver *d) {
    long i = open_bracket_at(d);
    if (i < 0) return 0;
    AyToken *o = hist_at(d, i), *n = hist_at(d, i + 1), *k = hist_at(d, i + 2);
    return o->type == AY_TK_LPAR && n && n->type == AY_TK_NAME && k && k->type == AY_TK_DEF;
}

// The '[' of a def's type parameters when the failing token is inside them,
// else NULL: CPython then insists on the '(' of the parameters at the '['.
static AyToken *in_def_type_params(Driver *d) {
    int depth = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x || x->type == AY_TK_NEWLINE) return NULL;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type) && depth-- == 0) {
            AyToken *n = hist_at(d, i + 1), *k = hist_at(d, i + 2);
            if (x->type == AY_TK_LSQB && n && n->type == AY_TK_NAME && k && k->type == AY_TK_DEF) return x;
            depth = 0;
        }
    }
}

// Whether the last token closes a def's type parameters (the '(' of the
// parameters must follow).
static int after_def_type_params(Driver *d) {
    AyToken *x = hist_at(d, 0);
    if (!x || x->type != AY_TK_RSQB) return 0;
    int depth = 0;
    for (long i = 0; (x = hist_at(d, i)); i++) {
        if (is_close(x->type)) depth++;
        else if (is_open(x->type) && --depth == 0) {
            AyToken *n = hist_at(d, i + 1), *k = hist_at(d, i + 2);
            return n && n->type == AY_TK_NAME && k && k->type == AY_TK_DEF;
        }
    }
    return 0;
}

// Whether the innermost open bracket is a '{' that already holds a
// `key: value` pair.
static int in_dict(Driver *d) {
    int depth = 0, colon = 0, comma = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) return colon && i >= AY_PARSE_HISTORY - 1;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type)) {
            if (depth == 0) return x->type == AY_TK_LBRACE && colon;
            depth--;
        } else if (depth == 0 && x->type == AY_TK_COLON) {
            if (!comma) return 0;  // in a value, not a key
            colon = 1;
        } else if (depth == 0 && x->type == AY_TK_COMMA) {
            comma = 1;
        } else if (depth == 0 && (x->type == AY_TK_LAMBDA || x->type == AY_TK_FOR)) {
            return 0;
        }
    }
}

// The first token of the current logical line.
static AyToken *stmt_first(Driver *d) {
    AyToken *first = NULL;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT ||
            x->type == AY_TK_SEMI)
            return first;
        first = x;
    }
}

// Is there an '=' outside brackets earlier in the current statement?
static int has_outer_equal(Driver *d) {
    int depth = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT ||
            x->type == AY_TK_SEMI)
            return 0;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type)) depth--;
        else if (depth == 0 && x->type == AY_TK_EQUAL) return 1;
    }
}

// In a def's parameter list: does the current parameter have a default or
// an annotation (expressions, where CPython's missing-comma check runs)?
static int param_has_value(Driver *d) {
    int depth = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) return 0;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type) && depth-- == 0) return 0;
        if (depth) continue;
        if (x->type == AY_TK_COMMA) return 0;
        if (x->type == AY_TK_EQUAL || x->type == AY_TK_COLON) return 1;
    }
}

// Whether a comprehension's `for` precedes the failing token in the same
// bracket (its iterable is a disjunction, not checked for missing commas).
static int after_comp_in(Driver *d) {
    int depth = 0, in = 0;
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x) return 0;
        if (is_close(x->type)) depth++;
        else if (is_open(x->type) && depth-- == 0) return 0;
        if (depth) continue;
        if (x->type == AY_TK_IN) in = 1;
        if (x->type == AY_TK_FOR) return in;
        if (x->type == AY_TK_COMMA || x->type == AY_TK_IF) return 0;
    }
}

// Whether the failing token is inside an f-string replacement field (the
// innermost open bracket is a field's '{').
static int fstring_field(Driver *d, AyParser *p) {
    if (p->lx.nmodes == 0) return 0;
    long o = open_bracket_at(d);
    if (o < 0) return 0;
    AyToken *ob = hist_at(d, o), *before = hist_at(d, o + 1);
    return ob->type == AY_TK_LBRACE && before &&
           (before->type == AY_TK_FSTRING_START || before->type == AY_TK_FSTRING_MIDDLE ||
            before->type == AY_TK_RBRACE || before->type == AY_TK_COLON);
}

static int in_call_args(Driver *d) {
    long o = open_bracket_at(d);
    if (o < 0) return 0;
    AyToken *ob = hist_at(d, o), *callee = hist_at(d, o + 1);
    return ob->type == AY_TK_LPAR && callee && is_expr_end(callee->type) && !in_def_params(d);
}

// A `for` target without `in` after it (tokens from history index `from`
// down to 0): reports the first call or literal in it as CPython's
// invalid_for_target does. Returns 1 if an error was recorded.
static int bad_for_target(Driver *d, AyParser *p, long from, const AyToken *t) {
    (void)t;
    long i = from;
    while (i >= 0) {
        // One comma-separated element: tokens [i, j].
        long j = i;
        int depth = 0;
        for (; j >= 0; j--) {
            AyToken *x = hist_at(d, j);
            if (is_open(x->type)) depth++;
            else if (is_close(x->type)) depth--;
            else if (depth == 0 && x->type == AY_TK_COMMA) break;
        }
        long last = j + 1;  // the element's last token
        if (last <= i) {
            AyToken *a = hist_at(d, i), *z = hist_at(d, last);
            const char *what = NULL;
            if (z->type == AY_TK_RPAR && last < i) {
                // The '(' matching z: a call if an operand precedes it.
                int dd = 0;
                long k;
                for (k = last; k <= i; k++) {
                    AyToken *x = hist_at(d, k);
                    if (is_close(x->type)) dd++;
                    else if (is_open(x->type) && --dd == 0) break;
                }
                if (k < i) what = "function call";
            } else if (last == i && (z->type == AY_TK_NUMBER || z->type == AY_TK_STRING)) {
                what = "literal";
            }
            if (what) {
                ayParse_error_at(p, "SyntaxError", a->lineno, a->col, z->end_lineno, z->end_col, "cannot assign to %s",
                                 what);
                return 1;
            }
        }
        i = j - 1;
    }
    return 0;
}

// {==== The match statement ====

// Whether the failing token is in a case block's patterns (before its guard
// or ':'): patterns are no expressions, so the expression heuristics do not
// apply there.
static int in_case_pattern(Driver *d) {
    for (long i = 0;; i++) {
        AyToken *x = hist_at(d, i);
        if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT) return 0;
        if (x->type == AY_TK_CASE) return 1;
        int level = d->hist_level[(d->ntok - 1 - i) % AY_PARSE_HISTORY];
        if (level == 0 && (x->type == AY_TK_IF || x->type == AY_TK_COLON)) return 0;
    }
}

// Whether the `if` at history index i starts a case block's guard.
static int is_case_guard(Driver *d, long i) {
    AyToken *first = stmt_first(d);
    return first && first->type == AY_TK_CASE && d->hist_level[(d->ntok - 1 - i) % AY_PARSE_HISTORY] == 0;
}

// The tokens of the rest of the logical line from `t`, its NEWLINE included.
static int line_ahead(AyParser *p, const AyToken *t, AyToken *out, int max) {
    int n = 0;
    out[n++] = *t;
    AyLexer saved;
    memcpy(&saved, &p->lx, sizeof saved);
    while (n < max && t->type != AY_TK_NEWLINE) {
        int type = ayLex_next(&p->lx, &out[n]);
        if (type <= 0) break;
        if (out[n++].type == AY_TK_NEWLINE) break;
    }
    memcpy(&p->lx, &saved, sizeof saved);
    return n;
}

// A bad `as` target in a pattern: CPython's invalid_as_pattern reports the
// expression after `as` (its parentheses stripped, as a node's position).
static void invalid_pattern_target(AyParser *p, const AyToken *t) {
    AyToken ahead[256];
    int n = line_ahead(p, t, ahead, 256);
    int first = 0, last = scan_expr(ahead, n);
    if (last < 0) {
        ayParse_error_tok(p, t, "invalid pattern target");
        return;
    }
    while (ahead[first].type == AY_TK_LPAR && ahead[last].type == AY_TK_RPAR && last > first + 1) {
        int depth = 0, comma = 0, k;
        for (k = first; k <= last; k++) {
            if (is_open(ahead[k].type)) depth++;
            else if (is_close(ahead[k].type) && --depth == 0) break;
            else if (depth == 1 && ahead[k].type == AY_TK_COMMA) comma = 1;
        }
        if (k != last || comma) break;
        first++, last--;
    }
    fetched(p, ahead, n, last);
    ayParse_error_at(p, "SyntaxError", ahead[first].lineno, ahead[first].col, ahead[last].end_lineno,
                     ahead[last].end_col, "invalid pattern target");
}

// A line starting with the name `match` and a subject that the driver did
// not take for a match statement (no ':' at its end), rejected by lemon.
// CPython tries a match statement first: `match subject` alone on its line
// is "expected ':'"; when lemon failed right after `match`, the error is at
// the token after the subject (or after its ':'). `since` is the history
// index of the token after `match`. Returns 1 if an error was recorded.
static int bad_match_line(Driver *d, long since, const AyToken *t) {
    AyParser *p = d->p;
    AyToken line[512];
    int n = 0;
    for (long i = since; i >= 0 && n < 256; i--) line[n++] = *hist_at(d, i);
    int failed_at = n;
    n += line_ahead(p, t, line + n, 256);
    int end = scan_expr(line, n);
    while (end >= 0 && end + 2 < n && line[end + 1].type == AY_TK_COMMA) {
        int more = scan_expr(line + end + 2, n - end - 2);
        end = more < 0 ? end + 1 : end + 2 + more;
    }
    if (end < 0 || end + 1 >= n) return 0;
    const AyToken *at = &line[end + 1];
    if (at->type == AY_TK_NEWLINE) {
        fetched(p, line + failed_at, n - failed_at, end + 1 - failed_at);
        ayParse_error_at(p, "SyntaxError", at->lineno, at->col, at->lineno, -1, "expected ':'");
        return 1;
    }
    if (failed_at != 0) return 0;
    if (at->type == AY_TK_COLON && end + 2 < n) at++;
    fetched(p, line, n, (int)(at - line));
    ayParse_error_tok(p, at, "invalid syntax");
    return 1;
}

// Errors of match statements and their patterns; returns 1 if one was
// recorded.
static int match_error(Driver *d, const AyToken *t) {
    AyParser *p = d->p;
    AyToken *prev = hist_at(d, 0), *first = stmt_first(d);
    if (first && first->type == AY_TK_NAME && first->len == 5 && !memcmp(first->start, "match", 5)) {
        long since = -1;  // history index of the token after `match`
        for (long i = 0; hist_at(d, i) != first; i++) since = i;
        const AyToken *second = since >= 0 ? hist_at(d, since) : t;
        if ((is_expr_start(second->type) || second->type == AY_TK_STAR) && bad_match_line(d, since, t)) return 1;
    }
    if (!in_case_pattern(d)) return 0;
    if (prev && prev->type == AY_TK_AS && t->type != AY_TK_NAME && is_expr_start(t->type)) {
        invalid_pattern_target(p, t);
        return 1;
    }
    if (t->type == AY_TK_NEWLINE) {
        void *lp = probe(d);
        if (lp && ayParse_accepts(lp, AY_TK_COLON)) {
            ayParse_error_at(p, "SyntaxError", t->lineno, t->col, t->lineno, -1, "expected ':'");
            return 1;
        }
    }
    ayParse_error_tok(p, t, "invalid syntax");
    return 1;
}

// }====

static const char *block_name(const AyToken *first, const AyToken *second) {
    switch (first->type) {
    case AY_TK_DEF: return "function definition";
    case AY_TK_CLASS: return "class definition";
    case AY_TK_IF: return "'if' statement";
    case AY_TK_ELIF: return "'elif' statement";
    case AY_TK_ELSE: return "'else' statement";
    case AY_TK_WHILE: return "'while' statement";
    case AY_TK_FOR: return "'for' statement";
    case AY_TK_WITH: return "'with' statement";
    case AY_TK_TRY: return "'try' statement";
    case AY_TK_FINALLY: return "'finally' statement";
    case AY_TK_EXCEPT: return second && second->type == AY_TK_STAR ? "'except*' statement" : "'except' statement";
    case AY_TK_MATCH: return "'match' statement";
    case AY_TK_CASE: return "'case' statement";
    case AY_TK_ASYNC:
        if (second && second->type == AY_TK_DEF) return "function definition";
        if (second && second->type == AY_TK_FOR) return "'for' statement";
        if (second && second->type == AY_TK_WITH) return "'with' statement";
        return NULL;
    default: return NULL;
    }
}

// Chooses the message for a token lemon rejected, as CPython's second
// (error-reporting) pass would.
void ayParse_analyze(AyParseDriver *d, const AyToken *t, int level) {
    AyParser *p = d->p;
    AyToken *prev = hist_at(d, 0), *prev2 = hist_at(d, 1);
    if (t->type == AY_TK_ERRORTOKEN) {
        ayParse_error_tok(p, t, "invalid syntax");
        return;
    }
    // After a string CPython reads one more token (for concatenation); a
    // tokenizer error there is what it reports.
    if (t->type == AY_TK_STRING || t->type == AY_TK_FSTRING_END) {
        AyLexer saved;
        memcpy(&saved, &p->lx, sizeof saved);
        AyToken x;
        if (ayLex_next(&p->lx, &x) < 0 && p->lx.err.type) {
            p->err_type = p->lx.err.type;
            snprintf(p->err_msg, sizeof p->err_msg, "%s", p->lx.err.msg);
            p->err_lineno = p->lx.err.lineno;
            p->err_col = p->lx.err.offset;
            p->err_end_lineno = p->lx.err.end_lineno;
            p->err_end_col = p->lx.err.end_offset;
            p->err_chars = !p->lx.err.quiet;
            p->failed = 1;
            p->err_no_override = 1;
            memcpy(&p->lx, &saved, sizeof saved);
            return;
        }
        memcpy(&p->lx, &saved, sizeof saved);
    }
    AyToken *type_params = in_def_type_params(d);
    if (type_params) {
        ayParse_error_tok(p, type_params, "expected '('");
        return;
    }
    if (p->mode == AY_PARSE_SINGLE && t->type != 0) {
        void *lp = probe(d);
        int complete = lp && ayParse_accepts(lp, 0);
        if (complete) {
            ayParse_error_tok(p, t, "multiple statements found while compiling a single statement");
            return;
        }
    }
    // `if x:` NEWLINE without an indented block.
    if (prev && prev2 && prev->type == AY_TK_NEWLINE && prev2->type == AY_TK_COLON && t->type != AY_TK_INDENT) {
        long i = 2;
        AyToken *first = NULL, *second = NULL;
        for (;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT) break;
            second = first;
            first = x;
        }
        const char *what = first ? block_name(first, second) : NULL;
        if (what) {
            ayParse_error_at(p, "IndentationError", t->lineno, t->col, t->lineno, -1,
                             "expected an indented block after %s on line %d", what, first->lineno);
            return;
        }
    }
    if (t->type == AY_TK_INDENT) {
        ayParse_error_at(p, "IndentationError", t->lineno, t->col - 1, t->lineno, -1, "unexpected indent");
        p->err_no_override = 1;
        return;
    }
    if (match_error(d, t)) return;
    // print "x" / exec "x".
    if (prev && prev->type == AY_TK_NAME && prev->len == 5 && t->type != AY_TK_LPAR && is_expr_start(t->type) &&
        !memcmp(prev->start, "print", 5)) {
        AyToken ahead[256];
        ahead[0] = *t;
        int n = 1 + lex_ahead(p, ahead + 1, 255);
        int end = scan_expr(ahead, n);
        // star_expressions: more comma-separated expressions.
        while (end >= 0 && end + 2 < n && ahead[end + 1].type == AY_TK_COMMA) {
            int e2 = scan_expr(ahead + end + 2, n - end - 2);
            if (e2 < 0) break;
            end = end + 2 + e2;
        }
        if (end >= 0) {
            fetched(p, ahead, n, end);
            ayParse_error_at(p, "SyntaxError", prev->lineno, prev->col, ahead[end].end_lineno, ahead[end].end_col,
                             "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", prev->len,
                             prev->start, prev->len, prev->start);
            return;
        }
    }
    if (prev && prev->type == AY_TK_NAME && prev->len == 4 && !memcmp(prev->start, "exec", 4) &&
        t->type != AY_TK_LPAR && is_expr_start(t->type)) {
        AyToken ahead[256];
        ahead[0] = *t;
        int n = 1 + lex_ahead(p, ahead + 1, 255);
        int end = scan_expr(ahead, n);
        if (end >= 0) {
            ayParse_error_at(p, "SyntaxError", prev->lineno, prev->col, ahead[end].end_lineno, ahead[end].end_col,
                             "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
            return;
        }
    }
    // `a if b` without `else`.
    if (t->type != AY_TK_ELSE && t->type != AY_TK_COLON && prev && is_expr_end(prev->type)) {
        long i = 0;
        int depth = 0;
        AyToken *x;
        for (;; i++) {
            x = hist_at(d, i);
            if (!x) break;
            if (is_close(x->type)) { depth++; continue; }
            if (is_open(x->type)) { if (depth-- == 0) { x = NULL; break; } continue; }
            if (depth) continue;
            if (x->type == AY_TK_IF) break;
            if (!(is_expr_end(x->type) || is_binop(x->type) || x->type == AY_TK_MINUS || x->type == AY_TK_TILDE ||
                  x->type == AY_TK_FSTRING_START || x->type == AY_TK_FSTRING_MIDDLE || x->type == AY_TK_AWAIT)) {
                x = NULL;
                break;
            }
        }
        AyToken *before = x ? hist_at(d, i + 1) : NULL;
        if (x && before && is_expr_end(before->type) && !is_case_guard(d, i)) {
            // Not a comprehension's `if`: no `for` at this depth before it.
            int comp = 0;
            depth = 0;
            long j;
            AyToken *start = before;
            for (j = i + 1;; j++) {
                AyToken *y = hist_at(d, j);
                if (!y) break;
                if (is_close(y->type)) { depth++; start = y; continue; }
                if (is_open(y->type)) { if (depth-- == 0) break; start = y; continue; }
                if (depth) continue;
                if (y->type == AY_TK_FOR) { comp = 1; break; }
                if (is_expr_end(y->type) || (is_binop(y->type) && y->type != AY_TK_IN) || y->type == AY_TK_MINUS ||
                    y->type == AY_TK_TILDE) {
                    start = y;
                    continue;
                }
                break;
            }
            if (!comp) {
                ayParse_error_at(p, "SyntaxError", start->lineno, start->col, prev->end_lineno, prev->end_col,
                                 "expected 'else' after 'if' expression");
                return;
            }
        }
    }
    // from m import a, b,
    if (t->type == AY_TK_NEWLINE && prev && prev->type == AY_TK_COMMA && level == 0) {
        for (long i = 1;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT ||
                x->type == AY_TK_SEMI || x->type == AY_TK_LPAR)
                break;
            if (x->type == AY_TK_IMPORT) {
                AyToken *f = NULL;
                for (long j = i + 1;; j++) {
                    AyToken *y = hist_at(d, j);
                    if (!y || y->type == AY_TK_NEWLINE || y->type == AY_TK_INDENT || y->type == AY_TK_DEDENT ||
                        y->type == AY_TK_SEMI)
                        break;
                    f = y;
                }
                if (f && f->type == AY_TK_FROM) {
                    ayParse_error_tok(p, t, "trailing comma not allowed without surrounding parentheses");
                    return;
                }
                break;
            }
        }
    }
    // def f(a=) / f(a=) / {1:}
    if ((t->type == AY_TK_RPAR || t->type == AY_TK_COMMA) && prev && prev->type == AY_TK_EQUAL && prev2 &&
        prev2->type == AY_TK_NAME) {
        if (in_def_params(d)) {
            ayParse_error_tok(p, prev, "expected default value expression");
            return;
        }
    }
    if ((t->type == AY_TK_RBRACE || t->type == AY_TK_COMMA) && prev && prev->type == AY_TK_COLON) {
        long o = open_bracket_at(d);
        AyToken *ob = o >= 0 ? hist_at(d, o) : NULL;
        if (ob && ob->type == AY_TK_LBRACE) {
            ayParse_error_tok(p, prev, "expression expected after dictionary key and ':'");
            return;
        }
    }
    // try/else/finally must be followed by ':' (forced tokens).
    if (prev && t->type != AY_TK_COLON &&
        (prev->type == AY_TK_TRY || prev->type == AY_TK_FINALLY ||
         (prev->type == AY_TK_ELSE && (!prev2 || prev2->type == AY_TK_NEWLINE || prev2->type == AY_TK_INDENT ||
                                        prev2->type == AY_TK_DEDENT)))) {
        ayParse_error_tok(p, t, "expected ':'");
        return;
    }
    // Inside an f-string replacement field.
    if (fstring_field(d, p)) {
        AyToken *o = hist_at(d, open_bracket_at(d));
        int rel = 0;  // what the field holds so far: 1 expr, 2 expr '=', 3 expr [=] !conv
        if (prev == o) rel = 0;
        else if (prev->type == AY_TK_EQUAL) rel = 2;
        else if (prev2 && prev2->type == AY_TK_EXCLAMATION && prev->type == AY_TK_NAME) rel = 3;
        else if (prev->type == AY_TK_EXCLAMATION) rel = 4;
        else rel = 1;
        if (rel == 0 && (t->type == AY_TK_RBRACE || t->type == AY_TK_EXCLAMATION || t->type == AY_TK_COLON ||
                         t->type == AY_TK_EQUAL)) {
            ayParse_error_tok(p, t, "f-string: valid expression required before '%c'", t->start[0]);
            return;
        }
        if (rel == 0 && !is_expr_start(t->type) && t->type != AY_TK_YIELD && t->type != AY_TK_STAR) {
            ayParse_error_tok(p, t, "f-string: expecting a valid expression after '{'");
            return;
        }
        if (rel == 1 && !is_binop(t->type) && !is_open(t->type) && t->type != AY_TK_COMMA && t->type != AY_TK_IF &&
            t->type != AY_TK_FOR && !is_expr_start(t->type)) {
            ayParse_error_tok(p, t, "f-string: expecting '=', or '!', or ':', or '}'");
            return;
        }
        if (rel == 2) {
            ayParse_error_tok(p, t, "f-string: expecting '!', or ':', or '}'");
            return;
        }
        if (rel == 3) {
            ayParse_error_tok(p, t, "f-string: expecting ':' or '}'");
            return;
        }
        if (rel == 4) {
            ayParse_error_tok(p, t, "f-string: missing conversion character");
            return;
        }
    }
    // Call arguments: `expr=` with something other than a plain name.
    if (prev && prev->type == AY_TK_EQUAL && in_call_args(d)) {
        long i = 1;
        int depth = 0;
        AyToken *first = NULL;
        for (;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x) break;
            if (is_close(x->type)) depth++;
            else if (is_open(x->type) && depth-- == 0) break;
            if (depth == 0 && x->type == AY_TK_COMMA) break;
            first = x;
        }
        if (first && first == prev2 && first->type == AY_TK_NAME) {
            if (t->type == AY_TK_RPAR || t->type == AY_TK_COMMA) {
                ayParse_error_at(p, "SyntaxError", prev2->lineno, prev2->col, prev->end_lineno, prev->end_col,
                                 "expected argument value expression");
                return;
            }
        } else if (first && first->type != AY_TK_STAR && first->type != AY_TK_DOUBLESTAR) {
            ayParse_error_at(p, "SyntaxError", first->lineno, first->col, prev->end_lineno, prev->end_col,
                             "expression cannot contain assignment, perhaps you meant \"==\"?");
            return;
        }
    }
    // for x (a, b): no `in`, so CPython reports the invalid target.
    if (t->type != AY_TK_IN && level == 0) {
        long i = 0;
        AyToken *x, *forx = NULL;
        for (;; i++) {
            x = hist_at(d, i);
            if (!x || x->type == AY_TK_NEWLINE || x->type == AY_TK_INDENT || x->type == AY_TK_DEDENT ||
                x->type == AY_TK_SEMI || x->type == AY_TK_COLON || x->type == AY_TK_IN)
                break;
            if (x->type == AY_TK_FOR) forx = x;
        }
        long f = -1;
        for (long k = 0; forx && k < i; k++)
            if (hist_at(d, k) == forx) f = k;
        if (forx && f > 0 && bad_for_target(d, p, f - 1, t)) return;
    }
    // def name without '(' / def f() without ':' (forced tokens).
    if (((prev && prev2 && prev->type == AY_TK_NAME && prev2->type == AY_TK_DEF) || after_def_type_params(d)) &&
        t->type != AY_TK_LPAR) {
        ayParse_error_tok(p, t, "expected '('");
        return;
    }
    // def f(...) [-> x] must be followed by ':'.
    AyToken *sf = stmt_first(d);
    if (sf && (sf->type == AY_TK_DEF || sf->type == AY_TK_ASYNC) && prev &&
        (prev->type == AY_TK_RPAR || is_expr_end(prev->type))) {
        AyToken *arrow = NULL;
        for (long k = 0;; k++) {
            AyToken *y = hist_at(d, k);
            if (!y || y == sf) break;
            if (y->type == AY_TK_RARROW) arrow = y;
        }
        if (arrow && level > 0) {
            // The annotation does not parse: reported at the '->'.
            ayParse_error_tok(p, arrow, "expected ':'");
            return;
        }
        if (t->type != AY_TK_COLON && level == 0) {
            void *lp = probe(d);
            if (lp && ayParse_accepts(lp, AY_TK_COLON) && !ayParse_accepts(lp, AY_TK_RPAR)) {
                ayParse_error_tok(p, t, "expected ':'");
                return;
            }
        }
    }
    // def f((a)): parenthesized parameters.
    if (t->type == AY_TK_LPAR && prev && (prev->type == AY_TK_LPAR || prev->type == AY_TK_COMMA)) {
        long i = 0;
        AyToken *x;
        while ((x = hist_at(d, i)) && (x->type == AY_TK_NAME || x->type == AY_TK_COMMA)) i++;
        AyToken *op = hist_at(d, i), *nm = hist_at(d, i + 1), *df = hist_at(d, i + 2);
        if (op && nm && df && op->type == AY_TK_LPAR && nm->type == AY_TK_NAME && df->type == AY_TK_DEF) {
            AyToken ahead[64];
            int n = lex_ahead(p, ahead, 64);
            for (int k = 0; k < n; k++) {
                if (ahead[k].type == AY_TK_RPAR && k > 0) {
                    ayParse_error_at(p, "SyntaxError", t->lineno, t->col, ahead[k].end_lineno, ahead[k].end_col,
                                     "Function parameters cannot be parenthesized");
                    return;
                }
                if (ahead[k].type != AY_TK_NAME && ahead[k].type != AY_TK_COMMA) break;
            }
        }
    }
    // `type X = 1 = 2`, `x: int = 1 = 2`: a type alias or annotated
    // assignment has one value (a plain chain of '=' never fails here).
    if (level == 0 && t->type == AY_TK_EQUAL && has_outer_equal(d)) {
        ayParse_error_tok(p, t, "invalid syntax");
        return;
    }
    // `if x = 1:` / `(a, b=1)`: '=' where only an expression may be. Not
    // after a whole eval() input or a keyword argument's value, which the
    // grammar reads as a plain expression: there CPython just stops at '='.
    if (t->type == AY_TK_EQUAL && prev && ((level == 0 && (p->mode & 0xff) == AY_PARSE_EVAL) ||
                                           (level > 0 && after_keyword_value(d)))) {
        ayParse_error_tok(p, t, "invalid syntax");
        return;
    }
    if (t->type == AY_TK_EQUAL && prev && is_expr_end(prev->type)) {
        AyToken ahead[256];
        int n = lex_ahead(p, ahead, 256);
        int end = scan_bitor(ahead, n);
        int after = end + 1 < n ? ahead[end + 1].type : AY_TK_NEWLINE;
        if (end >= 0 && after != AY_TK_EQUAL && after != AY_TK_COLONEQUAL) {
            fetched(p, ahead, n, end);
            AyToken *pp = hist_at(d, 1);
            if (prev->type == AY_TK_NAME && !(pp && pp->type == AY_TK_DOT)) {
                ayParse_error_at(p, "SyntaxError", prev->lineno, prev->col, ahead[end].end_lineno, ahead[end].end_col,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return;
            }
            const char *what = NULL;
            AyToken *first = prev;
            if (prev->type == AY_TK_NAME) {
                what = "attribute";
                first = bitor_start(d, 0);
            } else if (prev->type == AY_TK_NUMBER || prev->type == AY_TK_STRING) {
                what = "literal";
                first = bitor_start(d, 0);
            } else if (prev->type == AY_TK_RSQB || prev->type == AY_TK_RPAR) {
                // A subscript or call if the bracket follows an expression.
                long i = 0;
                int depth = 0;
                for (;; i++) {
                    AyToken *x = hist_at(d, i);
                    if (!x) break;
                    if (is_close(x->type)) depth++;
                    else if (is_open(x->type) && --depth == 0) break;
                }
                AyToken *before = hist_at(d, i + 1);
                if (before && is_expr_end(before->type))
                    what = prev->type == AY_TK_RSQB ? "subscript" : "function call";
                first = bitor_start(d, 0);
            }
            if (what && first && first->type != AY_TK_LSQB && first->type != AY_TK_TRUE &&
                first->type != AY_TK_FALSE && first->type != AY_TK_NONE &&
                !(first->type == AY_TK_LPAR && what[0] == 'l')) {
                ayParse_error_at(p, "SyntaxError", first->lineno, first->col, prev->end_lineno, prev->end_col,
                                 "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
                return;
            }
        }
    }
    // {1: 2, 3 4}: inside a dict display, a key without ':' wins over the
    // missing-comma guess.
    if (level > 0 && prev && is_expr_end(prev->type) && t->type != AY_TK_COLON && in_dict(d)) {
        ayParse_error_at(p, "SyntaxError", prev->lineno, prev->end_col - 1, prev->lineno, -1,
                         "':' expected after dictionary key");
        return;
    }
    // [*x for x in y]
    if (t->type == AY_TK_FOR && level > 0) {
        long i = 0;
        int depth = 0;
        AyToken *first = NULL;
        for (;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x || (depth == 0 && x->type == AY_TK_COMMA)) { first = NULL; break; }
            if (is_close(x->type)) depth++;
            else if (is_open(x->type) && depth-- == 0) break;
            first = x;
        }
        if (first && first->type == AY_TK_STAR) {
            ayParse_error_at(p, "SyntaxError", first->lineno, first->col, prev->end_lineno, prev->end_col,
                             "iterable unpacking cannot be used in comprehension");
            return;
        }
    }
    // [x, y for x, y in z]
    if (t->type == AY_TK_FOR && level > 0) {
        int depth = 0, commas = 0;
        long i;
        AyToken *first = NULL;
        for (i = 0;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x) break;
            if (is_close(x->type)) depth++;
            else if (is_open(x->type)) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && x->type == AY_TK_COMMA) commas++;
            first = x;
        }
        AyToken *open = hist_at(d, i);
        int colon = 0;
        for (long k = 0, dd = 0; k < i; k++) {
            AyToken *x = hist_at(d, k);
            if (is_close(x->type)) dd++;
            else if (is_open(x->type)) dd--;
            else if (dd == 0 && x->type == AY_TK_COLON) colon = 1;
        }
        if (open && first && commas && !colon && open->type != AY_TK_LPAR) {
            AyToken *lastx = prev;
            if (lastx->type == AY_TK_COMMA) lastx = prev2;
            ayParse_error_at(p, "SyntaxError", first->lineno, first->col, lastx->end_lineno, lastx->end_col,
                             "did you forget parentheses around the comprehension target?");
            return;
        }
    }
    // Two expressions side by side inside brackets.
    if (level > 0 && prev && is_expr_end(prev->type) && is_expr_start(t->type) &&
        (!in_def_params(d) || param_has_value(d)) && !after_comp_in(d)) {
        // The left expression: back to a separator at the same depth.
        long i = 0;
        int depth = 0;
        AyToken *start = prev;
        for (;; i++) {
            AyToken *x = hist_at(d, i);
            if (!x) break;
            if (is_close(x->type)) depth++;
            else if (is_open(x->type)) {
                if (depth == 0) break;
                depth--;
                start = x;
                continue;
            }
            if (depth > 0) continue;
            if (is_expr_end(x->type) || is_binop(x->type) || x->type == AY_TK_FSTRING_START ||
                x->type == AY_TK_FSTRING_MIDDLE || x->type == AY_TK_MINUS || x->type == AY_TK_TILDE ||
                x->type == AY_TK_AWAIT) {
                // Another expression directly before: not a single disjunction.
                if (x != prev && is_expr_end(x->type) && i > 0 && is_expr_start(hist_at(d, i - 1)->type) &&
                    !is_binop(hist_at(d, i - 1)->type) && hist_at(d, i - 1)->type != AY_TK_LPAR &&
                    hist_at(d, i - 1)->type != AY_TK_LSQB && !(x->type == AY_TK_STRING &&
                    hist_at(d, i - 1)->type == AY_TK_STRING))
                    break;
                start = x;
                continue;
            }
            break;
        }
        // !(NAME STRING | SOFT_KEYWORD) at the start of the left expression.
        const AyToken *second = start == prev ? t : NULL;
        for (long k = 0; !second; k++) {
            AyToken *x = hist_at(d, k);
            if (!x) break;
            if (x == start) second = k > 0 ? hist_at(d, k - 1) : t;
        }
        if (start->type == AY_TK_NAME && second &&
            (second->type == AY_TK_STRING || second->type == AY_TK_FSTRING_START))
            goto not_comma;
        int soft = start->type == AY_TK_NAME &&
                   ((start->len == 5 && !memcmp(start->start, "match", 5)) ||
                    (start->len == 4 && (!memcmp(start->start, "case", 4) || !memcmp(start->start, "type", 4))) ||
                    (start->len == 1 && start->start[0] == '_'));
        AyToken ahead[256];
        ahead[0] = *t;
        int n = 1 + lex_ahead(p, ahead + 1, 255);
        int end = scan_expr(ahead, n);
        if (end >= 0 && !soft) {
            fetched(p, ahead, n, end);
            ayParse_error_at(p, "SyntaxError", start->lineno, start->col, ahead[end].end_lineno, ahead[end].end_col,
                             "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
not_comma:
    // x[] followed by more: CPython reads `x` and `[]...` as two expressions.
    if (t->type == AY_TK_RSQB && prev && prev->type == AY_TK_LSQB && prev2 && is_expr_end(prev2->type) &&
        d->hist_level[(d->ntok - 1) % AY_PARSE_HISTORY] > 0 && !in_def_params(d)) {
        AyToken *start = bitor_start(d, 1);
        AyToken ahead[256];
        ahead[0] = *prev;
        ahead[1] = *t;
        int n = 2 + lex_ahead(p, ahead + 2, 254);
        int end = scan_expr(ahead, n);
        if (start && end >= 1) {
            fetched(p, ahead, n, end);
            ayParse_error_at(p, "SyntaxError", start->lineno, start->col, ahead[end].end_lineno, ahead[end].end_col,
                             "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    // Probes of the parser state before the failing token.
    void *lp = probe(d);
    if (lp) {
        int colon = ayParse_accepts(lp, AY_TK_COLON);
        int except = ayParse_accepts(lp, AY_TK_EXCEPT), finally = ayParse_accepts(lp, AY_TK_FINALLY);
        int name = ayParse_accepts(lp, AY_TK_NAME);
        AyToken *first = stmt_first(d);
        int header = first && (first->type == AY_TK_IF || first->type == AY_TK_ELIF || first->type == AY_TK_ELSE ||
                               first->type == AY_TK_WHILE || first->type == AY_TK_FOR || first->type == AY_TK_WITH ||
                               first->type == AY_TK_TRY || first->type == AY_TK_EXCEPT ||
                               first->type == AY_TK_FINALLY || first->type == AY_TK_CLASS ||
                               first->type == AY_TK_DEF || first->type == AY_TK_ASYNC ||
                               first->type == AY_TK_MATCH || first->type == AY_TK_CASE);
        if (t->type == AY_TK_NEWLINE && colon && header) {
            ayParse_error_at(p, "SyntaxError", t->lineno, t->col, t->lineno, -1, "expected ':'");
            return;
        }
        if (except && finally && !name) {
            ayParse_error_tok(p, t, "expected 'except' or 'finally' block");
            return;
        }
        // {1: 2, 3}: a dict item without its value.
        if (colon && (t->type == AY_TK_COMMA || t->type == AY_TK_RBRACE) && prev) {
            long i = 0;
            int depth = 0;
            AyToken *start = prev;
            for (;; i++) {
                AyToken *x = hist_at(d, i);
                if (!x) break;
                if (is_close(x->type)) depth++;
                else if (is_open(x->type) && depth-- == 0) break;
                if (depth == 0 && (x->type == AY_TK_COMMA || x->type == AY_TK_COLON)) break;
                start = x;
            }
            for (depth = 0;; i++) {
                AyToken *x = hist_at(d, i);
                if (!x || (is_open(x->type) && depth-- == 0)) break;
                if (is_close(x->type)) depth++;
            }
            AyToken *open = hist_at(d, i);
            if (open && open->type == AY_TK_LBRACE) {
                ayParse_error_at(p, "SyntaxError", start->lineno, start->col, prev->end_lineno, prev->end_col,
                                 "':' expected after dictionary key");
                return;
            }
        }
    }
    if (t->type == AY_TK_DEDENT) {
        ayParse_error_at(p, "IndentationError", t->lineno, t->col < 0 ? -1 : t->col - 1, t->lineno, -1,
                         "unexpected unindent");
        p->err_no_override = 1;
        return;
    }
    ayParse_error_tok(p, t, "invalid syntax");
}

// After a parser error, CPython tokenizes the rest of the input: a later
// tokenizer error, or a bracket left open on an earlier line, wins.
void ayParse_check_rest(AyParser *p, int last_line) {
    if (p->mode == AY_PARSE_SINGLE) return;
    // CPython compares with the furthest token its parser had fetched.
    if (p->max_line > last_line) last_line = p->max_line;
    AyToken t;
    for (;;) {
        int type = ayLex_next(&p->lx, &t);
        if (type == 0) return;
        if (type < 0) break;
    }
    AyLexer *lx = &p->lx;
    if (lx->err.type && lx->err.quiet) return;
    // An error inside an f-string does not replace the parser's (CPython
    // keeps the first error when the tokenizer stopped in an f-string).
    if (lx->err.type && lx->nmodes > 0) return;
    if (lx->err.type) {
        p->err_type = lx->err.type;
        snprintf(p->err_msg, sizeof p->err_msg, "%s", lx->err.msg);
        p->err_lineno = lx->err.lineno;
        p->err_col = lx->err.offset;
        p->err_end_lineno = lx->err.end_lineno;
        p->err_end_col = lx->err.end_offset;
        p->err_incomplete = 0;
        p->err_chars = 1;
    } else if (lx->level > 0 && lx->parenlineno[lx->level - 1] < last_line) {
        p->err_type = "SyntaxError";
        snprintf(p->err_msg, sizeof p->err_msg, "'%c' was never closed", lx->parenstack[lx->level - 1]);
        p->err_lineno = lx->parenlineno[lx->level - 1];
        p->err_col = lx->parencol[lx->level - 1] + 1;
        p->err_end_lineno = p->err_lineno;
        p->err_end_col = 0;
    }
}

// }====

