// The format mini-language (format(), str.format, f-strings) for int, float,
// complex and str. The parsing, validation order, messages and the number
// layout (sign, prefix, padding, zero-padded grouping) follow CPython's
// Python/formatter_unicode.c so results match character for character.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

// {==== spec parsing

typedef struct Spec {
    char fill[5];       // UTF-8 fill character, NUL-terminated
    int fill_len;
    char align;         // '<', '>', '=', '^'
    char sign;          // 0, '+', '-', ' '
    bool no_neg_0;      // 'z'
    bool alt;           // '#'
    int64_t width;      // -1: none
    int group;          // thousands separator: 0, ',' or '_'
    int group_every;    // digits per group (3, or 4 for '_' with b/o/x/X)
    int64_t precision;  // -1: none
    uint32_t type;      // presentation type code point (0: none)
} Spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads a decimal integer at *p; returns the number of digits (-1 on overflow).
static int get_integer(AyVM *vm, const char **p, const char *end, int64_t *out) {
    int n = 0;
    int64_t v = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        int d = *(*p)++ - '0';
        if (v > (INT64_MAX - d) / 10) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        n++;
    }
    *out = v;
    return n;
}

static bool bad_group_type(AyVM *vm, int group, uint32_t type) {
    if (type > 32 && type < 128)
        ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify '%c' with '%c'.", group, (int)type);
    else
        ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify '%c' with '\\x%x'.", group, (unsigned)type);
    return false;
}

// [[fill]align][sign][z][#][0][width][,|_][.precision][type]
static bool parse_spec(AyVM *vm, AyStr *s, Spec *sp, const char *tname, uint32_t default_type, char default_align) {
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->align = default_align;
    sp->width = sp->precision = -1;
    sp->type = default_type;
    const char *p = s->data, *end = p + s->size;
    bool fill_given = false, align_given = false;
    if (p < end) {
        const char *q = p;
        ayUtf8_decode(&q);
        if (q < end && is_align(*q)) {
            sp->fill_len = (int)(q - p);
            memcpy(sp->fill, p, (size_t)sp->fill_len);
            sp->fill[sp->fill_len] = 0;
            sp->align = *q;
            fill_given = align_given = true;
            p = q + 1;
        } else if (is_align(*p)) {
            sp->align = *p++;
            align_given = true;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
    if (p < end && *p == 'z') {
        sp->no_neg_0 = true;
        p++;
    }
    if (p < end && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        // the '0' flag: zero fill, and for numbers sign-aware padding
        sp->fill[0] = '0';
        sp->fill[1] = 0;
        if (!align_given && default_align == '>') sp->align = '=';
        p++;
    }
    int64_t v;
    int n = get_integer(vm, &p, end, &v);
    if (n < 0) return false;
    if (n > 0) sp->width = v;
    if (p < end && *p == ',') {
        sp->group = ',';
        p++;
    }
    if (p < end && *p == '_') {
        if (sp->group) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify both ',' and '_'.");
            return false;
        }
        sp->group = '_';
        p++;
    }
    if (p < end && *p == ',' && sp->group == '_') {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify both ',' and '_'.");
        return false;
    }
    if (p < end && *p == '.') {
        p++;
        n = get_integer(vm, &p, end, &v);
        if (n < 0) return false;
        if (n == 0) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Format specifier missing precision");
            return false;
        }
        sp->precision = v;
    }
    if (p < end) {
        const char *q = p;
        uint32_t c = ayUtf8_decode(&q);
        if (q < end) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid format specifier '%U' for object of type '%s'", s, tname);
            return false;
        }
        sp->type = c;
    }
    sp->group_every = 3;
    if (sp->group) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->group == '_') {
                sp->group_every = 4;
                break;
            }
            return bad_group_type(vm, sp->group, sp->type);
        default:
            return bad_group_type(vm, sp->group, sp->type);
        }
    }
    return true;
}

static AyValue unknown_type(AyVM *vm, uint32_t type, const char *tname) {
    if (type > 32 && type < 128)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown format code '%c' for object of type '%s'", (int)type,
                            tname);
    return ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned)type, tname);
}

static bool fill_is_zero(const Spec *sp) { return sp->fill_len == 1 && sp->fill[0] == '0'; }

static void add_fill(AyBuf *b, const Spec *sp, int64_t n) {
    for (int64_t i = 0; i < n; i++) ayBuf_add(b, sp->fill, (size_t)sp->fill_len);
}

// }====
// {==== number layout

