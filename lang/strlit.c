// Literal decoding: string/bytes escapes (with CPython's unicode-escape error
// messages), \N{NAME} lookup, and numeric literals (ints of any size, floats,
// imaginary numbers).
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

// Looks up a Unicode character name (case-insensitively); -1 if unknown.
int ayStr_lookup_name(const char *name, int len);

// {==== Output buffer ====

typedef struct Buf {
    AyParser *p;
    char *s;
    size_t len, cap;
} Buf;

static int buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra) ncap *= 2;
    char *ns = ayArena_alloc(b->p->arena, ncap);
    if (!ns) {
        ayParse_oom(b->p);
        return -1;
    }
    if (b->len) memcpy(ns, b->s, b->len);
    b->s = ns;
    b->cap = ncap;
    return 0;
}

// Appends a code point as UTF-8 (surrogates as 3-byte sequences).
static int put_cp(Buf *b, uint32_t c) {
    if (buf_reserve(b, 4) < 0) return -1;
    unsigned char *o = (unsigned char *)b->s + b->len;
    if (c < 0x80) { o[0] = (unsigned char)c; b->len += 1; }
    else if (c < 0x800) { o[0] = (unsigned char)(0xc0 | c >> 6); o[1] = (unsigned char)(0x80 | (c & 0x3f)); b->len += 2; }
    else if (c < 0x10000) {
        o[0] = (unsigned char)(0xe0 | c >> 12); o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (c & 0x3f)); b->len += 3;
    } else {
        o[0] = (unsigned char)(0xf0 | c >> 18); o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
        o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f)); o[3] = (unsigned char)(0x80 | (c & 0x3f)); b->len += 4;
    }
    return 0;
}

static int put_bytes(Buf *b, const char *s, size_t n) {
    if (!n) return 0;
    if (buf_reserve(b, n) < 0) return -1;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    return 0;
}

// }====

// {==== Escapes ====

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reports a unicode-escape decoding error; positions are offsets into the
// body as CPython's decoder sees it (non-ASCII characters count 10 bytes,
// since CPython rewrites them as \U escapes first).
static int uerr(AyParser *p, const AyToken *t, long start, long end, const char *what) {
    if (end > start)
        ayParse_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s",
                          start, end, what);
    else
        ayParse_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld: %s",
                          start, what);
    return -1;
}

