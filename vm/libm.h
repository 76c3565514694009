// The C math library's functions Ay calls, reached through a table that
// opens libm on first use (vm/libm.c): a program linked against libm pays
// ~320 KB of RSS at every start (the loader maps it and runs its CPU-dispatch
// resolvers), and most scripts never call a transcendental function.
// floor, ceil, trunc, fabs and sqrt are not here: the compiler inlines them
// (sqrt thanks to -fno-math-errno; Ay reads no errno a libm call did not
// set through this table). libc has frexp, ldexp, modf, copysign, scalbn.
#ifndef AY_LIBM_H
#define AY_LIBM_H

// X(return type, name, parameters, arguments)
#define AY_LIBM_FUNCS(X)                                                        \
    X(double, acos, (double x), (x))                                            \
    X(double, acosh, (double x), (x))                                           \
    X(double, asin, (double x), (x))                                            \
    X(double, asinh, (double x), (x))                                           \
    X(double, atan, (double x), (x))                                            \
    X(double, atanh, (double x), (x))                                           \
    X(double, cbrt, (double x), (x))                                            \
    X(double, cos, (double x), (x))                                             \
    X(double, cosh, (double x), (x))                                            \
    X(double, erf, (double x), (x))                                             \
    X(double, erfc, (double x), (x))                                            \
    X(double, exp, (double x), (x))                                             \
    X(double, exp2, (double x), (x))                                            \
    X(double, expm1, (double x), (x))                                           \
    X(double, log, (double x), (x))                                             \
    X(double, log10, (double x), (x))                                           \
    X(double, log1p, (double x), (x))                                           \
    X(double, log2, (double x), (x))                                            \
    X(double, nearbyint, (double x), (x))                                       \
    X(double, round, (double x), (x))                                           \
    X(double, sin, (double x), (x))                                             \
    X(double, sinh, (double x), (x))                                            \
    X(double, tan, (double x), (x))                                             \
    X(double, tanh, (double x), (x))                                            \
    X(double, tgamma, (double x), (x))                                          \
    X(double, atan2, (double y, double x), (y, x))                              \
    X(double, fmod, (double x, double y), (x, y))                               \
    X(double, hypot, (double x, double y), (x, y))                              \
    X(double, nextafter, (double x, double y), (x, y))                          \
    X(double, pow, (double x, double y), (x, y))                                \
    X(double, remainder, (double x, double y), (x, y))                          \
    X(double, fma, (double x, double y, double z), (x, y, z))                   \
    X(double, lgamma_r, (double x, int *sign), (x, sign))                       \
    X(_Complex double, cacos, (_Complex double z), (z))                         \
    X(_Complex double, cacosh, (_Complex double z), (z))                        \
    X(_Complex double, casinh, (_Complex double z), (z))                        \
    X(_Complex double, catanh, (_Complex double z), (z))                        \
    X(_Complex double, ccosh, (_Complex double z), (z))                         \
    X(_Complex double, cexp, (_Complex double z), (z))                          \
    X(_Complex double, clog, (_Complex double z), (z))                          \
    X(_Complex double, csinh, (_Complex double z), (z))                         \
    X(_Complex double, csqrt, (_Complex double z), (z))                         \
    X(_Complex double, ctanh, (_Complex double z), (z))

// Each entry starts as a stub that opens libm, fills the whole table and
// calls on; later calls go straight to libm.
typedef struct AyLibm {
#define AY_LIBM_FIELD(ret, name, params, args) ret(*name) params;
    AY_LIBM_FUNCS(AY_LIBM_FIELD)
#undef AY_LIBM_FIELD
} AyLibm;

extern AyLibm ayLibm;

#endif
