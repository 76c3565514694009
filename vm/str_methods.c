// str methods: searching, splitting, joining, stripping, replacing, padding,
// translate. Case mappings and predicates are in str_case.c; the str()
// constructor, encode and format are in str_ctor.c. Argument checks use
// CPython's exact wording (which differs between its older and its
// Argument-Clinic methods; each method below uses the kind CPython uses).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

#define SELF AY_STR(args[0])

// {==== argument checks shared with bytes

// The builtin type a method runs on ("str", "bytes", "bytearray"): subclass
// instances report their builtin base, as CPython's messages do.
const char *ayMeth_owner(AyVM *vm, AyValue self) {
    AyType *t = ayV_type(vm, self);
    while (t->base && (t->flags & AY_TF_HEAPTYPE)) t = t->base;
    return ayType_name(t);
}

static bool no_kw(AyVM *vm, AyValue self, const char *name, AyValue kwnames) {
    if (!kwnames || AY_AS(AyTuple, kwnames)->len == 0) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s.%s() takes no keyword arguments", ayMeth_owner(vm, self), name);
    return false;
}

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name) {
    if (!no_kw(vm, args[0], name, kwnames)) return false;
    if (nargs == 1) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s.%s() takes no arguments (%d given)", ayMeth_owner(vm, args[0]), name,
                 nargs - 1);
    return false;
}

bool ayMeth_onearg(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name) {
    if (!no_kw(vm, args[0], name, kwnames)) return false;
    if (nargs == 2) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s.%s() takes exactly one argument (%d given)",
                 ayMeth_owner(vm, args[0]), name, nargs - 1);
    return false;
}

bool ayMeth_posonly(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int min, int max) {
    if (!no_kw(vm, args[0], name, kwnames)) return false;
    return ayArg_count(vm, name, nargs - 1, min, max);
}

bool ayMeth_oldargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int min, int max) {
    if (!no_kw(vm, args[0], name, kwnames)) return false;
    int n = nargs - 1;
    if (n < min)
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes at least %d argument%s (%d given)", name, min,
                     min == 1 ? "" : "s", n);
    else if (n > max)
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes at most %d argument%s (%d given)", name, max,
                     max == 1 ? "" : "s", n);
    else return true;
    return false;
}

bool ayMeth_kwargs(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char *spec,
                   AyValue *out) {
    int nkw = ayArg_nkw(kwnames);
    int nparams = 0, posonly = 0;
    const char *names[16];
    int lens[16];
    for (const char *p = spec; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (*p == '|' || *p == '$') {
            p++;
            continue;
        }
        if (*p == '/') {
            posonly = nparams;
            p++;
            continue;
        }
        const char *s = p;
        while (*p && *p != ' ') p++;
        names[nparams] = s;
        lens[nparams++] = (int)(p - s);
    }
    for (int k = 0; k < nkw; k++) {
        AyStr *kn = AY_STR(AY_AS(AyTuple, kwnames)->items[k]);
        bool ok = false;
        for (int i = posonly; i < nparams && !ok; i++)
            ok = lens[i] == kn->size && memcmp(names[i], kn->data, (size_t)kn->size) == 0;
        if (!ok) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()", kn, name);
            return false;
        }
    }
    if (nargs + nkw > nparams) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes at most %d %sargument%s (%d given)", name, nparams,
                     nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    return ayArg_unpack(vm, name, args, nargs, kwnames, spec, out);
}

// A start/end argument of find() and friends: None (leaves *out alone) or an
// integer, clamped into range like CPython's _PyEval_SliceIndex.
bool ayMeth_slice_index(AyVM *vm, AyValue v, int64_t *out) {
    if (v == AY_NONE) return true;
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return true;
    }
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    AyValue i = ayObj_index(vm, v);
    if (!i) return false;
    int64_t x;
    if (ayInt_as_i64(vm, i, &x) < 0) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
        ayErr_clear(vm);
        x = ayInt_sign(vm, i) < 0 ? -(INT64_MAX / 4) : INT64_MAX / 4;
    }
    *out = x;
    return true;
}

