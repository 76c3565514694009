// Text codecs: str <-> bytes for utf-8 (and utf-8-sig), ascii, latin-1,
// cp1252, utf-16 and utf-32 (with BOM handling), unicode_escape and
// raw_unicode_escape, with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
// surrogatepass. Names, error ranges and messages follow CPython 3.12.
#include <stdio.h>
#include <string.h>

#include "containers.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);
int ayStr_lookup_name(const char *name, int len);  // lang/uninames.c

// {==== codec and error handler lookup

typedef enum {
    ENC_UTF8, ENC_UTF8_SIG, ENC_ASCII, ENC_LATIN1, ENC_CP1252, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE,
    ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_UNICODE_ESCAPE, ENC_RAW_UNICODE_ESCAPE,
    ENC_NOT_TEXT, ENC_UNKNOWN
} Encoding;

static const struct {
    const char *name;
    Encoding e;
} aliases[] = {
    {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8}, {"cp65001", ENC_UTF8},
    {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8}, {"utf_8_sig", ENC_UTF8_SIG},
    {"ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"ansi_x3.4_1968", ENC_ASCII}, {"ansi_x3_4_1968", ENC_ASCII},
    {"ansi_x3.4_1986", ENC_ASCII}, {"cp367", ENC_ASCII}, {"csascii", ENC_ASCII}, {"ibm367", ENC_ASCII},
    {"iso646_us", ENC_ASCII}, {"iso_646.irv_1991", ENC_ASCII}, {"iso_ir_6", ENC_ASCII}, {"us", ENC_ASCII},
    {"us_ascii", ENC_ASCII},
    {"latin_1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1},
    {"ibm819", ENC_LATIN1}, {"iso8859", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"iso_8859_1", ENC_LATIN1},
    {"iso_8859_1_1987", ENC_LATIN1}, {"iso_ir_100", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"latin", ENC_LATIN1},
    {"latin1", ENC_LATIN1},
    {"cp1252", ENC_CP1252}, {"1252", ENC_CP1252}, {"windows_1252", ENC_CP1252},
    {"utf_16", ENC_UTF16}, {"u16", ENC_UTF16}, {"utf16", ENC_UTF16},
    {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"unicodelittleunmarked", ENC_UTF16LE},
    {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE}, {"unicodebigunmarked", ENC_UTF16BE},
    {"utf_32", ENC_UTF32}, {"u32", ENC_UTF32}, {"utf32", ENC_UTF32},
    {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
    {"unicode_escape", ENC_UNICODE_ESCAPE}, {"raw_unicode_escape", ENC_RAW_UNICODE_ESCAPE},
    // bytes-to-bytes and str-to-str codecs: known, but not text encodings
    {"base64", ENC_NOT_TEXT}, {"base_64", ENC_NOT_TEXT}, {"base64_codec", ENC_NOT_TEXT}, {"bz2", ENC_NOT_TEXT},
    {"bz2_codec", ENC_NOT_TEXT}, {"hex", ENC_NOT_TEXT}, {"hex_codec", ENC_NOT_TEXT}, {"quopri", ENC_NOT_TEXT},
    {"quoted_printable", ENC_NOT_TEXT}, {"quotedprintable", ENC_NOT_TEXT}, {"quopri_codec", ENC_NOT_TEXT},
    {"rot13", ENC_NOT_TEXT}, {"rot_13", ENC_NOT_TEXT}, {"uu", ENC_NOT_TEXT}, {"uu_codec", ENC_NOT_TEXT},
    {"zip", ENC_NOT_TEXT}, {"zlib", ENC_NOT_TEXT}, {"zlib_codec", ENC_NOT_TEXT},
};

// Normalises like encodings.normalize_encoding (after codecs' lowercasing):
// runs of characters other than ASCII alphanumerics and '.' become one '_',
// leading and trailing ones vanish.
static Encoding lookup_encoding(const char *name, char *norm, size_t cap) {
    size_t k = 0;
    bool punct = false;
    for (const char *p = name; *p && k + 2 < cap; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
        if (alnum) {
            if (punct && k) norm[k++] = '_';
            norm[k++] = c;
            punct = false;
        } else {
            punct = true;
        }
    }
    norm[k] = 0;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(norm, aliases[i].name)) return aliases[i].e;
    // "iso_8859.1" style: dots may stand for underscores
    char alt[64];
    snprintf(alt, sizeof alt, "%s", norm);
    for (char *p = alt; *p; p++)
        if (*p == '.') *p = '_';
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(alt, aliases[i].name)) return aliases[i].e;
    return ENC_UNKNOWN;
}

static bool check_encoding(AyVM *vm, const char *name, Encoding *e, bool encode) {
    char norm[64];
    *e = lookup_encoding(name, norm, sizeof norm);
    if (*e == ENC_UNKNOWN) {
        ayErr_format(vm, AY_EXC(vm, LookupError), "unknown encoding: %s", name);
        return false;
    }
    if (*e == ENC_NOT_TEXT) {
        ayErr_format(vm, AY_EXC(vm, LookupError),
                     "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", name,
                     encode ? "encode" : "decode");
        return false;
    }
    return true;
}

// Runs a codec added with codecs.register() for a name the VM does not know:
// the registry is lib/codecs.py's, so there is none until that module is
// imported (the LookupError check_encoding set stands then). The codec's
// encode/decode gets `input` and must return (bytes or str, length).
static AyValue run_registered(AyVM *vm, const char *encoding, const char *errors, AyValue input, bool encode) {
    AyValue codecs = ayDict_get_str(vm, vm->modules, ayStr_intern_c(vm, "codecs"));
    if (!codecs) return AY_NULL;
    ayErr_clear(vm);
    AyValue r = AY_NULL, info = AY_NULL, fn = AY_NULL;
    AyStr *name = ayStr_new_c(vm, encoding);
    ayGC_push_root(vm, input);
    if (name) {
        AyValue args[2] = {codecs, ayV_from_obj(name)};
        info = ayObj_call_method(vm, codecs, ayStr_intern_c(vm, "lookup"), args, 1);
    }
    if (info) {
        ayGC_push_root(vm, info);
        AyValue text = ayObj_getattr(vm, info, ayStr_intern_c(vm, "_is_text_encoding"));
        int is_text = text ? ayObj_truth(vm, text) : -1;
        if (is_text == 0)
            ayErr_format(vm, AY_EXC(vm, LookupError),
                         "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding,
                         encode ? "encode" : "decode");
        if (is_text > 0) fn = ayObj_getattr(vm, info, ayStr_intern_c(vm, encode ? "encode" : "decode"));
        if (fn) {
            ayGC_push_root(vm, fn);
            AyStr *errs = ayStr_new_c(vm, errors);
            AyValue args[2] = {input, ayV_from_obj(errs)};
            r = errs ? ayObj_call(vm, fn, args, 2, AY_NULL) : AY_NULL;
            ayGC_pop_roots(vm, 1);
        }
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    if (!r) return AY_NULL;
    if (!ayV_is_type(vm, r, vm->t_tuple) || AY_AS(AyTuple, r)->len != 2)
        return ayErr_format(vm, AY_EXC(vm, TypeError), encode ? "encoder must return a tuple (object, integer)"
                                                              : "decoder must return a tuple (object,integer)");
    AyValue out = AY_AS(AyTuple, r)->items[0];
    if (encode ? !ayV_has_flag(vm, out, AY_TF_BYTES_SUB) : !ayV_is_str(vm, out))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'%s' %s returned '%T' instead of '%s'; use codecs.%s() to %s to arbitrary types", encoding,
                            encode ? "encoder" : "decoder", out, encode ? "bytes" : "str", encode ? "encode" : "decode",
                            encode ? "encode" : "decode");
    return out;
}

bool ayCodec_known(AyVM *vm, const char *name) {
    Encoding e;
    return check_encoding(vm, name, &e, true);
}

// The codec name exceptions report.
static const char *codec_name(Encoding e) {
    switch (e) {
    case ENC_UTF8: case ENC_UTF8_SIG: return "utf-8";
    case ENC_ASCII: return "ascii";
    case ENC_LATIN1: return "latin-1";
    case ENC_CP1252: return "charmap";
    case ENC_UTF16: return "utf-16";
    case ENC_UTF16LE: return "utf-16-le";
    case ENC_UTF16BE: return "utf-16-be";
    case ENC_UTF32: return "utf-32";
    case ENC_UTF32LE: return "utf-32-le";
    case ENC_UTF32BE: return "utf-32-be";
    case ENC_UNICODE_ESCAPE: return "unicodeescape";
    case ENC_RAW_UNICODE_ESCAPE: return "rawunicodeescape";
    default: return "?";
    }
}

typedef enum {
    EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLCHARREF, EH_SURROGATEESCAPE, EH_SURROGATEPASS,
    EH_UNKNOWN
} Handler;

// namereplace is missing: Ay has no table from code points to names.
static Handler lookup_handler(const char *name) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "surrogateescape", "surrogatepass"};
    for (int i = 0; i < EH_UNKNOWN; i++)
        if (!strcmp(name, names[i])) return (Handler)i;
    return EH_UNKNOWN;
}