// Digits with separators every `every` digits, left-padded with zeros (which
// are grouped too) to at least min_width characters: CPython's
// _PyUnicode_InsertThousandsGrouping, which works from the right and may
// exceed min_width by one so the text never starts with a separator.
// Returns the length; writes into `out` (filled from the right) unless NULL.
static int64_t group_digits(char *out, int64_t total, const char *d, int64_t n, int64_t min_width, int every, char sep) {
    int64_t remaining = n, count = 0;
    char *pos = out ? out + total : NULL;
    const char *dpos = d + n;
    bool use_sep = false;
    for (;;) {
        int64_t l;
        bool last = !sep;
        if (!last) {
            l = every;
            int64_t cap = remaining > min_width ? remaining : min_width;
            if (cap < 1) cap = 1;
            if (l > cap) l = cap;
        } else {
            l = remaining > min_width ? remaining : min_width;
            if (l < 1) l = 1;
        }
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        count += (use_sep ? 1 : 0) + zeros + chars;
        if (pos) {
            if (use_sep) *--pos = sep;
            pos -= chars;
            dpos -= chars;
            memcpy(pos, dpos, (size_t)chars);
            pos -= zeros;
            memset(pos, '0', (size_t)zeros);
        }
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (last || (remaining <= 0 && min_width <= 0)) break;
        min_width -= 1;  // the separator
    }
    return count;
}

// A formatted number cut in the pieces the padding rules care about.
typedef struct Num {
    char sign;                 // '-' when negative, else 0
    const char *prefix;        // "0x" etc. (written as given)
    int nprefix;
    const char *digits;        // the integer digits, ASCII
    int64_t ndigits;
    bool has_decimal;          // a '.' follows the digits
    const char *rest;          // after the point: fraction, exponent, '%', or a 'c' character
    int64_t nrest;             // bytes
    int64_t rest_chars;        // characters
} Num;

// Splits ASCII number text as CPython's parse_number: digits, then an
// optional '.', then the remainder.
static void split_number(Num *n, const char *s, size_t len) {
    memset(n, 0, sizeof *n);
    if (len && s[0] == '-') {
        n->sign = '-';
        s++;
        len--;
    }
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    n->digits = s;
    n->ndigits = (int64_t)i;
    if (i < len && s[i] == '.') {
        n->has_decimal = true;
        i++;
    }
    n->rest = s + i;
    n->nrest = n->rest_chars = (int64_t)(len - i);
}

// Writes a number laid out per the spec (CPython's calc_number_widths and
// fill_number): [lpad][sign][prefix][spad][grouped digits][.][rest][rpad].
// `force_sign` overrides the spec's sign option (complex imaginary parts);
// `padded` = false lays it out without any padding.
static bool emit_number(AyBuf *b, const Spec *sp, const Num *n, char sign_opt, bool padded) {
    char sign = 0;
    if (sign_opt == '+') sign = n->sign == '-' ? '-' : '+';
    else if (sign_opt == ' ') sign = n->sign == '-' ? '-' : ' ';
    else if (n->sign == '-') sign = '-';
    int64_t width = padded ? sp->width : -1;
    int64_t non_digit = (sign ? 1 : 0) + n->nprefix + (n->has_decimal ? 1 : 0) + n->rest_chars;
    int64_t min_width = padded && fill_is_zero(sp) && sp->align == '=' ? width - non_digit : 0;
    int64_t grouped = n->ndigits ? group_digits(NULL, 0, n->digits, n->ndigits, min_width, sp->group_every,
                                                (char)sp->group)
                                 : 0;
    int64_t padding = width - (non_digit + grouped);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (sp->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    add_fill(b, sp, lpad);
    if (sign) ayBuf_addc(b, sign);
    if (n->nprefix) ayBuf_add(b, n->prefix, (size_t)n->nprefix);
    add_fill(b, sp, spad);
    if (grouped) {
        if (!ayBuf_reserve(b, (size_t)grouped)) return false;
        group_digits(b->data + b->len, grouped, n->digits, n->ndigits, min_width, sp->group_every, (char)sp->group);
        b->len += (size_t)grouped;
    }
    if (n->has_decimal) ayBuf_addc(b, '.');
    if (n->nrest) ayBuf_add(b, n->rest, (size_t)n->nrest);
    add_fill(b, sp, rpad);
    return !b->failed;
}

// Pads already-formatted text of `chars` characters to the spec's width.
static void emit_padded(AyBuf *b, const Spec *sp, const char *s, size_t n, int64_t chars) {
    int64_t padding = sp->width - chars, lpad = 0, rpad = 0;
    if (padding > 0) {
        if (sp->align == '<') rpad = padding;
        else if (sp->align == '^') lpad = padding / 2, rpad = padding - padding / 2;
        else lpad = padding;
    }
    add_fill(b, sp, lpad);
    ayBuf_add(b, s, n);
    add_fill(b, sp, rpad);
}

// }====
// {==== ints

static AyValue format_float_spec(AyVM *vm, double d, const Spec *sp);

static AyValue format_int_spec(AyVM *vm, AyValue v, const Spec *sp, const char *tname) {
    uint32_t t = sp->type;
    switch (t) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (ayInt_as_double(vm, v, &d) < 0) return AY_NULL;
        return format_float_spec(vm, d, sp);
    }
    default:
        return unknown_type(vm, t, tname);
    }
    if (sp->precision != -1)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        return ayErr_format(vm, AY_EXC(vm, ValueError),
                            "Negative zero coercion (z) not allowed in integer format specifier");
    Num n;
    memset(&n, 0, sizeof n);
    AyBuf digits;
    ayBuf_init(&digits, vm);
    char ch[4];
    if (t == 'c') {
        if (sp->sign) return ayErr_format(vm, AY_EXC(vm, ValueError), "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            return ayErr_format(vm, AY_EXC(vm, ValueError),
                                "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (ayInt_as_i64(vm, v, &cp) < 0) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C long");
        }
        if (cp < 0 || cp > 0x10FFFF) return ayErr_format(vm, AY_EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
        n.rest = ch;
        n.nrest = ayUtf8_encode((uint32_t)cp, ch);
        n.rest_chars = 1;
    } else {
        int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
        if (!ayInt_add_digits(&digits, v, base, t == 'X')) {
            ayBuf_free(&digits);
            return AY_NULL;
        }
        n.digits = digits.data;
        n.ndigits = (int64_t)digits.len;
        if (ayInt_sign(vm, v) < 0) n.sign = '-';
        if (sp->alt && base != 10) {
            n.prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
            n.nprefix = 2;
        }
    }
    Spec s2 = *sp;
    if (t == 'n') s2.group = 0;  // the C locale has no grouping
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ok = emit_number(&b, &s2, &n, sp->sign, true);
    ayBuf_free(&digits);
    if (!ok) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

