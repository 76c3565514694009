// Arbitrary-precision ints on GMP: the one file that knows GMP exists.
//
// AyBigInt keeps its limbs inline; GMP works on read-only views of them
// (mpz_roinit_n) and writes results into temporaries that are copied into new
// objects. GMP's own allocator (process-wide malloc) only ever holds those
// short-lived temporaries.
#include <gmp.h>
#include <math.h>
#include <string.h>

#include "int.h"
#include "num.h"

AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);
#include "str.h"
#include "vm.h"

_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "64-bit limbs expected");

static size_t bigint_gc_size(AyObj *o) {
    int32_t n = ((AyBigInt *)o)->nlimbs;
    return sizeof(AyBigInt) + sizeof(uint64_t) * (size_t)(n < 0 ? -n : n);
}

// A view of any int value as an mpz. `limb` is scratch storage for small ints.
typedef struct IntView {
    mpz_t z;
    mp_limb_t limb;
} IntView;

static void view(AyVM *vm, AyValue v, IntView *iv) {
    if (ayV_is_int(v) || v == AY_TRUE || v == AY_FALSE) {
        int64_t i = ayV_is_int(v) ? ayV_int(v) : v == AY_TRUE;
        iv->limb = (mp_limb_t)(i < 0 ? -(uint64_t)i : (uint64_t)i);
        mpz_roinit_n(iv->z, &iv->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
        return;
    }
    if (ayV_obj(v)->type != vm->t_int) {  // an int subclass instance
        view(vm, ((AyIntSub *)ayV_obj(v))->value, iv);
        return;
    }
    AyBigInt *b = (AyBigInt *)ayV_obj(v);
    mpz_roinit_n(iv->z, (const mp_limb_t *)b->limbs, b->nlimbs);
}

// Boxes an mpz result: small when it fits, else a new AyBigInt. Clears z.
static AyValue from_mpz(AyVM *vm, mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (ayV_fits_small(i)) {
            mpz_clear(z);
            return ayV_small(i);
        }
    }
    size_t n = mpz_size(z);
    if (n > ((size_t)1 << 26)) {
        mpz_clear(z);
        return ayErr_nomemory(vm);
    }
    AyBigInt *b = (AyBigInt *)ayGC_new(vm, vm->t_int, sizeof(AyBigInt) + sizeof(uint64_t) * n);
    if (b) {
        memcpy(b->limbs, mpz_limbs_read(z), sizeof(uint64_t) * n);
        b->nlimbs = mpz_sgn(z) < 0 ? -(int32_t)n : (int32_t)n;
    }
    mpz_clear(z);
    return b ? ayV_from_obj(b) : AY_NULL;
}

// A magnitude of one limb needs no mpz (nor GMP's code pages, for the
// constants start-up makes, such as sys.maxsize).
static AyValue one_limb(AyVM *vm, uint64_t magnitude, bool negative) {
    AyBigInt *b = (AyBigInt *)ayGC_new(vm, vm->t_int, sizeof(AyBigInt) + sizeof(uint64_t));
    if (!b) return AY_NULL;
    b->limbs[0] = magnitude;
    b->nlimbs = negative ? -1 : 1;
    return ayV_from_obj(b);
}

AyValue ayInt_from_i64(AyVM *vm, int64_t i) {
    if (ayV_fits_small(i)) return ayV_small(i);
    return one_limb(vm, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0);
}

AyValue ayInt_from_u64(AyVM *vm, uint64_t u) {
    if (u <= (uint64_t)AY_SMALL_MAX) return ayV_small((int64_t)u);
    return one_limb(vm, u, false);
}

AyValue ayInt_exact(AyVM *vm, AyValue v) {
    if (ayV_is_int(v) || ayV_is_type(vm, v, vm->t_int)) return v;
    if (v == AY_TRUE) return ayV_small(1);
    if (v == AY_FALSE) return ayV_small(0);
    return ((AyIntSub *)ayV_obj(v))->value;
}

