// Unicode character properties for str methods. utf8proc provides the
// categories, simple case mappings and full case folding (all identical to
// CPython 3.12's Unicode 15.0 data); unicode_tables.h adds what it lacks.
#include <utf8proc.h>

#include "str.h"
#include "unicode.h"
#include "unicode_tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c) {
    if (n == 0 || c < r[0][0] || c > r[n - 1][1]) return false;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

static const SpecialCase *find_special(const SpecialCase *t, size_t n, uint32_t c) {
    bool maybe = false;
    for (size_t i = 0; i < COUNT(special_blocks) && !maybe; i++) maybe = special_blocks[i] == c >> 8;
    if (!maybe) return NULL;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid].cp) hi = mid;
        else if (c > t[mid].cp) lo = mid + 1;
        else return &t[mid];
    }
    return NULL;
}

static int copy_special(const SpecialCase *s, uint32_t out[3]) {
    for (int i = 0; i < s->n; i++) out[i] = s->map[i];
    return s->n;
}

static utf8proc_category_t cat(uint32_t c) { return utf8proc_category((utf8proc_int32_t)c); }

int ayUni_to_upper(uint32_t c, uint32_t out[3]) {
    if (c < 128) {
        out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        return 1;
    }
    const SpecialCase *s = find_special(special_upper, COUNT(special_upper), c);
    if (s) return copy_special(s, out);
    out[0] = (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
    return 1;
}

int ayUni_to_lower(uint32_t c, uint32_t out[3]) {
    if (c < 128) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    const SpecialCase *s = find_special(special_lower, COUNT(special_lower), c);
    if (s) return copy_special(s, out);
    out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
    return 1;
}

int ayUni_to_title(uint32_t c, uint32_t out[3]) {
    if (c < 128) return ayUni_to_upper(c, out);
    const SpecialCase *s = find_special(special_title, COUNT(special_title), c);
    if (s) return copy_special(s, out);
    out[0] = (uint32_t)utf8proc_totitle((utf8proc_int32_t)c);
    return 1;
}

int ayUni_to_fold(uint32_t c, uint32_t out[3]) {
    if (c < 128) return ayUni_to_lower(c, out);
    utf8proc_int32_t buf[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 4, UTF8PROC_CASEFOLD, &last);
    if (n < 1 || n > 3) {
        out[0] = c;
        return 1;
    }
    for (utf8proc_ssize_t i = 0; i < n; i++) out[i] = (uint32_t)buf[i];
    return (int)n;
}

bool ayUni_is_lower(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    return (cat(c) == UTF8PROC_CATEGORY_LL) != in_ranges(lower_xor_Ll, COUNT(lower_xor_Ll), c);
}

bool ayUni_is_upper(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    return (cat(c) == UTF8PROC_CATEGORY_LU) != in_ranges(upper_xor_Lu, COUNT(upper_xor_Lu), c);
}

bool ayUni_is_title(uint32_t c) { return c >= 128 && cat(c) == UTF8PROC_CATEGORY_LT; }

bool ayUni_is_cased(uint32_t c) { return ayUni_is_lower(c) || ayUni_is_upper(c) || ayUni_is_title(c); }

bool ayUni_is_case_ignorable(uint32_t c) {
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        return in_ranges(case_ignorable_extra, COUNT(case_ignorable_extra), c);
    }
}

bool ayUni_is_alpha(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return true;
    default:
        return false;
    }
}

bool ayUni_is_decimal(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return cat(c) == UTF8PROC_CATEGORY_ND;
}

bool ayUni_is_digit(uint32_t c) {
    return ayUni_is_decimal(c) || in_ranges(digit_not_decimal, COUNT(digit_not_decimal), c);
}

bool ayUni_is_numeric(uint32_t c) {
    if (ayUni_is_digit(c)) return true;
    if (c < 128) return false;
    utf8proc_category_t k = cat(c);
    return k == UTF8PROC_CATEGORY_NL || k == UTF8PROC_CATEGORY_NO ||
           in_ranges(numeric_other, COUNT(numeric_other), c);
}

bool ayUni_is_alnum(uint32_t c) { return ayUni_is_alpha(c) || ayUni_is_numeric(c); }

bool ayUni_is_space(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return c == 0x85 || c == 0x2028 || c == 0x2029 || cat(c) == UTF8PROC_CATEGORY_ZS;
}

bool ayUni_is_printable(uint32_t c) {
    if (c < 128) return c >= 0x20 && c < 0x7F;
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

bool ayUni_is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

bool ayUni_is_id_start(uint32_t c) {
    if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z');
    bool st;
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        st = true;
        break;
    default:
        st = false;
    }
    return st != in_ranges(id_start_xor, COUNT(id_start_xor), c);
}

bool ayUni_is_id_continue(uint32_t c) {
    if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
    bool co;
    switch (cat(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        co = true;
        break;
    default:
        co = false;
    }
    return co != in_ranges(id_continue_xor, COUNT(id_continue_xor), c);
}

// Final_Sigma (Unicode 3.13): C is preceded by a cased letter, skipping
// case-ignorables, and not followed by one.
bool ayUni_final_sigma(const char *s, size_t n, size_t at) {
    const char *p = s + at;
    uint32_t c = 0;
    bool found = false;
    while (p > s) {
        const char *q = p - 1;
        while (q > s && ((uint8_t)*q & 0xC0) == 0x80) q--;
        const char *r = q;
        c = ayUtf8_decode(&r);
        p = q;
        if (!ayUni_is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !ayUni_is_cased(c)) return false;
    p = s + at;
    ayUtf8_decode(&p);  // the sigma itself
    while (p < s + n) {
        c = ayUtf8_decode(&p);
        if (!ayUni_is_case_ignorable(c)) return !ayUni_is_cased(c);
    }
    return true;
}
