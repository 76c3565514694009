// Struct sequences (see structseq.h): tuple layout, fields readable by name.
#include <stddef.h>
#include <string.h>

#include "containers.h"
#include "native.h"
#include "str.h"
#include "structseq.h"
#include "vm.h"

static AyValue structseq_repr(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    AyValue fields = ayDict_get_cstr(vm, t->dict, "_fields");
    AyTuple *tv = AY_AS(AyTuple, v);
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "%U(", t->qualname);
    for (int64_t i = 0; fields && i < AY_AS(AyTuple, fields)->len && i < tv->len; i++) {
        if (i) ayBuf_add(&b, ", ", 2);
        ayBuf_printf(&b, "%S=", AY_AS(AyTuple, fields)->items[i]);
        if (!ayBuf_add_repr(&b, tv->items[i])) break;
    }
    ayBuf_addc(&b, ')');
    return ayBuf_finish(&b);
}

// Instances keep their hidden fields after the visible items, so a struct
// sequence type's basic_size is the full instance size (tuples never use
// basic_size to allocate; see ayStructSeq_make).
static int64_t n_fields_of(AyType *t) { return (int64_t)(t->basic_size - sizeof(AyTuple)) / (int64_t)sizeof(AyValue); }

static size_t structseq_gc_size(AyObj *o) { return o->type->basic_size; }

static void structseq_trace(AyVM *vm, AyObj *o) {
    AyTuple *t = (AyTuple *)o;
    for (int64_t i = 0, n = n_fields_of(o->type); i < n; i++) ayGC_mark(vm, t->items[i]);
}

// type(sequence, dict=None): the sequence gives the visible fields and
// optionally the hidden ones (missing hidden fields are None).
static AyValue structseq_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, ayType_name(type), args, nargs, kwnames, "sequence | dict", a)) return AY_NULL;
    AyValue seq = ayObj_to_list(vm, a[0]);
    if (!seq) return AY_NULL;
    int64_t n = AY_AS(AyList, seq)->len, nfields = n_fields_of(type);
    AyValue nvis = ayDict_get_cstr(vm, type->dict, "n_sequence_fields");
    int64_t nvisible = nvis ? ayV_int(nvis) : nfields;
    const char *name = AY_CSTR(ayV_from_obj(type->qualname));
    if (n < nvisible || n > nfields) {
        if (nvisible == nfields)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes a %d-sequence (%d-sequence given)", name,
                                (int)nvisible, (int)n);
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes an %s %d-sequence (%d-sequence given)", name,
                            n < nvisible ? "at least" : "at most", (int)(n < nvisible ? nvisible : nfields), (int)n);
    }
    AyValue values[64];
    if (nfields > 64) return ayErr_format(vm, AY_EXC(vm, SystemError), "too many struct sequence fields");
    for (int64_t i = 0; i < nfields; i++) values[i] = i < n ? AY_AS(AyList, seq)->items[i] : AY_NONE;
    return ayStructSeq_make(vm, type, values, (int)nfields);
}

AyType *ayStructSeq_type_ex(AyVM *vm, const char *qualname, const char *const *fields, int n_visible) {
    const char *dot = strrchr(qualname, '.');
    AyType *t = ayType_new_builtin(vm, dot ? dot + 1 : qualname, vm->t_tuple, sizeof(AyTuple), 0);
    if (!t) return NULL;
    t->qualname = ayStr_intern_c(vm, qualname);
    if (dot) t->module = ayV_from_obj(ayStr_intern(vm, qualname, (size_t)(dot - qualname)));
    t->repr = structseq_repr;
    t->trace = structseq_trace;
    t->gc_size = structseq_gc_size;
    int n = 0;
    while (fields[n]) n++;
    t->basic_size = (uint32_t)(sizeof(AyTuple) + sizeof(AyValue) * (size_t)n);
    AyTuple *names = ayTuple_new(vm, n_visible);
    for (int i = 0; i < n; i++) {
        AyStr *name = ayStr_intern_c(vm, fields[i]);
        uint32_t offset = (uint32_t)(offsetof(AyTuple, items) + sizeof(AyValue) * (size_t)i);
        ayType_set(vm, t, fields[i], ayMember_new(vm, t, name, offset, true));
        if (i < n_visible) names->items[i] = ayV_from_obj(ayStr_intern_c(vm, fields[i]));
    }
    ayType_set(vm, t, "_fields", ayV_from_obj(names));
    ayType_set(vm, t, "n_fields", ayV_small(n));
    ayType_set(vm, t, "n_sequence_fields", ayV_small(n_visible));
    ayType_set(vm, t, "n_unnamed_fields", ayV_small(0));
    ayType_ready(vm, t);
    t->tp_new = structseq_new;
    return t;
}

AyType *ayStructSeq_type(AyVM *vm, const char *qualname, const char *const *fields) {
    int n = 0;
    while (fields[n]) n++;
    return ayStructSeq_type_ex(vm, qualname, fields, n);
}

AyValue ayStructSeq_make(AyVM *vm, AyType *t, const AyValue *values, int n) {
    AyTuple *tup = (AyTuple *)ayGC_new(vm, t, t->basic_size);
    if (!tup) return AY_NULL;
    AyValue nvis = ayDict_get_cstr(vm, t->dict, "n_sequence_fields");
    tup->len = nvis ? ayV_int(nvis) : n;
    tup->hash = -1;
    memcpy(tup->items, values, sizeof(AyValue) * (size_t)n);
    return ayV_from_obj(tup);
}
