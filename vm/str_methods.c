// str methods and the str() constructor.
#include <string.h>
#include <utf8proc.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

AyValue ayStr_slice(AyVM *vm, AyStr *s, int64_t start, int64_t step, int64_t n);
int64_t ayStr_find_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn);
AyValue ayStr_repeat(AyVM *vm, AyStr *s, int64_t n);
AyValue ayFormat_str(AyVM *vm, AyStr *s, AyStr *spec);
AyValue ayStr_format_method(AyVM *vm, AyStr *fmt, AyValue *args, int nargs, AyValue kwnames);
bool ayStr_is_printable_cp(uint32_t cp);
AyValue ayCodec_encode(AyVM *vm, AyStr *s, const char *encoding, const char *errors);
AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors);

#define SELF AY_STR(args[0])

static bool need_str(AyVM *vm, AyValue v, const char *what) {
    if (ayV_is_str(vm, v)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s", what);
    return false;
}

static AyValue new_str(AyVM *vm, const char *s, size_t n) {
    AyStr *r = ayStr_new(vm, s, n);
    return r ? ayV_from_obj(r) : AY_NULL;
}

// Python's whitespace for split()/strip(): ASCII plus Unicode separators.
static bool is_space_cp(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
        c == 0x202F || c == 0x205F || c == 0x3000)
        return true;
    return false;
}

// Decodes the code point before p (p > start).
static uint32_t decode_prev(const char *start, const char **p) {
    const char *q = *p - 1;
    while (q > start && ((uint8_t)*q & 0xC0) == 0x80) q--;
    const char *r = q;
    uint32_t c = ayUtf8_decode(&r);
    *p = q;
    return c;
}

// Byte range [from, to) for optional start/end arguments (code point indexes).
static bool range_args(AyVM *vm, AyStr *s, AyValue *args, int nargs, int64_t *from, int64_t *to) {
    int64_t a, b;
    if (!aySeq_range_args(vm, args, nargs, s->len, &a, &b)) return false;
    if (nargs > 1 && args[1] != AY_NONE && b < a) b = a;
    *from = ayStr_offset(s, a);
    *to = ayStr_offset(s, b < a ? a : b);
    if (b < a) *to = -1;  // empty range where even "" does not match
    return true;
}

// {==== searching

static AyValue find_impl(AyVM *vm, AyValue *args, int nargs, const char *name, bool rev, bool raise) {
    if (!ayArg_count(vm, name, nargs - 1, 1, 3)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "must be str, not %T", args[1]);
    AyStr *s = SELF, *sub = AY_STR(args[1]);
    int64_t from, to;
    if (!range_args(vm, s, args + 2, nargs - 2, &from, &to)) return AY_NULL;
    int64_t r = -1;
    if (to >= 0) {
        if (!rev) {
            r = ayStr_find_bytes(s->data, from, to, sub->data, sub->size);
        } else if (to - from >= sub->size) {
            for (int64_t i = to - sub->size; i >= from; i--) {
                if (memcmp(s->data + i, sub->data, (size_t)sub->size) == 0 &&
                    (s->ascii || ((uint8_t)s->data[i] & 0xC0) != 0x80)) {
                    r = i;
                    break;
                }
            }
        }
    }
    if (r < 0) {
        if (raise) return ayErr_format(vm, AY_EXC(vm, ValueError), "substring not found");
        return ayV_small(-1);
    }
    return ayV_small(s->ascii ? r : ayUtf8_count(s->data, (size_t)r));
}

