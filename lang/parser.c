// The front end's driver: prepares the source (BOM, NUL bytes, UTF-8,
// newlines), pushes the lexer's tokens into the lemon parser, checks the
// finished tree, and turns failures into CPython-style syntax errors,
// including the specific messages CPython's second parser pass produces.
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "grammar.h"
#include "parse_int.h"

typedef AyParseDriver Driver;

// {==== Errors ====

static void set_error(AyParser *p, const char *type, int lineno, int boff, int end_lineno, int bend,
                      const char *fmt, va_list ap) {
    if (p->failed) return;
    p->failed = 1;
    p->err_type = type;
    vsnprintf(p->err_msg, sizeof p->err_msg, fmt, ap);
    p->err_lineno = lineno;
    p->err_col = boff;
    p->err_end_lineno = end_lineno;
    p->err_end_col = bend;
}

// 0-based byte columns in; stored as CPython's 1-based "offset" convention.
void ayParse_error_at(AyParser *p, const char *type, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (col < 0) set_error(p, type, lineno, 0, lineno, 0, fmt, ap);
    else set_error(p, type, lineno, col + 1, end_lineno, end_col < 0 ? -1 : end_col + 1, fmt, ap);
    va_end(ap);
}

void ayParse_error_node(AyParser *p, const AyNode *n, const char *fmt, ...) {
    int l, c, el, ec;
    ayBuild_extent(p, n, &l, &c, &el, &ec);
    // CPython reports a node at its own position, not its parentheses'.
    l = n->lineno, c = n->col_offset, el = n->end_lineno, ec = n->end_col_offset;
    va_list ap;
    va_start(ap, fmt);
    set_error(p, "SyntaxError", l, c + 1, el, ec + 1, fmt, ap);
    va_end(ap);
}

