// str objects: creation, interning, hashing, comparison, repr, indexing and
// the type's slots. String methods live in str_methods.c.
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "containers.h"
#include "native.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

void ayBuf_vprintf(AyBuf *b, const char *fmt, va_list ap);

// {==== UTF-8

uint32_t ayUtf8_decode(const char **pp) {
    const uint8_t *p = (const uint8_t *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

int ayUtf8_encode(uint32_t cp, char *out) {
    uint8_t *o = (uint8_t *)out;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | (cp >> 6));
        o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12));
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

// Lone surrogates (U+D800..DFFF) are allowed, as Python strs may hold them
// (they come from "\ud800" literals and surrogateescape).
int64_t ayUtf8_check(const char *s, size_t n) {
    const uint8_t *p = (const uint8_t *)s, *end = p + n;
    while (p < end) {
        uint8_t c = *p;
        if (c < 0x80) { p++; continue; }
        int len;
        uint32_t min;
        if (c >= 0xC2 && c < 0xE0) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c < 0xF0) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c < 0xF5) { len = 4; min = 0x10000; }
        else return (int64_t)(p - (const uint8_t *)s);
        if (end - p < len) return (int64_t)(p - (const uint8_t *)s);
        uint32_t cp = c & (0xFF >> (len + 1));
        for (int i = 1; i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) return (int64_t)(p - (const uint8_t *)s);
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF) return (int64_t)(p - (const uint8_t *)s);
        p += len;
    }
    return -1;
}

int64_t ayUtf8_count(const char *s, size_t n) {
    int64_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((uint8_t)s[i] & 0xC0) != 0x80;
    return count;
}

// }====
// {==== creation and interning

uint64_t ayHash_bytes(const void *data, size_t n) {
    const uint8_t *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        h ^= k * 0xBF58476D1CE4E5B9ull;
        h = ((h << 31) | (h >> 33)) * 0x94D049BB133111EBull;
        p += 8;
        n -= 8;
    }
    uint64_t k = 0;
    memcpy(&k, p, n);
    h ^= k * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 29;
    return h;
}

static size_t str_gc_size(AyObj *o) { return sizeof(AyStr) + (size_t)((AyStr *)o)->size + 1; }

AyStr *ayStr_alloc(AyVM *vm, size_t nbytes) {
    AyStr *s = (AyStr *)ayGC_new(vm, vm->t_str, sizeof(AyStr) + nbytes + 1);
    if (!s) return NULL;
    s->size = (int64_t)nbytes;
    s->hash = -1;
    s->data[nbytes] = 0;
    return s;
}

AyStr *ayStr_finish(AyStr *s) {
    s->len = ayUtf8_count(s->data, (size_t)s->size);
    s->ascii = s->len == s->size;
    return s;
}

AyStr *ayStr_new(AyVM *vm, const char *src, size_t n) {
    if (n == 0 && vm->empty_str) return vm->empty_str;
    AyStr *s = ayStr_alloc(vm, n);
    if (!s) return NULL;
    memcpy(s->data, src, n);
    return ayStr_finish(s);
}

AyStr *ayStr_new_c(AyVM *vm, const char *s) { return ayStr_new(vm, s, strlen(s)); }

AyValue ayStr_from_buf(AyBuf *b, int64_t len) {
    AyVM *vm = b->vm;
    if (b->failed) {
        ayBuf_free(b);
        return AY_NULL;
    }
    if (b->len == 0) {
        ayBuf_free(b);
        return ayV_from_obj(vm->empty_str);
    }
    AyStr *s = ayStr_alloc(vm, b->len);
    if (s) {
        memcpy(s->data, b->data, b->len);
        s->len = len;
        s->ascii = (size_t)len == b->len;
    }
    ayBuf_free(b);
    return s ? ayV_from_obj(s) : AY_NULL;
}

AyStr *ayStr_sub(AyVM *vm, AyStr *parent, const char *p, size_t n) {
    if (!parent->ascii || n <= 1) return ayStr_new(vm, p, n);
    // a piece of an ASCII str is ASCII: no need to count code points
    AyStr *s = ayStr_alloc(vm, n);
    if (!s) return NULL;
    memcpy(s->data, p, n);
    s->len = (int64_t)n;
    s->ascii = 1;
    return s;
}

int64_t ayStr_hash(AyStr *s) {
    if (s->hash != -1) return s->hash;
    int64_t h = (int64_t)ayHash_bytes(s->data, (size_t)s->size);
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool ayStr_eq(AyStr *a, AyStr *b) {
    if (a == b) return true;
    if (a->size != b->size) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, (size_t)a->size) == 0;
}

