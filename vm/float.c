// The float type: shortest round-trip repr, Python's arithmetic rules, float().
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// {==== repr

// Shortest digits that round-trip: the decimal digits (no dot) into `digits`
// and the decimal exponent of the first digit. d must be finite and nonzero.
static int shortest_digits(double d, char *digits, int *exp10) {
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d || prec == 17) break;
    }
    // buf is like "-1.2345e+05"
    const char *p = buf;
    if (*p == '-') p++;
    int n = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *exp10 = atoi(p + 1);
    return n;
}

// Formats d as Python's repr() does into out (at least 32 bytes).
int ayFloat_repr_buf(double d, char *out) {
    if (isnan(d)) return sprintf(out, "nan");
    if (isinf(d)) return sprintf(out, d > 0 ? "inf" : "-inf");
    if (d == 0) return sprintf(out, signbit(d) ? "-0.0" : "0.0");
    char digits[24];
    int e;
    int n = shortest_digits(d, digits, &e);
    char *o = out;
    if (d < 0) *o++ = '-';
    int decpt = e + 1;  // digits before the decimal point
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -decpt; i++) *o++ = '0';
            memcpy(o, digits, (size_t)n);
            o += n;
        } else if (decpt >= n) {
            memcpy(o, digits, (size_t)n);
            o += n;
            for (int i = n; i < decpt; i++) *o++ = '0';
            *o++ = '.';
            *o++ = '0';
        } else {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(n - decpt));
            o += n - decpt;
        }
        *o = 0;
        return (int)(o - out);
    }
    *o++ = digits[0];
    if (n > 1) {
        *o++ = '.';
        memcpy(o, digits + 1, (size_t)(n - 1));
        o += n - 1;
    }
    o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return (int)(o - out);
}

static AyValue float_repr(AyVM *vm, AyValue v) {
    char buf[40];
    int n = ayFloat_repr_buf(ayV_float(v), buf);
    AyStr *s = ayStr_new(vm, buf, (size_t)n);
    return s ? ayV_from_obj(s) : AY_NULL;
}

// }====
// {==== arithmetic

// Converts an operand to double; AY_NOTIMPLEMENTED (as *ok = 0) for non-numbers.
static int to_double(AyVM *vm, AyValue v, double *out) {
    if (ayV_is_float(v)) {
        *out = ayV_float(v);
        return 1;
    }
    if (ayV_is_int(v)) {
        *out = (double)ayV_int(v);
        return 1;
    }
    if (ayV_is_anyint(vm, v)) return ayInt_as_double(vm, ayInt_exact(vm, v), out) < 0 ? -1 : 1;
    return 0;
}

AyValue ayFloat_divmod_parts(AyVM *vm, double vx, double wx, double *div_out, double *mod_out) {
    if (wx == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float divmod()");
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *div_out = floordiv;
    *mod_out = mod;
    return AY_NONE;
}

AyValue ayFloat_pow(AyVM *vm, double x, double y) {
    if (y == 0) return ayV_from_float(1.0);
    if (isnan(x)) return ayV_from_float(x);
    if (isnan(y)) return ayV_from_float(x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y))
        return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "0.0 cannot be raised to a negative power");
    if (x < 0 && !isinf(x) && !isinf(y) && y != floor(y)) {
        // a negative base to a fractional power is complex
        extern AyValue ayComplex_pow_real(AyVM *vm, double x, double y);
        return ayComplex_pow_real(vm, x, y);
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y))
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "(34, 'Numerical result out of range')");
    return ayV_from_float(r);
}

AyValue ayFloat_binop(AyVM *vm, AyBinOp op, double x, double y) {
    double d, m;
    switch (op) {
    case AY_BINOP_ADD: return ayV_from_float(x + y);
    case AY_BINOP_SUB: return ayV_from_float(x - y);
    case AY_BINOP_MUL: return ayV_from_float(x * y);
    case AY_BINOP_TRUEDIV:
        if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float division by zero");
        return ayV_from_float(x / y);
    case AY_BINOP_FLOORDIV:
        if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float floor division by zero");
        ayFloat_divmod_parts(vm, x, y, &d, &m);
        return ayV_from_float(d);
    case AY_BINOP_MOD:
        if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float modulo");
        ayFloat_divmod_parts(vm, x, y, &d, &m);
        return ayV_from_float(m);
    case AY_BINOP_POW: return ayFloat_pow(vm, x, y);
    default: return AY_NOTIMPLEMENTED;
    }
}

static AyValue float_binop_slot(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    double x, y;
    int ra = to_double(vm, a, &x);
    if (ra <= 0) return ra < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    int rb = to_double(vm, b, &y);
    if (rb <= 0) return rb < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    return ayFloat_binop(vm, op, x, y);
}

