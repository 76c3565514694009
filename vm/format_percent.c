// printf-style `str % args` formatting, following CPython's PyUnicode_Format
// step by step (argument fetching order, flag handling, messages).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Fmt {
    AyValue args;      // the right operand, or the value a %(key) looked up
    AyValue dict;      // the mapping for %(key), or AY_NULL
    int64_t arglen;    // tuple length, or -1 for a single argument
    int64_t argidx;    // next tuple index (-2: the single argument is unused)
} Fmt;

static AyValue next_arg(AyVM *vm, Fmt *f) {
    if (f->argidx < f->arglen) {
        int64_t i = f->argidx++;
        if (f->arglen < 0) return f->args;
        return AY_AS(AyTuple, f->args)->items[i];
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "not enough arguments for format string");
}

// PyNumber_Check: something int(), float() or complex arithmetic accepts.
static bool is_number(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    return t->index || t->to_int || t->to_float || ayV_is_complex(vm, v);
}

// %d %i %u %o %x %X: the digits (sign, '0x' prefix when '#', precision zeros).
static bool format_long(AyVM *vm, AyValue v, char type, int flags, int64_t prec, AyBuf *out) {
    AyValue iobj;
    if (!is_number(vm, v)) goto wrongtype;
    if (ayV_is_anyint(vm, v)) {
        iobj = ayInt_exact(vm, v);
    } else {
        if (type == 'o' || type == 'x' || type == 'X') {
            iobj = ayObj_index(vm, v);
        } else {
            iobj = ayObj_call1(vm, ayV_from_obj(vm->t_int), v);
        }
        if (!iobj) {
            if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
                ayErr_clear(vm);
                goto wrongtype;
            }
            return false;
        }
        iobj = ayInt_exact(vm, iobj);
    }
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    AyBuf digits;
    ayBuf_init(&digits, vm);
    if (!ayInt_add_digits(&digits, iobj, base, type == 'X')) {
        ayBuf_free(&digits);
        return false;
    }
    if (ayInt_sign(vm, iobj) < 0) ayBuf_addc(out, '-');
    if ((flags & F_ALT) && base != 10) {
        ayBuf_addc(out, '0');
        ayBuf_addc(out, type == 'o' ? 'o' : type);
    }
    for (int64_t i = (int64_t)digits.len; i < prec; i++) ayBuf_addc(out, '0');
    ayBuf_add(out, digits.data, digits.len);
    ayBuf_free(&digits);
    return !out->failed;
wrongtype:
    if (type == 'o' || type == 'x' || type == 'X')
        ayErr_format(vm, AY_EXC(vm, TypeError), "%%%c format: an integer is required, not %s", type,
                     ayType_name(ayV_type(vm, v)));
    else
        ayErr_format(vm, AY_EXC(vm, TypeError), "%%%c format: a real number is required, not %s", type,
                     ayType_name(ayV_type(vm, v)));
    return false;
}

static bool format_float(AyVM *vm, AyValue v, char type, int flags, int64_t prec, AyBuf *out) {
    double x;
    if (ayFloat_as_double(vm, v, &x) < 0) return false;
    if (prec < 0) prec = 6;
    size_t len;
    char *s = ayDtoa_format(x, type, (int)prec, flags & F_ALT ? AY_DTSF_ALT : 0, &len);
    if (!s) {
        ayErr_nomemory(vm);
        return false;
    }
    ayBuf_add(out, s, len);
    free(s);
    return !out->failed;
}