int ayInt_as_i64(AyVM *vm, AyValue v, int64_t *out) {
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return 0;
    }
    IntView iv;
    view(vm, v, &iv);
    if (!mpz_fits_slong_p(iv.z)) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(iv.z);
    return 0;
}

int ayInt_sign(AyVM *vm, AyValue v) {
    if (ayV_is_int(v)) {
        int64_t i = ayV_int(v);
        return (i > 0) - (i < 0);
    }
    IntView iv;
    view(vm, v, &iv);
    return mpz_sgn(iv.z);
}

// Correctly rounded int -> double (round-half-even), like CPython.
int ayInt_as_double(AyVM *vm, AyValue v, double *out) {
    if (ayV_is_int(v)) {
        *out = (double)ayV_int(v);
        return 0;
    }
    IntView iv;
    view(vm, v, &iv);
    size_t bits = mpz_sizeinbase(iv.z, 2);
    if (bits <= 64) {
        // the conversion from uint64 rounds correctly by itself
        uint64_t u = mpz_getlimbn(iv.z, 0);
        double d = (double)u;
        *out = mpz_sgn(iv.z) < 0 ? -d : d;
        return 0;
    }
    if (bits > 1024) goto overflow;
    {
        // keep 55 significant bits plus a sticky bit, then let the FPU round once
        size_t shift = bits - 55;
        mpz_t t;
        mpz_init(t);
        mpz_abs(t, iv.z);
        int sticky = mpz_scan1(t, 0) < shift;
        mpz_fdiv_q_2exp(t, t, shift);
        uint64_t top = mpz_get_ui(t) | (uint64_t)sticky;
        mpz_clear(t);
        double d = ldexp((double)top, (int)shift);
        if (isinf(d)) goto overflow;
        *out = mpz_sgn(iv.z) < 0 ? -d : d;
        return 0;
    }
overflow:
    ayErr_format(vm, AY_EXC(vm, OverflowError), "int too large to convert to float");
    return -1;
}

