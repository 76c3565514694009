// The format mini-language (format(), str.format, f-strings) for int, float
// and str, and printf-style `%` formatting.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

int ayFloat_repr_buf(double d, char *out);
AyValue ayFloat_from_object(AyVM *vm, AyValue v);

// {==== spec parsing

typedef struct Spec {
    char fill[5];     // UTF-8 fill character
    int fill_len;
    char align;       // 0, '<', '>', '=', '^'
    char sign;        // 0, '+', '-', ' '
    bool z, alt, zero;
    int64_t width;    // -1 none
    char grouping;    // 0, ',', '_'
    int64_t precision;  // -1 none
    char type;        // 0 = none
} Spec;

static bool parse_spec(AyVM *vm, AyStr *s, Spec *sp, const char *what) {
    memset(sp, 0, sizeof *sp);
    sp->width = sp->precision = -1;
    const char *p = s->data, *end = p + s->size;
    // [[fill]align]
    if (p < end) {
        const char *q = p;
        ayUtf8_decode(&q);
        if (q < end && (*q == '<' || *q == '>' || *q == '=' || *q == '^')) {
            sp->fill_len = (int)(q - p);
            memcpy(sp->fill, p, (size_t)sp->fill_len);
            sp->align = *q;
            p = q + 1;
        } else if (*p == '<' || *p == '>' || *p == '=' || *p == '^') {
            sp->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
    if (p < end && *p == 'z') {
        sp->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        sp->zero = true;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        sp->width = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            sp->width = sp->width * 10 + (*p++ - '0');
            if (sp->width > 1000000000) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "Too many decimal digits in format string");
                return false;
            }
        }
    }
    if (p < end && (*p == ',' || *p == '_')) sp->grouping = *p++;
    if (p < end && (*p == ',' || *p == '_')) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify both ',' and '_'.");
        return false;
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') {
            ayErr_format(vm, AY_EXC(vm, ValueError), "Format specifier missing precision");
            return false;
        }
        sp->precision = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            sp->precision = sp->precision * 10 + (*p++ - '0');
            if (sp->precision > 1000000000) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "Too many decimal digits in format string");
                return false;
            }
        }
    }
    if (end - p > 1) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid format specifier '%U' for object of type '%s'", s, what);
        return false;
    }
    if (p < end) sp->type = *p;
    if (sp->zero && !sp->fill_len && !sp->align) {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        sp->align = '=';
    }
    if (!sp->fill_len) {
        sp->fill[0] = ' ';
        sp->fill_len = 1;
    }
    if (sp->grouping && sp->type && !strchr("deEfFgG%xXobn", sp->type)) {
        // reported by the type-specific formatter with its own message
    }
    return true;
}

// Pads `body` (sign/prefix first, then digits) to the spec's width.
static void pad(AyBuf *b, const Spec *sp, const char *prefix, size_t prefix_len, const char *body, size_t body_len,
                char default_align) {
    int64_t chars = ayUtf8_count(prefix, prefix_len) + ayUtf8_count(body, body_len);
    int64_t fillc = sp->width > chars ? sp->width - chars : 0;
    char align = sp->align ? sp->align : default_align;
    int64_t left = 0, right = 0;
    switch (align) {
    case '<': right = fillc; break;
    case '^': left = fillc / 2; right = fillc - left; break;
    case '=': break;
    default: left = fillc; break;
    }
    for (int64_t i = 0; i < left; i++) ayBuf_add(b, sp->fill, (size_t)sp->fill_len);
    ayBuf_add(b, prefix, prefix_len);
    if (align == '=')
        for (int64_t i = 0; i < fillc; i++) ayBuf_add(b, sp->fill, (size_t)sp->fill_len);
    ayBuf_add(b, body, body_len);
    for (int64_t i = 0; i < right; i++) ayBuf_add(b, sp->fill, (size_t)sp->fill_len);
}

// Inserts grouping separators into a run of digits.
static void add_grouped(AyBuf *b, const char *digits, size_t n, char sep, int every) {
    if (!sep) {
        ayBuf_add(b, digits, n);
        return;
    }
    size_t first = n % (size_t)every;
    if (first == 0) first = (size_t)every;
    if (first > n) first = n;
    ayBuf_add(b, digits, first);
    for (size_t i = first; i < n; i += (size_t)every) {
        ayBuf_addc(b, sep);
        ayBuf_add(b, digits + i, (size_t)every);
    }
}

