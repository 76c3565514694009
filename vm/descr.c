// The descriptor types scripts use directly: staticmethod, classmethod,
// property, and super.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// {==== staticmethod / classmethod

typedef struct AyWrapperDescr {
    AyObj hdr;
    AyValue func;     // must stay the first field (class.c reads it)
    AyDict *dict;
} AyWrapperDescr;

static void wrapper_trace(AyVM *vm, AyObj *o) {
    AyWrapperDescr *w = (AyWrapperDescr *)o;
    ayGC_mark(vm, w->func);
    ayGC_mark_obj(vm, (AyObj *)w->dict);
}

static AyValue wrapper_make(AyVM *vm, AyType *t, AyValue f) {
    AyWrapperDescr *w = (AyWrapperDescr *)ayGC_new(vm, t, t->basic_size);
    if (!w) return AY_NULL;
    w->func = f;
    return ayV_from_obj(w);
}

AyValue ayStaticMethod_new(AyVM *vm, AyValue f) { return wrapper_make(vm, vm->t_staticmethod, f); }
AyValue ayClassMethod_new(AyVM *vm, AyValue f) { return wrapper_make(vm, vm->t_classmethod, f); }

static AyValue wrapper_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    const char *name = ayType_is_subtype(type, vm->t_staticmethod) ? "staticmethod" : "classmethod";
    if (!ayArg_no_kw(vm, name, kwnames)) return AY_NULL;
    if (nargs != 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected 1 argument, got %d", name, nargs);
    return wrapper_make(vm, type, args[0]);
}

static AyValue wrapper_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) { return AY_NONE; }

static AyValue staticmethod_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    return AY_AS(AyWrapperDescr, descr)->func;
}

static AyValue staticmethod_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    return ayObj_call(vm, AY_AS(AyWrapperDescr, callee)->func, args, nargs, kwnames);
}

static AyValue classmethod_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyValue f = AY_AS(AyWrapperDescr, descr)->func;
    if (type == AY_NONE || !type) type = ayV_from_obj(ayV_type(vm, obj));
    // classmethod wrapping another descriptor (e.g. property) chains through it
    AyType *ft = ayV_type(vm, f);
    if (ft->descr_get && ft != vm->t_function && ft != vm->t_builtin_function) return ft->descr_get(vm, f, type, type);
    return ayMethod_new(vm, f, type);
}

static AyValue wrapper_func_get(AyVM *vm, AyValue self) { return AY_AS(AyWrapperDescr, self)->func; }
static AyValue wrapper_isabstract_get(AyVM *vm, AyValue self) {
    AyValue v = ayObj_getattr_opt(vm, AY_AS(AyWrapperDescr, self)->func, vm->s.__isabstractmethod__);
    if (!v) {
        if (ayErr_occurred(vm)) return AY_NULL;
        return AY_FALSE;
    }
    return v;
}
static AyValue wrapper_repr(AyVM *vm, AyValue v) {
    return ayStr_from_fmt(vm, "<%s(%R)>", ayType_name(ayV_type(vm, v)), AY_AS(AyWrapperDescr, v)->func);
}

// functools.wraps on staticmethods copies these through
static AyValue wrapper_attr_get(AyVM *vm, AyValue self, AyStr *name) {
    AyValue v = ayObj_generic_getattr(vm, self, name);
    if (v || !ayErr_matches(vm, AY_EXC(vm, AttributeError))) return v;
    if (name == vm->s.__name__ || name == vm->s.__qualname__ || name == vm->s.__doc__ || name == vm->s.__module__ ||
        name == vm->s.__wrapped__) {
        ayErr_clear(vm);
        return ayObj_getattr(vm, AY_AS(AyWrapperDescr, self)->func, name);
    }
    return AY_NULL;
}

static const AyGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func_get, NULL},
    {"__isabstractmethod__", wrapper_isabstract_get, NULL},
    {NULL},
};

// }====
// {==== property

typedef struct AyProperty {
    AyObj hdr;
    AyValue fget, fset, fdel, doc;
    AyValue name;
} AyProperty;

static void property_trace(AyVM *vm, AyObj *o) {
    AyProperty *p = (AyProperty *)o;
    ayGC_mark(vm, p->fget);
    ayGC_mark(vm, p->fset);
    ayGC_mark(vm, p->fdel);
    ayGC_mark(vm, p->doc);
    ayGC_mark(vm, p->name);
}

static AyValue property_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyProperty *p = (AyProperty *)ayGC_new(vm, type, type->basic_size);
    if (!p) return AY_NULL;
    p->fget = p->fset = p->fdel = p->doc = AY_NONE;
    p->name = AY_NULL;
    return ayV_from_obj(p);
}

