// dict: CPython's compact, insertion-ordered layout. A sparse index table of
// entry numbers (1, 2, 4 or 8 bytes wide by table size) points into a dense
// array of entries kept in insertion order.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_LOG2 3

// {==== the table

static inline int64_t ix_get(const AyDict *d, size_t i) {
    if (d->log2_index < 8) return ((const int8_t *)d->index)[i];
    if (d->log2_index < 16) return ((const int16_t *)d->index)[i];
    if (d->log2_index < 32) return ((const int32_t *)d->index)[i];
    return ((const int64_t *)d->index)[i];
}

static inline void ix_set(AyDict *d, size_t i, int64_t v) {
    if (d->log2_index < 8) ((int8_t *)d->index)[i] = (int8_t)v;
    else if (d->log2_index < 16) ((int16_t *)d->index)[i] = (int16_t)v;
    else if (d->log2_index < 32) ((int32_t *)d->index)[i] = (int32_t)v;
    else ((int64_t *)d->index)[i] = v;
}

static size_t ix_width(int log2) { return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8; }
static size_t index_bytes(int log2) { return ix_width(log2) << log2; }
static int64_t usable(int log2) { return ((int64_t)1 << log2) * 2 / 3; }

static void dict_trace(AyVM *vm, AyObj *o) {
    AyDict *d = (AyDict *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        ayGC_mark(vm, d->entries[i].key);
        ayGC_mark(vm, d->entries[i].value);
    }
}

static void dict_finalize(AyVM *vm, AyObj *o) {
    AyDict *d = (AyDict *)o;
    if (d->index) ayMem_free(vm, d->index, index_bytes(d->log2_index));
    ayMem_free(vm, d->entries, sizeof(AyDictEntry) * (size_t)d->capacity);
}

AyDict *ayDict_new(AyVM *vm) {
    AyDict *d = AY_NEW(vm, AyDict, vm->t_dict);
    return d;
}

// Rebuilds the index at 2^log2 slots, compacting deleted entries away.
static bool resize(AyVM *vm, AyDict *d, int log2) {
    size_t nb = index_bytes(log2);
    void *index = ayMem_alloc(vm, nb);
    if (!index) return false;
    int64_t cap = usable(log2);
    AyDictEntry *entries = ayMem_alloc(vm, sizeof(AyDictEntry) * (size_t)cap);
    if (!entries) {
        ayMem_free(vm, index, nb);
        return false;
    }
    memset(index, 0xFF, nb);  // every width: all-ones bytes read as -1 (empty)
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) entries[n++] = d->entries[i];
    if (d->index) ayMem_free(vm, d->index, index_bytes(d->log2_index));
    ayMem_free(vm, d->entries, sizeof(AyDictEntry) * (size_t)d->capacity);
    d->index = index;
    d->entries = entries;
    d->log2_index = (uint8_t)log2;
    d->capacity = cap;
    d->nentries = n;
    size_t mask = ((size_t)1 << log2) - 1;
    for (int64_t i = 0; i < n; i++) {
        size_t perturb = (size_t)entries[i].hash, j = (size_t)entries[i].hash & mask;
        while (ix_get(d, j) != IX_EMPTY) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        ix_set(d, j, i);
    }
    return true;
}

static bool grow(AyVM *vm, AyDict *d) {
    int log2 = MIN_LOG2;
    // index slots >= 3 * used (as CPython sizes it): a bigger table only
    // costs cache misses on large dicts
    while (((int64_t)1 << log2) < d->used * 3 + 1) log2++;
    if (log2 < MIN_LOG2) log2 = MIN_LOG2;
    return resize(vm, d, log2);
}

