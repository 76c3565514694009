// The math module. Error behaviour follows CPython's Modules/mathmodule.c:
// a nan from a non-nan argument is ValueError("math domain error"), an
// infinity from a finite one is OverflowError("math range error") or, for
// singularities, the domain error; ints go through exact paths where CPython
// has them (floor/ceil/log of huge ints, gcd, comb, isqrt...).
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "libm.h"
#include "module.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

// {==== error helpers

static AyValue domain_error(AyVM *vm) { return ayErr_format(vm, AY_EXC(vm, ValueError), "math domain error"); }
static AyValue range_error(AyVM *vm) { return ayErr_format(vm, AY_EXC(vm, OverflowError), "math range error"); }

// CPython's is_error: errno set by a libm call becomes an exception, except
// an underflow (ERANGE with a small result).
static bool check_errno(AyVM *vm, double r) {
    if (errno == EDOM) {
        domain_error(vm);
        return false;
    }
    if (errno == ERANGE && fabs(r) >= 1.5) {
        range_error(vm);
        return false;
    }
    return true;
}

static bool arg_double(AyVM *vm, AyValue v, double *out) { return ayFloat_as_double(vm, v, out) == 0; }

// f(x) with CPython's math_1 checks; can_overflow: an infinite result is a
// range error rather than a domain error (a pole).
static AyValue math_1(AyVM *vm, const char *name, AyValue *args, int nargs, double (*f)(double), bool can_overflow) {
    if (!ayArg_count(vm, name, nargs, 1, 1)) return AY_NULL;
    double x;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

// f(x) where only errno reports errors (math_1a: erf, gamma...).
static AyValue math_1a(AyVM *vm, const char *name, AyValue *args, int nargs, double (*f)(double)) {
    if (!ayArg_count(vm, name, nargs, 1, 1)) return AY_NULL;
    double x;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    errno = 0;
    double r = f(x);
    if (errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

static AyValue math_2(AyVM *vm, const char *name, AyValue *args, int nargs, double (*f)(double, double)) {
    if (!ayArg_count(vm, name, nargs, 2, 2)) return AY_NULL;
    double x, y;
    if (!arg_double(vm, args[0], &x) || !arg_double(vm, args[1], &y)) return AY_NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

// }====
// {==== simple float functions

// tgamma/lgamma with CPython's error reporting (poles and -inf are domain
// errors, overflow a range error); the values come from libm.
static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x) && x < 0) {
        errno = EDOM;
        return NAN;
    }
    double r = ayLibm.tgamma(x);
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return INFINITY;
        }
        return 0.0;  // lgamma(1) = lgamma(2) = 0
    }
    int sign;
    double r = ayLibm.lgamma_r(x, &sign);
    if (isinf(r)) errno = ERANGE;
    return r;
}