// UTF-8 byte order equals code point order, so memcmp compares correctly.
int ayStr_cmp(AyStr *a, AyStr *b) {
    size_t n = (size_t)(a->size < b->size ? a->size : b->size);
    int c = memcmp(a->data, b->data, n);
    if (c) return c;
    return a->size < b->size ? -1 : a->size > b->size;
}

static bool intern_grow(AyVM *vm) {
    size_t cap = vm->capinterned ? vm->capinterned * 2 : 1024;
    AyStr **t = vm->alloc(vm->alloc_ud, NULL, 0, cap * sizeof(AyStr *));
    if (!t) return false;
    memset(t, 0, cap * sizeof(AyStr *));
    for (size_t i = 0; i < vm->capinterned; i++) {
        AyStr *s = vm->interned[i];
        if (!s) continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    if (vm->interned) vm->alloc(vm->alloc_ud, vm->interned, vm->capinterned * sizeof(AyStr *), 0);
    vm->interned = t;
    vm->capinterned = cap;
    return true;
}

static AyStr *intern_lookup(AyVM *vm, const char *s, size_t n, int64_t h, size_t *slot) {
    size_t mask = vm->capinterned - 1, j = (size_t)h & mask;
    for (AyStr *e; (e = vm->interned[j]); j = (j + 1) & mask) {
        if (e->hash == h && e->size == (int64_t)n && memcmp(e->data, s, n) == 0) return e;
    }
    *slot = j;
    return NULL;
}

AyStr *ayStr_intern(AyVM *vm, const char *s, size_t n) {
    if ((vm->ninterned + 1) * 2 > vm->capinterned && !intern_grow(vm)) {
        ayErr_nomemory(vm);
        return NULL;
    }
    int64_t h = (int64_t)ayHash_bytes(s, n);
    if (h == -1) h = -2;
    size_t slot;
    AyStr *e = intern_lookup(vm, s, n, h, &slot);
    if (e) return e;
    AyStr *str = ayStr_alloc(vm, n);
    if (!str) return NULL;
    memcpy(str->data, s, n);
    ayStr_finish(str);
    str->hash = h;
    str->interned = 1;
    vm->interned[slot] = str;
    vm->ninterned++;
    return str;
}

AyStr *ayStr_intern_c(AyVM *vm, const char *s) { return ayStr_intern(vm, s, strlen(s)); }

AyStr *ayStr_intern_str(AyVM *vm, AyStr *s) {
    if (s->interned) return s;
    if (s->hdr.type != vm->t_str) return ayStr_intern(vm, s->data, (size_t)s->size);
    if ((vm->ninterned + 1) * 2 > vm->capinterned && !intern_grow(vm)) {
        ayErr_nomemory(vm);
        return NULL;
    }
    int64_t h = ayStr_hash(s);
    size_t slot;
    AyStr *e = intern_lookup(vm, s->data, (size_t)s->size, h, &slot);
    if (e) return e;
    s->interned = 1;
    vm->interned[slot] = s;
    vm->ninterned++;
    return s;
}

AyValue ayStr_from_vfmt(AyVM *vm, const char *fmt, va_list ap) {
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_vprintf(&b, fmt, ap);
    return ayBuf_finish(&b);
}

AyValue ayStr_from_fmt(AyVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AyValue r = ayStr_from_vfmt(vm, fmt, ap);
    va_end(ap);
    return r;
}

AyValue ayStr_concat(AyVM *vm, AyStr *a, AyStr *b) {
    if (a->size == 0 && b->hdr.type == vm->t_str) return ayV_from_obj(b);
    if (b->size == 0 && a->hdr.type == vm->t_str) return ayV_from_obj(a);
    AyStr *s = ayStr_alloc(vm, (size_t)(a->size + b->size));
    if (!s) return AY_NULL;
    memcpy(s->data, a->data, (size_t)a->size);
    memcpy(s->data + a->size, b->data, (size_t)b->size);
    s->len = a->len + b->len;
    s->ascii = a->ascii && b->ascii;
    return ayV_from_obj(s);
}

// }====
// {==== code point index -> byte offset
//
// Non-ASCII strs index through a sparse table built on first use: the byte
// offset of every STR_BLOCK-th code point, plus the last position looked up
// so that loops over s[i] (either direction) step one code point at a time.

#define STR_BLOCK_BITS 6
#define STR_BLOCK (1 << STR_BLOCK_BITS)
// Below this many bytes walking is as cheap as keeping a table.
#define STR_INDEX_MIN_SIZE 96

typedef struct StrIndex {
    int64_t last_i, last_off;
    int64_t offs[];      // offs[k] = byte offset of code point k * STR_BLOCK
} StrIndex;

static size_t index_bytes(const AyStr *s) {
    return sizeof(StrIndex) + sizeof(int64_t) * (size_t)(s->len / STR_BLOCK + 1);
}

// The str's index table, or NULL when it has none (yet).
static StrIndex *str_index(const AyStr *s) {
    if (!s->aux || s->hdr.type->dict_offset == offsetof(AyStr, aux)) return NULL;
    return (StrIndex *)s->aux;
}

static StrIndex *build_index(AyVM *vm, AyStr *s) {
    if (s->hdr.type->dict_offset == offsetof(AyStr, aux)) return NULL;
    StrIndex *ix = ayMem_alloc(vm, index_bytes(s));
    if (!ix) {
        ayErr_clear(vm);  // the table is an optimisation: walk instead
        return NULL;
    }
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->size;
    int64_t cp = 0;
    for (const uint8_t *q = p; q < end; q++) {
        if ((*q & 0xC0) == 0x80) continue;
        if ((cp & (STR_BLOCK - 1)) == 0) ix->offs[cp >> STR_BLOCK_BITS] = q - p;
        cp++;
    }
    if ((cp & (STR_BLOCK - 1)) == 0) ix->offs[cp >> STR_BLOCK_BITS] = s->size;
    ix->last_i = 0;
    ix->last_off = 0;
    s->aux = ix;
    return ix;
}

void ayStr_release_index(AyVM *vm, AyStr *s) {
    StrIndex *ix = str_index(s);
    if (ix) ayMem_free(vm, ix, index_bytes(s));
    if (ix) s->aux = NULL;
}

// Moves from byte offset `off` (code point `from`) to code point `to`.
static int64_t walk(const AyStr *s, int64_t from, int64_t off, int64_t to) {
    const uint8_t *d = (const uint8_t *)s->data;
    if (to >= from) {
        for (int64_t k = from; k < to; k++) {
            off++;
            while ((d[off] & 0xC0) == 0x80) off++;
        }
    } else {
        for (int64_t k = from; k > to; k--) {
            off--;
            while ((d[off] & 0xC0) == 0x80) off--;
        }
    }
    return off;
}

static int64_t offset_with(const AyStr *s, StrIndex *ix, int64_t i) {
    if (ix) {
        int64_t d = i - ix->last_i;
        int64_t off;
        if (d >= -8 && d <= 8) off = walk(s, ix->last_i, ix->last_off, i);
        else {
            int64_t b = (i + STR_BLOCK / 2) >> STR_BLOCK_BITS;  // nearest block start
            if (b > s->len >> STR_BLOCK_BITS) b = s->len >> STR_BLOCK_BITS;
            off = walk(s, b << STR_BLOCK_BITS, ix->offs[b], i);
        }
        ix->last_i = i;
        ix->last_off = off;
        return off;
    }
    if (i > s->len / 2) return walk(s, s->len, s->size, i);
    return walk(s, 0, 0, i);
}

int64_t ayStr_offset(AyStr *s, int64_t i) {
    if (s->ascii) return i;
    return offset_with(s, str_index(s), i);
}

int64_t ayStr_index_offset(AyVM *vm, AyStr *s, int64_t i) {
    if (s->ascii) return i;
    StrIndex *ix = str_index(s);
    if (!ix && s->size >= STR_INDEX_MIN_SIZE && !s->aux) ix = build_index(vm, s);
    return offset_with(s, ix, i);
}

// }====
// {==== single characters

AyValue ayStr_from_codepoint(AyVM *vm, uint32_t cp) {
    char buf[4];
    int n = ayUtf8_encode(cp, buf);
    if (cp < 128) return ayV_from_obj(ayStr_intern(vm, buf, 1));
    AyStr *s = ayStr_new(vm, buf, (size_t)n);
    return s ? ayV_from_obj(s) : AY_NULL;
}

AyValue ayStr_char_at(AyVM *vm, AyStr *s, int64_t i) {
    if (s->ascii) return ayV_from_obj(ayStr_intern(vm, s->data + i, 1));
    const char *p = s->data + ayStr_index_offset(vm, s, i);
    return ayStr_from_codepoint(vm, ayUtf8_decode(&p));
}

// }====
// {==== repr

bool ayStr_add_repr(AyBuf *b, const char *s, size_t n, bool ascii) {
    bool has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    ayBuf_addc(b, quote);
    const char *p = s, *end = s + n;
    char tmp[16];
    while (p < end) {
        const char *start = p;
        uint32_t cp = ayUtf8_decode(&p);
        if (cp == (uint32_t)quote || cp == '\\') {
            ayBuf_addc(b, '\\');
            ayBuf_addc(b, (char)cp);
        } else if (cp == '\n') ayBuf_add(b, "\\n", 2);
        else if (cp == '\r') ayBuf_add(b, "\\r", 2);
        else if (cp == '\t') ayBuf_add(b, "\\t", 2);
        else if (cp < 0x7F && cp >= 0x20) ayBuf_addc(b, (char)cp);
        else if (!ascii && ayUni_is_printable(cp)) ayBuf_add(b, start, (size_t)(p - start));
        else {
            if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
            else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
            ayBuf_adds(b, tmp);
        }
    }
    ayBuf_addc(b, quote);
    return !b->failed;
}

AyValue ayStr_repr(AyVM *vm, AyStr *s) {
    AyBuf b;
    ayBuf_init(&b, vm);
    ayStr_add_repr(&b, s->data, (size_t)s->size, false);
    return ayBuf_finish(&b);
}

// }====
// {==== slots

static AyValue str_repr(AyVM *vm, AyValue v) { return ayStr_repr(vm, AY_STR(v)); }

static void str_finalize(AyVM *vm, AyObj *o) { ayStr_release_index(vm, (AyStr *)o); }

static AyValue str_str(AyVM *vm, AyValue v) {
    if (ayV_is_type(vm, v, vm->t_str)) return v;
    AyStr *s = AY_STR(v);  // a subclass instance: str() gives an exact str
    AyStr *r = ayStr_new(vm, s->data, (size_t)s->size);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static int64_t str_hash(AyVM *vm, AyValue v) { return ayStr_hash(AY_STR(v)); }

static AyValue str_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!ayV_is_str(vm, b)) return AY_NOTIMPLEMENTED;
    AyStr *x = AY_STR(a), *y = AY_STR(b);
    if (op == AY_EQ) return ayV_bool(ayStr_eq(x, y));
    if (op == AY_NE) return ayV_bool(!ayStr_eq(x, y));
    int c = ayStr_cmp(x, y);
    switch (op) {
    case AY_LT: return ayV_bool(c < 0);
    case AY_LE: return ayV_bool(c <= 0);
    case AY_GT: return ayV_bool(c > 0);
    default: return ayV_bool(c >= 0);
    }
}

