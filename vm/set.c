// set and frozenset: the table layout, probing (linear probes then
// perturbation), growth and dummy handling follow CPython's setobject.c so
// that iteration order matches CPython's for the same operations.
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

static void set_trace(AyVM *vm, AyObj *o) {
    AySet *s = (AySet *)o;
    if (!s->table) return;
    for (int64_t i = 0; i <= s->mask; i++) ayGC_mark(vm, s->table[i].key);
}

static void set_finalize(AyVM *vm, AyObj *o) {
    AySet *s = (AySet *)o;
    if (s->table) ayMem_free(vm, s->table, sizeof(AySetEntry) * (size_t)(s->mask + 1));
}

static bool ensure_table(AyVM *vm, AySet *s) {
    if (s->table) return true;
    s->table = ayMem_alloc(vm, sizeof(AySetEntry) * SET_MINSIZE);
    if (!s->table) return false;
    memset(s->table, 0, sizeof(AySetEntry) * SET_MINSIZE);
    s->mask = SET_MINSIZE - 1;
    return true;
}

AySet *aySet_new(AyVM *vm, AyType *type) {
    AySet *s = (AySet *)ayGC_new(vm, type, type->basic_size ? type->basic_size : sizeof(AySet));
    if (!s) return NULL;
    s->hash = -1;
    return s;
}

static bool is_dummy(AyVM *vm, AySetEntry *e) { return e->key == vm->dummy; }