#define FLOAT_BINOP(name, OP) \
    static AyValue float_##name(AyVM *vm, AyValue a, AyValue b) { return float_binop_slot(vm, OP, a, b); }
FLOAT_BINOP(add, AY_BINOP_ADD)
FLOAT_BINOP(sub, AY_BINOP_SUB)
FLOAT_BINOP(mul, AY_BINOP_MUL)
FLOAT_BINOP(truediv, AY_BINOP_TRUEDIV)
FLOAT_BINOP(floordiv, AY_BINOP_FLOORDIV)
FLOAT_BINOP(mod, AY_BINOP_MOD)
FLOAT_BINOP(pow, AY_BINOP_POW)
#undef FLOAT_BINOP

static AyValue float_neg(AyVM *vm, AyValue v) { return ayV_from_float(-ayV_float(v)); }
static AyValue float_pos(AyVM *vm, AyValue v) { return v; }
static AyValue float_abs(AyVM *vm, AyValue v) { return ayV_from_float(fabs(ayV_float(v))); }
static int float_truth(AyVM *vm, AyValue v) { return ayV_float(v) != 0.0; }
static int64_t float_hash(AyVM *vm, AyValue v) { return ayFloat_hash(ayV_float(v)); }
static AyValue float_to_int(AyVM *vm, AyValue v) { return ayInt_from_double(vm, trunc(ayV_float(v))); }
static AyValue float_to_float(AyVM *vm, AyValue v) { return v; }

static AyValue float_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    double x = ayV_float(a);
    int c;
    if (ayV_is_float(b)) {
        double y = ayV_float(b);
        switch (op) {
        case AY_LT: return ayV_bool(x < y);
        case AY_LE: return ayV_bool(x <= y);
        case AY_EQ: return ayV_bool(x == y);
        case AY_NE: return ayV_bool(x != y);
        case AY_GT: return ayV_bool(x > y);
        default: return ayV_bool(x >= y);
        }
    }
    if (!ayV_is_anyint(vm, b)) return AY_NOTIMPLEMENTED;
    c = ayInt_cmp_double(vm, ayInt_exact(vm, b), x);
    if (c == 2) return ayV_bool(op == AY_NE);
    c = -c;  // we compared int to float
    switch (op) {
    case AY_LT: return ayV_bool(c < 0);
    case AY_LE: return ayV_bool(c <= 0);
    case AY_EQ: return ayV_bool(c == 0);
    case AY_NE: return ayV_bool(c != 0);
    case AY_GT: return ayV_bool(c > 0);
    default: return ayV_bool(c >= 0);
    }
}

// }====
// {==== float()

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Parses Python float syntax (decimal with optional underscores between digits,
// inf/infinity/nan with sign); false if the text is not a float literal.
bool ayFloat_parse_text(const char *s, size_t n, double *out) {
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    if (p >= end) return false;
    char tmp[256];
    size_t len = (size_t)(end - p);
    char *buf = len < sizeof tmp ? tmp : malloc(len + 1);
    if (!buf) return false;
    // copy without underscores, checking that each sits between digits
    size_t k = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 >= end || !(q[-1] >= '0' && q[-1] <= '9') || !(q[1] >= '0' && q[1] <= '9'))
                goto bad;
            continue;
        }
        buf[k++] = *q;
    }
    buf[k] = 0;
    const char *b = buf;
    bool neg = false;
    if (*b == '+' || *b == '-') neg = *b++ == '-';
    if (strcasecmp(b, "inf") == 0 || strcasecmp(b, "infinity") == 0) {
        *out = neg ? -INFINITY : INFINITY;
        goto good;
    }
    if (strcasecmp(b, "nan") == 0) {
        *out = neg ? -NAN : NAN;
        goto good;
    }
    // digits [. digits] [e [sign] digits], at least one digit in the mantissa
    const char *q = b;
    int mant = 0;
    while (*q >= '0' && *q <= '9') q++, mant++;
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9') q++, mant++;
    }
    if (!mant) goto bad;
    if (*q == 'e' || *q == 'E') {
        q++;
        if (*q == '+' || *q == '-') q++;
        if (!(*q >= '0' && *q <= '9')) goto bad;
        while (*q >= '0' && *q <= '9') q++;
    }
    if (*q) goto bad;
    *out = strtod(buf, NULL);
good:
    if (buf != tmp) free(buf);
    return true;
bad:
    if (buf != tmp) free(buf);
    return false;
}