// Parses optional start/end (args[0..n)) and applies CPython's
// ADJUST_INDICES: end is clamped to [0, len]; start only from below.
bool ayMeth_find_range(AyVM *vm, AyValue *args, int n, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX / 4;
    if (n > 0 && !ayMeth_slice_index(vm, args[0], start)) return false;
    if (n > 1 && !ayMeth_slice_index(vm, args[1], end)) return false;
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return true;
}

// }====
// {==== helpers

static AyValue new_str(AyVM *vm, const char *s, size_t n) {
    AyStr *r = ayStr_new(vm, s, n);
    return r ? ayV_from_obj(r) : AY_NULL;
}

// self unchanged: the same object when it is an exact str, else a copy.
static AyValue same_str(AyVM *vm, AyValue self) {
    if (ayV_is_type(vm, self, vm->t_str)) return self;
    return new_str(vm, AY_CSTR(self), (size_t)AY_STR(self)->size);
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

static void add_cp(AyBuf *b, uint32_t c) {
    char tmp[4];
    ayBuf_add(b, tmp, (size_t)ayUtf8_encode(c, tmp));
}

int64_t ayStr_rfind_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
    if (nn == 0) return from <= to ? to : -1;
    if (to - from < nn) return -1;
    if (nn == 1) {
        const char *r = memrchr(h + from, n[0], (size_t)(to - from));
        return r ? r - h : -1;
    }
    for (int64_t i = to - nn; i >= from; i--)
        if (h[i] == n[0] && memcmp(h + i + 1, n + 1, (size_t)nn - 1) == 0) return i;
    return -1;
}

// Code point index of byte offset `off` in s.
static int64_t cp_index(AyStr *s, int64_t off) {
    return s->ascii ? off : ayUtf8_count(s->data, (size_t)off);
}

static bool need_str_arg(AyVM *vm, AyValue v) {
    if (ayV_is_str(vm, v)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "must be str, not %T", v);
    return false;
}

// }====
// {==== searching

// Resolves sub and start/end for find/index/count: the byte range [*from,
// *to) of s to search, or false with *empty set when no match is possible.
static bool search_args(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int64_t *from,
                        int64_t *to, bool *empty) {
    if (!ayMeth_oldargs(vm, args, nargs, kwnames, name, 1, 3)) return false;
    if (!need_str_arg(vm, args[1])) return false;
    AyStr *s = SELF, *sub = AY_STR(args[1]);
    int64_t a, b;
    if (!ayMeth_find_range(vm, args + 2, nargs - 2, s->len, &a, &b)) return false;
    *empty = b - a < sub->len;  // also true when start > len
    if (*empty) return true;
    *from = ayStr_index_offset(vm, s, a);
    *to = ayStr_index_offset(vm, s, b);
    return true;
}

static AyValue find_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool rev, bool raise) {
    int64_t from = 0, to = 0;
    bool empty;
    if (!search_args(vm, args, nargs, kw, name, &from, &to, &empty)) return AY_NULL;
    AyStr *s = SELF, *sub = AY_STR(args[1]);
    int64_t r = -1;
    if (!empty)
        r = rev ? ayStr_rfind_bytes(s->data, from, to, sub->data, sub->size)
                : ayStr_find_bytes(s->data, from, to, sub->data, sub->size);
    if (r < 0) {
        if (raise) return ayErr_format(vm, AY_EXC(vm, ValueError), "substring not found");
        return ayV_small(-1);
    }
    return ayV_small(cp_index(s, r));
}

static AyValue m_find(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "find", false, false); }
static AyValue m_rfind(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "rfind", true, false); }
static AyValue m_index(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "index", false, true); }
static AyValue m_rindex(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "rindex", true, true); }

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t from = 0, to = 0;
    bool empty;
    if (!search_args(vm, args, nargs, kw, "count", &from, &to, &empty)) return AY_NULL;
    if (empty) return ayV_small(0);
    AyStr *s = SELF, *sub = AY_STR(args[1]);
    if (sub->size == 0) return ayV_small(cp_index(s, to) - cp_index(s, from) + 1);
    int64_t n = 0;
    if (sub->size == 1) {
        char c = sub->data[0];
        for (int64_t i = from; i < to; i++) n += s->data[i] == c;
        return ayV_small(n);
    }
    for (int64_t i = from; (i = ayStr_find_bytes(s->data, i, to, sub->data, sub->size)) >= 0; i += sub->size) n++;
    return ayV_small(n);
}