// Decodes `s[0..n)` (the body between the quotes) into `b`.
static int decode_body(AyParser *p, const AyToken *t, const char *s, size_t n, int bytes, int raw, Buf *b) {
    if (raw) {
        if (bytes) {
            for (size_t i = 0; i < n; i++)
                if ((unsigned char)s[i] >= 0x80) {
                    ayParse_error_tok(p, t, "bytes can only contain ASCII literal characters");
                    return -1;
                }
        }
        return put_bytes(b, s, n);
    }
    long vpos = 0;  // position in CPython's view of the body
    size_t i = 0;
    while (i < n) {
        const char *q = memchr(s + i, '\\', n - i);
        size_t run = q ? (size_t)(q - (s + i)) : n - i;
        for (size_t k = 0; k < run; k++) {
            unsigned char c = (unsigned char)s[i + k];
            if (c >= 0x80) {
                if (bytes) {
                    ayParse_error_tok(p, t, "bytes can only contain ASCII literal characters");
                    return -1;
                }
                if ((c & 0xc0) != 0x80) vpos += 10;
            } else {
                vpos++;
            }
        }
        if (put_bytes(b, s + i, run) < 0) return -1;
        i += run;
        if (i >= n) break;
        // A backslash at s[i].
        long epos = vpos;
        i++;
        if (i >= n) {
            // Only an f-string part can end in a backslash (`f"\{x}"`): kept.
            (void)epos;
            return put_bytes(b, "\\", 1);
        }
        int c = (unsigned char)s[i++];
        vpos += 2;
        uint32_t v;
        switch (c) {
        case '\n': vpos -= 2; vpos += 2; continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            size_t first = i - 1;
            v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[i++] - '0');
                vpos++;
            }
            if (v > 0377 && p->warn && !p->probing) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.*s'", (int)(i - first), s + first);
                p->warn(p->warn_ud, t->lineno, t->col, t->end_lineno, t->end_col, msg);
            }
            if (bytes) {
                char ch = (char)(v & 0xff);
                if (put_bytes(b, &ch, 1) < 0) return -1;
                continue;
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') goto unknown;
            v = 0;
            int k;
            for (k = 0; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
                vpos++;
            }
            if (k < digits) {
                if (bytes) {
                    ayParse_error_tok(p, t, "(value error) invalid \\x escape at position %ld", epos);
                    return -1;
                }
                return uerr(p, t, epos, vpos - 1,
                            c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            }
            if (bytes) {
                char ch = (char)v;
                if (put_bytes(b, &ch, 1) < 0) return -1;
                continue;
            }
            if (v > 0x10ffff) return uerr(p, t, epos, vpos - 1, "illegal Unicode character");
            break;
        }
        case 'N': {
            if (bytes) goto unknown;
            if (i >= n || s[i] != '{') return uerr(p, t, epos, vpos - 1, "malformed \\N character escape");
            const char *close = memchr(s + i, '}', n - i);
            if (!close || close == s + i + 1) {
                return uerr(p, t, epos, close ? vpos + 1 : (long)(vpos + (long)(n - i) - 1),
                            "malformed \\N character escape");
            }
            int len = (int)(close - (s + i + 1));
            long end = vpos + len + 1;
            int cp = ayStr_lookup_name(s + i + 1, len);
            if (cp < 0) return uerr(p, t, epos, end, "unknown Unicode character name");
            vpos = end + 1;
            i = (size_t)(close - s) + 1;
            v = (uint32_t)cp;
            break;
        }
        default:
        unknown:
            // Unknown escapes stay as written, with CPython's warning.
            if (p->warn && !p->probing) {
                size_t clen = 1;
                while (i - 1 + clen < n && ((unsigned char)s[i - 1 + clen] & 0xc0) == 0x80) clen++;
                char msg[64];
                snprintf(msg, sizeof msg, "invalid escape sequence '\\%.*s'", (int)clen, s + i - 1);
                p->warn(p->warn_ud, t->lineno, t->col, t->end_lineno, t->end_col, msg);
            }
            if (put_bytes(b, s + i - 2, 2) < 0) return -1;
            if ((unsigned char)c >= 0x80) {
                // The rest of a multi-byte character.
                while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80) {
                    if (put_bytes(b, s + i, 1) < 0) return -1;
                    i++;
                }
                vpos += 9;
            }
            continue;
        }
        if (bytes) {
            char ch = (char)v;
            if (put_bytes(b, &ch, 1) < 0) return -1;
        } else if (put_cp(b, v) < 0) {
            return -1;
        }
    }
    return 0;
}

// Decodes a STRING token (prefix, quotes and body).
int ayStr_decode_token(AyParser *p, const AyToken *t, AyConst *c, int *is_u) {
    const char *s = t->start;
    int i = 0, bytes = 0, raw = 0;
    *is_u = s[0] == 'u';
    while (s[i] != '\'' && s[i] != '"') {
        int ch = s[i] | 0x20;
        if (ch == 'b') bytes = 1;
        else if (ch == 'r') raw = 1;
        i++;
    }
    int q = s[i];
    int qs = t->len - i >= 6 && s[i + 1] == q && s[i + 2] == q ? 3 : 1;
    const char *body = s + i + qs;
    size_t n = (size_t)(t->len - i - 2 * qs);
    Buf b = {p, NULL, 0, 0};
    if (decode_body(p, t, body, n, bytes, raw, &b) < 0) return -1;
    if (buf_reserve(&b, 1) < 0) return -1;
    b.s[b.len] = 0;
    c->kind = bytes ? AY_CONST_BYTES : AY_CONST_STR;
    c->s = b.s;
    c->len = (int)b.len;
    return 0;
}

// Decodes one f-string literal part.
int ayStr_decode_fpart(AyParser *p, const AyToken *t, const char *s, int len, int raw, AyConst *c) {
    Buf b = {p, NULL, 0, 0};
    if (decode_body(p, t, s, (size_t)len, 0, raw || !memchr(s, '\\', (size_t)len), &b) < 0) return -1;
    if (buf_reserve(&b, 1) < 0) return -1;
    b.s[b.len] = 0;
    c->kind = AY_CONST_STR;
    c->s = b.s;
    c->len = (int)b.len;
    return 0;
}

// }====

// {==== Numbers ====