static AyValue m_find(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, "find", false, false); }
static AyValue m_rfind(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, "rfind", true, false); }
static AyValue m_index(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, "index", false, true); }
static AyValue m_rindex(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, "rindex", true, true); }

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "count", nargs - 1, 1, 3)) return AY_NULL;
    if (!ayV_is_str(vm, args[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "must be str, not %T", args[1]);
    AyStr *s = SELF, *sub = AY_STR(args[1]);
    int64_t from, to;
    if (!range_args(vm, s, args + 2, nargs - 2, &from, &to)) return AY_NULL;
    if (to < 0) return ayV_small(0);
    if (sub->size == 0) return ayV_small(ayUtf8_count(s->data + from, (size_t)(to - from)) + 1);
    int64_t n = 0;
    for (int64_t i = from; (i = ayStr_find_bytes(s->data, i, to, sub->data, sub->size)) >= 0; i += sub->size) n++;
    return ayV_small(n);
}

static AyValue affix_impl(AyVM *vm, AyValue *args, int nargs, const char *name, bool suffix) {
    if (!ayArg_count(vm, name, nargs - 1, 1, 3)) return AY_NULL;
    AyStr *s = SELF;
    int64_t from, to;
    if (!range_args(vm, s, args + 2, nargs - 2, &from, &to)) return AY_NULL;
    AyValue pat = args[1];
    AyValue *pats = &pat;
    int64_t np = 1;
    if (ayV_is_tuple(vm, pat)) {
        pats = AY_AS(AyTuple, pat)->items;
        np = AY_AS(AyTuple, pat)->len;
    } else if (!ayV_is_str(vm, pat)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s first arg must be str or a tuple of str, not %T", name, pat);
    }
    if (to < 0) return AY_FALSE;
    for (int64_t i = 0; i < np; i++) {
        if (!ayV_is_str(vm, pats[i]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "tuple for %s must only contain str, not %T", name, pats[i]);
        AyStr *p = AY_STR(pats[i]);
        if (p->size > to - from) continue;
        const char *at = suffix ? s->data + to - p->size : s->data + from;
        if (memcmp(at, p->data, (size_t)p->size) == 0) return AY_TRUE;
    }
    return AY_FALSE;
}

static AyValue m_startswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_impl(vm, a, n, "startswith", false); }
static AyValue m_endswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_impl(vm, a, n, "endswith", true); }

// }====
// {==== splitting and joining

static AyValue m_join(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "join", nargs - 1, 1, 1)) return AY_NULL;
    AyStr *sep = SELF;
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, args[1], &items, &n);
    if (!seq) return AY_NULL;
    if (n == 1 && ayV_is_type(vm, items[0], vm->t_str)) return items[0];
    int64_t total = 0, chars = 0;
    bool ascii = sep->ascii;
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_str(vm, items[i]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected str instance, %T found",
                                (long long)i, items[i]);
        total += AY_STR(items[i])->size;
        chars += AY_STR(items[i])->len;
        ascii = ascii && AY_STR(items[i])->ascii;
    }
    if (n > 1) {
        total += sep->size * (n - 1);
        chars += sep->len * (n - 1);
    }
    ayGC_push_root(vm, seq);
    AyStr *r = ayStr_alloc(vm, (size_t)total);
    ayGC_pop_roots(vm, 1);
    if (!r) return AY_NULL;
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep->size) {
            memcpy(o, sep->data, (size_t)sep->size);
            o += sep->size;
        }
        AyStr *it = AY_STR(items[i]);
        memcpy(o, it->data, (size_t)it->size);
        o += it->size;
    }
    r->len = chars;
    r->ascii = ascii;
    return ayV_from_obj(r);
}

static bool split_args(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, AyValue *sep,
                       int64_t *maxsplit) {
    AyValue a[2];
    if (!ayArg_unpack(vm, name, args + 1, nargs - 1, kwnames, "| sep maxsplit", a)) return false;
    *sep = a[0] && a[0] != AY_NONE ? a[0] : AY_NULL;
    *maxsplit = -1;
    if (a[1] && ayObj_as_ssize(vm, a[1], maxsplit) < 0) return false;
    if (*sep && !ayV_is_str(vm, *sep)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "must be str or None, not %T", *sep);
        return false;
    }
    if (*sep && AY_STR(*sep)->size == 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
        return false;
    }
    return true;
}

static bool push_piece(AyVM *vm, AyList *l, const char *p, size_t n) {
    AyValue s = new_str(vm, p, n);
    return s && ayList_append(vm, l, s);
}

