// The float type: Python's arithmetic rules, float(), methods, and float
// subclasses (instances of those are AyFloatSub objects holding the double).
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "libm.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

#define FV(v) ayFloat_value(v)

bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);

// {==== conversions

int ayFloat_coerce(AyVM *vm, AyValue v, double *out) {
    if (ayV_is_float(v)) {
        *out = ayV_float(v);
        return 1;
    }
    if (ayV_is_int(v)) {
        *out = (double)ayV_int(v);
        return 1;
    }
    if (ayV_is_anyint(vm, v)) return ayInt_as_double(vm, ayInt_exact(vm, v), out) < 0 ? -1 : 1;
    if (ayV_has_flag(vm, v, AY_TF_FLOAT_SUB)) {
        *out = FV(v);
        return 1;
    }
    return 0;
}

// The result of __float__, checked like CPython's PyNumber_Float.
static AyValue checked_float_result(AyVM *vm, AyType *t, AyValue r) {
    if (!r || ayV_is_float(r)) return r;
    if (ayV_has_flag(vm, r, AY_TF_FLOAT_SUB)) {
        AyValue m = ayStr_from_fmt(vm,
                                   "%s.__float__ returned non-float (type %T).  The ability to return an instance of a "
                                   "strict subclass of float is deprecated, and may be removed in a future version of "
                                   "Python.", ayType_name(t), r);
        if (!m) return AY_NULL;
        ayNum_deprecation(vm, AY_CSTR(m));
        return ayV_from_float(FV(r));
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "%s.__float__ returned non-float (type %T)", ayType_name(t), r);
}

int ayFloat_as_double(AyVM *vm, AyValue v, double *out) {
    int k = ayFloat_coerce(vm, v, out);
    if (k) return k < 0 ? -1 : 0;
    AyType *t = ayV_type(vm, v);
    AyValue r;
    if (t->to_float) {
        r = checked_float_result(vm, t, t->to_float(vm, v));
    } else if (t->index) {
        AyValue i = ayObj_index(vm, v);
        if (!i) return -1;
        return ayInt_as_double(vm, ayInt_exact(vm, i), out);
    } else {
        ayErr_format(vm, AY_EXC(vm, TypeError), "must be real number, not %s", ayType_name(t));
        return -1;
    }
    if (!r) return -1;
    *out = ayV_float(r);
    return 0;
}

// }====
// {==== arithmetic

bool ayFloat_divmod(AyVM *vm, double vx, double wx, double *div_out, double *mod_out) {
    double mod = ayLibm.fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        // the remainder takes the divisor's sign
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        // snap to the nearest integer: (vx - mod) / wx is one in exact arithmetic
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *div_out = floordiv;
    *mod_out = mod;
    return true;
}

AyValue ayNum_erange(AyVM *vm) {
    AyValue args[2] = {ayV_small(34), AY_NULL};
    AyStr *msg = ayStr_new_c(vm, "Numerical result out of range");
    if (!msg) return AY_NULL;
    args[1] = ayV_from_obj(msg);
    AyValue e = ayExc_new(vm, AY_EXC(vm, OverflowError), args, 2);
    return e ? ayErr_set(vm, e) : AY_NULL;
}

static bool is_odd_integer(double d) { return ayLibm.fmod(fabs(d), 2.0) == 1.0; }

AyValue ayComplex_pow_values(AyVM *vm, double ar, double ai, double br, double bi);