static int64_t str_len(AyVM *vm, AyValue v) { return AY_STR(v)->len; }

static int str_truth(AyVM *vm, AyValue v) { return AY_STR(v)->size != 0; }

// s[start::step] with n code points (already normalised by aySlice_indices).
AyValue ayStr_slice(AyVM *vm, AyStr *s, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return ayV_from_obj(vm->empty_str);
    if (step == 1 && start == 0 && n == s->len && s->hdr.type == vm->t_str) return ayV_from_obj(s);
    if (s->ascii) {
        if (step == 1) {
            AyStr *r = ayStr_new(vm, s->data + start, (size_t)n);
            return r ? ayV_from_obj(r) : AY_NULL;
        }
        AyStr *r = ayStr_alloc(vm, (size_t)n);
        if (!r) return AY_NULL;
        for (int64_t k = 0; k < n; k++) r->data[k] = s->data[start + k * step];
        r->len = n;
        r->ascii = 1;
        return ayV_from_obj(r);
    }
    int64_t a = ayStr_index_offset(vm, s, start);
    if (step == 1) {
        int64_t b = ayStr_index_offset(vm, s, start + n);
        AyStr *r = ayStr_alloc(vm, (size_t)(b - a));
        if (!r) return AY_NULL;
        memcpy(r->data, s->data + a, (size_t)(b - a));
        r->len = n;
        r->ascii = (b - a) == n;
        return ayV_from_obj(r);
    }
    if (step == -1) {
        // reversed run: the same bytes, copied code point by code point
        int64_t lo = ayStr_index_offset(vm, s, start - n + 1), hi = ayStr_index_offset(vm, s, start + 1);
        AyStr *r = ayStr_alloc(vm, (size_t)(hi - lo));
        if (!r) return AY_NULL;
        const uint8_t *d = (const uint8_t *)s->data;
        char *o = r->data;
        for (int64_t e = hi; e > lo;) {
            int64_t b = e - 1;
            while ((d[b] & 0xC0) == 0x80) b--;
            for (int64_t k = b; k < e; k++) *o++ = (char)d[k];
            e = b;
        }
        r->len = n;
        r->ascii = hi - lo == n;
        return ayV_from_obj(r);
    }
    // A stride: walk from the first code point picked, twice (sizes, then
    // copying into a str of the exact size).
    const uint8_t *d = (const uint8_t *)s->data;
    int64_t total = 0, off = a;
    for (int64_t k = 0; k < n; k++) {
        int64_t e = off + 1;
        while ((d[e] & 0xC0) == 0x80) e++;
        total += e - off;
        if (k + 1 < n) off = walk(s, start + k * step, off, start + (k + 1) * step);
    }
    AyStr *r = ayStr_alloc(vm, (size_t)total);
    if (!r) return AY_NULL;
    char *o = r->data;
    off = a;
    for (int64_t k = 0; k < n; k++) {
        int64_t e = off + 1;
        while ((d[e] & 0xC0) == 0x80) e++;
        memcpy(o, s->data + off, (size_t)(e - off));
        o += e - off;
        if (k + 1 < n) off = walk(s, start + k * step, off, start + (k + 1) * step);
    }
    r->len = n;
    r->ascii = total == n;
    return ayV_from_obj(r);
}