static AyValue new_unicode_error(AyVM *vm, AyType *type, const char *enc, AyValue obj, int64_t start, int64_t end,
                                 const char *reason) {
    AyValue args[5];
    ayGC_push_root(vm, obj);
    args[0] = ayV_from_obj(ayStr_new_c(vm, enc));
    args[1] = obj;
    args[2] = ayV_small(start);
    args[3] = ayV_small(end);
    args[4] = ayV_from_obj(ayStr_new_c(vm, reason));
    ayGC_pop_roots(vm, 1);
    if (!args[0] || !args[4]) return AY_NULL;
    return ayExc_new(vm, type, args, 5);
}

static AyValue raise_unicode_error(AyVM *vm, AyType *type, const char *enc, AyValue obj, int64_t start,
                                   int64_t end, const char *reason) {
    AyValue exc = new_unicode_error(vm, type, enc, obj, start, end, reason);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

// An error handler registered with codecs.register_error. Only the codecs
// module can register one, so without it the name is simply unknown.
static AyValue custom_handler(AyVM *vm, const char *name) {
    AyValue mod = vm->modules ? ayDict_get_cstr(vm, vm->modules, "codecs") : AY_NULL;
    AyValue f = mod ? ayObj_getattr_opt(vm, mod, ayStr_intern_c(vm, "lookup_error")) : AY_NULL;
    if (!f) {
        if (ayErr_occurred(vm)) return AY_NULL;
        return ayErr_format(vm, AY_EXC(vm, LookupError), "unknown error handler name '%s'", name);
    }
    AyStr *n = ayStr_new_c(vm, name);
    return n ? ayObj_call1(vm, f, ayV_from_obj(n)) : AY_NULL;
}

// Runs handler(exc): returns the replacement (str, or bytes when encoding)
// and the position to resume at, normalised against `len`.
static AyValue run_handler(AyVM *vm, const char *hname, AyValue exc, bool encoding, int64_t len, int64_t *pos) {
    ayGC_push_root(vm, exc);
    AyValue h = custom_handler(vm, hname);
    AyValue r = AY_NULL;
    if (h) {
        ayGC_push_root(vm, h);
        r = ayObj_call1(vm, h, exc);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    if (!r) return AY_NULL;
    AyTuple *t = ayV_is_tuple(vm, r) ? AY_AS(AyTuple, r) : NULL;
    bool ok = t && t->len == 2 &&
              (ayV_is_str(vm, t->items[0]) || (encoding && ayV_has_flag(vm, t->items[0], AY_TF_BYTES_SUB)));
    if (!ok)
        return ayErr_format(vm, AY_EXC(vm, TypeError), encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                                                : "decoding error handler must return (str, int) tuple");
    int64_t p;
    ayGC_push_root(vm, r);  // __index__ of the position may run Ay code
    int bad = ayObj_as_ssize(vm, t->items[1], &p);
    ayGC_pop_roots(vm, 1);
    if (bad < 0) return AY_NULL;
    if (p < 0) p += len;
    if (p < 0 || p > len)
        return ayErr_format(vm, AY_EXC(vm, IndexError), "position %lld from error handler out of bounds", (long long)p);
    *pos = p;
    return t->items[0];
}

// }====
// {==== encoding

// cp1252's 0x80..0x9F (0 = undefined); the rest is latin-1.
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
};

static int cp1252_encode(uint32_t c) {
    if (c < 0x80 || (c >= 0xA0 && c < 0x100)) return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == c && c) return 0x80 + i;
    return -1;
}

