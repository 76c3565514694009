// Member descriptors: attributes stored at a fixed offset inside instances.
// They implement `__slots__` of classes and the named fields of struct
// sequences (`sys.version_info.major`).
#include <stddef.h>

#include "native.h"
#include "str.h"
#include "vm.h"

typedef struct AyMember {
    AyObj hdr;
    AyType *owner;
    AyStr *name;
    uint32_t offset;
    bool readonly;
} AyMember;

AyValue ayMember_new(AyVM *vm, AyType *owner, AyStr *name, uint32_t offset, bool readonly) {
    AyMember *m = AY_NEW(vm, AyMember, vm->t_member_descriptor);
    if (!m) return AY_NULL;
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    m->readonly = readonly;
    return ayV_from_obj(m);
}

uint32_t ayMember_writable_offset(AyVM *vm, AyValue descr, AyType *t) {
    if (!ayV_is_type(vm, descr, vm->t_member_descriptor)) return 0;
    AyMember *m = AY_AS(AyMember, descr);
    return m->readonly || !ayType_is_subtype(t, m->owner) ? 0 : m->offset;
}

static bool check_owner(AyVM *vm, AyMember *m, AyValue obj) {
    if (ayV_is_obj(obj) && ayType_is_subtype(ayV_type(vm, obj), m->owner)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                 m->name, ayType_name(m->owner), obj);
    return false;
}

static AyValue member_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyMember *m = AY_AS(AyMember, descr);
    if (obj == AY_NONE || !obj) return descr;
    if (!check_owner(vm, m, obj)) return AY_NULL;
    AyValue v = *(AyValue *)((char *)ayV_obj(obj) + m->offset);
    if (!v)
        return ayErr_format(vm, AY_EXC(vm, AttributeError), "'%T' object has no attribute '%U'", obj, m->name);
    return v;
}

static int member_set(AyVM *vm, AyValue descr, AyValue obj, AyValue v) {
    AyMember *m = AY_AS(AyMember, descr);
    if (!check_owner(vm, m, obj)) return -1;
    if (m->readonly) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "readonly attribute");
        return -1;
    }
    AyValue *slot = (AyValue *)((char *)ayV_obj(obj) + m->offset);
    if (!v && !*slot) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "'%T' object has no attribute '%U'", obj, m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static AyValue member_repr(AyVM *vm, AyValue v) {
    AyMember *m = AY_AS(AyMember, v);
    return ayStr_from_fmt(vm, "<member '%U' of '%s' objects>", m->name, ayType_name(m->owner));
}

static void member_trace(AyVM *vm, AyObj *o) {
    AyMember *m = (AyMember *)o;
    ayGC_mark_obj(vm, (AyObj *)m->owner);
    ayGC_mark_obj(vm, (AyObj *)m->name);
}

static AyValue member_name(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyMember, self)->name); }
static AyValue member_objclass(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyMember, self)->owner); }

static const AyGetSetDef member_getsets[] = {
    {"__name__", member_name, NULL},
    {"__objclass__", member_objclass, NULL},
    {NULL},
};

void ayMember_setup(AyVM *vm) {
    AyType *t = vm->t_member_descriptor;
    t->basic_size = sizeof(AyMember);
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->repr = member_repr;
    t->trace = member_trace;
    ayType_add_getsets(vm, t, member_getsets);
}