static AyValue str_getitem(AyVM *vm, AyValue v, AyValue key) {
    AyStr *s = AY_STR(v);
    int64_t i;
    if (ayV_is_int(key)) {
        i = ayV_int(key);
    } else if (ayV_is_type(vm, key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (aySlice_indices(vm, key, s->len, &start, &stop, &step, &n) < 0) return AY_NULL;
        return ayStr_slice(vm, s, start, step, n);
    } else if (!ayV_is_anyint(vm, key) && !ayV_type(vm, key)->index) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "string indices must be integers, not '%T'", key);
    } else if (ayObj_as_ssize(vm, key, &i) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
        }
        return AY_NULL;
    }
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) return ayErr_format(vm, AY_EXC(vm, IndexError), "string index out of range");
    if (s->ascii) return ayV_from_obj(ayStr_intern(vm, s->data + i, 1));
    return ayStr_char_at(vm, s, i);
}

// Finds `needle` in haystack[from:to) (byte offsets); returns the byte offset or -1.
int64_t ayStr_find_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
    if (nn == 0) return from <= to ? from : -1;
    if (to - from < nn) return -1;
    if (nn == 1) {
        const char *r = memchr(h + from, n[0], (size_t)(to - from));
        return r ? r - h : -1;
    }
    // memchr for the first byte is fastest on text; memmem (linear time)
    // takes over when candidates keep failing
    const char *p = h + from, *last = h + to - nn;
    int64_t misses = 0;
    while (p <= last && misses < 32) {
        p = memchr(p, n[0], (size_t)(last - p + 1));
        if (!p) return -1;
        if (memcmp(p + 1, n + 1, (size_t)nn - 1) == 0) return p - h;
        p++;
        misses++;
    }
    if (p > last) return -1;
    const char *r = memmem(p, (size_t)(h + to - p), n, (size_t)nn);
    return r ? r - h : -1;
}

