// unicodedata: character properties from the Unicode Character Database
// (15.0.0, as CPython 3.12). The per-character tables are generated at build
// time (tools/gen_unicodedata.py -> unicodedata_db.c); normalization is
// utf8proc's, which implements the same Unicode version.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "stdmod.h"
#include "unicodedata_db.h"

// {==== Lookups in the generated tables

static const AyUDRecord *record_of(int32_t cp) {
    int block = ayUD_block_of[cp >> AY_UD_SHIFT];
    return &ayUD_records[ayUD_record_of[(block << AY_UD_SHIFT) + (cp & ((1 << AY_UD_SHIFT) - 1))]];
}

// Index of `cp` in a sorted array of code points (stride bytes apart), or -1.
static int find_cp(const void *base, int count, size_t stride, uint32_t cp) {
    int lo = 0, hi = count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t at = *(const uint32_t *)((const char *)base + (size_t)mid * stride);
        if (at == cp) return mid;
        if (at < cp) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

static const AyUDNumber *number_of(int32_t cp) {
    int i = find_cp(ayUD_numbers, ayUD_number_count, sizeof ayUD_numbers[0], (uint32_t)cp);
    return i < 0 ? NULL : &ayUD_numbers[i];
}

// Hangul syllables are named from their jamo (Unicode 3.12).
static const char *const jamo_lead[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
                                        "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_vowel[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
                                         "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_tail[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
                                        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
                                        "K", "T", "P", "H"};
enum { HANGUL_BASE = 0xAC00, HANGUL_COUNT = 11172, VOWELS_TAILS = 21 * 28 };

// Ranges whose names are a prefix and the hex code point (CPython 3.12
// leaves the Tangut ideographs unnamed, and so does Ay).
static const struct {
    uint32_t first, last;
    const char *prefix;
} numbered[] = {
    {0x3400, 0x4DBF, "CJK UNIFIED IDEOGRAPH-"},   {0x4E00, 0x9FFF, "CJK UNIFIED IDEOGRAPH-"},
    {0x20000, 0x2A6DF, "CJK UNIFIED IDEOGRAPH-"}, {0x2A700, 0x2B739, "CJK UNIFIED IDEOGRAPH-"},
    {0x2B740, 0x2B81D, "CJK UNIFIED IDEOGRAPH-"}, {0x2B820, 0x2CEA1, "CJK UNIFIED IDEOGRAPH-"},
    {0x2CEB0, 0x2EBE0, "CJK UNIFIED IDEOGRAPH-"}, {0x30000, 0x3134A, "CJK UNIFIED IDEOGRAPH-"},
    {0x31350, 0x323AF, "CJK UNIFIED IDEOGRAPH-"},
};
#define NUMBERED_COUNT ((int)(sizeof numbered / sizeof numbered[0]))

// Writes the name of cp into buf (at least 128 bytes); false if it has none.
static bool name_of(int32_t cp, char *buf) {
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        int s = cp - HANGUL_BASE;
        snprintf(buf, 128, "HANGUL SYLLABLE %s%s%s", jamo_lead[s / VOWELS_TAILS],
                 jamo_vowel[s % VOWELS_TAILS / 28], jamo_tail[s % 28]);
        return true;
    }
    for (int i = 0; i < NUMBERED_COUNT; i++)
        if ((uint32_t)cp >= numbered[i].first && (uint32_t)cp <= numbered[i].last) {
            snprintf(buf, 128, "%s%X", numbered[i].prefix, (unsigned)cp);
            return true;
        }
    int i = find_cp(ayUD_name_cps, ayUD_name_count, sizeof(uint32_t), (uint32_t)cp);
    if (i < 0) return false;
    size_t n = 0;
    for (const uint16_t *w = ayUD_name_words + ayUD_name_starts[i];; w++) {
        const char *word = ayUD_words + ayUD_word_offsets[*w & 0x7fff];
        size_t len = strlen(word);
        if (n + len + 2 > 128) break;
        if (n) buf[n++] = ' ';
        memcpy(buf + n, word, len);
        n += len;
        if (*w & 0x8000) break;
    }
    buf[n] = 0;
    return true;
}

