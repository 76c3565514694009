// str case mappings (upper, lower, title, ...) and character-class
// predicates (isalpha, isdigit, ...), following CPython's unicodeobject.c
// rules over the data in unicode.c.
#include <string.h>

#include "native.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

#define SELF AY_STR(args[0])

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);

// {==== case mappings

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } CaseOp;

// Appends up to 3 code points (the caller reserved room for 12 bytes).
static inline void add_cps(AyBuf *b, const uint32_t *cps, int n) {
    for (int i = 0; i < n; i++) {
        if (cps[i] < 0x80) b->data[b->len++] = (char)cps[i];
        else b->len += (size_t)ayUtf8_encode(cps[i], b->data + b->len);
    }
}

// Full lowercase of the character at byte offset `at`, with the Final_Sigma
// rule for U+03A3.
static int lower_at(AyStr *s, size_t at, uint32_t c, uint32_t out[3]) {
    if (c == 0x3A3) {
        out[0] = ayUni_final_sigma(s->data, (size_t)s->size, at) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return ayUni_to_lower(c, out);
}

static AyValue ascii_case(AyVM *vm, AyStr *s, CaseOp op) {
    AyStr *r = ayStr_alloc(vm, (size_t)s->size);
    if (!r) return AY_NULL;
    const uint8_t *d = (const uint8_t *)s->data;
    uint8_t *o = (uint8_t *)r->data;
    int64_t n = s->size;
    // one tight loop per mapping (they vectorise)
    switch (op) {
    case CASE_UPPER:
        for (int64_t i = 0; i < n; i++) o[i] = (uint8_t)((unsigned)(d[i] - 'a') < 26u ? d[i] ^ 32 : d[i]);
        break;
    case CASE_LOWER: case CASE_FOLD:
        for (int64_t i = 0; i < n; i++) o[i] = (uint8_t)((unsigned)(d[i] - 'A') < 26u ? d[i] ^ 32 : d[i]);
        break;
    case CASE_SWAP:
        for (int64_t i = 0; i < n; i++) o[i] = (uint8_t)((unsigned)((d[i] | 32) - 'a') < 26u ? d[i] ^ 32 : d[i]);
        break;
    default: {
        bool prev_cased = false;
        for (int64_t i = 0; i < n; i++) {
            uint8_t c = d[i];
            bool lower = (unsigned)(c - 'a') < 26u, upper = (unsigned)(c - 'A') < 26u;
            bool want_upper = op == CASE_TITLE ? !prev_cased : i == 0;
            if (want_upper ? lower : upper) c ^= 32;
            prev_cased = lower || upper;
            o[i] = c;
        }
    }
    }
    r->len = s->len;
    r->ascii = 1;
    return ayV_from_obj(r);
}

static AyValue case_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, CaseOp op) {
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL;
    AyStr *s = SELF;
    if (s->ascii) return ascii_case(vm, s, op);
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    bool prev_cased = false, first = true;
    uint32_t m[3];
    int n;
    int64_t count = 0;
    if (!ayBuf_reserve(&b, (size_t)s->size + 16)) return AY_NULL;
    while (p < end) {
        if (b.len + 12 >= b.cap && !ayBuf_reserve(&b, 12)) break;
        size_t at = (size_t)(p - s->data);
        uint32_t c = (uint8_t)*p;
        if (c < 0x80 && op != CASE_TITLE && op != CASE_CAPITALIZE) {
            // ASCII inside non-ASCII text: no tables needed
            bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
            if (op == CASE_UPPER ? lo : op == CASE_SWAP ? lo || up : up) c ^= 32;
            b.data[b.len++] = (char)c;
            p++;
            count++;
            first = false;
            continue;
        }
        c = ayUtf8_decode(&p);
        switch (op) {
        case CASE_UPPER: n = ayUni_to_upper(c, m); break;
        case CASE_LOWER: n = lower_at(s, at, c, m); break;
        case CASE_FOLD: n = ayUni_to_fold(c, m); break;
        case CASE_SWAP:
            if (ayUni_is_upper(c)) n = lower_at(s, at, c, m);
            else if (ayUni_is_lower(c)) n = ayUni_to_upper(c, m);
            else m[0] = c, n = 1;
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(s, at, c, m) : ayUni_to_title(c, m);
            prev_cased = ayUni_is_cased(c);
            break;
        default:  // CASE_CAPITALIZE
            n = first ? ayUni_to_title(c, m) : lower_at(s, at, c, m);
            break;
        }
        add_cps(&b, m, n);
        count += n;
        first = false;
    }
    return ayStr_from_buf(&b, count);
}