AyValue ayInt_from_double(AyVM *vm, double d) {
    if (isnan(d)) return ayErr_format(vm, AY_EXC(vm, ValueError), "cannot convert float NaN to integer");
    if (isinf(d)) return ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot convert float infinity to integer");
    if (d > -9.0e15 && d < 9.0e15) return ayInt_from_i64(vm, (int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return from_mpz(vm, z);
}

int ayInt_cmp(AyVM *vm, AyValue a, AyValue b) {
    if (ayV_both_int(a, b)) return (ayV_int(a) > ayV_int(b)) - (ayV_int(a) < ayV_int(b));
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    int c = mpz_cmp(x.z, y.z);
    return (c > 0) - (c < 0);
}

int ayInt_cmp_double(AyVM *vm, AyValue i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (ayV_is_int(i)) {
        int64_t v = ayV_int(i);
        // |v| < 2^50: exact as a double
        double x = (double)v;
        return (x > d) - (x < d);
    }
    IntView iv;
    view(vm, i, &iv);
    int c = mpz_cmp_d(iv.z, d);  // exact comparison
    return (c > 0) - (c < 0);
}

// {==== hashing (CPython's: value mod 2**61 - 1, sign kept, -1 -> -2)

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t ayInt_hash(AyVM *vm, AyValue v) {
    int64_t h;
    if (ayV_is_int(v)) {
        int64_t i = ayV_int(v);
        uint64_t m = (uint64_t)(i < 0 ? -i : i) % HASH_MODULUS;
        h = i < 0 ? -(int64_t)m : (int64_t)m;
    } else {
        IntView iv;
        view(vm, v, &iv);
        uint64_t m = mpz_tdiv_ui(iv.z, HASH_MODULUS);
        h = mpz_sgn(iv.z) < 0 ? -(int64_t)m : (int64_t)m;
    }
    return h == -1 ? -2 : h;
}

int64_t ayFloat_hash(double v) {
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) {
        // CPython hashes a nan by its object's identity; ours is its bits,
        // which differ between nans made separately (see ayFloat_new_nan)
        uint64_t bits;
        memcpy(&bits, &v, sizeof bits);
        int64_t h = (int64_t)((bits >> 4) | (bits << 60));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

// }====
// {==== arithmetic

static AyValue zero_div(AyVM *vm, const char *msg) {
    return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "%s", msg);
}

// a / b correctly rounded (half to even), including subnormal results: an
// integer quotient with a few bits more than the result's precision, the
// remainder as a sticky bit, then one explicit rounding.
static AyValue true_divide(AyVM *vm, AyValue a, AyValue b) {
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    if (mpz_sgn(y.z) == 0) return zero_div(vm, "division by zero");
    if (mpz_sgn(x.z) == 0) return ayV_from_float(mpz_sgn(y.z) < 0 ? -0.0 : 0.0);
    size_t bx = mpz_sizeinbase(x.z, 2), by = mpz_sizeinbase(y.z, 2);
    if (bx <= 53 && by <= 53) return ayV_from_float(mpz_get_d(x.z) / mpz_get_d(y.z));
    bool neg = mpz_sgn(x.z) * mpz_sgn(y.z) < 0;
    // shift so the quotient has 55..56 bits
    long shift = (long)by - (long)bx + 55;
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, x.z);
    mpz_abs(d, y.z);
    if (shift > 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)shift);
    else mpz_mul_2exp(d, d, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, n, d);
    bool sticky = mpz_sgn(r) != 0;
    uint64_t qv = mpz_get_ui(q);
    mpz_clears(n, d, q, r, NULL);
    int qbits = 64 - __builtin_clzll(qv);
    long msb = qbits - 1 - shift;           // the value is in [2^msb, 2^(msb+1))
    if (msb > 1023) goto overflow;
    // bits of precision available at this magnitude (fewer when subnormal)
    long prec = msb >= -1022 ? 53 : 53 - (-1022 - msb);
    double res;
    if (prec < 0) {
        res = 0.0;
    } else {
        int drop = qbits - (int)prec;       // >= 2 since qbits >= 55
        uint64_t keep = qv >> drop, rem = qv & ((((uint64_t)1) << drop) - 1), half = (uint64_t)1 << (drop - 1);
        if (rem > half || (rem == half && (sticky || (keep & 1)))) keep++;
        res = ldexp((double)keep, drop - (int)shift);
        if (isinf(res)) goto overflow;
    }
    return ayV_from_float(neg ? -res : res);
overflow:
    return ayErr_format(vm, AY_EXC(vm, OverflowError), "integer division result too large for a float");
}

static AyValue int_pow(AyVM *vm, AyValue a, AyValue b) {
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    if (mpz_sgn(y.z) < 0) {
        // a negative exponent makes it float arithmetic
        double da, db;
        if (ayInt_as_double(vm, a, &da) < 0 || ayInt_as_double(vm, b, &db) < 0) return AY_NULL;
        return ayFloat_pow(vm, da, db);
    }
    if (!mpz_fits_ulong_p(y.z)) {
        if (mpz_cmp_ui(x.z, 1) == 0) return ayV_small(1);
        if (mpz_sgn(x.z) == 0) return ayV_small(0);
        if (mpz_cmp_si(x.z, -1) == 0) return ayV_small(mpz_odd_p(y.z) ? -1 : 1);
        return ayErr_nomemory(vm);
    }
    unsigned long e = mpz_get_ui(y.z);
    size_t bits = mpz_sizeinbase(x.z, 2);
    if (mpz_cmpabs_ui(x.z, 1) > 0 && (double)bits * (double)e > 4e9) return ayErr_nomemory(vm);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, x.z, e);
    return from_mpz(vm, r);
}