static int word_id(const char *word, size_t len) {
    int lo = 0, hi = ayUD_word_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const char *w = ayUD_words + ayUD_word_offsets[mid];
        int c = strncmp(w, word, len);
        if (c == 0) c = w[len] ? 1 : 0;
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

// The code point named `name` (upper case, explicit names only), or -1.
static int32_t cp_named(const char *name) {
    uint16_t ids[64];
    int n = 0;
    for (const char *p = name; *p;) {
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        int id = len ? word_id(p, len) : -1;
        if (id < 0 || n == 64) return -1;
        ids[n++] = (uint16_t)id;
        p += len;
        if (*p) p++;
    }
    if (!n) return -1;
    ids[n - 1] |= 0x8000;
    for (int i = 0; i < ayUD_name_count; i++) {
        const uint16_t *w = ayUD_name_words + ayUD_name_starts[i];
        int k = 0;
        while (k < n && w[k] == ids[k] && !(w[k] & 0x8000)) k++;
        if (k == n - 1 && w[k] == ids[k]) return (int32_t)ayUD_name_cps[i];
    }
    return -1;
}

// The algorithmic names back to code points.
static int32_t cp_numbered(const char *name) {
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (!strncmp(name, hangul, sizeof hangul - 1)) {
        char buf[128];
        for (int32_t cp = HANGUL_BASE; cp < HANGUL_BASE + HANGUL_COUNT; cp++)
            if (name_of(cp, buf) && !strcmp(buf, name)) return cp;
        return -1;
    }
    for (int i = 0; i < NUMBERED_COUNT; i++) {
        size_t plen = strlen(numbered[i].prefix);
        if (strncmp(name, numbered[i].prefix, plen) != 0) continue;
        const char *hex = name + plen;
        size_t hlen = strlen(hex);
        if ((hlen != 4 && hlen != 5) || strspn(hex, "0123456789ABCDEF") != hlen) continue;
        unsigned long cp = strtoul(hex, NULL, 16);
        if (cp >= numbered[i].first && cp <= numbered[i].last) return (int32_t)cp;
    }
    return -1;
}

// }====
// {==== Arguments

// The one character of a str argument ("must be a unicode character"); the
// functions with a default number their arguments in the message.
static bool char_arg(AyVM *vm, const char *fn, AyValue v, int32_t *cp) {
    const char *which = strcmp(fn, "name") && strcmp(fn, "numeric") && strcmp(fn, "decimal") && strcmp(fn, "digit")
                            ? "argument" : "argument 1";
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() %s must be a unicode character, not %s", fn, which,
                     v == AY_NONE ? "None" : ayType_name(ayV_type(vm, v)));
        return false;
    }
    const unsigned char *s = (const unsigned char *)AY_CSTR(v);
    int64_t size = AY_STR(v)->size;
    utf8proc_int32_t c = -1;
    utf8proc_ssize_t n = size ? utf8proc_iterate(s, size, &c) : 0;
    if (n > 0 && n == size) {
        *cp = c;
        return true;
    }
    // a lone surrogate (WTF-8): three bytes utf8proc refuses
    if (size == 3 && s[0] == 0xED && s[1] >= 0xA0) {
        *cp = ((s[0] & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        return true;
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s() %s must be a unicode character, not str", fn, which);
    return false;
}

static AyValue str_value(AyVM *vm, const char *s) {
    AyStr *r = ayStr_new(vm, s, strlen(s));
    return r ? ayV_from_obj(r) : AY_NULL;
}

// }====
// {==== Functions

static AyValue ud_name(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "name", args, nargs, kw, "chr | default", a)) return AY_NULL;
    int32_t cp;
    if (!char_arg(vm, "name", a[0], &cp)) return AY_NULL;
    char buf[128];
    if (name_of(cp, buf)) return str_value(vm, buf);
    if (a[1]) return a[1];
    return ayErr_format(vm, AY_EXC(vm, ValueError), "no such name");
}

