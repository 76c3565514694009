// list.sort: an adaptive, stable merge sort.
//
// The input is cut into natural runs (ascending, or strictly descending and
// then reversed in place); short runs are extended to `minrun` items with a
// binary insertion sort. Runs are merged in the order chosen by the powersort
// rule: each boundary between two adjacent runs gets a "power" (how deep the
// boundary sits in a perfectly balanced merge tree over the whole array), and
// a boundary is merged once a later boundary with a smaller power appears.
// Merges gallop (exponential search) when one side keeps winning, so
// partially ordered data costs far fewer than n log n comparisons.
//
// Comparisons can run Ay code: keys and items stay reachable from GC-visible
// lists at every moment (the merge buffer is one too), and after a failed
// comparison every further comparison answers "not less" without calling
// anything, so the sort finishes quickly with the items merely permuted.
// When all keys share a simple type, a specialised comparison is used.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "str.h"
#include "vm.h"

#define MIN_GALLOP 7
#define MAX_RUNS 96

typedef struct Sorter Sorter;
typedef int (*LessFn)(Sorter *s, AyValue a, AyValue b);

typedef struct Run {
    int64_t base, len;
    int power;      // power of the boundary between this run and the next
} Run;

struct Sorter {
    AyVM *vm;
    AyValue *keys;          // what is compared
    AyValue *vals;          // carried along with keys (NULL: keys are the items)
    AyValue *tmpk, *tmpv;   // merge buffer (inside a GC-visible list)
    int64_t n;
    LessFn lt;
    LessFn first_lt;        // tuples: comparison of the first elements
    int64_t min_gallop;
    bool failed;
    int nruns;
    Run runs[MAX_RUNS];
};

// {==== comparisons

static int lt_generic(Sorter *s, AyValue a, AyValue b) {
    if (s->failed) return 0;
    int r = ayObj_richcmp_bool(s->vm, a, b, AY_LT);
    if (r < 0) {
        s->failed = true;
        return 0;
    }
    return r;
}

static int lt_small(Sorter *s, AyValue a, AyValue b) { return ayV_int(a) < ayV_int(b); }
static int lt_float(Sorter *s, AyValue a, AyValue b) { return ayV_float(a) < ayV_float(b); }
static int lt_int(Sorter *s, AyValue a, AyValue b) { return ayInt_cmp(s->vm, a, b) < 0; }
// UTF-8 byte order is code point order; most pairs differ in the first byte
// (the NUL terminator makes data[0] safe to read for "").
static int lt_str(Sorter *s, AyValue a, AyValue b) {
    const AyStr *x = AY_STR(a), *y = AY_STR(b);
    uint8_t cx = (uint8_t)x->data[0], cy = (uint8_t)y->data[0];
    if (cx != cy) return cx < cy;
    size_t n = (size_t)(x->size < y->size ? x->size : y->size);
    int c = memcmp(x->data, y->data, n);
    return c ? c < 0 : x->size < y->size;
}

// Tuples compare by their first differing element: the first elements use the
// specialised comparison, the rest the generic one.
static int lt_tuple(Sorter *s, AyValue a, AyValue b) {
    if (s->failed) return 0;
    AyTuple *x = AY_AS(AyTuple, a), *y = AY_AS(AyTuple, b);
    int64_t n = x->len < y->len ? x->len : y->len, i = 0;
    for (; i < n; i++) {
        AyValue p = x->items[i], q = y->items[i];
        if (p == q) continue;
        int eq = ayObj_eq(s->vm, p, q);
        if (eq < 0) {
            s->failed = true;
            return 0;
        }
        if (!eq) break;
    }
    if (i >= n) return x->len < y->len;
    if (i == 0) return s->first_lt(s, x->items[0], y->items[0]);
    return lt_generic(s, x->items[i], y->items[i]);
}

enum { K_NONE, K_SMALL, K_INT, K_FLOAT, K_STR, K_OTHER };

