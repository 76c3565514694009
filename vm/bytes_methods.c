// The methods bytes and bytearray share: each reads self through
// ayBytes_view and returns the builtin type of self (bytes for bytes and its
// subclasses, bytearray for bytearray). Character classes are ASCII-only, as
// in CPython.
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayMeth_onearg(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayMeth_posonly(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int min, int max);
bool ayMeth_oldargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name, int min, int max);
bool ayMeth_kwargs(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char *spec,
                   AyValue *out);
bool ayMeth_find_range(AyVM *vm, AyValue *args, int n, int64_t len, int64_t *start, int64_t *end);

// {==== helpers

typedef struct View {
    const char *d;
    int64_t n;
} View;

static View self_view(AyVM *vm, AyValue self) {
    View v;
    ayBytes_view(vm, self, &v.d, &v.n);
    return v;
}

static AyValue like(AyVM *vm, AyValue self, const char *s, int64_t n) {
    return ayBytes_new_like(vm, self, s, (size_t)n);
}

// self unchanged: bytes objects are returned as is, bytearrays copied.
static AyValue same(AyVM *vm, AyValue self) {
    if (ayV_is_type(vm, self, vm->t_bytes)) return self;
    View v = self_view(vm, self);
    return like(vm, self, v.d, v.n);
}

// ASCII classes (Py_ISSPACE etc.)
static bool b_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_alpha(uint8_t c) { return b_lower(c) || b_upper(c); }
static bool b_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_alnum(uint8_t c) { return b_alpha(c) || b_digit(c); }

// A list of pieces of self, each a new bytes/bytearray.
static bool push_piece(AyVM *vm, AyList *l, AyValue self, const char *p, int64_t n) {
    AyValue s = like(vm, self, p, n);
    return s && ayList_append(vm, l, s);
}

// The sub argument of find() and friends: an int byte or a bytes-like.
static bool sub_arg(AyVM *vm, AyValue v, const char **s, int64_t *n, char *one) {
    if (ayV_is_anyint(vm, v) || (!ayBytes_view(vm, v, s, n) && ayV_type(vm, v)->index)) {
        int64_t x;
        if (ayObj_as_ssize(vm, v, &x) < 0) {
            if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
            ayErr_clear(vm);
            x = -1;
        }
        if (x < 0 || x > 255) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "byte must be in range(0, 256)");
            return false;
        }
        *one = (char)x;
        *s = one;
        *n = 1;
        return true;
    }
    if (ayBytes_view(vm, v, s, n)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "argument should be integer or bytes-like object, not '%T'", v);
    return false;
}

static int64_t find_bytes(const char *h, int64_t from, int64_t to, const char *s, int64_t m, bool rev) {
    return rev ? ayStr_rfind_bytes(h, from, to, s, m) : ayStr_find_bytes(h, from, to, s, m);
}

// }====
// {==== searching

static AyValue find_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool rev, bool raise) {
    if (!ayMeth_oldargs(vm, args, nargs, kw, name, 1, 3)) return AY_NULL;
    const char *s;
    int64_t m, a, b;
    char one;
    if (!sub_arg(vm, args[1], &s, &m, &one)) return AY_NULL;
    View v = self_view(vm, args[0]);
    if (!ayMeth_find_range(vm, args + 2, nargs - 2, v.n, &a, &b)) return AY_NULL;
    v = self_view(vm, args[0]);
    if (b > v.n) b = v.n;
    int64_t r = b - a >= m ? find_bytes(v.d, a, b, s, m, rev) : -1;
    if (r < 0 && raise) return ayErr_format(vm, AY_EXC(vm, ValueError), "subsection not found");
    return ayV_small(r);
}

static AyValue m_find(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "find", false, false); }
static AyValue m_rfind(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "rfind", true, false); }
static AyValue m_index(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "index", false, true); }
static AyValue m_rindex(AyVM *vm, AyValue *a, int n, AyValue k) { return find_impl(vm, a, n, k, "rindex", true, true); }

