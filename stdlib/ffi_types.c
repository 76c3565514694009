// The ffi module's C types: names, structs, converting values between Ay and
// C, signatures, and the helpers that read and write raw memory.
#include <limits.h>
#include <string.h>

#include "bytes.h"
#include "ffi_module.h"

// {==== type names

#if SIZE_MAX == UINT64_MAX
#define FFI_SIZE_T ffi_type_uint64
#define FFI_SSIZE_T ffi_type_sint64
#else
#define FFI_SIZE_T ffi_type_uint32
#define FFI_SSIZE_T ffi_type_sint32
#endif

static const struct {
    const char *name;
    FfiKind kind;
    ffi_type *ffi;
} type_names[] = {
    {"void", FFI_KIND_VOID, &ffi_type_void},
    {"bool", FFI_KIND_BOOL, &ffi_type_uint8},
    {"char", FFI_KIND_SINT, &ffi_type_schar},
    {"schar", FFI_KIND_SINT, &ffi_type_schar},
    {"uchar", FFI_KIND_UINT, &ffi_type_uchar},
    {"short", FFI_KIND_SINT, &ffi_type_sshort},
    {"ushort", FFI_KIND_UINT, &ffi_type_ushort},
    {"int", FFI_KIND_SINT, &ffi_type_sint},
    {"uint", FFI_KIND_UINT, &ffi_type_uint},
    {"long", FFI_KIND_SINT, &ffi_type_slong},
    {"ulong", FFI_KIND_UINT, &ffi_type_ulong},
    {"longlong", FFI_KIND_SINT, &ffi_type_sint64},
    {"ulonglong", FFI_KIND_UINT, &ffi_type_uint64},
    {"int8", FFI_KIND_SINT, &ffi_type_sint8},
    {"uint8", FFI_KIND_UINT, &ffi_type_uint8},
    {"int16", FFI_KIND_SINT, &ffi_type_sint16},
    {"uint16", FFI_KIND_UINT, &ffi_type_uint16},
    {"int32", FFI_KIND_SINT, &ffi_type_sint32},
    {"uint32", FFI_KIND_UINT, &ffi_type_uint32},
    {"int64", FFI_KIND_SINT, &ffi_type_sint64},
    {"uint64", FFI_KIND_UINT, &ffi_type_uint64},
    {"size_t", FFI_KIND_UINT, &FFI_SIZE_T},
    {"ssize_t", FFI_KIND_SINT, &FFI_SSIZE_T},
    {"float", FFI_KIND_FLOAT, &ffi_type_float},
    {"double", FFI_KIND_DOUBLE, &ffi_type_double},
    {"pointer", FFI_KIND_POINTER, &ffi_type_pointer},
    {"void*", FFI_KIND_POINTER, &ffi_type_pointer},
    {"char*", FFI_KIND_CHARP, &ffi_type_pointer},
    {"str", FFI_KIND_STR, &ffi_type_pointer},
};

bool ffiType_is_struct(AyVM *vm, AyValue v) { return ayV_is_type(vm, v, AY_STD_TYPE(vm, ffi_StructType)); }

bool ffiType_from(AyVM *vm, AyValue spec, FfiType *out, bool allow_void) {
    memset(out, 0, sizeof *out);
    if (ffiType_is_struct(vm, spec)) {
        FfiStruct *s = AY_AS(FfiStruct, spec);
        out->kind = FFI_KIND_STRUCT;
        out->ffi = &s->type;
        out->size = s->type.size;
        out->name = AY_CSTR(s->name);
        out->strct = s;
        return true;
    }
    if (!ayV_is_str(vm, spec)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "a C type is a type name (str) or an ffi.struct, not %T", spec);
        return false;
    }
    for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++) {
        if (strcmp(type_names[i].name, AY_CSTR(spec)) == 0) {
            if (type_names[i].kind == FFI_KIND_VOID && !allow_void) break;
            out->kind = type_names[i].kind;
            out->ffi = type_names[i].ffi;
            out->size = out->ffi->size;
            out->name = type_names[i].name;
            return true;
        }
    }
    ayErr_format(vm, AY_EXC(vm, ValueError), strcmp(AY_CSTR(spec), "void") == 0 ? "'void' is only a return type"
                                                                                  : "unknown C type %R",
                 spec);
    return false;
}