// CPython's float_pow, special case for special case.
AyValue ayFloat_pow(AyVM *vm, double iv, double iw) {
    if (iw == 0) return ayV_from_float(1.0);
    if (isnan(iv)) return ayV_from_float(iv);
    if (isnan(iw)) return ayV_from_float(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return ayV_from_float(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return ayV_from_float(fabs(iw));
        return ayV_from_float(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return ayV_from_float(odd ? iv : fabs(iv));
        return ayV_from_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "0.0 cannot be raised to a negative power");
        return ayV_from_float(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        // a negative base to a fractional power is complex
        if (iw != floor(iw)) return ayComplex_pow_values(vm, iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return ayV_from_float(negate ? -1.0 : 1.0);
    errno = 0;
    double r = ayLibm.pow(iv, iw);
    if (negate) r = -r;
    if (isinf(r)) return ayNum_erange(vm);
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
        ayFloat_divmod(vm, x, y, &d, &m);
        return ayV_from_float(d);
    case AY_BINOP_MOD:
        if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float modulo");
        ayFloat_divmod(vm, x, y, &d, &m);
        return ayV_from_float(m);
    case AY_BINOP_POW: return ayFloat_pow(vm, x, y);
    default: return AY_NOTIMPLEMENTED;
    }
}

static AyValue float_binop_slot(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    double x, y;
    int ra = ayFloat_coerce(vm, a, &x);
    if (ra <= 0) return ra < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    int rb = ayFloat_coerce(vm, b, &y);
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

static AyValue float_divmod(AyVM *vm, AyValue a, AyValue b) {
    double x, y, d, m;
    int ra = ayFloat_coerce(vm, a, &x);
    if (ra <= 0) return ra < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    int rb = ayFloat_coerce(vm, b, &y);
    if (rb <= 0) return rb < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float divmod()");
    ayFloat_divmod(vm, x, y, &d, &m);
    return ayTuple_pack2(vm, ayV_from_float(d), ayV_from_float(m));
}

static AyValue float_neg(AyVM *vm, AyValue v) { return ayV_from_float(-FV(v)); }
static AyValue float_pos(AyVM *vm, AyValue v) { return ayV_from_float(FV(v)); }
static AyValue float_abs(AyVM *vm, AyValue v) { return ayV_from_float(fabs(FV(v))); }
static int float_truth(AyVM *vm, AyValue v) { return FV(v) != 0.0; }
static int64_t float_hash(AyVM *vm, AyValue v) { return ayFloat_hash(FV(v)); }
static AyValue float_to_int(AyVM *vm, AyValue v) { return ayInt_from_double(vm, trunc(FV(v))); }
static AyValue float_to_float(AyVM *vm, AyValue v) { return ayV_from_float(FV(v)); }

static AyValue cmp_result(int c, AyCmp op) {
    switch (op) {
    case AY_LT: return ayV_bool(c < 0);
    case AY_LE: return ayV_bool(c <= 0);
    case AY_EQ: return ayV_bool(c == 0);
    case AY_NE: return ayV_bool(c != 0);
    case AY_GT: return ayV_bool(c > 0);
    default: return ayV_bool(c >= 0);
    }
}

static AyValue float_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    double x = FV(a);
    if (ayV_is_anyfloat(vm, b)) {
        double y = FV(b);
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
    // exact comparison with the int (no rounding of big ints to double)
    int c = ayInt_cmp_double(vm, ayInt_exact(vm, b), x);
    if (c == 2) return ayV_bool(op == AY_NE);
    return cmp_result(-c, op);
}

static AyValue float_repr(AyVM *vm, AyValue v) {
    char buf[40];
    int n = ayFloat_repr_buf(FV(v), buf);
    AyStr *s = ayStr_new(vm, buf, (size_t)n);
    return s ? ayV_from_obj(s) : AY_NULL;
}

// }====
// {==== float()

// float("nan") makes a NaN that no other value is identical to, as each of
// CPython's float objects is distinct (`float("nan") in {nan: 1}` is False):
// the payload, kept in the low 48 bits so the value stays a boxed double,
// counts up.
AyValue ayFloat_new_nan(AyVM *vm, bool negative) {
    uint64_t bits = negative ? 0xFFF8000000000000ull : 0x7FF8000000000000ull;
    vm->nan_serial = (vm->nan_serial + 1) & 0xFFFFFFFFFFFFull;
    if (!vm->nan_serial) vm->nan_serial = 1;
    bits |= vm->nan_serial;
    double d;
    memcpy(&d, &bits, sizeof d);
    return ayV_from_float(d);
}

static AyValue parsed_float(AyVM *vm, double d) {
    return isnan(d) ? ayFloat_new_nan(vm, signbit(d)) : ayV_from_float(d);
}

AyValue ayFloat_from_object(AyVM *vm, AyValue v) {
    if (ayV_is_float(v)) return v;
    double d;
    int k = ayFloat_coerce(vm, v, &d);
    if (k) return k < 0 ? AY_NULL : ayV_from_float(d);
    const char *s = NULL;
    size_t n = 0;
    AyType *t = ayV_type(vm, v);
    if (t->to_float) return checked_float_result(vm, t, t->to_float(vm, v));
    if (t->index) {
        AyValue i = ayObj_index(vm, v);
        return i ? ayFloat_from_object(vm, i) : AY_NULL;
    }
    int64_t bn;
    if (ayV_is_str(vm, v)) {
        s = AY_CSTR(v);
        n = (size_t)AY_STR(v)->size;
    } else if (ayBytes_view(vm, v, &s, &bn)) {
        n = (size_t)bn;
    } else {
        if (ayErr_occurred(vm)) return AY_NULL;
        s = NULL;  // (ayBytes_view sets "" even when v is not bytes-like)
    }
    if (s) {
        bool ok = true;
        if (!ayV_is_str(vm, v)) {
            // bytes are never decoded: anything non-ASCII is just invalid
            for (size_t i = 0; i < n && ok; i++) ok = !((unsigned char)s[i] & 0x80);
        }
        if (!ok || !ayFloat_parse_text(vm, s, n, &d)) {
            if (ayErr_occurred(vm)) return AY_NULL;
            return ayErr_format(vm, AY_EXC(vm, ValueError), "could not convert string to float: %R", v);
        }
        return parsed_float(vm, d);
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "float() argument must be a string or a real number, not '%s'",
                        ayType_name(t));
}

static AyValue float_new_of_type(AyVM *vm, AyType *type, double d) {
    if (type == vm->t_float) return ayV_from_float(d);
    AyFloatSub *o = (AyFloatSub *)ayGC_new(vm, type, type->basic_size);
    if (!o) return AY_NULL;
    o->value = d;
    return ayV_from_obj(o);
}

static AyValue float_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "float", kwnames) || !ayArg_count(vm, "float", nargs, 0, 1)) return AY_NULL;
    AyValue r = nargs ? ayFloat_from_object(vm, args[0]) : ayV_from_float(0.0);
    if (!r || type == vm->t_float) return r;
    return float_new_of_type(vm, type, ayV_float(r));
}

// }====
// {==== round()

// Largest/smallest ndigits that can change a double (CPython's NDIGITS_MAX/MIN).
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

// round-half-even to an integer-valued double
static double round_half_even(double x) {
    double r = ayLibm.round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * ayLibm.round(x / 2.0);
    return r;
}

AyValue ayFloat_round(AyVM *vm, double x, AyValue ndigits) {
    if (!ndigits || ndigits == AY_NONE) return ayInt_from_double(vm, round_half_even(x));
    int64_t nd;
    if (ayNum_index_clamped(vm, ndigits, &nd) < 0) return AY_NULL;
    if (!isfinite(x)) return ayV_from_float(x);
    if (nd > NDIGITS_MAX) return ayV_from_float(x);
    if (nd < NDIGITS_MIN) return ayV_from_float(0.0 * x);
    if (x == 0.0) return ayV_from_float(x);
    // correctly rounded decimal digits, read back
    int decpt, n;
    char *digits = ayDtoa_digits(fabs(x), 3, (int)nd, &decpt, &n);
    if (!digits) return ayErr_nomemory(vm);
    size_t cap = (size_t)n + 32;
    char *buf = malloc(cap);
    if (!buf) {
        free(digits);
        return ayErr_nomemory(vm);
    }
    snprintf(buf, cap, "%s0%se%d", x < 0 ? "-" : "", digits, decpt - n);
    free(digits);
    errno = 0;
    double r = strtod(buf, NULL);
    free(buf);
    if (errno == ERANGE && fabs(r) >= 1.0)
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "rounded value too large to represent");
    return ayV_from_float(r);
}