static int str_contains(AyVM *vm, AyValue c, AyValue item) {
    if (!ayV_is_str(vm, item)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    AyStr *h = AY_STR(c), *n = AY_STR(item);
    return ayStr_find_bytes(h->data, 0, h->size, n->data, n->size) >= 0;
}

static AyValue str_add(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_str(vm, a) || !ayV_is_str(vm, b)) {
        if (!ayV_is_str(vm, a) || ayV_defers_concat(vm, b)) return AY_NOTIMPLEMENTED;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate str (not \"%T\") to str", b);
    }
    return ayStr_concat(vm, AY_STR(a), AY_STR(b));
}

AyValue ayStr_repeat(AyVM *vm, AyStr *s, int64_t n) {
    if (n <= 0 || s->size == 0) return ayV_from_obj(vm->empty_str);
    if (n == 1 && s->hdr.type == vm->t_str) return ayV_from_obj(s);
    if (s->len > INT64_MAX / n) return ayErr_format(vm, AY_EXC(vm, OverflowError), "repeated string is too long");
    if (s->size > INT64_MAX / n) return ayErr_nomemory(vm);
    AyStr *r = ayStr_alloc(vm, (size_t)(s->size * n));
    if (!r) return AY_NULL;
    if (s->size == 1) memset(r->data, s->data[0], (size_t)n);
    else
        for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->size, s->data, (size_t)s->size);
    r->len = s->len * n;
    r->ascii = s->ascii;
    return ayV_from_obj(r);
}