// Finds key: returns the entry index or -1; *slot receives the index-table slot
// where it is or would be inserted. -2 on error. A key comparison may run
// user code: `keep` (a value the caller is about to store, or AY_NULL) stays
// alive across it along with both keys.
static int64_t lookup(AyVM *vm, AyDict *d, AyValue key, int64_t hash, size_t *slot, AyValue keep) {
restart:
    if (!d->index) {
        *slot = 0;
        return -1;
    }
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    size_t perturb = (size_t)hash, j = (size_t)hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int64_t ix = ix_get(d, j);
        if (ix == IX_EMPTY) {
            *slot = free_slot >= 0 ? (size_t)free_slot : j;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)j;
        } else {
            AyDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = j;
                return ix;
            }
            if (e->hash == hash) {
                AyValue k = e->key;
                if (ayV_is_obj(k) && ayV_is_obj(key) && ayV_obj(k)->type == vm->t_str &&
                    ayV_obj(key)->type == vm->t_str) {
                    if (ayStr_eq(AY_STR(k), AY_STR(key))) {
                        *slot = j;
                        return ix;
                    }
                } else {
                    void *entries = d->entries, *index = d->index;
                    ayGC_push_root(vm, k);
                    ayGC_push_root(vm, key);
                    ayGC_push_root(vm, keep ? keep : AY_NONE);
                    int r = ayObj_eq(vm, k, key);
                    ayGC_pop_roots(vm, 3);
                    if (r < 0) return -2;
                    // __eq__ may have changed the dict: start over
                    if (entries != d->entries || index != d->index || d->entries[ix].key != k) goto restart;
                    if (r) {
                        *slot = j;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

static int64_t key_hash(AyVM *vm, AyValue key) {
    if (ayV_is_obj(key) && ayV_obj(key)->type == vm->t_str) return ayStr_hash(AY_STR(key));
    return ayObj_hash(vm, key);
}

AyValue ayDict_get(AyVM *vm, AyDict *d, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return AY_NULL;
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot, AY_NULL);
    return ix >= 0 ? d->entries[ix].value : AY_NULL;
}

AyValue ayDict_get_hashed(AyVM *vm, AyDict *d, AyValue key, int64_t hash) {
    size_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot, AY_NULL);
    return ix >= 0 ? d->entries[ix].value : AY_NULL;
}

int64_t ayDict_find_str(AyDict *d, AyStr *key) {
    if (!d->index) return -1;
    int64_t hash = ayStr_hash(key);
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    size_t perturb = (size_t)hash, j = (size_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(d, j);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            AyDictEntry *e = &d->entries[ix];
            if (e->key == ayV_from_obj(key)) return ix;
            if (e->hash == hash && ayV_is_obj(e->key) && (ayV_obj(e->key)->type->flags & AY_TF_STR_SUB) &&
                ayStr_eq(AY_STR(e->key), key))
                return ix;
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

AyValue ayDict_get_str(AyVM *vm, AyDict *d, AyStr *key) {
    int64_t ix = ayDict_find_str(d, key);
    return ix >= 0 ? d->entries[ix].value : AY_NULL;
}

AyValue ayDict_get_cstr(AyVM *vm, AyDict *d, const char *key) {
    AyStr *k = ayStr_intern_c(vm, key);
    return k ? ayDict_get_str(vm, d, k) : AY_NULL;
}

// The index slot for a key known to be absent: the first free (empty or
// dummy) slot on its probe path. No comparisons, so no user code.
static size_t free_slot_for(AyDict *d, int64_t hash) {
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    size_t perturb = (size_t)hash, j = (size_t)hash & mask;
    while (ix_get(d, j) >= 0) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    return j;
}

// Every change to a dict's contents passes here (or through changed_value).
static inline void changed_keys(AyVM *vm, AyDict *d) {
    d->version = ++vm->dict_versions;
    if (d->of_type) vm->type_epoch++;
}

static inline void changed_value(AyVM *vm, AyDict *d) {
    if (d->of_type) vm->type_epoch++;
}

static void append_entry(AyVM *vm, AyDict *d, size_t slot, AyValue key, int64_t h, AyValue v) {
    AyDictEntry *e = &d->entries[d->nentries];
    e->hash = h;
    e->key = key;
    e->value = v;
    ix_set(d, slot, d->nentries);
    d->nentries++;
    d->used++;
    changed_keys(vm, d);
}

static int insert(AyVM *vm, AyDict *d, AyValue key, int64_t h, AyValue v) {
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot, v);
    if (ix == -2) return -1;
    if (ix >= 0) {
        d->entries[ix].value = v;
        changed_value(vm, d);
        return 0;
    }
    if (d->nentries >= d->capacity) {
        if (!grow(vm, d)) return -1;
        slot = free_slot_for(d, h);
    }
    append_entry(vm, d, slot, key, h, v);
    return 0;
}

int ayDict_set_hashed(AyVM *vm, AyDict *d, AyValue key, int64_t hash, AyValue v) {
    return insert(vm, d, key, hash, v);
}

int ayDict_set(AyVM *vm, AyDict *d, AyValue key, AyValue v) {
    int64_t h;
    if (ayV_is_int(key) || ayV_is_float(key) || (ayV_is_obj(key) && ayV_obj(key)->type == vm->t_str)) {
        h = key_hash(vm, key);
    } else {
        // a user __hash__ may collect: keep the value alive meanwhile
        ayGC_push_root(vm, v);
        h = key_hash(vm, key);
        ayGC_pop_roots(vm, 1);
        if (h == -1) return -1;
    }
    return insert(vm, d, key, h, v);
}

int ayDict_set_cstr(AyVM *vm, AyDict *d, const char *key, AyValue v) {
    AyStr *k = ayStr_intern_c(vm, key);
    return k ? ayDict_set(vm, d, ayV_from_obj(k), v) : -1;
}

// Removes entry ix found at index slot `slot`.
static void remove_entry(AyVM *vm, AyDict *d, size_t slot, int64_t ix) {
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = AY_NULL;
    d->entries[ix].value = AY_NULL;
    d->used--;
    changed_keys(vm, d);
}

int ayDict_del(AyVM *vm, AyDict *d, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return -1;
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot, AY_NULL);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    remove_entry(vm, d, slot, ix);
    return 1;
}

AyValue ayDict_pop(AyVM *vm, AyDict *d, AyValue key) {
    int64_t h = key_hash(vm, key);
    if (h == -1) return AY_NULL;
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot, AY_NULL);
    if (ix < 0) return AY_NULL;
    AyValue v = d->entries[ix].value;
    remove_entry(vm, d, slot, ix);
    return v;
}