// }====
// {==== methods

#define SELF FV(args[0])

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);  // str_methods.c
// methods without arguments refuse any, as CPython's do
#define NO_ARGS(name) \
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL

static AyValue m_is_integer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("is_integer");
    double d = SELF;
    return ayV_bool(isfinite(d) && d == floor(d));
}

static AyValue m_as_integer_ratio(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("as_integer_ratio");
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

static AyValue m_conjugate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("conjugate");
    return ayV_from_float(SELF);
}

static AyValue m_trunc(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__trunc__");
    return ayInt_from_double(vm, trunc(SELF));
}
static AyValue m_floor(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__floor__");
    return ayInt_from_double(vm, floor(SELF));
}
static AyValue m_ceil(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__ceil__");
    return ayInt_from_double(vm, ceil(SELF));
}

static AyValue m_round(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "__round__", args + 1, nargs - 1, kwnames, "| ndigits", a)) return AY_NULL;
    return ayFloat_round(vm, SELF, a[0]);
}

static AyValue m_hex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("hex");
    double d = SELF;
    char buf[64];
    if (!isfinite(d)) {
        ayFloat_repr_buf(d, buf);
    } else if (d == 0) {
        strcpy(buf, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        // CPython's layout: one leading hex digit, always 13 after the point,
        // subnormals with the minimum exponent
        int e;
        double m = frexp(fabs(d), &e);
        int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
        m = ldexp(m, shift);
        e -= shift;
        char hex[20];
        int n = 0;
        hex[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
        hex[n++] = '.';
        for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
            m *= 16.0;
            hex[n++] = "0123456789abcdef"[(int)m];
            m -= (int)m;
        }
        hex[n] = 0;
        snprintf(buf, sizeof buf, "%s0x%sp%c%d", d < 0 ? "-" : "", hex, e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    AyStr *s = ayStr_new_c(vm, buf);
    return s ? ayV_from_obj(s) : AY_NULL;
}

bool ayFloat_parse_hex(AyVM *vm, const char *s, size_t n, double *out);

static AyValue m_fromhex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "fromhex", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "bad argument type for built-in operation");
    double d;
    if (!ayFloat_parse_hex(vm, AY_CSTR(args[1]), (size_t)AY_STR(args[1])->size, &d)) return AY_NULL;
    AyValue r = parsed_float(vm, d);
    if (args[0] != ayV_from_obj(vm->t_float)) return ayObj_call1(vm, args[0], r);
    return r;
}

