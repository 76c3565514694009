// The complex type. Arithmetic uses CPython's formulas (not C99 complex
// arithmetic) so results, infinities and nans match bit for bit.
#include <errno.h>
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

typedef struct Cx {
    double real, imag;
} Cx;

AyValue ayComplex_new_type(AyVM *vm, AyType *type, double real, double imag) {
    AyComplex *c = (AyComplex *)ayGC_new(vm, type, type->basic_size);
    if (!c) return AY_NULL;
    c->real = real;
    c->imag = imag;
    return ayV_from_obj(c);
}

AyValue ayComplex_new_value(AyVM *vm, double real, double imag) {
    return ayComplex_new_type(vm, vm->t_complex, real, imag);
}

static AyValue from_cx(AyVM *vm, Cx c) { return ayComplex_new_value(vm, c.real, c.imag); }

// A number as complex parts: 1 done, 0 not a number (no error), -1 error.
static int parts(AyVM *vm, AyValue v, Cx *out) {
    if (ayV_is_complex(vm, v)) {
        out->real = AY_AS(AyComplex, v)->real;
        out->imag = AY_AS(AyComplex, v)->imag;
        return 1;
    }
    out->imag = 0.0;
    return ayFloat_coerce(vm, v, &out->real);
}

// {==== arithmetic (CPython's _Py_c_* functions)

static Cx c_prod(Cx a, Cx b) {
    return (Cx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's method, then recovery of infinities and zeros that came out as nan.
static Cx c_quot(Cx a, Cx b) {
    Cx r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;  // a nan in b
    }
    if (isnan(r.real) && isnan(r.imag)) {
        if ((isinf(a.real) || isinf(a.imag)) && isfinite(b.real) && isfinite(b.imag)) {
            double x = copysign(isinf(a.real) ? 1.0 : 0.0, a.real);
            double y = copysign(isinf(a.imag) ? 1.0 : 0.0, a.imag);
            r.real = INFINITY * (x * b.real + y * b.imag);
            r.imag = INFINITY * (y * b.real - x * b.imag);
        } else if ((isinf(abs_breal) || isinf(abs_bimag)) && isfinite(a.real) && isfinite(a.imag)) {
            double x = copysign(isinf(b.real) ? 1.0 : 0.0, b.real);
            double y = copysign(isinf(b.imag) ? 1.0 : 0.0, b.imag);
            r.real = 0.0 * (a.real * x + a.imag * y);
            r.imag = 0.0 * (a.imag * x - a.real * y);
        }
    }
    return r;
}

static Cx c_pow(Cx a, Cx b) {
    Cx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = ayLibm.hypot(a.real, a.imag);
        double len = ayLibm.pow(vabs, b.real);
        double at = ayLibm.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= ayLibm.exp(at * b.imag);
            phase += b.imag * ayLibm.log(vabs);
        }
        r.real = len * ayLibm.cos(phase);
        r.imag = len * ayLibm.sin(phase);
    }
    return r;
}

static Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n) {
    if (n > 0) return c_powu(x, n);
    return c_quot((Cx){1.0, 0.0}, c_powu(x, -n));
}

AyValue ayComplex_pow_values(AyVM *vm, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    // small integral exponents by repeated multiplication: faster and exact
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) p = c_powi(a, (long)b.real);
    else p = c_pow(a, b);
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "0.0 to a negative or complex power");
    if (errno == ERANGE) return ayErr_format(vm, AY_EXC(vm, OverflowError), "complex exponentiation");
    return from_cx(vm, p);
}

static AyValue complex_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    Cx x, y;
    int ra = parts(vm, a, &x);
    if (ra <= 0) return ra < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    int rb = parts(vm, b, &y);
    if (rb <= 0) return rb < 0 ? AY_NULL : AY_NOTIMPLEMENTED;
    switch (op) {
    case AY_BINOP_ADD: return ayComplex_new_value(vm, x.real + y.real, x.imag + y.imag);
    case AY_BINOP_SUB: return ayComplex_new_value(vm, x.real - y.real, x.imag - y.imag);
    case AY_BINOP_MUL: return from_cx(vm, c_prod(x, y));
    case AY_BINOP_TRUEDIV: {
        errno = 0;
        Cx r = c_quot(x, y);
        if (errno == EDOM) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "complex division by zero");
        return from_cx(vm, r);
    }
    case AY_BINOP_POW: return ayComplex_pow_values(vm, x.real, x.imag, y.real, y.imag);
    default: return AY_NOTIMPLEMENTED;
    }
}

