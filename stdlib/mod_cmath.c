// The cmath module. Finite arguments use CPython's formulas (rescaling near
// the ends of the double range, log1p near |z| = 1, the identities between
// the trigonometric and hyperbolic functions) so results match to the bit;
// special values (infinities, nans) come from C99's complex functions, whose
// Annex G tables CPython's special-value tables reproduce.
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "libm.h"
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
    if (!cz_finite(z)) return from_c(ayLibm.csqrt(to_c(z)));
    if (z.re == 0.0 && z.im == 0.0) return (Cz){0.0, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot would be subnormal: scale up by 2^53, and the root back by 2^-27
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + ayLibm.hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + ayLibm.hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return (Cz){s, copysign(d, z.im)};
    return (Cz){d, copysign(s, z.im)};
}

static Cz c_exp(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.cexp(to_c(z)));
    Cz r;
    if (z.re > 709.782712893384) {  // ayLibm.log(DBL_MAX): ayLibm.exp(re) alone would overflow
        double l = ayLibm.exp(z.re - 1.0);
        r.re = l * ayLibm.cos(z.im) * M_E;
        r.im = l * ayLibm.sin(z.im) * M_E;
    } else {
        double l = ayLibm.exp(z.re);
        r.re = l * ayLibm.cos(z.im);
        r.im = l * ayLibm.sin(z.im);
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_log(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.clog(to_c(z)));
    Cz r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
        r.re = ayLibm.log(ayLibm.hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            r.re = ayLibm.log(ayLibm.hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            r.re = -INFINITY;
            r.im = ayLibm.atan2(z.im, z.re);
            *err = EDOM;
            return r;
        }
    } else {
        double h = ayLibm.hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // near |z| = 1 log(h) loses accuracy; log1p of h^2 - 1 does not
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = ayLibm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            r.re = ayLibm.log(h);
        }
    }
    r.im = ayLibm.atan2(z.im, z.re);
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
        // r / lb by Smith's method, as complex division does
        if (fabs(lb.re) >= fabs(lb.im)) {
            if (lb.re == 0.0) {
                err = EDOM;
            } else {
                double ratio = lb.im / lb.re, denom = lb.re + lb.im * ratio;
                r = (Cz){(r.re + r.im * ratio) / denom, (r.im - r.re * ratio) / denom};
            }
        } else if (fabs(lb.im) >= fabs(lb.re)) {
            double ratio = lb.re / lb.im, denom = lb.re * ratio + lb.im;
            r = (Cz){(r.re * ratio + r.im) / denom, (r.im * ratio - r.re) / denom};
        } else {
            r = (Cz){NAN, NAN};
        }
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
// {==== trigonometric and hyperbolic functions (CPython's formulas)

#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153   // sqrt(DBL_MAX / 4)
#define LOG_LARGE_DOUBLE 709.0895657128241         // ayLibm.log(DBL_MAX / 4)
#define SQRT_DBL_MIN 1.4916681462400413e-154       // sqrt(DBL_MIN)

static Cz c_neg(Cz z) { return (Cz){-z.re, -z.im}; }

