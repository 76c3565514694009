// The binascii module: hex and base64 conversions and CRCs (lib/base64.py
// builds on it).
#include <string.h>
#include <zlib.h>

#include "stdmod.h"

static AyValue binascii_error(AyVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AyValue r = ayErr_vformat(vm, AY_STD_TYPE(vm, binascii_Error), fmt, ap);
    va_end(ap);
    return r;
}

// An input of the a2b_* functions: bytes-like, or a str of ASCII characters.
static bool ascii_data_arg(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    if (ayV_is_str(vm, v)) {
        if (AY_STR(v)->len != AY_STR(v)->size) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "string argument should contain only ASCII characters");
            return false;
        }
        *data = AY_CSTR(v);
        *n = AY_STR(v)->size;
        return true;
    }
    if (ayBytes_view(vm, v, data, n)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "argument should be bytes, buffer or ASCII string, not '%T'", v);
    return false;
}

// {==== hex

static const char HEX[] = "0123456789abcdef";

// hexlify(data, sep=None, bytes_per_sep=1); upper for the b16 flavour is done in Python
static AyValue b_hexlify(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "hexlify", args, nargs, kw, "data | sep bytes_per_sep", a)) return AY_NULL;
    const char *d;
    int64_t n, per = 1;
    if (!ayStd_buffer_arg(vm, a[0], &d, &n) || (a[2] && !ayStd_int_arg(vm, a[2], &per))) return AY_NULL;
    char sep = 0;
    if (a[1] && a[1] != AY_NONE) {
        const char *s;
        int64_t sn;
        if (ayV_is_str(vm, a[1])) s = AY_CSTR(a[1]), sn = AY_STR(a[1])->size;
        else if (!ayStd_buffer_arg(vm, a[1], &s, &sn)) return AY_NULL;
        if (sn != 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be length 1.");
        if ((unsigned char)s[0] >= 0x80) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be ASCII.");
        sep = s[0];
    }
    int64_t group = per < 0 ? -per : per;
    int64_t nsep = sep && group && n ? (n - 1) / group : 0;
    char *out;
    AyValue r = ayBytes_new_uninit(vm, 2 * n + nsep, &out);
    if (!r) return AY_NULL;
    for (int64_t i = 0, k = 0; i < n; i++) {
        // separators between groups counted from the right (per > 0) or the left
        if (sep && group && i > 0) {
            int64_t from = per > 0 ? n - i : i;
            if (from % group == 0) out[k++] = sep;
        }
        out[k++] = HEX[(unsigned char)d[i] >> 4];
        out[k++] = HEX[(unsigned char)d[i] & 15];
    }
    return r;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static AyValue b_unhexlify(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    const char *d;
    int64_t n;
    if (!ayArg_unpack(vm, "unhexlify", args, nargs, kw, "hexstr", a) || !ascii_data_arg(vm, a[0], &d, &n))
        return AY_NULL;
    if (n % 2) return binascii_error(vm, "Odd-length string");
    char *out;
    AyValue r = ayBytes_new_uninit(vm, n / 2, &out);
    if (!r) return AY_NULL;
    for (int64_t i = 0; i < n; i += 2) {
        int hi = hex_digit(d[i]), lo = hex_digit(d[i + 1]);
        if (hi < 0 || lo < 0) return binascii_error(vm, "Non-hexadecimal digit found");
        out[i / 2] = (char)(hi * 16 + lo);
    }
    return r;
}

// }====
// {==== base64

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static AyValue b_b2a_base64(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    const char *d;
    int64_t n;
    if (!ayArg_unpack(vm, "b2a_base64", args, nargs, kw, "data $ newline", a) || !ayStd_buffer_arg(vm, a[0], &d, &n))
        return AY_NULL;
    bool newline = !a[1] || ayObj_truth(vm, a[1]) > 0;
    char *out;
    AyValue r = ayBytes_new_uninit(vm, (n + 2) / 3 * 4 + newline, &out);
    if (!r) return AY_NULL;
    int64_t k = 0;
    const unsigned char *p = (const unsigned char *)d;
    for (int64_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        out[k++] = B64[v >> 18];
        out[k++] = B64[(v >> 12) & 63];
        out[k++] = i + 1 < n ? B64[(v >> 6) & 63] : '=';
        out[k++] = i + 2 < n ? B64[v & 63] : '=';
    }
    if (newline) out[k] = '\n';
    return r;
}

static AyValue b_a2b_base64(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    const char *d;
    int64_t n;
    if (!ayArg_unpack(vm, "a2b_base64", args, nargs, kw, "data $ strict_mode", a) || !ascii_data_arg(vm, a[0], &d, &n))
        return AY_NULL;
    bool strict = a[1] && ayObj_truth(vm, a[1]) > 0;
    AyBuf out;
    ayBuf_init(&out, vm);
    uint32_t acc = 0;
    int quad = 0, pads = 0;
    int64_t ndata = 0;
    bool padding_started = false, finished = false;
    const char *err = NULL;
    if (strict && n && d[0] == '=') err = "Leading padding not allowed";
    for (int64_t i = 0; i < n && !err && !finished; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '=') {
            padding_started = true;
            if (strict && quad == 0) {
                err = "Excess padding not allowed";
                break;
            }
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) err = "Excess data after padding";
                finished = true;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) err = "Only base64 data is allowed";
            continue;
        }
        if (strict && padding_started) {
            err = "Discontinuous padding not allowed";
            break;
        }
        pads = 0;
        ndata++;
        acc = acc << 6 | (uint32_t)v;
        if (++quad == 4) {
            char bytes[3] = {(char)(acc >> 16), (char)(acc >> 8), (char)acc};
            ayBuf_add(&out, bytes, 3);
            quad = 0;
            acc = 0;
        }
    }
    if (!err && !finished && quad) {
        if (quad == 1) {
            ayBuf_free(&out);
            return binascii_error(vm,
                                  "Invalid base64-encoded string: number of data characters (%lld) cannot be 1 more "
                                  "than a multiple of 4",
                                  (long long)ndata);
        }
        err = "Incorrect padding";
    }
    if (finished && quad) {
        // the padded final group: 2 chars -> 1 byte, 3 chars -> 2 bytes
        acc <<= 6 * (4 - quad);
        char bytes[2] = {(char)(acc >> 16), (char)(acc >> 8)};
        ayBuf_add(&out, bytes, (size_t)(quad - 1));
    }
    if (err) {
        ayBuf_free(&out);
        return binascii_error(vm, "%s", err);
    }
    AyValue r = ayBytes_from(vm, out.data ? out.data : "", out.len);
    ayBuf_free(&out);
    return r;
}