static AyValue affix_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool suffix) {
    if (!ayMeth_oldargs(vm, args, nargs, kw, name, 1, 3)) return AY_NULL;
    AyStr *s = SELF;
    AyValue pat = args[1];
    AyValue *pats = &pat;
    int64_t np = 1;
    if (ayV_is_tuple(vm, pat)) {
        pats = AY_AS(AyTuple, pat)->items;
        np = AY_AS(AyTuple, pat)->len;
    } else if (!ayV_is_str(vm, pat)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s first arg must be str or a tuple of str, not %T", name, pat);
    }
    int64_t a, b;
    if (!ayMeth_find_range(vm, args + 2, nargs - 2, s->len, &a, &b)) return AY_NULL;
    for (int64_t i = 0; i < np; i++) {
        if (!ayV_is_str(vm, pats[i]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "tuple for %s must only contain str, not %T", name, pats[i]);
        AyStr *p = AY_STR(pats[i]);
        if (b - p->len < a) continue;
        if (p->len == 0) return AY_TRUE;
        int64_t at = suffix ? ayStr_index_offset(vm, s, b - p->len) : ayStr_index_offset(vm, s, a);
        if (at + p->size <= s->size && memcmp(s->data + at, p->data, (size_t)p->size) == 0) return AY_TRUE;
    }
    return AY_FALSE;
}

static AyValue m_startswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_impl(vm, a, n, k, "startswith", false); }
static AyValue m_endswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_impl(vm, a, n, k, "endswith", true); }

// }====
// {==== splitting and joining

static AyValue m_join(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "join")) return AY_NULL;
    AyStr *sep = SELF;
    AyValue seq = args[1];
    if (!ayV_is_list(vm, seq) && !ayV_is_tuple(vm, seq)) {
        AyValue it = ayObj_iter(vm, seq);
        if (!it) {
            if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
                ayErr_clear(vm);
                return ayErr_format(vm, AY_EXC(vm, TypeError), "can only join an iterable");
            }
            return AY_NULL;
        }
        seq = ayObj_to_list(vm, it);
        if (!seq) return AY_NULL;
    }
    AyValue *items = ayV_is_list(vm, seq) ? AY_AS(AyList, seq)->items : AY_AS(AyTuple, seq)->items;
    int64_t n = ayV_is_list(vm, seq) ? AY_AS(AyList, seq)->len : AY_AS(AyTuple, seq)->len;
    if (n == 0) return ayV_from_obj(vm->empty_str);
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
    total += sep->size * (n - 1);
    chars += sep->len * (n - 1);
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
    if (!ayMeth_kwargs(vm, name, args + 1, nargs - 1, kwnames, "| sep maxsplit", a)) return false;
    *sep = a[0] && a[0] != AY_NONE ? a[0] : AY_NULL;
    if (*sep && !ayV_is_str(vm, *sep)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "must be str or None, not %T", *sep);
        return false;
    }
    *maxsplit = -1;
    if (a[1] && ayObj_as_ssize(vm, a[1], maxsplit) < 0) return false;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    if (*sep && AY_STR(*sep)->size == 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
        return false;
    }
    return true;
}

// Appends the piece [p, p + n) of `from` to the list.
static bool push_piece(AyVM *vm, AyList *l, AyStr *from, const char *p, size_t n) {
    AyStr *s = ayStr_sub(vm, from, p, n);
    return s && ayList_append(vm, l, ayV_from_obj(s));
}