static int kind_of(AyVM *vm, AyValue v) {
    if (ayV_is_int(v)) return K_SMALL;
    if (ayV_is_float(v)) return K_FLOAT;
    if (!ayV_is_obj(v)) return K_OTHER;
    AyType *t = ayV_obj(v)->type;
    if (t == vm->t_str) return K_STR;
    if (t == vm->t_int) return K_INT;
    return K_OTHER;
}

// Joins the kinds seen so far with one more: small and big ints mix into K_INT.
static int join_kind(int acc, int k) {
    if (acc == K_NONE || acc == k) return k;
    if ((acc == K_SMALL || acc == K_INT) && (k == K_SMALL || k == K_INT)) return K_INT;
    return K_OTHER;
}

static LessFn less_for(int kind) {
    switch (kind) {
    case K_SMALL: return lt_small;
    case K_INT: return lt_int;
    case K_FLOAT: return lt_float;
    case K_STR: return lt_str;
    default: return lt_generic;
    }
}

static void choose_less(Sorter *s) {
    AyVM *vm = s->vm;
    int kind = K_NONE, first = K_NONE;
    bool tuples = true;
    for (int64_t i = 0; i < s->n; i++) {
        AyValue k = s->keys[i];
        if (tuples) {
            if (ayV_is_type(vm, k, vm->t_tuple) && AY_AS(AyTuple, k)->len > 0) first = join_kind(first, kind_of(vm, AY_AS(AyTuple, k)->items[0]));
            else tuples = false;
        }
        kind = join_kind(kind, kind_of(vm, k));
        if (kind == K_OTHER && !tuples) break;
    }
    if (tuples && s->n > 0) {
        s->lt = lt_tuple;
        s->first_lt = less_for(first);
    } else {
        s->lt = less_for(kind);
    }
}

// }====
// {==== moving keys and values together

static inline void copy_items(Sorter *s, AyValue *dk, AyValue *dv, const AyValue *sk, const AyValue *sv, int64_t n) {
    memmove(dk, sk, sizeof(AyValue) * (size_t)n);
    if (s->vals) memmove(dv, sv, sizeof(AyValue) * (size_t)n);
}

static void reverse_range(AyValue *a, int64_t lo, int64_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        AyValue t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

// }====
// {==== runs and insertion sort

// Length of the natural run at lo (within [lo, hi)); a strictly descending
// run is reversed in place, so the result is always ascending.
static int64_t count_run(Sorter *s, int64_t lo, int64_t hi) {
    AyValue *k = s->keys;
    if (lo + 1 >= hi) return hi - lo;
    int64_t i = lo + 1;
    if (s->lt(s, k[i], k[i - 1])) {
        for (i++; i < hi && s->lt(s, k[i], k[i - 1]); i++) {}
        reverse_range(k, lo, i);
        if (s->vals) reverse_range(s->vals, lo, i);
    } else {
        for (i++; i < hi && !s->lt(s, k[i], k[i - 1]); i++) {}
    }
    return i - lo;
}

// Sorts [lo, hi) given that [lo, start) is already sorted: each next item is
// placed after every equal one (stability) by binary search.
static void insertion_sort(Sorter *s, int64_t lo, int64_t hi, int64_t start) {
    AyValue *k = s->keys, *v = s->vals;
    for (int64_t i = start; i < hi; i++) {
        AyValue pk = k[i], pv = v ? v[i] : 0;
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + ((r - l) >> 1);
            if (s->lt(s, pk, k[m])) r = m;
            else l = m + 1;
        }
        memmove(k + l + 1, k + l, sizeof(AyValue) * (size_t)(i - l));
        k[l] = pk;
        if (v) {
            memmove(v + l + 1, v + l, sizeof(AyValue) * (size_t)(i - l));
            v[l] = pv;
        }
    }
}

// Runs shorter than this are extended by insertion sort: between 32 and 64,
// chosen so that n / minrun is close to (and not above) a power of two.
static int64_t compute_minrun(int64_t n) {
    int64_t extra = 0;
    while (n >= 64) {
        extra |= n & 1;
        n >>= 1;
    }
    return n + extra;
}