#define CBIN(name, OP) \
    static AyValue complex_##name(AyVM *vm, AyValue a, AyValue b) { return complex_binop(vm, OP, a, b); }
CBIN(add, AY_BINOP_ADD)
CBIN(sub, AY_BINOP_SUB)
CBIN(mul, AY_BINOP_MUL)
CBIN(div, AY_BINOP_TRUEDIV)
CBIN(pow, AY_BINOP_POW)
#undef CBIN

#define RE(v) (AY_AS(AyComplex, v)->real)
#define IM(v) (AY_AS(AyComplex, v)->imag)

static AyValue complex_neg(AyVM *vm, AyValue v) { return ayComplex_new_value(vm, -RE(v), -IM(v)); }
static AyValue complex_pos(AyVM *vm, AyValue v) { return ayComplex_new_value(vm, RE(v), IM(v)); }

static AyValue complex_abs(AyVM *vm, AyValue v) {
    double re = RE(v), im = IM(v);
    // C99 hypot: inf beats nan; CPython keeps that
    if (!isfinite(re) || !isfinite(im)) {
        if (isinf(re)) return ayV_from_float(fabs(re));
        if (isinf(im)) return ayV_from_float(fabs(im));
        return ayV_from_float(NAN);
    }
    double r = ayLibm.hypot(re, im);
    if (isinf(r)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "absolute value too large");
    return ayV_from_float(r);
}

static int complex_truth(AyVM *vm, AyValue v) { return RE(v) != 0 || IM(v) != 0; }