// ASCII whitespace as str.split() sees it (space, \t..\r, \x1c..\x1f).
static bool ascii_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

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
    if (!sep && s->ascii) {
        const uint8_t *d = (const uint8_t *)s->data;
        int64_t i = 0, n = s->size;
        while (ok && maxsplit-- > 0) {
            while (i < n && ascii_space(d[i])) i++;
            if (i >= n) break;
            int64_t j = i + 1;
            while (j < n && !ascii_space(d[j])) j++;
            ok = push_piece(vm, l, s, s->data + i, (size_t)(j - i));
            i = j;
        }
        while (i < n && ascii_space(d[i])) i++;
        if (ok && i < n) ok = push_piece(vm, l, s, s->data + i, (size_t)(n - i));
    } else if (!sep) {
        // runs of whitespace separate; once maxsplit is used up the rest,
        // left-stripped, is the last piece
        while (ok && maxsplit-- > 0) {
            const char *q;
            while (p < end && (q = p, ayUni_is_space(ayUtf8_decode(&q)))) p = q;
            if (p >= end) break;
            const char *start = p;
            while (p < end && (q = p, !ayUni_is_space(ayUtf8_decode(&q)))) p = q;
            ok = push_piece(vm, l, s, start, (size_t)(p - start));
        }
        if (ok && p < end) {
            const char *q;
            while (p < end && (q = p, ayUni_is_space(ayUtf8_decode(&q)))) p = q;
            if (p < end) ok = push_piece(vm, l, s, p, (size_t)(end - p));
        }
    } else {
        AyStr *sp = AY_STR(sep);
        while (ok) {
            const char *q = maxsplit-- > 0 ? (const char *)memmem(p, (size_t)(end - p), sp->data, (size_t)sp->size)
                                           : NULL;
            if (!q) {
                ok = push_piece(vm, l, s, p, (size_t)(end - p));
                break;
            }
            ok = push_piece(vm, l, s, p, (size_t)(q - p));
            p = q + sp->size;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static void reverse_list(AyList *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AyValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
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
        while (ok && maxsplit-- > 0) {
            const char *t;
            while (p > start && (t = p, ayUni_is_space(decode_prev(start, &t)))) p = t;
            if (p <= start) break;
            const char *e = p;
            while (p > start && (t = p, !ayUni_is_space(decode_prev(start, &t)))) p = t;
            ok = push_piece(vm, l, s, p, (size_t)(e - p));
        }
        if (ok && p > start) {
            const char *t;
            while (p > start && (t = p, ayUni_is_space(decode_prev(start, &t)))) p = t;
            if (p > start) ok = push_piece(vm, l, s, start, (size_t)(p - start));
        }
    } else {
        AyStr *sp = AY_STR(sep);
        while (ok) {
            int64_t at = maxsplit-- > 0 ? ayStr_rfind_bytes(start, 0, p - start, sp->data, sp->size) : -1;
            if (at < 0) {
                ok = push_piece(vm, l, s, start, (size_t)(p - start));
                break;
            }
            ok = push_piece(vm, l, s, start + at + sp->size, (size_t)(p - start - at - sp->size));
            p = start + at;
        }
    }
    if (ok) reverse_list(l);  // pieces were collected right to left
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue m_splitlines(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "splitlines", args + 1, nargs - 1, kwnames, "| keepends", a)) return AY_NULL;
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
        if (!ayUni_is_linebreak(c)) {
            p = q;
            continue;
        }
        const char *eol = q;
        if (c == '\r' && q < end && *q == '\n') eol = q + 1;
        ok = push_piece(vm, l, s, line, (size_t)((keep ? eol : p) - line));
        p = line = eol;
    }
    if (ok && line < end) ok = push_piece(vm, l, s, line, (size_t)(end - line));
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue partition_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool rev) {
    if (!ayMeth_onearg(vm, args, nargs, kw, rev ? "rpartition" : "partition")) return AY_NULL;
    if (!need_str_arg(vm, args[1])) return AY_NULL;
    AyStr *s = SELF, *sep = AY_STR(args[1]);
    if (sep->size == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
    int64_t at = rev ? ayStr_rfind_bytes(s->data, 0, s->size, sep->data, sep->size)
                     : ayStr_find_bytes(s->data, 0, s->size, sep->data, sep->size);
    AyValue items[3];
    AyValue empty = ayV_from_obj(vm->empty_str);
    if (at < 0) {
        AyValue whole = args[0];  // CPython returns self itself, even a subclass instance
        items[0] = rev ? empty : whole;
        items[1] = empty;
        items[2] = rev ? whole : empty;
    } else {
        items[0] = new_str(vm, s->data, (size_t)at);
        if (!items[0]) return AY_NULL;
        items[1] = same_str(vm, args[1]);
        if (!items[1]) return AY_NULL;
        items[2] = new_str(vm, s->data + at + sep->size, (size_t)(s->size - at - sep->size));
        if (!items[2]) return AY_NULL;
    }
    return ayTuple_from_items(vm, items, 3);
}

static AyValue m_partition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, k, false); }
static AyValue m_rpartition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, k, true); }

