// Types created by the native stdlib modules. Each has a slot in
// vm->std_types (a GC root), so C code finds its helper types (iterators and
// the like) by index without any global state.
#ifndef AY_STDTYPES_H
#define AY_STDTYPES_H

#include "native.h"
#include "vm.h"

// Types of os, time, io, re, json, struct, zlib, hashlib... (stdlib/stdmod.h)
#define AY_STD_SYSTEXT_TYPES(X) \
    X(struct_time) X(stat_result) X(terminal_size) X(uname_result) X(times_result) \
    X(DirEntry) X(ScandirIterator) X(StringIO) X(BytesIO) X(UnsupportedOperation) \
    X(re_Pattern) X(re_Match) X(re_error) X(re_scanner) X(JSONDecodeError) \
    X(Struct) X(unpack_iterator) X(struct_error) X(binascii_Error) X(binascii_Incomplete) \
    X(zlib_error) X(zlib_Compress) X(zlib_Decompress) X(hash_object) X(ItimerError) X(statvfs_result) X(select_poll) \
    X(struct_passwd) X(struct_group) X(struct_rusage) \
    X(BufferedReader) X(BufferedWriter) X(BufferedRandom) X(FileIO)

#define AY_STD_TYPE_LIST(X) \
    X(deque) X(deque_iterator) X(deque_reverse_iterator) X(defaultdict) \
    X(partial) X(cmp_to_key) X(K) X(lru_cache_wrapper) \
    X(itemgetter) X(attrgetter) X(methodcaller) \
    X(count) X(cycle) X(repeat) X(accumulate) X(chain) X(compress) X(dropwhile) \
    X(takewhile) X(filterfalse) X(starmap) X(islice) X(pairwise) X(batched) \
    X(zip_longest) X(groupby) X(grouper) X(tee) X(tee_dataobject) X(product) \
    X(permutations) X(combinations) X(cwr) \
    X(Random) X(thread_lock) X(asyncgen_hooks) \
    X(ffi_Library) X(ffi_Function) X(ffi_StructType) X(ffi_Callback) \
    AY_STD_SYSTEXT_TYPES(X)

#define AY_STD_ENUM(name) AY_STD_##name,
typedef enum AyStdType { AY_STD_TYPE_LIST(AY_STD_ENUM) AY_STD_TYPE_COUNT } AyStdType;
#undef AY_STD_ENUM
_Static_assert(AY_STD_TYPE_COUNT <= AY_STD_TYPES_MAX, "raise AY_STD_TYPES_MAX in vm.h");

#define AY_STD_TYPE(vm, name) ((vm)->std_types[AY_STD_##name])

// Creates type `name` of module `module` (CPython's tp_name "module.name" is
// what error messages show, unless `module` is NULL: then just `name`) and
// records it in slot `slot`. The caller fills the C slots, then calls
// ayType_ready.
AyType *ayStd_new_type(AyVM *vm, AyStdType slot, const char *module, const char *tp_name, AyType *base,
                       size_t basic_size, uint32_t flags);

// The `iter` slot of iterators: returns the object itself.
AyValue ayStd_iter_self(AyVM *vm, AyValue v);

#endif