void ayParse_error_tok(AyParser *p, const AyToken *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (t->col < 0) set_error(p, "SyntaxError", t->lineno, 0, t->lineno, 0, fmt, ap);
    else set_error(p, "SyntaxError", t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
}

void ayParse_oom(AyParser *p) {
    if (p->failed) return;
    p->failed = 1;
    p->err_is_memory = 1;
    p->err_type = "MemoryError";
    snprintf(p->err_msg, sizeof p->err_msg, "out of memory while parsing");
    p->err_lineno = 0;
}

void ayParse_syntax_error(AyParser *p, const AyToken *t) {
    if (p->failed || p->syntax_error) return;
    p->syntax_error = 1;
    p->errtok = *t;
}

void ayParse_stack_overflow(AyParser *p) {
    if (p->failed) return;
    p->failed = 1;
    p->err_is_memory = 1;
    p->err_type = "MemoryError";
    snprintf(p->err_msg, sizeof p->err_msg, "Parser stack overflowed - Python source too complex to parse");
    p->err_lineno = 0;
}

// }====

// {==== Identifiers ====

static uint32_t hash_bytes(const char *s, int len) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const char *intern_raw(AyParser *p, const char *s, int len) {
    if ((p->names_len + 1) * 2 > p->names_cap) {
        size_t ncap = p->names_cap ? p->names_cap * 2 : 256;
        const char **nn = calloc(ncap, sizeof *nn);
        uint32_t *nh = calloc(ncap, sizeof *nh);
        if (!nn || !nh) {
            free(nn);
            free(nh);
            ayParse_oom(p);
            return NULL;
        }
        for (size_t i = 0; i < p->names_cap; i++) {
            if (!p->names[i]) continue;
            size_t j = p->name_hash[i] & (ncap - 1);
            while (nn[j]) j = (j + 1) & (ncap - 1);
            nn[j] = p->names[i];
            nh[j] = p->name_hash[i];
        }
        free(p->names);
        free(p->name_hash);
        p->names = nn;
        p->name_hash = nh;
        p->names_cap = ncap;
    }
    uint32_t h = hash_bytes(s, len);
    size_t j = h & (p->names_cap - 1);
    while (p->names[j]) {
        if (p->name_hash[j] == h && strncmp(p->names[j], s, (size_t)len) == 0 && p->names[j][len] == 0)
            return p->names[j];
        j = (j + 1) & (p->names_cap - 1);
    }
    char *copy = ayArena_strdup(p->arena, s, (size_t)len);
    if (!copy) {
        ayParse_oom(p);
        return NULL;
    }
    p->names[j] = copy;
    p->name_hash[j] = h;
    p->names_len++;
    return copy;
}

// Interns an identifier; non-ASCII ones are NFKC-normalised first, as
// CPython does.
const char *ayParse_intern(AyParser *p, const char *s, int len) {
    if (p->probing) return NULL;
    int ascii = 1;
    for (int i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80) ascii = 0;
    if (ascii) return intern_raw(p, s, len);
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, len, &norm,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (n < 0) return intern_raw(p, s, len);
    const char *r = intern_raw(p, (const char *)norm, (int)n);
    free(norm);
    return r;
}

char *ayParse_scratch(AyParser *p, size_t n) {
    if (n > p->scratch_cap) {
        size_t ncap = p->scratch_cap ? p->scratch_cap : 256;
        while (ncap < n) ncap *= 2;
        char *s = realloc(p->scratch, ncap);
        if (!s) {
            ayParse_oom(p);
            return NULL;
        }
        p->scratch = s;
        p->scratch_cap = ncap;
    }
    return p->scratch;
}

// }====

// {==== Source preparation ====

// Length of a valid UTF-8 sequence at s (n bytes available), or 0.
static int utf8_valid(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xc2) return 0;
    if (c < 0xe0) return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
    if (c < 0xf0) {
        if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80) return 0;
        if (c == 0xe0 && s[1] < 0xa0) return 0;
        if (c == 0xed && s[1] >= 0xa0) return 0;
        return 3;
    }
    if (c < 0xf5) {
        if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80) return 0;
        if (c == 0xf0 && s[1] < 0x90) return 0;
        if (c == 0xf4 && s[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

// The reason CPython's UTF-8 decoder gives for the bad sequence at s.
static const char *utf8_reason(const unsigned char *s, size_t n, int *bad_len) {
    unsigned c = s[0];
    *bad_len = 1;
    if (c < 0xc2 || c >= 0xf5) return "invalid start byte";
    int need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    size_t k = 1;
    for (; k < (size_t)need && k < n; k++) {
        unsigned lo = 0x80, hi = 0xbf;
        if (k == 1) {
            if (c == 0xe0) lo = 0xa0;
            else if (c == 0xed) hi = 0x9f;
            else if (c == 0xf0) lo = 0x90;
            else if (c == 0xf4) hi = 0x8f;
        }
        if (s[k] < lo || s[k] > hi) break;
    }
    *bad_len = (int)k;
    if (k < (size_t)need && k >= n) return "unexpected end of data";
    return "invalid continuation byte";
}

// Is line `l` (0-terminated by \n) a coding declaration naming a latin-1
// alias? Returns 1 for latin-1, 0 for utf-8/none, -1 for other encodings.
static int coding_of(const char *l, const char *end, char *name, size_t namecap) {
    const char *e = memchr(l, '\n', (size_t)(end - l));
    if (!e) e = end;
    const char *h = l;
    while (h < e && (*h == ' ' || *h == '\t' || *h == '\f')) h++;
    if (h >= e || *h != '#') return 0;
    for (const char *q = h; q + 6 <= e; q++) {
        if (memcmp(q, "coding", 6) != 0 || q + 6 >= e || (q[6] != ':' && q[6] != '=')) continue;
        const char *v = q + 7;
        while (v < e && (*v == ' ' || *v == '\t')) v++;
        size_t n = 0;
        while (v < e && n + 1 < namecap &&
               ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9') ||
                *v == '-' || *v == '_' || *v == '.'))
            name[n++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v), v++;
        name[n] = 0;
        for (char *c = name; *c; c++)
            if (*c == '_') *c = '-';
        if (!strcmp(name, "utf-8") || !strncmp(name, "utf-8-", 6) || !strcmp(name, "utf8")) return 0;
        if (!strcmp(name, "latin-1") || !strcmp(name, "iso-8859-1") || !strcmp(name, "iso-latin-1") ||
            !strcmp(name, "latin") || !strcmp(name, "8859") || !strcmp(name, "iso-ir-100") ||
            !strcmp(name, "csisolatin1") ||
            !strncmp(name, "latin-1-", 8) || !strncmp(name, "iso-8859-1-", 11) || !strcmp(name, "l1") ||
            !strcmp(name, "latin1") || !strcmp(name, "iso8859-1") || !strcmp(name, "cp819"))
            return 1;
        if (!strcmp(name, "ascii") || !strcmp(name, "us-ascii")) return 0;
        return -1;
    }
    return 0;
}

// Copies the source into a NUL-terminated buffer ending in '\n', with
// \r\n and \r turned into \n and a latin-1 coding converted to UTF-8.
// Returns NULL with an error recorded on bad input.
static char *prepare(AyParser *p, const char *src, size_t len, const char *filename, int check_coding);

// Converts source in another declared encoding to UTF-8 with iconv, then
// prepares it as usual.
static char *prepare_iconv(AyParser *p, const char *src, size_t len, const char *filename, const char *name) {
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) {
        p->failed = 1;
        p->err_type = "SyntaxError";
        // Python's file reader words it differently from compile().
        snprintf(p->err_msg, sizeof p->err_msg,
                 p->mode == AY_PARSE_FILE && !p->string_input ? "encoding problem: %s" : "unknown encoding: %s", name);
        p->err_lineno = 0;
        return NULL;
    }
    size_t cap = len * 4 + 4, inleft = len, outleft = cap;
    char *out = malloc(cap), *o = out;
    char *in = (char *)src;
    char *r = NULL;
    if (!out) {
        ayParse_oom(p);
    } else if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
        p->failed = 1;
        p->err_type = "SyntaxError";
        snprintf(p->err_msg, sizeof p->err_msg,
                 "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: invalid start byte", name,
                 (unsigned char)*in, (size_t)(in - src));
        p->err_lineno = 0;
    } else {
        r = prepare(p, out, (size_t)(o - out), filename, 0);
    }
    free(out);
    iconv_close(cd);
    return r;
}

