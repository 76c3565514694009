// Struct sequences (see structseq.h): tuple layout, fields readable by name.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "str.h"
#include "structseq.h"
#include "vm.h"

typedef struct FieldGetter {
    AyObj hdr;
    int64_t index;
} FieldGetter;

static AyValue field_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    if (obj == AY_NONE) return descr;
    return AY_AS(AyTuple, obj)->items[AY_AS(FieldGetter, descr)->index];
}

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

AyType *ayStructSeq_type(AyVM *vm, const char *qualname, const char *const *fields) {
    const char *dot = strrchr(qualname, '.');
    AyType *t = ayType_new_builtin(vm, dot ? dot + 1 : qualname, vm->t_tuple, sizeof(AyTuple), 0);
    if (!t) return NULL;
    t->qualname = ayStr_intern_c(vm, qualname);
    t->repr = structseq_repr;
    AyType *gt = vm->t_member_descriptor;
    int n = 0;
    while (fields[n]) n++;
    AyTuple *names = ayTuple_new(vm, n);
    for (int i = 0; i < n; i++) {
        FieldGetter *g = AY_NEW(vm, FieldGetter, gt);
        g->index = i;
        ayType_set(vm, t, fields[i], ayV_from_obj(g));
        names->items[i] = ayV_from_obj(ayStr_intern_c(vm, fields[i]));
    }
    ayType_set(vm, t, "_fields", ayV_from_obj(names));
    ayType_set(vm, t, "n_fields", ayV_small(n));
    ayType_set(vm, t, "n_sequence_fields", ayV_small(n));
    ayType_ready(vm, t);
    t->tp_new = NULL;
    return t;
}

AyValue ayStructSeq_make(AyVM *vm, AyType *t, const AyValue *values, int n) {
    AyTuple *tup = (AyTuple *)ayGC_new(vm, t, sizeof(AyTuple) + sizeof(AyValue) * (size_t)n);
    if (!tup) return AY_NULL;
    tup->len = n;
    tup->hash = -1;
    memcpy(tup->items, values, sizeof(AyValue) * (size_t)n);
    return ayV_from_obj(tup);
}

void ayStructSeq_setup(AyVM *vm) {
    AyType *gt = vm->t_member_descriptor;
    gt->basic_size = sizeof(FieldGetter);
    gt->descr_get = field_get;
}