AyValue ayFormat_float(AyVM *vm, AyValue v, AyStr *spec);

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    if (AY_STR(args[1])->size == 0) return ayObj_str(vm, args[0]);
    return ayFormat_float(vm, args[0], AY_STR(args[1]));
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__getnewargs__");
    AyValue v = ayV_from_float(SELF);
    return ayTuple_from_items(vm, &v, 1);
}

static AyValue m_getformat(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__getformat__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__getformat__() argument must be str, not %T", args[1]);
    const char *s = AY_CSTR(args[1]);
    if (strcmp(s, "double") && strcmp(s, "float"))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "__getformat__() argument 1 must be 'double' or 'float'");
    return ayV_from_obj(ayStr_new_c(vm, "IEEE, little-endian"));
}

static AyValue m_pow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__pow__", nargs - 1, 1, 2)) return AY_NULL;
    if (nargs > 2 && args[2] != AY_NONE)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(vm, args[0], args[1]);
}
static AyValue m_rpow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__rpow__", nargs - 1, 1, 2)) return AY_NULL;
    if (nargs > 2 && args[2] != AY_NONE)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(vm, args[1], args[0]);
}

AY_NUM_DUNDER(m_divmod, float_divmod)
AY_NUM_RDUNDER(m_rdivmod, float_divmod)

static const AyMethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"__trunc__", m_trunc, 0, NULL},
    {"__floor__", m_floor, 0, NULL},
    {"__ceil__", m_ceil, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, AY_NATIVE_CLASSMETHOD, NULL},
    {"__format__", m_format, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__getformat__", m_getformat, AY_NATIVE_CLASSMETHOD, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__rpow__", m_rpow, 0, NULL},
    {NULL},
};

static AyValue float_real_get(AyVM *vm, AyValue self) { return ayV_from_float(FV(self)); }
static AyValue float_imag_get(AyVM *vm, AyValue self) { return ayV_from_float(0.0); }

static const AyGetSetDef float_getsets[] = {
    {"real", float_real_get, NULL},
    {"imag", float_imag_get, NULL},
    {NULL},
};

// }====

void ayFloat_setup(AyVM *vm) {
    AyType *t = vm->t_float;
    t->flags |= AY_TF_FLOAT_SUB | AY_TF_BASETYPE;
    // floats themselves are never objects: this is the layout of subclass
    // instances before class.c appends their dict
    t->basic_size = offsetof(AyFloatSub, dict);
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
    ayType_set(vm, t, "__doc__",
               ayV_from_obj(ayStr_new_c(vm, "Convert a string or number to a floating point number, if possible.")));
}