static char *prepare(AyParser *p, const char *src, size_t len, const char *filename, int check_coding) {
    if (!src) src = "", len = 0;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) src += 3, len -= 3;
    const char *nul = memchr(src, 0, len);
    if (nul) {
        int lineno = 1;
        for (const char *q = src; q < nul; q++)
            if (*q == '\n') lineno++;
        p->failed = 1;
        p->err_type = "SyntaxError";
        snprintf(p->err_msg, sizeof p->err_msg, "source code cannot contain null bytes");
        p->err_lineno = lineno;
        p->err_col = 0;
        p->err_end_col = 0;
        p->err_end_lineno = lineno;
        return NULL;
    }
    // A coding declaration on line 1 or 2.
    int latin1 = 0;
    char name[64] = "";
    int c1 = check_coding ? coding_of(src, src + len, name, sizeof name) : 0;
    if (c1 == 0 && check_coding) {
        const char *nl = memchr(src, '\n', len);
        const char *h = src;
        while (h < (nl ? nl : src + len) && (*h == ' ' || *h == '\t' || *h == '\f')) h++;
        if (nl && (h == nl || *h == '#')) c1 = coding_of(nl + 1, src + len, name, sizeof name);
    }
    if (c1 < 0) return prepare_iconv(p, src, len, filename, name);
    latin1 = c1 == 1;
    size_t cap = latin1 ? len * 2 + 2 : len + 2;
    char *buf = malloc(cap);
    if (!buf) {
        ayParse_oom(p);
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)src;
    size_t o = 0, i = 0;
    int lineno = 1;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            if (c == '\r') {
                buf[o++] = '\n';
                i += i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
                lineno++;
                continue;
            }
            if (c == '\n') lineno++;
            buf[o++] = (char)c;
            i++;
            continue;
        }
        if (latin1) {
            buf[o++] = (char)(0xc0 | c >> 6);
            buf[o++] = (char)(0x80 | (c & 0x3f));
            i++;
            continue;
        }
        int n = utf8_valid(s + i, len - i);
        if (!n) {
            int bad_len;
            const char *why = utf8_reason(s + i, len - i, &bad_len);
            p->failed = 1;
            p->err_type = "SyntaxError";
            if (p->mode == AY_PARSE_FILE && filename && !p->string_input) {
                snprintf(p->err_msg, sizeof p->err_msg,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                         "declared; see https://peps.python.org/pep-0263/ for details",
                         c, filename, lineno);
                p->err_lineno = 0;
            } else {
                if (bad_len > 1)
                    snprintf(p->err_msg, sizeof p->err_msg,
                             "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s", i,
                             i + (size_t)bad_len - 1, why);
                else
                    snprintf(p->err_msg, sizeof p->err_msg,
                             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i,
                             why);
                p->err_lineno = 0;
            }
            free(buf);
            return NULL;
        }
        memcpy(buf + o, s + i, (size_t)n);
        o += (size_t)n;
        i += (size_t)n;
    }
    if (o == 0 || buf[o - 1] != '\n') {
        buf[o++] = '\n';
        p->added_newline = 1;
    }
    buf[o] = 0;
    p->len = o;
    return buf;
}

