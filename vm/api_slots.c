// The embedding API: slots, converting values in and out of them, containers,
// attributes, calls and handles.
#include <string.h>

#include "api.h"
#include "bytes.h"
#include "containers.h"
#include "int.h"
#include "module.h"
#include "num.h"
#include "str.h"

// Resolves slot `n` into `var`, or returns the usage/memory status.
#define SLOT(var, n)                                   \
    AyValue *var = ayApi_slot(vm, (n), __func__);      \
    if (!var) return ayApi_slot_error(vm)

// Stores a fresh value (AY_NULL: failed, exception pending) into a slot.
static AyStatus store(AyVM *vm, AyValue *slot, AyValue v) {
    if (!v) return ayApi_status(vm);
    *slot = v;
    return AY_OK;
}

// The interned name for host text `name` into *out; AY_ERR_USAGE for NULL.
static AyStatus name_of(AyVM *vm, const char *name, const char *fn, AyStr **out) {
    if (!name) return ayApi_usage(vm, "%s: NULL name", fn);
    if (ayUtf8_check(name, strlen(name)) >= 0) {
        ayErr_format(vm, AY_EXC(vm, UnicodeDecodeError), "%s: the name is not valid UTF-8", fn);
        return AY_ERR_RUNTIME;
    }
    *out = ayStr_intern_c(vm, name);
    return *out ? AY_OK : ayApi_status(vm);
}

// {==== the window

AY_API int ay_slot_count(AyVM *vm) {
    AyApi *a = ayApi(vm);
    return a ? a->top - a->base : 0;
}

AY_API AyStatus ay_ensure_slots(AyVM *vm, int n) {
    AyApi *a = ayApi(vm);
    if (!a) return AY_ERR_MEMORY;
    if (n < 0) return ayApi_usage(vm, "ay_ensure_slots: negative count %d", n);
    if ((size_t)a->base + (size_t)n > AY_API_MAX_SLOTS) {
        ayErr_nomemory(vm);
        return AY_ERR_MEMORY;
    }
    while (a->top < a->base + n) a->slots[a->top++] = AY_NONE;
    return AY_OK;
}

AY_API AyStatus ay_copy(AyVM *vm, int dst, int src) {
    SLOT(d, dst);
    SLOT(s, src);
    *d = *s;
    return AY_OK;
}

AY_API AyKind ay_kind(AyVM *vm, int slot) {
    AyApi *a = ayApi(vm);
    if (!a || slot < 0 || slot >= a->top - a->base) return AY_KIND_BAD_SLOT;
    AyValue v = a->slots[a->base + slot];
    if (v == AY_NONE) return AY_KIND_NONE;
    if (v == AY_TRUE || v == AY_FALSE) return AY_KIND_BOOL;
    if (ayV_is_anyint(vm, v)) return AY_KIND_INT;
    AyType *t = ayV_type(vm, v);
    if (ayV_is_float(v) || ayType_is_subtype(t, vm->t_float)) return AY_KIND_FLOAT;
    if (ayV_is_str(vm, v)) return AY_KIND_STR;
    if (ayType_is_subtype(t, vm->t_bytes) || ayType_is_subtype(t, vm->t_bytearray)) return AY_KIND_BYTES;
    if (ayV_is_list(vm, v)) return AY_KIND_LIST;
    if (ayV_is_tuple(vm, v)) return AY_KIND_TUPLE;
    if (ayV_is_dict(vm, v)) return AY_KIND_DICT;
    if (a->t_pointer && t == a->t_pointer) return AY_KIND_POINTER;
    return AY_KIND_OBJECT;
}

AY_API const char *ay_type_name(AyVM *vm, int slot) {
    AyApi *a = ayApi(vm);
    if (!a || slot < 0 || slot >= a->top - a->base) return "";
    return ayType_name(ayV_type(vm, a->slots[a->base + slot]));
}

// }====
// {==== values in

AY_API AyStatus ay_set_none(AyVM *vm, int slot) {
    SLOT(s, slot);
    *s = AY_NONE;
    return AY_OK;
}

AY_API AyStatus ay_set_bool(AyVM *vm, int slot, int b) {
    SLOT(s, slot);
    *s = b ? AY_TRUE : AY_FALSE;
    return AY_OK;
}