// log, log2, log10 of a double with CPython's domain handling.
static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return ayLibm.log(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return ayLibm.log2(x);
    errno = EDOM;
    return x == 0.0 ? -INFINITY : NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return ayLibm.log10(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log1p(double x) {
    // log1p(-0.0) must keep the sign; libm does
    return ayLibm.log1p(x);
}

// Called through pointers: the compiler inlines fabs/floor/ceil/sqrt only in calls.
static double m_fabs(double x) { return fabs(x); }
static double m_floor(double x) { return floor(x); }
static double m_ceil(double x) { return ceil(x); }
static double m_sqrt(double x) { return sqrt(x); }

static double m_degrees(double x) { return x * (180.0 / M_PI); }
static double m_radians(double x) { return x * (M_PI / 180.0); }

#define FUNC1(name, f, ovf) \
    static AyValue mf_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        return math_1(vm, "math." #name, args, nargs, f, ovf); \
    }
FUNC1(acos, ayLibm.acos, false)
FUNC1(acosh, ayLibm.acosh, false)
FUNC1(asin, ayLibm.asin, false)
FUNC1(asinh, ayLibm.asinh, false)
FUNC1(atan, ayLibm.atan, false)
FUNC1(atanh, ayLibm.atanh, false)
FUNC1(cbrt, ayLibm.cbrt, false)
FUNC1(cos, ayLibm.cos, false)
FUNC1(cosh, ayLibm.cosh, true)
FUNC1(exp, ayLibm.exp, true)
FUNC1(exp2, ayLibm.exp2, true)
FUNC1(expm1, ayLibm.expm1, true)
FUNC1(fabs, m_fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, ayLibm.sin, false)
FUNC1(sinh, ayLibm.sinh, true)
FUNC1(sqrt, m_sqrt, false)
FUNC1(tan, ayLibm.tan, false)
FUNC1(tanh, ayLibm.tanh, false)
FUNC1(degrees, m_degrees, false)
FUNC1(radians, m_radians, false)
#undef FUNC1

#define FUNC1A(name, f) \
    static AyValue mf_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        return math_1a(vm, "math." #name, args, nargs, f); \
    }
FUNC1A(erf, ayLibm.erf)
FUNC1A(erfc, ayLibm.erfc)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
#undef FUNC1A

static double m_atan2(double y, double x) { return ayLibm.atan2(y, x); }

static AyValue mf_atan2(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return math_2(vm, "atan2", args, nargs, m_atan2);
}
static AyValue mf_copysign(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return math_2(vm, "copysign", args, nargs, copysign);
}
static AyValue mf_remainder(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return math_2(vm, "remainder", args, nargs, ayLibm.remainder);
}

static AyValue mf_fmod(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "fmod", nargs, 2, 2)) return AY_NULL;
    double x, y;
    if (!arg_double(vm, args[0], &x) || !arg_double(vm, args[1], &y)) return AY_NULL;
    if (isinf(y) && isfinite(x)) return ayV_from_float(x);
    errno = 0;
    double r = ayLibm.fmod(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

static AyValue mf_pow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "pow", nargs, 2, 2)) return AY_NULL;
    double x, y, r = 0.0;
    if (!arg_double(vm, args[0], &x) || !arg_double(vm, args[1], &y)) return AY_NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        // IEEE special values spelled out (C99 Annex F)
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && ayLibm.fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = ayLibm.pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r)) errno = EDOM;
            else errno = x == 0.0 ? EDOM : ERANGE;
        }
    }
    if (errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

static AyValue mf_ldexp(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "ldexp", nargs, 2, 2)) return AY_NULL;
    double x, r;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    if (!ayV_is_anyint(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "Expected an int as second argument to ldexp.");
    int64_t e;
    if (ayInt_as_i64(vm, ayInt_exact(vm, args[1]), &e) < 0) {
        ayErr_clear(vm);
        e = ayInt_sign(vm, ayInt_exact(vm, args[1])) < 0 ? INT64_MIN : INT64_MAX;
    }
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        r = copysign(INFINITY, x);
        errno = ERANGE;
    } else if (e < INT32_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) errno = ERANGE;
    }
    if (errno && !check_errno(vm, r)) return AY_NULL;
    return ayV_from_float(r);
}

static AyValue mf_frexp(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.frexp", nargs, 1, 1)) return AY_NULL;
    double x;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    return ayTuple_pack2(vm, ayV_from_float(x), ayV_small(e));
}

static AyValue mf_modf(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.modf", nargs, 1, 1)) return AY_NULL;
    double x, ip;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    if (isinf(x)) return ayTuple_pack2(vm, ayV_from_float(copysign(0.0, x)), ayV_from_float(x));
    if (isnan(x)) return ayTuple_pack2(vm, ayV_from_float(x), ayV_from_float(x));
    double frac = modf(x, &ip);
    return ayTuple_pack2(vm, ayV_from_float(frac), ayV_from_float(ip));
}

#define PRED(name, test) \
    static AyValue mf_##name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        if (!ayArg_count(vm, "math." #name, nargs, 1, 1)) return AY_NULL; \
        double x; \
        if (!arg_double(vm, args[0], &x)) return AY_NULL; \
        return ayV_bool(test(x)); \
    }