// }====
// {==== converting values

// A scalar C value. C memory is read and written through one with memcpy:
// addresses from scripts (ffi.read, unpack at an offset) need not be aligned.
typedef union FfiScalar {
    int8_t i8;
    int16_t i16;
    int32_t i32;
    int64_t i64;
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;
    uint64_t u64;
    float f;
    double d;
    void *p;
} FfiScalar;

static bool is_number(AyVM *vm, AyValue v) {
    return ayV_is_float(v) || ayV_is_anyint(vm, v) || ayV_has_flag(vm, v, AY_TF_FLOAT_SUB);
}

// The 64-bit pattern of an int for C type `t`, range-checked for its size.
static bool int_to_c(AyVM *vm, const FfiType *t, AyValue v, void *dst, const char *what) {
    if (!ayV_is_anyint(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s: expected int for %s, got %T", what, t->name, v);
        return false;
    }
    bool is_signed = t->kind == FFI_KIND_SINT;
    union {
        uint64_t u;
        int64_t i;
        uint8_t bytes[8];
    } x;
    bool little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    bool fits = ayInt_to_bytes(vm, ayInt_exact(vm, v), x.bytes, 8, little, is_signed);
    unsigned bits = (unsigned)t->size * 8;
    if (fits && bits < 64)
        fits = is_signed ? x.i >= -((int64_t)1 << (bits - 1)) && x.i < ((int64_t)1 << (bits - 1))
                         : x.u < ((uint64_t)1 << bits);
    if (!fits) {
        ayErr_clear(vm);
        ayErr_format(vm, AY_EXC(vm, OverflowError), "%s: %R is out of range for %s", what, v, t->name);
        return false;
    }
    FfiScalar c;
    switch (t->size) {
    case 1: c.u8 = (uint8_t)x.u; break;
    case 2: c.u16 = (uint16_t)x.u; break;
    case 4: c.u32 = (uint32_t)x.u; break;
    default: c.u64 = x.u; break;
    }
    memcpy(dst, &c, t->size);
    return true;
}

// An address from an int, or the data of a bytes-like object. False, with
// OverflowError pending for an int out of range, otherwise not.
static bool address_of(AyVM *vm, AyValue v, void **out, const char *what) {
    if (ayV_is_anyint(vm, v)) {
        static const FfiType address = {FFI_KIND_UINT, &ffi_type_pointer, sizeof(void *), "an address", NULL};
        uintptr_t a = 0;
        if (!int_to_c(vm, &address, v, &a, what)) return false;
        *out = (void *)a;
        return true;
    }
    const char *data;
    int64_t n;
    if (ayBytes_view(vm, v, &data, &n)) {
        *out = (void *)data;
        return true;
    }
    return false;
}

static bool struct_to_c(AyVM *vm, const FfiType *t, AyValue v, void *dst, const char *what) {
    FfiStruct *s = t->strct;
    const char *data;
    int64_t n;
    if (ayBytes_view(vm, v, &data, &n)) {
        if ((size_t)n != t->size) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "%s: %s takes %zu bytes, got %lld", what, t->name, t->size,
                         (long long)n);
            return false;
        }
        memcpy(dst, data, t->size);
        return true;
    }
    if (!ayV_is_tuple(vm, v) && !ayV_is_list(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s: expected a tuple of fields for %s, got %T", what, t->name, v);
        return false;
    }
    AyValue *items;
    int64_t count;
    if (!ayObj_sequence_items(vm, v, &items, &count)) return false;
    if (count != s->nfields) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "%s: %s has %d field%s, got %lld value%s", what, t->name,
                     s->nfields, s->nfields == 1 ? "" : "s", (long long)count, count == 1 ? "" : "s");
        return false;
    }
    memset(dst, 0, t->size);  // padding
    for (int i = 0; i < s->nfields; i++) {
        char field[200];
        snprintf(field, sizeof field, "%s, field '%s'", what, AY_CSTR(AY_AS(AyTuple, s->names)->items[i]));
        if (!ffiValue_to_c(vm, &s->fields[i], items[i], (char *)dst + s->offsets[i], field)) return false;
    }
    return true;
}

