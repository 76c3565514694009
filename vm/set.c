// set and frozenset: the hash table and the set algebra.
//
// The table layout, probing (a run of linear probes, then perturbation),
// resize thresholds, dummy reuse and the algorithm of every operation (which
// operand is iterated, which result is copied from which) follow CPython's
// setobject.c, so that iteration order matches CPython's for the same
// sequence of operations on ints and tuples of ints.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// {==== table

static size_t table_bytes(int64_t mask) { return sizeof(AySetEntry) * (size_t)(mask + 1); }

static void set_trace(AyVM *vm, AyObj *o) {
    AySet *s = (AySet *)o;
    if (!s->table) return;
    for (int64_t i = 0; i <= s->mask; i++) {
        AyValue k = s->table[i].key;
        if (k && k != vm->dummy) ayGC_mark(vm, k);
    }
}

static void set_finalize(AyVM *vm, AyObj *o) {
    AySet *s = (AySet *)o;
    if (s->table) ayMem_free(vm, s->table, table_bytes(s->mask));
    s->table = NULL;
}

// Every set starts with (and clear() returns to) a zeroed 8-slot table, the
// equivalent of CPython's inline smalltable.
static bool reset_table(AyVM *vm, AySet *s) {
    AySetEntry *t = ayMem_alloc(vm, table_bytes(SET_MINSIZE - 1));
    if (!t) return false;
    memset(t, 0, table_bytes(SET_MINSIZE - 1));
    if (s->table) ayMem_free(vm, s->table, table_bytes(s->mask));
    s->table = t;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
    return true;
}

AySet *aySet_new(AyVM *vm, AyType *type) {
    AySet *s = (AySet *)ayGC_new(vm, type, type->basic_size ? type->basic_size : sizeof(AySet));
    if (!s) return NULL;
    s->hash = -1;
    if (!reset_table(vm, s)) return NULL;
    return s;
}

static inline bool is_live(AyVM *vm, const AySetEntry *e) { return e->key && e->key != vm->dummy; }