AY_API AyStatus ay_set_int(AyVM *vm, int slot, int64_t i) {
    SLOT(s, slot);
    return store(vm, s, ayInt_from_i64(vm, i));
}

AY_API AyStatus ay_set_float(AyVM *vm, int slot, double d) {
    SLOT(s, slot);
    *s = ayV_from_float(d);
    return AY_OK;
}

AY_API AyStatus ay_set_int_text(AyVM *vm, int slot, const char *text, int base) {
    SLOT(s, slot);
    if (!text) return ayApi_usage(vm, "ay_set_int_text: NULL text");
    if (base != 0 && (base < 2 || base > 36)) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "int() base must be >= 2 and <= 36, or 0");
        return AY_ERR_RUNTIME;
    }
    return store(vm, s, ayInt_parse(vm, text, strlen(text), base, AY_NULL));
}

AY_API AyStatus ay_set_str(AyVM *vm, int slot, const char *text, size_t len) {
    SLOT(s, slot);
    if (!text) return ayApi_usage(vm, "ay_set_str: NULL text");
    if (len == (size_t)-1) len = strlen(text);
    // validated (and errors reported) by the codec
    return store(vm, s, ayCodec_decode(vm, text, len, "utf-8", "strict"));
}

AY_API AyStatus ay_set_bytes(AyVM *vm, int slot, const void *data, size_t len) {
    SLOT(s, slot);
    if (!data && len) return ayApi_usage(vm, "ay_set_bytes: NULL data");
    return store(vm, s, ayBytes_from(vm, data ? data : "", len));
}

AY_API AyStatus ay_new_list(AyVM *vm, int slot) {
    SLOT(s, slot);
    return store(vm, s, ayList_from_items(vm, NULL, 0));
}

AY_API AyStatus ay_new_dict(AyVM *vm, int slot) {
    SLOT(s, slot);
    AyDict *d = ayDict_new(vm);
    return store(vm, s, d ? ayV_from_obj(d) : AY_NULL);
}

AY_API AyStatus ay_new_tuple(AyVM *vm, int dst, int first, int n) {
    SLOT(d, dst);
    if (n < 0) return ayApi_usage(vm, "ay_new_tuple: negative count %d", n);
    if (n == 0) return store(vm, d, ayTuple_from_items(vm, NULL, 0));
    SLOT(items, first);
    if (!ayApi_slot(vm, first + n - 1, __func__)) return ayApi_slot_error(vm);
    return store(vm, d, ayTuple_from_items(vm, items, n));
}

// }====
// {==== values out

AY_API AyStatus ay_get_bool(AyVM *vm, int slot, int *out) {
    SLOT(s, slot);
    int t = ayObj_truth(vm, *s);
    if (t < 0) return ayApi_status(vm);
    if (out) *out = t;
    return AY_OK;
}

AY_API AyStatus ay_get_int(AyVM *vm, int slot, int64_t *out) {
    SLOT(s, slot);
    int64_t i;
    if (ayObj_as_ssize(vm, *s, &i) < 0) return ayApi_status(vm);
    if (out) *out = i;
    return AY_OK;
}

AY_API AyStatus ay_get_float(AyVM *vm, int slot, double *out) {
    SLOT(s, slot);
    double d;
    if (ayFloat_as_double(vm, *s, &d) < 0) return ayApi_status(vm);
    if (out) *out = d;
    return AY_OK;
}

AY_API const char *ay_get_str(AyVM *vm, int slot, size_t *len) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return NULL;
    if (!ayV_is_str(vm, *s)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "expected str, got %T", *s);
        return NULL;
    }
    if (len) *len = (size_t)AY_STR(*s)->size;
    return AY_CSTR(*s);
}

AY_API const void *ay_get_bytes(AyVM *vm, int slot, size_t *len) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return NULL;
    const char *data;
    int64_t n;
    if (!ayBytes_need_view(vm, *s, &data, &n)) return NULL;
    if (len) *len = (size_t)n;
    return data;
}

AY_API AyStatus ay_to_str(AyVM *vm, int dst, int src) {
    SLOT(d, dst);
    SLOT(s, src);
    return store(vm, d, ayObj_str(vm, *s));
}