// }====
// {==== CRCs

static AyValue b_crc32(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *d;
    int64_t n, start = 0;
    if (!ayArg_count(vm, "crc32", nargs, 1, 2) || !ayStd_buffer_arg(vm, args[0], &d, &n)) return AY_NULL;
    if (nargs > 1) {
        AyValue masked = ayInt_binop(vm, AY_BINOP_AND, ayInt_exact(vm, args[1]), ayInt_from_i64(vm, 0xFFFFFFFF));
        if (!masked || !ayStd_int_arg(vm, masked, &start)) return AY_NULL;
    }
    uLong crc = (uLong)start;
    for (int64_t off = 0; off < n;) {
        uInt chunk = n - off > 0x40000000 ? 0x40000000 : (uInt)(n - off);
        crc = crc32(crc, (const Bytef *)d + off, chunk);
        off += chunk;
    }
    return ayInt_from_i64(vm, (int64_t)(crc & 0xFFFFFFFF));
}

static AyValue b_crc_hqx(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *d;
    int64_t n, start;
    if (!ayArg_count(vm, "crc_hqx", nargs, 2, 2) || !ayStd_buffer_arg(vm, args[0], &d, &n) ||
        !ayStd_int_arg(vm, args[1], &start))
        return AY_NULL;
    uint32_t crc = (uint32_t)start & 0xFFFF;
    for (int64_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)d[i] << 8;
        for (int b = 0; b < 8; b++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
    }
    return ayV_small(crc);
}

// }====

static const AyMethodDef binascii_funcs[] = {
    {"hexlify", b_hexlify, 0, NULL},
    {"b2a_hex", b_hexlify, 0, NULL},
    {"unhexlify", b_unhexlify, 0, NULL},
    {"a2b_hex", b_unhexlify, 0, NULL},
    {"b2a_base64", b_b2a_base64, 0, NULL},
    {"a2b_base64", b_a2b_base64, 0, NULL},
    {"crc32", b_crc32, 0, NULL},
    {"crc_hqx", b_crc_hqx, 0, NULL},
    {NULL},
};

AyValue ayMod_binascii(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "binascii", binascii_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *err = ayStd_new_exception(vm, AY_STD_binascii_Error, "binascii", "binascii.Error", AY_EXC(vm, ValueError));
    AyType *inc = ayStd_new_exception(vm, AY_STD_binascii_Incomplete, "binascii", "binascii.Incomplete",
                                      AY_EXC(vm, Exception));
    ayModule_add(vm, m, "Error", ayV_from_obj(err));
    ayModule_add(vm, m, "Incomplete", ayV_from_obj(inc));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