// Zero padding with grouping counts separators as part of the width: pad the
// digits with leading zeros (and separators) instead.
static void zero_pad_grouped(AyBuf *digits_out, const char *digits, size_t n, char sep, int every, int64_t width) {
    if (!sep) {
        for (int64_t i = (int64_t)n; i < width; i++) ayBuf_addc(digits_out, '0');
        ayBuf_add(digits_out, digits, n);
        return;
    }
    // number of digits needed so that the grouped length reaches width
    size_t nd = n;
    for (;;) {
        size_t grouped = nd + (nd - 1) / (size_t)every;
        if ((int64_t)grouped >= width) break;
        nd++;
    }
    char *tmp = malloc(nd + 1);
    if (!tmp) {
        add_grouped(digits_out, digits, n, sep, every);
        return;
    }
    memset(tmp, '0', nd - n);
    memcpy(tmp + (nd - n), digits, n);
    add_grouped(digits_out, tmp, nd, sep, every);
    // a leading separator is not allowed: CPython would print "0,000" not ",000"
    free(tmp);
}

// }====
// {==== ints

AyValue ayFormat_int(AyVM *vm, AyValue v, AyStr *spec) {
    v = ayInt_exact(vm, v);
    if (spec->size == 0) return ayInt_to_str(vm, v, 10, false);
    Spec sp;
    if (!parse_spec(vm, spec, &sp, "int")) return AY_NULL;
    char t = sp.type;
    if (t && strchr("eEfFgG%", t)) {
        double d;
        if (ayInt_as_double(vm, v, &d) < 0) return AY_NULL;
        extern AyValue ayFormat_float(AyVM * vm, double d, AyStr * spec);
        return ayFormat_float(vm, d, spec);
    }
    if (t && !strchr("bcdoxXn", t))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown format code '%c' for object of type 'int'", t);
    if (sp.precision >= 0)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Precision not allowed in integer format specifier");
    if (sp.z) return ayErr_format(vm, AY_EXC(vm, ValueError), "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (sp.sign) return ayErr_format(vm, AY_EXC(vm, ValueError), "Sign not allowed with integer format specifier 'c'");
        if (sp.alt) return ayErr_format(vm, AY_EXC(vm, ValueError), "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (ayInt_as_i64(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
        }
        char ch[4];
        int n = ayUtf8_encode((uint32_t)cp, ch);
        AyBuf b;
        ayBuf_init(&b, vm);
        pad(&b, &sp, "", 0, ch, (size_t)n, '<');
        return ayBuf_finish(&b);
    }
    if (sp.grouping == ',' && t && t != 'd')
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify ',' with '%c'.", t);
    if (t == 'n' && sp.grouping)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify '%c' with 'n'.", sp.grouping);
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    AyBuf digits;
    ayBuf_init(&digits, vm);
    ayInt_add_digits(&digits, v, base, t == 'X');
    if (digits.failed) return AY_NULL;
    char prefix[8];
    size_t plen = 0;
    int sgn = ayInt_sign(vm, v);
    if (sgn < 0) prefix[plen++] = '-';
    else if (sp.sign == '+') prefix[plen++] = '+';
    else if (sp.sign == ' ') prefix[plen++] = ' ';
    if (sp.alt && base != 10) {
        prefix[plen++] = '0';
        prefix[plen++] = t == 'X' ? 'X' : t == 'x' ? 'x' : t == 'o' ? 'o' : 'b';
    }
    int every = base == 10 ? 3 : 4;
    AyBuf body;
    ayBuf_init(&body, vm);
    if (sp.align == '=' && sp.fill_len == 1 && sp.fill[0] == '0' && sp.grouping) {
        zero_pad_grouped(&body, digits.data, digits.len, sp.grouping, every, sp.width - (int64_t)plen);
        Spec nopad = sp;
        nopad.width = -1;
        AyBuf b;
        ayBuf_init(&b, vm);
        pad(&b, &nopad, prefix, plen, body.data, body.len, '>');
        ayBuf_free(&digits);
        ayBuf_free(&body);
        return ayBuf_finish(&b);
    }
    add_grouped(&body, digits.data, digits.len, sp.grouping, every);
    AyBuf b;
    ayBuf_init(&b, vm);
    pad(&b, &sp, prefix, plen, body.data ? body.data : "", body.len, '>');
    ayBuf_free(&digits);
    ayBuf_free(&body);
    return ayBuf_finish(&b);
}