AY_API AyStatus ay_repr(AyVM *vm, int dst, int src) {
    SLOT(d, dst);
    SLOT(s, src);
    return store(vm, d, ayObj_repr(vm, *s));
}

// }====
// {==== containers and attributes

AY_API int64_t ay_len(AyVM *vm, int slot) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    return s ? ayObj_len(vm, *s) : -1;
}

AY_API AyStatus ay_list_append(AyVM *vm, int list, int value) {
    SLOT(l, list);
    SLOT(v, value);
    if (!ayV_is_list(vm, *l)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "expected list, got %T", *l);
        return AY_ERR_RUNTIME;
    }
    return ayList_append(vm, AY_AS(AyList, *l), *v) ? AY_OK : ayApi_status(vm);
}

AY_API AyStatus ay_get_item(AyVM *vm, int dst, int container, int key) {
    SLOT(d, dst);
    SLOT(c, container);
    SLOT(k, key);
    return store(vm, d, ayObj_getitem(vm, *c, *k));
}

AY_API AyStatus ay_set_item(AyVM *vm, int container, int key, int value) {
    SLOT(c, container);
    SLOT(k, key);
    SLOT(v, value);
    return ayObj_setitem(vm, *c, *k, *v) < 0 ? ayApi_status(vm) : AY_OK;
}

AY_API AyStatus ay_get_index(AyVM *vm, int dst, int sequence, int64_t index) {
    SLOT(d, dst);
    SLOT(c, sequence);
    AyValue i = ayInt_from_i64(vm, index);
    return store(vm, d, i ? ayObj_getitem(vm, *c, i) : AY_NULL);
}

AY_API AyStatus ay_iter(AyVM *vm, int dst, int value) {
    SLOT(d, dst);
    SLOT(v, value);
    return store(vm, d, ayObj_iter(vm, *v));
}

AY_API AyStatus ay_next(AyVM *vm, int dst, int iterator) {
    SLOT(d, dst);
    SLOT(it, iterator);
    AyValue v = ayObj_next(vm, *it);
    if (v) {
        *d = v;
        return AY_OK;
    }
    return vm->exc ? ayApi_status(vm) : AY_DONE;
}

AY_API AyStatus ay_get_attr(AyVM *vm, int dst, int obj, const char *name) {
    SLOT(d, dst);
    SLOT(o, obj);
    AyStr *n;
    AyStatus st = name_of(vm, name, __func__, &n);
    return st != AY_OK ? st : store(vm, d, ayObj_getattr(vm, *o, n));
}

AY_API AyStatus ay_set_attr(AyVM *vm, int obj, const char *name, int value) {
    SLOT(o, obj);
    SLOT(v, value);
    AyStr *n;
    AyStatus st = name_of(vm, name, __func__, &n);
    if (st != AY_OK) return st;
    return ayObj_setattr(vm, *o, n, *v) < 0 ? ayApi_status(vm) : AY_OK;
}

// The globals of `module` (NULL: __main__), importing it if needed.
static AyDict *module_dict(AyVM *vm, const char *module) {
    if (!module) return ayApi_main_dict(vm);
    AyValue m = ayImport_module(vm, module);
    if (!m) return NULL;
    if (!ayV_is_type(vm, m, vm->t_module)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "sys.modules['%s'] is not a module", module);
        return NULL;
    }
    return AY_AS(AyModule, m)->dict;
}

AY_API AyStatus ay_get_global(AyVM *vm, int dst, const char *module, const char *name) {
    SLOT(d, dst);
    AyStr *n;
    AyStatus st = name_of(vm, name, __func__, &n);
    if (st != AY_OK) return st;
    AyDict *g = module_dict(vm, module);
    if (!g) return ayApi_status(vm);
    AyValue v = ayDict_get_str(vm, g, n);
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, NameError), "name '%U' is not defined", n);
        return AY_ERR_RUNTIME;
    }
    *d = v;
    return AY_OK;
}

AY_API AyStatus ay_set_global(AyVM *vm, const char *module, const char *name, int value) {
    SLOT(v, value);
    AyStr *n;
    AyStatus st = name_of(vm, name, __func__, &n);
    if (st != AY_OK) return st;
    AyDict *g = module_dict(vm, module);
    if (!g) return ayApi_status(vm);
    return ayDict_set(vm, g, ayV_from_obj(n), *v) < 0 ? ayApi_status(vm) : AY_OK;
}

