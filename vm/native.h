// Helpers for writing builtin types and functions in C: method tables,
// argument unpacking, type creation.
#ifndef AY_NATIVE_H
#define AY_NATIVE_H

#include "vm.h"

// One entry of a method/function table; the table ends with {NULL}.
typedef struct AyMethodDef {
    const char *name;
    AyNativeFn fn;
    uint32_t flags;      // AY_NATIVE_* (AY_NATIVE_METHOD is implied for type methods)
    const char *doc;
} AyMethodDef;

// A computed attribute of a builtin type (a getset_descriptor).
typedef struct AyGetSetDef {
    const char *name;
    AyValue (*get)(AyVM *vm, AyValue self);
    int (*set)(AyVM *vm, AyValue self, AyValue v);  // NULL: read-only; v == AY_NULL deletes
} AyGetSetDef;

// Creates a builtin type object (not yet in any namespace).
AyType *ayType_new_builtin(AyVM *vm, const char *name, AyType *base, size_t basic_size,
                           uint32_t flags);
// Fills the dict of `t` with native methods.
void ayType_add_methods(AyVM *vm, AyType *t, const AyMethodDef *defs);
void ayType_add_getsets(AyVM *vm, AyType *t, const AyGetSetDef *defs);
// The __dict__ / __weakref__ descriptors of a class whose instances get them.
void ayType_add_instance_descriptors(AyVM *vm, AyType *t, bool dict, bool weakref);
// Sets t.__dict__[name] = v.
void ayType_set(AyVM *vm, AyType *t, const char *name, AyValue v);
// Recomputes the MRO and inherits C slots from `t->base` for slots `t` left NULL.
void ayType_ready(AyVM *vm, AyType *t);
// A descriptor for the AyValue at `offset` in instances of owner (__slots__, struct fields).
AyValue ayMember_new(AyVM *vm, AyType *owner, AyStr *name, uint32_t offset, bool readonly);
// The offset of a writable member descriptor's slot in instances of type t
// (for the interpreter's attribute caches); 0 for any other value, and for a
// member of a class t does not derive from.
uint32_t ayMember_writable_offset(AyVM *vm, AyValue descr, AyType *t);
// Puts wrapper descriptors for the C slots a builtin type defines itself into its dict.
void ayType_add_slot_wrappers(AyVM *vm, AyType *t);
// A new native function object (module-level when self is a module or NULL).
AyValue ayNative_new(AyVM *vm, const char *name, AyNativeFn fn, AyValue self, const char *doc);
// Adds each function of `defs` to `dict` (bound to `self`).
void ayNative_add_all(AyVM *vm, AyDict *dict, const AyMethodDef *defs, AyValue self);

// Unpacks native arguments by a spec of names separated by spaces. Markers:
// "/" ends the positional-only names, "|" starts the optional ones, "$" starts
// the keyword-only ones; e.g. "iterable | key reverse" or "* sep end file flush".
// A name "*" collects nothing but allows any extra positionals (the caller
// handles them). Missing optionals are AY_NULL in `out`. Produces CPython-style
// TypeErrors naming `fname`. Returns false on error.
bool ayArg_unpack(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kwnames,
                  const char *spec, AyValue *out);
// Raises "f() takes no keyword arguments" when kwnames is set.
bool ayArg_no_kw(AyVM *vm, const char *fname, AyValue kwnames);
// Checks min <= nargs <= max with CPython's builtin wording.
bool ayArg_count(AyVM *vm, const char *fname, int nargs, int min, int max);

// Number of keyword arguments in a call.
static inline int ayArg_nkw(AyValue kwnames) {
    return kwnames ? (int)AY_AS(AyTuple, kwnames)->len : 0;
}

#endif