static AyValue m_split(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue sep;
    int64_t maxsplit;
    if (!split_args(vm, "split", args, nargs, kwnames, &sep, &maxsplit)) return AY_NULL;
    AyStr *s = SELF;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    const char *p = s->data, *end = p + s->size;
    bool ok = true;
    if (!sep) {
        while (ok) {
            const char *q;
            while (p < end) {
                q = p;
                if (!is_space_cp(ayUtf8_decode(&q))) break;
                p = q;
            }
            if (p >= end) break;
            if (maxsplit == 0) {
                const char *e = end, *r = end;
                while (r > p) {
                    const char *t = r;
                    if (!is_space_cp(decode_prev(p, &t))) break;
                    r = t;
                }
                e = r;
                ok = push_piece(vm, l, p, (size_t)(e - p));
                break;
            }
            const char *start = p;
            while (p < end) {
                q = p;
                if (is_space_cp(ayUtf8_decode(&q))) break;
                p = q;
            }
            ok = push_piece(vm, l, start, (size_t)(p - start));
            if (maxsplit > 0) maxsplit--;
        }
    } else {
        AyStr *sp = AY_STR(sep);
        while (ok) {
            const char *q = maxsplit == 0 ? NULL
                                          : (const char *)memmem(p, (size_t)(end - p), sp->data, (size_t)sp->size);
            if (!q) {
                ok = push_piece(vm, l, p, (size_t)(end - p));
                break;
            }
            ok = push_piece(vm, l, p, (size_t)(q - p));
            p = q + sp->size;
            if (maxsplit > 0) maxsplit--;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue m_rsplit(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue sep;
    int64_t maxsplit;
    if (!split_args(vm, "rsplit", args, nargs, kwnames, &sep, &maxsplit)) return AY_NULL;
    AyStr *s = SELF;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    const char *start = s->data, *p = start + s->size;
    bool ok = true;
    if (!sep) {
        while (ok) {
            while (p > start) {
                const char *t = p;
                if (!is_space_cp(decode_prev(start, &t))) break;
                p = t;
            }
            if (p <= start) break;
            if (maxsplit == 0) {
                const char *b = start;
                while (b < p) {
                    const char *t = b;
                    if (!is_space_cp(ayUtf8_decode(&t))) break;
                    b = t;
                }
                ok = push_piece(vm, l, b, (size_t)(p - b));
                break;
            }
            const char *e = p;
            while (p > start) {
                const char *t = p;
                if (is_space_cp(decode_prev(start, &t))) break;
                p = t;
            }
            ok = push_piece(vm, l, p, (size_t)(e - p));
            if (maxsplit > 0) maxsplit--;
        }
    } else {
        AyStr *sp = AY_STR(sep);
        while (ok) {
            const char *q = NULL;
            if (maxsplit != 0)
                for (const char *c = p - sp->size; c >= start; c--)
                    if (memcmp(c, sp->data, (size_t)sp->size) == 0) {
                        q = c;
                        break;
                    }
            if (!q) {
                ok = push_piece(vm, l, start, (size_t)(p - start));
                break;
            }
            ok = push_piece(vm, l, q + sp->size, (size_t)(p - q - sp->size));
            p = q;
            if (maxsplit > 0) maxsplit--;
        }
    }
    if (ok) {  // pieces were collected right to left
        for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
            AyValue t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue m_splitlines(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "splitlines", args + 1, nargs - 1, kwnames, "| keepends", a)) return AY_NULL;
    int keep = a[0] ? ayObj_truth(vm, a[0]) : 0;
    if (keep < 0) return AY_NULL;
    AyStr *s = SELF;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    const char *p = s->data, *end = p + s->size, *line = p;
    bool ok = true;
    while (p < end && ok) {
        const char *q = p;
        uint32_t c = ayUtf8_decode(&q);
        bool brk = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
                   c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!brk) {
            p = q;
            continue;
        }
        const char *eol = q;
        if (c == '\r' && q < end && *q == '\n') eol = q + 1;
        ok = push_piece(vm, l, line, (size_t)((keep ? eol : p) - line));
        p = line = eol;
    }
    if (ok && line < end) ok = push_piece(vm, l, line, (size_t)(end - line));
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue partition_impl(AyVM *vm, AyValue *args, int nargs, bool rev) {
    if (!ayArg_count(vm, rev ? "rpartition" : "partition", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "must be str, not %T", args[1]);
    AyStr *s = SELF, *sep = AY_STR(args[1]);
    if (sep->size == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
    int64_t at = -1;
    if (!rev) at = ayStr_find_bytes(s->data, 0, s->size, sep->data, sep->size);
    else
        for (int64_t i = s->size - sep->size; i >= 0; i--)
            if (memcmp(s->data + i, sep->data, (size_t)sep->size) == 0) {
                at = i;
                break;
            }
    AyValue items[3];
    AyValue empty = ayV_from_obj(vm->empty_str);
    if (at < 0) {
        items[0] = rev ? empty : args[0];
        items[1] = empty;
        items[2] = rev ? args[0] : empty;
    } else {
        items[0] = new_str(vm, s->data, (size_t)at);
        if (!items[0]) return AY_NULL;
        ayGC_push_root(vm, items[0]);
        items[1] = args[1];
        items[2] = new_str(vm, s->data + at + sep->size, (size_t)(s->size - at - sep->size));
        ayGC_pop_roots(vm, 1);
        if (!items[2]) return AY_NULL;
    }
    return ayTuple_from_items(vm, items, 3);
}

static AyValue m_partition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, false); }
static AyValue m_rpartition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, true); }

// }====
// {==== stripping and replacing

static bool in_chars(AyStr *chars, uint32_t c) {
    const char *p = chars->data, *end = p + chars->size;
    while (p < end)
        if (ayUtf8_decode(&p) == c) return true;
    return false;
}

static AyValue strip_impl(AyVM *vm, AyValue *args, int nargs, const char *name, bool left, bool right) {
    if (!ayArg_count(vm, name, nargs - 1, 0, 1)) return AY_NULL;
    AyStr *s = SELF, *chars = NULL;
    if (nargs > 1 && args[1] != AY_NONE) {
        if (!ayV_is_str(vm, args[1]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s arg must be None or str", name);
        chars = AY_STR(args[1]);
    }
    const char *p = s->data, *end = p + s->size;
    if (left)
        while (p < end) {
            const char *q = p;
            uint32_t c = ayUtf8_decode(&q);
            if (chars ? !in_chars(chars, c) : !is_space_cp(c)) break;
            p = q;
        }
    if (right)
        while (end > p) {
            const char *q = end;
            uint32_t c = decode_prev(p, &q);
            if (chars ? !in_chars(chars, c) : !is_space_cp(c)) break;
            end = q;
        }
    if (p == s->data && end == s->data + s->size && ayV_is_type(vm, args[0], vm->t_str)) return args[0];
    return new_str(vm, p, (size_t)(end - p));
}

static AyValue m_strip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, "strip", true, true); }
static AyValue m_lstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, "lstrip", true, false); }
static AyValue m_rstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, "rstrip", false, true); }