AY_API AyStatus ay_import(AyVM *vm, int dst, const char *name) {
    SLOT(d, dst);
    if (!name) return ayApi_usage(vm, "ay_import: NULL name");
    return store(vm, d, ayImport_module(vm, name));
}

// }====
// {==== calls

// Checks that slots first..first+n-1 exist.
static bool check_range(AyVM *vm, int first, int n, const char *fn) {
    if (n < 0) {
        ayApi_usage(vm, "%s: negative argument count %d", fn, n);
        return false;
    }
    return n == 0 || ayApi_slot(vm, first + n - 1, fn);
}

// Copies `n` argument slots onto the VM stack (with one free slot before
// them, for a receiver), as callees expect their arguments there.
static AyValue *stack_args(AyVM *vm, const AyValue *args, int n) {
    AyValue *buf = vm->stack_top;
    if (buf + n + 1 >= vm->stack_end) {
        ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
        return NULL;
    }
    buf[0] = AY_NULL;
    if (n) memcpy(buf + 1, args, sizeof(AyValue) * (size_t)n);
    vm->stack_top += n + 1;
    return buf;
}

AY_API AyStatus ay_call(AyVM *vm, int fn, int nargs) {
    SLOT(f, fn);
    if (!check_range(vm, fn + 1, nargs, __func__)) return ayApi_slot_error(vm);
    AyValue *buf = stack_args(vm, f + 1, nargs);
    if (!buf) return ayApi_status(vm);
    AyValue r = ayObj_call(vm, *f, buf + 1, nargs, AY_NULL);
    vm->stack_top = buf;
    return store(vm, f, r);
}

AY_API AyStatus ay_call_kw(AyVM *vm, int fn, int nargs, int kwargs) {
    SLOT(f, fn);
    SLOT(kw, kwargs);
    if (!check_range(vm, fn + 1, nargs, __func__)) return ayApi_slot_error(vm);
    if (!ayV_is_dict(vm, *kw)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "keyword arguments must be a dict, not %T", *kw);
        return AY_ERR_RUNTIME;
    }
    AyValue args = ayTuple_from_items(vm, f + 1, nargs);
    if (!args) return ayApi_status(vm);
    ayGC_push_root(vm, args);
    AyValue r = ayObj_call_ex(vm, *f, args, *kw);
    ayGC_pop_roots(vm, 1);
    return store(vm, f, r);
}

AY_API AyStatus ay_call_method(AyVM *vm, int obj, const char *name, int nargs) {
    SLOT(o, obj);
    if (!check_range(vm, obj + 1, nargs, __func__)) return ayApi_slot_error(vm);
    AyStr *n;
    AyStatus st = name_of(vm, name, __func__, &n);
    if (st != AY_OK) return st;
    AyValue *buf = stack_args(vm, o + 1, nargs);
    if (!buf) return ayApi_status(vm);
    AyValue r = ayObj_call_method(vm, *o, n, buf, nargs);
    vm->stack_top = buf;
    return store(vm, o, r);
}

// }====
// {==== handles

AY_API AyHandle *ay_handle_new(AyVM *vm, int slot) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return NULL;
    AyHandle *h = ayMem_alloc(vm, sizeof *h);
    if (!h) return NULL;
    AyApi *a = vm->api;
    h->value = *s;
    h->prev = NULL;
    h->next = a->handles;
    if (a->handles) a->handles->prev = h;
    a->handles = h;
    return h;
}

AY_API AyStatus ay_handle_get(AyVM *vm, int slot, AyHandle *h) {
    SLOT(s, slot);
    if (!h) return ayApi_usage(vm, "ay_handle_get: NULL handle");
    *s = h->value;
    return AY_OK;
}

AY_API void ay_handle_free(AyVM *vm, AyHandle *h) {
    if (!h) return;
    AyApi *a = vm->api;
    if (h->prev) h->prev->next = h->next;
    else a->handles = h->next;
    if (h->next) h->next->prev = h->prev;
    ayMem_free(vm, h, sizeof *h);
}

// }====