// }====

// {==== The final check ====

// Walks the finished tree without recursion: rejects trees deeper than
// AY_MAX_AST_DEPTH, stray `x as y` items, and duplicate parameter names.
typedef struct Frame {
    AyNode *n;
    int depth;
    int parent_kind;
} Frame;

static void check_args(AyParser *p, const AyNode *args) {
    const AyNodeList *lists[3] = {&args->v.arguments.posonlyargs, &args->v.arguments.args,
                                  &args->v.arguments.kwonlyargs};
    const AyNode *all[1024];
    int n = 0;
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < lists[k]->len && n < 1024; i++) all[n++] = lists[k]->items[i];
        if (k == 1 && args->v.arguments.vararg && n < 1024) all[n++] = args->v.arguments.vararg;
    }
    if (args->v.arguments.kwarg && n < 1024) all[n++] = args->v.arguments.kwarg;
    for (int i = 1; i < n; i++)
        for (int j = 0; j < i; j++)
            if (all[i]->v.arg.arg == all[j]->v.arg.arg) {
                ayParse_error_node(p, all[i], "duplicate argument '%s' in function definition", all[i]->v.arg.arg);
                return;
            }
}

static void push_children(Frame **stack, size_t *sp, size_t *cap, AyNode *n, int depth, int *oom) {
#define PUSH(child) \
    do { \
        AyNode *c_ = (child); \
        if (!c_) break; \
        if (*sp == *cap) { \
            size_t nc = *cap * 2; \
            Frame *ns = realloc(*stack, nc * sizeof *ns); \
            if (!ns) { *oom = 1; break; } \
            *stack = ns; \
            *cap = nc; \
        } \
        (*stack)[(*sp)++] = (Frame){c_, depth + 1, n->kind}; \
    } while (0)
#define W_NODE(v) PUSH(v);
#define W_OPT(v) PUSH(v);
#define W_LIST(v) for (int i = (v).len; i-- > 0;) PUSH((v).items[i]);
#define W_IGNORE(v)
#define W_IDENT W_IGNORE
#define W_OPTID W_IGNORE
#define W_IDLIST W_IGNORE
#define W_INT W_IGNORE
#define W_OPER W_IGNORE
#define W_UNOP W_IGNORE
#define W_BOOLOP W_IGNORE
#define W_CMPOPS W_IGNORE
#define W_CTX W_IGNORE
#define W_CONST W_IGNORE
#define WALK_FIELD(type, fname) W_##type(k->fname)
#define WALK_CASE(kind, cat, fields) \
    case AyAst_##kind: { \
        __typeof__(n->v.kind) *k = &n->v.kind; \
        (void)k; \
        fields \
        break; \
    }
    switch (n->kind) {
        AY_AST_NODES(WALK_CASE, WALK_FIELD)
    default: break;
    }