typedef struct Enc {
    AyVM *vm;
    Encoding e;
    bool big;          // utf-16/32 byte order
    AyBuf out;
} Enc;

static void put_unit(Enc *x, uint32_t v, int bytes) {
    char b[4];
    for (int i = 0; i < bytes; i++) b[i] = (char)(x->big ? v >> (8 * (bytes - 1 - i)) : v >> (8 * i));
    ayBuf_add(&x->out, b, (size_t)bytes);
}

// Encodes cp when the codec can; false when it cannot.
static bool encode_cp(Enc *x, uint32_t c) {
    bool sur = c >= 0xD800 && c <= 0xDFFF;
    switch (x->e) {
    case ENC_UTF8: case ENC_UTF8_SIG: {
        if (sur) return false;
        char b[4];
        ayBuf_add(&x->out, b, (size_t)ayUtf8_encode(c, b));
        return true;
    }
    case ENC_ASCII:
        if (c >= 0x80) return false;
        ayBuf_addc(&x->out, (char)c);
        return true;
    case ENC_LATIN1:
        if (c >= 0x100) return false;
        ayBuf_addc(&x->out, (char)c);
        return true;
    case ENC_CP1252: {
        int b = cp1252_encode(c);
        if (b < 0) return false;
        ayBuf_addc(&x->out, (char)b);
        return true;
    }
    case ENC_UTF16: case ENC_UTF16LE: case ENC_UTF16BE:
        if (sur) return false;
        if (c >= 0x10000) {
            put_unit(x, 0xD800 + ((c - 0x10000) >> 10), 2);
            put_unit(x, 0xDC00 + ((c - 0x10000) & 0x3FF), 2);
        } else {
            put_unit(x, c, 2);
        }
        return true;
    case ENC_UTF32: case ENC_UTF32LE: case ENC_UTF32BE:
        if (sur) return false;
        put_unit(x, c, 4);
        return true;
    default:
        return false;
    }
}