// }====
// {==== galloping

// Where `key` goes in the sorted a[0..n): with `right`, after every item equal
// to it, else before them. Searches outward from `hint` in doubling steps,
// then bisects. Always returns a value in [0, n].
static int64_t gallop(Sorter *s, AyValue key, const AyValue *a, int64_t n, int64_t hint, bool right) {
#define BEFORE(i) (right ? !s->lt(s, key, a[i]) : s->lt(s, a[i], key))
    int64_t lo, hi;
    if (BEFORE(hint)) {
        // the answer is beyond hint
        lo = hint + 1;
        int64_t step = 1, probe = hint + 1;
        while (probe < n && BEFORE(probe)) {
            lo = probe + 1;
            step <<= 1;
            probe = hint + step;
            if (probe < 0) probe = n;  // overflow guard
        }
        hi = probe < n ? probe : n;
    } else {
        hi = hint;
        int64_t step = 1, probe = hint - 1;
        while (probe >= 0 && !BEFORE(probe)) {
            hi = probe;
            step <<= 1;
            probe = hint - step;
        }
        lo = probe >= 0 ? probe + 1 : 0;
    }
    while (lo < hi) {
        int64_t m = lo + ((hi - lo) >> 1);
        if (BEFORE(m)) lo = m + 1;
        else hi = m;
    }
    return lo;
#undef BEFORE
}

// }====
// {==== merging