// }====
// {==== floats

// Formats |d| (finite) per type/precision into out; returns its length.
// `alt` keeps the point/trailing zeros.
static int float_digits(double d, char type, int64_t prec, bool alt, char *out, size_t cap) {
    char fmt[16];
    int n;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F':
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type);
        n = snprintf(out, cap, fmt, (int)prec, d);
        break;
    case 'g': case 'G':
        if (prec == 0) prec = 1;
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type);
        n = snprintf(out, cap, fmt, (int)prec, d);
        break;
    case '%':
        n = snprintf(out, cap, alt ? "%#.*f" : "%.*f", (int)prec, d * 100);
        break;
    default:
        n = 0;
    }
    return n;
}

// The no-type float format: repr-like, or 'g'-like with at least one decimal.
static int float_general(double d, int64_t prec, bool alt, char *out, size_t cap) {
    if (prec < 0) return ayFloat_repr_buf(d, out);
    if (prec == 0) prec = 1;
    // like %g with exponent switch at exp >= prec, plus ".0" when no point
    int n = snprintf(out, cap, alt ? "%#.*g" : "%.*g", (int)prec, d);
    if (!strchr(out, 'e') && !strchr(out, '.') && !strchr(out, 'n') && !strchr(out, 'i')) {
        out[n++] = '.';
        out[n++] = '0';
        out[n] = 0;
    }
    return n;
}

AyValue ayFormat_float(AyVM *vm, double d, AyStr *spec) {
    Spec sp;
    if (!parse_spec(vm, spec, &sp, "float")) return AY_NULL;
    char t = sp.type;
    if (t && !strchr("eEfFgGn%", t))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown format code '%c' for object of type 'float'", t);
    if (t == 'n' && sp.grouping)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify '%c' with 'n'.", sp.grouping);
    if (t == 'n') t = 'g';
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    int64_t prec = sp.precision;
    if (t && prec < 0) prec = 6;
    // buffer big enough for %f of 1e308 with large precision
    size_t cap = (size_t)(prec > 0 ? prec : 0) + 400;
    char *buf = malloc(cap);
    if (!buf) return ayErr_nomemory(vm);
    int n;
    bool upper = t == 'E' || t == 'F' || t == 'G';
    if (isnan(a) || isinf(a)) {
        n = snprintf(buf, cap, "%s%s", isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"),
                     t == '%' ? "%" : "");
    } else if (!t) {
        n = float_general(a, sp.precision, sp.alt, buf, cap);
    } else {
        n = float_digits(a, t, prec, sp.alt, buf, cap);
        if (t == '%') {
            buf[n++] = '%';
            buf[n] = 0;
        }
    }
    // negative zero coercion
    if (sp.z && neg) {
        bool all_zero = true;
        for (int i = 0; i < n; i++)
            if (buf[i] >= '1' && buf[i] <= '9') all_zero = false;
        if (all_zero) neg = false;
    }
    char prefix[2];
    size_t plen = 0;
    if (neg) prefix[plen++] = '-';
    else if (sp.sign == '+') prefix[plen++] = '+';
    else if (sp.sign == ' ') prefix[plen++] = ' ';
    // grouping applies to the integer part
    AyBuf body;
    ayBuf_init(&body, vm);
    size_t intlen = 0;
    while (intlen < (size_t)n && buf[intlen] >= '0' && buf[intlen] <= '9') intlen++;
    if (sp.align == '=' && sp.fill_len == 1 && sp.fill[0] == '0' && sp.grouping && isfinite(a)) {
        int64_t rest = n - (int64_t)intlen;
        zero_pad_grouped(&body, buf, intlen, sp.grouping, 3, sp.width - (int64_t)plen - rest);
        ayBuf_add(&body, buf + intlen, (size_t)n - intlen);
        Spec nopad = sp;
        nopad.width = -1;
        AyBuf b;
        ayBuf_init(&b, vm);
        pad(&b, &nopad, prefix, plen, body.data, body.len, '>');
        ayBuf_free(&body);
        free(buf);
        return ayBuf_finish(&b);
    }
    add_grouped(&body, buf, intlen, sp.grouping, 3);
    ayBuf_add(&body, buf + intlen, (size_t)n - intlen);
    free(buf);
    AyBuf b;
    ayBuf_init(&b, vm);
    pad(&b, &sp, prefix, plen, body.data ? body.data : "", body.len, '>');
    ayBuf_free(&body);
    return ayBuf_finish(&b);
}