PRED(isfinite, isfinite)
PRED(isinf, isinf)
PRED(isnan, isnan)
#undef PRED

static AyValue mf_isclose(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "isclose", args, nargs, kwnames, "a b $ rel_tol abs_tol", a)) return AY_NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (!arg_double(vm, a[0], &x) || !arg_double(vm, a[1], &y)) return AY_NULL;
    if (a[2] && !arg_double(vm, a[2], &rel)) return AY_NULL;
    if (a[3] && !arg_double(vm, a[3], &abs_tol)) return AY_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "tolerances must be non-negative");
    if (x == y) return AY_TRUE;
    if (isinf(x) || isinf(y)) return AY_FALSE;
    double diff = fabs(y - x);
    return ayV_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

static AyValue mf_nextafter(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "nextafter", args, nargs, kwnames, "x y / $ steps", a)) return AY_NULL;
    double x, y;
    if (!arg_double(vm, a[0], &x) || !arg_double(vm, a[1], &y)) return AY_NULL;
    if (!a[2] || a[2] == AY_NONE) return ayV_from_float(ayLibm.nextafter(x, y));
    AyValue st = ayObj_index(vm, a[2]);
    if (!st) return AY_NULL;
    if (ayInt_sign(vm, st) < 0)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "steps must be a non-negative integer");
    int64_t s;
    uint64_t steps;
    if (ayInt_as_i64(vm, st, &s) < 0) {
        ayErr_clear(vm);
        steps = UINT64_MAX;
    } else {
        steps = (uint64_t)s;
    }
    if (steps == 0 || isnan(x)) return ayV_from_float(x);
    if (isnan(y)) return ayV_from_float(y);
    // walk the ordered bit patterns: magnitudes are monotonic in the bits
    uint64_t ux, uy;
    memcpy(&ux, &x, 8);
    memcpy(&uy, &y, 8);
    if (ux == uy) return ayV_from_float(x);
    const uint64_t sign = (uint64_t)1 << 63;
    uint64_t ax = ux & ~sign, ay = uy & ~sign, r;
    if ((ux ^ uy) & sign) {
        if (ax + ay <= steps) r = uy;
        else if (ax < steps) r = (uy & sign) | (steps - ax);
        else r = ux - steps;
    } else if (ax > ay) {
        r = ax - ay >= steps ? ux - steps : uy;
    } else {
        r = ay - ax >= steps ? ux + steps : uy;
    }
    double d;
    memcpy(&d, &r, 8);
    return ayV_from_float(d);
}

static AyValue mf_ulp(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.ulp", nargs, 1, 1)) return AY_NULL;
    double x;
    if (!arg_double(vm, args[0], &x)) return AY_NULL;
    if (isnan(x)) return ayV_from_float(x);
    x = fabs(x);
    if (isinf(x)) return ayV_from_float(x);
    double x2 = ayLibm.nextafter(x, INFINITY);
    if (isinf(x2)) return ayV_from_float(x - ayLibm.nextafter(x, -INFINITY));
    return ayV_from_float(x2 - x);
}

// }====
// {==== logarithms (exact for huge ints)

static AyValue log_helper(AyVM *vm, AyValue arg, double (*f)(double), double *out) {
    if (ayV_is_anyint(vm, arg)) {
        AyValue i = ayInt_exact(vm, arg);
        if (ayInt_sign(vm, i) <= 0) return domain_error(vm);
        double x;
        if (ayInt_as_double(vm, i, &x) == 0) {
            *out = f(x);
        } else {
            // too big for a double: log(m * 2**e) = log(m) + e * log(2)
            ayErr_clear(vm);
            int64_t e;
            double m = ayInt_frexp(vm, i, &e);
            *out = f(m) + f(2.0) * (double)e;
        }
        return AY_NONE;
    }
    double x;
    if (!arg_double(vm, arg, &x)) return AY_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return domain_error(vm);
    if (isfinite(r) && errno && !check_errno(vm, r)) return AY_NULL;
    *out = r;
    return AY_NONE;
}