static AyValue complex_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (op != AY_EQ && op != AY_NE) return AY_NOTIMPLEMENTED;
    bool eq;
    if (ayV_is_anyint(vm, b)) {
        // exact comparison with the int when the imaginary part is zero
        if (IM(a) != 0.0) eq = false;
        else {
            int c = ayInt_cmp_double(vm, ayInt_exact(vm, b), RE(a));
            eq = c == 0;
        }
    } else if (ayV_is_anyfloat(vm, b)) {
        eq = RE(a) == ayFloat_value(b) && IM(a) == 0.0;
    } else if (ayV_is_complex(vm, b)) {
        eq = RE(a) == RE(b) && IM(a) == IM(b);
    } else {
        return AY_NOTIMPLEMENTED;
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

// A nan part hashes by the object's identity, as in CPython.
static uint64_t part_hash(AyValue v, double d) {
    if (!isnan(d)) return (uint64_t)ayFloat_hash(d);
    uint64_t p = (uint64_t)v;
    return (p >> 4) | (p << 60);
}

static int64_t complex_hash(AyVM *vm, AyValue v) {
    uint64_t hr = part_hash(v, RE(v)), hi = part_hash(v, IM(v));
    int64_t h = (int64_t)(hr + 1000003ull * hi);
    return h == -1 ? -2 : h;
}

// }====
// {==== repr

static AyValue complex_repr(AyVM *vm, AyValue v) {
    double re = RE(v), im = IM(v);
    size_t rl, il;
    char *rs = NULL, *is;
    // a +0 real part is left out, and then no parentheses
    bool skip = re == 0.0 && !signbit(re);
    if (!skip) {
        rs = ayDtoa_format(re, 'r', 0, 0, &rl);
        if (!rs) return ayErr_nomemory(vm);
    }
    is = ayDtoa_format(im, 'r', 0, skip ? 0 : AY_DTSF_SIGN, &il);
    if (!is) {
        free(rs);
        return ayErr_nomemory(vm);
    }
    AyValue r = skip ? ayStr_from_fmt(vm, "%sj", is) : ayStr_from_fmt(vm, "(%s%sj)", rs, is);
    free(rs);
    free(is);
    return r;
}

// }====
// {==== complex()

bool ayNum_float_prefix(const char *s, const char **end, double *out);

// CPython's complex_from_string_inner over ASCII text without underscores.
static bool parse_complex(const char *s, const char *end, double *re, double *im) {
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    const char *e;
    while (s < end && (*s == ' ' || (*s >= 0x09 && *s <= 0x0D) || (*s >= 0x1C && *s <= 0x1F))) s++;
    if (s < end && *s == '(') {
        bracket = true;
        s++;
        while (s < end && (*s == ' ' || (*s >= 0x09 && *s <= 0x0D) || (*s >= 0x1C && *s <= 0x1F))) s++;
    }
    if (ayNum_float_prefix(s, &e, &z)) {
        s = e;
        if (*s == '+' || *s == '-') {
            // <float><signed-float>j or <float><sign>j
            x = z;
            if (ayNum_float_prefix(s, &e, &y)) {
                s = e;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (!(*s == 'j' || *s == 'J')) return false;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        // <sign>j or j
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (!(*s == 'j' || *s == 'J')) return false;
        s++;
    }
    while (s < end && (*s == ' ' || (*s >= 0x09 && *s <= 0x0D) || (*s >= 0x1C && *s <= 0x1F))) s++;
    if (bracket) {
        if (s >= end || *s != ')') return false;
        s++;
        while (s < end && (*s == ' ' || (*s >= 0x09 && *s <= 0x0D) || (*s >= 0x1C && *s <= 0x1F))) s++;
    }
    if (s != end) return false;
    *re = x;
    *im = y;
    return true;
}

static AyValue complex_from_string(AyVM *vm, AyType *type, AyValue v) {
    const char *s = AY_CSTR(v);
    size_t n = (size_t)AY_STR(v)->size, an;
    char *a = ayNum_to_ascii(vm, s, n, &an);
    if (!a) return AY_NULL;
    // underscores only between digits; they are dropped
    char *buf = ayMem_alloc(vm, an + 1);
    if (!buf) {
        ayNum_free_ascii(vm, s, a, n);
        return AY_NULL;
    }
    size_t k = 0;
    bool bad_us = false, has_nul = false;
    for (size_t i = 0; i < an; i++) {
        char c = a[i];
        if (c == '_') {
            if (i == 0 || i + 1 >= an || !(a[i - 1] >= '0' && a[i - 1] <= '9') || !(a[i + 1] >= '0' && a[i + 1] <= '9'))
                bad_us = true;
            continue;
        }
        if (!c) has_nul = true;
        buf[k++] = c;
    }
    buf[k] = 0;
    double re = 0, im = 0;
    bool ok = !bad_us && !has_nul && parse_complex(buf, buf + k, &re, &im);
    ayMem_free(vm, buf, an + 1);
    ayNum_free_ascii(vm, s, a, n);
    if (bad_us) return ayErr_format(vm, AY_EXC(vm, ValueError), "could not convert string to complex: %R", v);
    if (!ok) return ayErr_format(vm, AY_EXC(vm, ValueError), "complex() arg is a malformed string");
    return ayComplex_new_type(vm, type, re, im);
}

// The value of __complex__, or AY_NULL without error when there is none.
static AyValue try_complex_method(AyVM *vm, AyValue v) {
    AyValue m = ayType_lookup(vm, ayV_type(vm, v), vm->s.complex_);
    if (!m) return AY_NULL;
    AyValue r = ayObj_call1(vm, m, v);
    if (r && !ayV_is_complex(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__complex__ returned non-complex (type %T)", r);
    if (r && !ayV_is_type(vm, r, vm->t_complex)) {
        AyValue msg = ayStr_from_fmt(vm,
                                     "__complex__ returned non-complex (type %T).  The ability to return an instance "
                                     "of a strict subclass of complex is deprecated, and may be removed in a future "
                                     "version of Python.", r);
        if (!msg) return AY_NULL;
        ayGC_push_root(vm, r);
        ayNum_deprecation(vm, AY_CSTR(msg));
        ayGC_pop_roots(vm, 1);
    }
    return r;
}

static bool is_number(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    return t->to_float || t->index || ayV_is_complex(vm, v);
}

static AyValue complex_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "complex", args, nargs, kwnames, "| real imag", a)) return AY_NULL;
    AyValue r = a[0] ? a[0] : ayV_small(0), i = a[1];
    if (ayV_is_type(vm, r, vm->t_complex) && !i && type == vm->t_complex) return r;
    if (ayV_is_str(vm, r)) {
        if (i) return ayErr_format(vm, AY_EXC(vm, TypeError), "complex() can't take second arg if first is a string");
        return complex_from_string(vm, type, r);
    }
    if (i && ayV_is_str(vm, i)) return ayErr_format(vm, AY_EXC(vm, TypeError), "complex() second arg can't be a string");
    AyValue special = try_complex_method(vm, r);
    if (special) r = special;
    else if (ayErr_occurred(vm)) return AY_NULL;
    if (!is_number(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "complex() first argument must be a string or a number, not '%T'",
                            r);
    if (i && !is_number(vm, i))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "complex() second argument must be a number, not '%T'", i);
    Cx cr = {0, 0}, ci = {0, 0};
    bool cr_complex = false, ci_complex = false;
    if (ayV_is_complex(vm, r)) {
        cr.real = RE(r);
        cr.imag = IM(r);
        cr_complex = true;
    } else if (ayFloat_as_double(vm, r, &cr.real) < 0) {
        return AY_NULL;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (ayV_is_complex(vm, i)) {
        ci.real = RE(i);
        ci.imag = IM(i);
        ci_complex = true;
    } else if (ayFloat_as_double(vm, i, &ci.real) < 0) {
        return AY_NULL;
    }
    // complex(a, b) is a + b*1j even when a or b are themselves complex
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && i) ci.real += cr.imag;
    return ayComplex_new_type(vm, type, cr.real, ci.real);
}

// }====
// {==== methods

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);  // str_methods.c

static AyValue m_conjugate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "conjugate")) return AY_NULL;
    return ayComplex_new_value(vm, RE(args[0]), -IM(args[0]));
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__getnewargs__")) return AY_NULL;
    return ayTuple_pack2(vm, ayV_from_float(RE(args[0])), ayV_from_float(IM(args[0])));
}