// }====
// {==== str

AyValue ayFormat_str(AyVM *vm, AyStr *s, AyStr *spec) {
    if (spec->size == 0) return ayV_from_obj(s);
    Spec sp;
    if (!parse_spec(vm, spec, &sp, "str")) return AY_NULL;
    if (sp.type && sp.type != 's')
        return ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown format code '%c' for object of type 'str'", sp.type);
    if (sp.sign) return ayErr_format(vm, AY_EXC(vm, ValueError), "Sign not allowed in string format specifier");
    if (sp.alt) return ayErr_format(vm, AY_EXC(vm, ValueError), "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=') return ayErr_format(vm, AY_EXC(vm, ValueError), "'=' alignment not allowed in string format specifier");
    if (sp.grouping) return ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot specify '%c' with 's'.", sp.grouping);
    int64_t nbytes = s->size;
    if (sp.precision >= 0 && sp.precision < s->len) nbytes = ayStr_offset(s, sp.precision);
    AyBuf b;
    ayBuf_init(&b, vm);
    pad(&b, &sp, "", 0, s->data, (size_t)nbytes, '<');
    return ayBuf_finish(&b);
}

// }====
// {==== format(value, spec)

AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec) {
    if (!ayV_is_str(vm, spec))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "format() argument 2 must be str, not %T", spec);
    AyStr *sp = AY_STR(spec);
    AyType *t = ayV_type(vm, v);
    if (t == vm->t_str) return ayFormat_str(vm, AY_STR(v), sp);
    if (t == vm->t_int) return ayFormat_int(vm, v, sp);
    if (t == vm->t_float) return ayFormat_float(vm, ayV_float(v), sp);
    AyValue meth = ayType_lookup(vm, t, vm->s.__format__);
    if (!meth) return ayErr_format(vm, AY_EXC(vm, TypeError), "Type %s doesn't define __format__", ayType_name(t));
    AyValue r = ayObj_call2(vm, meth, v, spec);
    if (r && !ayV_is_str(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__ must return a str, not %T", r);
    return r;
}

AyValue ayObj_format(AyVM *vm, AyValue v, AyValue spec) { return ayFormat_value(vm, v, spec); }

// }====
// {==== printf-style formatting

static AyValue percent_number(AyVM *vm, AyValue v, char conv, bool *is_float, double *d) {
    if (strchr("diuoxXc", conv)) {
        if (ayV_is_float(v)) {
            if (conv == 'c') return ayErr_format(vm, AY_EXC(vm, TypeError), "%%c requires int or char");
            return ayInt_from_double(vm, trunc(ayV_float(v)));
        }
        if (ayV_is_anyint(vm, v)) return ayInt_exact(vm, v);
        AyType *t = ayV_type(vm, v);
        if (strchr("oxX", conv)) {
            if (t->index) return ayObj_index(vm, v);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%%%c format: an integer is required, not %s", conv,
                                ayType_name(t));
        }
        if (t->to_int || t->index) {
            AyValue r = t->to_int ? t->to_int(vm, v) : ayObj_index(vm, v);
            return r;
        }
        if (t->to_float) {
            AyValue f = t->to_float(vm, v);
            if (!f) return AY_NULL;
            return ayInt_from_double(vm, trunc(ayV_float(f)));
        }
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%%%c format: a real number is required, not %s", conv,
                            ayType_name(t));
    }
    AyValue f = ayV_is_float(v) ? v : AY_NULL;
    if (!f) {
        AyType *t = ayV_type(vm, v);
        if (!ayV_is_anyint(vm, v) && !t->to_float && !t->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "must be real number, not %s", ayType_name(t));
        f = ayFloat_from_object(vm, v);
        if (!f) return AY_NULL;
    }
    *is_float = true;
    *d = ayV_float(f);
    return f;
}