bool ffiValue_to_c(AyVM *vm, const FfiType *t, AyValue v, void *dst, const char *what) {
    switch (t->kind) {
    case FFI_KIND_SINT:
    case FFI_KIND_UINT:
        return int_to_c(vm, t, v, dst, what);
    case FFI_KIND_BOOL: {
        int truth = ayObj_truth(vm, v);
        if (truth < 0) return false;
        *(uint8_t *)dst = (uint8_t)truth;  // one byte: never misaligned
        return true;
    }
    case FFI_KIND_FLOAT:
    case FFI_KIND_DOUBLE: {
        double d;
        if (!is_number(vm, v)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s: expected float for %s, got %T", what, t->name, v);
            return false;
        }
        if (ayFloat_as_double(vm, v, &d) < 0) return false;
        FfiScalar c;
        if (t->kind == FFI_KIND_FLOAT) c.f = (float)d;
        else c.d = d;
        memcpy(dst, &c, t->size);
        return true;
    }
    case FFI_KIND_POINTER: {
        void *p = NULL;
        if (v == AY_NONE || address_of(vm, v, &p, what) || (p = ffiCallback_address(vm, v))) {
            memcpy(dst, &p, sizeof p);
            return true;
        }
        if (!ayErr_occurred(vm))
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "%s: expected an address (int), None, a bytes-like object or a callback for %s, got %T", what,
                         t->name, v);
        return false;
    }
    case FFI_KIND_CHARP:
    case FFI_KIND_STR: {
        void *p = NULL;
        if (ayV_is_str(vm, v)) p = (void *)AY_CSTR(v);
        else if (v != AY_NONE && !address_of(vm, v, &p, what)) {
            if (!ayErr_occurred(vm))
                ayErr_format(vm, AY_EXC(vm, TypeError), "%s: expected %s or None for %s, got %T", what,
                             t->kind == FFI_KIND_STR ? "str, bytes" : "bytes, str", t->name, v);
            return false;
        }
        memcpy(dst, &p, sizeof p);
        return true;
    }
    case FFI_KIND_STRUCT:
        return struct_to_c(vm, t, v, dst, what);
    case FFI_KIND_VOID:
        break;
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s: no value has C type void", what);
    return false;
}

AyValue ffiValue_from_c(AyVM *vm, const FfiType *t, const void *src) {
    FfiScalar c;
    if (t->kind != FFI_KIND_STRUCT && t->kind != FFI_KIND_VOID) memcpy(&c, src, t->size);
    switch (t->kind) {
    case FFI_KIND_VOID:
        return AY_NONE;
    case FFI_KIND_SINT:
        switch (t->size) {
        case 1: return ayV_small(c.i8);
        case 2: return ayV_small(c.i16);
        case 4: return ayV_small(c.i32);
        default: return ayInt_from_i64(vm, c.i64);
        }
    case FFI_KIND_UINT:
        switch (t->size) {
        case 1: return ayV_small(c.u8);
        case 2: return ayV_small(c.u16);
        case 4: return ayV_small(c.u32);
        default: return ayInt_from_u64(vm, c.u64);
        }
    case FFI_KIND_BOOL:
        return ayV_bool(c.u8 != 0);
    case FFI_KIND_FLOAT:
        return ayV_from_float(c.f);
    case FFI_KIND_DOUBLE:
        return ayV_from_float(c.d);
    case FFI_KIND_POINTER:
        return c.p ? ayInt_from_u64(vm, (uintptr_t)c.p) : AY_NONE;
    case FFI_KIND_CHARP:
    case FFI_KIND_STR: {
        const char *p = c.p;
        if (!p) return AY_NONE;
        if (t->kind == FFI_KIND_CHARP) return ayBytes_from(vm, p, strlen(p));
        return ayCodec_decode(vm, p, strlen(p), "utf-8", "surrogateescape");
    }
    case FFI_KIND_STRUCT: {
        FfiStruct *s = t->strct;
        AyTuple *tup = ayTuple_new(vm, s->nfields);
        if (!tup) return AY_NULL;
        for (int i = 0; i < s->nfields; i++) tup->items[i] = AY_NONE;
        for (int i = 0; i < s->nfields; i++) {
            AyValue f = ffiValue_from_c(vm, &s->fields[i], (const char *)src + s->offsets[i]);
            if (!f) return AY_NULL;
            tup->items[i] = f;
        }
        return ayV_from_obj(tup);
    }
    }
    return AY_NONE;
}