static void insert_clean(AySetEntry *table, int64_t mask, AyValue key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & (size_t)mask;
    for (;;) {
        AySetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= (size_t)mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & (size_t)mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int resize(AyVM *vm, AySet *s, int64_t minused) {
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    AySetEntry *table = ayMem_alloc(vm, sizeof(AySetEntry) * (size_t)newsize);
    if (!table) return -1;
    memset(table, 0, sizeof(AySetEntry) * (size_t)newsize);
    AySetEntry *old = s->table;
    int64_t oldmask = s->mask;
    s->fill = s->used;
    if (old) {
        for (int64_t i = 0; i <= oldmask; i++) {
            AySetEntry *e = &old[i];
            if (e->key && !is_dummy(vm, e)) insert_clean(table, newsize - 1, e->key, e->hash);
        }
        ayMem_free(vm, old, sizeof(AySetEntry) * (size_t)(oldmask + 1));
    }
    s->table = table;
    s->mask = newsize - 1;
    return 0;
}

// Finds key: returns its entry, or NULL (error when an exception is pending).
static AySetEntry *lookup(AyVM *vm, AySet *s, AyValue key, int64_t hash) {
restart:
    if (!s->table) return NULL;
    {
        size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
        for (;;) {
            AySetEntry *e = &s->table[i];
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                if (e->hash == 0 && !e->key) return NULL;
                if (e->hash == hash && e->key && !is_dummy(vm, e)) {
                    AyValue k = e->key;
                    if (k == key) return e;
                    if (ayV_is_str(vm, k) && ayV_is_str(vm, key)) {
                        if (ayStr_eq(AY_STR(k), AY_STR(key))) return e;
                    } else {
                        AySetEntry *table = s->table;
                        int r = ayObj_eq(vm, k, key);
                        if (r < 0) return NULL;
                        if (table != s->table || e->key != k) goto restart;
                        if (r) return e;
                    }
                }
                e++;
            } while (probes--);
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

static int64_t key_hash(AyVM *vm, AyValue key) {
    if (ayV_is_obj(key) && ayV_obj(key)->type == vm->t_str) return ayStr_hash(AY_STR(key));
    return ayObj_hash(vm, key);
}

static int add_entry(AyVM *vm, AySet *s, AyValue key, int64_t hash) {
    if (!ensure_table(vm, s)) return -1;
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    AySetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
            if (e->hash == hash && e->key && !is_dummy(vm, e)) {
                AyValue k = e->key;
                if (k == key) return 0;
                if (ayV_is_str(vm, k) && ayV_is_str(vm, key)) {
                    if (ayStr_eq(AY_STR(k), AY_STR(key))) return 0;
                } else {
                    AySetEntry *table = s->table;
                    int r = ayObj_eq(vm, k, key);
                    if (r < 0) return -1;
                    if (table != s->table || e->key != k) goto restart;
                    if (r) return 0;
                }
                mask = (size_t)s->mask;
            } else if (e->hash == -1 && is_dummy(vm, e) && !freeslot) {
                freeslot = e;
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

int aySet_add(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    return add_entry(vm, s, key, h);
}

int aySet_contains(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    AySetEntry *e = lookup(vm, s, key, h);
    if (e) return 1;
    return ayErr_occurred(vm) ? -1 : 0;
}

int aySet_discard(AyVM *vm, AySet *s, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    AySetEntry *e = lookup(vm, s, key, h);
    if (!e) return ayErr_occurred(vm) ? -1 : 0;
    e->key = vm->dummy;
    e->hash = -1;
    s->used--;
    return 1;
}

bool aySet_next(AySet *s, int64_t *pos, AyValue *key) {
    if (!s->table) return false;
    while (*pos <= s->mask) {
        AySetEntry *e = &s->table[(*pos)++];
        if (e->key && e->hash != -1) {
            *key = e->key;
            return true;
        }
        if (e->key && e->hash == -1) continue;  // dummy
    }
    return false;
}

// Merges another set (CPython's set_merge, including its fast copy).
static int merge_set(AyVM *vm, AySet *s, AySet *o) {
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (resize(vm, s, (s->used + o->used) * 2) < 0) return -1;
    }
    if (!ensure_table(vm, s)) return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++) {
            AySetEntry *e = &o->table[i];
            if (e->key) s->table[i] = *e;
        }
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = o->used;
        s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++) {
            AySetEntry *e = &o->table[i];
            if (e->key && e->hash != -1) insert_clean(s->table, s->mask, e->key, e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        AySetEntry *e = &o->table[i];
        if (e->key && e->hash != -1 && add_entry(vm, s, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

static bool is_anyset(AyVM *vm, AyValue v) {
    if (!ayV_is_obj(v)) return false;
    AyType *t = ayV_obj(v)->type;
    return ayType_is_subtype(t, vm->t_set) || ayType_is_subtype(t, vm->t_frozenset);
}

int aySet_update(AyVM *vm, AySet *s, AyValue iterable) {
    if (is_anyset(vm, iterable)) return merge_set(vm, s, AY_AS(AySet, iterable));
    if (ayV_is_type(vm, iterable, vm->t_dict)) {
        AyDict *d = AY_AS(AyDict, iterable);
        if ((s->fill + d->used) * 5 >= s->mask * 3) {
            if (resize(vm, s, (s->used + d->used) * 2) < 0) return -1;
        }
        int64_t pos = 0;
        AyValue k;
        while (ayDict_next(d, &pos, &k, NULL)) {
            int64_t h = d->entries[pos - 1].hash;
            if (add_entry(vm, s, k, h) < 0) return -1;
        }
        return 0;
    }
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 0;
    for (AyValue k; (k = ayObj_next(vm, it));) {
        if (aySet_add(vm, s, k) < 0) {
            r = -1;
            break;
        }
    }
    if (ayErr_occurred(vm)) r = -1;
    ayGC_pop_roots(vm, 1);
    return r;
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
    // the deletion marker: any unique object that no script can see
    vm->dummy = ayV_from_obj(ayGC_new(vm, vm->t_object, sizeof(AyObj)));
    aySetObj_setup(vm);
}

bool aySet_is_anyset(AyVM *vm, AyValue v) { return is_anyset(vm, v); }
int aySet_merge(AyVM *vm, AySet *s, AySet *o) { return merge_set(vm, s, o); }