static AyValue m_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_oldargs(vm, args, nargs, kw, "count", 1, 3)) return AY_NULL;
    const char *s;
    int64_t m, a, b;
    char one;
    if (!sub_arg(vm, args[1], &s, &m, &one)) return AY_NULL;
    View v = self_view(vm, args[0]);
    if (!ayMeth_find_range(vm, args + 2, nargs - 2, v.n, &a, &b)) return AY_NULL;
    v = self_view(vm, args[0]);
    if (b > v.n) b = v.n;
    if (b - a < m) return ayV_small(0);
    if (m == 0) return ayV_small(b - a + 1);
    int64_t c = 0;
    for (int64_t i = a; (i = ayStr_find_bytes(v.d, i, b, s, m)) >= 0; i += m) c++;
    return ayV_small(c);
}

static AyValue affix(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool suffix) {
    if (!ayMeth_oldargs(vm, args, nargs, kw, name, 1, 3)) return AY_NULL;
    AyValue pat = args[1];
    AyValue *pats = &pat;
    int64_t np = 1;
    const char *s;
    int64_t m;
    if (ayV_is_tuple(vm, pat)) {
        pats = AY_AS(AyTuple, pat)->items;
        np = AY_AS(AyTuple, pat)->len;
    } else if (!ayBytes_view(vm, pat, &s, &m)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s first arg must be bytes or a tuple of bytes, not %T", name,
                            pat);
    }
    View v = self_view(vm, args[0]);
    int64_t a, b;
    if (!ayMeth_find_range(vm, args + 2, nargs - 2, v.n, &a, &b)) return AY_NULL;
    v = self_view(vm, args[0]);
    for (int64_t i = 0; i < np; i++) {
        if (!ayBytes_need_view(vm, pats[i], &s, &m)) return AY_NULL;
        if (b - m < a) continue;
        if (m == 0 || memcmp(suffix ? v.d + b - m : v.d + a, s, (size_t)m) == 0) return AY_TRUE;
    }
    return AY_FALSE;
}

static AyValue m_startswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix(vm, a, n, k, "startswith", false); }
static AyValue m_endswith(AyVM *vm, AyValue *a, int n, AyValue k) { return affix(vm, a, n, k, "endswith", true); }

// }====
// {==== join, split, partition

static AyValue m_join(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "join")) return AY_NULL;
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
    ayGC_push_root(vm, seq);
    AyValue *items = ayV_is_list(vm, seq) ? AY_AS(AyList, seq)->items : AY_AS(AyTuple, seq)->items;
    int64_t n = ayV_is_list(vm, seq) ? AY_AS(AyList, seq)->len : AY_AS(AyTuple, seq)->len;
    AyBuf b;
    ayBuf_init(&b, vm);
    View sep = self_view(vm, args[0]);
    AyValue r = AY_NULL;
    for (int64_t i = 0; i < n; i++) {
        const char *d;
        int64_t m;
        if (!ayBytes_view(vm, items[i], &d, &m)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected a bytes-like object, %T found",
                         (long long)i, items[i]);
            goto done;
        }
        if (i) ayBuf_add(&b, sep.d, (size_t)sep.n);
        ayBuf_add(&b, d, (size_t)m);
    }
    if (!b.failed) r = like(vm, args[0], b.data ? b.data : "", (int64_t)b.len);
done:
    ayBuf_free(&b);
    ayGC_pop_roots(vm, 1);
    return r;
}

static bool split_args(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char **sep,
                       int64_t *nsep, int64_t *maxsplit) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, name, args + 1, nargs - 1, kwnames, "| sep maxsplit", a)) return false;
    *sep = NULL;
    if (a[0] && a[0] != AY_NONE && !ayBytes_need_view(vm, a[0], sep, nsep)) return false;
    *maxsplit = -1;
    if (a[1] && ayObj_as_ssize(vm, a[1], maxsplit) < 0) return false;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    if (*sep && *nsep == 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
        return false;
    }
    return true;
}

