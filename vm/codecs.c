// Text codecs: str <-> bytes for utf-8, ascii and latin-1, with the error
// handlers strict, ignore, replace, backslashreplace and surrogateescape.
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "containers.h"
#include "str.h"
#include "vm.h"

AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN } Encoding;

// Normalises an encoding name the way Python's codec lookup does.
static Encoding lookup_encoding(const char *name) {
    char n[32];
    size_t k = 0;
    for (const char *p = name; *p && k < sizeof n - 1; p++) {
        char c = (char)tolower((unsigned char)*p);
        if (c == '-' || c == ' ') c = '_';
        n[k++] = c;
    }
    n[k] = 0;
    if (!strcmp(n, "utf_8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf")) return ENC_UTF8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us_ascii") || !strcmp(n, "646")) return ENC_ASCII;
    if (!strcmp(n, "latin_1") || !strcmp(n, "latin1") || !strcmp(n, "iso_8859_1") || !strcmp(n, "iso8859_1") ||
        !strcmp(n, "l1") || !strcmp(n, "8859") || !strcmp(n, "cp819") || !strcmp(n, "latin"))
        return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *canonical(Encoding e) {
    return e == ENC_UTF8 ? "utf-8" : e == ENC_ASCII ? "ascii" : "latin-1";
}

static AyValue unicode_error(AyVM *vm, AyType *type, const char *enc, AyValue obj, int64_t start, int64_t end,
                             const char *reason) {
    AyValue args[5];
    args[0] = ayV_from_obj(ayStr_new_c(vm, enc));
    args[1] = obj;
    args[2] = ayV_small(start);
    args[3] = ayV_small(end);
    args[4] = ayV_from_obj(ayStr_new_c(vm, reason));
    if (!args[0] || !args[4]) return AY_NULL;
    AyValue exc = ayExc_new(vm, type, args, 5);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

AyValue ayCodec_encode(AyVM *vm, AyStr *s, const char *encoding, const char *errors) {
    Encoding e = lookup_encoding(encoding);
    if (e == ENC_UNKNOWN) return ayErr_format(vm, AY_EXC(vm, LookupError), "unknown encoding: %s", encoding);
    if (e == ENC_UTF8 || s->ascii) {
        // lone surrogates cannot be encoded in strict UTF-8
        bool bad = false;
        if (!s->ascii) {
            for (int64_t i = 0; i + 2 < s->size; i++)
                if ((uint8_t)s->data[i] == 0xED && ((uint8_t)s->data[i + 1] & 0xE0) == 0xA0) bad = true;
        }
        if (!bad) return ayBytes_from(vm, s->data, (size_t)s->size);
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    int limit = e == ENC_ASCII ? 128 : e == ENC_LATIN1 ? 256 : 0x110000;
    const char *p = s->data, *end = p + s->size;
    int64_t idx = 0;
    while (p < end) {
        const char *start = p;
        uint32_t c = ayUtf8_decode(&p);
        bool surrogate = c >= 0xD800 && c <= 0xDFFF;
        if ((int)c < limit && !(e == ENC_UTF8 && surrogate)) {
            if (e == ENC_UTF8) ayBuf_add(&b, start, (size_t)(p - start));
            else ayBuf_addc(&b, (char)c);
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            ayBuf_addc(&b, '?');
        } else if (!strcmp(errors, "surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
            ayBuf_addc(&b, (char)(c - 0xDC00));
        } else if (!strcmp(errors, "backslashreplace")) {
            char tmp[16];
            snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            ayBuf_adds(&b, tmp);
        } else if (!strcmp(errors, "xmlcharrefreplace")) {
            char tmp[16];
            snprintf(tmp, sizeof tmp, "&#%u;", c);
            ayBuf_adds(&b, tmp);
        } else {
            ayBuf_free(&b);
            const char *reason = e == ENC_UTF8 ? "surrogates not allowed" : "ordinal not in range(128)";
            if (e == ENC_LATIN1) reason = "ordinal not in range(256)";
            return unicode_error(vm, AY_EXC(vm, UnicodeEncodeError), canonical(e), ayV_from_obj(s), idx, idx + 1,
                                 reason);
        }
        idx++;
    }
    AyValue r = ayBytes_from(vm, b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

// Length of the valid UTF-8 sequence at p (0 if invalid), and the index of
// the first bad byte for error messages.
static int utf8_seq(const uint8_t *p, const uint8_t *end, int *bad_len) {
    uint8_t c = p[0];
    int len;
    uint32_t min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c < 0xE0) { len = 2; min = 0x80; }
    else if (c >= 0xE0 && c < 0xF0) { len = 3; min = 0x800; }
    else if (c >= 0xF0 && c < 0xF5) { len = 4; min = 0x10000; }
    else { *bad_len = 1; return 0; }
    uint32_t cp = c & (0xFF >> (len + 1));
    int i;
    for (i = 1; i < len; i++) {
        if (p + i >= end || (p[i] & 0xC0) != 0x80) break;
        cp = (cp << 6) | (p[i] & 0x3F);
        // reject early what can never be valid (overlong, surrogates, > U+10FFFF)
        if (i == 1) {
            if (c == 0xE0 && p[1] < 0xA0) break;
            if (c == 0xED && p[1] >= 0xA0) break;
            if (c == 0xF0 && p[1] < 0x90) break;
            if (c == 0xF4 && p[1] >= 0x90) break;
        }
    }
    if (i < len) {
        *bad_len = i;
        return 0;
    }
    if (cp < min) {
        *bad_len = 1;
        return 0;
    }
    return len;
}

AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors) {
    Encoding e = lookup_encoding(encoding);
    if (e == ENC_UNKNOWN) return ayErr_format(vm, AY_EXC(vm, LookupError), "unknown encoding: %s", encoding);
    const uint8_t *p = (const uint8_t *)data, *end = p + n;
    AyBuf b;
    ayBuf_init(&b, vm);
    while (p < end) {
        int bad = 0, len;
        if (e == ENC_LATIN1) {
            char tmp[4];
            ayBuf_add(&b, tmp, (size_t)ayUtf8_encode(*p, tmp));
            p++;
            continue;
        }
        if (e == ENC_ASCII) {
            len = *p < 0x80 ? 1 : 0;
            bad = 1;
        } else {
            len = utf8_seq(p, end, &bad);
        }
        if (len) {
            ayBuf_add(&b, (const char *)p, (size_t)len);
            p += len;
            continue;
        }
        int64_t pos = (int64_t)(p - (const uint8_t *)data);
        if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            ayBuf_add(&b, "\xEF\xBF\xBD", 3);
        } else if (!strcmp(errors, "surrogateescape")) {
            for (int i = 0; i < bad; i++) {
                char tmp[4];
                ayBuf_add(&b, tmp, (size_t)ayUtf8_encode(0xDC00 + p[i], tmp));
            }
        } else if (!strcmp(errors, "backslashreplace")) {
            for (int i = 0; i < bad; i++) {
                char tmp[8];
                snprintf(tmp, sizeof tmp, "\\x%02x", p[i]);
                ayBuf_adds(&b, tmp);
            }
        } else {
            ayBuf_free(&b);
            AyValue obj = ayBytes_from(vm, data, n);
            if (!obj) return AY_NULL;
            const char *reason = e == ENC_ASCII ? "ordinal not in range(128)"
                                 : (p + bad >= end && (*p >= 0xC2 && *p < 0xF5)) ? "unexpected end of data"
                                 : (*p >= 0x80 && *p < 0xC2) || *p >= 0xF5 ? "invalid start byte"
                                                                              : "invalid continuation byte";
            return unicode_error(vm, AY_EXC(vm, UnicodeDecodeError), canonical(e), obj, pos, pos + bad, reason);
        }
        p += bad;
    }
    return ayBuf_finish(&b);
}