AyValue ayFloat_from_object(AyVM *vm, AyValue v) {
    if (ayV_is_float(v)) return v;
    if (ayV_is_anyint(vm, v)) {
        double d;
        if (ayInt_as_double(vm, ayInt_exact(vm, v), &d) < 0) return AY_NULL;
        return ayV_from_float(d);
    }
    const char *s = NULL;
    size_t n = 0;
    if (ayV_is_str(vm, v)) {
        s = AY_CSTR(v);
        n = (size_t)AY_STR(v)->size;
    } else if (ayV_is_type(vm, v, vm->t_bytes)) {
        s = AY_AS(AyBytes, v)->data;
        n = (size_t)AY_AS(AyBytes, v)->size;
    } else if (ayV_is_type(vm, v, vm->t_bytearray)) {
        s = AY_AS(AyByteArray, v)->data;
        n = (size_t)AY_AS(AyByteArray, v)->size;
    }
    if (s) {
        double d;
        if (!ayFloat_parse_text(s, n, &d))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "could not convert string to float: %R", v);
        return ayV_float_checked(d);
    }
    AyType *t = ayV_type(vm, v);
    if (t->to_float) {
        AyValue r = t->to_float(vm, v);
        if (r && !ayV_is_float(r))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__float__ returned non-float (type %T)",
                                ayType_name(t), r);
        return r;
    }
    if (t->index) {
        AyValue i = ayObj_index(vm, v);
        return i ? ayFloat_from_object(vm, i) : AY_NULL;
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "float() argument must be a string or a real number, not '%s'",
                        ayType_name(t));
}

static AyValue float_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "float", kwnames) || !ayArg_count(vm, "float", nargs, 0, 1)) return AY_NULL;
    AyValue r = nargs ? ayFloat_from_object(vm, args[0]) : ayV_from_float(0.0);
    if (!r || type == vm->t_float) return r;
    return ayErr_format(vm, AY_EXC(vm, TypeError), "float subclasses are not supported yet");
}

// }====
// {==== methods

#define SELF ayV_float(args[0])

static AyValue m_is_integer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    double d = SELF;
    return ayV_bool(isfinite(d) && d == floor(d));
}