static AyValue m_split(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    const char *s;
    int64_t m, maxsplit;
    if (!split_args(vm, "split", args, nargs, kwnames, &s, &m, &maxsplit)) return AY_NULL;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    View v = self_view(vm, args[0]);
    int64_t i = 0, n = v.n;
    bool ok = true;
    if (!s) {
        while (ok && maxsplit-- > 0) {
            while (i < n && b_space((uint8_t)v.d[i])) i++;
            if (i >= n) break;
            int64_t j = i;
            while (j < n && !b_space((uint8_t)v.d[j])) j++;
            ok = push_piece(vm, l, args[0], v.d + i, j - i);
            i = j;
        }
        if (ok && i < n) {
            while (i < n && b_space((uint8_t)v.d[i])) i++;
            if (i < n) ok = push_piece(vm, l, args[0], v.d + i, n - i);
        }
    } else {
        while (ok) {
            int64_t j = maxsplit-- > 0 ? ayStr_find_bytes(v.d, i, n, s, m) : -1;
            if (j < 0) {
                ok = push_piece(vm, l, args[0], v.d + i, n - i);
                break;
            }
            ok = push_piece(vm, l, args[0], v.d + i, j - i);
            i = j + m;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue m_rsplit(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    const char *s;
    int64_t m, maxsplit;
    if (!split_args(vm, "rsplit", args, nargs, kwnames, &s, &m, &maxsplit)) return AY_NULL;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    View v = self_view(vm, args[0]);
    int64_t j = v.n;
    bool ok = true;
    if (!s) {
        while (ok && maxsplit-- > 0) {
            while (j > 0 && b_space((uint8_t)v.d[j - 1])) j--;
            if (j <= 0) break;
            int64_t i = j;
            while (i > 0 && !b_space((uint8_t)v.d[i - 1])) i--;
            ok = push_piece(vm, l, args[0], v.d + i, j - i);
            j = i;
        }
        if (ok && j > 0) {
            while (j > 0 && b_space((uint8_t)v.d[j - 1])) j--;
            if (j > 0) ok = push_piece(vm, l, args[0], v.d, j);
        }
    } else {
        while (ok) {
            int64_t at = maxsplit-- > 0 ? ayStr_rfind_bytes(v.d, 0, j, s, m) : -1;
            if (at < 0) {
                ok = push_piece(vm, l, args[0], v.d, j);
                break;
            }
            ok = push_piece(vm, l, args[0], v.d + at + m, j - at - m);
            j = at;
        }
    }
    if (ok)
        for (int64_t i = 0, k = l->len - 1; i < k; i++, k--) {
            AyValue t = l->items[i];
            l->items[i] = l->items[k];
            l->items[k] = t;
        }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue m_splitlines(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "splitlines", args + 1, nargs - 1, kwnames, "| keepends", a)) return AY_NULL;
    int keep = a[0] ? ayObj_truth(vm, a[0]) : 0;
    if (keep < 0) return AY_NULL;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    View v = self_view(vm, args[0]);
    int64_t i = 0, line = 0;
    bool ok = true;
    while (i < v.n && ok) {
        char c = v.d[i];
        if (c != '\n' && c != '\r') {
            i++;
            continue;
        }
        int64_t eol = i + 1;
        if (c == '\r' && eol < v.n && v.d[eol] == '\n') eol++;
        ok = push_piece(vm, l, args[0], v.d + line, (keep ? eol : i) - line);
        i = line = eol;
    }
    if (ok && line < v.n) ok = push_piece(vm, l, args[0], v.d + line, v.n - line);
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

static AyValue partition_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool rev) {
    if (!ayMeth_onearg(vm, args, nargs, kw, rev ? "rpartition" : "partition")) return AY_NULL;
    const char *s;
    int64_t m;
    if (!ayBytes_need_view(vm, args[1], &s, &m)) return AY_NULL;
    if (m == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "empty separator");
    View v = self_view(vm, args[0]);
    int64_t at = find_bytes(v.d, 0, v.n, s, m, rev);
    // (no Ay code runs below: the new objects need no roots)
    AyValue items[3];
    if (at < 0) {
        int whole = rev ? 2 : 0;
        for (int i = 0; i < 3; i++) {
            // bytes (and subclasses) come back as themselves, bytearrays copied
            bool keep = i == whole && !ayBytes_is_bytearray(vm, args[0]);
            items[i] = keep ? args[0] : i == whole ? same(vm, args[0]) : like(vm, args[0], "", 0);
            if (!items[i]) return AY_NULL;
        }
    } else {
        int64_t off[3] = {0, at, at + m}, len[3] = {at, m, v.n - at - m};
        for (int i = 0; i < 3; i++) {
            items[i] = like(vm, args[0], i == 1 ? s : v.d + off[i], len[i]);
            if (!items[i]) return AY_NULL;
        }
    }
    return ayTuple_from_items(vm, items, 3);
}

static AyValue m_partition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, k, false); }
static AyValue m_rpartition(AyVM *vm, AyValue *a, int n, AyValue k) { return partition_impl(vm, a, n, k, true); }