static AyValue property_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "property", args, nargs, kwnames, "| fget fset fdel doc", a)) return AY_NULL;
    AyProperty *p = AY_AS(AyProperty, self);
    p->fget = a[0] ? a[0] : AY_NONE;
    p->fset = a[1] ? a[1] : AY_NONE;
    p->fdel = a[2] ? a[2] : AY_NONE;
    p->doc = a[3] ? a[3] : AY_NONE;
    if (p->doc == AY_NONE && p->fget != AY_NONE) {
        AyValue d = ayObj_getattr_opt(vm, p->fget, vm->s.__doc__);
        if (d) p->doc = d;
        ayErr_clear(vm);
    }
    return AY_NONE;
}

static AyValue property_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    AyProperty *p = AY_AS(AyProperty, descr);
    if (obj == AY_NONE && type != ayV_from_obj(vm->t_NoneType)) return descr;
    if (p->fget == AY_NONE) {
        if (p->name)
            return ayErr_format(vm, AY_EXC(vm, AttributeError), "property %R of %R object has no getter", p->name,
                                ayV_from_obj(ayV_type(vm, obj)->qualname));
        return ayErr_format(vm, AY_EXC(vm, AttributeError), "unreadable attribute");
    }
    return ayObj_call1(vm, p->fget, obj);
}

static int property_set(AyVM *vm, AyValue descr, AyValue obj, AyValue v) {
    AyProperty *p = AY_AS(AyProperty, descr);
    AyValue f = v ? p->fset : p->fdel;
    if (f == AY_NONE) {
        if (p->name)
            ayErr_format(vm, AY_EXC(vm, AttributeError), v ? "property %R of %R object has no setter"
                                                           : "property %R of %R object has no deleter",
                         p->name, ayV_from_obj(ayV_type(vm, obj)->qualname));
        else
            ayErr_format(vm, AY_EXC(vm, AttributeError), v ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    AyValue r = v ? ayObj_call2(vm, f, obj, v) : ayObj_call1(vm, f, obj);
    return r ? 0 : -1;
}

static AyValue property_copy(AyVM *vm, AyValue self, AyValue fget, AyValue fset, AyValue fdel) {
    AyProperty *p = AY_AS(AyProperty, self);
    AyType *t = ayV_type(vm, self);
    AyValue args[4] = {fget ? fget : p->fget, fset ? fset : p->fset, fdel ? fdel : p->fdel, p->doc};
    // a doc taken from the old getter follows the new getter
    if (fget && p->fget != AY_NONE) {
        AyValue old = ayObj_getattr_opt(vm, p->fget, vm->s.__doc__);
        ayErr_clear(vm);
        if (old && old == p->doc) args[3] = AY_NONE;
    }
    AyValue r = ayObj_call(vm, ayV_from_obj(t), args, 4, AY_NULL);
    if (r && ayV_is_obj(r) && ayType_is_subtype(ayV_type(vm, r), vm->t_property)) AY_AS(AyProperty, r)->name = p->name;
    return r;
}

static AyValue m_getter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getter", nargs - 1, 1, 1)) return AY_NULL;
    return property_copy(vm, args[0], args[1], AY_NULL, AY_NULL);
}
static AyValue m_setter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "setter", nargs - 1, 1, 1)) return AY_NULL;
    return property_copy(vm, args[0], AY_NULL, args[1], AY_NULL);
}
static AyValue m_deleter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "deleter", nargs - 1, 1, 1)) return AY_NULL;
    return property_copy(vm, args[0], AY_NULL, AY_NULL, args[1]);
}
static AyValue m_set_name(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__set_name__", nargs - 1, 2, 2)) return AY_NULL;
    AY_AS(AyProperty, args[0])->name = args[2];
    return AY_NONE;
}

static const AyMethodDef property_methods[] = {
    {"getter", m_getter, 0, NULL},
    {"setter", m_setter, 0, NULL},
    {"deleter", m_deleter, 0, NULL},
    {"__set_name__", m_set_name, 0, NULL},
    {NULL},
};

static AyValue property_fget_get(AyVM *vm, AyValue self) { return AY_AS(AyProperty, self)->fget; }
static AyValue property_fset_get(AyVM *vm, AyValue self) { return AY_AS(AyProperty, self)->fset; }
static AyValue property_fdel_get(AyVM *vm, AyValue self) { return AY_AS(AyProperty, self)->fdel; }
static AyValue property_doc_get(AyVM *vm, AyValue self) { return AY_AS(AyProperty, self)->doc; }
static int property_doc_set(AyVM *vm, AyValue self, AyValue v) {
    AY_AS(AyProperty, self)->doc = v ? v : AY_NONE;
    return 0;
}
static AyValue property_isabstract_get(AyVM *vm, AyValue self) {
    AyProperty *p = AY_AS(AyProperty, self);
    AyValue fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == AY_NONE) continue;
        AyValue v = ayObj_getattr_opt(vm, fs[i], vm->s.__isabstractmethod__);
        if (!v && ayErr_occurred(vm)) return AY_NULL;
        if (v) {
            int t = ayObj_truth(vm, v);
            if (t < 0) return AY_NULL;
            if (t) return AY_TRUE;
        }
    }
    return AY_FALSE;
}