#undef PUSH
}

static void check_tree(AyParser *p, AyNode *root) {
    size_t cap = 256, sp = 0;
    Frame *stack = malloc(cap * sizeof *stack);
    if (!stack) {
        ayParse_oom(p);
        return;
    }
    int oom = 0;
    stack[sp++] = (Frame){root, 0, 0};
    while (sp && !p->failed && !oom) {
        Frame f = stack[--sp];
        AyNode *n = f.n;
        if (f.depth > AY_MAX_AST_DEPTH) {
            p->failed = 1;
            p->err_is_memory = 1;
            p->err_type = "MemoryError";
            snprintf(p->err_msg, sizeof p->err_msg,
                     "Parser stack overflowed - Python source too complex to parse");
            break;
        }
        if (n->kind == AyAst_withitem && f.parent_kind != AyAst_With && f.parent_kind != AyAst_AsyncWith) {
            ayParse_error_at(p, "SyntaxError", n->lineno, n->col_offset, n->lineno, -1, "invalid syntax");
            break;
        }
        if (n->kind == AyAst_FunctionDef || n->kind == AyAst_AsyncFunctionDef)
            check_args(p, n->v.FunctionDef.args);
        else if (n->kind == AyAst_Lambda)
            check_args(p, n->v.Lambda.args);
        n->flags = 0;
        push_children(&stack, &sp, &cap, n, f.depth, &oom);
    }
    free(stack);
    if (oom) ayParse_oom(p);
}

// }====

// {==== Soft keywords ====