// Emits ASCII replacement text in the target encoding.
static void put_ascii(Enc *x, const char *s) {
    for (; *s; s++) encode_cp(x, (uint8_t)*s);
}

static void put_escape(Enc *x, uint32_t c) {
    char tmp[16];
    snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
    put_ascii(x, tmp);
}

static const char *encode_reason(Encoding e) {
    switch (e) {
    case ENC_ASCII: return "ordinal not in range(128)";
    case ENC_LATIN1: return "ordinal not in range(256)";
    case ENC_CP1252: return "character maps to <undefined>";
    default: return "surrogates not allowed";
    }
}

// Handles the unencodable characters [start, end) (code point indexes) of s.
// Handles the unencodable characters [start, end) (code point indexes) of
// s with a handler of codecs.register_error; the resume position or -1.
static int64_t encode_custom(Enc *x, const char *hname, AyStr *s, int64_t start, int64_t end) {
    AyVM *vm = x->vm;
    AyValue exc = new_unicode_error(vm, AY_EXC(vm, UnicodeEncodeError), codec_name(x->e), ayV_from_obj(s), start, end,
                                    encode_reason(x->e));
    if (!exc) return -1;
    ayGC_push_root(vm, exc);
    int64_t pos = -1;
    AyValue rep = run_handler(vm, hname, exc, true, s->len, &pos);
    if (rep && ayV_is_str(vm, rep)) {
        // the replacement text must itself be encodable
        const char *p = AY_CSTR(rep), *e = p + AY_STR(rep)->size;
        while (p < e)
            if (!encode_cp(x, ayUtf8_decode(&p))) {
                ayErr_set(vm, exc);
                pos = -1;
                break;
            }
    } else if (rep) {
        ayBuf_add(&x->out, AY_AS(AyBytes, rep)->data, (size_t)AY_AS(AyBytes, rep)->size);
    }
    ayGC_pop_roots(vm, 1);
    return rep ? pos : -1;
}

// Handles the unencodable characters [start, end) (code point indexes) of
// s, whose first is at p; returns the position to resume at, or -1.
static int64_t encode_error(Enc *x, Handler h, const char *hname, AyStr *s, const char *p, int64_t start, int64_t end) {
    AyVM *vm = x->vm;
    const char *q = p;
    switch (h) {
    case EH_STRICT:
        raise_unicode_error(vm, AY_EXC(vm, UnicodeEncodeError), codec_name(x->e), ayV_from_obj(s), start, end,
                            encode_reason(x->e));
        return -1;
    case EH_UNKNOWN:
        return encode_custom(x, hname, s, start, end);
    case EH_IGNORE:
        return end;
    default:
        break;
    }
    for (int64_t i = start; i < end; i++) {
        uint32_t c = ayUtf8_decode(&q);
        char tmp[128];
        switch (h) {
        case EH_REPLACE:
            encode_cp(x, '?');
            break;
        case EH_BACKSLASH:
            put_escape(x, c);
            break;
        case EH_XMLCHARREF:
            snprintf(tmp, sizeof tmp, "&#%u;", c);
            put_ascii(x, tmp);
            break;
        case EH_SURROGATEESCAPE:
            if (c < 0xDC80 || c > 0xDCFF || x->e == ENC_UTF16 || x->e == ENC_UTF16LE || x->e == ENC_UTF16BE ||
                x->e == ENC_UTF32 || x->e == ENC_UTF32LE || x->e == ENC_UTF32BE) {
                raise_unicode_error(vm, AY_EXC(vm, UnicodeEncodeError), codec_name(x->e), ayV_from_obj(s), start,
                                    end, encode_reason(x->e));
                return -1;
            }
            ayBuf_addc(&x->out, (char)(c - 0xDC00));
            break;
        default:  // EH_SURROGATEPASS
            if (c < 0xD800 || c > 0xDFFF || x->e == ENC_ASCII || x->e == ENC_LATIN1 || x->e == ENC_CP1252) {
                raise_unicode_error(vm, AY_EXC(vm, UnicodeEncodeError), codec_name(x->e), ayV_from_obj(s), start,
                                    end, encode_reason(x->e));
                return -1;
            }
            if (x->e == ENC_UTF8 || x->e == ENC_UTF8_SIG) {
                char b[4];
                ayBuf_add(&x->out, b, (size_t)ayUtf8_encode(c, b));
            } else {
                put_unit(x, c, x->e == ENC_UTF32 || x->e == ENC_UTF32LE || x->e == ENC_UTF32BE ? 4 : 2);
            }
            break;
        }
    }
    return end;
}