// }====
// {==== stripping and replacing

static bool in_chars(AyStr *chars, uint32_t c) {
    if (chars->ascii) return c < 128 && memchr(chars->data, (int)c, (size_t)chars->size) != NULL;
    const char *p = chars->data, *end = p + chars->size;
    while (p < end)
        if (ayUtf8_decode(&p) == c) return true;
    return false;
}

static AyValue strip_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool left, bool right) {
    if (!ayMeth_posonly(vm, args, nargs, kw, name, 0, 1)) return AY_NULL;
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
            if (chars ? !in_chars(chars, c) : !ayUni_is_space(c)) break;
            p = q;
        }
    if (right)
        while (end > p) {
            const char *q = end;
            uint32_t c = decode_prev(p, &q);
            if (chars ? !in_chars(chars, c) : !ayUni_is_space(c)) break;
            end = q;
        }
    if (p == s->data && end == s->data + s->size) return same_str(vm, args[0]);
    return new_str(vm, p, (size_t)(end - p));
}

static AyValue m_strip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "strip", true, true); }
static AyValue m_lstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "lstrip", true, false); }
static AyValue m_rstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "rstrip", false, true); }

static AyValue m_replace(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayMeth_posonly(vm, args, nargs, kwnames, "replace", 2, 3)) return AY_NULL;
    for (int i = 1; i <= 2; i++)
        if (!ayV_is_str(vm, args[i]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "replace() argument %d must be str, not %T", i, args[i]);
    int64_t count = -1;
    if (nargs > 3 && ayObj_as_ssize(vm, args[3], &count) < 0) return AY_NULL;
    if (count < 0) count = INT64_MAX;
    AyStr *s = SELF, *old = AY_STR(args[1]), *rep = AY_STR(args[2]);
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = s->data, *end = p + s->size;
    int64_t done = 0;
    if (old->size == 0) {
        // `rep` goes before every character and at the end
        while (done < count) {
            ayBuf_add(&b, rep->data, (size_t)rep->size);
            done++;
            if (p >= end) break;
            const char *q = p;
            ayUtf8_decode(&q);
            ayBuf_add(&b, p, (size_t)(q - p));
            p = q;
        }
    } else {
        while (done < count) {
            int64_t at = ayStr_find_bytes(p, 0, end - p, old->data, old->size);
            if (at < 0) break;
            const char *q = p + at;
            ayBuf_add(&b, p, (size_t)(q - p));
            ayBuf_add(&b, rep->data, (size_t)rep->size);
            p = q + old->size;
            done++;
        }
    }
    if (done == 0) {
        ayBuf_free(&b);
        return same_str(vm, args[0]);
    }
    ayBuf_add(&b, p, (size_t)(end - p));
    return ayBuf_finish(&b);
}