static AyValue mf_log(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "log", nargs, 1, 2)) return AY_NULL;
    double num, den;
    if (!log_helper(vm, args[0], m_log, &num)) return AY_NULL;
    if (nargs == 1) return ayV_from_float(num);
    if (!log_helper(vm, args[1], m_log, &den)) return AY_NULL;
    if (den == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float division by zero");
    return ayV_from_float(num / den);
}

static AyValue mf_log2(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.log2", nargs, 1, 1)) return AY_NULL;
    double r;
    return log_helper(vm, args[0], m_log2, &r) ? ayV_from_float(r) : AY_NULL;
}

static AyValue mf_log10(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.log10", nargs, 1, 1)) return AY_NULL;
    double r;
    return log_helper(vm, args[0], m_log10, &r) ? ayV_from_float(r) : AY_NULL;
}

// }====
// {==== to integers

// floor/ceil: a float directly, else the type's __floor__/__ceil__, else via float.
static AyValue round_to_int(AyVM *vm, AyValue v, AyStr *dunder, double (*f)(double)) {
    if (ayV_is_float(v)) return ayInt_from_double(vm, f(ayV_float(v)));
    AyValue m = ayType_lookup(vm, ayV_type(vm, v), dunder);
    if (m) return ayObj_call1(vm, m, v);
    double x;
    if (!arg_double(vm, v, &x)) return AY_NULL;
    return ayInt_from_double(vm, f(x));
}

static AyValue mf_floor(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.floor", nargs, 1, 1)) return AY_NULL;
    return round_to_int(vm, args[0], vm->s.__floor__, m_floor);
}

static AyValue mf_ceil(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.ceil", nargs, 1, 1)) return AY_NULL;
    return round_to_int(vm, args[0], vm->s.__ceil__, m_ceil);
}

static AyValue mf_trunc(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.trunc", nargs, 1, 1)) return AY_NULL;
    if (ayV_is_float(args[0])) return ayInt_from_double(vm, trunc(ayV_float(args[0])));
    AyValue m = ayType_lookup(vm, ayV_type(vm, args[0]), vm->s.__trunc__);
    if (!m) return ayErr_format(vm, AY_EXC(vm, TypeError), "type %T doesn't define __trunc__ method", args[0]);
    return ayObj_call1(vm, m, args[0]);
}

// }====
// {==== integer functions

// An int argument through __index__ (TypeError for floats and the like).
static AyValue index_arg(AyVM *vm, AyValue v) {
    AyValue i = ayObj_index(vm, v);
    return i ? ayInt_exact(vm, i) : AY_NULL;
}

static AyValue mf_factorial(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.factorial", nargs, 1, 1)) return AY_NULL;
    AyValue n = index_arg(vm, args[0]);
    if (!n) return AY_NULL;
    int64_t x;
    if (ayInt_as_i64(vm, n, &x) < 0) {
        ayErr_clear(vm);
        if (ayInt_sign(vm, n) < 0)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "factorial() not defined for negative values");
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "factorial() argument should not exceed %lld",
                            (long long)INT64_MAX);
    }
    if (x < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "factorial() not defined for negative values");
    return ayInt_factorial(vm, (uint64_t)x);
}