static AyValue m_replace(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "replace", args + 1, nargs - 1, kwnames, "old new | count /", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]) || !ayV_is_str(vm, a[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "replace() argument %d must be str, not %T",
                            ayV_is_str(vm, a[0]) ? 2 : 1, ayV_is_str(vm, a[0]) ? a[1] : a[0]);
    int64_t count = -1;
    if (a[2] && ayObj_as_ssize(vm, a[2], &count) < 0) return AY_NULL;
    AyStr *s = SELF, *old = AY_STR(a[0]), *rep = AY_STR(a[1]);
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    if (old->size == 0) {
        // insert `rep` between every character (and at both ends)
        int64_t done = 0;
        while (count < 0 || done < count) {
            ayBuf_add(&b, rep->data, (size_t)rep->size);
            done++;
            if (p >= end) break;
            const char *q = p;
            ayUtf8_decode(&q);
            ayBuf_add(&b, p, (size_t)(q - p));
            p = q;
        }
        ayBuf_add(&b, p, (size_t)(end - p));
        return ayBuf_finish(&b);
    }
    int64_t done = 0;
    while (count < 0 || done < count) {
        const char *q = memmem(p, (size_t)(end - p), old->data, (size_t)old->size);
        if (!q) break;
        ayBuf_add(&b, p, (size_t)(q - p));
        ayBuf_add(&b, rep->data, (size_t)rep->size);
        p = q + old->size;
        done++;
    }
    if (done == 0 && ayV_is_type(vm, args[0], vm->t_str)) {
        ayBuf_free(&b);
        return args[0];
    }
    ayBuf_add(&b, p, (size_t)(end - p));
    return ayBuf_finish(&b);
}

static AyValue m_removeprefix(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "removeprefix", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "removeprefix() argument must be str, not %T", args[1]);
    AyStr *s = SELF, *p = AY_STR(args[1]);
    if (p->size <= s->size && memcmp(s->data, p->data, (size_t)p->size) == 0)
        return new_str(vm, s->data + p->size, (size_t)(s->size - p->size));
    return ayV_is_type(vm, args[0], vm->t_str) ? args[0] : new_str(vm, s->data, (size_t)s->size);
}

static AyValue m_removesuffix(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "removesuffix", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "removesuffix() argument must be str, not %T", args[1]);
    AyStr *s = SELF, *p = AY_STR(args[1]);
    if (p->size && p->size <= s->size && memcmp(s->data + s->size - p->size, p->data, (size_t)p->size) == 0)
        return new_str(vm, s->data, (size_t)(s->size - p->size));
    return ayV_is_type(vm, args[0], vm->t_str) ? args[0] : new_str(vm, s->data, (size_t)s->size);
}

// }====
// {==== case

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } CaseOp;

// Full case mappings (ß -> SS etc.) come from utf8proc's decomposition of the
// mapped text; for the common 1:1 mappings the simple functions suffice.
static void add_cp(AyBuf *b, uint32_t c) {
    char tmp[4];
    ayBuf_add(b, tmp, (size_t)ayUtf8_encode(c, tmp));
}

static void add_upper(AyBuf *b, uint32_t c) {
    if (c == 0xDF) {  // ß
        ayBuf_add(b, "SS", 2);
        return;
    }
    add_cp(b, (uint32_t)utf8proc_toupper((utf8proc_int32_t)c));
}

