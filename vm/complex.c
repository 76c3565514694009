// The complex type.
#include <complex.h>
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

typedef struct AyComplex {
    AyObj hdr;
    double real, imag;
} AyComplex;

AyValue ayComplex_new_value(AyVM *vm, double real, double imag) {
    AyComplex *c = AY_NEW(vm, AyComplex, vm->t_complex);
    if (!c) return AY_NULL;
    c->real = real;
    c->imag = imag;
    return ayV_from_obj(c);
}

// Converts a number to complex parts; 0 if not a number.
static int parts(AyVM *vm, AyValue v, double *re, double *im) {
    if (ayV_is_float(v)) {
        *re = ayV_float(v);
        *im = 0;
        return 1;
    }
    if (ayV_is_anyint(vm, v)) {
        *im = 0;
        return ayInt_as_double(vm, ayInt_exact(vm, v), re) < 0 ? -1 : 1;
    }
    if (ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->t_complex)) {
        *re = AY_AS(AyComplex, v)->real;
        *im = AY_AS(AyComplex, v)->imag;
        return 1;
    }
    return 0;
}

// repr of one part: like float repr but integral values drop ".0"
static void part_repr(double d, char *out) {
    if (isfinite(d) && d == floor(d) && fabs(d) < 1e16) {
        sprintf(out, "%.0f", d);
        if (d == 0 && signbit(d)) strcpy(out, "-0");
        return;
    }
    ayFloat_repr_buf(d, out);
}

static AyValue complex_repr(AyVM *vm, AyValue v) {
    AyComplex *c = AY_AS(AyComplex, v);
    char re[40], im[40];
    part_repr(c->imag, im);
    if (c->real == 0 && !signbit(c->real)) return ayStr_from_fmt(vm, "%sj", im);
    part_repr(c->real, re);
    const char *sign = (c->imag >= 0 || isnan(c->imag)) && !signbit(c->imag) ? "+" : "";
    if (isnan(c->imag)) sign = "+";
    return ayStr_from_fmt(vm, "(%s%s%sj)", re, sign, im);
}

static AyValue complex_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    double ar, ai, br, bi;
    int ra = parts(vm, a, &ar, &ai), rb = parts(vm, b, &br, &bi);
    if (ra < 0 || rb < 0) return AY_NULL;
    if (!ra || !rb) return AY_NOTIMPLEMENTED;
    double complex x = CMPLX(ar, ai), y = CMPLX(br, bi), r;
    switch (op) {
    case AY_BINOP_ADD: r = x + y; break;
    case AY_BINOP_SUB: r = x - y; break;
    case AY_BINOP_MUL: r = CMPLX(ar * br - ai * bi, ar * bi + ai * br); break;
    case AY_BINOP_TRUEDIV: {
        if (br == 0 && bi == 0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "complex division by zero");
        // Smith's algorithm, as CPython
        double abs_br = fabs(br), abs_bi = fabs(bi);
        if (abs_br >= abs_bi) {
            double ratio = bi / br, denom = br + bi * ratio;
            r = CMPLX((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        } else {
            double ratio = br / bi, denom = br * ratio + bi;
            r = CMPLX((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        break;
    }
    case AY_BINOP_POW: {
        if (br == 0 && bi == 0) {
            r = CMPLX(1, 0);
        } else if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0)
                return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "0.0 to a negative or complex power");
            r = CMPLX(0, 0);
        } else if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
            // integer powers by repeated multiplication (exact like CPython)
            long n = (long)br;
            double complex base = n < 0 ? 1.0 / x : x, acc = 1.0;
            for (long k = n < 0 ? -n : n; k; k >>= 1) {
                if (k & 1) acc *= base;
                base *= base;
            }
            r = acc;
        } else {
            r = cpow(x, y);
        }
        break;
    }
    case AY_BINOP_FLOORDIV:
    case AY_BINOP_MOD:
        return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand type(s) for %s: '%T' and '%T'",
                            op == AY_BINOP_MOD ? "%" : "//", a, b);
    default: return AY_NOTIMPLEMENTED;
    }
    return ayComplex_new_value(vm, creal(r), cimag(r));
}

#define CBIN(name, OP) static AyValue complex_##name(AyVM *vm, AyValue a, AyValue b) { return complex_binop(vm, OP, a, b); }
CBIN(add, AY_BINOP_ADD)
CBIN(sub, AY_BINOP_SUB)
CBIN(mul, AY_BINOP_MUL)
CBIN(div, AY_BINOP_TRUEDIV)
CBIN(pow, AY_BINOP_POW)
CBIN(floordiv, AY_BINOP_FLOORDIV)
CBIN(mod, AY_BINOP_MOD)
#undef CBIN

AyValue ayComplex_pow_real(AyVM *vm, double x, double y) {
    double complex r = cpow(CMPLX(x, 0), CMPLX(y, 0));
    return ayComplex_new_value(vm, creal(r), cimag(r));
}

static AyValue complex_neg(AyVM *vm, AyValue v) {
    return ayComplex_new_value(vm, -AY_AS(AyComplex, v)->real, -AY_AS(AyComplex, v)->imag);
}
static AyValue complex_pos(AyVM *vm, AyValue v) {
    return ayComplex_new_value(vm, AY_AS(AyComplex, v)->real, AY_AS(AyComplex, v)->imag);
}
static AyValue complex_abs(AyVM *vm, AyValue v) {
    double r = hypot(AY_AS(AyComplex, v)->real, AY_AS(AyComplex, v)->imag);
    if (isinf(r) && isfinite(AY_AS(AyComplex, v)->real) && isfinite(AY_AS(AyComplex, v)->imag))
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "absolute value too large");
    return ayV_from_float(r);
}
static int complex_truth(AyVM *vm, AyValue v) { return AY_AS(AyComplex, v)->real != 0 || AY_AS(AyComplex, v)->imag != 0; }

