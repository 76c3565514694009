// ayAst_dump: prints an AST exactly as Python 3.12's ast.dump() does, so tests
// can take their expectations from CPython. Constants are printed with Python's
// repr() rules (quote choice, escapes, shortest float digits).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ast.h"

// Deeper trees are cut off with "..." rather than risking the C stack; the
// parser rejects such trees anyway (see AY_MAX_AST_DEPTH in parse_int.h).
enum { MAX_DUMP_DEPTH = 20000 };

// {==== Constant reprs ====

// Python's str.isprintable() for one code point.
static int is_printable(int32_t c) {
    if (c < 0x7f) return c >= 0x20;
    if (c < 0xa0) return 0;
    if (c >= 0xd800 && c <= 0xdfff) return 0;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

// Decodes one code point of (WTF-8) `s`; surrogates encoded as 3-byte
// sequences come back as themselves. Returns the byte length consumed.
static int decode_cp(const unsigned char *s, int n, int32_t *cp) {
    unsigned c = s[0];
    if (c < 0x80 || n < 2) { *cp = c; return 1; }
    if (c < 0xe0) { *cp = ((c & 0x1f) << 6) | (s[1] & 0x3f); return 2; }
    if (c < 0xf0 || n < 4) {
        if (n < 3) { *cp = c; return 1; }
        *cp = ((c & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        return 3;
    }
    *cp = ((c & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    return 4;
}

static void repr_str(FILE *out, const char *str, int len) {
    const unsigned char *s = (const unsigned char *)str;
    int sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    int quote = sq && !dq ? '"' : '\'';
    putc(quote, out);
    for (int i = 0; i < len;) {
        int32_t c;
        int n = decode_cp(s + i, len - i, &c);
        if (c == quote || c == '\\') { putc('\\', out); putc(c, out); }
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else if (c < 0x7f) putc(c, out);
        else if (is_printable(c)) fwrite(s + i, 1, n, out);
        else if (c < 0x100) fprintf(out, "\\x%02x", c);
        else if (c < 0x10000) fprintf(out, "\\u%04x", c);
        else fprintf(out, "\\U%08x", c);
        i += n;
    }
    putc(quote, out);
}

static void repr_bytes(FILE *out, const char *str, int len) {
    const unsigned char *s = (const unsigned char *)str;
    int sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    int quote = sq && !dq ? '"' : '\'';
    putc('b', out);
    putc(quote, out);
    for (int i = 0; i < len; i++) {
        int c = s[i];
        if (c == quote || c == '\\') { putc('\\', out); putc(c, out); }
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7f) fprintf(out, "\\x%02x", c);
        else putc(c, out);
    }
    putc(quote, out);
}

// Python's float repr: the shortest digit string that reads back as `v`,
// in fixed notation when the decimal exponent is in [-4, 16), else
// scientific with a signed two-digit-minimum exponent.
int ayAst_float_repr(char *buf, double v, int complex) {
    if (isinf(v)) return sprintf(buf, v > 0 ? "inf" : "-inf");
    if (isnan(v)) return sprintf(buf, "nan");
    char tmp[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v) break;
    }
    // tmp = [-]d[.ddd]e[+-]XX: collect the digits and the exponent.
    char digits[24];
    int nd = 0, neg = 0;
    const char *p = tmp;
    if (*p == '-') { neg = 1; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (v == 0) { nd = 1; digits[0] = '0'; exp10 = 0; }
    int decpt = exp10 + 1;  // position of the decimal point relative to digits
    char *o = buf;
    if (neg) *o++ = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -decpt; i++) *o++ = '0';
            for (int i = 0; i < nd; i++) *o++ = digits[i];
        } else {
            for (int i = 0; i < decpt; i++) *o++ = i < nd ? digits[i] : '0';
            if (nd > decpt) {
                *o++ = '.';
                for (int i = decpt; i < nd; i++) *o++ = digits[i];
            } else if (!complex) {
                *o++ = '.';
                *o++ = '0';
            }
        }
    } else {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            for (int i = 1; i < nd; i++) *o++ = digits[i];
        }
        o += sprintf(o, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
    *o = 0;
    return (int)(o - buf);
}

static void repr_const(FILE *out, const AyConst *c) {
    char buf[48];
    switch (c->kind) {
    case AY_CONST_NONE: fputs("None", out); break;
    case AY_CONST_TRUE: fputs("True", out); break;
    case AY_CONST_FALSE: fputs("False", out); break;
    case AY_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case AY_CONST_INT: fprintf(out, "%lld", (long long)c->i); break;
    case AY_CONST_BIGINT: fwrite(c->s, 1, c->len, out); break;
    case AY_CONST_FLOAT: ayAst_float_repr(buf, c->f, 0); fputs(buf, out); break;
    case AY_CONST_COMPLEX: ayAst_float_repr(buf, c->f, 1); fputs(buf, out); putc('j', out); break;
    case AY_CONST_STR: repr_str(out, c->s, c->len); break;
    case AY_CONST_BYTES: repr_bytes(out, c->s, c->len); break;
    }
}

// }====

// {==== Nodes ====


typedef struct Dumper {
    FILE *out;
    int attrs;
    int depth;
} Dumper;

static void dump_node(Dumper *d, const AyNode *n);

// Starts the next "name=" of a node's field list.
static void field(Dumper *d, int *first, const char *name) {
    if (!*first) fputs(", ", d->out);
    *first = 0;
    fputs(name, d->out);
    putc('=', d->out);
}

static void dump_list(Dumper *d, const AyNodeList *l) {
    putc('[', d->out);
    for (int i = 0; i < l->len; i++) {
        if (i) fputs(", ", d->out);
        dump_node(d, l->items[i]);
    }
    putc(']', d->out);
}

#define DUMP_NODE(n) \
    do { field(d, &first, name); dump_node(d, (n)); } while (0)
#define DF_NODE(v, name) DUMP_NODE(v);
#define DF_OPT(v, name) if (v) DUMP_NODE(v);
#define DF_LIST(v, name) field(d, &first, name); dump_list(d, &(v));
#define DF_IDENT(v, name) field(d, &first, name); repr_str(d->out, v ? v : "", v ? (int)strlen(v) : 0);
#define DF_OPTID(v, name) if (v) { field(d, &first, name); repr_str(d->out, v, (int)strlen(v)); }
#define DF_IDLIST(v, name) \
    field(d, &first, name); putc('[', d->out); \
    for (int i = 0; i < (v).len; i++) { \
        if (i) fputs(", ", d->out); \
        repr_str(d->out, (v).items[i], (int)strlen((v).items[i])); \
    } \
    putc(']', d->out);
#define DF_INT(v, name) field(d, &first, name); fprintf(d->out, "%d", v);
#define DF_OPER(v, name) field(d, &first, name); fprintf(d->out, "%s()", ayAst_name(&ayAst_operator_names, v));
#define DF_UNOP(v, name) field(d, &first, name); fprintf(d->out, "%s()", ayAst_name(&ayAst_unaryop_names, v));
#define DF_BOOLOP(v, name) field(d, &first, name); fprintf(d->out, "%s()", ayAst_name(&ayAst_boolop_names, v));
#define DF_CMPOPS(v, name) \
    field(d, &first, name); putc('[', d->out); \
    for (int i = 0; i < (v).len; i++) \
        fprintf(d->out, "%s%s()", i ? ", " : "", ayAst_name(&ayAst_cmpop_names, (v).items[i])); \
    putc(']', d->out);
#define DF_CTX(v, name) field(d, &first, name); fprintf(d->out, "%s()", ayAst_name(&ayAst_ctx_names, v));
#define DF_CONST(v, name) field(d, &first, name); repr_const(d->out, &(v));

static void dump_attrs(Dumper *d, const AyNode *n, int cat, int first) {
    if (d->attrs && cat != AY_CAT_MOD && cat != AY_CAT_PLAIN)
        fprintf(d->out, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                first ? "" : ", ", n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
    putc(')', d->out);
}

// One case per kind: `k` points at the kind's union member so the field
// list of the X-macro can be expanded without knowing the kind.
#define KIND_FIELD(type, fname) { const char *name = #fname; DF_##type(k->fname, name) }
#define KIND_CASE(kind, cat, fields) \
    case AyAst_##kind: { \
        const __typeof__(n->v.kind) *k = &n->v.kind; \
        (void)k; \
        fputs(#kind "(", d->out); \
        int first = 1; \
        fields \
        dump_attrs(d, n, AY_CAT_##cat, first); \
        break; \
    }

static void dump_node(Dumper *d, const AyNode *n) {
    if (!n) {
        fputs("None", d->out);
        return;
    }
    if (d->depth >= MAX_DUMP_DEPTH) {
        fputs("...", d->out);
        return;
    }
    d->depth++;
    switch (n->kind) {
        AY_AST_NODES(KIND_CASE, KIND_FIELD)
    default:
        fputs("?", d->out);
        break;
    }
    d->depth--;
}

// Prints `n` as ast.dump(n, include_attributes=attrs) does, plus a newline.
void ayAst_dump(FILE *out, const AyNode *n, int attrs) {
    Dumper d = {out, attrs, 0};
    dump_node(&d, n);
    putc('\n', out);
}

// }====