AyValue ayFormat_percent(AyVM *vm, AyValue fmtv, AyValue args) {
    AyStr *fmt = AY_STR(fmtv);
    const char *p = fmt->data, *end = p + fmt->size;
    bool is_tuple = ayV_is_tuple(vm, args);
    int64_t nargs = is_tuple ? AY_AS(AyTuple, args)->len : 1;
    int64_t argi = 0;
    bool is_mapping = !is_tuple && !ayV_is_str(vm, args) && ayV_type(vm, args)->getitem &&
                      !ayV_is_typeobj(vm, args) && !ayV_is_list(vm, args);
    bool used_mapping = false;
    AyBuf b;
    ayBuf_init(&b, vm);
#define NEXT_ARG() \
    (is_tuple ? (argi < nargs ? AY_AS(AyTuple, args)->items[argi++] : AY_NULL) : (argi++ == 0 ? args : AY_NULL))
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            ayBuf_add(&b, p, (size_t)(end - p));
            break;
        }
        ayBuf_add(&b, p, (size_t)(q - p));
        p = q + 1;
        if (p >= end) {
            ayBuf_free(&b);
            return ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format");
        }
        AyValue arg = AY_NULL;
        if (*p == '(') {
            if (!is_mapping) {
                ayBuf_free(&b);
                return ayErr_format(vm, AY_EXC(vm, TypeError), "format requires a mapping");
            }
            int depth = 1;
            const char *k = ++p;
            while (p < end && depth) {
                if (*p == '(') depth++;
                else if (*p == ')') depth--;
                p++;
            }
            if (depth) {
                ayBuf_free(&b);
                return ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format key");
            }
            AyStr *key = ayStr_new(vm, k, (size_t)(p - 1 - k));
            if (!key) goto fail;
            arg = ayObj_getitem(vm, args, ayV_from_obj(key));
            if (!arg) goto fail;
            used_mapping = true;
        }
        // flags
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; p < end; p++) {
            if (*p == '-') left = true;
            else if (*p == '+') plus = true;
            else if (*p == ' ') space = true;
            else if (*p == '#') alt = true;
            else if (*p == '0') zero = true;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            AyValue w = NEXT_ARG();
            if (!w) goto notenough;
            if (!ayV_is_int(w)) {
                ayBuf_free(&b);
                return ayErr_format(vm, AY_EXC(vm, TypeError), "* wants int");
            }
            width = ayV_int(w);
            if (width < 0) {
                left = true;
                width = -width;
            }
            p++;
        } else {
            while (p < end && *p >= '0' && *p <= '9') width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                AyValue w = NEXT_ARG();
                if (!w) goto notenough;
                if (!ayV_is_int(w)) {
                    ayBuf_free(&b);
                    return ayErr_format(vm, AY_EXC(vm, TypeError), "* wants int");
                }
                prec = ayV_int(w);
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) {
            ayBuf_free(&b);
            return ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format");
        }
        char conv = *p++;
        if (conv == '%') {
            ayBuf_addc(&b, '%');
            continue;
        }
        if (!arg) {
            arg = NEXT_ARG();
            if (!arg) goto notenough;
        }
        AyBuf body;
        ayBuf_init(&body, vm);
        char sign = 0;
        bool numeric = false;
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            AyValue s = conv == 's' ? ayObj_str(vm, arg) : conv == 'r' ? ayObj_repr(vm, arg) : ayObj_ascii(vm, arg);
            if (!s) {
                ayBuf_free(&body);
                goto fail;
            }
            int64_t nb = AY_STR(s)->size;
            if (prec >= 0 && prec < AY_STR(s)->len) nb = ayStr_offset(AY_STR(s), prec);
            ayBuf_add(&body, AY_CSTR(s), (size_t)nb);
            break;
        }
        case 'c': {
            uint32_t cp;
            if (ayV_is_str(vm, arg)) {
                if (AY_STR(arg)->len != 1) {
                    ayBuf_free(&body);
                    ayBuf_free(&b);
                    return ayErr_format(vm, AY_EXC(vm, TypeError), "%%c requires int or char");
                }
                const char *c = AY_CSTR(arg);
                cp = ayUtf8_decode(&c);
            } else {
                int64_t i;
                if (!ayV_is_anyint(vm, arg) || ayInt_as_i64(vm, ayInt_exact(vm, arg), &i) < 0 || i < 0 || i > 0x10FFFF) {
                    ayErr_clear(vm);
                    ayBuf_free(&body);
                    ayBuf_free(&b);
                    if (ayV_is_anyint(vm, arg))
                        return ayErr_format(vm, AY_EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
                    return ayErr_format(vm, AY_EXC(vm, TypeError), "%%c requires int or char");
                }
                cp = (uint32_t)i;
            }
            char ch[4];
            ayBuf_add(&body, ch, (size_t)ayUtf8_encode(cp, ch));
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            bool is_float = false;
            double d = 0;
            AyValue n = percent_number(vm, arg, conv, &is_float, &d);
            if (!n) {
                ayBuf_free(&body);
                goto fail;
            }
            numeric = true;
            if (is_float) {
                if (d < 0 || (d == 0 && signbit(d))) sign = '-';
                double a = fabs(d);
                if (isnan(a) || isinf(a)) {
                    bool up = conv == 'E' || conv == 'F' || conv == 'G';
                    ayBuf_adds(&body, isnan(a) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"));
                    zero = false;
                } else {
                    char fmt2[16];
                    snprintf(fmt2, sizeof fmt2, "%%%s.*%c", alt ? "#" : "", conv);
                    size_t cap = (size_t)(prec > 0 ? prec : 0) + 400;
                    char *tmp = malloc(cap);
                    if (!tmp) {
                        ayBuf_free(&body);
                        ayErr_nomemory(vm);
                        goto fail;
                    }
                    snprintf(tmp, cap, fmt2, (int)(prec < 0 ? 6 : prec), a);
                    ayBuf_adds(&body, tmp);
                    free(tmp);
                }
            } else {
                if (ayInt_sign(vm, n) < 0) sign = '-';
                int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
                if (alt && base != 10) {
                    ayBuf_addc(&body, '0');
                    ayBuf_addc(&body, conv == 'o' ? 'o' : conv);
                }
                AyBuf dg;
                ayBuf_init(&dg, vm);
                ayInt_add_digits(&dg, n, base, conv == 'X');
                for (int64_t i = (int64_t)dg.len; i < prec; i++) ayBuf_addc(&body, '0');
                ayBuf_add(&body, dg.data, dg.len);
                ayBuf_free(&dg);
            }
            if (!sign && plus) sign = '+';
            else if (!sign && space) sign = ' ';
            break;
        }
        default: {
            ayBuf_free(&body);
            ayBuf_free(&b);
            if ((unsigned char)conv < 128)
                return ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported format character '%c' (0x%x) at index %lld",
                                    conv, (unsigned)(unsigned char)conv, (long long)(ayUtf8_count(fmt->data, (size_t)(p - 1 - fmt->data))));
            return ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported format character");
        }
        }
        int64_t len = ayUtf8_count(body.data ? body.data : "", body.len) + (sign ? 1 : 0);
        int64_t padn = width > len ? width - len : 0;
        if (left) {
            if (sign) ayBuf_addc(&b, sign);
            ayBuf_add(&b, body.data, body.len);
            for (int64_t i = 0; i < padn; i++) ayBuf_addc(&b, ' ');
        } else if (zero && numeric) {
            if (sign) ayBuf_addc(&b, sign);
            // keep a 0x prefix before the zeros
            size_t skip = 0;
            if (alt && body.len >= 2 && body.data[0] == '0' && strchr("xXo", body.data[1])) {
                ayBuf_add(&b, body.data, 2);
                skip = 2;
            }
            for (int64_t i = 0; i < padn; i++) ayBuf_addc(&b, '0');
            ayBuf_add(&b, body.data + skip, body.len - skip);
        } else {
            for (int64_t i = 0; i < padn; i++) ayBuf_addc(&b, ' ');
            if (sign) ayBuf_addc(&b, sign);
            ayBuf_add(&b, body.data, body.len);
        }
        ayBuf_free(&body);
    }
    if (!used_mapping && argi < nargs && !(is_mapping && !is_tuple)) {
        ayBuf_free(&b);
        return ayErr_format(vm, AY_EXC(vm, TypeError), "not all arguments converted during string formatting");
    }
    return ayBuf_finish(&b);
notenough:
    ayBuf_free(&b);
    return ayErr_format(vm, AY_EXC(vm, TypeError), "not enough arguments for format string");
fail:
    ayBuf_free(&b);
    return AY_NULL;
#undef NEXT_ARG
}