static AyValue escape_encode(AyVM *vm, AyStr *s, bool raw) {
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    char tmp[16];
    while (p < end) {
        uint32_t c = ayUtf8_decode(&p);
        if (raw) {
            if (c < 0x100) ayBuf_addc(&b, (char)c);
            else {
                snprintf(tmp, sizeof tmp, c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
                ayBuf_adds(&b, tmp);
            }
            continue;
        }
        if (c == '\\') ayBuf_add(&b, "\\\\", 2);
        else if (c == '\t') ayBuf_add(&b, "\\t", 2);
        else if (c == '\n') ayBuf_add(&b, "\\n", 2);
        else if (c == '\r') ayBuf_add(&b, "\\r", 2);
        else if (c >= 0x20 && c < 0x7F) ayBuf_addc(&b, (char)c);
        else {
            snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            ayBuf_adds(&b, tmp);
        }
    }
    AyValue r = b.failed ? AY_NULL : ayBytes_from(vm, b.data ? b.data : "", b.len);
    ayBuf_free(&b);
    return r;
}

static bool has_surrogates(AyStr *s) {
    if (s->ascii) return false;
    for (int64_t i = 0; i + 1 < s->size; i++)
        if ((uint8_t)s->data[i] == 0xED && ((uint8_t)s->data[i + 1] & 0xE0) == 0xA0) return true;
    return false;
}

// Whether code point c of the codec is unencodable (for collecting runs).
static bool unencodable(Encoding e, uint32_t c) {
    switch (e) {
    case ENC_ASCII: return c >= 0x80;
    case ENC_LATIN1: return c >= 0x100;
    case ENC_CP1252: return cp1252_encode(c) < 0;
    default: return c >= 0xD800 && c <= 0xDFFF;
    }
}

AyValue ayCodec_encode(AyVM *vm, AyStr *s, const char *encoding, const char *errors) {
    Encoding e;
    if (!check_encoding(vm, encoding, &e, true))
        return e == ENC_UNKNOWN ? run_registered(vm, encoding, errors, ayV_from_obj(s), true) : AY_NULL;
    if (e == ENC_UNICODE_ESCAPE || e == ENC_RAW_UNICODE_ESCAPE) return escape_encode(vm, s, e == ENC_RAW_UNICODE_ESCAPE);
    if ((e == ENC_UTF8 && !has_surrogates(s)) || (s->ascii && (e == ENC_ASCII || e == ENC_LATIN1 || e == ENC_CP1252)))
        return ayBytes_from(vm, s->data, (size_t)s->size);
    Enc x = {vm, e, e == ENC_UTF16BE || e == ENC_UTF32BE, {0}};
    ayBuf_init(&x.out, vm);
    if (e == ENC_UTF8_SIG) ayBuf_add(&x.out, "\xEF\xBB\xBF", 3);
    if (e == ENC_UTF16) put_unit(&x, 0xFEFF, 2);
    if (e == ENC_UTF32) put_unit(&x, 0xFEFF, 4);
    Handler h = lookup_handler(errors);
    // utf-16/32 report each bad character alone; the others whole runs
    bool runs = !(e >= ENC_UTF16 && e <= ENC_UTF32BE);
    const char *p = s->data, *end = p + s->size;
    int64_t idx = 0;
    while (p < end) {
        const char *start = p;
        uint32_t c = ayUtf8_decode(&p);
        if (encode_cp(&x, c)) {
            idx++;
            continue;
        }
        int64_t stop = idx + 1;
        const char *q = p;
        while (runs && q < end) {
            const char *r = q;
            if (!unencodable(e, ayUtf8_decode(&r))) break;
            q = r;
            stop++;
        }
        int64_t next = encode_error(&x, h, errors, s, start, idx, stop);
        if (next < 0) {
            ayBuf_free(&x.out);
            return AY_NULL;
        }
        p = next == stop ? q : s->data + ayStr_index_offset(vm, s, next);
        idx = next;
    }
    AyValue r = x.out.failed ? AY_NULL : ayBytes_from(vm, x.out.data ? x.out.data : "", x.out.len);
    ayBuf_free(&x.out);
    return r;
}

// }====
// {==== decoding

typedef struct Dec {
    AyVM *vm;
    Encoding e;
    const uint8_t *data;
    size_t n;
    Handler h;
    const char *hname;
    AyBuf out;
    AyValue keep;        // rooted copy of the input once a custom handler ran
} Dec;

static void out_cp(Dec *d, uint32_t c) {
    char b[4];
    ayBuf_add(&d->out, b, (size_t)ayUtf8_encode(c, b));
}

// Handles undecodable bytes [start, end); returns the position to resume
// at, or -1 with an exception set.
static int64_t decode_error(Dec *d, int64_t start, int64_t end, const char *reason) {
    AyVM *vm = d->vm;
    switch (d->h) {
    case EH_IGNORE:
        return end;
    case EH_REPLACE:
        out_cp(d, 0xFFFD);
        return end;
    case EH_BACKSLASH:
        for (int64_t i = start; i < end; i++) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", d->data[i]);
            ayBuf_adds(&d->out, tmp);
        }
        return end;
    case EH_SURROGATEESCAPE: {
        // escapes the leading non-ASCII bytes and resumes after them;
        // refuses (raising the original error) when the first one is ASCII
        int64_t i = start;
        while (i < end && d->data[i] >= 0x80) out_cp(d, 0xDC00 + d->data[i++]);
        if (i == start) break;
        return i;
    }
    case EH_SURROGATEPASS:
        if (d->e == ENC_UTF8 || d->e == ENC_UTF8_SIG) {
            const uint8_t *p = d->data + start;
            if ((size_t)start + 3 <= d->n && p[0] == 0xED && (p[1] & 0xE0) == 0xA0 && (p[2] & 0xC0) == 0x80) {
                out_cp(d, 0xD000 | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F));
                return start + 3;
            }
        } else if (d->e >= ENC_UTF16 && d->e <= ENC_UTF16BE && (size_t)start + 2 <= d->n) {
            bool big = d->e == ENC_UTF16BE;
            uint32_t u = big ? (uint32_t)(d->data[start] << 8 | d->data[start + 1])
                             : (uint32_t)(d->data[start + 1] << 8 | d->data[start]);
            if (u >= 0xD800 && u <= 0xDFFF) {
                out_cp(d, u);
                return start + 2;
            }
        } else if (d->e >= ENC_UTF32 && (size_t)start + 4 <= d->n) {
            const uint8_t *p = d->data + start;
            bool big = d->e == ENC_UTF32BE;
            uint32_t u = big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                             : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
            if (u >= 0xD800 && u <= 0xDFFF) {
                out_cp(d, u);
                return start + 4;
            }
        }
        break;
    case EH_XMLCHARREF:
        ayErr_format(vm, AY_EXC(vm, TypeError), "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case EH_UNKNOWN: {
        // the handler runs Ay code: decode from a rooted copy from now on
        if (!d->keep) {
            d->keep = ayBytes_from(vm, (const char *)d->data, d->n);
            if (!d->keep) return -1;
            ayGC_push_root(vm, d->keep);
            d->data = (const uint8_t *)AY_AS(AyBytes, d->keep)->data;
        }
        AyValue exc = new_unicode_error(vm, AY_EXC(vm, UnicodeDecodeError), codec_name(d->e), d->keep, start, end,
                                        reason);
        if (!exc) return -1;
        int64_t pos = -1;
        AyValue rep = run_handler(vm, d->hname, exc, false, (int64_t)d->n, &pos);
        if (!rep) return -1;
        ayBuf_add(&d->out, AY_CSTR(rep), (size_t)AY_STR(rep)->size);
        return pos;
    }
    default:
        break;
    }
    AyValue obj = ayBytes_from(vm, (const char *)d->data, d->n);
    if (obj) raise_unicode_error(vm, AY_EXC(vm, UnicodeDecodeError), codec_name(d->e), obj, start, end, reason);
    return -1;
}