static bool is_cased(uint32_t c) {
    return utf8proc_toupper((utf8proc_int32_t)c) != (utf8proc_int32_t)c ||
           utf8proc_tolower((utf8proc_int32_t)c) != (utf8proc_int32_t)c ||
           utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LT;
}

static AyValue case_impl(AyVM *vm, AyValue *args, int nargs, const char *name, CaseOp op) {
    if (!ayArg_count(vm, name, nargs - 1, 0, 0)) return AY_NULL;
    AyStr *s = SELF;
    if (s->ascii) {
        AyStr *r = ayStr_alloc(vm, (size_t)s->size);
        if (!r) return AY_NULL;
        bool prev_cased = false;
        for (int64_t i = 0; i < s->size; i++) {
            char c = s->data[i];
            bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            switch (op) {
            case CASE_UPPER: if (lower) c -= 32; break;
            case CASE_LOWER: case CASE_FOLD: if (upper) c += 32; break;
            case CASE_SWAP: if (lower) c -= 32; else if (upper) c += 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (upper) c += 32; }
                else if (lower) c -= 32;
                break;
            case CASE_CAPITALIZE:
                if (i == 0) { if (lower) c -= 32; }
                else if (upper) c += 32;
                break;
            }
            prev_cased = lower || upper;
            r->data[i] = c;
        }
        r->len = s->len;
        r->ascii = 1;
        return ayV_from_obj(r);
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    bool prev_cased = false, first = true;
    while (p < end) {
        uint32_t c = ayUtf8_decode(&p);
        utf8proc_int32_t ci = (utf8proc_int32_t)c;
        switch (op) {
        case CASE_UPPER: add_upper(&b, c); break;
        case CASE_LOWER: add_cp(&b, (uint32_t)utf8proc_tolower(ci)); break;
        case CASE_FOLD:
            if (c == 0xDF) ayBuf_add(&b, "ss", 2);
            else add_cp(&b, (uint32_t)utf8proc_tolower(ci));
            break;
        case CASE_SWAP:
            if (utf8proc_tolower(ci) != ci) add_cp(&b, (uint32_t)utf8proc_tolower(ci));
            else add_upper(&b, c);
            break;
        case CASE_TITLE:
            if (prev_cased) add_cp(&b, (uint32_t)utf8proc_tolower(ci));
            else add_cp(&b, (uint32_t)utf8proc_totitle(ci));
            break;
        case CASE_CAPITALIZE:
            if (first) add_cp(&b, (uint32_t)utf8proc_totitle(ci));
            else add_cp(&b, (uint32_t)utf8proc_tolower(ci));
            break;
        }
        prev_cased = is_cased(c);
        first = false;
    }
    return ayBuf_finish(&b);
}

static AyValue m_upper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, "upper", CASE_UPPER); }
static AyValue m_lower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, "lower", CASE_LOWER); }
static AyValue m_swapcase(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, "swapcase", CASE_SWAP); }
static AyValue m_title(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, "title", CASE_TITLE); }
static AyValue m_capitalize(AyVM *vm, AyValue *a, int n, AyValue k) {
    return case_impl(vm, a, n, "capitalize", CASE_CAPITALIZE);
}
static AyValue m_casefold(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, "casefold", CASE_FOLD); }

// }====
// {==== predicates

typedef bool (*CpPred)(uint32_t c);

static bool p_alpha(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO;
}
static bool p_decimal(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}
static bool p_digit(uint32_t c) {
    if (p_decimal(c)) return true;
    // superscripts and other digits with a numeric value
    return (c >= 0xB2 && c <= 0xB3) || c == 0xB9 || (c >= 0x2070 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089) ||
           (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) || (c >= 0x2488 && c <= 0x2490);
}
static bool p_numeric(uint32_t c) {
    if (p_digit(c)) return true;
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_NL || k == UTF8PROC_CATEGORY_NO;
}
static bool p_alnum(uint32_t c) { return p_alpha(c) || p_numeric(c); }
static bool p_space(uint32_t c) { return is_space_cp(c); }
static bool p_printable(uint32_t c) { return ayStr_is_printable_cp(c); }

static AyValue pred_impl(AyVM *vm, AyValue *args, int nargs, const char *name, CpPred pred, bool empty) {
    if (!ayArg_count(vm, name, nargs - 1, 0, 0)) return AY_NULL;
    AyStr *s = SELF;
    if (s->size == 0) return ayV_bool(empty);
    const char *p = s->data, *end = p + s->size;
    while (p < end)
        if (!pred(ayUtf8_decode(&p))) return AY_FALSE;
    return AY_TRUE;
}