// libffi passes integer results narrower than a register as a whole ffi_arg.
static bool is_small_int(const FfiType *t) {
    return (t->kind == FFI_KIND_SINT || t->kind == FFI_KIND_UINT || t->kind == FFI_KIND_BOOL) &&
           t->size < sizeof(ffi_arg);
}

void ffiValue_narrow(const FfiType *t, void *slot) {
    if (!is_small_int(t)) return;
    ffi_arg a = *(ffi_arg *)slot;
    switch (t->size) {
    case 1: *(uint8_t *)slot = (uint8_t)a; break;
    case 2: *(uint16_t *)slot = (uint16_t)a; break;
    default: *(uint32_t *)slot = (uint32_t)a; break;
    }
}

void ffiValue_widen(const FfiType *t, void *slot) {
    if (!is_small_int(t)) return;
    bool sign = t->kind == FFI_KIND_SINT;
    switch (t->size) {
    case 1: *(ffi_arg *)slot = sign ? (ffi_arg)(ffi_sarg) * (int8_t *)slot : *(uint8_t *)slot; break;
    case 2: *(ffi_arg *)slot = sign ? (ffi_arg)(ffi_sarg) * (int16_t *)slot : *(uint16_t *)slot; break;
    default: *(ffi_arg *)slot = sign ? (ffi_arg)(ffi_sarg) * (int32_t *)slot : *(uint32_t *)slot; break;
    }
}

// }====
// {==== signatures

bool ffiSignature_init(AyVM *vm, FfiSignature *sig, AyValue restype, AyValue argtypes) {
    memset(sig, 0, sizeof *sig);
    if (!ffiType_from(vm, restype, &sig->ret, true)) return false;
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, argtypes, &items, &n);
    if (!seq) return false;
    if (n > 64) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "too many arguments (%lld; at most 64)", (long long)n);
        return false;
    }
    ayGC_push_root(vm, seq);
    AyList *structs = ayList_new(vm, 0);
    if (structs) ayGC_push_root(vm, ayV_from_obj(structs));
    sig->nargs = (int)n;
    sig->args = ayMem_alloc(vm, sizeof(FfiType) * (size_t)(n + 1));
    sig->atypes = ayMem_alloc(vm, sizeof(ffi_type *) * (size_t)(n + 1));
    bool ok = structs && sig->args && sig->atypes;
    if (ok && sig->ret.kind == FFI_KIND_STRUCT) ok = ayList_append(vm, structs, restype);
    for (int i = 0; ok && i < n; i++) {
        ok = ffiType_from(vm, items[i], &sig->args[i], false);
        if (ok && sig->args[i].kind == FFI_KIND_STRUCT) ok = ayList_append(vm, structs, items[i]);
        if (ok) sig->atypes[i] = sig->args[i].ffi;
    }
    if (ok) {
        sig->structs = ayTuple_from_items(vm, structs->items, structs->len);
        ok = sig->structs != AY_NULL;
    }
    if (ok && ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, (unsigned)n, sig->ret.ffi, sig->atypes) != FFI_OK) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "libffi cannot call this signature");
        ok = false;
    }
    ayGC_pop_roots(vm, structs ? 2 : 1);
    if (!ok) ffiSignature_free(vm, sig);
    return ok;
}

void ffiSignature_free(AyVM *vm, FfiSignature *sig) {
    ayMem_free(vm, sig->args, sizeof(FfiType) * (size_t)(sig->nargs + 1));
    ayMem_free(vm, sig->atypes, sizeof(ffi_type *) * (size_t)(sig->nargs + 1));
    sig->args = NULL;
    sig->atypes = NULL;
}