static const AyGetSetDef property_getsets[] = {
    {"fget", property_fget_get, NULL},
    {"fset", property_fset_get, NULL},
    {"fdel", property_fdel_get, NULL},
    {"__doc__", property_doc_get, property_doc_set},
    {"__isabstractmethod__", property_isabstract_get, NULL},
    {NULL},
};

// }====
// {==== super

typedef struct AySuper {
    AyObj hdr;
    AyType *type;       // the class super() was called in
    AyValue obj;        // the instance (or class)
    AyType *obj_type;   // type(obj), or obj itself for classmethods
} AySuper;

static void super_trace(AyVM *vm, AyObj *o) {
    AySuper *s = (AySuper *)o;
    ayGC_mark_obj(vm, (AyObj *)s->type);
    ayGC_mark(vm, s->obj);
    ayGC_mark_obj(vm, (AyObj *)s->obj_type);
}

static AyType *super_check(AyVM *vm, AyType *type, AyValue obj) {
    if (ayV_is_typeobj(vm, obj) && ayType_is_subtype(AY_AS(AyType, obj), type)) return AY_AS(AyType, obj);
    if (ayType_is_subtype(ayV_type(vm, obj), type)) return ayV_type(vm, obj);
    ayErr_format(vm, AY_EXC(vm, TypeError), "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

// Zero-argument super(): the running method's first argument and its
// __class__ cell.
static bool super_from_frame(AyVM *vm, AyType **type, AyValue *obj) {
    AyFrame *f = vm->frame;
    if (!f || !f->code || f->code->argcount == 0) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "super(): no arguments");
        return false;
    }
    AyCode *code = f->code;
    AyValue first = f->localsplus[0];
    if (first && (code->localkinds[0] & AY_CELL) && ayV_is_type(vm, first, vm->t_cell)) first = AY_AS(AyCell, first)->value;
    if (!first) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "super(): arg[0] deleted");
        return false;
    }
    for (int i = code->nlocalsplus - code->nfrees; i < code->nlocalsplus; i++) {
        if (strcmp(code->localnames[i]->data, "__class__") != 0) continue;
        AyValue cell = f->localsplus[i];
        AyValue cls = cell && ayV_is_type(vm, cell, vm->t_cell) ? AY_AS(AyCell, cell)->value : AY_NULL;
        if (!cls) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "super(): empty __class__ cell");
            return false;
        }
        if (!ayV_is_typeobj(vm, cls)) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "super(): __class__ is not a type (%T)", cls);
            return false;
        }
        *type = AY_AS(AyType, cls);
        *obj = first;
        return true;
    }
    ayErr_format(vm, AY_EXC(vm, RuntimeError), "super(): __class__ cell not found");
    return false;
}

static AyValue super_new(AyVM *vm, AyType *t, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "super", kwnames) || !ayArg_count(vm, "super()", nargs, 0, 2)) return AY_NULL;
    AyType *type;
    AyValue obj = AY_NULL;
    if (nargs == 0) {
        if (!super_from_frame(vm, &type, &obj)) return AY_NULL;
    } else {
        if (!ayV_is_typeobj(vm, args[0]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "super() argument 1 must be a type, not %T", args[0]);
        type = AY_AS(AyType, args[0]);
        if (nargs == 2 && args[1] != AY_NONE) obj = args[1];
    }
    AyType *ot = NULL;
    if (obj && !(ot = super_check(vm, type, obj))) return AY_NULL;
    AySuper *s = (AySuper *)ayGC_new(vm, t, t->basic_size);
    if (!s) return AY_NULL;
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    return ayV_from_obj(s);
}

static AyValue super_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) { return AY_NONE; }

// Finds `name` in the MRO of obj_type strictly after `type`.
static AyValue super_lookup(AyVM *vm, AyType *type, AyType *obj_type, AyStr *name) {
    AyTuple *mro = obj_type->mro;
    int64_t i = 0;
    for (; i < mro->len; i++)
        if (AY_AS(AyType, mro->items[i]) == type) break;
    for (i++; i < mro->len; i++) {
        AyValue v = ayDict_get_str(vm, AY_AS(AyType, mro->items[i])->dict, name);
        if (v) return v;
    }
    return AY_NULL;
}

