// The embedding API: reading, printing and raising exceptions.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "containers.h"
#include "str.h"

AY_API const char *ay_error_type(AyVM *vm) {
    if (!vm->exc) return NULL;
    return ayType_name(ayV_type(vm, vm->exc));
}

// Keeps `text` (a str) alive as the API's last error string and returns it.
static const char *keep_text(AyVM *vm, AyValue text) {
    AyApi *a = ayApi(vm);
    if (!a || !text) return NULL;
    a->error_text = text;
    return AY_CSTR(text);
}

AY_API const char *ay_error_message(AyVM *vm) {
    AyValue exc = vm->exc;
    if (!exc) return NULL;
    // str() may run a user __str__: set the exception aside meanwhile
    vm->exc = AY_NULL;
    ayGC_push_root(vm, exc);
    AyValue s = ayObj_str(vm, exc);
    if (!s) {
        ayErr_clear(vm);
        s = ayStr_from_fmt(vm, "<exception str() failed>");
        ayErr_clear(vm);
    }
    ayGC_pop_roots(vm, 1);
    vm->exc = exc;
    return keep_text(vm, s);
}

AY_API const char *ay_error_traceback(AyVM *vm) {
    AyValue exc = vm->exc;
    if (!exc) return NULL;
    AyValue s = ayErr_format_exception(vm, exc);
    vm->exc = exc;
    return keep_text(vm, s);
}

AY_API void ay_error_clear(AyVM *vm) { ayErr_clear(vm); }

AY_API void ay_print_error(AyVM *vm) {
    AyValue exc = ayErr_fetch(vm);
    if (!exc) return;
    ayGC_push_root(vm, exc);
    // a script may install sys.excepthook
    AyValue hook = vm->sys ? ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "excepthook") : AY_NULL;
    bool done = false;
    if (hook && !ayV_is_type(vm, hook, vm->t_builtin_function) && ayV_is_exc(vm, exc)) {
        AyTraceback *tb = AY_AS(AyExc, exc)->traceback;
        AyValue args[3] = {ayV_from_obj(ayV_type(vm, exc)), exc, tb ? ayV_from_obj(tb) : AY_NONE};
        done = ayObj_call(vm, hook, args, 3, AY_NULL) != AY_NULL;
        if (!done) {
            AyValue e2 = ayErr_fetch(vm);
            static const char msg[] = "Error in sys.excepthook:\n";
            ayIO_write_err(vm, msg, sizeof msg - 1);
            ayErr_print(vm, e2);
            static const char msg2[] = "\nOriginal exception was:\n";
            ayIO_write_err(vm, msg2, sizeof msg2 - 1);
        }
    }
    if (!done) ayErr_print(vm, exc);
    ayGC_pop_roots(vm, 1);
}

// The builtin exception class named `name`, or NULL.
static AyType *builtin_exception(AyVM *vm, const char *name) {
    for (int i = 0; i < AY_EXC_COUNT; i++)
        if (strcmp(ayType_name(vm->exc_types[i]), name) == 0) return vm->exc_types[i];
    return NULL;
}

AY_API AyStatus ay_raise(AyVM *vm, const char *type, const char *fmt, ...) {
    AyType *t = type ? builtin_exception(vm, type) : NULL;
    if (!t) t = AY_EXC(vm, RuntimeError);
    if (!fmt) fmt = "";
    char small[256], *text = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof small) {
        text = ayMem_alloc(vm, (size_t)n + 1);
        if (!text) return AY_ERR_MEMORY;
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    // the host's text may not be UTF-8: show stray bytes as escapes
    AyValue msg = ayCodec_decode(vm, text, (size_t)n, "utf-8", "backslashreplace");
    if (text != small) ayMem_free(vm, text, (size_t)n + 1);
    if (msg) ayErr_set_value(vm, t, msg);
    return ayApi_status(vm);
}

AY_API AyStatus ay_raise_slot(AyVM *vm, int slot) {
    AyValue *v = ayApi_slot(vm, slot, "ay_raise_slot");
    if (!v) return ayApi_slot_error(vm);
    bool is_class = ayV_is_typeobj(vm, *v) && ayType_is_subtype(AY_AS(AyType, *v), AY_EXC(vm, BaseException));
    if (!ayV_is_exc(vm, *v) && !is_class) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "exceptions must derive from BaseException");
        return AY_ERR_RUNTIME;
    }
    ayErr_set(vm, *v);
    return ayApi_status(vm);
}

// SystemExit(code): None -> 0, int -> code, anything else is printed -> 1.
AY_API int ay_exit_code(AyVM *vm) {
    AyValue exc = vm->exc;
    if (!exc || !ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, SystemExit))) return 0;
    AyValue code = ayObj_getattr_opt(vm, exc, vm->s.code);
    ayErr_clear(vm);
    if (!code || code == AY_NONE) return 0;
    if (ayV_is_int(code)) return (int)(ayV_int(code) & 0xFF);
    if (code == AY_TRUE) return 1;
    if (code == AY_FALSE) return 0;
    AyValue s = ayObj_str(vm, code);
    ayErr_clear(vm);
    if (s) {
        ayIO_write_err(vm, AY_CSTR(s), (size_t)AY_STR(s)->size);
        ayIO_write_err(vm, "\n", 1);
    }
    return 1;
}