static AyValue affix_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool suffix) {
    if (!ayMeth_onearg(vm, args, nargs, kw, name)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument must be str, not %T", name, args[1]);
    AyStr *s = SELF, *p = AY_STR(args[1]);
    if (p->size && p->size <= s->size) {
        if (!suffix && memcmp(s->data, p->data, (size_t)p->size) == 0)
            return new_str(vm, s->data + p->size, (size_t)(s->size - p->size));
        if (suffix && memcmp(s->data + s->size - p->size, p->data, (size_t)p->size) == 0)
            return new_str(vm, s->data, (size_t)(s->size - p->size));
    }
    return same_str(vm, args[0]);
}

static AyValue m_removeprefix(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_remove(vm, a, n, k, "removeprefix", false); }
static AyValue m_removesuffix(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_remove(vm, a, n, k, "removesuffix", true); }

// }====
// {==== padding

static bool width_arg(AyVM *vm, AyValue v, int64_t *width) { return ayObj_as_ssize(vm, v, width) >= 0; }

static AyValue pad(AyVM *vm, AyValue self, int64_t left, int64_t right, const char *fill, size_t filln) {
    AyStr *s = AY_STR(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return same_str(vm, self);
    AyStr *r = ayStr_alloc(vm, (size_t)(s->size + (left + right) * (int64_t)filln));
    if (!r) return AY_NULL;
    char *o = r->data;
    for (int64_t i = 0; i < left; i++, o += filln) memcpy(o, fill, filln);
    memcpy(o, s->data, (size_t)s->size);
    o += s->size;
    for (int64_t i = 0; i < right; i++, o += filln) memcpy(o, fill, filln);
    r->len = s->len + left + right;
    r->ascii = s->ascii && filln == 1 && (uint8_t)fill[0] < 0x80;
    return ayV_from_obj(r);
}

static AyValue pad_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, char align) {
    if (!ayMeth_posonly(vm, args, nargs, kw, name, 1, 2)) return AY_NULL;
    int64_t width;
    if (!width_arg(vm, args[1], &width)) return AY_NULL;
    const char *fill = " ";
    size_t filln = 1;
    if (nargs > 2) {
        if (!ayV_is_str(vm, args[2]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "The fill character must be a unicode character, not %T",
                                args[2]);
        if (AY_STR(args[2])->len != 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "The fill character must be exactly one character long");
        fill = AY_CSTR(args[2]);
        filln = (size_t)AY_STR(args[2])->size;
    }
    AyStr *s = SELF;
    if (width <= s->len) return same_str(vm, args[0]);
    int64_t total = width - s->len, left;
    if (align == '<') left = 0;
    else if (align == '>') left = total;
    else left = total / 2 + (total & width & 1);
    return pad(vm, args[0], left, total - left, fill, filln);
}

static AyValue m_ljust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "ljust", '<'); }
static AyValue m_rjust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "rjust", '>'); }
static AyValue m_center(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "center", '^'); }