static AyValue m_isalpha(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isalpha", p_alpha, false); }
static AyValue m_isdigit(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isdigit", p_digit, false); }
static AyValue m_isdecimal(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isdecimal", p_decimal, false); }
static AyValue m_isnumeric(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isnumeric", p_numeric, false); }
static AyValue m_isalnum(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isalnum", p_alnum, false); }
static AyValue m_isspace(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isspace", p_space, false); }
static AyValue m_isprintable(AyVM *vm, AyValue *a, int n, AyValue k) { return pred_impl(vm, a, n, "isprintable", p_printable, true); }

static AyValue m_isascii(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(SELF->ascii); }

static AyValue case_pred(AyVM *vm, AyValue *args, int nargs, bool want_upper) {
    AyStr *s = SELF;
    const char *p = s->data, *end = p + s->size;
    bool cased = false;
    while (p < end) {
        utf8proc_int32_t c = (utf8proc_int32_t)ayUtf8_decode(&p);
        bool is_up = utf8proc_tolower(c) != c || utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
        bool is_low = utf8proc_toupper(c) != c || utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
        if (want_upper ? is_low : is_up) return AY_FALSE;
        if (want_upper ? is_up : is_low) cased = true;
    }
    return ayV_bool(cased);
}

static AyValue m_isupper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, true); }
static AyValue m_islower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, false); }

static AyValue m_istitle(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyStr *s = SELF;
    const char *p = s->data, *end = p + s->size;
    bool cased = false, prev_cased = false;
    while (p < end) {
        utf8proc_int32_t c = (utf8proc_int32_t)ayUtf8_decode(&p);
        bool up = utf8proc_category(c) == UTF8PROC_CATEGORY_LU || utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
        bool low = utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
        if (up) {
            if (prev_cased) return AY_FALSE;
            prev_cased = cased = true;
        } else if (low) {
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
    bool first = true;
    while (p < end) {
        uint32_t c = ayUtf8_decode(&p);
        bool ok;
        if (c < 128) ok = c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (!first && c >= '0' && c <= '9');
        else {
            utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
            ok = k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
                 k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_NL ||
                 (!first && (k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC || k == UTF8PROC_CATEGORY_ND ||
                             k == UTF8PROC_CATEGORY_PC));
        }
        if (!ok) return false;
        first = false;
    }
    return true;
}

static AyValue m_isidentifier(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(ayStr_is_identifier(SELF)); }

// }====
// {==== padding

static bool fill_arg(AyVM *vm, AyValue *args, int nargs, const char *name, int64_t *width, char *fill, int *filln) {
    if (!ayArg_count(vm, name, nargs - 1, 1, 2)) return false;
    if (ayObj_as_ssize(vm, args[1], width) < 0) return false;
    fill[0] = ' ';
    *filln = 1;
    if (nargs > 2) {
        if (!ayV_is_str(vm, args[2]) || AY_STR(args[2])->len != 1) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "The fill character must be exactly one character long");
            return false;
        }
        *filln = (int)AY_STR(args[2])->size;
        memcpy(fill, AY_CSTR(args[2]), (size_t)*filln);
    }
    return true;
}

static AyValue pad_impl(AyVM *vm, AyValue *args, int nargs, const char *name, char align) {
    int64_t width;
    char fill[4];
    int filln;
    if (!fill_arg(vm, args, nargs, name, &width, fill, &filln)) return AY_NULL;
    AyStr *s = SELF;
    if (width <= s->len) return ayV_is_type(vm, args[0], vm->t_str) ? args[0] : new_str(vm, s->data, (size_t)s->size);
    int64_t total = width - s->len, left;
    if (align == '<') left = 0;
    else if (align == '>') left = total;
    else left = total / 2 + (total & width & 1);
    AyBuf b;
    ayBuf_init(&b, vm);
    for (int64_t i = 0; i < left; i++) ayBuf_add(&b, fill, (size_t)filln);
    ayBuf_add(&b, s->data, (size_t)s->size);
    for (int64_t i = left; i < total; i++) ayBuf_add(&b, fill, (size_t)filln);
    return ayBuf_finish(&b);
}

static AyValue m_ljust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, "ljust", '<'); }
static AyValue m_rjust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, "rjust", '>'); }
static AyValue m_center(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, "center", '^'); }

static AyValue m_zfill(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "zfill", nargs - 1, 1, 1)) return AY_NULL;
    int64_t width;
    if (ayObj_as_ssize(vm, args[1], &width) < 0) return AY_NULL;
    AyStr *s = SELF;
    if (width <= s->len) return ayV_is_type(vm, args[0], vm->t_str) ? args[0] : new_str(vm, s->data, (size_t)s->size);
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data;
    if (s->size && (*p == '+' || *p == '-')) {
        ayBuf_addc(&b, *p);
        p++;
    }
    for (int64_t i = s->len; i < width; i++) ayBuf_addc(&b, '0');
    ayBuf_add(&b, p, (size_t)(s->data + s->size - p));
    return ayBuf_finish(&b);
}

