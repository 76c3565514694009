// Shortest round-trip decimal digits of a double (what repr() prints).
//
// The algorithm is Schubfach (R. Giulietti, "The Schubfach way to render
// doubles", 2020): the rounding interval of v = c * 2^q is scaled by a
// 126-bit approximation of 10^-k chosen so that the scaled interval spans
// at most a few units; the shortest decimal inside it is then found with a
// handful of 64-bit comparisons. Results equal David Gay's dtoa mode 0 (what
// CPython uses): the shortest digits that read back as v, the closest to v
// when several qualify.
//
// The powers of ten are not a literal table: need_table computes them on
// first use with a tiny fixed-size bignum.
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libm.h"
#include "num.h"

typedef unsigned __int128 u128;

// g(e) = floor(10^e * 2^(125 - floor(log2(10^e)))) + 1 for e in [E_MIN, E_MAX].
#define E_MIN (-292)
#define E_MAX 324
static uint64_t g_hi[E_MAX - E_MIN + 1], g_lo[E_MAX - E_MIN + 1];

// floor(q * log10(2)), floor(log10(3/4 * 2^q)), floor(e * log2(10)): exact for
// the exponents a double can have (checked against exact rationals).
static inline int flog10pow2(int q) { return (int)(((int64_t)q * 661971961083LL) >> 41); }
static inline int flog10_3q_pow2(int q) { return (int)(((int64_t)q * 661971961083LL - 274743187321LL) >> 41); }
static inline int flog2pow10(int e) { return (int)(((int64_t)e * 913124641741LL) >> 38); }

// {==== table construction: little-endian 32-bit limbs

#define BN_LIMBS 48   // 1536 bits: enough for 2^1400 and 10^324 (1077 bits)

typedef struct Big {
    uint32_t d[BN_LIMBS];
} Big;

static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < BN_LIMBS; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
}

static void big_div_small(Big *b, uint32_t m) {
    uint64_t rem = 0;
    for (int i = BN_LIMBS - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->d[i];
        b->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
}

// floor(b / 2^shift) (shift >= 0) or b * 2^-shift, as a 128-bit value (fits).
static u128 big_shift_to_u128(const Big *b, int shift) {
    u128 r = 0;
    if (shift >= 0) {
        for (int bit = 127; bit >= 0; bit--) {
            int src = bit + shift;
            if (src / 32 < BN_LIMBS && (b->d[src / 32] >> (src % 32)) & 1) r |= (u128)1 << bit;
        }
    } else {
        for (int i = 0; i < 4; i++) r |= (u128)b->d[i] << (32 * i);
        r <<= -shift;
    }
    return r;
}

// Stored as g >> 63 and g & (2^63 - 1), the split the multiplication uses.
static void store_g(int e, u128 g) {
    g_hi[e - E_MIN] = (uint64_t)(g >> 63);
    g_lo[e - E_MIN] = (uint64_t)g & (((uint64_t)1 << 63) - 1);
}

static void build_table(void) {
    // e >= 0: 10^e is an integer; keep its top 126 bits
    Big p;
    memset(&p, 0, sizeof p);
    p.d[0] = 1;
    for (int e = 0; e <= E_MAX; e++) {
        if (e) big_mul_small(&p, 10);
        int r = flog2pow10(e);  // = bits(10^e) - 1
        store_g(e, big_shift_to_u128(&p, r - 125) + 1);
    }
    // e < 0: floor(2^(125 - r) / 10^-e) = floor(floor(2^1400 / 10^-e) / 2^(1400 - 125 + r))
    // (nested floors of integer divisions are exact)
    Big x;
    memset(&x, 0, sizeof x);
    x.d[1400 / 32] = (uint32_t)1 << (1400 % 32);
    for (int e = -1; e >= E_MIN; e--) {
        big_div_small(&x, 10);
        int r = flog2pow10(e);
        store_g(e, big_shift_to_u128(&x, 1400 - 125 + r) + 1);
    }
}

// The table is process-wide, built by whichever thread first needs it
// (1.5 million instructions: too many for every start-up, floats or not).
static void need_table(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, build_table);
}

// }====
// {==== the algorithm