// %c: a one-character str or a code point.
static bool format_char(AyVM *vm, AyValue v, AyBuf *out) {
    uint32_t cp;
    if (ayV_is_str(vm, v)) {
        if (AY_STR(v)->len != 1) goto bad;
        const char *p = AY_CSTR(v);
        cp = ayUtf8_decode(&p);
    } else {
        AyValue i = ayV_is_anyint(vm, v) ? ayInt_exact(vm, v) : ayObj_index(vm, v);
        if (!i) {
            ayErr_clear(vm);
            goto bad;
        }
        int64_t x;
        if (ayInt_as_i64(vm, i, &x) < 0) {
            ayErr_clear(vm);
            x = -1;
        }
        if (x < 0 || x > 0x10FFFF) {
            ayErr_format(vm, AY_EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
            return false;
        }
        cp = (uint32_t)x;
    }
    char ch[4];
    ayBuf_add(out, ch, (size_t)ayUtf8_encode(cp, ch));
    return true;
bad:
    ayErr_format(vm, AY_EXC(vm, TypeError), "%%c requires int or char");
    return false;
}

// Writes one converted field with its sign, '0x' prefix and padding.
static void output_field(AyBuf *b, const char *s, size_t n, char conv, int flags, int64_t width, int64_t prec,
                         bool numeric) {
    int64_t len = ayUtf8_count(s, n);
    size_t bytes = n;
    if ((conv == 's' || conv == 'r' || conv == 'a') && prec >= 0 && len > prec) {
        len = prec;
        bytes = 0;
        const char *p = s;
        for (int64_t i = 0; i < prec; i++) ayUtf8_decode(&p);
        bytes = (size_t)(p - s);
    }
    char fill = numeric && (flags & F_ZERO) && !(flags & F_LJUST) ? '0' : ' ';
    char sign = 0;
    size_t pos = 0;
    if (numeric) {
        if (s[0] == '-' || s[0] == '+') {
            sign = s[0];
            len--;
            pos++;
        } else if (flags & F_SIGN) {
            sign = '+';
        } else if (flags & F_BLANK) {
            sign = ' ';
        }
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') ayBuf_addc(b, sign);
        if (width > len) width--;
    }
    bool prefix = (flags & F_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    if (prefix) {
        if (fill != ' ') {
            ayBuf_add(b, s + pos, 2);
            pos += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        for (int64_t i = len; i < width; i++) ayBuf_addc(b, fill);
        width = len;
    }
    if (fill == ' ') {
        if (sign) ayBuf_addc(b, sign);
        if (prefix) {
            ayBuf_add(b, s + pos, 2);
            pos += 2;
        }
    }
    ayBuf_add(b, s + pos, bytes - pos);
    for (int64_t i = len; i < width; i++) ayBuf_addc(b, ' ');
}

AyValue ayFormat_percent(AyVM *vm, AyValue fmtv, AyValue args) {
    AyStr *fmt = AY_STR(fmtv);
    const char *p = fmt->data, *end = p + fmt->size;
    Fmt f;
    f.args = args;
    if (ayV_is_tuple(vm, args)) {
        f.arglen = AY_AS(AyTuple, args)->len;
        f.argidx = 0;
    } else {
        f.arglen = -1;
        f.argidx = -2;
    }
    // anything subscriptable but a tuple or str counts as a mapping
    f.dict = !ayV_is_tuple(vm, args) && !ayV_is_str(vm, args) && ayV_type(vm, args)->getitem ? args : AY_NULL;
    // the operands and the value a %(key) looked up stay reachable while Ay code runs
    ayGC_push_root(vm, args);
    ayGC_push_root(vm, AY_NONE);
    size_t slot = vm->nroots - 1;
    AyBuf b, field;
    ayBuf_init(&b, vm);
    ayBuf_init(&field, vm);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            ayBuf_add(&b, p, (size_t)(end - p));
            break;
        }
        ayBuf_add(&b, p, (size_t)(q - p));
        p = q + 1;
        if (p >= end) goto incomplete;
        if (*p == '%') {
            ayBuf_addc(&b, '%');
            p++;
            continue;
        }
        if (*p == '(') {
            if (!f.dict) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "format requires a mapping");
                goto fail;
            }
            int depth = 1;
            const char *k = ++p;
            while (p < end && depth) {
                if (*p == ')') depth--;
                else if (*p == '(') depth++;
                p++;
            }
            if (depth) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format key");
                goto fail;
            }
            AyStr *key = ayStr_new(vm, k, (size_t)(p - 1 - k));
            if (!key) goto fail;
            AyValue v = ayObj_getitem(vm, f.dict, ayV_from_obj(key));
            if (!v) goto fail;
            f.args = v;
            vm->roots[slot] = v;
            f.arglen = -1;
            f.argidx = -2;
        }
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= F_LJUST;
            else if (*p == '+') flags |= F_SIGN;
            else if (*p == ' ') flags |= F_BLANK;
            else if (*p == '#') flags |= F_ALT;
            else if (*p == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            AyValue w = next_arg(vm, &f);
            if (!w) goto fail;
            if (!ayV_is_anyint(vm, w)) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "* wants int");
                goto fail;
            }
            if (ayInt_as_i64(vm, ayInt_exact(vm, w), &width) < 0) goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            p++;
        } else if (p < end && *p >= '0' && *p <= '9') {
            width = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                if (width > (INT64_MAX - (*p - '0')) / 10) {
                    ayErr_format(vm, AY_EXC(vm, ValueError), "width too big");
                    goto fail;
                }
                width = width * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                AyValue w = next_arg(vm, &f);
                if (!w) goto fail;
                if (!ayV_is_anyint(vm, w)) {
                    ayErr_format(vm, AY_EXC(vm, TypeError), "* wants int");
                    goto fail;
                }
                if (ayInt_as_i64(vm, ayInt_exact(vm, w), &prec) < 0 || prec > INT32_MAX) {
                    ayErr_clear(vm);
                    ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C int");
                    goto fail;
                }
                if (prec < 0) prec = 0;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    if (prec > (INT32_MAX - (*p - '0')) / 10) {
                        ayErr_format(vm, AY_EXC(vm, ValueError), "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) goto incomplete;
        const char *conv_at = p;
        uint32_t conv = ayUtf8_decode(&p);
        AyValue arg = next_arg(vm, &f);
        if (!arg) goto fail;
        field.len = 0;
        bool numeric = false;
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            AyValue s = conv == 's' ? ayObj_str(vm, arg) : conv == 'r' ? ayObj_repr(vm, arg) : ayObj_ascii(vm, arg);
            if (!s) goto fail;
            ayBuf_add(&field, AY_CSTR(s), (size_t)AY_STR(s)->size);
            break;
        }
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            if (!format_long(vm, arg, conv == 'i' || conv == 'u' ? 'd' : (char)conv, flags, prec, &field)) goto fail;
            numeric = true;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (!format_float(vm, arg, (char)conv, flags, prec, &field)) goto fail;
            numeric = true;
            break;
        case 'c':
            if (!format_char(vm, arg, &field)) goto fail;
            break;
        default:
            ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported format character '%c' (0x%x) at index %lld",
                         conv >= 31 && conv <= 126 ? (int)conv : '?', (unsigned)conv,
                         (long long)ayUtf8_count(fmt->data, (size_t)(conv_at - fmt->data)));
            goto fail;
        }
        if (field.failed) goto fail;
        output_field(&b, field.data ? field.data : "", field.len, (char)conv, flags, width, prec, numeric);
        if (f.dict && f.argidx < f.arglen) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "not all arguments converted during string formatting");
            goto fail;
        }
    }
    if (f.argidx < f.arglen && !f.dict) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "not all arguments converted during string formatting");
        goto fail;
    }
    ayBuf_free(&field);
    ayGC_pop_roots(vm, 2);
    return ayBuf_finish(&b);
incomplete:
    ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format");
fail:
    ayBuf_free(&field);
    ayBuf_free(&b);
    ayGC_pop_roots(vm, 2);
    return AY_NULL;
}