static AyValue gcd_lcm(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool lcm) {
    if (!ayArg_no_kw(vm, lcm ? "lcm" : "gcd", kw)) return AY_NULL;
    if (nargs == 0) return ayV_small(lcm ? 1 : 0);
    AyValue r = index_arg(vm, args[0]);
    if (!r) return AY_NULL;
    if (nargs == 1) return ayInt_sign(vm, r) < 0 ? ayInt_binop(vm, AY_BINOP_SUB, ayV_small(0), r) : r;
    // the running result stays rooted while __index__ of the next argument runs
    ayGC_push_root(vm, r);
    size_t slot = vm->nroots - 1;
    for (int i = 1; i < nargs && r; i++) {
        AyValue x = index_arg(vm, args[i]);
        r = x ? (lcm ? ayInt_lcm(vm, r, x) : ayInt_gcd(vm, r, x)) : AY_NULL;
        vm->roots[slot] = r;
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue mf_gcd(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return gcd_lcm(vm, args, nargs, kw, false); }
static AyValue mf_lcm(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return gcd_lcm(vm, args, nargs, kw, true); }

static AyValue mf_isqrt(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.isqrt", nargs, 1, 1)) return AY_NULL;
    AyValue n = index_arg(vm, args[0]);
    if (!n) return AY_NULL;
    if (ayInt_sign(vm, n) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "isqrt() argument must be nonnegative");
    return ayInt_isqrt(vm, n);
}

static AyValue perm_comb(AyVM *vm, AyValue nv, AyValue kv, bool comb) {
    AyValue n = index_arg(vm, nv);
    if (!n) return AY_NULL;
    if (!kv || kv == AY_NONE) {
        // perm(n): n!
        if (ayInt_sign(vm, n) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "n must be a non-negative integer");
        AyValue a[1] = {n};
        return mf_factorial(vm, a, 1, AY_NULL);
    }
    ayGC_push_root(vm, n);  // k's __index__ may run Ay code
    AyValue k = index_arg(vm, kv);
    ayGC_pop_roots(vm, 1);
    if (!k) return AY_NULL;
    if (ayInt_sign(vm, n) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "n must be a non-negative integer");
    if (ayInt_sign(vm, k) < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "k must be a non-negative integer");
    if (ayInt_cmp(vm, k, n) > 0) return ayV_small(0);
    if (comb) {
        // C(n, k) == C(n, n - k): use the smaller
        AyValue nk = ayInt_binop(vm, AY_BINOP_SUB, n, k);
        if (!nk) return AY_NULL;
        if (ayInt_cmp(vm, nk, k) < 0) k = nk;
    }
    int64_t kk;
    if (ayInt_as_i64(vm, k, &kk) < 0) {
        ayErr_clear(vm);
        if (comb)
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        return ayErr_format(vm, AY_EXC(vm, OverflowError), "k must not exceed %lld", (long long)INT64_MAX);
    }
    return ayInt_perm_comb(vm, n, (uint64_t)kk, comb);
}

static AyValue mf_comb(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "comb", kw) || !ayArg_count(vm, "comb", nargs, 2, 2)) return AY_NULL;
    return perm_comb(vm, args[0], args[1], true);
}

static AyValue mf_perm(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "perm", kw) || !ayArg_count(vm, "perm", nargs, 1, 2)) return AY_NULL;
    return perm_comb(vm, args[0], nargs > 1 ? args[1] : AY_NULL, false);
}

// }====
// {==== sums and norms

// Exact summation (Shewchuk): the running sum is kept as non-overlapping
// partials whose exact total is the exact sum so far; the result is that
// total correctly rounded.
typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

// Adds x; *top is the new largest partial before it is stored (a
// non-finite one is not stored: the caller deals with overflow and specials).
static bool partials_add(Partials *ps, double x, double *top) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    *top = x;
    if (x == 0.0 || !isfinite(x)) return true;
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *q = malloc(cap * sizeof(double));
        if (!q) return false;
        memcpy(q, ps->p, ps->n * sizeof(double));
        if (ps->p != ps->small) free(ps->p);
        ps->p = q;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return true;
}