// Round to odd of g * cp / 2^127, computed as the paper specifies (g split
// into 63-bit halves, the lowest product bits ignored): the proof of
// correctness covers exactly this computation, and dropping those bits is what
// lets exact midpoints (for small exponents) compare as exact.
static inline uint64_t rop(uint64_t g1, uint64_t g0, uint64_t cp) {
    const uint64_t MASK_63 = ((uint64_t)1 << 63) - 1;
    uint64_t x1 = (uint64_t)(((u128)g0 * cp) >> 64);
    u128 y = (u128)g1 * cp;
    uint64_t y0 = (uint64_t)y, y1 = (uint64_t)(y >> 64);
    uint64_t z = (y0 >> 1) + x1;
    uint64_t vbp = y1 + (z >> 63);
    return vbp | (((z & MASK_63) + MASK_63) >> 63);
}

// The decimal f * 10^k closest to c * 2^q among the shortest in its rounding
// interval. `dk` corrects k when c was scaled by 10 (tiny subnormals).
static void schubfach(uint64_t c, int q, int dk, uint64_t *f_out, int *k_out) {
    const uint64_t C_MIN = (uint64_t)1 << 52;
    const int Q_MIN = -1074;
    uint64_t out = c & 1;   // odd c: the interval's bounds are excluded
    uint64_t cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != C_MIN || q == Q_MIN) {
        cbl = cb - 2;
        k = flog10pow2(q);
    } else {
        // at a power of two the lower neighbour is closer
        cbl = cb - 1;
        k = flog10_3q_pow2(q);
    }
    int h = q + flog2pow10(-k) + 2;
    uint64_t g1 = g_hi[-k - E_MIN], g0 = g_lo[-k - E_MIN];
    uint64_t vb = rop(g1, g0, cb << h);
    uint64_t vbl = rop(g1, g0, cbl << h);
    uint64_t vbr = rop(g1, g0, cbr << h);
    uint64_t s = vb >> 2;
    {
        // is there a candidate with one digit less? (unlike the paper's Java
        // code we also look when s < 100: dtoa returns "5e-324", not "4.9e-324")
        uint64_t sp10 = 10 * (s / 10), tp10 = sp10 + 10;
        bool upin = vbl + out <= sp10 << 2;
        bool wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *f_out = upin ? sp10 : tp10;
            *k_out = k + dk;
            return;
        }
    }
    uint64_t t = s + 1;
    bool uin = vbl + out <= s << 2;
    bool win = (t << 2) + out <= vbr;
    if (uin != win) {
        *f_out = uin ? s : t;
        *k_out = k + dk;
        return;
    }
    // both (or neither) qualify: the closer one, even on a tie
    int64_t cmp = (int64_t)(vb - ((s + t) << 1));
    *f_out = cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t;
    *k_out = k + dk;
}

int ayDtoa_shortest(double v, char *digits, int *decpt) {
    need_table();
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t t = bits & (((uint64_t)1 << 52) - 1);
    int be = (int)((bits >> 52) & 0x7FF);
    uint64_t c, f;
    int q, k;
    if (be) {
        c = t | ((uint64_t)1 << 52);
        q = be - 1075;
        // small integers are their own shortest representation
        if (q <= 0 && q > -53 && (c & (((uint64_t)1 << -q) - 1)) == 0) {
            f = c >> -q;
            k = 0;
            goto chars;
        }
        schubfach(c, q, 0, &f, &k);
    } else if (t < 3) {
        // too few bits for the method's precision bound: scale by ten
        schubfach(t * 10, -1074, -1, &f, &k);
    } else {
        schubfach(t, -1074, 0, &f, &k);
    }
chars:;
    char tmp[24];
    int n = 0;
    while (f) {
        tmp[n++] = (char)('0' + f % 10);
        f /= 10;
    }
    // tmp holds the digits reversed; drop trailing zeros (leading in tmp)
    int lo = 0;
    while (lo < n - 1 && tmp[lo] == '0') lo++;
    int nd = n - lo;
    for (int i = 0; i < nd; i++) digits[i] = tmp[n - 1 - i];
    digits[nd] = 0;
    *decpt = n + k;
    return nd;
}

// }====
// {==== fixed-precision digits and the text layout

// glibc's printf converts the exact binary value with correct rounding (ties
// to even), which is what dtoa's modes 2 and 3 produce; we only reshape it.
// Removes trailing zeros from digits[0..*n).
static void strip_zeros(char *digits, int *n) {
    while (*n > 0 && digits[*n - 1] == '0') (*n)--;
    digits[*n] = 0;
}

// {==== exact fast path

// 10^i for i in [0, 38] as 128-bit values.
static u128 pow10_u128(int i) {
    u128 r = 1;
    while (i-- > 0) r *= 10;
    return r;
}