// }====
// {==== struct types

static void struct_trace(AyVM *vm, AyObj *o) {
    FfiStruct *s = (FfiStruct *)o;
    ayGC_mark(vm, s->names);
    ayGC_mark(vm, s->name);
    ayGC_mark(vm, s->field_types);
}

static void struct_finalize(AyVM *vm, AyObj *o) {
    FfiStruct *s = (FfiStruct *)o;
    size_t n = (size_t)s->nfields;
    ayMem_free(vm, s->elements, sizeof(ffi_type *) * (n + 1));
    ayMem_free(vm, s->fields, sizeof(FfiType) * (n + 1));
    ayMem_free(vm, s->offsets, sizeof(size_t) * (n + 1));
}

static AyValue struct_repr(AyVM *vm, AyValue v) {
    return ayStr_from_fmt(vm, "<ffi.struct %S>", AY_AS(FfiStruct, v)->name);
}

// ffi.struct(name, fields): fields is a sequence of (name, type) pairs.
static AyValue f_struct(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "struct", args, nargs, kw, "name fields", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "struct() name must be str, not %T", a[0]);
    AyValue *fields;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, a[1], &fields, &n);
    if (!seq) return AY_NULL;
    if (n == 0 || n > 256) return ayErr_format(vm, AY_EXC(vm, ValueError), "a struct has 1 to 256 fields, not %lld", (long long)n);
    ayGC_push_root(vm, seq);
    FfiStruct *s = AY_NEW(vm, FfiStruct, AY_STD_TYPE(vm, ffi_StructType));
    AyValue result = AY_NULL;
    if (!s) goto done;
    ayGC_push_root(vm, ayV_from_obj(s));
    s->name = a[0];
    s->nfields = (int)n;  // the finalizer frees the arrays by this count
    s->elements = ayMem_alloc(vm, sizeof(ffi_type *) * (size_t)(n + 1));
    s->fields = ayMem_alloc(vm, sizeof(FfiType) * (size_t)(n + 1));
    s->offsets = ayMem_alloc(vm, sizeof(size_t) * (size_t)(n + 1));
    AyTuple *names = ayTuple_new(vm, n), *nested = ayTuple_new(vm, n);
    if (!s->elements || !s->fields || !s->offsets || !names || !nested) goto popped;
    for (int64_t i = 0; i < n; i++) names->items[i] = nested->items[i] = AY_NONE;
    s->names = ayV_from_obj(names);
    s->field_types = ayV_from_obj(nested);
    for (int64_t i = 0; i < n; i++) {
        AyValue *pair;
        int64_t k;
        AyValue ps = ayV_is_tuple(vm, fields[i]) ? ayObj_sequence_items(vm, fields[i], &pair, &k) : AY_NULL;
        if (!ps || k != 2 || !ayV_is_str(vm, pair[0])) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "struct fields are (name, type) pairs, not %R", fields[i]);
            goto popped;
        }
        if (!ffiType_from(vm, pair[1], &s->fields[i], false)) goto popped;
        names->items[i] = pair[0];
        if (s->fields[i].kind == FFI_KIND_STRUCT) nested->items[i] = pair[1];
        s->elements[i] = s->fields[i].ffi;
    }
    s->elements[n] = NULL;
    s->type.type = FFI_TYPE_STRUCT;
    s->type.elements = s->elements;
    if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, &s->type, s->offsets) != FFI_OK) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "libffi cannot lay out this struct");
        goto popped;
    }
    result = ayV_from_obj(s);
popped:
    ayGC_pop_roots(vm, 1);
done:
    ayGC_pop_roots(vm, 1);
    return result;
}

static FfiStruct *self_struct(AyValue v) { return AY_AS(FfiStruct, v); }