AyValue ayFormat_int(AyVM *vm, AyValue v, AyStr *spec) {
    const char *tname = ayType_name(ayV_type(vm, v));
    v = ayInt_exact(vm, v);
    if (spec->size == 0) return ayInt_to_str(vm, v, 10, false);
    Spec sp;
    if (!parse_spec(vm, spec, &sp, tname, 'd', '>')) return AY_NULL;
    return format_int_spec(vm, v, &sp, tname);
}

// }====
// {==== floats

// The text of d as PyOS_double_to_string gives it for a spec (ASCII,
// malloc'd), '%' appended for the percent type.
static char *float_text(AyVM *vm, double d, const Spec *sp, char type, size_t *len) {
    int flags = 0, default_prec = 6;
    if (sp->alt) flags |= AY_DTSF_ALT;
    if (sp->no_neg_0) flags |= AY_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= AY_DTSF_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') type = 'g';
    bool pct = false;
    if (type == '%') {
        type = 'f';
        d *= 100;
        pct = true;
    }
    int64_t prec = sp->precision;
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    char *s = ayDtoa_format(d, type, (int)prec, flags, len);
    if (!s) {
        ayErr_nomemory(vm);
        return NULL;
    }
    if (pct) {
        char *t = realloc(s, *len + 2);
        if (!t) {
            free(s);
            ayErr_nomemory(vm);
            return NULL;
        }
        s = t;
        s[(*len)++] = '%';
        s[*len] = 0;
    }
    return s;
}

static AyValue format_float_spec(AyVM *vm, double d, const Spec *sp) {
    if (sp->precision > INT32_MAX) return ayErr_format(vm, AY_EXC(vm, ValueError), "precision too big");
    size_t len;
    char *s = float_text(vm, d, sp, (char)sp->type, &len);
    if (!s) return AY_NULL;
    Num n;
    split_number(&n, s, len);
    Spec s2 = *sp;
    if (sp->type == 'n') s2.group = 0;
    AyBuf b;
    ayBuf_init(&b, vm);
    bool ok = emit_number(&b, &s2, &n, sp->sign, true);
    free(s);
    if (!ok) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

AyValue ayFormat_float(AyVM *vm, AyValue v, AyStr *spec) {
    double d = ayFloat_value(v);
    const char *tname = ayType_name(ayV_type(vm, v));
    Spec sp;
    if (!parse_spec(vm, spec, &sp, tname, 0, '>')) return AY_NULL;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(vm, d, &sp);
    default:
        return unknown_type(vm, sp.type, tname);
    }
}

// }====
// {==== complex