// round(v * 10^p) with ties to even, exactly, when the arithmetic fits 128
// bits (v = m * 2^e with m < 2^53); false when it does not.
static bool scaled_round(double v, int p, u128 *q) {
    int e;
    double fm = frexp(v, &e);
    uint64_t m = (uint64_t)ldexp(fm, 53);
    e -= 53;  // v = m * 2^e exactly
    if (p >= 0) {
        if (p > 22) return false;
        u128 n = (u128)m * pow10_u128(p);  // < 2^53 * 2^74
        if (e >= 0) {
            if (e > 127 || (e > 0 && (n >> (128 - e)) != 0)) return false;
            *q = n << e;
            return true;
        }
        if (-e > 120) return false;
        u128 mask = ((u128)1 << -e) - 1, half = (u128)1 << (-e - 1);
        u128 r = n & mask;
        *q = n >> -e;
        if (r > half || (r == half && (*q & 1))) (*q)++;
        return true;
    }
    // divide: v / 10^-p
    if (-p > 38) return false;
    u128 d = pow10_u128(-p), n = m;
    if (e >= 0) {
        if (e > 73) return false;
        n <<= e;
    } else {
        if (-e > 126 || (d >> (127 + e)) != 0) return false;
        d <<= -e;
    }
    *q = n / d;
    u128 r = n % d;
    if (2 * r > d || (2 * r == d && (*q & 1))) (*q)++;
    return true;
}

