// Module objects.
#include <string.h>

#include "containers.h"
#include "module.h"
#include "native.h"
#include "str.h"
#include "vm.h"

static void module_trace(AyVM *vm, AyObj *o) {
    AyModule *m = (AyModule *)o;
    ayGC_mark_obj(vm, (AyObj *)m->dict);
    ayGC_mark_obj(vm, (AyObj *)m->name);
}

// A module of `type` (module or a subclass of it) named `name`.
static AyModule *module_make(AyVM *vm, AyType *type, const char *name) {
    AyModule *m = (AyModule *)ayGC_new(vm, type, type->basic_size);
    if (!m) return NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    m->name = ayStr_intern_c(vm, name);
    m->dict = ayDict_new(vm);
    bool ok = m->name && m->dict && ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__name__), ayV_from_obj(m->name)) == 0 &&
              ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__doc__), AY_NONE) == 0 &&
              ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__package__), AY_NONE) == 0 &&
              ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__loader__), AY_NONE) == 0 &&
              ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__spec__), AY_NONE) == 0;
    ayGC_pop_roots(vm, 1);
    return ok ? m : NULL;
}

AyModule *ayModule_new(AyVM *vm, const char *name) {
    return module_make(vm, vm->t_module, name);
}

AyModule *ayModule_new_native(AyVM *vm, const char *name, const AyMethodDef *funcs) {
    AyModule *m = ayModule_new(vm, name);
    if (!m) return NULL;
    if (funcs) ayNative_add_all(vm, m->dict, funcs, ayV_from_obj(m));
    m->origin = AY_MODULE_BUILTIN;
    return m;
}

int ayModule_add(AyVM *vm, AyModule *m, const char *name, AyValue v) { return ayDict_set_cstr(vm, m->dict, name, v); }

static AyValue module_getattr(AyVM *vm, AyValue self, AyStr *name) {
    AyModule *m = AY_AS(AyModule, self);
    AyValue v = ayDict_get_str(vm, m->dict, name);
    if (v) return v;
    if (name == vm->s.__dict__) return ayV_from_obj(m->dict);
    v = ayObj_generic_getattr(vm, self, name);
    if (v || !ayErr_matches(vm, AY_EXC(vm, AttributeError))) return v;
    ayErr_clear(vm);
    // PEP 562: a module-level __getattr__
    AyValue ga = ayDict_get_str(vm, m->dict, vm->s.__getattr__);
    if (ga) return ayObj_call1(vm, ga, ayV_from_obj(name));
    AyValue mn = ayDict_get_str(vm, m->dict, vm->s.__name__);
    if (mn && ayV_is_str(vm, mn)) {
        AyValue err = m->initializing ? ayStr_from_fmt(vm, "partially initialized module '%S' has no attribute '%U' "
                                                           "(most likely due to a circular import)", mn, name)
                                      : ayStr_from_fmt(vm, "module '%S' has no attribute '%U'", mn, name);
        if (!err) return AY_NULL;
        AyValue exc = ayExc_new(vm, AY_EXC(vm, AttributeError), &err, 1);
        if (!exc) return AY_NULL;
        ayObj_generic_setattr(vm, exc, vm->s.name, ayV_from_obj(name));
        ayObj_generic_setattr(vm, exc, vm->s.obj, self);
        return ayErr_set(vm, exc);
    }
    return ayErr_format(vm, AY_EXC(vm, AttributeError), "module has no attribute '%U'", name);
}

static int module_setattr(AyVM *vm, AyValue self, AyStr *name, AyValue v) {
    AyModule *m = AY_AS(AyModule, self);
    if (name == vm->s.__dict__) {  // the namespace itself, not an entry in it
        ayErr_format(vm, AY_EXC(vm, AttributeError), "readonly attribute");
        return -1;
    }
    // data descriptors of the type (`__class__`, a subclass's properties) come first
    AyValue descr = ayType_lookup(vm, ayV_type(vm, self), name);
    if (descr && ayV_type(vm, descr)->descr_set) return ayV_type(vm, descr)->descr_set(vm, descr, self, v);
    if (v) return ayDict_set(vm, m->dict, ayV_from_obj(name), v);
    int r = ayDict_del(vm, m->dict, ayV_from_obj(name));
    if (r == 0) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "module '%U' has no attribute '%U'", m->name, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static AyValue module_repr(AyVM *vm, AyValue self) {
    AyModule *m = AY_AS(AyModule, self);
    AyValue name = ayDict_get_str(vm, m->dict, vm->s.__name__);
    AyValue file = ayDict_get_str(vm, m->dict, vm->s.__file__);
    if (!name) name = ayV_from_obj(ayStr_intern_c(vm, "?"));
    if (file && ayV_is_str(vm, file)) return ayStr_from_fmt(vm, "<module %R from %R>", name, file);
    if (m->origin == AY_MODULE_BUILTIN) return ayStr_from_fmt(vm, "<module %R (built-in)>", name);
    if (m->origin == AY_MODULE_FROZEN) return ayStr_from_fmt(vm, "<module %R (frozen)>", name);
    return ayStr_from_fmt(vm, "<module %R>", name);
}

static AyValue module_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "module", args, nargs, kwnames, "name | doc", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "module.__init__() argument 'name' must be str, not %T", a[0]);
    AyModule *m = module_make(vm, type, AY_CSTR(a[0]));
    if (!m) return AY_NULL;
    if (a[1]) ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__doc__), a[1]);
    return ayV_from_obj(m);
}

static AyValue module_dir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyModule *m = AY_AS(AyModule, args[0]);
    AyList *l = ayList_new(vm, m->dict->used);
    if (!l) return AY_NULL;
    int64_t pos = 0;
    AyValue k;
    while (ayDict_next(m->dict, &pos, &k, NULL)) ayList_append(vm, l, k);
    return ayV_from_obj(l);
}

static const AyMethodDef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL},
};

void ayModule_setup(AyVM *vm) {
    AyType *t = vm->t_module;
    t->basic_size = sizeof(AyModule);
    // the namespace is the instance dict, so subclasses add none of their own
    // (and may swap __class__ with module)
    t->dict_offset = offsetof(AyModule, dict);
    t->trace = module_trace;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->repr = module_repr;
    t->tp_new = module_new;
    t->flags |= AY_TF_BASETYPE;
    ayType_add_methods(vm, t, module_methods);
}