AyValue ayInt_pow3(AyVM *vm, AyValue a, AyValue b, AyValue m) {
    IntView x, y, z;
    view(vm, a, &x);
    view(vm, b, &y);
    view(vm, m, &z);
    if (mpz_sgn(z.z) == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "pow() 3rd argument cannot be 0");
    mpz_t r, mod;
    mpz_init(r);
    mpz_init(mod);
    mpz_abs(mod, z.z);
    if (mpz_sgn(y.z) < 0) {
        if (!mpz_invert(r, x.z, mod)) {
            mpz_clears(r, mod, NULL);
            return ayErr_format(vm, AY_EXC(vm, ValueError), "base is not invertible for the given modulus");
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, y.z);
        mpz_powm(r, r, e, mod);
        mpz_clear(e);
    } else {
        mpz_powm(r, x.z, y.z, mod);
    }
    // Python's result has the modulus's sign (mpz_powm gives 0 <= r < |m|)
    if (mpz_sgn(z.z) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, z.z);
    if (mpz_cmp_ui(mod, 1) == 0) mpz_set_ui(r, 0);
    mpz_clear(mod);
    return from_mpz(vm, r);
}

AyValue ayInt_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    if (op == AY_BINOP_TRUEDIV) return true_divide(vm, a, b);
    if (op == AY_BINOP_POW) return int_pow(vm, a, b);
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    mpz_t r;
    mpz_init(r);
    switch (op) {
    case AY_BINOP_ADD: mpz_add(r, x.z, y.z); break;
    case AY_BINOP_SUB: mpz_sub(r, x.z, y.z); break;
    case AY_BINOP_MUL: mpz_mul(r, x.z, y.z); break;
    case AY_BINOP_FLOORDIV:
    case AY_BINOP_MOD:
        if (mpz_sgn(y.z) == 0) {
            mpz_clear(r);
            return zero_div(vm, op == AY_BINOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        }
        if (op == AY_BINOP_FLOORDIV) mpz_fdiv_q(r, x.z, y.z);
        else mpz_fdiv_r(r, x.z, y.z);
        break;
    case AY_BINOP_AND: mpz_and(r, x.z, y.z); break;
    case AY_BINOP_OR: mpz_ior(r, x.z, y.z); break;
    case AY_BINOP_XOR: mpz_xor(r, x.z, y.z); break;
    case AY_BINOP_LSHIFT:
    case AY_BINOP_RSHIFT: {
        if (mpz_sgn(y.z) < 0) {
            mpz_clear(r);
            return ayErr_format(vm, AY_EXC(vm, ValueError), "negative shift count");
        }
        if (op == AY_BINOP_RSHIFT) {
            if (!mpz_fits_ulong_p(y.z)) mpz_set_si(r, mpz_sgn(x.z) < 0 ? -1 : 0);
            else mpz_fdiv_q_2exp(r, x.z, mpz_get_ui(y.z));
        } else {
            if (mpz_sgn(x.z) == 0) break;
            if (!mpz_fits_ulong_p(y.z) || mpz_get_ui(y.z) > ((unsigned long)1 << 34)) {
                mpz_clear(r);
                return ayErr_format(vm, AY_EXC(vm, OverflowError), "too many digits in integer");
            }
            mpz_mul_2exp(r, x.z, mpz_get_ui(y.z));
        }
        break;
    }
    default:
        mpz_clear(r);
        return AY_NOTIMPLEMENTED;
    }
    return from_mpz(vm, r);
}

AyValue ayInt_neg_big(AyVM *vm, AyValue v) {
    IntView x;
    view(vm, v, &x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, x.z);
    return from_mpz(vm, r);
}

AyValue ayInt_invert_big(AyVM *vm, AyValue v) {
    IntView x;
    view(vm, v, &x);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, x.z);
    return from_mpz(vm, r);
}

int64_t ayInt_bit_length(AyVM *vm, AyValue v) {
    IntView x;
    view(vm, v, &x);
    return mpz_sgn(x.z) == 0 ? 0 : (int64_t)mpz_sizeinbase(x.z, 2);
}