// The decimal digits of q (> 0) into out; returns their number.
static int u128_digits(u128 q, char *out) {
    char tmp[48];
    int n = 0;
    while (q) {
        tmp[n++] = (char)('0' + (int)(q % 10));
        q /= 10;
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

// Modes 2 and 3 without printf for values and precisions that fit 128-bit
// integer arithmetic (the common "%.2f", "{:.3e}" cases).
static char *fast_digits(double v, int mode, int ndigits, int *decpt, int *ndig) {
    int p;
    u128 q;
    if (mode == 3) {
        p = ndigits;
        if (!scaled_round(v, p, &q)) return NULL;
    } else {
        if (ndigits > 17) return NULL;
        int k = (int)floor(ayLibm.log10(v));
        for (int tries = 0;; tries++) {
            if (tries == 2) return NULL;
            p = ndigits - 1 - k;
            if (!scaled_round(v, p, &q)) return NULL;
            u128 lo = pow10_u128(ndigits - 1), hi = pow10_u128(ndigits);
            if (q < lo) k--;          // log10 overestimated the magnitude
            else if (q > hi) k++;     // underestimated (q == hi is a carry)
            else break;
        }
    }
    char *r = malloc(48);
    if (!r) return NULL;
    if (q == 0) {
        r[0] = 0;
        *decpt = -p;
        *ndig = 0;
        return r;
    }
    int n = u128_digits(q, r);
    *decpt = n - p;
    strip_zeros(r, &n);
    *ndig = n;
    return r;
}

// }====

char *ayDtoa_digits(double v, int mode, int ndigits, int *decpt, int *ndig) {
    if (v != 0 && (mode == 3 || ndigits >= 1)) {
        char *r = fast_digits(v, mode, ndigits, decpt, ndig);
        if (r) return r;
    }
    if (v == 0) {
        char *r = malloc(2);
        if (!r) return NULL;
        strcpy(r, "0");
        *decpt = 1;
        *ndig = 1;
        return r;
    }
    if (mode == 3 && ndigits < 0) {
        // round the exact integer part at 10^-ndigits, half to even; a nonzero
        // fraction only matters for ties
        double ip = trunc(v);
        char ibuf[320];
        int len = snprintf(ibuf, sizeof ibuf, "%.0f", ip);
        char *r = malloc((size_t)len + 2);
        if (!r) return NULL;
        int keep = len + ndigits;
        bool up = false;
        if (keep >= 0) {
            int first = ip == 0 ? 0 : ibuf[keep] - '0';
            bool rest = v != ip;
            for (int i = keep + 1; i < len; i++) rest |= ibuf[i] != '0';
            bool odd = keep > 0 && (ibuf[keep - 1] - '0') % 2;
            up = first > 5 || (first == 5 && (rest || odd));
        }
        if (keep <= 0 && !up) {
            r[0] = 0;
            *decpt = -ndigits;
            *ndig = 0;
            return r;
        }
        int n = keep > 0 ? keep : 0;
        memcpy(r, ibuf, (size_t)n);
        *decpt = len;
        if (up) {
            int i = n - 1;
            while (i >= 0 && r[i] == '9') r[i--] = '0';
            if (i >= 0) {
                r[i]++;
            } else {
                memmove(r + 1, r, (size_t)n);
                r[0] = '1';
                n++;
                (*decpt)++;
            }
        }
        strip_zeros(r, &n);
        *ndig = n;
        return r;
    }
    size_t cap = (size_t)(ndigits > 0 ? ndigits : 0) + 340;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    int n = 0;
    if (mode == 2) {
        snprintf(buf, cap, "%.*e", ndigits - 1, v);
        char *e = strchr(buf, 'e');
        int exp = atoi(e + 1);
        for (char *p = buf; p < e; p++)
            if (*p != '.') buf[n++] = *p;
        *decpt = exp + 1;
    } else {
        snprintf(buf, cap, "%.*f", ndigits, v);
        char *dot = strchr(buf, '.');
        int intlen = dot ? (int)(dot - buf) : (int)strlen(buf);
        for (char *p = buf; *p; p++)
            if (*p != '.') buf[n++] = *p;
        int lead = 0;
        while (lead < n && buf[lead] == '0') lead++;
        if (lead == n) {
            buf[0] = 0;
            *decpt = -ndigits;
            *ndig = 0;
            return buf;
        }
        memmove(buf, buf + lead, (size_t)(n - lead));
        n -= lead;
        *decpt = intlen - lead;
    }
    strip_zeros(buf, &n);
    *ndig = n;
    return buf;
}

char *ayDtoa_format(double v, char type, int precision, int flags, size_t *len) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char lower = (char)(upper ? type + ('a' - 'A') : type);
    char *out;
    if (!isfinite(v)) {
        out = malloc(8);
        if (!out) return NULL;
        // nan never shows a sign of its own
        const char *sign = (isnan(v) || v > 0) ? (flags & AY_DTSF_SIGN ? "+" : "") : "-";
        sprintf(out, "%s%s", sign, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        *len = strlen(out);
        return out;
    }
    bool neg = signbit(v);
    double a = fabs(v);
    char *digits;
    int decpt, nd;
    switch (lower) {
    case 'e':
        precision++;
        digits = ayDtoa_digits(a, 2, precision, &decpt, &nd);
        break;
    case 'f':
        digits = ayDtoa_digits(a, 3, precision, &decpt, &nd);
        break;
    case 'g':
        if (precision == 0) precision = 1;
        digits = ayDtoa_digits(a, 2, precision, &decpt, &nd);
        break;
    default:  // 'r'
        digits = malloc(24);
        if (!digits) return NULL;
        if (a == 0) {
            strcpy(digits, "0");
            decpt = 1;
            nd = 1;
        } else {
            nd = ayDtoa_shortest(a, digits, &decpt);
        }
        break;
    }
    if (!digits) return NULL;
    if (neg && (flags & AY_DTSF_NO_NEG_0) && (nd == 0 || (nd == 1 && digits[0] == '0'))) neg = false;

    // The text is a slice [vstart, vend) of the digits padded with zeros on
    // both sides, with the point after position decpt (CPython's layout).
    bool alt = flags & AY_DTSF_ALT, dot0 = flags & AY_DTSF_ADD_DOT_0, use_exp = false;
    int vend = nd, exp = 0;
    switch (lower) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vend = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;

    size_t cap = (size_t)(vend - vstart) + (size_t)nd + 20;
    out = malloc(cap);
    if (!out) {
        free(digits);
        return NULL;
    }
    char *p = out;
    if (neg) *p++ = '-';
    else if (flags & AY_DTSF_SIGN) *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (decpt > 0 && decpt <= nd) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    } else {
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    if (nd < decpt) {
        memset(p, '0', (size_t)(decpt - nd));
        p += decpt - nd;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - nd));
        p += vend - nd;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', exp);
    *p = 0;
    free(digits);
    *len = (size_t)(p - out);
    return out;
}

// }====

// repr(v) into out (>= 32 bytes) without allocating: the common case of
// ayDtoa_format(v, 'r', 0, AY_DTSF_ADD_DOT_0).
int ayFloat_repr_buf(double v, char *out) {
    if (isnan(v)) return sprintf(out, "nan");
    if (isinf(v)) return sprintf(out, v > 0 ? "inf" : "-inf");
    if (v == 0) return sprintf(out, signbit(v) ? "-0.0" : "0.0");
    char digits[24];
    int decpt;
    int n = ayDtoa_shortest(fabs(v), digits, &decpt);
    char *o = out;
    if (v < 0) *o++ = '-';
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
    int e = decpt - 1;
    o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return (int)(o - out);
}