// The partials' exact sum, rounded half to even across partials.
static double partials_total(Partials *ps) {
    size_t n = ps->n;
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = ps->p[--n];
        while (n > 0) {
            double x = hi, y = ps->p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // the dropped partials decide a tie in the last rounding
        if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return hi;
}

static AyValue mf_fsum(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "math.fsum", nargs, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    Partials ps = {.p = NULL, .n = 0, .cap = 32};
    ps.p = ps.small;
    double special = 0.0, inf_sum = 0.0;
    AyValue result = AY_NULL;
    for (;;) {
        AyValue item = ayObj_next(vm, it);
        if (!item) {
            if (ayErr_occurred(vm)) goto done;
            break;
        }
        double x;
        if (!arg_double(vm, item, &x)) goto done;
        double top;
        if (!partials_add(&ps, x, &top)) {
            ayErr_nomemory(vm);
            goto done;
        }
        if (top != 0.0 && !isfinite(top)) {
            // an inf or nan summand, or an overflow of finite ones
            if (isfinite(x)) {
                ayErr_format(vm, AY_EXC(vm, OverflowError), "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(x)) inf_sum += x;
            special += x;
            ps.n = 0;
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) ayErr_format(vm, AY_EXC(vm, ValueError), "-inf + inf in fsum");
        else result = ayV_from_float(special);
        goto done;
    }
    result = ayV_from_float(partials_total(&ps));
done:
    if (ps.p != ps.small) free(ps.p);
    ayGC_pop_roots(vm, 1);
    return result;
}

static AyValue mf_prod(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "prod", args, nargs, kwnames, "iterable / $ start", a)) return AY_NULL;
    AyValue acc = a[1] ? a[1] : ayV_small(1);
    AyValue it = ayObj_iter(vm, a[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    ayGC_push_root(vm, acc);
    size_t slot = vm->nroots - 1;
    for (;;) {
        AyValue item = ayObj_next(vm, it);
        if (!item) {
            if (ayErr_occurred(vm)) acc = AY_NULL;
            break;
        }
        // small ints and floats stay unboxed; anything else uses `*`
        if (ayV_both_int(acc, item)) {
            int64_t r;
            if (!__builtin_mul_overflow(ayV_int(acc), ayV_int(item), &r)) {
                acc = ayInt_from_i64(vm, r);
                vm->roots[slot] = acc;
                continue;
            }
        } else if (ayV_is_float(acc) && ayV_is_float(item)) {
            acc = ayV_from_float(ayV_float(acc) * ayV_float(item));
            vm->roots[slot] = acc;
            continue;
        }
        acc = ayObj_binop(vm, AY_BINOP_MUL, acc, item);
        if (!acc) break;
        vm->roots[slot] = acc;
    }
    ayGC_pop_roots(vm, 2);
    return acc;
}

// Exact products and sums of two doubles (error-free transformations).
typedef struct DL {
    double hi, lo;
} DL;

static DL dl_mul(double x, double y) {
    double z = x * y;
    return (DL){z, ayLibm.fma(x, y, -z)};
}

static DL dl_fast_sum(double a, double b) {
    double x = a + b, z = x - a;
    return (DL){x, b - z};
}

// sqrt of the sum of squares of vec[0..n) (non-negative, finite, max the
// largest), accurate to within an ulp: the squares are scaled to [0.5, 1),
// accumulated with their rounding errors, then the root gets one Newton step.
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        // subnormal inputs: scale them up first (ldexp(1, -max_e) would overflow)
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        DL pr = dl_mul(x, x);
        DL sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DL pr = dl_mul(-h, h);
    DL sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static AyValue mf_hypot(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "hypot", kw)) return AY_NULL;
    double small[16], *v = nargs <= 16 ? small : malloc(sizeof(double) * (size_t)nargs);
    if (!v) return ayErr_nomemory(vm);
    double max = 0.0;
    bool nan_seen = false;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (!arg_double(vm, args[i], &x)) {
            if (v != small) free(v);
            return AY_NULL;
        }
        x = fabs(x);
        v[i] = x;
        nan_seen |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm((size_t)nargs, v, max, nan_seen);
    if (v != small) free(v);
    return ayV_from_float(r);
}

static AyValue mf_dist(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "dist", kw) || !ayArg_count(vm, "dist", nargs, 2, 2)) return AY_NULL;
    AyValue *pi, *qi;
    int64_t pn, qn;
    // any iterables (made tuples), which stay rooted while coordinates convert
    AyValue ps = ayObj_sequence_items(vm, args[0], &pi, &pn);
    if (!ps) return AY_NULL;
    ayGC_push_root(vm, ps);
    AyValue qs = ayObj_sequence_items(vm, args[1], &qi, &qn);
    ayGC_pop_roots(vm, 1);
    if (!qs) return AY_NULL;
    if (pn != qn)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "both points must have the same number of dimensions");
    ayGC_push_root(vm, ps);
    ayGC_push_root(vm, qs);
    double small[16], *v = pn <= 16 ? small : malloc(sizeof(double) * (size_t)pn);
    if (!v) {
        ayGC_pop_roots(vm, 2);
        return ayErr_nomemory(vm);
    }
    double max = 0.0;
    bool nan_seen = false;
    for (int64_t i = 0; i < pn; i++) {
        double x, y;
        if (!arg_double(vm, pi[i], &x) || !arg_double(vm, qi[i], &y)) {
            if (v != small) free(v);
            ayGC_pop_roots(vm, 2);
            return AY_NULL;
        }
        x = fabs(x - y);
        v[i] = x;
        nan_seen |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm((size_t)pn, v, max, nan_seen);
    if (v != small) free(v);
    ayGC_pop_roots(vm, 2);
    return ayV_from_float(r);
}