static Cz c_asinh(Cz z) {
    if (!cz_finite(z)) return from_c(ayLibm.casinh(to_c(z)));
    Cz r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = ayLibm.log(ayLibm.hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        r.re = z.im >= 0.0 ? copysign(l, z.re) : -copysign(l, -z.re);
        r.im = ayLibm.atan2(z.im, fabs(z.re));
    } else {
        Cz s1 = c_sqrt((Cz){1.0 + z.im, -z.re}), s2 = c_sqrt((Cz){1.0 - z.im, z.re});
        r.re = ayLibm.asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = ayLibm.atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    return r;
}

// asin(z) = -i asinh(iz)
static Cz c_asin(Cz z) {
    Cz s = c_asinh((Cz){-z.im, z.re});
    return (Cz){s.im, -s.re};
}

static Cz c_acos(Cz z) {
    if (!cz_finite(z)) return from_c(ayLibm.cacos(to_c(z)));
    Cz r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = ayLibm.atan2(fabs(z.im), z.re);
        double l = ayLibm.log(ayLibm.hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        r.im = z.re < 0.0 ? -copysign(l, z.im) : copysign(l, -z.im);
    } else {
        Cz s1 = c_sqrt((Cz){1.0 - z.re, -z.im}), s2 = c_sqrt((Cz){1.0 + z.re, z.im});
        r.re = 2.0 * ayLibm.atan2(s1.re, s2.re);
        r.im = ayLibm.asinh(s2.re * s1.im - s2.im * s1.re);
    }
    return r;
}

static Cz c_acosh(Cz z) {
    if (!cz_finite(z)) return from_c(ayLibm.cacosh(to_c(z)));
    Cz r;
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        r.re = ayLibm.log(ayLibm.hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        r.im = ayLibm.atan2(z.im, z.re);
    } else {
        Cz s1 = c_sqrt((Cz){z.re - 1.0, z.im}), s2 = c_sqrt((Cz){z.re + 1.0, z.im});
        r.re = ayLibm.asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2.0 * ayLibm.atan2(s1.im, s2.re);
    }
    return r;
}

static Cz c_atanh(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.catanh(to_c(z)));
    if (z.re < 0.0) return c_neg(c_atanh(c_neg(z), err));  // ayLibm.atanh(z) = -ayLibm.atanh(-z)
    Cz r;
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        // large |z|: atanh(z) ~ 1/z +/- i*pi/2
        double h = ayLibm.hypot(z.re / 2.0, z.im / 2.0);
        r.re = z.re / 4.0 / h / h;
        r.im = -copysign(M_PI / 2.0, -z.im);
    } else if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            r.re = INFINITY;
            r.im = z.im;
            *err = EDOM;
        } else {
            r.re = -ayLibm.log(sqrt(ay) / sqrt(ayLibm.hypot(ay, 2.0)));
            r.im = copysign(ayLibm.atan2(2.0, -ay) / 2, z.im);
        }
    } else {
        r.re = ayLibm.log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0;
        r.im = -ayLibm.atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0;
    }
    return r;
}

// atan(z) = -i atanh(iz)
static Cz c_atan(Cz z, int *err) {
    Cz s = c_atanh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}

static Cz c_cosh(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.ccosh(to_c(z)));
    Cz r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        // cosh(re) alone would overflow when cosh(z) does not
        double x1 = z.re - copysign(1.0, z.re);
        r.re = ayLibm.cos(z.im) * ayLibm.cosh(x1) * M_E;
        r.im = ayLibm.sin(z.im) * ayLibm.sinh(x1) * M_E;
    } else {
        r.re = ayLibm.cos(z.im) * ayLibm.cosh(z.re);
        r.im = ayLibm.sin(z.im) * ayLibm.sinh(z.re);
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_sinh(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.csinh(to_c(z)));
    Cz r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        r.re = ayLibm.cos(z.im) * ayLibm.sinh(x1) * M_E;
        r.im = ayLibm.sin(z.im) * ayLibm.cosh(x1) * M_E;
    } else {
        r.re = ayLibm.cos(z.im) * ayLibm.sinh(z.re);
        r.im = ayLibm.sin(z.im) * ayLibm.cosh(z.re);
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

// cos(z) = cosh(iz)
static Cz c_cos(Cz z, int *err) { return c_cosh((Cz){-z.im, z.re}, err); }

// sin(z) = -i sinh(iz)
static Cz c_sin(Cz z, int *err) {
    Cz s = c_sinh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}

static Cz c_tanh(Cz z, int *err) {
    *err = 0;
    if (!cz_finite(z)) return from_c(ayLibm.ctanh(to_c(z)));
    Cz r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        r.re = copysign(1.0, z.re);
        r.im = 4.0 * ayLibm.sin(z.im) * ayLibm.cos(z.im) * ayLibm.exp(-2.0 * fabs(z.re));
    } else {
        // 1 - tanh(x)^2 computed as 1/cosh(x)^2 keeps its accuracy
        double tx = ayLibm.tanh(z.re), ty = ayLibm.tan(z.im), cx = 1.0 / ayLibm.cosh(z.re), txty = tx * ty;
        double denom = 1.0 + txty * txty;
        r.re = tx * (1.0 + ty * ty) / denom;
        r.im = ((ty / denom) * cx) * cx;
    }
    return r;
}