// Converts digits in base 2^k to decimal via 32-bit limbs (schoolbook).
static int big_to_decimal(AyParser *p, const char *digits, int n, int base, AyConst *c) {
    size_t nlimbs = (size_t)n * 4 / 32 + 2;
    uint32_t *limbs = calloc(nlimbs, sizeof *limbs);
    if (!limbs) {
        ayParse_oom(p);
        return -1;
    }
    size_t used = 0;
    for (int i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)hexval((unsigned char)digits[i]);
        for (size_t k = 0; k < used; k++) {
            uint64_t x = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)x;
            carry = x >> 32;
        }
        if (carry) limbs[used++] = (uint32_t)carry;
    }
    // Repeated division by 10^9.
    size_t cap = used * 10 + 16;
    char *out = malloc(cap);
    if (!out) {
        free(limbs);
        ayParse_oom(p);
        return -1;
    }
    size_t olen = 0;
    while (used) {
        uint64_t rem = 0;
        for (size_t k = used; k-- > 0;) {
            uint64_t x = (rem << 32) | limbs[k];
            limbs[k] = (uint32_t)(x / 1000000000u);
            rem = x % 1000000000u;
        }
        while (used && !limbs[used - 1]) used--;
        for (int d = 0; d < 9; d++) {
            out[olen++] = (char)('0' + rem % 10);
            rem /= 10;
            if (!used && !rem) break;
        }
    }
    if (!olen) out[olen++] = '0';
    char *s = ayArena_alloc(p->arena, olen + 1);
    if (s)
        for (size_t k = 0; k < olen; k++) s[k] = out[olen - 1 - k];
    free(out);
    free(limbs);
    if (!s) {
        ayParse_oom(p);
        return -1;
    }
    c->kind = AY_CONST_BIGINT;
    c->s = s;
    c->len = (int)olen;
    return 0;
}

// Parses a NUMBER token into an int, big int, float or imaginary constant.
int ayStr_number(AyParser *p, const AyToken *t, AyConst *c) {
    char small[128];
    char *d = t->len < (int)sizeof small ? small : malloc((size_t)t->len + 1);
    if (!d) {
        ayParse_oom(p);
        return -1;
    }
    int n = 0;
    for (int i = 0; i < t->len; i++)
        if (t->start[i] != '_') d[n++] = t->start[i];
    d[n] = 0;
    int rc = 0;
    int base = 10;
    if (n > 1 && d[0] == '0') {
        int x = d[1] | 0x20;
        base = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 10;
    }
    int imag = (d[n - 1] | 0x20) == 'j';
    if (base == 10 && (imag || strpbrk(d, ".eE"))) {
        if (imag) d[--n] = 0;
        c->kind = imag ? AY_CONST_COMPLEX : AY_CONST_FLOAT;
        c->f = strtod(d, NULL);
    } else if (base != 10) {
        const char *digits = d + 2;
        int nd = n - 2;
        while (nd > 1 && *digits == '0') digits++, nd--;
        int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
        if ((long)nd * bits <= 62) {
            int64_t v = 0;
            for (int i = 0; i < nd; i++) v = v * base + hexval((unsigned char)digits[i]);
            c->kind = AY_CONST_INT;
            c->i = v;
        } else if (nd > 100000) {
            ayParse_error_tok(p, t, "too many digits in integer literal");
            rc = -1;
        } else {
            rc = big_to_decimal(p, digits, nd, base, c);
        }
    } else {
        const char *digits = d;
        int nd = n;
        while (nd > 1 && *digits == '0') digits++, nd--;
        if (nd < 19 || (nd == 19 && strcmp(digits, "9223372036854775807") <= 0)) {
            // not strtoll: its code would be one more 64 KB window of libc in
            // every run; the digits are checked and the value fits
            int64_t v = 0;
            for (int i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
            c->kind = AY_CONST_INT;
            c->i = v;
        } else if (nd > 4300) {
            ayParse_error_tok(p, t, "Exceeds the limit (4300 digits) for integer string conversion: value has %d "
                                    "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                    "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                              nd);
            rc = -1;
        } else {
            char *s = ayArena_strdup(p->arena, digits, (size_t)nd);
            if (!s) {
                ayParse_oom(p);
                rc = -1;
            } else {
                c->kind = AY_CONST_BIGINT;
                c->s = s;
                c->len = nd;
            }
        }
    }
    if (d != small) free(d);
    return rc;
}

// }====