// The last live entry (popitem): its key and value, removed. False when empty.
bool ayDict_pop_last(AyVM *vm, AyDict *d, AyValue *key, AyValue *value) {
    // trailing deleted entries are dropped so repeated popitem stays O(1)
    while (d->nentries > 0 && !d->entries[d->nentries - 1].key) d->nentries--;
    if (d->nentries == 0) return false;
    int64_t ix = d->nentries - 1;
    AyDictEntry *e = &d->entries[ix];
    *key = e->key;
    *value = e->value;
    // find the index slot pointing at ix
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    size_t perturb = (size_t)e->hash, j = (size_t)e->hash & mask;
    while (ix_get(d, j) != ix) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    remove_entry(vm, d, j, ix);
    d->nentries--;
    return true;
}

bool ayDict_next(AyDict *d, int64_t *pos, AyValue *key, AyValue *value) {
    while (*pos < d->nentries) {
        AyDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

// Copies all of src's entries into the empty dict d without comparing keys.
static int copy_into(AyVM *vm, AyDict *d, AyDict *src) {
    if (src->used == 0) return 0;
    if (src->nentries == src->used) {
        // no holes: the index and entries copy as they are
        size_t nb = index_bytes(src->log2_index);
        void *index = ayMem_alloc(vm, nb);
        if (!index) return -1;
        AyDictEntry *entries = ayMem_alloc(vm, sizeof(AyDictEntry) * (size_t)src->capacity);
        if (!entries) {
            ayMem_free(vm, index, nb);
            return -1;
        }
        memcpy(index, src->index, nb);
        memcpy(entries, src->entries, sizeof(AyDictEntry) * (size_t)src->nentries);
        if (d->index) ayMem_free(vm, d->index, index_bytes(d->log2_index));
        ayMem_free(vm, d->entries, sizeof(AyDictEntry) * (size_t)d->capacity);
        d->index = index;
        d->entries = entries;
        d->log2_index = src->log2_index;
        d->capacity = src->capacity;
        d->nentries = d->used = src->used;
        changed_keys(vm, d);
        return 0;
    }
    int log2 = MIN_LOG2;
    while (usable(log2) < src->used) log2++;
    if (!resize(vm, d, log2)) return -1;
    for (int64_t i = 0; i < src->nentries; i++) {
        AyDictEntry *e = &src->entries[i];
        if (e->key) append_entry(vm, d, free_slot_for(d, e->hash), e->key, e->hash, e->value);
    }
    return 0;
}

AyDict *ayDict_copy(AyVM *vm, AyDict *src) {
    AyDict *d = ayDict_new(vm);
    if (!d || copy_into(vm, d, src) < 0) return NULL;
    return d;
}

void ayDict_clear(AyVM *vm, AyDict *d) {
    if (d->index) ayMem_free(vm, d->index, index_bytes(d->log2_index));
    ayMem_free(vm, d->entries, sizeof(AyDictEntry) * (size_t)d->capacity);
    d->index = NULL;
    d->entries = NULL;
    d->capacity = d->nentries = d->used = 0;
    d->log2_index = 0;
    changed_keys(vm, d);
}

// Merges the dict o into d: later keys overwrite.
static int merge_dict(AyVM *vm, AyDict *d, AyDict *o) {
    if (o == d || o->used == 0) return 0;
    if (d->used == 0 && d->nentries == 0) return copy_into(vm, d, o);
    int64_t n = o->nentries;
    for (int64_t i = 0; i < n; i++) {
        AyDictEntry e = o->entries[i];
        if (!e.key) continue;
        if (insert(vm, d, e.key, e.hash, e.value) < 0) return -1;
        // a key's __eq__ may have changed o
        if (o->nentries != n) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// For every key of a mapping: d[k] = m[k].
static int merge_mapping(AyVM *vm, AyDict *d, AyValue m, AyValue keys) {
    AyValue ks = ayObj_call0(vm, keys);
    if (!ks) return -1;
    AyValue it = ayObj_iter(vm, ks);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 0;
    for (;;) {
        AyValue k = ayObj_next(vm, it);
        if (!k) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        ayGC_push_root(vm, k);
        AyValue v = ayObj_getitem(vm, m, k);
        r = v ? ayDict_set(vm, d, k, v) : -1;
        ayGC_pop_roots(vm, 1);
        if (r < 0) break;
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// d.update(iterable of pairs).
int ayDict_update_pairs(AyVM *vm, AyDict *d, AyValue iterable) {
    AyValue it = ayObj_iter(vm, iterable);
    if (!it) return -1;
    ayGC_push_root(vm, it);
    int r = 0;
    for (int64_t n = 0;; n++) {
        AyValue item = ayObj_next(vm, it);
        if (!item) {
            if (ayErr_occurred(vm)) r = -1;
            break;
        }
        AyValue *kv;
        int64_t len;
        AyValue seq;
        AyType *t = ayV_type(vm, item);
        if (!ayV_is_list(vm, item) && !ayV_is_tuple(vm, item) && !t->iter && !t->getitem) {
            seq = AY_NULL;
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
        } else {
            ayGC_push_root(vm, item);
            seq = ayObj_sequence_items(vm, item, &kv, &len);
            ayGC_pop_roots(vm, 1);
        }
        if (!seq) {
            r = -1;
            break;
        }
        if (len != 2) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "dictionary update sequence element #%lld has length %lld; 2 is required",
                         (long long)n, (long long)len);
            r = -1;
            break;
        }
        ayGC_push_root(vm, seq);
        r = ayDict_set(vm, d, kv[0], kv[1]);
        ayGC_pop_roots(vm, 1);
        if (r < 0) break;
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// dict.update(other): a dict, a mapping (has keys()) or an iterable of pairs.
int ayDict_update(AyVM *vm, AyDict *d, AyValue other) {
    // dict subclasses that override __iter__ go through keys(), as in CPython
    if (ayV_is_dict(vm, other) && ayV_type(vm, other)->iter == vm->t_dict->iter)
        return merge_dict(vm, d, AY_AS(AyDict, other));
    AyValue keys = ayObj_getattr_opt(vm, other, vm->s.keys);
    if (keys) {
        ayGC_push_root(vm, keys);
        int r = merge_mapping(vm, d, other, keys);
        ayGC_pop_roots(vm, 1);
        return r;
    }
    if (ayErr_occurred(vm)) return -1;
    return ayDict_update_pairs(vm, d, other);
}

// }====

void ayDictObj_setup(AyVM *vm);

void ayDict_setup(AyVM *vm) {
    AyType *t = vm->t_dict;
    t->flags |= AY_TF_DICT_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyDict);
    t->trace = dict_trace;
    t->finalize = dict_finalize;
    ayDictObj_setup(vm);
}