// Length of the valid UTF-8 sequence at p, or 0 with the length of the
// maximal invalid prefix in *bad and the reason.
static int utf8_seq(const uint8_t *p, const uint8_t *end, int *bad, const char **reason) {
    uint8_t c = p[0];
    int len;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c < 0xE0) len = 2;
    else if (c >= 0xE0 && c < 0xF0) len = 3;
    else if (c >= 0xF0 && c < 0xF5) len = 4;
    else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int i = 1; i < len; i++) {
        if (p + i >= end) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t lo = 0x80, hi = 0xBF;
        if (i == 1) {  // rule out overlong forms, surrogates and > U+10FFFF
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (p[i] < lo || p[i] > hi) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

static bool decode_utf8(Dec *d, size_t from) {
    const uint8_t *p = d->data + from, *end = d->data + d->n;
    while (p < end) {
        const uint8_t *run = p;
        while (p < end && *p < 0x80) p++;
        int bad = 0, len = 0;
        const char *reason = NULL;
        while (p < end && (len = utf8_seq(p, end, &bad, &reason)) > 0) p += len;
        ayBuf_add(&d->out, (const char *)run, (size_t)(p - run));
        if (p >= end) break;
        int64_t start = p - d->data;
        int64_t next = decode_error(d, start, start + bad, reason);
        if (next < 0) return false;
        p = d->data + next;  // (a custom handler may have moved d->data)
        end = d->data + d->n;
    }
    return true;
}

static bool decode_8bit(Dec *d) {
    for (size_t i = 0; i < d->n;) {
        uint8_t b = d->data[i];
        uint32_t c = b;
        if (d->e == ENC_ASCII && b >= 0x80) c = 0xFFFFFFFF;
        if (d->e == ENC_CP1252 && b >= 0x80 && b < 0xA0) c = cp1252_high[b - 0x80] ? cp1252_high[b - 0x80] : 0xFFFFFFFF;
        if (c != 0xFFFFFFFF) {
            out_cp(d, c);
            i++;
            continue;
        }
        int64_t next = decode_error(d, (int64_t)i, (int64_t)i + 1,
                                    d->e == ENC_ASCII ? "ordinal not in range(128)" : "character maps to <undefined>");
        if (next < 0) return false;
        i = (size_t)next;
    }
    return true;
}

static bool decode_utf16(Dec *d, bool big, size_t i) {
    while (i < d->n) {
        if (i + 2 > d->n) {
            int64_t next = decode_error(d, (int64_t)i, (int64_t)d->n, "truncated data");
            if (next < 0) return false;
            i = (size_t)next;
            continue;
        }
        const uint8_t *p = d->data + i;
        uint32_t u = big ? (uint32_t)(p[0] << 8 | p[1]) : (uint32_t)(p[1] << 8 | p[0]);
        if (u < 0xD800 || u > 0xDFFF) {
            out_cp(d, u);
            i += 2;
            continue;
        }
        const char *reason = NULL;
        if (u >= 0xDC00) reason = "illegal encoding";
        else if (i + 4 > d->n) reason = "unexpected end of data";
        else {
            uint32_t v = big ? (uint32_t)(p[2] << 8 | p[3]) : (uint32_t)(p[3] << 8 | p[2]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                out_cp(d, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                i += 4;
                continue;
            }
            reason = "illegal UTF-16 surrogate";
        }
        int64_t end = (int64_t)i + 2;
        if (!strcmp(reason, "unexpected end of data")) end = (int64_t)d->n;
        int64_t next = decode_error(d, (int64_t)i, end, reason);
        if (next < 0) return false;
        i = (size_t)next;
    }
    return true;
}

static bool decode_utf32(Dec *d, bool big, size_t i) {
    while (i < d->n) {
        if (i + 4 > d->n) {
            int64_t next = decode_error(d, (int64_t)i, (int64_t)d->n, "truncated data");
            if (next < 0) return false;
            i = (size_t)next;
            continue;
        }
        const uint8_t *p = d->data + i;
        uint32_t u = big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                         : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
        if (u < 0x110000 && (u < 0xD800 || u > 0xDFFF)) {
            out_cp(d, u);
            i += 4;
            continue;
        }
        int64_t next = decode_error(d, (int64_t)i, (int64_t)i + 4,
                                    u >= 0x110000 ? "code point not in range(0x110000)"
                                                  : "code point in surrogate code point range(0xd800, 0xe000)");
        if (next < 0) return false;
        i = (size_t)next;
    }
    return true;
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

static bool decode_escape(Dec *d, bool raw) {
    size_t n = d->n, i = 0;
    // (d->data is re-read throughout: a custom error handler may move it)
    while (i < n) {
        uint8_t c = d->data[i];
        if (c != '\\') {
            out_cp(d, c);  // other bytes are latin-1
            i++;
            continue;
        }
        size_t start = i++;
        if (i >= n) {
            if (raw) {
                out_cp(d, '\\');
                break;
            }
            int64_t next = decode_error(d, (int64_t)start, (int64_t)n, "\\ at end of string");
            if (next < 0) return false;
            i = (size_t)next;
            continue;
        }
        c = d->data[i++];
        int count = 0;
        const char *msg = NULL;
        if (c == 'u') count = 4, msg = "truncated \\uXXXX escape";
        else if (c == 'U') count = 8, msg = "truncated \\UXXXXXXXX escape";
        else if (c == 'x' && !raw) count = 2, msg = "truncated \\xXX escape";
        if (raw && !count) {
            out_cp(d, '\\');
            out_cp(d, c);
            continue;
        }
        if (count) {
            uint32_t v = 0;
            int k = 0;
            for (; k < count && i < n && hexval(d->data[i]) >= 0; k++, i++) v = v * 16 + (uint32_t)hexval(d->data[i]);
            if (k < count) {
                int64_t next = decode_error(d, (int64_t)start, (int64_t)i, msg);
                if (next < 0) return false;
                i = (size_t)next;
                continue;
            }
            if (v > 0x10FFFF) {
                int64_t next = decode_error(d, (int64_t)start, (int64_t)i,
                                            raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
                if (next < 0) return false;
                i = (size_t)next;
                continue;
            }
            out_cp(d, v);
            continue;
        }
        switch (c) {
        case '\n': break;
        case '\\': out_cp(d, '\\'); break;
        case '\'': out_cp(d, '\''); break;
        case '"': out_cp(d, '"'); break;
        case 'a': out_cp(d, 7); break;
        case 'b': out_cp(d, 8); break;
        case 'f': out_cp(d, 12); break;
        case 'n': out_cp(d, 10); break;
        case 'r': out_cp(d, 13); break;
        case 't': out_cp(d, 9); break;
        case 'v': out_cp(d, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && d->data[i] >= '0' && d->data[i] <= '7'; k++) v = v * 8 + (uint32_t)(d->data[i++] - '0');
            out_cp(d, v);
            break;
        }
        case 'N': {
            const char *m = "malformed \\N character escape";
            if (i < n && d->data[i] == '{') {
                size_t j = i + 1;
                while (j < n && d->data[j] != '}') j++;
                if (j < n && j > i + 1) {
                    int cp = ayStr_lookup_name((const char *)d->data + i + 1, (int)(j - i - 1));
                    if (cp >= 0) {
                        out_cp(d, (uint32_t)cp);
                        i = j + 1;
                        break;
                    }
                    m = "unknown Unicode character name";
                    i = j + 1;
                }
            }
            int64_t next = decode_error(d, (int64_t)start, (int64_t)i, m);
            if (next < 0) return false;
            i = (size_t)next;
            break;
        }
        default:  // unknown escapes stay as written
            out_cp(d, '\\');
            out_cp(d, c);
            break;
        }
    }
    return true;
}

AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors) {
    Encoding e;
    if (!check_encoding(vm, encoding, &e, false)) {
        AyValue input = e == ENC_UNKNOWN ? ayBytes_from(vm, data, n) : AY_NULL;
        // the codec gets a memoryview of the bytes, as in CPython
        if (input) {
            ayGC_push_root(vm, input);
            input = ayObj_call(vm, ayV_from_obj(vm->t_memoryview), &input, 1, AY_NULL);
            ayGC_pop_roots(vm, 1);
        }
        return input ? run_registered(vm, encoding, errors, input, false) : AY_NULL;
    }
    const uint8_t *u = (const uint8_t *)data;
    // valid UTF-8 (or ASCII text for the 8-bit codecs) needs no transcoding
    if (e == ENC_UTF8 || e == ENC_ASCII || e == ENC_LATIN1 || e == ENC_CP1252) {
        size_t i = 0;
        int64_t cps = 0;
        while (i < n) {
            // ASCII runs a word at a time
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, u + i, 8);
                if (w & 0x8080808080808080ull) break;
                i += 8;
                cps += 8;
            }
            if (i < n && u[i] < 0x80) {
                i++;
                cps++;
                continue;
            }
            if (i >= n || e != ENC_UTF8) break;
            int bad, len;
            const char *reason;
            if ((len = utf8_seq(u + i, u + n, &bad, &reason)) == 0) break;
            i += (size_t)len;
            cps++;
        }
        if (i == n) {
            AyStr *s = ayStr_alloc(vm, n);
            if (!s) return AY_NULL;
            memcpy(s->data, data, n);
            s->len = cps;
            s->ascii = (size_t)cps == n;
            return ayV_from_obj(s);
        }
    }
    Dec d = {vm, e, u, n, lookup_handler(errors), errors, {0}, AY_NULL};
    ayBuf_init(&d.out, vm);
    bool ok;
    switch (e) {
    case ENC_UTF8:
        ok = decode_utf8(&d, 0);
        break;
    case ENC_UTF8_SIG:
        // the BOM is cut off first: error positions count from after it
        if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) return ayCodec_decode(vm, data + 3, n - 3, "utf-8", errors);
        ok = decode_utf8(&d, 0);
        break;
    case ENC_ASCII: case ENC_LATIN1: case ENC_CP1252:
        ok = decode_8bit(&d);
        break;
    case ENC_UTF16LE: case ENC_UTF16BE:
        d.e = e;
        ok = decode_utf16(&d, e == ENC_UTF16BE, 0);
        break;
    case ENC_UTF16: {
        // a BOM picks the byte order (and is dropped); little-endian without
        bool big = n >= 2 && u[0] == 0xFE && u[1] == 0xFF;
        size_t skip = n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || big) ? 2 : 0;
        d.e = big ? ENC_UTF16BE : ENC_UTF16LE;
        ok = decode_utf16(&d, big, skip);
        break;
    }
    case ENC_UTF32LE: case ENC_UTF32BE:
        ok = decode_utf32(&d, e == ENC_UTF32BE, 0);
        break;
    case ENC_UTF32: {
        bool big = n >= 4 && !memcmp(data, "\x00\x00\xFE\xFF", 4);
        size_t skip = n >= 4 && (big || !memcmp(data, "\xFF\xFE\x00\x00", 4)) ? 4 : 0;
        d.e = big ? ENC_UTF32BE : ENC_UTF32LE;
        ok = decode_utf32(&d, big, skip);
        break;
    }
    default:
        ok = decode_escape(&d, e == ENC_RAW_UNICODE_ESCAPE);
        break;
    }
    if (d.keep) ayGC_pop_roots(vm, 1);
    if (!ok) {
        ayBuf_free(&d.out);
        return AY_NULL;
    }
    return ayBuf_finish(&d.out);
}

// }====