// sumprod(p, q): exact (then rounded once) for floats and ints that convert
// exactly; ints alone stay ints; anything else uses + and *.
static AyValue mf_sumprod(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "sumprod", kw) || !ayArg_count(vm, "sumprod", nargs, 2, 2)) return AY_NULL;
    AyValue l1 = ayObj_to_list(vm, args[0]);
    if (!l1) return AY_NULL;
    ayGC_push_root(vm, l1);
    AyValue l2 = ayObj_to_list(vm, args[1]);
    if (!l2) {
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    ayGC_push_root(vm, l2);
    AyList *p = AY_AS(AyList, l1), *q = AY_AS(AyList, l2);
    AyValue result = AY_NULL;
    if (p->len != q->len) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Inputs are not the same length");
        goto out;
    }
    bool all_int = true, all_real = true;
    for (int64_t i = 0; i < p->len; i++) {
        AyValue a = p->items[i], b = q->items[i];
        if (!ayV_is_anyint(vm, a) || !ayV_is_anyint(vm, b)) all_int = false;
        bool ra = ayV_is_float(a) || (ayV_is_int(a) && llabs(ayV_int(a)) <= ((int64_t)1 << 53));
        bool rb = ayV_is_float(b) || (ayV_is_int(b) && llabs(ayV_int(b)) <= ((int64_t)1 << 53));
        if (!ra || !rb) all_real = false;
    }
    if (!all_int && all_real) {
        Partials ps = {.p = NULL, .n = 0, .cap = 32};
        ps.p = ps.small;
        bool ok = true;
        double special = 0.0;
        bool have_special = false;
        for (int64_t i = 0; i < p->len && ok; i++) {
            double x = ayV_is_float(p->items[i]) ? ayV_float(p->items[i]) : (double)ayV_int(p->items[i]);
            double y = ayV_is_float(q->items[i]) ? ayV_float(q->items[i]) : (double)ayV_int(q->items[i]);
            DL pr = dl_mul(x, y);
            if (!isfinite(pr.hi)) {
                special += pr.hi;
                have_special = true;
                continue;
            }
            double top;
            ok = partials_add(&ps, pr.hi, &top) && partials_add(&ps, pr.lo, &top);
        }
        if (!ok) ayErr_nomemory(vm);
        else result = ayV_from_float(have_special ? special : partials_total(&ps));
        if (ps.p != ps.small) free(ps.p);
        goto out;
    }
    AyValue acc = ayV_small(0);
    ayGC_push_root(vm, acc);
    size_t slot = vm->nroots - 1;
    for (int64_t i = 0; i < p->len; i++) {
        AyValue t = ayObj_binop(vm, AY_BINOP_MUL, p->items[i], q->items[i]);
        if (!t) {
            acc = AY_NULL;
            break;
        }
        ayGC_push_root(vm, t);
        acc = ayObj_binop(vm, AY_BINOP_ADD, acc, t);
        ayGC_pop_roots(vm, 1);
        if (!acc) break;
        vm->roots[slot] = acc;
    }
    ayGC_pop_roots(vm, 1);
    result = acc;