// Tokens that may start a match statement's subject.
static int starts_subject(int type) {
    switch (type) {
    case AY_TK_NAME: case AY_TK_NUMBER: case AY_TK_STRING: case AY_TK_FSTRING_START: case AY_TK_LPAR:
    case AY_TK_LSQB: case AY_TK_LBRACE: case AY_TK_MINUS: case AY_TK_PLUS: case AY_TK_TILDE: case AY_TK_STAR:
    case AY_TK_NOT: case AY_TK_LAMBDA: case AY_TK_AWAIT: case AY_TK_NONE: case AY_TK_TRUE: case AY_TK_FALSE:
    case AY_TK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

// Whether the rest of the logical line after `match` looks like a match
// statement's first line: a subject, then ':' as the last token. No simple
// statement starting with the name `match` ends in ':', and `match[x]: int`
// (an annotation) must stay one. The lexer is copied, scanned ahead and
// restored; this only happens for `match` where a statement may start.
static int match_line_ahead(AyParser *p) {
    AyLexer saved;
    memcpy(&saved, &p->lx, sizeof saved);
    AyToken t;
    int type = ayLex_next(&p->lx, &t), last = 0, result = 0;
    if (starts_subject(type)) {
        for (; type > 0; type = ayLex_next(&p->lx, &t)) {
            if (type == AY_TK_NEWLINE) {
                result = last == AY_TK_COLON;
                break;
            }
            last = type;
        }
    }
    memcpy(&p->lx, &saved, sizeof saved);
    return result;
}

// Whether the token after `type` is a name: only a type alias starts that way.
static int type_alias_ahead(AyParser *p) {
    AyLexer saved;
    memcpy(&saved, &p->lx, sizeof saved);
    AyToken t;
    int result = ayLex_next(&p->lx, &t) == AY_TK_NAME;
    memcpy(&p->lx, &saved, sizeof saved);
    return result;
}

int ayParse_soft_keyword(AyParser *p, void *lemon, const AyToken *t) {
    if (t->len == 4 && !memcmp(t->start, "case", 4))
        return ayParse_accepts(lemon, AY_TK_CASE) ? AY_TK_CASE : AY_TK_NAME;
    if (t->len == 5 && !memcmp(t->start, "match", 5) && ayParse_accepts(lemon, AY_TK_MATCH) && match_line_ahead(p))
        return AY_TK_MATCH;
    if (t->len == 4 && !memcmp(t->start, "type", 4) && ayParse_accepts(lemon, AY_TK_TYPE) && type_alias_ahead(p))
        return AY_TK_TYPE;
    return AY_TK_NAME;
}

// }====

// {==== Driver ====

static void lexer_error(AyParser *p) {
    AyLexer *lx = &p->lx;
    p->failed = 1;
    if (!lx->err.type) {
        // End of input inside brackets.
        p->err_type = "SyntaxError";
        snprintf(p->err_msg, sizeof p->err_msg, "'%c' was never closed", lx->parenstack[lx->level - 1]);
        p->err_lineno = lx->parenlineno[lx->level - 1];
        p->err_col = lx->parencol[lx->level - 1] + 1;
        p->err_end_lineno = p->err_lineno;
        p->err_end_col = 0;
        p->err_incomplete = 1;
        return;
    }
    p->err_type = lx->err.type;
    snprintf(p->err_msg, sizeof p->err_msg, "%s", lx->err.msg);
    p->err_lineno = lx->err.lineno;
    p->err_col = lx->err.offset;
    p->err_end_lineno = lx->err.end_lineno;
    p->err_end_col = lx->err.end_offset;
    p->err_incomplete = lx->err.eof;
    p->err_chars = !lx->err.quiet;
}

// Start of line `lineno` (1-based) in the buffer, or NULL.
static const char *line_at(const char *buf, size_t len, int lineno) {
    const char *s = buf, *end = buf + len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl) return NULL;
        s = nl + 1;
    }
    return s < end ? s : NULL;
}

// CPython's byte offset to character offset for an error position: the
// number of characters in the first `boff` bytes (a cut character counts).
static int char_offset(const char *line, int boff) {
    int len = (int)strlen(line);
    if (boff > len + 1) boff = len + 1;
    int n = 0;
    for (int i = 0; i < boff && i < len; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80) n++;
    if (boff > len) n++;
    return n;
}

static void fill_error(AyParser *p, const char *src, size_t srclen, AySyntaxError *err) {
    memset(err, 0, sizeof *err);
    err->type = p->err_type ? p->err_type : "SyntaxError";
    snprintf(err->msg, sizeof err->msg, "%s", p->err_msg);
    err->incomplete = p->err_incomplete;
    if (p->err_lineno <= 0) return;
    err->lineno = p->err_lineno;
    err->end_lineno = p->err_end_lineno ? p->err_end_lineno : p->err_lineno;
    const char *buf = p->buf ? p->buf : src;
    size_t len = p->buf ? p->len : srclen;
    const char *l = line_at(buf, len, p->err_lineno);
    if (!l) {
        err->offset = p->err_col;
        err->end_offset = p->err_end_col;
        return;
    }
    const char *e = memchr(l, '\n', (size_t)(buf + len - l));
    const char *nul = memchr(l, 0, (size_t)(buf + len - l));
    if (nul && (!e || nul < e)) e = nul;
    size_t n = e ? (size_t)(e - l) : (size_t)(buf + len - l);
    err->text = malloc(n + 2);
    if (!err->text) return;
    memcpy(err->text, l, n);
    err->text[n] = '\n';
    err->text[n + 1] = 0;
    // CPython's tokenizer counts characters; its parser reports UTF-8 byte
    // columns for script files and characters for strings.
    int conv = p->err_chars || p->string_input;
    err->offset = p->err_col > 0 && conv ? char_offset(err->text, p->err_col) : p->err_col;
    err->end_offset = p->err_end_col > 0 && conv ? char_offset(err->text, p->err_end_col) : p->err_end_col;
    // CPython adds no newline to eval and single input given as a string:
    // its last line's text has none, and an error at the end of the input
    // has offsets 0.
    if (p->string_input && p->mode != AY_PARSE_FILE && p->added_newline && l + n + 1 == buf + len) {
        err->text[n] = 0;
        if (p->err_col > (int)n) err->offset = err->end_offset = 0;
    }
}