// StructType.pack(*values) -> bytes
static AyValue struct_pack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "pack", kw)) return AY_NULL;
    FfiStruct *s = self_struct(args[0]);
    FfiType t = {FFI_KIND_STRUCT, &s->type, s->type.size, AY_CSTR(s->name), s};
    AyValue values = ayTuple_from_items(vm, args + 1, nargs - 1);
    if (!values) return AY_NULL;
    ayGC_push_root(vm, values);
    char *data;
    AyValue b = ayBytes_new_uninit(vm, (int64_t)t.size, &data);
    bool ok = b && ffiValue_to_c(vm, &t, values, data, "pack()");
    ayGC_pop_roots(vm, 1);
    return ok ? b : AY_NULL;
}

// StructType.unpack(buffer, offset=0) -> tuple
static AyValue struct_unpack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "unpack", args + 1, nargs - 1, kw, "buffer | offset", a)) return AY_NULL;
    FfiStruct *s = self_struct(args[0]);
    const char *data;
    int64_t n, offset = 0;
    if (!ayStd_buffer_arg(vm, a[0], &data, &n) || (a[1] && !ayStd_int_arg(vm, a[1], &offset))) return AY_NULL;
    if (offset < 0 || offset > n || (uint64_t)(n - offset) < s->type.size)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "unpack() needs %zu bytes at offset %lld of a buffer of %lld",
                            s->type.size, (long long)offset, (long long)n);
    FfiType t = {FFI_KIND_STRUCT, &s->type, s->type.size, AY_CSTR(s->name), s};
    return ffiValue_from_c(vm, &t, data + offset);
}

static AyValue struct_size_get(AyVM *vm, AyValue self) { return ayInt_from_u64(vm, self_struct(self)->type.size); }
static AyValue struct_fields_get(AyVM *vm, AyValue self) { return self_struct(self)->names; }
static AyValue struct_name_get(AyVM *vm, AyValue self) { return self_struct(self)->name; }

static const AyMethodDef struct_methods[] = {
    {"pack", struct_pack, 0, "pack(*values) -> the struct's bytes"},
    {"unpack", struct_unpack, 0, "unpack(buffer, offset=0) -> a tuple of the fields"},
    {NULL},
};

static const AyGetSetDef struct_getsets[] = {
    {"size", struct_size_get, NULL},
    {"fields", struct_fields_get, NULL},
    {"name", struct_name_get, NULL},
    {NULL},
};

// }====
// {==== memory helpers

// A C type argument that has a size.
static bool sized_type(AyVM *vm, AyValue spec, FfiType *t) { return ffiType_from(vm, spec, t, false); }

// ffi.sizeof(type)
static AyValue f_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    FfiType t;
    if (!ayArg_count(vm, "sizeof", nargs, 1, 1) || !ayArg_no_kw(vm, "sizeof", kw) || !sized_type(vm, args[0], &t))
        return AY_NULL;
    return ayInt_from_u64(vm, t.size);
}

// ffi.addressof(obj): the address of a bytes-like object's data or of a callback.
static AyValue f_addressof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "addressof", nargs, 1, 1) || !ayArg_no_kw(vm, "addressof", kw)) return AY_NULL;
    const char *data;
    int64_t n;
    void *p = ffiCallback_address(vm, args[0]);
    if (!p && ayBytes_view(vm, args[0], &data, &n)) p = (void *)data;
    if (!p && !ayErr_occurred(vm))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "addressof() takes a bytes-like object or a callback, not %T",
                            args[0]);
    return p ? ayInt_from_u64(vm, (uintptr_t)p) : AY_NULL;
}

// The memory `index` items of type `t` past `where` (an address, or a
// bytes-like object, which is bounds-checked), or NULL with an exception.
static char *item_at(AyVM *vm, AyValue where, const FfiType *t, int64_t index, bool writing) {
    const char *data;
    int64_t n;
    if (ayBytes_view(vm, where, &data, &n)) {
        if (writing && !ayBytes_is_bytearray(vm, where)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot write into immutable %T", where);
            return NULL;
        }
        if (index < 0 || (uint64_t)index >= (uint64_t)n / t->size) {
            ayErr_format(vm, AY_EXC(vm, IndexError), "%s item %lld is outside the buffer of %lld bytes", t->name,
                         (long long)index, (long long)n);
            return NULL;
        }
        return (char *)data + (size_t)index * t->size;
    }
    void *p = NULL;
    if (where != AY_NONE && !address_of(vm, where, &p, "address")) {
        if (!ayErr_occurred(vm))
            ayErr_format(vm, AY_EXC(vm, TypeError), "expected an address or a bytes-like object, got %T", where);
        return NULL;
    }
    if (!p) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "NULL pointer access");
        return NULL;
    }
    return (char *)p + index * (int64_t)t->size;
}