// }====
// {==== strip, replace, affixes

static AyValue strip_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool left, bool right) {
    if (!ayMeth_posonly(vm, args, nargs, kw, name, 0, 1)) return AY_NULL;
    const char *chars = NULL;
    int64_t nc = 0;
    if (nargs > 1 && args[1] != AY_NONE && !ayBytes_need_view(vm, args[1], &chars, &nc)) return AY_NULL;
    View v = self_view(vm, args[0]);
    int64_t a = 0, b = v.n;
#define STRIPPABLE(c) (chars ? memchr(chars, (c), (size_t)nc) != NULL : b_space((uint8_t)(c)))
    if (left)
        while (a < b && STRIPPABLE(v.d[a])) a++;
    if (right)
        while (b > a && STRIPPABLE(v.d[b - 1])) b--;
#undef STRIPPABLE
    if (a == 0 && b == v.n) return same(vm, args[0]);
    return like(vm, args[0], v.d + a, b - a);
}

static AyValue m_strip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "strip", true, true); }
static AyValue m_lstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "lstrip", true, false); }
static AyValue m_rstrip(AyVM *vm, AyValue *a, int n, AyValue k) { return strip_impl(vm, a, n, k, "rstrip", false, true); }

static AyValue m_replace(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_posonly(vm, args, nargs, kw, "replace", 2, 3)) return AY_NULL;
    const char *o, *r;
    int64_t no, nr, count = -1;
    if (!ayBytes_need_view(vm, args[1], &o, &no) || !ayBytes_need_view(vm, args[2], &r, &nr)) return AY_NULL;
    if (nargs > 3 && ayObj_as_ssize(vm, args[3], &count) < 0) return AY_NULL;
    if (count < 0) count = INT64_MAX;
    ayBytes_view(vm, args[1], &o, &no);
    ayBytes_view(vm, args[2], &r, &nr);
    View v = self_view(vm, args[0]);
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t i = 0, done = 0;
    if (no == 0) {
        while (done < count) {
            ayBuf_add(&b, r, (size_t)nr);
            done++;
            if (i >= v.n) break;
            ayBuf_addc(&b, v.d[i++]);
        }
    } else {
        while (done < count) {
            int64_t f = ayStr_find_bytes(v.d, i, v.n, o, no);
            if (f < 0) break;
            ayBuf_add(&b, v.d + i, (size_t)(f - i));
            ayBuf_add(&b, r, (size_t)nr);
            i = f + no;
            done++;
        }
    }
    if (done == 0) {
        ayBuf_free(&b);
        return same(vm, args[0]);
    }
    ayBuf_add(&b, v.d + i, (size_t)(v.n - i));
    AyValue res = b.failed ? AY_NULL : like(vm, args[0], b.data ? b.data : "", (int64_t)b.len);
    ayBuf_free(&b);
    return res;
}