static AyValue ud_lookup(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "lookup", args, nargs, kw, "name", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%s'",
                            ayType_name(ayV_type(vm, a[0])));
    const char *given = AY_CSTR(a[0]);
    size_t len = (size_t)AY_STR(a[0])->size;
    char name[256];
    if (len < sizeof name && strlen(given) == len) {
        // the algorithmic names must be given in capitals (as CPython wants)
        int32_t cp = cp_numbered(given);
        for (size_t i = 0; i <= len; i++)
            name[i] = (given[i] >= 'a' && given[i] <= 'z') ? (char)(given[i] - 32) : given[i];
        if (cp < 0) cp = cp_named(name);
        for (int i = 0; cp < 0 && i < ayUD_alias_count; i++)
            if (!strcmp(ayUD_aliases[i].name, name)) cp = (int32_t)ayUD_aliases[i].cp;
        if (cp >= 0) {
            char utf8[4];
            utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)utf8);
            AyStr *r = ayStr_new(vm, utf8, (size_t)n);
            return r ? ayV_from_obj(r) : AY_NULL;
        }
        for (int i = 0; i < ayUD_sequence_count; i++) {
            if (strcmp(ayUD_sequences[i].name, name) != 0) continue;
            char utf8[16];
            size_t n = 0;
            for (int k = 0; k < ayUD_sequences[i].len; k++)
                n += (size_t)utf8proc_encode_char((utf8proc_int32_t)ayUD_sequences[i].cps[k],
                                                  (utf8proc_uint8_t *)utf8 + n);
            AyStr *r = ayStr_new(vm, utf8, n);
            return r ? ayV_from_obj(r) : AY_NULL;
        }
    }
    if (len > 256) return ayErr_format(vm, AY_EXC(vm, KeyError), "name too long");
    return ayErr_format(vm, AY_EXC(vm, KeyError), "undefined character name '%s'", given);
}

// The record of a one-character argument, or NULL with the exception set.
static const AyUDRecord *record_arg(AyVM *vm, const char *fn, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    int32_t cp;
    if (!ayArg_unpack(vm, fn, args, nargs, kw, "chr", a) || !char_arg(vm, fn, a[0], &cp)) return NULL;
    return record_of(cp);
}

static AyValue ud_category(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const AyUDRecord *r = record_arg(vm, "category", args, nargs, kw);
    return r ? str_value(vm, ayUD_categories[r->category]) : AY_NULL;
}

static AyValue ud_bidirectional(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const AyUDRecord *r = record_arg(vm, "bidirectional", args, nargs, kw);
    return r ? str_value(vm, ayUD_bidis[r->bidi]) : AY_NULL;
}

static AyValue ud_combining(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const AyUDRecord *r = record_arg(vm, "combining", args, nargs, kw);
    return r ? ayV_small(r->combining) : AY_NULL;
}

static AyValue ud_mirrored(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const AyUDRecord *r = record_arg(vm, "mirrored", args, nargs, kw);
    return r ? ayV_small(r->mirrored) : AY_NULL;
}

static AyValue ud_east_asian_width(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const AyUDRecord *r = record_arg(vm, "east_asian_width", args, nargs, kw);
    return r ? str_value(vm, ayUD_widths[r->width]) : AY_NULL;
}

static AyValue ud_decomposition(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    int32_t cp;
    if (!ayArg_unpack(vm, "decomposition", args, nargs, kw, "chr", a) || !char_arg(vm, "decomposition", a[0], &cp))
        return AY_NULL;
    int i = find_cp(ayUD_decomp_cps, ayUD_decomp_count, sizeof(uint32_t), (uint32_t)cp);
    return str_value(vm, i < 0 ? "" : ayUD_decomps[i]);
}

// numeric(), decimal() and digit(): `which` picks the value.
enum NumberKind { NUM_DECIMAL, NUM_DIGIT, NUM_NUMERIC };

static AyValue number_value(AyVM *vm, const char *fn, AyValue *args, int nargs, AyValue kw, enum NumberKind which) {
    AyValue a[2];
    int32_t cp;
    if (!ayArg_unpack(vm, fn, args, nargs, kw, "chr | default", a) || !char_arg(vm, fn, a[0], &cp)) return AY_NULL;
    const AyUDNumber *n = number_of(cp);
    if (n && which == NUM_DECIMAL && n->decimal >= 0) return ayV_small(n->decimal);
    if (n && which == NUM_DIGIT && n->digit >= 0) return ayV_small(n->digit);
    if (n && which == NUM_NUMERIC) return ayV_float_checked(n->numeric);
    if (a[1]) return a[1];
    static const char *const what[] = {"not a decimal", "not a digit", "not a numeric character"};
    return ayErr_format(vm, AY_EXC(vm, ValueError), "%s", what[which]);
}