static AyValue m_upper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "upper", CASE_UPPER); }
static AyValue m_lower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "lower", CASE_LOWER); }
static AyValue m_swapcase(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "swapcase", CASE_SWAP); }
static AyValue m_title(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "title", CASE_TITLE); }
static AyValue m_capitalize(AyVM *vm, AyValue *a, int n, AyValue k) {
    return case_impl(vm, a, n, k, "capitalize", CASE_CAPITALIZE);
}
static AyValue m_casefold(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "casefold", CASE_FOLD); }

// }====
// {==== predicates

typedef bool (*CpPred)(uint32_t c);

static AyValue pred_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, CpPred pred, bool empty) {
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL;
    AyStr *s = SELF;
    if (s->size == 0) return ayV_bool(empty);
    const char *p = s->data, *end = p + s->size;
    while (p < end)
        if (!pred(ayUtf8_decode(&p))) return AY_FALSE;
    return AY_TRUE;
}

static AyValue m_isalpha(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, k, "isalpha", ayUni_is_alpha, false); }
static AyValue m_isdigit(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, k, "isdigit", ayUni_is_digit, false); }
static AyValue m_isdecimal(AyVM *vm, AyValue *a, int n, AyValue k) {
    return pred_impl(vm, a, n, k, "isdecimal", ayUni_is_decimal, false);
}
static AyValue m_isnumeric(AyVM *vm, AyValue *a, int n, AyValue k) {
    return pred_impl(vm, a, n, k, "isnumeric", ayUni_is_numeric, false);
}
static AyValue m_isalnum(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, k, "isalnum", ayUni_is_alnum, false); }
static AyValue m_isspace(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, k, "isspace", ayUni_is_space, false); }
static AyValue m_isprintable(AyVM *vm, AyValue *a, int n, AyValue k) {
    return pred_impl(vm, a, n, k, "isprintable", ayUni_is_printable, true);
}

static AyValue m_isascii(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "isascii")) return AY_NULL;
    return ayV_bool(SELF->ascii);
}

// isupper: no lowercase or titlecase character and at least one uppercase
// (islower symmetrically).
static AyValue case_pred(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool want_upper) {
    if (!ayMeth_noargs(vm, args, nargs, kw, want_upper ? "isupper" : "islower")) return AY_NULL;
    AyStr *s = SELF;
    const char *p = s->data, *end = p + s->size;
    bool cased = false;
    while (p < end) {
        uint32_t c = ayUtf8_decode(&p);
        bool up = ayUni_is_upper(c), low = ayUni_is_lower(c);
        if ((want_upper ? low : up) || ayUni_is_title(c)) return AY_FALSE;
        if (want_upper ? up : low) cased = true;
    }
    return ayV_bool(cased);
}

static AyValue m_isupper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, k, true); }
static AyValue m_islower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, k, false); }

static AyValue m_istitle(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "istitle")) return AY_NULL;
    AyStr *s = SELF;
    const char *p = s->data, *end = p + s->size;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = ayUtf8_decode(&p);
        if (ayUni_is_upper(c) || ayUni_is_title(c)) {
            if (prev_cased) return AY_FALSE;
            prev_cased = cased = true;
        } else if (ayUni_is_lower(c)) {
            if (!prev_cased) return AY_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return ayV_bool(cased);
}

bool ayStr_is_identifier(AyStr *s) {
    if (s->size == 0) return false;
    const char *p = s->data, *end = p + s->size;
    if (!ayUni_is_id_start(ayUtf8_decode(&p))) return false;
    while (p < end)
        if (!ayUni_is_id_continue(ayUtf8_decode(&p))) return false;
    return true;
}

static AyValue m_isidentifier(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "isidentifier")) return AY_NULL;
    return ayV_bool(ayStr_is_identifier(SELF));
}

bool ayStr_is_printable_cp(uint32_t cp) { return ayUni_is_printable(cp); }

// }====

static const AyMethodDef case_methods[] = {
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"swapcase", m_swapcase, 0, NULL},
    {"title", m_title, 0, NULL},
    {"capitalize", m_capitalize, 0, NULL},
    {"casefold", m_casefold, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isdecimal", m_isdecimal, 0, NULL},
    {"isnumeric", m_isnumeric, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isprintable", m_isprintable, 0, NULL},
    {"isascii", m_isascii, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"istitle", m_istitle, 0, NULL},
    {"isidentifier", m_isidentifier, 0, NULL},
    {NULL},
};

void ayStr_case_setup(AyVM *vm) { ayType_add_methods(vm, vm->t_str, case_methods); }