static AyValue affix_remove(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool suffix) {
    if (!ayMeth_onearg(vm, args, nargs, kw, name)) return AY_NULL;
    const char *p;
    int64_t m;
    if (!ayBytes_need_view(vm, args[1], &p, &m)) return AY_NULL;
    View v = self_view(vm, args[0]);
    if (m && m <= v.n) {
        if (!suffix && memcmp(v.d, p, (size_t)m) == 0) return like(vm, args[0], v.d + m, v.n - m);
        if (suffix && memcmp(v.d + v.n - m, p, (size_t)m) == 0) return like(vm, args[0], v.d, v.n - m);
    }
    return same(vm, args[0]);
}

static AyValue m_removeprefix(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_remove(vm, a, n, k, "removeprefix", false); }
static AyValue m_removesuffix(AyVM *vm, AyValue *a, int n, AyValue k) { return affix_remove(vm, a, n, k, "removesuffix", true); }

// }====
// {==== padding

static AyValue pad(AyVM *vm, AyValue self, int64_t left, int64_t right, char fill) {
    View v = self_view(vm, self);
    if (left <= 0 && right <= 0) return same(vm, self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    AyBuf b;
    ayBuf_init(&b, vm);
    if (ayBuf_reserve(&b, (size_t)(left + v.n + right))) {
        memset(b.data, fill, (size_t)left);
        memcpy(b.data + left, v.d, (size_t)v.n);
        memset(b.data + left + v.n, fill, (size_t)right);
        b.len = (size_t)(left + v.n + right);
    }
    AyValue r = b.failed ? AY_NULL : like(vm, self, b.data, (int64_t)b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue pad_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, char align) {
    if (!ayMeth_posonly(vm, args, nargs, kw, name, 1, 2)) return AY_NULL;
    int64_t width;
    if (ayObj_as_ssize(vm, args[1], &width) < 0) return AY_NULL;
    char fill = ' ';
    if (nargs > 2) {
        const char *f;
        int64_t fn;
        bool ok = (ayV_has_flag(vm, args[2], AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, args[2])) &&
                  ayBytes_view(vm, args[2], &f, &fn) && fn == 1;
        if (!ok)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument 2 must be a byte string of length 1, not %T",
                                name, args[2]);
        fill = f[0];
    }
    View v = self_view(vm, args[0]);
    if (width <= v.n) return same(vm, args[0]);
    int64_t total = width - v.n, left;
    if (align == '<') left = 0;
    else if (align == '>') left = total;
    else left = total / 2 + (total & width & 1);
    return pad(vm, args[0], left, total - left, fill);
}

static AyValue m_ljust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "ljust", '<'); }
static AyValue m_rjust(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "rjust", '>'); }
static AyValue m_center(AyVM *vm, AyValue *a, int n, AyValue k) { return pad_impl(vm, a, n, k, "center", '^'); }

static AyValue m_zfill(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "zfill")) return AY_NULL;
    int64_t width;
    if (ayObj_as_ssize(vm, args[1], &width) < 0) return AY_NULL;
    View v = self_view(vm, args[0]);
    if (width <= v.n) return same(vm, args[0]);
    int64_t fill = width - v.n;
    AyValue r = pad(vm, args[0], fill, 0, '0');
    if (!r) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, r, &d, &n);
    char *w = (char *)d;
    if (w[fill] == '+' || w[fill] == '-') {
        w[0] = w[fill];
        w[fill] = '0';
    }
    return r;
}