// Merges the adjacent sorted runs [a, a+na) and [a+na, a+na+nb) with na <= nb:
// A moves to the buffer and the output fills from the left. The output
// position plus A's remaining count always equals B's position, so whatever
// the comparisons say, copying A's remainder back at the end completes a
// permutation.
static void merge_lo(Sorter *s, int64_t a, int64_t na, int64_t nb) {
    AyValue *k = s->keys, *v = s->vals;
    copy_items(s, s->tmpk, s->tmpv, k + a, v ? v + a : NULL, na);
    int64_t pa = 0, pb = a + na, dest = a;   // pa indexes the buffer
    int64_t min_gallop = s->min_gallop;
    while (na > 0 && nb > 0) {
        int64_t acount = 0, bcount = 0;
        // one item at a time until one side wins min_gallop times in a row
        while (na > 0 && nb > 0) {
            if (s->lt(s, k[pb], s->tmpk[pa])) {
                k[dest] = k[pb];
                if (v) v[dest] = v[pb];
                dest++, pb++, nb--;
                bcount++;
                acount = 0;
                if (bcount >= min_gallop) break;
            } else {
                k[dest] = s->tmpk[pa];
                if (v) v[dest] = s->tmpv[pa];
                dest++, pa++, na--;
                acount++;
                bcount = 0;
                if (acount >= min_gallop) break;
            }
        }
        if (na == 0 || nb == 0) break;
        // galloping: move whole blocks while they stay long
        min_gallop++;
        do {
            if (min_gallop > 1) min_gallop--;
            acount = gallop(s, k[pb], s->tmpk + pa, na, 0, true);
            copy_items(s, k + dest, v ? v + dest : NULL, s->tmpk + pa, s->tmpv + pa, acount);
            dest += acount, pa += acount, na -= acount;
            if (na == 0) goto done;
            k[dest] = k[pb];
            if (v) v[dest] = v[pb];
            dest++, pb++, nb--;
            if (nb == 0) goto done;
            bcount = gallop(s, s->tmpk[pa], k + pb, nb, 0, false);
            copy_items(s, k + dest, v ? v + dest : NULL, k + pb, v ? v + pb : NULL, bcount);
            dest += bcount, pb += bcount, nb -= bcount;
            if (nb == 0) goto done;
            k[dest] = s->tmpk[pa];
            if (v) v[dest] = s->tmpv[pa];
            dest++, pa++, na--;
            if (na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;  // leaving gallop mode costs a little
    }
done:
    if (na > 0) copy_items(s, k + dest, v ? v + dest : NULL, s->tmpk + pa, s->tmpv + pa, na);
    s->min_gallop = min_gallop < 1 ? 1 : min_gallop;
}

// The mirror image for na > nb: B moves to the buffer and the output fills
// from the right.
static void merge_hi(Sorter *s, int64_t a, int64_t na, int64_t nb) {
    AyValue *k = s->keys, *v = s->vals;
    int64_t b = a + na;
    copy_items(s, s->tmpk, s->tmpv, k + b, v ? v + b : NULL, nb);
    // pa, pb and dest are one past the last unmerged item / free slot
    int64_t pa = b, pb = nb, dest = b + nb;
    int64_t min_gallop = s->min_gallop;
    while (na > 0 && nb > 0) {
        int64_t acount = 0, bcount = 0;
        while (na > 0 && nb > 0) {
            if (s->lt(s, s->tmpk[pb - 1], k[pa - 1])) {
                dest--, pa--, na--;
                k[dest] = k[pa];
                if (v) v[dest] = v[pa];
                acount++;
                bcount = 0;
                if (acount >= min_gallop) break;
            } else {
                dest--, pb--, nb--;
                k[dest] = s->tmpk[pb];
                if (v) v[dest] = s->tmpv[pb];
                bcount++;
                acount = 0;
                if (bcount >= min_gallop) break;
            }
        }
        if (na == 0 || nb == 0) break;
        min_gallop++;
        do {
            if (min_gallop > 1) min_gallop--;
            // A items greater than B's last go to the right
            acount = na - gallop(s, s->tmpk[pb - 1], k + a, na, na - 1, true);
            dest -= acount, pa -= acount, na -= acount;
            copy_items(s, k + dest, v ? v + dest : NULL, k + pa, v ? v + pa : NULL, acount);
            if (na == 0) goto done;
            dest--, pb--, nb--;
            k[dest] = s->tmpk[pb];
            if (v) v[dest] = s->tmpv[pb];
            if (nb == 0) goto done;
            // B items not less than A's last go to the right
            bcount = nb - gallop(s, k[pa - 1], s->tmpk, nb, nb - 1, false);
            dest -= bcount, pb -= bcount, nb -= bcount;
            copy_items(s, k + dest, v ? v + dest : NULL, s->tmpk + pb, s->tmpv + pb, bcount);
            if (nb == 0) goto done;
            dest--, pa--, na--;
            k[dest] = k[pa];
            if (v) v[dest] = v[pa];
            if (na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
    }
done:
    if (nb > 0) copy_items(s, k + dest - nb, v ? v + dest - nb : NULL, s->tmpk, s->tmpv, nb);
    s->min_gallop = min_gallop < 1 ? 1 : min_gallop;
}

// Merges run i with run i+1 (the top two runs of the stack).
static void merge_at(Sorter *s, int i) {
    int64_t a = s->runs[i].base, na = s->runs[i].len;
    int64_t b = s->runs[i + 1].base, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    s->runs[i].power = s->runs[i + 1].power;
    s->nruns--;
    // B's first item lands after this many items of A, which stay put ...
    int64_t skip = gallop(s, s->keys[b], s->keys + a, na, 0, true);
    a += skip;
    na -= skip;
    if (na == 0) return;
    // ... and B's items from where A's last item lands on are already placed.
    nb = gallop(s, s->keys[a + na - 1], s->keys + b, nb, nb - 1, false);
    if (nb == 0) return;
    if (na <= nb) merge_lo(s, a, na, nb);
    else merge_hi(s, a, na, nb);
}

// The powersort depth of the boundary between runs [s1, s1+n1) and
// [s1+n1, s1+n1+n2): the number of leading bits that the two runs' midpoints,
// as binary fractions of n, have in common, plus one.
static int boundary_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    unsigned __int128 m1 = (unsigned __int128)(uint64_t)(2 * s1 + n1) << 63;
    unsigned __int128 m2 = (unsigned __int128)(uint64_t)(2 * s1 + 2 * n1 + n2) << 63;
    uint64_t f1 = (uint64_t)(m1 / (uint64_t)n), f2 = (uint64_t)(m2 / (uint64_t)n);
    // midpoints are < n, so f1, f2 < 2^64: fractions scaled by 2^64
    uint64_t x = f1 ^ f2;
    return x ? __builtin_clzll(x) + 1 : 64;
}

static void sort_all(Sorter *s) {
    int64_t n = s->n, minrun = compute_minrun(n), lo = 0;
    s->min_gallop = MIN_GALLOP;
    s->nruns = 0;
    while (lo < n) {
        int64_t len = count_run(s, lo, n);
        if (len < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            insertion_sort(s, lo, lo + force, lo + len);
            len = force;
        }
        if (s->nruns > 0) {
            Run *top = &s->runs[s->nruns - 1];
            int power = boundary_power(top->base, top->len, len, n);
            while (s->nruns > 1 && s->runs[s->nruns - 2].power > power) merge_at(s, s->nruns - 2);
            s->runs[s->nruns - 1].power = power;
        }
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = len;
        s->runs[s->nruns].power = 0;
        s->nruns++;
        lo += len;
    }
    while (s->nruns > 1) merge_at(s, s->nruns - 2);
}

// }====

bool ayList_sort(AyVM *vm, AyList *l, AyValue key, bool reverse) {
    if (key == AY_NONE) key = AY_NULL;
    // Detach the items: the list looks empty while sorting, and any change a
    // comparison makes to it is detected afterwards.
    int64_t n = l->len, cap = l->cap;
    AyValue *items = l->items;
    l->items = NULL;
    l->len = l->cap = 0;
    size_t nroots = 0;
    bool ok = true;
    // `hold` keeps the detached items visible to the GC.
    AyList *hold = ayList_new(vm, 0), *keys = NULL, *tmp = NULL;
    if (!hold) {
        ok = false;
        goto restore;
    }
    hold->items = items;
    hold->len = n;
    hold->cap = cap;
    ayGC_push_root(vm, ayV_from_obj(hold));
    nroots++;
    if (key) {
        keys = ayList_new(vm, n);
        if (!keys) {
            ok = false;
            goto restore;
        }
        ayGC_push_root(vm, ayV_from_obj(keys));
        nroots++;
        for (int64_t i = 0; i < n; i++) {
            AyValue k = ayObj_call1(vm, key, items[i]);
            if (!k) {
                ok = false;
                goto restore;
            }
            keys->items[keys->len++] = k;
        }
    }
    if (n > 1) {
        Sorter s;
        memset(&s, 0, sizeof s);
        s.vm = vm;
        s.n = n;
        s.keys = keys ? keys->items : items;
        s.vals = keys ? items : NULL;
        if (reverse) {
            // sorting the reversed input and reversing the result keeps equal
            // items in their original order
            reverse_range(s.keys, 0, n);
            if (s.vals) reverse_range(s.vals, 0, n);
        }
        choose_less(&s);
        int64_t half = n / 2 + 1;
        tmp = ayList_new(vm, keys ? 2 * half : half);
        if (!tmp) {
            ok = false;
            goto restore;
        }
        // the buffer may hold the only reference to an item mid-merge
        tmp->len = tmp->cap;
        for (int64_t i = 0; i < tmp->len; i++) tmp->items[i] = AY_NONE;
        ayGC_push_root(vm, ayV_from_obj(tmp));
        nroots++;
        s.tmpk = tmp->items;
        s.tmpv = keys ? tmp->items + half : NULL;
        sort_all(&s);
        if (reverse) {
            reverse_range(s.keys, 0, n);
            if (s.vals) reverse_range(s.vals, 0, n);
        }
        ok = !s.failed;
    }
restore:
    ayGC_pop_roots(vm, nroots);
    if (hold) {
        hold->items = NULL;
        hold->len = hold->cap = 0;
    }
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) ayMem_free(vm, l->items, sizeof(AyValue) * (size_t)l->cap);
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified && ok) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "list modified during sort");
        return false;
    }
    return ok;
}