int64_t ayInt_bit_count(AyVM *vm, AyValue v) {
    IntView x;
    view(vm, v, &x);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, x.z);
    int64_t n = (int64_t)mpz_popcount(a);
    mpz_clear(a);
    return n;
}

// }====
// {==== text

// CPython's cap on decimal conversions (sys.set_int_max_str_digits) is
// vm->max_str_digits, 4300 by default.
#define MAX_STR_DIGITS_THRESHOLD 640

bool ayInt_set_max_str_digits(AyVM *vm, int64_t n) {
    if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "maxdigits must be 0 or larger than %d", MAX_STR_DIGITS_THRESHOLD);
        return false;
    }
    vm->max_str_digits = n > INT32_MAX ? INT32_MAX : (int)n;
    return true;
}

static bool too_many_digits(AyVM *vm) {
    ayErr_format(vm, AY_EXC(vm, ValueError),
                 "Exceeds the limit (%d digits) for integer string conversion; "
                 "use sys.set_int_max_str_digits() to increase the limit", vm->max_str_digits);
    return false;
}

bool ayInt_add_digits(AyBuf *buf, AyValue v, int base, bool upper) {
    AyVM *vm = buf->vm;
    if (ayV_is_int(v)) {
        // small ints without GMP
        int64_t i = ayV_int(v);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdefghijklmnopqrstuvwxyz";
        char tmp[72];
        int n = 0;
        do {
            tmp[n++] = dig[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        if (!ayBuf_reserve(buf, (size_t)n)) return false;
        for (int k = 0; k < n; k++) buf->data[buf->len + k] = tmp[n - 1 - k];
        buf->len += (size_t)n;
        return true;
    }
    IntView x;
    view(vm, v, &x);
    size_t n = mpz_sizeinbase(x.z, base) + 2;
    // sizeinbase may be one too big for base 10: decide the close cases after converting
    if (base == 10 && vm->max_str_digits > 0 && n - 3 > (size_t)vm->max_str_digits) return too_many_digits(vm);
    if (!ayBuf_reserve(buf, n)) return false;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, x.z);
    mpz_get_str(buf->data + buf->len, upper ? -base : base, a);
    mpz_clear(a);
    size_t len = strlen(buf->data + buf->len);
    if (base == 10 && vm->max_str_digits > 0 && len > (size_t)vm->max_str_digits) return too_many_digits(vm);
    buf->len += len;
    return true;
}

AyValue ayInt_to_str(AyVM *vm, AyValue v, int base, bool prefix) {
    if (ayV_is_int(v) && base == 10) {
        char small[24], *p = small + sizeof small;
        int64_t i = ayV_int(v);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (i < 0) *--p = '-';
        AyStr *s = ayStr_new(vm, p, (size_t)(small + sizeof small - p));
        return s ? ayV_from_obj(s) : AY_NULL;
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    if (ayInt_sign(vm, v) < 0) ayBuf_addc(&b, '-');
    if (prefix) ayBuf_adds(&b, base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "");
    if (!ayInt_add_digits(&b, v, base, false)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }

// ValueError "invalid literal for int() with base B: R" where R is the repr of
// the argument cut at 200 characters.
static AyValue invalid_literal(AyVM *vm, const char *s, size_t n, int base, AyValue orig) {
    if (!orig) {
        AyStr *o = ayStr_new(vm, s, n);
        if (!o) return AY_NULL;
        orig = ayV_from_obj(o);
    } else if (!ayV_is_str(vm, orig)) {
        // bytes-like: its first 200 bytes as bytes
        orig = ayBytes_from(vm, s, n < 200 ? n : 200);
        if (!orig) return AY_NULL;
    }
    AyValue r = ayObj_repr(vm, orig);
    if (r && AY_STR(r)->len > 200) {
        AyStr *cut = ayStr_new(vm, AY_CSTR(r), (size_t)ayStr_offset(AY_STR(r), 200));
        r = cut ? ayV_from_obj(cut) : AY_NULL;
    }
    if (!r) return AY_NULL;
    return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid literal for int() with base %d: %U", base, AY_STR(r));
}

// CPython's PyLong_FromString: whitespace, sign, base prefix (one underscore
// may follow it), digits with single underscores between them, whitespace.
AyValue ayInt_parse(AyVM *vm, const char *s, size_t n, int base, AyValue orig) {
    size_t an = n;
    bool text = !orig || ayV_is_str(vm, orig);
    char *a = text ? ayNum_to_ascii(vm, s, n, &an) : (char *)s;
    if (!a) return AY_NULL;
    const char *p = a, *end = a + an;
    char *digits = NULL;
    size_t nd = 0;
    AyValue r = AY_NULL;
    while (p < end && is_space(*p)) p++;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int b = base;
    bool zero_only = false;  // base 0 "0..." literals: only zero is allowed
    if (b == 0) {
        char c = end - p >= 2 && p[0] == '0' ? (char)(p[1] | 0x20) : 0;
        if (p >= end || p[0] != '0') b = 10;
        else if (c == 'x') b = 16;
        else if (c == 'o') b = 8;
        else if (c == 'b') b = 2;
        else {
            b = 10;
            zero_only = true;
        }
    }
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        if ((b == 16 && c == 'x') || (b == 8 && c == 'o') || (b == 2 && c == 'b')) {
            p += 2;
            if (p < end && *p == '_') p++;
        }
    }
    if (p < end && *p == '_') goto bad;
    digits = ayMem_alloc(vm, an + 1);
    if (!digits) goto out;
    char prev = 0;
    while (p < end && (*p == '_' || digit_value(*p) < b)) {
        if (*p == '_') {
            if (prev == '_') goto bad;
        } else {
            digits[nd++] = *p;
        }
        prev = *p++;
    }
    if (prev == '_' || nd == 0) goto bad;
    while (p < end && is_space(*p)) p++;
    if (p != end) goto bad;
    digits[nd] = 0;
    if (zero_only) {
        for (size_t i = 0; i < nd; i++)
            if (digits[i] != '0') goto bad;
    }
    if ((b & (b - 1)) != 0 && nd > MAX_STR_DIGITS_THRESHOLD && vm->max_str_digits > 0 && nd > (size_t)vm->max_str_digits) {
        ayErr_format(vm, AY_EXC(vm, ValueError),
                     "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; "
                     "use sys.set_int_max_str_digits() to increase the limit", vm->max_str_digits, (long long)nd);
        goto out;
    }
    int64_t small = 0;  // 15 digits of base <= 10 fit an int64, not always a small int
    if (nd <= 15 && b <= 10) {
        for (size_t i = 0; i < nd; i++) small = small * b + (digits[i] - '0');
        if (neg) small = -small;
    }
    if (nd <= 15 && b <= 10 && ayV_fits_small(small)) {
        r = ayV_small(small);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_set_str(z, digits, b);
        if (neg) mpz_neg(z, z);
        r = from_mpz(vm, z);
    }
    goto out;
bad:
    r = invalid_literal(vm, s, n, base, orig);
out:
    if (digits) ayMem_free(vm, digits, an + 1);
    if (text) ayNum_free_ascii(vm, s, a, n);
    return r;
}

// }====

// Bytes <-> int (int.to_bytes / int.from_bytes).
AyValue ayInt_from_bytes(AyVM *vm, const uint8_t *data, size_t n, bool little, bool is_signed) {
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, little ? -1 : 1, 1, 0, 0, data);
    if (is_signed && n && (data[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * n);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    return from_mpz(vm, z);
}

// Writes v into out[n] (two's complement when signed); false + OverflowError
// when it does not fit: unsigned needs 0 <= v < 2^(8n), signed
// -2^(8n-1) <= v < 2^(8n-1).
bool ayInt_to_bytes(AyVM *vm, AyValue v, uint8_t *out, size_t n, bool little, bool is_signed) {
    IntView x;
    view(vm, v, &x);
    int sign = mpz_sgn(x.z);
    if (sign < 0 && !is_signed) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "can't convert negative int to unsigned");
        return false;
    }
    size_t bits = sign ? mpz_sizeinbase(x.z, 2) : 0;  // of |v|
    bool fits;
    if (is_signed && n == 0 && sign < 0 && bits == 1) return true;  // CPython accepts -1 in no bytes
    if (!is_signed) fits = bits <= 8 * n;
    else if (sign >= 0) fits = bits < 8 * n || (bits == 0 && n == 0);
    else fits = bits < 8 * n || (bits == 8 * n && mpz_scan1(x.z, 0) == bits - 1);  // -2^(8n-1) exactly
    if (!fits) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "int too big to convert");
        return false;
    }
    memset(out, 0, n);
    if (!sign) return true;
    mpz_t z;
    mpz_init_set(z, x.z);
    if (sign < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * n);
        mpz_add(z, z, m);
        mpz_clear(m);
    }
    size_t count = 0;
    uint8_t *buf = mpz_export(NULL, &count, -1, 1, 0, 0, z);
    for (size_t i = 0; i < count && i < n; i++) out[little ? i : n - 1 - i] = buf[i];
    void (*freefunc)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefunc);
    freefunc(buf, count);
    mpz_clear(z);
    return true;
}