static AyValue m_expandtabs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayMeth_kwargs(vm, "expandtabs", args + 1, nargs - 1, kwnames, "| tabsize", a)) return AY_NULL;
    int64_t ts = 8;
    if (a[0] && ayObj_as_ssize(vm, a[0], &ts) < 0) return AY_NULL;
    View v = self_view(vm, args[0]);
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t col = 0;
    for (int64_t i = 0; i < v.n && !b.failed; i++) {
        char c = v.d[i];
        if (c == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                if (k > ((int64_t)1 << 40)) {
                    ayBuf_free(&b);
                    return ayErr_format(vm, AY_EXC(vm, OverflowError), "result too long");
                }
                for (int64_t j = 0; j < k; j++) ayBuf_addc(&b, ' ');
                col += k;
            }
        } else {
            ayBuf_addc(&b, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    AyValue r = b.failed ? AY_NULL : like(vm, args[0], b.data ? b.data : "", (int64_t)b.len);
    ayBuf_free(&b);
    return r;
}

// }====
// {==== case and predicates

typedef enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAPITALIZE } CaseOp;

static AyValue case_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, CaseOp op) {
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL;
    View v = self_view(vm, args[0]);
    AyValue r = like(vm, args[0], v.d, v.n);
    if (!r) return AY_NULL;
    const char *d;
    int64_t n;
    ayBytes_view(vm, r, &d, &n);
    char *w = (char *)d;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)w[i];
        bool lo = b_lower(c), up = b_upper(c);
        switch (op) {
        case C_UPPER: if (lo) c -= 32; break;
        case C_LOWER: if (up) c += 32; break;
        case C_SWAP: if (lo) c -= 32; else if (up) c += 32; break;
        case C_TITLE:
            if (prev_cased) { if (up) c += 32; }
            else if (lo) c -= 32;
            prev_cased = lo || up;
            break;
        case C_CAPITALIZE:
            if (i == 0) { if (lo) c -= 32; }
            else if (up) c += 32;
            break;
        }
        w[i] = (char)c;
    }
    return r;
}

static AyValue m_upper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "upper", C_UPPER); }
static AyValue m_lower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "lower", C_LOWER); }
static AyValue m_swapcase(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "swapcase", C_SWAP); }
static AyValue m_title(AyVM *vm, AyValue *a, int n, AyValue k) { return case_impl(vm, a, n, k, "title", C_TITLE); }
static AyValue m_capitalize(AyVM *vm, AyValue *a, int n, AyValue k) {
    return case_impl(vm, a, n, k, "capitalize", C_CAPITALIZE);
}

static AyValue pred(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *name, bool (*f)(uint8_t)) {
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL;
    View v = self_view(vm, args[0]);
    if (!v.n) return AY_FALSE;
    for (int64_t i = 0; i < v.n; i++)
        if (!f((uint8_t)v.d[i])) return AY_FALSE;
    return AY_TRUE;
}

static AyValue m_isdigit(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, n, k, "isdigit", b_digit); }
static AyValue m_isalpha(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, n, k, "isalpha", b_alpha); }
static AyValue m_isalnum(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, n, k, "isalnum", b_alnum); }
static AyValue m_isspace(AyVM *vm, AyValue *a, int n, AyValue k) { return pred(vm, a, n, k, "isspace", b_space); }

static AyValue m_isascii(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "isascii")) return AY_NULL;
    View v = self_view(vm, args[0]);
    for (int64_t i = 0; i < v.n; i++)
        if ((uint8_t)v.d[i] >= 0x80) return AY_FALSE;
    return AY_TRUE;
}

static AyValue case_pred(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool upper) {
    if (!ayMeth_noargs(vm, args, nargs, kw, upper ? "isupper" : "islower")) return AY_NULL;
    View v = self_view(vm, args[0]);
    bool cased = false;
    for (int64_t i = 0; i < v.n; i++) {
        uint8_t c = (uint8_t)v.d[i];
        if (upper ? b_lower(c) : b_upper(c)) return AY_FALSE;
        if (upper ? b_upper(c) : b_lower(c)) cased = true;
    }
    return ayV_bool(cased);
}

static AyValue m_isupper(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, k, true); }
static AyValue m_islower(AyVM *vm, AyValue *a, int n, AyValue k) { return case_pred(vm, a, n, k, false); }