// Parses `src` (see parser.h).
AyNode *ayParse(AyArena *arena, const char *src, size_t len, const char *filename, AyParseMode mode,
                AySyntaxError *err) {
    return ayParse_warn(arena, src, len, filename, mode, err, NULL, NULL);
}

AyNode *ayParse_warn(AyArena *arena, const char *src, size_t len, const char *filename, AyParseMode mode,
                     AySyntaxError *err, AyParseWarnFn warn, void *warn_ud) {
    AyParser *p = calloc(1, sizeof *p);
    Driver *d = malloc(sizeof *d);
    if (!p || !d) {
        free(p);
        free(d);
        memset(err, 0, sizeof *err);
        err->type = "MemoryError";
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    p->arena = arena;
    p->warn = warn;
    p->warn_ud = warn_ud;
    p->string_input = (mode & AY_PARSE_STRING_INPUT) != 0;
    mode = (AyParseMode)(mode & ~AY_PARSE_STRING_INPUT);
    p->mode = mode;
    d->p = p;
    d->ntok = 0;
    d->probe = NULL;
    char *buf = prepare(p, src, len, filename, 1);
    void *lp = NULL;
    AyNode *result = NULL;
    if (buf) {
        p->buf = buf;
        ayLex_init(&p->lx, buf, p->len);
        lp = ayParse_Alloc(malloc, p);
        if (!lp) ayParse_oom(p);
    }
    if (lp) {
        AyToken t;
        memset(&t, 0, sizeof t);
        ayParse_(lp, mode == AY_PARSE_FILE ? AY_TK_MODE_FILE : mode == AY_PARSE_EVAL ? AY_TK_MODE_EVAL
                                                                                      : AY_TK_MODE_SINGLE, t);
        int single_nl = mode == AY_PARSE_SINGLE;
        for (;;) {
            int level = p->lx.level;
            int type = ayLex_next(&p->lx, &t);
            if (type < 0) {
                lexer_error(p);
                break;
            }
            if (type == AY_TK_NAME) type = t.type = ayParse_soft_keyword(p, lp, &t);
            // As CPython does for 'single' input, the end of input is first
            // seen as one more NEWLINE (it ends a compound statement).
            if (type == 0 && single_nl && d->ntok > 0) {
                single_nl = 0;
                type = t.type = AY_TK_NEWLINE;
                p->lx.done = 0;
                p->lx.last_was_newline = 1;
            }
            p->lookahead = t;
            if (t.end_lineno > p->max_line) p->max_line = t.end_lineno;
            ayParse_(lp, type, t);
            if (p->syntax_error && !p->failed) {
                ayParse_analyze(d, &p->errtok, level);
                // Input that merely ended too early: the REPL asks for more.
                if (p->errtok.col < 0) p->err_incomplete = 1;
                if (!p->lx.err.type && !p->err_no_override) ayParse_check_rest(p, p->errtok.lineno);
                break;
            }
            if (p->failed) {
                if (!p->err_is_memory) ayParse_check_rest(p, t.lineno);
                break;
            }
            d->hist[d->ntok % AY_PARSE_HISTORY] = t;
            d->hist_level[d->ntok % AY_PARSE_HISTORY] = level;
            d->ntok++;
            if (type == 0) break;
        }
        ayParse_Free(lp, free);
        if (!p->failed && p->result) {
            check_tree(p, p->result);
            if (!p->failed) result = p->result;
        } else if (!p->failed) {
            ayParse_error_at(p, "SyntaxError", p->lx.lineno, 0, p->lx.lineno, -1, "invalid syntax");
        }
    }
    if (d->probe) ayParse_free_probe(d->probe);
    if (!result) fill_error(p, src, len, err);
    else memset(err, 0, sizeof *err);
    free(buf);
    free(p->names);
    free(p->name_hash);
    free(p->parens);
    free(p->scratch);
    free(p);
    free(d);
    return result;
}

void aySyntaxError_clear(AySyntaxError *err) {
    free(err->text);
    err->text = NULL;
}

// Writes `n` bytes through the sink.
static void put(AySyntaxErrorSink *out, const char *s, size_t n) { out->write(out->ud, s, n); }

static void put_s(AySyntaxErrorSink *out, const char *s) { put(out, s, strlen(s)); }

// The location part of a SyntaxError as CPython prints an uncaught one: the
// file and line, the source line without its indentation (spaces, tabs and
// form feeds), and the caret line (none when the offset falls inside the
// indentation).
void aySyntaxError_print_location(AySyntaxErrorSink *out, const char *filename, const AySyntaxError *err) {
    if (err->lineno <= 0) return;
    char head[64];
    put_s(out, "  File \"");
    put_s(out, filename ? filename : "<string>");
    snprintf(head, sizeof head, "\", line %d\n", err->lineno);
    put_s(out, head);
    if (!err->text) return;
    size_t rlen = strlen(err->text);
    while (rlen && err->text[rlen - 1] == '\n') rlen--;
    size_t skip = 0;
    while (skip < rlen && (err->text[skip] == ' ' || err->text[skip] == '\t' || err->text[skip] == '\f')) skip++;
    const char *ltext = err->text + skip;
    size_t llen = rlen - skip;
    put_s(out, "    ");
    put(out, ltext, llen);
    put_s(out, "\n");
    if (!err->offset) return;
    int spaces = (int)skip;  // ASCII, so bytes == characters
    int offset = err->offset;
    int end = err->end_offset != 0 ? err->end_offset : offset;
    // a range running onto later lines is marked to the end of this one
    if (err->end_lineno > err->lineno) {
        end = 1;
        for (size_t i = 0; i < rlen; i++) end += ((unsigned char)err->text[i] & 0xC0) != 0x80;
    }
    if (offset == end || end == -1) end = offset + 1;
    int colno = offset - 1 - spaces, end_colno = end - 1 - spaces;
    if (colno < 0) return;
    put_s(out, "    ");
    // Whitespace other than spaces (tabs) is kept for alignment.
    const unsigned char *t = (const unsigned char *)ltext;
    int ci = 0;
    for (size_t i = 0; i < llen && ci < colno; ci++) {
        int cp;
        int n = ayLex_utf8_decode(t + i, &cp);
        if (cp == '\t' || cp == '\v' || cp == '\f' || cp == '\r' || (cp >= 0x1c && cp <= 0x1f) || cp == 0x85 ||
            cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
            cp == 0x202f || cp == 0x205f || cp == 0x3000)
            put(out, (const char *)t + i, (size_t)n);
        else
            put_s(out, " ");
        i += (size_t)n;
    }
    for (int i = colno; i < end_colno; i++) put_s(out, "^");
    put_s(out, "\n");
}

static void write_file(void *ud, const char *s, size_t n) { fwrite(s, 1, n, (FILE *)ud); }

// Prints the error as CPython's traceback module formats a SyntaxError.
void aySyntaxError_print(FILE *out, const char *filename, const AySyntaxError *err) {
    const char *type = err->type ? err->type : "SyntaxError";
    int is_syntax = !strcmp(type, "SyntaxError") || !strcmp(type, "IndentationError") || !strcmp(type, "TabError");
    AySyntaxErrorSink sink = {write_file, out};
    if (is_syntax) aySyntaxError_print_location(&sink, filename, err);
    fprintf(out, "%s: %s\n", type, err->msg);
}

// }====