out:
    ayGC_pop_roots(vm, 2);
    return result;
}

// }====

static const AyMethodDef math_funcs[] = {
    {"acos", mf_acos, 0, NULL},
    {"acosh", mf_acosh, 0, NULL},
    {"asin", mf_asin, 0, NULL},
    {"asinh", mf_asinh, 0, NULL},
    {"atan", mf_atan, 0, NULL},
    {"atan2", mf_atan2, 0, NULL},
    {"atanh", mf_atanh, 0, NULL},
    {"cbrt", mf_cbrt, 0, NULL},
    {"ceil", mf_ceil, 0, NULL},
    {"comb", mf_comb, 0, NULL},
    {"copysign", mf_copysign, 0, NULL},
    {"cos", mf_cos, 0, NULL},
    {"cosh", mf_cosh, 0, NULL},
    {"degrees", mf_degrees, 0, NULL},
    {"dist", mf_dist, 0, NULL},
    {"erf", mf_erf, 0, NULL},
    {"erfc", mf_erfc, 0, NULL},
    {"exp", mf_exp, 0, NULL},
    {"exp2", mf_exp2, 0, NULL},
    {"expm1", mf_expm1, 0, NULL},
    {"fabs", mf_fabs, 0, NULL},
    {"factorial", mf_factorial, 0, NULL},
    {"floor", mf_floor, 0, NULL},
    {"fmod", mf_fmod, 0, NULL},
    {"frexp", mf_frexp, 0, NULL},
    {"fsum", mf_fsum, 0, NULL},
    {"gamma", mf_gamma, 0, NULL},
    {"gcd", mf_gcd, 0, NULL},
    {"hypot", mf_hypot, 0, NULL},
    {"isclose", mf_isclose, 0, NULL},
    {"isfinite", mf_isfinite, 0, NULL},
    {"isinf", mf_isinf, 0, NULL},
    {"isnan", mf_isnan, 0, NULL},
    {"isqrt", mf_isqrt, 0, NULL},
    {"lcm", mf_lcm, 0, NULL},
    {"ldexp", mf_ldexp, 0, NULL},
    {"lgamma", mf_lgamma, 0, NULL},
    {"log", mf_log, 0, NULL},
    {"log10", mf_log10, 0, NULL},
    {"log1p", mf_log1p, 0, NULL},
    {"log2", mf_log2, 0, NULL},
    {"modf", mf_modf, 0, NULL},
    {"nextafter", mf_nextafter, 0, NULL},
    {"perm", mf_perm, 0, NULL},
    {"pow", mf_pow, 0, NULL},
    {"prod", mf_prod, 0, NULL},
    {"radians", mf_radians, 0, NULL},
    {"remainder", mf_remainder, 0, NULL},
    {"sin", mf_sin, 0, NULL},
    {"sinh", mf_sinh, 0, NULL},
    {"sqrt", mf_sqrt, 0, NULL},
    {"sumprod", mf_sumprod, 0, NULL},
    {"tan", mf_tan, 0, NULL},
    {"tanh", mf_tanh, 0, NULL},
    {"trunc", mf_trunc, 0, NULL},
    {"ulp", mf_ulp, 0, NULL},
    {NULL},
};

AyValue ayMod_math(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "math", math_funcs);
    if (!m) return AY_NULL;
    ayModule_add(vm, m, "pi", ayV_from_float(M_PI));
    ayModule_add(vm, m, "e", ayV_from_float(M_E));
    ayModule_add(vm, m, "tau", ayV_from_float(2 * M_PI));
    ayModule_add(vm, m, "inf", ayV_from_float(INFINITY));
    ayModule_add(vm, m, "nan", ayFloat_new_nan(vm, false));
    AyStr *doc = ayStr_new_c(vm, "This module provides access to the mathematical functions\ndefined by the C standard.");
    if (doc) ayModule_add(vm, m, "__doc__", ayV_from_obj(doc));
    return ayV_from_obj(m);
}