static AyValue m_complex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (ayV_is_type(vm, args[0], vm->t_complex)) return args[0];
    return ayComplex_new_value(vm, RE(args[0]), IM(args[0]));
}

AyValue ayFormat_complex(AyVM *vm, AyValue v, AyStr *spec);

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    if (AY_STR(args[1])->size == 0) return ayObj_str(vm, args[0]);
    return ayFormat_complex(vm, args[0], AY_STR(args[1]));
}

static AyValue m_pow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__pow__", nargs - 1, 1, 2)) return AY_NULL;
    if (nargs > 2 && args[2] != AY_NONE) return ayErr_format(vm, AY_EXC(vm, ValueError), "complex modulo");
    return complex_pow(vm, args[0], args[1]);
}

static AyValue m_rpow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__rpow__", nargs - 1, 1, 2)) return AY_NULL;
    if (nargs > 2 && args[2] != AY_NONE) return ayErr_format(vm, AY_EXC(vm, ValueError), "complex modulo");
    return complex_pow(vm, args[1], args[0]);
}

static const AyMethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__complex__", m_complex, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__rpow__", m_rpow, 0, NULL},
    {NULL},
};

static AyValue complex_real_get(AyVM *vm, AyValue self) { return ayV_from_float(RE(self)); }
static AyValue complex_imag_get(AyVM *vm, AyValue self) { return ayV_from_float(IM(self)); }

static const AyGetSetDef complex_getsets[] = {
    {"real", complex_real_get, NULL},
    {"imag", complex_imag_get, NULL},
    {NULL},
};

// }====

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
    ayType_add_methods(vm, t, complex_methods);
    ayType_add_getsets(vm, t, complex_getsets);
    ayType_set(vm, t, "__doc__",
               ayV_from_obj(ayStr_new_c(vm, "Create a complex number from a real part and an optional imaginary "
                                            "part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.")));
}
