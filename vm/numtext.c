// Reading numbers from text: the ASCII normalisation int() and float() apply
// to Unicode input, float() literal syntax, and float.fromhex.
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

// {==== Unicode digits and spaces

// Python's str.isspace: bidirectional class WS/B/S or category Zs.
static bool is_unicode_space(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)c);
    return p->category == UTF8PROC_CATEGORY_ZS || p->bidi_class == UTF8PROC_BIDI_CLASS_WS ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_B || p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}

// The value of a Unicode decimal digit (category Nd), or -1. Nd characters
// come in runs of ten ordered 0..9 (a Unicode stability guarantee), so the
// position in the run gives the value.
static int unicode_digit(uint32_t c) {
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) return -1;
    uint32_t start = c;
    while (start > 0 && utf8proc_category((utf8proc_int32_t)(start - 1)) == UTF8PROC_CATEGORY_ND) start--;
    return (int)((c - start) % 10);
}

char *ayNum_to_ascii(AyVM *vm, const char *s, size_t n, size_t *outlen) {
    size_t i = 0;
    while (i < n && !((unsigned char)s[i] & 0x80)) i++;
    if (i == n) {
        *outlen = n;
        return (char *)s;
    }
    char *r = ayMem_alloc(vm, n + 1);
    if (!r) return NULL;
    memcpy(r, s, i);
    size_t k = i;
    const char *p = s + i, *end = s + n;
    while (p < end) {
        if (!((unsigned char)*p & 0x80)) {
            r[k++] = *p++;
            continue;
        }
        uint32_t c = ayUtf8_decode(&p);
        int d;
        if (is_unicode_space(c)) r[k++] = ' ';
        else if ((d = unicode_digit(c)) >= 0) r[k++] = (char)('0' + d);
        else r[k++] = '?';
    }
    r[k] = 0;
    // the buffer keeps its allocated size (n + 1) for ayNum_free_ascii
    *outlen = k;
    return r;
}

void ayNum_free_ascii(AyVM *vm, const char *orig, char *conv, size_t n) {
    if (conv && conv != orig) ayMem_free(vm, conv, n + 1);
}

static bool is_space(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// }====
// {==== float()

// Decimal float syntax (no underscores here): digits [. digits] [e [sign] digits]
// with at least one mantissa digit, or inf/infinity/nan. The whole text must match.
static bool parse_plain(const char *b, double *out) {
    bool neg = false;
    const char *q = b;
    if (*q == '+' || *q == '-') neg = *q++ == '-';
    if (strcasecmp(q, "inf") == 0 || strcasecmp(q, "infinity") == 0) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (strcasecmp(q, "nan") == 0) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    int mant = 0;
    while (is_digit(*q)) q++, mant++;
    if (*q == '.') {
        q++;
        while (is_digit(*q)) q++, mant++;
    }
    if (!mant) return false;
    if (*q == 'e' || *q == 'E') {
        q++;
        if (*q == '+' || *q == '-') q++;
        if (!is_digit(*q)) return false;
        while (is_digit(*q)) q++;
    }
    if (*q) return false;
    // strtod is correctly rounded (glibc); overflow gives inf as Python does
    *out = strtod(b, NULL);
    return true;
}

// The longest float at s (no leading space): sign, then digits [. digits]
// [e [sign] digits] or inf / infinity / nan. False when there is none.
bool ayNum_float_prefix(const char *s, const char **end, double *out) {
    const char *q = s;
    bool neg = false;
    if (*q == '+' || *q == '-') neg = *q++ == '-';
    const char *m = q;
    int mant = 0;
    while (is_digit(*q)) q++, mant++;
    if (*q == '.') {
        q++;
        while (is_digit(*q)) q++, mant++;
    }
    if (mant) {
        if (*q == 'e' || *q == 'E') {
            const char *e = q + 1;
            if (*e == '+' || *e == '-') e++;
            if (is_digit(*e)) {
                while (is_digit(*e)) e++;
                q = e;
            }
        }
        // strtod on a copy of just this text (it would read "0x.." as hex)
        size_t len = (size_t)(q - s);
        char tmp[80];
        char *buf = len < sizeof tmp ? tmp : malloc(len + 1);
        if (!buf) return false;
        memcpy(buf, s, len);
        buf[len] = 0;
        *out = strtod(buf, NULL);
        if (buf != tmp) free(buf);
        *end = q;
        return true;
    }
    q = m;
    if (strncasecmp(q, "inf", 3) == 0) {
        q += 3;
        if (strncasecmp(q, "inity", 5) == 0) q += 5;
        *out = neg ? -INFINITY : INFINITY;
    } else if (strncasecmp(q, "nan", 3) == 0) {
        q += 3;
        *out = neg ? -NAN : NAN;
    } else {
        return false;
    }
    *end = q;
    return true;
}

bool ayFloat_parse_text(AyVM *vm, const char *s, size_t n, double *out) {
    size_t an;
    char *a = ayNum_to_ascii(vm, s, n, &an);
    if (!a) return false;
    const char *p = a, *end = a + an;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool ok = false;
    size_t len = (size_t)(end - p);
    char tmp[128];
    char *buf = len < sizeof tmp ? tmp : ayMem_alloc(vm, len + 1);
    if (!buf) {
        ayNum_free_ascii(vm, s, a, n);
        return false;
    }
    // underscores are allowed only between digits; they are dropped
    size_t k = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 >= end || !is_digit(q[-1]) || !is_digit(q[1])) goto done;
            continue;
        }
        if (*q == 0) goto done;  // an embedded NUL
        buf[k++] = *q;
    }
    buf[k] = 0;
    ok = k > 0 && parse_plain(buf, out);
done:
    if (buf != tmp) ayMem_free(vm, buf, len + 1);
    ayNum_free_ascii(vm, s, a, n);
    return ok;
}

// }====
// {==== float.fromhex

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// [ws] [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]) [ws]
bool ayFloat_parse_hex(AyVM *vm, const char *s, size_t n, double *out) {
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    if (rest >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    // rebuild a canonical C99 hex literal for strtod, which rounds correctly
    size_t cap = (size_t)(end - p) + 8;
    char tmp[256];
    char *buf = cap <= sizeof tmp ? tmp : ayMem_alloc(vm, cap);
    if (!buf) return false;
    size_t k = 0;
    buf[k++] = neg ? '-' : '+';
    buf[k++] = '0';
    buf[k++] = 'x';
    int ndig = 0;
    while (p < end && hex_value(*p) >= 0) buf[k++] = *p++, ndig++;
    if (p < end && *p == '.') {
        buf[k++] = *p++;
        while (p < end && hex_value(*p) >= 0) buf[k++] = *p++, ndig++;
    }
    bool ok = ndig > 0;
    if (ok && p < end && (*p == 'p' || *p == 'P')) {
        buf[k++] = *p++;
        if (p < end && (*p == '+' || *p == '-')) buf[k++] = *p++;
        if (p >= end || !is_digit(*p)) ok = false;
        while (p < end && is_digit(*p)) buf[k++] = *p++;
    }
    if (p != end) ok = false;
    buf[k] = 0;
    double d = 0;
    if (ok) {
        errno = 0;
        d = strtod(buf, NULL);
    }
    if (buf != tmp) ayMem_free(vm, buf, cap);
    if (!ok) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "invalid hexadecimal floating-point string");
        return false;
    }
    if (isinf(d)) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "hexadecimal value too large to represent as a float");
        return false;
    }
    *out = d;
    return true;
}

// }====