static AyValue m_istitle(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "istitle")) return AY_NULL;
    View v = self_view(vm, args[0]);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < v.n; i++) {
        uint8_t c = (uint8_t)v.d[i];
        if (b_upper(c)) {
            if (prev) return AY_FALSE;
            prev = cased = true;
        } else if (b_lower(c)) {
            if (!prev) return AY_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return ayV_bool(cased);
}

// }====
// {==== hex, fromhex, translate, decode

// bytes.hex / bytearray.hex / memoryview.hex: sep is a str or bytes of one
// ASCII character; bytes_per_sep > 0 groups from the right, < 0 from the left.
AyValue ayBytes_hex(AyVM *vm, const char *d, int64_t n, AyValue sepv, AyValue per_v) {
    char sep = 0;
    int64_t per = 1;
    if (sepv) {
        const char *s;
        int64_t sn;
        if (ayV_is_str(vm, sepv)) {
            if (AY_STR(sepv)->len != 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be length 1.");
            if (!AY_STR(sepv)->ascii) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be ASCII.");
            sep = AY_CSTR(sepv)[0];
        } else if (ayBytes_view(vm, sepv, &s, &sn)) {
            if (sn != 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be length 1.");
            if ((uint8_t)s[0] >= 0x80) return ayErr_format(vm, AY_EXC(vm, ValueError), "sep must be ASCII.");
            sep = s[0];
        } else {
            return ayErr_format(vm, AY_EXC(vm, TypeError), "object of type '%T' has no len()", sepv);
        }
    }
    if (per_v && ayObj_as_ssize(vm, per_v, &per) < 0) return AY_NULL;  // callers pass an exact int
    int64_t absper = per < 0 ? -per : per;
    if (!sepv || absper == 0 || n == 0) absper = 0;
    static const char hex[] = "0123456789abcdef";
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!ayBuf_reserve(&b, (size_t)(n * 3))) return AY_NULL;
    for (int64_t i = 0; i < n; i++) {
        if (absper && i) {
            bool at = per > 0 ? (n - i) % absper == 0 : i % absper == 0;
            if (at) ayBuf_addc(&b, sep);
        }
        uint8_t c = (uint8_t)d[i];
        ayBuf_addc(&b, hex[c >> 4]);
        ayBuf_addc(&b, hex[c & 15]);
    }
    return ayBuf_finish(&b);
}

static AyValue m_hex(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, "hex", args + 1, nargs - 1, kwnames, "| sep bytes_per_sep", a)) return AY_NULL;
    // convert bytes_per_sep first: its __index__ may resize a bytearray
    if (a[1] && !(a[1] = ayObj_index(vm, a[1]))) return AY_NULL;
    View v = self_view(vm, args[0]);
    return ayBytes_hex(vm, v.d, v.n, a[0], a[1]);
}

static int hexdigit(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static AyValue m_fromhex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // a classmethod: args[0] is the class
    if (!ayMeth_onearg(vm, args, nargs, kw, "fromhex")) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "fromhex() argument must be str, not %T", args[1]);
    AyStr *str = AY_STR(args[1]);
    AyBuf b;
    ayBuf_init(&b, vm);
    int64_t bad = -1;
    if (!str->ascii) {
        // the position of the first non-ASCII character (in code points)
        const char *p = str->data;
        for (bad = 0; (uint8_t)*p < 0x80; bad++) p++;
    } else {
        const uint8_t *s = (const uint8_t *)str->data;
        int64_t n = str->size, i = 0;
        while (i < n) {
            if (b_space(s[i])) {
                i++;
                continue;
            }
            int hi = hexdigit(s[i]);
            if (hi < 0) {
                bad = i;
                break;
            }
            int lo = i + 1 < n ? hexdigit(s[i + 1]) : -1;
            if (lo < 0) {
                bad = i + 1;
                break;
            }
            ayBuf_addc(&b, (char)(hi * 16 + lo));
            i += 2;
        }
    }
    if (bad >= 0) {
        ayBuf_free(&b);
        return ayErr_format(vm, AY_EXC(vm, ValueError), "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)bad);
    }
    AyType *cls = AY_AS(AyType, args[0]);
    bool ba = ayType_is_subtype(cls, vm->t_bytearray);
    AyValue r = b.failed ? AY_NULL
                         : (ba ? ayByteArray_from(vm, b.data ? b.data : "", b.len)
                               : ayBytes_from(vm, b.data ? b.data : "", b.len));
    ayBuf_free(&b);
    if (!r || cls == vm->t_bytes || cls == vm->t_bytearray) return r;
    return ayObj_call1(vm, args[0], r);
}