static AyValue m_expandtabs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "expandtabs", args + 1, nargs - 1, kwnames, "| tabsize", a)) return AY_NULL;
    int64_t ts = 8;
    if (a[0] && ayObj_as_ssize(vm, a[0], &ts) < 0) return AY_NULL;
    AyStr *s = SELF;
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t col = 0;
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        const char *q = p;
        uint32_t c = ayUtf8_decode(&q);
        if (c == '\t') {
            if (ts > 0) {
                int64_t n = ts - col % ts;
                for (int64_t i = 0; i < n; i++) ayBuf_addc(&b, ' ');
                col += n;
            }
        } else {
            ayBuf_add(&b, p, (size_t)(q - p));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    return ayBuf_finish(&b);
}

// }====
// {==== translate, encode, format

static AyValue m_maketrans(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // static method: args are the real arguments
    if (!ayArg_count(vm, "maketrans", nargs, 1, 3)) return AY_NULL;
    AyDict *d = ayDict_new(vm);
    if (!d) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(d));
    AyValue r = ayV_from_obj(d);
    if (nargs == 1) {
        if (!ayV_is_dict(vm, args[0])) {
            ayGC_pop_roots(vm, 1);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "if you give only one argument to maketrans it must be a dict");
        }
        int64_t pos = 0;
        AyValue k, v;
        while (ayDict_next(AY_AS(AyDict, args[0]), &pos, &k, &v)) {
            AyValue key = k;
            if (ayV_is_str(vm, k)) {
                if (AY_STR(k)->len != 1) {
                    ayGC_pop_roots(vm, 1);
                    return ayErr_format(vm, AY_EXC(vm, ValueError), "string keys in translate table must be of length 1");
                }
                const char *p = AY_CSTR(k);
                key = ayV_small(ayUtf8_decode(&p));
            } else if (!ayV_is_anyint(vm, k)) {
                ayGC_pop_roots(vm, 1);
                return ayErr_format(vm, AY_EXC(vm, TypeError), "keys in translate table must be strings or integers");
            }
            if (ayDict_set(vm, d, key, v) < 0) r = AY_NULL;
        }
    } else {
        if (!need_str(vm, args[0], "maketrans() argument 1 must be str") ||
            !need_str(vm, args[1], "maketrans() argument 2 must be str")) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        AyStr *x = AY_STR(args[0]), *y = AY_STR(args[1]);
        if (x->len != y->len) {
            ayGC_pop_roots(vm, 1);
            return ayErr_format(vm, AY_EXC(vm, ValueError), "the first two maketrans arguments must have equal length");
        }
        const char *p = x->data, *q = y->data;
        for (int64_t i = 0; i < x->len && r; i++) {
            uint32_t a = ayUtf8_decode(&p), b = ayUtf8_decode(&q);
            if (ayDict_set(vm, d, ayV_small(a), ayV_small(b)) < 0) r = AY_NULL;
        }
        if (nargs == 3 && r) {
            if (!need_str(vm, args[2], "maketrans() argument 3 must be str")) r = AY_NULL;
            else {
                const char *z = AY_CSTR(args[2]), *ze = z + AY_STR(args[2])->size;
                while (z < ze && r)
                    if (ayDict_set(vm, d, ayV_small(ayUtf8_decode(&z)), AY_NONE) < 0) r = AY_NULL;
            }
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_translate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "translate", nargs - 1, 1, 1)) return AY_NULL;
    AyStr *s = SELF;
    AyValue table = args[1];
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        const char *start = p;
        uint32_t c = ayUtf8_decode(&p);
        AyValue v = ayObj_getitem(vm, table, ayV_small(c));
        if (!v) {
            if (!ayErr_matches(vm, AY_EXC(vm, LookupError))) {
                ayBuf_free(&b);
                return AY_NULL;
            }
            ayErr_clear(vm);
            ayBuf_add(&b, start, (size_t)(p - start));
            continue;
        }
        if (v == AY_NONE) continue;
        if (ayV_is_int(v)) {
            int64_t cp = ayV_int(v);
            if (cp < 0 || cp > 0x10FFFF) {
                ayBuf_free(&b);
                return ayErr_format(vm, AY_EXC(vm, ValueError), "character mapping must be in range(0x110000)");
            }
            add_cp(&b, (uint32_t)cp);
        } else if (ayV_is_str(vm, v)) {
            ayBuf_add(&b, AY_CSTR(v), (size_t)AY_STR(v)->size);
        } else {
            ayBuf_free(&b);
            return ayErr_format(vm, AY_EXC(vm, TypeError), "character mapping must return integer, None or str");
        }
    }
    return ayBuf_finish(&b);
}