static AyValue m_as_integer_ratio(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    double d = SELF;
    if (isinf(d)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot convert Infinity to integer ratio");
    if (isnan(d)) return ayErr_format(vm, AY_EXC(vm, ValueError), "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    AyValue num = ayInt_from_double(vm, m);
    if (!num) return AY_NULL;
    AyValue den = ayV_small(1);
    if (e > 0) num = ayInt_binop(vm, AY_BINOP_LSHIFT, num, ayV_small(e));
    else den = ayInt_binop(vm, AY_BINOP_LSHIFT, den, ayV_small(-e));
    if (!num || !den) return AY_NULL;
    return ayTuple_pack2(vm, num, den);
}

static AyValue m_conjugate(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

static AyValue m_trunc(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_double(vm, trunc(SELF)); }
static AyValue m_floor(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_double(vm, floor(SELF)); }
static AyValue m_ceil(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_double(vm, ceil(SELF)); }

// round-half-even to an integer-valued double
static double round_half_even(double x) {
    double r = round(x);
    if (fabs(x - trunc(x)) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

AyValue ayFloat_round(AyVM *vm, double x, AyValue ndigits) {
    if (!ndigits || ndigits == AY_NONE) {
        if (isnan(x)) return ayErr_format(vm, AY_EXC(vm, ValueError), "cannot convert float NaN to integer");
        if (isinf(x)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot convert float infinity to integer");
        return ayInt_from_double(vm, round_half_even(x));
    }
    int64_t nd;
    if (ayObj_as_ssize(vm, ndigits, &nd) < 0) return AY_NULL;
    if (!isfinite(x) || x == 0.0) return ayV_from_float(x);
    if (nd > 323) return ayV_from_float(x);
    if (nd < -308) return ayV_from_float(copysign(0.0, x));
    if (nd >= 0) {
        // printf rounds the exact binary value correctly (half-even on exact ties)
        char buf[400];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        return ayV_from_float(strtod(buf, NULL));
    }
    // negative ndigits: round the exact integer part, ties broken by the fraction
    double ip = trunc(x), frac = x - ip;
    char buf[400];
    int len = snprintf(buf, sizeof buf, "%.0f", fabs(ip));
    int keep = len + (int)nd;  // digits kept
    if (keep < 0) return ayV_from_float(copysign(0.0, x));
    int first_dropped = keep < len ? buf[keep] - '0' : 0;
    bool rest_nonzero = frac != 0.0;
    for (int i = keep + 1; i < len; i++) rest_nonzero |= buf[i] != '0';
    bool up = first_dropped > 5 || (first_dropped == 5 && (rest_nonzero || (keep > 0 && (buf[keep - 1] - '0') % 2)));
    double kept = 0;
    for (int i = 0; i < keep; i++) kept = kept * 10 + (buf[i] - '0');
    if (up) kept += 1;
    double r = kept * pow(10.0, (double)-nd);
    if (isinf(r)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "rounded value too large to represent");
    return ayV_from_float(copysign(r, x));
}

static AyValue m_round(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__round__", nargs - 1, 0, 1)) return AY_NULL;
    return ayFloat_round(vm, SELF, nargs > 1 ? args[1] : AY_NULL);
}

static AyValue m_hex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    double d = SELF;
    char buf[64];
    if (isnan(d)) strcpy(buf, "nan");
    else if (isinf(d)) strcpy(buf, d > 0 ? "inf" : "-inf");
    else if (d == 0) strcpy(buf, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    else {
        int e;
        double m = frexp(fabs(d), &e);  // m in [0.5, 1)
        m *= 2;
        e -= 1;
        if (e < -1022) {  // subnormal: CPython prints with exponent -1022
            m = ldexp(m, e + 1022);
            e = -1022;
        }
        int lead = (int)m;
        m -= lead;
        char hex[20];
        int n = 0;
        for (int i = 0; i < 13; i++) {
            m *= 16;
            int dgt = (int)m;
            m -= dgt;
            hex[n++] = "0123456789abcdef"[dgt];
        }
        while (n > 1 && hex[n - 1] == '0') n--;
        hex[n] = 0;
        snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", d < 0 ? "-" : "", lead, hex, e);
    }
    return ayV_from_obj(ayStr_new_c(vm, buf));
}

static AyValue m_fromhex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "fromhex", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "fromhex() argument must be str, not %T", args[1]);
    const char *s = AY_CSTR(args[1]);
    size_t n = (size_t)AY_STR(args[1])->size;
    while (n && is_space(*s)) s++, n--;
    while (n && is_space(s[n - 1])) n--;
    // strtod reads hex floats; Python makes the 0x prefix optional
    char tmp[512];
    const char *p = s;
    size_t k = 0;
    if (n >= sizeof tmp - 4) return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid hexadecimal floating-point string");
    if (n && (*p == '+' || *p == '-')) tmp[k++] = *p++;
    const char *body = p;
    size_t rest = n - (size_t)(p - s);
    bool special = rest >= 3 && (strncasecmp(body, "inf", 3) == 0 || strncasecmp(body, "nan", 3) == 0);
    if (!special) {
        if (rest >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) body += 2, rest -= 2;
        tmp[k++] = '0';
        tmp[k++] = 'x';
    }
    memcpy(tmp + k, body, rest);
    k += rest;
    tmp[k] = 0;
    char *end;
    double d = strtod(tmp, &end);
    if (end == tmp || *end || (!special && rest && (body[0] == '+' || body[0] == '-')))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid hexadecimal floating-point string");
    if (isinf(d) && !special)
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "hexadecimal value too large to represent as a float");
    AyValue r = ayV_float_checked(d);
    if (args[0] != ayV_from_obj(vm->t_float)) return ayObj_call1(vm, args[0], r);
    return r;
}

AyValue ayFormat_float(AyVM *vm, double d, AyStr *spec);

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    return ayFormat_float(vm, SELF, AY_STR(args[1]));
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayTuple_from_items(vm, args, 1);
}

static const AyMethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"__trunc__", m_trunc, 0, NULL},
    {"__floor__", m_floor, 0, NULL},
    {"__ceil__", m_ceil, 0, NULL},
    {"__int__", m_trunc, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, AY_NATIVE_CLASSMETHOD, NULL},
    {"__format__", m_format, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL},
};

static AyValue float_real_get(AyVM *vm, AyValue self) { return self; }
static AyValue float_imag_get(AyVM *vm, AyValue self) { return ayV_from_float(0.0); }

static const AyGetSetDef float_getsets[] = {
    {"real", float_real_get, NULL},
    {"imag", float_imag_get, NULL},
    {NULL},
};

// }====

void ayFloat_setup(AyVM *vm) {
    AyType *t = vm->t_float;
    t->flags |= AY_TF_FLOAT_SUB;
    t->repr = float_repr;
    t->hash = float_hash;
    t->richcmp = float_richcmp;
    t->truth = float_truth;
    t->neg = float_neg;
    t->pos = float_pos;
    t->abs = float_abs;
    t->to_int = float_to_int;
    t->to_float = float_to_float;
    t->tp_new = float_new;
    t->binop[AY_BINOP_ADD] = float_add;
    t->binop[AY_BINOP_SUB] = float_sub;
    t->binop[AY_BINOP_MUL] = float_mul;
    t->binop[AY_BINOP_TRUEDIV] = float_truediv;
    t->binop[AY_BINOP_FLOORDIV] = float_floordiv;
    t->binop[AY_BINOP_MOD] = float_mod;
    t->binop[AY_BINOP_POW] = float_pow;
    ayType_add_methods(vm, t, float_methods);
    ayType_add_getsets(vm, t, float_getsets);
}