void ayBigInt_setup(AyVM *vm) { vm->t_int->gc_size = bigint_gc_size; }

// {==== number theory for the math module

// x and e with v == x * 2**e, 0.5 <= |x| < 1, x correctly rounded (v != 0):
// lets math.log work on ints too large for a double.
double ayInt_frexp(AyVM *vm, AyValue v, int64_t *e) {
    IntView x;
    view(vm, v, &x);
    size_t bits = mpz_sizeinbase(x.z, 2);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, x.z);
    double m;
    if (bits <= 55) {
        m = ldexp((double)mpz_get_ui(t), -(int)bits);
    } else {
        size_t shift = bits - 55;
        int sticky = mpz_scan1(t, 0) < shift;
        mpz_fdiv_q_2exp(t, t, shift);
        m = ldexp((double)(mpz_get_ui(t) | (uint64_t)sticky), -55);
    }
    mpz_clear(t);
    *e = (int64_t)bits;
    if (m == 1.0) {  // rounded up to the next power of two
        m = 0.5;
        (*e)++;
    }
    return mpz_sgn(x.z) < 0 ? -m : m;
}

AyValue ayInt_gcd(AyVM *vm, AyValue a, AyValue b) {
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    mpz_t r;
    mpz_init(r);
    mpz_gcd(r, x.z, y.z);
    return from_mpz(vm, r);
}

AyValue ayInt_lcm(AyVM *vm, AyValue a, AyValue b) {
    IntView x, y;
    view(vm, a, &x);
    view(vm, b, &y);
    mpz_t r;
    mpz_init(r);
    mpz_lcm(r, x.z, y.z);
    return from_mpz(vm, r);
}

// floor(sqrt(v)) for v >= 0.
AyValue ayInt_isqrt(AyVM *vm, AyValue v) {
    IntView x;
    view(vm, v, &x);
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, x.z);
    return from_mpz(vm, r);
}

AyValue ayInt_factorial(AyVM *vm, uint64_t n) {
    if (n > 100000000) return ayErr_nomemory(vm);
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, n);
    return from_mpz(vm, r);
}

// n * (n-1) * ... * (n-k+1) (k >= 0, n >= 0); with `comb` divided by k!.
AyValue ayInt_perm_comb(AyVM *vm, AyValue n, uint64_t k, bool comb) {
    IntView x;
    view(vm, n, &x);
    mpz_t r;
    mpz_init(r);
    if (k > 100000000) {
        mpz_clear(r);
        return ayErr_nomemory(vm);
    }
    mpz_bin_ui(r, x.z, k);
    if (!comb) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, k);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    return from_mpz(vm, r);
}

// }====