static AyValue m_encode(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "encode", args + 1, nargs - 1, kwnames, "| encoding errors", a)) return AY_NULL;
    const char *enc = "utf-8", *errors = "strict";
    if (a[0]) {
        if (!ayV_is_str(vm, a[0]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "encode() argument 'encoding' must be str, not %T", a[0]);
        enc = AY_CSTR(a[0]);
    }
    if (a[1]) {
        if (!ayV_is_str(vm, a[1]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "encode() argument 'errors' must be str, not %T", a[1]);
        errors = AY_CSTR(a[1]);
    }
    return ayCodec_encode(vm, SELF, enc, errors);
}

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return ayStr_format_method(vm, SELF, args + 1, nargs - 1, kwnames);
}

static AyValue m_format_map(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "format_map", nargs - 1, 1, 1)) return AY_NULL;
    // a mapping passed as the keyword source
    extern AyValue ayStr_format_mapping(AyVM * vm, AyStr * fmt, AyValue mapping);
    return ayStr_format_mapping(vm, SELF, args[1]);
}

static AyValue m___format__(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    return ayFormat_str(vm, SELF, AY_STR(args[1]));
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue s = new_str(vm, SELF->data, (size_t)SELF->size);
    return s ? ayTuple_from_items(vm, &s, 1) : AY_NULL;
}

// }====
// {==== str()

AyValue ayStr_new_from_args(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "str", args, nargs, kwnames, "| object encoding errors", a)) return AY_NULL;
    AyValue r;
    if (!a[0]) {
        r = ayV_from_obj(vm->empty_str);
    } else if (!a[1] && !a[2]) {
        r = ayObj_str(vm, a[0]);
    } else {
        const char *enc = a[1] ? AY_CSTR(a[1]) : "utf-8", *errors = a[2] ? AY_CSTR(a[2]) : "strict";
        const char *data;
        int64_t n;
        if (ayV_is_type(vm, a[0], vm->t_bytes)) {
            data = AY_AS(AyBytes, a[0])->data;
            n = AY_AS(AyBytes, a[0])->size;
        } else if (ayV_is_type(vm, a[0], vm->t_bytearray)) {
            data = AY_AS(AyByteArray, a[0])->data;
            n = AY_AS(AyByteArray, a[0])->size;
        } else {
            return ayErr_format(vm, AY_EXC(vm, TypeError), "decoding to str: need a bytes-like object, %T found", a[0]);
        }
        r = ayCodec_decode(vm, data, (size_t)n, enc, errors);
    }
    if (!r || type == vm->t_str) return r;
    AyStr *src = AY_STR(r);
    // a subclass instance: same layout, its own type
    AyStr *s = (AyStr *)ayGC_new(vm, type, sizeof(AyStr) + (size_t)src->size + 1 + sizeof(AyDict *));
    if (!s) return AY_NULL;
    memcpy(s->data, src->data, (size_t)src->size + 1);
    s->size = src->size;
    s->len = src->len;
    s->ascii = src->ascii;
    s->hash = -1;
    return ayV_from_obj(s);
}

// }====

static const AyMethodDef str_methods[] = {
    {"find", m_find, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"rindex", m_rindex, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"join", m_join, 0, NULL},
    {"split", m_split, 0, NULL},
    {"rsplit", m_rsplit, 0, NULL},
    {"splitlines", m_splitlines, 0, NULL},
    {"partition", m_partition, 0, NULL},
    {"rpartition", m_rpartition, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"removeprefix", m_removeprefix, 0, NULL},
    {"removesuffix", m_removesuffix, 0, NULL},
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
    {"ljust", m_ljust, 0, NULL},
    {"rjust", m_rjust, 0, NULL},
    {"center", m_center, 0, NULL},
    {"zfill", m_zfill, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL},
    {"maketrans", m_maketrans, AY_NATIVE_STATIC, NULL},
    {"translate", m_translate, 0, NULL},
    {"encode", m_encode, 0, NULL},
    {"format", m_format, 0, NULL},
    {"format_map", m_format_map, 0, NULL},
    {"__format__", m___format__, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL},
};

void ayStr_methods_setup(AyVM *vm) {
    ayType_add_methods(vm, vm->t_str, str_methods);
    (void)ayStr_repeat;
    (void)ayStr_slice;
}