// seq * x where x is no integer: CPython tries x's reflected multiply before
// giving up with "can't multiply sequence by non-int" (sequence repetition
// comes last), so do the same here for str, bytes and bytearray.
AyValue ayStr_repeat_nonint(AyVM *vm, AyValue a, AyValue b, AyBinaryFn self_slot, bool seq_left) {
    if (seq_left) {
        AyBinaryFn fb = ayV_type(vm, b)->binop[AY_BINOP_MUL];
        if (fb && fb != self_slot) {
            AyValue r = fb(vm, a, b);
            if (r != AY_NOTIMPLEMENTED) return r;
        }
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", seq_left ? b : a);
}

static AyValue str_mul(AyVM *vm, AyValue a, AyValue b) {
    bool left = ayV_is_str(vm, a);
    AyValue s = left ? a : b, n = left ? b : a;
    if (!ayV_is_anyint(vm, n) && !ayV_type(vm, n)->index) return ayStr_repeat_nonint(vm, a, b, str_mul, left);
    int64_t count;
    if (ayObj_as_ssize(vm, n, &count) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
        return AY_NULL;
    }
    return ayStr_repeat(vm, AY_STR(s), count);
}

AyValue ayFormat_percent(AyVM *vm, AyValue fmt, AyValue args);

static AyValue str_mod(AyVM *vm, AyValue a, AyValue b) {
    if (!ayV_is_str(vm, a)) return AY_NOTIMPLEMENTED;
    return ayFormat_percent(vm, a, b);
}

// String iteration: index into the str (UTF-8 byte offset kept for speed).
typedef struct StrIter {
    AyObj hdr;
    AyStr *s;            // NULL once exhausted
    int64_t off;         // byte offset of the next code point
    int64_t index;       // its code point index
} StrIter;

static void striter_trace(AyVM *vm, AyObj *o) { ayGC_mark_obj(vm, (AyObj *)((StrIter *)o)->s); }

static AyValue str_iter(AyVM *vm, AyValue v) {
    StrIter *it = AY_NEW(vm, StrIter, vm->t_str_iterator);
    if (!it) return AY_NULL;
    it->s = AY_STR(v);
    return ayV_from_obj(it);
}

static AyValue striter_next(AyVM *vm, AyValue v) {
    StrIter *it = AY_AS(StrIter, v);
    if (!it->s || it->off >= it->s->size) {
        it->s = NULL;
        return AY_NULL;
    }
    const char *p = it->s->data + it->off, *start = p;
    uint32_t cp = ayUtf8_decode(&p);
    it->off = p - it->s->data;
    it->index++;
    if (cp < 128) return ayV_from_obj(ayStr_intern(vm, start, 1));
    AyStr *r = ayStr_new(vm, start, (size_t)(p - start));
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue striter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    StrIter *it = AY_AS(StrIter, args[0]);
    return ayV_small(it->s ? it->s->len - it->index : 0);
}

static const AyMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, NULL},
    {NULL},
};

AyValue ayStr_new_from_args(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames);
void ayStr_methods_setup(AyVM *vm);
void ayStr_case_setup(AyVM *vm);
void ayStr_ctor_setup(AyVM *vm);

// }====

void ayStr_setup(AyVM *vm) {
    AyType *t = vm->t_str;
    t->flags |= AY_TF_STR_SUB | AY_TF_BASETYPE;
    t->gc_size = str_gc_size;
    t->finalize = str_finalize;
    t->repr = str_repr;
    t->str = str_str;
    t->hash = str_hash;
    t->richcmp = str_richcmp;
    t->len = str_len;
    t->truth = str_truth;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter;
    t->tp_new = ayStr_new_from_args;
    t->binop[AY_BINOP_ADD] = str_add;
    t->binop[AY_BINOP_MUL] = str_mul;
    t->binop[AY_BINOP_MOD] = str_mod;
    AyType *it = vm->t_str_iterator;
    it->basic_size = sizeof(StrIter);
    it->trace = striter_trace;
    it->iter = iter_self;
    it->next = striter_next;
    ayType_add_methods(vm, it, striter_methods);
    ayStr_methods_setup(vm);
    ayStr_case_setup(vm);
    ayStr_ctor_setup(vm);
}
