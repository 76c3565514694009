// tuple, list, dict, set: the internal C API.
#ifndef AY_CONTAINERS_H
#define AY_CONTAINERS_H

#include "vm.h"

// tuple
AyTuple *ayTuple_new(AyVM *vm, int64_t n);  // items are AY_NULL: fill them all
AyValue ayTuple_from_items(AyVM *vm, const AyValue *items, int64_t n);
AyValue ayTuple_pack2(AyVM *vm, AyValue a, AyValue b);
int64_t ayTuple_hash(AyVM *vm, AyTuple *t);
void ayTuple_setup(AyVM *vm);

// list
AyList *ayList_new(AyVM *vm, int64_t cap);
AyValue ayList_from_items(AyVM *vm, const AyValue *items, int64_t n);
bool ayList_append(AyVM *vm, AyList *l, AyValue v);
bool ayList_extend(AyVM *vm, AyList *l, AyValue iterable);
bool ayList_reserve(AyVM *vm, AyList *l, int64_t cap);
// Stable sort in place; `key` may be AY_NULL. Returns false on error.
bool ayList_sort(AyVM *vm, AyList *l, AyValue key, bool reverse);
// Parses sort()'s keyword arguments (values at kwvals) into key / reverse.
bool ayList_sort_args(AyVM *vm, AyValue *kwvals, AyValue kwnames, AyValue *key, int *reverse);
void ayList_setup(AyVM *vm);

// dict
AyDict *ayDict_new(AyVM *vm);
// Lookup; AY_NULL when absent or on error (check ayErr_occurred when keys may
// have user-defined __eq__/__hash__).
AyValue ayDict_get(AyVM *vm, AyDict *d, AyValue key);
// Lookup by a str key (no errors possible).
AyValue ayDict_get_str(AyVM *vm, AyDict *d, AyStr *key);
AyValue ayDict_get_cstr(AyVM *vm, AyDict *d, const char *key);
int ayDict_set(AyVM *vm, AyDict *d, AyValue key, AyValue v);          // 0 / -1
int ayDict_set_cstr(AyVM *vm, AyDict *d, const char *key, AyValue v);
int ayDict_del(AyVM *vm, AyDict *d, AyValue key);                     // 1 deleted, 0 absent, -1 error
// The same with a hash the caller already has (from another dict or set).
AyValue ayDict_get_hashed(AyVM *vm, AyDict *d, AyValue key, int64_t hash);
int ayDict_set_hashed(AyVM *vm, AyDict *d, AyValue key, int64_t hash, AyValue v);
// Removes key and returns its value; AY_NULL when absent or on error (check
// ayErr_occurred).
AyValue ayDict_pop(AyVM *vm, AyDict *d, AyValue key);
// Removes the most recently inserted entry (popitem); false when empty.
bool ayDict_pop_last(AyVM *vm, AyDict *d, AyValue *key, AyValue *value);
// d.update(iterable of key/value pairs) with CPython's errors.
int ayDict_update_pairs(AyVM *vm, AyDict *d, AyValue iterable);
// A read-only view of a mapping (types.MappingProxyType).
AyValue ayMappingProxy_new(AyVM *vm, AyValue mapping);
// Index of the entry for a str key, or -1 (for global caches).
int64_t ayDict_find_str(AyDict *d, AyStr *key);
// Iterates live entries: `*pos` starts at 0; returns false at the end.
bool ayDict_next(AyDict *d, int64_t *pos, AyValue *key, AyValue *value);
AyDict *ayDict_copy(AyVM *vm, AyDict *d);
int ayDict_update(AyVM *vm, AyDict *d, AyValue other);   // dict.update(other) semantics
void ayDict_clear(AyVM *vm, AyDict *d);
void ayDict_setup(AyVM *vm);

// set / frozenset
AySet *aySet_new(AyVM *vm, AyType *type);
int aySet_add(AyVM *vm, AySet *s, AyValue key);
int aySet_contains(AyVM *vm, AySet *s, AyValue key);      // 0/1, -1 error
int aySet_discard(AyVM *vm, AySet *s, AyValue key);       // 1 removed, 0 absent, -1 error
bool aySet_next(AySet *s, int64_t *pos, AyValue *key);
int aySet_update(AyVM *vm, AySet *s, AyValue iterable);
void aySet_clear(AyVM *vm, AySet *s);
bool aySet_is_anyset(AyVM *vm, AyValue v);
// A new set or frozenset (whichever builtin `like` derives from) holding the
// items of `iterable` (AY_NULL: empty).
AySet *aySet_new_like(AyVM *vm, AyType *like, AyValue iterable);
AyValue aySetObj_from_iterable(AyVM *vm, AyValue iterable);   // a new set
// The set algebra with CPython's algorithms (and so its iteration orders).
int aySet_merge(AyVM *vm, AySet *s, AySet *other);
AyValue aySet_intersection(AyVM *vm, AySet *s, AyValue other);
AyValue aySet_difference(AyVM *vm, AySet *s, AyValue other);
AyValue aySet_symmetric_difference(AyVM *vm, AySet *s, AyValue other);
int aySet_difference_update(AyVM *vm, AySet *s, AyValue other);
int aySet_symmetric_difference_update(AyVM *vm, AySet *s, AyValue other);
int aySet_issubset(AyVM *vm, AySet *s, AyValue other);     // 0/1, -1 error
int aySet_issuperset(AyVM *vm, AySet *s, AyValue other);
int aySet_isdisjoint(AyVM *vm, AySet *s, AyValue other);
void aySet_swap_bodies(AyVM *vm, AySet *a, AySet *b);
AyValue aySet_pop(AyVM *vm, AySet *s);                       // AY_NULL (no error) when empty
void aySet_setup(AyVM *vm);

// slices: normalised start/stop/step and length for a sequence of `len` items.
int aySlice_indices(AyVM *vm, AyValue slice, int64_t len, int64_t *start, int64_t *stop,
                    int64_t *step, int64_t *slicelen);
AyValue aySlice_new(AyVM *vm, AyValue start, AyValue stop, AyValue step);
// Normalises a possibly negative index; false (with IndexError "<what> index out
// of range") when out of range.
bool ayIndex_normalize(AyVM *vm, AyValue index, int64_t len, int64_t *out, const char *what);

#endif