static AyValue complex_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (op != AY_EQ && op != AY_NE) return AY_NOTIMPLEMENTED;
    double ar, ai, br, bi;
    int rb = parts(vm, b, &br, &bi);
    if (rb <= 0) return rb < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    parts(vm, a, &ar, &ai);
    bool eq = ar == br && ai == bi;
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static int64_t complex_hash(AyVM *vm, AyValue v) {
    uint64_t hr = (uint64_t)ayFloat_hash(AY_AS(AyComplex, v)->real), hi = (uint64_t)ayFloat_hash(AY_AS(AyComplex, v)->imag);
    int64_t h = (int64_t)(hr + 1000003ull * hi);
    return h == -1 ? -2 : h;
}

static AyValue complex_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "complex", args, nargs, kwnames, "| real imag", a)) return AY_NULL;
    double re = 0, im = 0;
    if (a[0] && ayV_is_str(vm, a[0])) {
        if (a[1]) return ayErr_format(vm, AY_EXC(vm, TypeError), "complex() can't take second arg if first is a string");
        // parse "a+bj", "bj", "a"
        const char *s = AY_CSTR(a[0]);
        char buf[256];
        size_t n = 0;
        for (const char *p = s; *p && n < sizeof buf - 1; p++)
            if (*p != ' ' && *p != '(' && *p != ')') buf[n++] = *p;
        buf[n] = 0;
        char *end;
        double x = strtod(buf, &end);
        if (end == buf && (*end == 'j' || *end == 'J')) {
            im = 1;
            end++;
        } else if (*end == 'j' || *end == 'J') {
            im = x;
            end++;
        } else if (*end == '+' || *end == '-') {
            re = x;
            char *e2;
            double y = strtod(end, &e2);
            if (e2 == end + 1 && (*e2 == 'j' || *e2 == 'J')) y = *end == '-' ? -1 : 1;
            if (*e2 != 'j' && *e2 != 'J') goto bad;
            im = y;
            end = e2 + 1;
        } else {
            re = x;
        }
        if (*end || end == buf) goto bad;
        return ayComplex_new_value(vm, re, im);
    bad:
        return ayErr_format(vm, AY_EXC(vm, ValueError), "complex() arg is a malformed string");
    }
    if (a[0]) {
        double r1, i1;
        int k = parts(vm, a[0], &r1, &i1);
        if (k < 0) return AY_NULL;
        if (!k) {
            AyValue m = ayType_lookup(vm, ayV_type(vm, a[0]), vm->s.complex_);
            if (m) {
                AyValue c = ayObj_call1(vm, m, a[0]);
                if (!c || parts(vm, c, &r1, &i1) <= 0) return c ? ayErr_format(vm, AY_EXC(vm, TypeError), "__complex__ returned non-complex") : AY_NULL;
            } else {
                AyValue f = ayFloat_from_object(vm, a[0]);
                if (!f) {
                    ayErr_clear(vm);
                    return ayErr_format(vm, AY_EXC(vm, TypeError),
                                        "complex() first argument must be a string or a number, not '%T'", a[0]);
                }
                r1 = ayV_float(f);
                i1 = 0;
            }
        }
        re = r1;
        im = i1;
    }
    if (a[1]) {
        double r2, i2;
        int k = parts(vm, a[1], &r2, &i2);
        if (k <= 0)
            return k < 0 ? AY_NULL : ayErr_format(vm, AY_EXC(vm, TypeError),
                                                  "complex() second argument must be a number, not '%T'", a[1]);
        re -= i2;
        im += r2;
    }
    return ayComplex_new_value(vm, re, im);
}

static AyValue m_conjugate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayComplex_new_value(vm, AY_AS(AyComplex, args[0])->real, -AY_AS(AyComplex, args[0])->imag);
}

static const AyMethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, NULL},
    {NULL},
};

static AyValue complex_real_get(AyVM *vm, AyValue self) { return ayV_from_float(AY_AS(AyComplex, self)->real); }
static AyValue complex_imag_get(AyVM *vm, AyValue self) { return ayV_from_float(AY_AS(AyComplex, self)->imag); }

static const AyGetSetDef complex_getsets[] = {
    {"real", complex_real_get, NULL},
    {"imag", complex_imag_get, NULL},
    {NULL},
};

void ayComplex_setup(AyVM *vm) {
    AyType *t = vm->t_complex;
    t->basic_size = sizeof(AyComplex);
    t->repr = complex_repr;
    t->richcmp = complex_richcmp;
    t->hash = complex_hash;
    t->truth = complex_truth;
    t->neg = complex_neg;
    t->pos = complex_pos;
    t->abs = complex_abs;
    t->tp_new = complex_new;
    t->flags |= AY_TF_BASETYPE;
    t->binop[AY_BINOP_ADD] = complex_add;
    t->binop[AY_BINOP_SUB] = complex_sub;
    t->binop[AY_BINOP_MUL] = complex_mul;
    t->binop[AY_BINOP_TRUEDIV] = complex_div;
    t->binop[AY_BINOP_POW] = complex_pow;
    t->binop[AY_BINOP_FLOORDIV] = complex_floordiv;
    t->binop[AY_BINOP_MOD] = complex_mod;
    ayType_add_methods(vm, t, complex_methods);
    ayType_add_getsets(vm, t, complex_getsets);
}