// ffi.read(address, type, index=0): the value at address (an int or a bytes-like object).
static AyValue f_read(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    FfiType t;
    int64_t index = 0;
    if (!ayArg_unpack(vm, "read", args, nargs, kw, "address type | index", a) || !sized_type(vm, a[1], &t) ||
        (a[2] && !ayStd_int_arg(vm, a[2], &index)))
        return AY_NULL;
    char *p = item_at(vm, a[0], &t, index, false);
    return p ? ffiValue_from_c(vm, &t, p) : AY_NULL;
}

// ffi.write(address, type, value, index=0)
static AyValue f_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    FfiType t;
    int64_t index = 0;
    if (!ayArg_unpack(vm, "write", args, nargs, kw, "address type value | index", a) || !sized_type(vm, a[1], &t) ||
        (a[3] && !ayStd_int_arg(vm, a[3], &index)))
        return AY_NULL;
    char *p = item_at(vm, a[0], &t, index, true);
    return p && ffiValue_to_c(vm, &t, a[2], p, "write()") ? AY_NONE : AY_NULL;
}

// ffi.string(address, size=-1): bytes at address, up to a NUL when size < 0.
// A bytes-like object is read within its bounds.
static AyValue f_string(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    int64_t size = -1;
    if (!ayArg_unpack(vm, "string", args, nargs, kw, "address | size", a) || (a[1] && !ayStd_int_arg(vm, a[1], &size)))
        return AY_NULL;
    const char *data;
    int64_t n;
    if (ayBytes_view(vm, a[0], &data, &n)) {
        const char *nul = size < 0 ? memchr(data, 0, (size_t)n) : NULL;
        if (size > n)
            return ayErr_format(vm, AY_EXC(vm, IndexError), "string() of %lld bytes from a buffer of %lld",
                                (long long)size, (long long)n);
        return ayBytes_from(vm, data, size >= 0 ? (size_t)size : nul ? (size_t)(nul - data) : (size_t)n);
    }
    static const FfiType byte = {FFI_KIND_UINT, &ffi_type_uint8, 1, "char", NULL};
    char *p = item_at(vm, a[0], &byte, 0, false);
    if (!p) return AY_NULL;
    return ayBytes_from(vm, p, size < 0 ? strlen(p) : (size_t)size);
}

static const AyMethodDef type_funcs[] = {
    {"struct", f_struct, 0, "struct(name, fields) -> a C struct type; fields: [(name, type), ...]"},
    {"sizeof", f_sizeof, 0, "sizeof(type) -> its size in bytes"},
    {"addressof", f_addressof, 0, "addressof(obj) -> the address of a bytes-like object's data or of a callback"},
    {"read", f_read, 0, "read(address, type, index=0) -> the C value there"},
    {"write", f_write, 0, "write(address, type, value, index=0): stores a C value there"},
    {"string", f_string, 0, "string(address, size=-1) -> bytes there (up to a NUL when size < 0)"},
    {NULL},
};

void ffiTypes_setup(AyVM *vm, AyModule *m) {
    AyType *st = ayStd_new_type(vm, AY_STD_ffi_StructType, "ffi", "ffi.StructType", vm->t_object, sizeof(FfiStruct), 0);
    st->trace = struct_trace;
    st->finalize = struct_finalize;
    st->repr = struct_repr;
    ayType_add_methods(vm, st, struct_methods);
    ayType_add_getsets(vm, st, struct_getsets);
    ayType_ready(vm, st);
    st->tp_new = NULL;  // made by ffi.struct only (see ayMod_ffi)
    ayModule_add(vm, m, "StructType", ayV_from_obj(st));
    ayNative_add_all(vm, m->dict, type_funcs, ayV_from_obj(m));
}

// }====