// Places a key known to be absent into a table without dummies.
static void insert_clean(AySetEntry *table, size_t mask, AyValue key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        AySetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

// Rebuilds the table with the smallest power-of-two size above `minused`,
// dropping dummies.
static int resize(AyVM *vm, AySet *s, int64_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    // an 8-slot table without dummies is left alone (CPython keeps its
    // smalltable as is: rebuilding could move colliding keys)
    if (newsize == SET_MINSIZE && s->mask == SET_MINSIZE - 1 && s->fill == s->used) return 0;
    if (newsize > ((size_t)1 << 40)) {
        ayErr_nomemory(vm);
        return -1;
    }
    AySetEntry *table = ayMem_alloc(vm, sizeof(AySetEntry) * newsize);
    if (!table) return -1;
    memset(table, 0, sizeof(AySetEntry) * newsize);
    AySetEntry *old = s->table;
    int64_t oldmask = s->mask;
    for (int64_t i = 0; i <= oldmask; i++)
        if (is_live(vm, &old[i])) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    ayMem_free(vm, old, table_bytes(oldmask));
    s->table = table;
    s->mask = (int64_t)newsize - 1;
    s->fill = s->used;
    return 0;
}

static int64_t key_hash(AyVM *vm, AyValue key) {
    if (ayV_is_obj(key) && ayV_obj(key)->type == vm->t_str) return ayStr_hash(AY_STR(key));
    return ayObj_hash(vm, key);
}

// Compares a table key with the probe key, which may run user code: both are
// kept alive. 1 equal, 0 not, -1 error.
static int keys_equal(AyVM *vm, AyValue k, AyValue key) {
    if (ayV_is_str(vm, k) && ayV_is_str(vm, key) && ayV_obj(k)->type == vm->t_str && ayV_obj(key)->type == vm->t_str)
        return ayStr_eq(AY_STR(k), AY_STR(key));
    ayGC_push_root(vm, k);
    ayGC_push_root(vm, key);
    int r = ayObj_eq(vm, k, key);
    ayGC_pop_roots(vm, 2);
    return r;
}

// The entry holding `key`, or the empty entry where the search ended (key
// AY_NULL: absent); NULL on error.
static AySetEntry *lookup(AyVM *vm, AySet *s, AyValue key, int64_t hash) {
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        AySetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return e;
            if (e->hash == hash) {
                AyValue k = e->key;
                if (k == key) return e;
                AySetEntry *table = s->table;
                int r = keys_equal(vm, k, key);
                if (r < 0) return NULL;
                if (table != s->table || e->key != k) goto restart;
                if (r) return e;
                mask = (size_t)s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int add_entry(AyVM *vm, AySet *s, AyValue key, int64_t hash) {
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    AySetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
            if (e->hash == hash) {
                AyValue k = e->key;
                if (k == key) return 0;
                AySetEntry *table = s->table;
                int r = keys_equal(vm, k, key);
                if (r > 0) return 0;
                if (r < 0) return -1;
                if (table != s->table || e->key != k) goto restart;
                mask = (size_t)s->mask;
            } else if (e->hash == -1) {
                freeslot = e;  // the last dummy on the path (CPython's choice)
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)s->fill * 5 < mask * 3) return 0;
    return resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// 1 removed, 0 absent, -1 error.
static int discard_entry(AyVM *vm, AySet *s, AyValue key, int64_t hash) {
    AySetEntry *e = lookup(vm, s, key, hash);
    if (!e) return -1;
    if (!e->key) return 0;
    e->key = vm->dummy;
    e->hash = -1;
    s->used--;
    return 1;
}

int aySet_add(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    return add_entry(vm, s, key, h);
}

int aySet_contains(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    AySetEntry *e = lookup(vm, s, key, h);
    return e ? e->key != AY_NULL : -1;
}

int aySet_discard(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    return discard_entry(vm, s, key, h);
}

static bool next_entry(AyVM *vm, AySet *s, int64_t *pos, AySetEntry **out) {
    int64_t i = *pos;
    while (i <= s->mask && !is_live(vm, &s->table[i])) i++;
    *pos = i + 1;
    if (i > s->mask) return false;
    *out = &s->table[i];
    return true;
}

bool aySet_next(AySet *s, int64_t *pos, AyValue *key) {
    // the dummy is the only key stored with hash -1
    while (*pos <= s->mask) {
        AySetEntry *e = &s->table[(*pos)++];
        if (e->key && e->hash != -1) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

void aySet_clear(AyVM *vm, AySet *s) {
    if (!reset_table(vm, s)) {
        // out of memory: empty the current table instead
        memset(s->table, 0, table_bytes(s->mask));
        s->fill = s->used = 0;
        s->hash = -1;
        ayErr_clear(vm);
    }
}

// }====
// {==== bulk operations

bool aySet_is_anyset(AyVM *vm, AyValue v) {
    if (!ayV_is_obj(v)) return false;
    AyType *t = ayV_obj(v)->type;
    return t == vm->t_set || t == vm->t_frozenset || ayType_is_subtype(t, vm->t_set) ||
           ayType_is_subtype(t, vm->t_frozenset);
}

static AySet *as_set(AyValue v) { return AY_AS(AySet, v); }

int aySet_merge(AyVM *vm, AySet *s, AySet *o) {
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && resize(vm, s, (s->used + o->used) * 2) < 0) return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        // same size, no dummies: copy slot by slot
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key) s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++)
            if (is_live(vm, &o->table[i])) insert_clean(s->table, (size_t)s->mask, o->table[i].key, o->table[i].hash);
        return 0;
    }
    // the other set cannot change while we add: its keys' __eq__ only sees s
    for (int64_t i = 0; i <= o->mask; i++) {
        if (i > o->mask) break;
        AySetEntry e = o->table[i];
        if (e.key && e.key != vm->dummy && add_entry(vm, s, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

int aySet_update(AyVM *vm, AySet *s, AyValue iterable) {
    if (aySet_is_anyset(vm, iterable)) return aySet_merge(vm, s, as_set(iterable));
    if (ayV_is_type(vm, iterable, vm->t_dict)) {
        AyDict *d = AY_AS(AyDict, iterable);
        if ((s->fill + d->used) * 5 >= s->mask * 3 && resize(vm, s, (s->used + d->used) * 2) < 0) return -1;
        for (int64_t i = 0; i < d->nentries; i++) {
            AyDictEntry *e = &d->entries[i];
            if (e->key && add_entry(vm, s, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 0;
    for (;;) {
        AyValue k = ayObj_next(vm, it);
        if (!k) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        if (aySet_add(vm, s, k) < 0) {
            r = -1;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// A new set or frozenset (the builtin base of `like`'s type) from an iterable
// (AY_NULL: empty).
AySet *aySet_new_like(AyVM *vm, AyType *like, AyValue iterable) {
    AyType *t = ayType_is_subtype(like, vm->t_set) ? vm->t_set : vm->t_frozenset;
    AySet *s = aySet_new(vm, t);
    if (!s || !iterable) return s;
    ayGC_push_root(vm, ayV_from_obj(s));
    int r = aySet_update(vm, s, iterable);
    ayGC_pop_roots(vm, 1);
    return r < 0 ? NULL : s;
}

static AySet *copy_of(AyVM *vm, AySet *s) { return aySet_new_like(vm, s->hdr.type, ayV_from_obj(s)); }

// Exchanges the contents of two sets (in-place operations build their result
// aside, then swap it in).
void aySet_swap_bodies(AyVM *vm, AySet *a, AySet *b) {
    AySet t = *a;
    a->fill = b->fill, a->used = b->used, a->mask = b->mask, a->table = b->table;
    b->fill = t.fill, b->used = t.used, b->mask = t.mask, b->table = t.table;
    bool both_frozen =
        ayType_is_subtype(a->hdr.type, vm->t_frozenset) && ayType_is_subtype(b->hdr.type, vm->t_frozenset);
    if (both_frozen) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

AyValue aySet_intersection(AyVM *vm, AySet *so, AyValue other) {
    if (ayV_from_obj(so) == other) {
        AySet *c = copy_of(vm, so);
        return c ? ayV_from_obj(c) : AY_NULL;
    }
    AySet *r = aySet_new_like(vm, so->hdr.type, AY_NULL);
    if (!r) return AY_NULL;
    AyValue result = ayV_from_obj(r);
    ayGC_push_root(vm, result);
    if (aySet_is_anyset(vm, other)) {
        AySet *o = as_set(other), *big = so;
        if (o->used > big->used) {
            AySet *t = big;
            big = o;
            o = t;
        }
        // iterate the smaller set, probe the larger
        int64_t pos = 0;
        AySetEntry *e;
        while (next_entry(vm, o, &pos, &e)) {
            AyValue k = e->key;
            int64_t h = e->hash;
            AySetEntry *f = lookup(vm, big, k, h);
            if (!f || (f->key != AY_NULL && add_entry(vm, r, k, h) < 0)) {
                result = AY_NULL;
                break;
            }
        }
    } else {
        AyValue it = ayObj_iter(vm, other);
        if (!it) result = AY_NULL;
        else {
            ayGC_push_root(vm, it);
            for (;;) {
                AyValue k = ayObj_next(vm, it);
                if (!k) {
                    if (ayErr_occurred(vm)) result = AY_NULL;
                    break;
                }
                int64_t h = key_hash(vm, k);
                AySetEntry *f = h == -1 ? NULL : lookup(vm, so, k, h);
                bool found = f && f->key;
                if (!f || (found && add_entry(vm, r, k, h) < 0)) {
                    result = AY_NULL;
                    break;
                }
                if (found && r->used >= so->used) break;  // nothing more can be found
            }
            ayGC_pop_roots(vm, 1);
        }
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

int aySet_difference_update(AyVM *vm, AySet *so, AyValue other) {
    if (ayV_from_obj(so) == other) {
        aySet_clear(vm, so);
        return 0;
    }
    if (aySet_is_anyset(vm, other)) {
        // a much bigger other set is first cut down to the common part
        if ((as_set(other)->used >> 3) > so->used) {
            other = aySet_intersection(vm, so, other);
            if (!other) return -1;
        }
        ayGC_push_root(vm, other);
        AySet *o = as_set(other);
        int64_t pos = 0;
        AySetEntry *e;
        int r = 0;
        while (next_entry(vm, o, &pos, &e)) {
            if (discard_entry(vm, so, e->key, e->hash) < 0) {
                r = -1;
                break;
            }
        }
        ayGC_pop_roots(vm, 1);
        if (r < 0) return -1;
    } else {
        AyValue it = ayObj_iter(vm, other);
        if (!it) return -1;
        ayGC_push_root(vm, it);
        int r = 0;
        for (;;) {
            AyValue k = ayObj_next(vm, it);
            if (!k) {
                if (ayErr_occurred(vm)) r = -1;
                break;
            }
            if (aySet_discard(vm, so, k) < 0) {
                r = -1;
                break;
            }
        }
        ayGC_pop_roots(vm, 1);
        if (r < 0) return -1;
    }
    // more than a quarter dummies: rebuild
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static AyValue copy_and_difference(AyVM *vm, AySet *so, AyValue other) {
    AySet *r = copy_of(vm, so);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    int ok = aySet_difference_update(vm, r, other);
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : ayV_from_obj(r);
}

AyValue aySet_difference(AyVM *vm, AySet *so, AyValue other) {
    int64_t other_size;
    bool is_dict = ayV_is_type(vm, other, vm->t_dict);
    if (aySet_is_anyset(vm, other)) other_size = as_set(other)->used;
    else if (is_dict) other_size = AY_AS(AyDict, other)->used;
    else return copy_and_difference(vm, so, other);
    // when so is much bigger, removing other's few keys from a copy is cheaper
    if ((so->used >> 2) > other_size) return copy_and_difference(vm, so, other);
    AySet *r = aySet_new_like(vm, so->hdr.type, AY_NULL);
    if (!r) return AY_NULL;
    AyValue result = ayV_from_obj(r);
    ayGC_push_root(vm, result);
    int64_t pos = 0;
    AySetEntry *e;
    while (next_entry(vm, so, &pos, &e)) {
        AyValue k = e->key;
        int64_t h = e->hash;
        int c;
        if (is_dict) {
            AyValue v = ayDict_get(vm, AY_AS(AyDict, other), k);
            c = v ? 1 : ayErr_occurred(vm) ? -1 : 0;
        } else {
            AySetEntry *f = lookup(vm, as_set(other), k, h);
            c = f ? f->key != AY_NULL : -1;
        }
        if (c < 0 || (!c && add_entry(vm, r, k, h) < 0)) {
            result = AY_NULL;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

int aySet_symmetric_difference_update(AyVM *vm, AySet *so, AyValue other) {
    if (ayV_from_obj(so) == other) {
        aySet_clear(vm, so);
        return 0;
    }
    if (ayV_is_type(vm, other, vm->t_dict)) {
        AyDict *d = AY_AS(AyDict, other);
        for (int64_t i = 0; i < d->nentries; i++) {
            AyDictEntry e = d->entries[i];
            if (!e.key) continue;
            int r = discard_entry(vm, so, e.key, e.hash);
            if (r < 0 || (r == 0 && add_entry(vm, so, e.key, e.hash) < 0)) return -1;
        }
        return 0;
    }
    AyValue os = other;
    if (!aySet_is_anyset(vm, other)) {
        AySet *t = aySet_new_like(vm, so->hdr.type, other);
        if (!t) return -1;
        os = ayV_from_obj(t);
    }
    ayGC_push_root(vm, os);
    int64_t pos = 0;
    AySetEntry *e;
    int r = 0;
    while (next_entry(vm, as_set(os), &pos, &e)) {
        AyValue k = e->key;
        int64_t h = e->hash;
        int d = discard_entry(vm, so, k, h);
        if (d < 0 || (d == 0 && add_entry(vm, so, k, h) < 0)) {
            r = -1;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

AyValue aySet_symmetric_difference(AyVM *vm, AySet *so, AyValue other) {
    // CPython copies the *other* operand and folds so into it
    AySet *r = aySet_new_like(vm, so->hdr.type, other);
    if (!r) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(r));
    int ok = aySet_symmetric_difference_update(vm, r, ayV_from_obj(so));
    ayGC_pop_roots(vm, 1);
    return ok < 0 ? AY_NULL : ayV_from_obj(r);
}

// so <= other (0/1, -1 error).
int aySet_issubset(AyVM *vm, AySet *so, AyValue other) {
    if (!aySet_is_anyset(vm, other)) {
        AyValue t = aySet_intersection(vm, so, other);
        if (!t) return -1;
        return as_set(t)->used == so->used;
    }
    if (so->used > as_set(other)->used) return 0;
    int64_t pos = 0;
    AySetEntry *e;
    while (next_entry(vm, so, &pos, &e)) {
        AySetEntry *f = lookup(vm, as_set(other), e->key, e->hash);
        if (!f) return -1;
        if (!f->key) return 0;
    }
    return 1;
}

int aySet_issuperset(AyVM *vm, AySet *so, AyValue other) {
    if (aySet_is_anyset(vm, other)) return aySet_issubset(vm, as_set(other), ayV_from_obj(so));
    AyValue it = ayObj_iter(vm, other);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 1;
    for (;;) {
        AyValue k = ayObj_next(vm, it);
        if (!k) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        int c = aySet_contains(vm, so, k);
        if (c <= 0) {
            r = c;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

int aySet_isdisjoint(AyVM *vm, AySet *so, AyValue other) {
    if (ayV_from_obj(so) == other) return so->used == 0;
    AyType *ot = ayV_type(vm, other);
    if (ot == vm->t_set || ot == vm->t_frozenset) {
        AySet *o = as_set(other), *big = so;
        if (o->used > big->used) {
            AySet *t = big;
            big = o;
            o = t;
        }
        int64_t pos = 0;
        AySetEntry *e;
        while (next_entry(vm, o, &pos, &e)) {
            AySetEntry *f = lookup(vm, big, e->key, e->hash);
            if (!f) return -1;
            if (f->key) return 0;
        }
        return 1;
    }
    AyValue it = ayObj_iter(vm, other);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 1;
    for (;;) {
        AyValue k = ayObj_next(vm, it);
        if (!k) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        int c = aySet_contains(vm, so, k);
        if (c != 0) {
            r = c < 0 ? -1 : 0;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// Removes and returns an arbitrary key, resuming the scan where the last pop
// stopped (CPython's "finger"). AY_NULL when empty (no exception set).
AyValue aySet_pop(AyVM *vm, AySet *s) {
    if (s->used == 0) return AY_NULL;
    AySetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (!is_live(vm, e)) {
        e++;
        if (e > limit) e = s->table;
    }
    AyValue k = e->key;
    e->key = vm->dummy;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return k;
}

// }====

void aySetObj_setup(AyVM *vm);

void aySet_setup(AyVM *vm) {
    AyType *types[] = {vm->t_set, vm->t_frozenset};
    for (int i = 0; i < 2; i++) {
        types[i]->basic_size = sizeof(AySet);
        types[i]->trace = set_trace;
        types[i]->finalize = set_finalize;
        types[i]->flags |= AY_TF_BASETYPE;
    }
    // the deletion marker: a unique object no script can see
    vm->dummy = ayV_from_obj(ayGC_new(vm, vm->t_object, sizeof(AyObj)));
    aySetObj_setup(vm);
}