static AyValue ud_decimal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return number_value(vm, "decimal", args, nargs, kw, NUM_DECIMAL);
}
static AyValue ud_digit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return number_value(vm, "digit", args, nargs, kw, NUM_DIGIT);
}
static AyValue ud_numeric(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return number_value(vm, "numeric", args, nargs, kw, NUM_NUMERIC);
}

// normalize(form, s) and is_normalized(form, s) share the work.
static AyValue normalized(AyVM *vm, const char *fn, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, fn, args, nargs, kw, "form unistr", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument 1 must be str, not %s", fn,
                            ayType_name(ayV_type(vm, a[0])));
    if (!ayV_is_str(vm, a[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument 2 must be str, not %s", fn,
                            ayType_name(ayV_type(vm, a[1])));
    const char *form = AY_CSTR(a[0]);
    int options = UTF8PROC_STABLE;
    if (!strcmp(form, "NFC")) options |= UTF8PROC_COMPOSE;
    else if (!strcmp(form, "NFD")) options |= UTF8PROC_DECOMPOSE;
    else if (!strcmp(form, "NFKC")) options |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    else if (!strcmp(form, "NFKD")) options |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    else return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid normalization form");
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)AY_CSTR(a[1]), AY_STR(a[1])->size, &out,
                                      (utf8proc_option_t)options);
    if (n < 0) return a[1];  // lone surrogates: utf8proc refuses them; they do not normalize
    AyStr *r = ayStr_new(vm, (const char *)out, (size_t)n);
    free(out);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue ud_normalize(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return normalized(vm, "normalize", args, nargs, kw);
}

static AyValue ud_is_normalized(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue r = normalized(vm, "is_normalized", args, nargs, kw);
    if (!r) return AY_NULL;
    AyStr *given = AY_STR(args[1]), *result = AY_STR(r);
    return ayV_bool(given->size == result->size && !memcmp(AY_CSTR(args[1]), AY_CSTR(r), (size_t)given->size));
}

// }====

static const AyMethodDef ud_funcs[] = {
    {"name", ud_name, 0, "name(chr, default=<unset>): the character's name"},
    {"lookup", ud_lookup, 0, "lookup(name): the character (or named sequence) called name"},
    {"category", ud_category, 0, "category(chr): the general category, e.g. 'Lu'"},
    {"bidirectional", ud_bidirectional, 0, "bidirectional(chr): the bidirectional class, or ''"},
    {"combining", ud_combining, 0, "combining(chr): the canonical combining class"},
    {"mirrored", ud_mirrored, 0, "mirrored(chr): 1 for characters mirrored in bidirectional text"},
    {"east_asian_width", ud_east_asian_width, 0, "east_asian_width(chr): W, F, Na, H, A or N"},
    {"decomposition", ud_decomposition, 0, "decomposition(chr): the decomposition mapping, or ''"},
    {"decimal", ud_decimal, 0, "decimal(chr, default=<unset>): the decimal value"},
    {"digit", ud_digit, 0, "digit(chr, default=<unset>): the digit value"},
    {"numeric", ud_numeric, 0, "numeric(chr, default=<unset>): the numeric value as a float"},
    {"normalize", ud_normalize, 0, "normalize(form, unistr): the string in form NFC, NFD, NFKC or NFKD"},
    {"is_normalized", ud_is_normalized, 0, "is_normalized(form, unistr): whether normalize would change nothing"},
    {NULL},
};

AyValue ayMod_unicodedata(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "unicodedata", ud_funcs);
    if (!m) return AY_NULL;
    AyValue version = str_value(vm, "15.0.0");
    if (!version || ayModule_add(vm, m, "unidata_version", version) < 0) return AY_NULL;
    return ayV_from_obj(m);
}