// tan(z) = -i tanh(iz)
static Cz c_tan(Cz z, int *err) {
    Cz s = c_tanh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}

static AyValue finish(AyVM *vm, Cz r, int err) {
    if (err == EDOM) return domain_error(vm);
    if (err == ERANGE) return range_error(vm);
    return cz_value(vm, r);
}

#define CFUNC(name, expr) \
    static AyValue cm_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        if (!ayArg_count(vm, "cmath." #name, nargs, 1, 1)) return AY_NULL; \
        Cz z; \
        if (!arg_complex(vm, args[0], &z)) return AY_NULL; \
        int err = 0; \
        Cz r = expr; \
        return finish(vm, r, err); \
    }
CFUNC(acos, c_acos(z))
CFUNC(acosh, c_acosh(z))
CFUNC(asin, c_asin(z))
CFUNC(asinh, c_asinh(z))
CFUNC(atan, c_atan(z, &err))
CFUNC(atanh, c_atanh(z, &err))
CFUNC(cos, c_cos(z, &err))
CFUNC(cosh, c_cosh(z, &err))
CFUNC(sin, c_sin(z, &err))
CFUNC(sinh, c_sinh(z, &err))
CFUNC(tan, c_tan(z, &err))
CFUNC(tanh, c_tanh(z, &err))
#undef CFUNC

static AyValue cm_phase(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.phase", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    return ayV_from_float(ayLibm.atan2(z.im, z.re));
}

static AyValue cm_polar(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "cmath.polar", nargs, 1, 1)) return AY_NULL;
    Cz z;
    if (!arg_complex(vm, args[0], &z)) return AY_NULL;
    double r;
    if (isinf(z.re) || isinf(z.im)) r = INFINITY;
    else if (isnan(z.re) || isnan(z.im)) r = NAN;
    else {
        r = ayLibm.hypot(z.re, z.im);
        if (isinf(r)) return range_error(vm);
    }
    return ayTuple_pack2(vm, ayV_from_float(r), ayV_from_float(ayLibm.atan2(z.im, z.re)));
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
            double re = r > 0 ? copysign(INFINITY, ayLibm.cos(phi)) : -copysign(INFINITY, ayLibm.cos(phi));
            double im = r > 0 ? copysign(INFINITY, ayLibm.sin(phi)) : -copysign(INFINITY, ayLibm.sin(phi));
            return ayComplex_new_value(vm, re, im);
        }
        if (isinf(r) && phi == 0.0) return ayComplex_new_value(vm, r, phi * (r > 0 ? 1.0 : -1.0));
        return ayComplex_new_value(vm, r * ayLibm.cos(phi), r * ayLibm.sin(phi));
    }
    if (phi == 0.0) return ayComplex_new_value(vm, r, r * phi);
    return ayComplex_new_value(vm, r * ayLibm.cos(phi), r * ayLibm.sin(phi));
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
    double diff = ayLibm.hypot(x.re - y.re, x.im - y.im);
    return ayV_bool(diff <= rel * ayLibm.hypot(y.re, y.im) || diff <= rel * ayLibm.hypot(x.re, x.im) || diff <= abs_tol);
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
    ayModule_add(vm, m, "nan", ayFloat_new_nan(vm, false));
    ayModule_add(vm, m, "infj", ayComplex_new_value(vm, 0.0, INFINITY));
    ayModule_add(vm, m, "nanj", ayComplex_new_value(vm, 0.0, NAN));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