static AyValue super_getattr(AyVM *vm, AyValue self, AyStr *name) {
    AySuper *s = AY_AS(AySuper, self);
    if (s->obj_type && name != vm->s.__class__) {
        AyValue v = super_lookup(vm, s->type, s->obj_type, name);
        if (v) {
            AyType *vt = ayV_type(vm, v);
            if (vt->descr_get) {
                AyValue inst = s->obj == ayV_from_obj(s->obj_type) ? AY_NONE : s->obj;
                return vt->descr_get(vm, v, inst, ayV_from_obj(s->obj_type));
            }
            return v;
        }
    }
    AyValue v = ayObj_generic_getattr(vm, self, name);
    if (!v && ayErr_matches(vm, AY_EXC(vm, AttributeError))) {
        ayErr_clear(vm);
        return ayErr_format(vm, AY_EXC(vm, AttributeError), "'super' object has no attribute '%U'", name);
    }
    return v;
}

AyValue aySuper_getattr(AyVM *vm, AyValue cls, AyValue self, AyStr *name, bool method, AyValue *self_out) {
    if (!ayV_is_typeobj(vm, cls)) return ayErr_format(vm, AY_EXC(vm, TypeError), "super() argument 1 must be a type");
    AyType *ot = super_check(vm, AY_AS(AyType, cls), self);
    if (!ot) return AY_NULL;
    AyValue v = super_lookup(vm, AY_AS(AyType, cls), ot, name);
    if (!v) return ayErr_format(vm, AY_EXC(vm, AttributeError), "'super' object has no attribute '%U'", name);
    AyType *vt = ayV_type(vm, v);
    if (method && vt == vm->t_function && !ayV_is_typeobj(vm, self)) {
        *self_out = self;
        return v;
    }
    *self_out = AY_NULL;
    if (vt->descr_get) return vt->descr_get(vm, v, ayV_is_typeobj(vm, self) && ot == AY_AS(AyType, self) ? AY_NONE : self, ayV_from_obj(ot));
    return v;
}

static AyValue super_repr(AyVM *vm, AyValue v) {
    AySuper *s = AY_AS(AySuper, v);
    if (s->obj_type)
        return ayStr_from_fmt(vm, "<super: <class '%s'>, <%s object>>", ayType_name(s->type), ayType_name(s->obj_type));
    return ayStr_from_fmt(vm, "<super: <class '%s'>, NULL>", ayType_name(s->type));
}

static AyValue super_thisclass_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AySuper, self)->type); }
static AyValue super_self_get(AyVM *vm, AyValue self) {
    AyValue o = AY_AS(AySuper, self)->obj;
    return o ? o : AY_NONE;
}

static AyValue super_self_class_get(AyVM *vm, AyValue self) {
    AyType *t = AY_AS(AySuper, self)->obj_type;
    return t ? ayV_from_obj(t) : AY_NONE;
}

static const AyGetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass_get, NULL},
    {"__self__", super_self_get, NULL},
    {"__self_class__", super_self_class_get, NULL},
    {NULL},
};

// }====

void ayDescr_setup(AyVM *vm) {
    AyType *sm = vm->t_staticmethod, *cm = vm->t_classmethod;
    AyType *ws[2] = {sm, cm};
    for (int i = 0; i < 2; i++) {
        ws[i]->basic_size = sizeof(AyWrapperDescr);
        ws[i]->trace = wrapper_trace;
        ws[i]->tp_new = wrapper_new;
        ws[i]->tp_init = wrapper_init;
        ws[i]->repr = wrapper_repr;
        ws[i]->getattr = wrapper_attr_get;
        ws[i]->dict_offset = offsetof(AyWrapperDescr, dict);
        ws[i]->flags |= AY_TF_BASETYPE;
        ayType_add_getsets(vm, ws[i], wrapper_getsets);
    }
    sm->descr_get = staticmethod_get;
    sm->call = staticmethod_call;
    cm->descr_get = classmethod_get;

    AyType *p = vm->t_property;
    p->basic_size = sizeof(AyProperty);
    p->trace = property_trace;
    p->tp_new = property_new;
    p->tp_init = property_init;
    p->descr_get = property_get;
    p->descr_set = property_set;
    p->flags |= AY_TF_BASETYPE;
    ayType_add_methods(vm, p, property_methods);
    ayType_add_getsets(vm, p, property_getsets);

    AyType *s = vm->t_super;
    s->basic_size = sizeof(AySuper);
    s->trace = super_trace;
    s->tp_new = super_new;
    s->tp_init = super_init;
    s->getattr = super_getattr;
    s->repr = super_repr;
    s->flags |= AY_TF_BASETYPE;
    ayType_add_getsets(vm, s, super_getsets);
}