static AyValue m_maketrans(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // a static method: args are the real arguments
    if (!ayArg_no_kw(vm, "maketrans", kw) || !ayArg_count(vm, "maketrans", nargs, 2, 2)) return AY_NULL;
    const char *f, *t;
    int64_t nf, nt;
    if (!ayBytes_need_view(vm, args[0], &f, &nf) || !ayBytes_need_view(vm, args[1], &t, &nt)) return AY_NULL;
    if (nf != nt) return ayErr_format(vm, AY_EXC(vm, ValueError), "maketrans arguments must have same length");
    char *o;
    AyValue r = ayBytes_new_uninit(vm, 256, &o);
    if (!r) return AY_NULL;
    ayBytes_view(vm, args[0], &f, &nf);
    ayBytes_view(vm, args[1], &t, &nt);
    for (int i = 0; i < 256; i++) o[i] = (char)i;
    for (int64_t i = 0; i < nf; i++) o[(uint8_t)f[i]] = t[i];
    return r;
}

static AyValue m_translate(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, "translate", args + 1, nargs - 1, kwnames, "table / | delete", a)) return AY_NULL;
    const char *table = NULL, *del = NULL;
    int64_t nt = 0, nd = 0;
    if (a[0] != AY_NONE) {
        if (!ayBytes_need_view(vm, a[0], &table, &nt)) return AY_NULL;
        if (nt != 256)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "translation table must be 256 characters long");
    }
    if (a[1] && !ayBytes_need_view(vm, a[1], &del, &nd)) return AY_NULL;
    bool drop[256] = {false};
    for (int64_t i = 0; i < nd; i++) drop[(uint8_t)del[i]] = true;
    View v = self_view(vm, args[0]);
    AyBuf b;
    ayBuf_init(&b, vm);
    bool changed = false;
    for (int64_t i = 0; i < v.n; i++) {
        uint8_t c = (uint8_t)v.d[i];
        if (drop[c]) {
            changed = true;
            continue;
        }
        char o = table ? table[c] : (char)c;
        changed |= o != (char)c;
        ayBuf_addc(&b, o);
    }
    if (!changed && !b.failed) {
        ayBuf_free(&b);
        return same(vm, args[0]);
    }
    AyValue r = b.failed ? AY_NULL : like(vm, args[0], b.data ? b.data : "", (int64_t)b.len);
    ayBuf_free(&b);
    return r;
}

static AyValue m_decode(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    const char *enc, *errors;
    if (!ayCodec_args(vm, "decode", args + 1, nargs - 1, kwnames, &enc, &errors)) return AY_NULL;
    View v = self_view(vm, args[0]);
    return ayCodec_decode(vm, v.d, (size_t)v.n, enc, errors);
}

// }====

static const AyMethodDef shared_methods[] = {
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
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"swapcase", m_swapcase, 0, NULL},
    {"title", m_title, 0, NULL},
    {"capitalize", m_capitalize, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isascii", m_isascii, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"istitle", m_istitle, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, AY_NATIVE_CLASSMETHOD, NULL},
    {"maketrans", m_maketrans, AY_NATIVE_STATIC, NULL},
    {"translate", m_translate, 0, NULL},
    {"decode", m_decode, 0, NULL},
    {NULL},
};

void ayBytes_methods_setup(AyVM *vm) {
    ayType_add_methods(vm, vm->t_bytes, shared_methods);
    ayType_add_methods(vm, vm->t_bytearray, shared_methods);
}
