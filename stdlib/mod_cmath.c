// The cmath module. sqrt, exp and log use CPython's formulas for finite
// arguments (rescaling near the ends of the double range, log1p near |z| = 1)
// so common results match to the bit; the other functions and the special
// values (infinities, nans) come from C99's complex functions, whose Annex G
// tables CPython's special-value tables reproduce.
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

typedef struct Cz {
    double re, im;
} Cz;

static AyValue domain_error(AyVM *vm) { return ayErr_format(vm, AY_EXC(vm, ValueError), "math domain error"); }
static AyValue range_error(AyVM *vm) { return ayErr_format(vm, AY_EXC(vm, OverflowError), "math range error"); }

// complex(x) for cmath arguments: complex, float, int, __complex__, __float__, __index__.
static bool arg_complex(AyVM *vm, AyValue v, Cz *z) {
    if (ayV_is_complex(vm, v)) {
        z->re = AY_AS(AyComplex, v)->real;
        z->im = AY_AS(AyComplex, v)->imag;
        return true;
    }
    AyValue m = ayType_lookup(vm, ayV_type(vm, v), vm->s.complex_);
    if (m) {
        AyValue r = ayObj_call1(vm, m, v);
        if (!r) return false;
        if (!ayV_is_complex(vm, r)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__complex__ returned non-complex (type %T)", r);
            return false;
        }
        z->re = AY_AS(AyComplex, r)->real;
        z->im = AY_AS(AyComplex, r)->imag;
        return true;
    }
    z->im = 0.0;
    return ayFloat_as_double(vm, v, &z->re) == 0;
}

static AyValue cz_value(AyVM *vm, Cz z) { return ayComplex_new_value(vm, z.re, z.im); }
static double complex to_c(Cz z) { return CMPLX(z.re, z.im); }
static Cz from_c(double complex c) { return (Cz){creal(c), cimag(c)}; }
static bool cz_finite(Cz z) { return isfinite(z.re) && isfinite(z.im); }

// {==== sqrt, exp, log

static Cz c_sqrt(Cz z) {
    if (!cz_finite(z)) return from_c(csqrt(to_c(z)));
    if (z.re == 0.0 && z.im == 0.0) return (Cz){0.0, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot would be subnormal: scale up by 2^53, and the root back by 2^-27
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return (Cz){s, copysign(d, z.im)};
    return (Cz){d, copysign(s, z.im)};
}

static Cz c_exp(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(cexp(to_c(z)));
    Cz r;
    if (z.re > 709.782712893384) {  // log(DBL_MAX): exp(re) alone would overflow
        double l = exp(z.re - 1.0);
        r.re = l * cos(z.im) * M_E;
        r.im = l * sin(z.im) * M_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_log(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(clog(to_c(z)));
    Cz r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
        r.re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            r.re = -INFINITY;
            r.im = atan2(z.im, z.re);
            *err = EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // near |z| = 1 log(h) loses accuracy; log1p of h^2 - 1 does not
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    return r;
}

static AyValue cm_sqrt(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.sqrt", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    return cz_value(vm, c_sqrt(z));
}

static AyValue cm_exp(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.exp", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    int err;
    Cz r = c_exp(z, &err);
    if (err) return range_error(vm);
    return cz_value(vm, r);
}

static AyValue cm_log(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "log", nargs, 1, 2)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    int err;
    Cz r = c_log(z, &err);
    if (nargs > 1) {
        Cz b;
        if (!arg_complex(vm, args[1], &b)) return AY_NULL;
        int err2;
        Cz lb = c_log(b, &err2);
        if (err2) err = err2;
        // r / lb as complex division
        double complex q = to_c(r) / to_c(lb);
        if (lb.re == 0.0 && lb.im == 0.0) err = EDOM;
        r = from_c(q);
    }
    if (err) return domain_error(vm);
    return cz_value(vm, r);
}

static AyValue cm_log10(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.log10", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    int err;
    Cz r = c_log(z, &err);
    if (err) return domain_error(vm);
    r.re /= M_LN10;
    r.im /= M_LN10;
    return cz_value(vm, r);
}

// }====
// {==== the others, from C99

typedef double complex (*CFn)(double complex);

// f(z) with the errors CPython reports: an infinity from a finite argument
// is a domain error at a pole (atanh(1)) or a range error on overflow.
static AyValue apply(AyVM *vm, const char *name, AyValue *args, int nargs, CFn f, bool overflow_is_range) {
    if (!ayArg_count(vm, name, nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    Cz r = from_c(f(to_c(z)));
    if (cz_finite(z) && (isinf(r.re) || isinf(r.im))) return overflow_is_range ? range_error(vm) : domain_error(vm);
    return cz_value(vm, r);
}

#define CFUNC(name, f, range) \
    static AyValue cm_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        return apply(vm, "cmath." #name, args, nargs, f, range); \
    }
CFUNC(acos, cacos, false)
CFUNC(acosh, cacosh, false)
CFUNC(asin, casin, false)
CFUNC(asinh, casinh, false)
CFUNC(atan, catan, false)
CFUNC(atanh, catanh, false)
CFUNC(cos, ccos, true)
CFUNC(cosh, ccosh, true)
CFUNC(sin, csin, true)
CFUNC(sinh, csinh, true)
CFUNC(tan, ctan, true)
CFUNC(tanh, ctanh, true)
#undef CFUNC

static AyValue cm_phase(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.phase", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    return ayV_from_float(atan2(z.im, z.re));
}

static AyValue cm_polar(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.polar", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    double r;
    if (isinf(z.re) || isinf(z.im)) r = INFINITY;
    else if (isnan(z.re) || isnan(z.im)) r = NAN;
    else {
        r = hypot(z.re, z.im);
        if (isinf(r)) return range_error(vm);
    }
    return ayTuple_pack2(vm, ayV_from_float(r), ayV_from_float(atan2(z.im, z.re)));
}

static AyValue cm_rect(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "rect", nargs, 2, 2)) return AY_NULL;
    double r, phi;
    if (ayFloat_as_double(vm, args[0], &r) < 0 || ayFloat_as_double(vm, args[1], &phi) < 0) return AY_NULL;
    if (isfinite(r) && isinf(phi)) {
        if (r == 0.0) return ayComplex_new_value(vm, 0.0, 0.0);
        return domain_error(vm);
    }
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double re = r > 0 ? copysign(INFINITY, cos(phi)) : -copysign(INFINITY, cos(phi));
            double im = r > 0 ? copysign(INFINITY, sin(phi)) : -copysign(INFINITY, sin(phi));
            return ayComplex_new_value(vm, re, im);
        }
        if (isinf(r) && phi == 0.0) return ayComplex_new_value(vm, r, phi * (r > 0 ? 1.0 : -1.0));
        return ayComplex_new_value(vm, r * cos(phi), r * sin(phi));
    }
    if (phi == 0.0) return ayComplex_new_value(vm, r, r * phi);
    return ayComplex_new_value(vm, r * cos(phi), r * sin(phi));
}