AyValue ayFormat_complex(AyVM *vm, AyValue v, AyStr *spec) {
    double re = AY_AS(AyComplex, v)->real, im = AY_AS(AyComplex, v)->imag;
    const char *tname = ayType_name(ayV_type(vm, v));
    Spec sp;
    if (!parse_spec(vm, spec, &sp, tname, 0, '>')) return AY_NULL;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_type(vm, sp.type, tname);
    }
    if (fill_is_zero(&sp))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Zero padding is not allowed in complex format specifier");
    if (sp.align == '=')
        return ayErr_format(vm, AY_EXC(vm, ValueError),
                            "'=' alignment flag is not allowed in complex format specifier");
    int flags = 0, default_prec = 6;
    if (sp.alt) flags |= AY_DTSF_ALT;
    if (sp.no_neg_0) flags |= AY_DTSF_NO_NEG_0;
    char type = (char)sp.type;
    bool skip_re = false, parens = false;
    if (type == 0) {
        // like repr(): the real part is left out when it is +0
        type = 'r';
        default_prec = 0;
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    }
    if (type == 'n') type = 'g';
    int64_t prec = sp.precision;
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    if (prec > INT32_MAX) return ayErr_format(vm, AY_EXC(vm, ValueError), "precision too big");
    size_t rlen, ilen;
    char *rs = ayDtoa_format(re, type, (int)prec, flags, &rlen);
    char *is = ayDtoa_format(im, type, (int)prec, flags, &ilen);
    if (!rs || !is) {
        free(rs);
        free(is);
        return ayErr_nomemory(vm);
    }
    Num rn, in;
    split_number(&rn, rs, rlen);
    split_number(&in, is, ilen);
    Spec s2 = sp;
    if (sp.type == 'n') s2.group = 0;
    AyBuf body;
    ayBuf_init(&body, vm);
    if (parens) ayBuf_addc(&body, '(');
    if (!skip_re) emit_number(&body, &s2, &rn, sp.sign, false);
    emit_number(&body, &s2, &in, skip_re ? sp.sign : '+', false);
    ayBuf_addc(&body, 'j');
    if (parens) ayBuf_addc(&body, ')');
    free(rs);
    free(is);
    if (body.failed) {
        ayBuf_free(&body);
        return AY_NULL;
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    emit_padded(&b, &sp, body.data, body.len, (int64_t)body.len);
    ayBuf_free(&body);
    return ayBuf_finish(&b);
}

// }====
// {==== str

AyValue ayFormat_str(AyVM *vm, AyStr *s, AyStr *spec) {
    if (spec->size == 0) {
        if (s->hdr.type == vm->t_str) return ayV_from_obj(s);
        return ayObj_str(vm, ayV_from_obj(s));
    }
    const char *tname = ayType_name(s->hdr.type);
    Spec sp;
    if (!parse_spec(vm, spec, &sp, tname, 's', '<')) return AY_NULL;
    if (sp.type != 's') return unknown_type(vm, sp.type, tname);
    if (sp.sign == ' ')
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Space not allowed in string format specifier");
    if (sp.sign) return ayErr_format(vm, AY_EXC(vm, ValueError), "Sign not allowed in string format specifier");
    if (sp.no_neg_0)
        return ayErr_format(vm, AY_EXC(vm, ValueError),
                            "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        return ayErr_format(vm, AY_EXC(vm, ValueError), "'=' alignment not allowed in string format specifier");
    int64_t len = s->len, nbytes = s->size;
    if (sp.precision >= 0 && sp.precision < len) {
        nbytes = ayStr_offset(s, sp.precision);
        len = sp.precision;
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    emit_padded(&b, &sp, s->data, (size_t)nbytes, len);
    return ayBuf_finish(&b);
}

// }====
// {==== format(value, spec)

AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec) {
    if (!ayV_is_str(vm, spec))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "format() argument 2 must be str, not %T", spec);
    AyStr *sp = AY_STR(spec);
    // the exact builtin types skip the method lookup
    if (ayV_is_float(v)) {
        if (sp->size == 0) return ayObj_str(vm, v);
        return ayFormat_float(vm, v, sp);
    }
    if (ayV_is_int(v) || ayV_is_bigint(vm, v)) return ayFormat_int(vm, v, sp);
    AyType *t = ayV_type(vm, v);
    if (t == vm->t_str) return ayFormat_str(vm, AY_STR(v), sp);
    AyValue meth = ayType_lookup(vm, t, vm->s.__format__);
    if (!meth) return ayErr_format(vm, AY_EXC(vm, TypeError), "Type %s doesn't define __format__", ayType_name(t));
    AyValue r = ayObj_call2(vm, meth, v, spec);
    if (r && !ayV_is_str(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__ must return a str, not %T", r);
    return r;
}

AyValue ayObj_format(AyVM *vm, AyValue v, AyValue spec) { return ayFormat_value(vm, v, spec); }

// }====
