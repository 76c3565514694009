// The ffi module: calling C functions in shared libraries through libffi.
// ffi_types.c knows C types and converts values both ways; ffi.c loads
// libraries, calls functions and makes callbacks.
#ifndef AY_FFI_MODULE_H
#define AY_FFI_MODULE_H

#include <ffi.h>

#include "stdmod.h"

// How a C type converts to and from Ay values.
typedef enum FfiKind {
    FFI_KIND_VOID,
    FFI_KIND_SINT,     // signed integers: int
    FFI_KIND_UINT,     // unsigned integers: int
    FFI_KIND_BOOL,
    FFI_KIND_FLOAT,
    FFI_KIND_DOUBLE,
    FFI_KIND_POINTER,  // an address: int or None; bytes-like objects and callbacks pass their address
    FFI_KIND_CHARP,    // char* as bytes (str is passed as UTF-8), NULL as None
    FFI_KIND_STR,      // char* as str (UTF-8), NULL as None
    FFI_KIND_STRUCT,   // a struct by value: a tuple of its fields
} FfiKind;

typedef struct FfiType {
    FfiKind kind;
    ffi_type *ffi;
    size_t size;
    const char *name;           // as written in Ay ("uint8", "char*"; a struct's class name)
    struct FfiStruct *strct;    // FFI_KIND_STRUCT: its layout (its owner keeps it alive)
} FfiType;

// A struct type made by ffi.struct(name, fields).
typedef struct FfiStruct {
    AyObj hdr;
    ffi_type type;              // FFI_TYPE_STRUCT over `elements`
    ffi_type **elements;        // nfields + 1, NULL-terminated (C memory)
    FfiType *fields;            // (C memory)
    size_t *offsets;            // (C memory)
    int nfields;
    AyValue names;              // tuple of the field names
    AyValue name;               // str
    AyValue field_types;        // tuple of the nested StructTypes it uses (GC)
} FfiStruct;

// A C function signature: the return and argument types.
typedef struct FfiSignature {
    ffi_cif cif;
    FfiType ret;
    FfiType *args;              // (C memory)
    ffi_type **atypes;          // (C memory)
    int nargs;
    AyValue structs;            // tuple of the StructTypes it uses (GC), or AY_NULL
} FfiSignature;

// The type `spec` names: a type name ("int32", "double", "char*"...) or a
// StructType. ValueError/TypeError otherwise; "void" only when allow_void.
bool ffiType_from(AyVM *vm, AyValue spec, FfiType *out, bool allow_void);
bool ffiType_is_struct(AyVM *vm, AyValue v);

// Prepares `sig` for `restype(*argtypes)`; false with an exception pending.
bool ffiSignature_init(AyVM *vm, FfiSignature *sig, AyValue restype, AyValue argtypes);
void ffiSignature_free(AyVM *vm, FfiSignature *sig);

// Stores `v` as C type `t` at `dst` (t->size bytes). `what` names the value
// in messages ("argument 2"). False with TypeError/OverflowError/ValueError.
bool ffiValue_to_c(AyVM *vm, const FfiType *t, AyValue v, void *dst, const char *what);
// The Ay value of the C value of type `t` at `src`.
AyValue ffiValue_from_c(AyVM *vm, const FfiType *t, const void *src);
// Widens a small integer return value to libffi's ffi_arg in place (C to
// libffi, for callbacks) or reads it back narrowed (libffi to C).
void ffiValue_widen(const FfiType *t, void *slot);
void ffiValue_narrow(const FfiType *t, void *slot);

// The address a callback object passes as, or NULL if `v` is not one (ffi.c).
void *ffiCallback_address(AyVM *vm, AyValue v);

// The StructType type and its setup (ffi_types.c); the module's helper
// functions on types and raw memory (sizeof, read, write, string...).
void ffiTypes_setup(AyVM *vm, AyModule *m);

#endif