#define PRED(name, test) \
    static AyValue cm_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        if (!ayArg_count(vm, "cmath." #name, nargs, 1, 1)) return AY_NULL; \
        Cz z; \
        if (!arg_complex(vm, args[0], &z)) return AY_NULL; \
        return ayV_bool(test); \
    }
PRED(isfinite, isfinite(z.re) && isfinite(z.im))
PRED(isinf, isinf(z.re) || isinf(z.im))
PRED(isnan, isnan(z.re) || isnan(z.im))
#undef PRED

static AyValue cm_isclose(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "isclose", args, nargs, kwnames, "a b $ rel_tol abs_tol", a)) return AY_NULL;
    Cz x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (!arg_complex(vm, a[0], &x) || !arg_complex(vm, a[1], &y)) return AY_NULL;
    if (a[2] && ayFloat_as_double(vm, a[2], &rel) < 0) return AY_NULL;
    if (a[3] && ayFloat_as_double(vm, a[3], &abs_tol) < 0) return AY_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return AY_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) return AY_FALSE;
    double diff = hypot(x.re - y.re, x.im - y.im);
    return ayV_bool(diff <= rel * hypot(y.re, y.im) || diff <= rel * hypot(x.re, x.im) || diff <= abs_tol);
}

// }====

static const AyMethodDef cmath_funcs[] = {
    {"acos", cm_acos, 0, NULL},
    {"acosh", cm_acosh, 0, NULL},
    {"asin", cm_asin, 0, NULL},
    {"asinh", cm_asinh, 0, NULL},
    {"atan", cm_atan, 0, NULL},
    {"atanh", cm_atanh, 0, NULL},
    {"cos", cm_cos, 0, NULL},
    {"cosh", cm_cosh, 0, NULL},
    {"exp", cm_exp, 0, NULL},
    {"isclose", cm_isclose, 0, NULL},
    {"isfinite", cm_isfinite, 0, NULL},
    {"isinf", cm_isinf, 0, NULL},
    {"isnan", cm_isnan, 0, NULL},
    {"log", cm_log, 0, NULL},
    {"log10", cm_log10, 0, NULL},
    {"phase", cm_phase, 0, NULL},
    {"polar", cm_polar, 0, NULL},
    {"rect", cm_rect, 0, NULL},
    {"sin", cm_sin, 0, NULL},
    {"sinh", cm_sinh, 0, NULL},
    {"sqrt", cm_sqrt, 0, NULL},
    {"tan", cm_tan, 0, NULL},
    {"tanh", cm_tanh, 0, NULL},
    {NULL},
};

AyValue ayMod_cmath(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "cmath", cmath_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayModule_add(vm, m, "pi", ayV_from_float(M_PI));
    ayModule_add(vm, m, "e", ayV_from_float(M_E));
    ayModule_add(vm, m, "tau", ayV_from_float(2 * M_PI));
    ayModule_add(vm, m, "inf", ayV_from_float(INFINITY));
    ayModule_add(vm, m, "nan", ayFloat_new_nan(false));
    ayModule_add(vm, m, "infj", ayComplex_new_value(vm, 0.0, INFINITY));
    ayModule_add(vm, m, "nanj", ayComplex_new_value(vm, 0.0, NAN));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
