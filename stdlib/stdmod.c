// Helpers shared by the native system and text modules (see stdmod.h).
#include <limits.h>

#include "bytes.h"
#include "interp.h"
#include "stdmod.h"

AyType *ayStd_new_exception(AyVM *vm, AyStdType slot, const char *module, const char *tp_name, AyType *base) {
    AyType *t = ayStd_new_type(vm, slot, module, tp_name, base, base->basic_size, AY_TF_BASETYPE);
    ayType_ready(vm, t);
    return t;
}

void ayStd_add_ints(AyVM *vm, AyModule *m, const AyIntConst *consts) {
    for (; consts->name; consts++) ayModule_add(vm, m, consts->name, ayInt_from_i64(vm, consts->value));
}

bool ayStd_buffer_arg(AyVM *vm, AyValue v, const char **data, int64_t *n) {
    if (ayBytes_view(vm, v, data, n)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", v);
    return false;
}

char *ayStd_writable_buffer_arg(AyVM *vm, AyValue v, const char *fname, int64_t *n) {
    if (ayBytes_is_bytearray(vm, v)) {
        AyByteArray *ba = AY_AS(AyByteArray, v);
        *n = ba->size;
        return ba->data;
    }
    if (ayV_is_type(vm, v, vm->t_memoryview) && !AY_AS(AyMemoryView, v)->readonly) {
        const char *data = ayMemoryView_contiguous(vm, AY_AS(AyMemoryView, v), n);
        if (data) return (char *)data;  // a writable view's memory is a bytearray's
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument must be read-write bytes-like object, not %T", fname, v);
    return NULL;
}

bool ayStd_int_arg(AyVM *vm, AyValue v, int64_t *out) {
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return true;
    }
    if (!ayV_is_anyint(vm, v) && !ayV_type(vm, v)->index) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    return ayObj_as_ssize(vm, v, out) == 0;
}

AyValue ayStd_fspath(AyVM *vm, AyValue v) {
    if (ayV_is_str(vm, v) || ayV_has_flag(vm, v, AY_TF_BYTES_SUB)) return v;
    AyValue fn = ayType_lookup(vm, ayV_type(vm, v), ayStr_intern_c(vm, "__fspath__"));
    if (!fn)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected str, bytes or os.PathLike object, not %T", v);
    AyValue r = ayObj_call1(vm, fn, v);
    if (r && !ayV_is_str(vm, r) && !ayV_has_flag(vm, r, AY_TF_BYTES_SUB))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected %T.__fspath__() to return str or bytes, not %T", v,
                            r);
    return r;
}

void ayStd_flush_std(AyVM *vm) {
    AyValue pending = ayErr_fetch(vm);
    ayGC_push_root(vm, pending);
    AyStr *names[2] = {vm->s.stdout, vm->s.stderr};
    for (int i = 0; i < 2 && vm->sys; i++) {
        AyValue f = ayObj_getattr_opt(vm, vm->sys, names[i]);
        if (f) {
            AyValue args[1];
            ayObj_call_method(vm, f, vm->s.flush, args, 0);
        }
        ayErr_clear(vm);
    }
    fflush(NULL);
    ayGC_pop_roots(vm, 1);
    vm->exc = pending;
}

bool ayStd_check_signals(AyVM *vm) { return !vm->interrupt || ayEval_safepoint(vm); }

bool ayStd_fileno_arg(AyVM *vm, AyValue v, int *fd) {
    int64_t i;
    if (!ayV_is_anyint(vm, v)) {
        AyValue fn = ayObj_getattr_opt(vm, v, vm->s.fileno);
        if (!fn) {
            if (!ayErr_occurred(vm))
                ayErr_format(vm, AY_EXC(vm, TypeError), "argument must be an int, or have a fileno() method.");
            return false;
        }
        v = ayObj_call0(vm, fn);
        if (!v) return false;
        if (!ayV_is_anyint(vm, v)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "fileno() returned a non-integer");
            return false;
        }
    }
    if (!ayStd_int_arg(vm, v, &i)) return false;
    if (i < 0 || i > INT_MAX) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "file descriptor cannot be a negative integer (%lld)", (long long)i);
        return false;
    }
    *fd = (int)i;
    return true;
}

AyValue ayStd_os_name(AyVM *vm, const char *s, size_t n, bool as_bytes) {
    if (as_bytes) return ayBytes_from(vm, s, n);
    if (ayUtf8_check(s, n) < 0) {
        AyStr *r = ayStr_new(vm, s, n);
        return r ? ayV_from_obj(r) : AY_NULL;
    }
    return ayCodec_decode(vm, s, n, "utf-8", "surrogateescape");
}