static AyValue m_zfill(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "zfill")) return AY_NULL;
    int64_t width;
    if (!width_arg(vm, args[1], &width)) return AY_NULL;
    AyStr *s = SELF;
    if (width <= s->len) return same_str(vm, args[0]);
    AyValue r = pad(vm, args[0], width - s->len, 0, "0", 1);
    if (!r) return AY_NULL;
    // a leading sign moves in front of the zeros
    char *d = AY_CSTR(r);
    int64_t fill = width - s->len;
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static AyValue m_expandtabs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "expandtabs", args + 1, nargs - 1, kwnames, "| tabsize", a)) return AY_NULL;
    int64_t ts = 8;
    if (a[0]) {
        if (ayObj_as_ssize(vm, a[0], &ts) < 0) {
            if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
                ayErr_clear(vm);
                ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C int");
            }
            return AY_NULL;
        }
        if (ts > INT32_MAX || ts < INT32_MIN)
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C int");
    }
    AyStr *s = SELF;
    if (!memchr(s->data, '\t', (size_t)s->size)) return same_str(vm, args[0]);
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t col = 0;
    const char *p = s->data, *end = p + s->size;
    while (p < end && !b.failed) {
        const char *q = p;
        uint32_t c = ayUtf8_decode(&q);
        if (c == '\t') {
            if (ts > 0) {
                int64_t n = ts - col % ts;
                if (n > ((int64_t)1 << 40)) {
                    ayBuf_free(&b);
                    return ayErr_format(vm, AY_EXC(vm, OverflowError), "new string is too long");
                }
                if (ayBuf_reserve(&b, (size_t)n)) {
                    memset(b.data + b.len, ' ', (size_t)n);
                    b.len += (size_t)n;
                }
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
// {==== translate

static AyValue m_maketrans(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // a static method: args are the real arguments
    if (!ayArg_no_kw(vm, "str.maketrans", kw) || !ayArg_count(vm, "maketrans", nargs, 1, 3)) return AY_NULL;
    if (nargs == 1) {
        if (!ayV_is_dict(vm, args[0]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "if you give only one argument to maketrans it must be a dict");
    } else {
        if (!ayV_is_str(vm, args[0]))
            return ayErr_format(vm, AY_EXC(vm, TypeError),
                                "first maketrans argument must be a string if there is a second argument");
        for (int i = 1; i < nargs; i++)
            if (!ayV_is_str(vm, args[i]))
                return ayErr_format(vm, AY_EXC(vm, TypeError), "maketrans() argument %d must be str, not %T", i + 1,
                                    args[i]);
        if (AY_STR(args[0])->len != AY_STR(args[1])->len)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "the first two maketrans arguments must have equal length");
    }
    AyDict *d = ayDict_new(vm);
    if (!d) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(d));
    AyValue r = ayV_from_obj(d);
    if (nargs == 1) {
        // keys may run user __hash__/__eq__ via ayDict_set: iterate a snapshot
        AyValue items = ayObj_to_list(vm, ayV_from_obj(AY_AS(AyDict, args[0])));
        AyList *keys = items ? AY_AS(AyList, items) : NULL;
        if (!keys) r = AY_NULL;
        else ayGC_push_root(vm, items);
        for (int64_t i = 0; keys && r && i < keys->len; i++) {
            AyValue k = keys->items[i], key = k;
            AyValue v = ayDict_get(vm, AY_AS(AyDict, args[0]), k);
            if (!v) {
                r = ayErr_occurred(vm) ? AY_NULL : r;
                continue;
            }
            if (ayV_is_str(vm, k)) {
                if (AY_STR(k)->len != 1) {
                    r = ayErr_format(vm, AY_EXC(vm, ValueError), "string keys in translate table must be of length 1");
                    break;
                }
                const char *p = AY_CSTR(k);
                key = ayV_small(ayUtf8_decode(&p));
            } else if (!ayV_is_anyint(vm, k)) {
                r = ayErr_format(vm, AY_EXC(vm, TypeError), "keys in translate table must be strings or integers");
                break;
            }
            if (ayDict_set(vm, d, key, v) < 0) r = AY_NULL;
        }
        if (keys) ayGC_pop_roots(vm, 1);
    } else {
        AyStr *x = AY_STR(args[0]), *y = AY_STR(args[1]);
        const char *p = x->data, *q = y->data;
        for (int64_t i = 0; i < x->len && r; i++) {
            uint32_t a = ayUtf8_decode(&p), b = ayUtf8_decode(&q);
            if (ayDict_set(vm, d, ayV_small(a), ayV_small(b)) < 0) r = AY_NULL;
        }
        if (nargs == 3) {
            const char *z = AY_CSTR(args[2]), *ze = z + AY_STR(args[2])->size;
            while (z < ze && r)
                if (ayDict_set(vm, d, ayV_small(ayUtf8_decode(&z)), AY_NONE) < 0) r = AY_NULL;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_translate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "translate")) return AY_NULL;
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
        if (ayV_is_anyint(vm, v)) {
            int64_t cp;
            if (ayObj_as_ssize(vm, v, &cp) < 0) ayErr_clear(vm), cp = -1;
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
    {"ljust", m_ljust, 0, NULL},
    {"rjust", m_rjust, 0, NULL},
    {"center", m_center, 0, NULL},
    {"zfill", m_zfill, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL},
    {"maketrans", m_maketrans, AY_NATIVE_STATIC, NULL},
    {"translate", m_translate, 0, NULL},
    {NULL},
};

void ayStr_methods_setup(AyVM *vm) { ayType_add_methods(vm, vm->t_str, str_methods); }
