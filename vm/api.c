// The public embedding API (include/ay.h): running code and reporting errors.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "str.h"
#include "vm.h"

// The __main__ module, created on first use.
static AyModule *main_module(AyVM *vm) {
    AyValue m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    if (m && ayV_is_type(vm, m, vm->t_module)) return AY_AS(AyModule, m);
    AyModule *mm = ayModule_new(vm, "__main__");
    if (!mm) return NULL;
    AyValue b = ayDict_get_str(vm, vm->modules, ayStr_intern_c(vm, "builtins"));
    ayDict_set(vm, mm->dict, ayV_from_obj(vm->s.__builtins__), b ? b : ayV_from_obj(vm->builtins));
    ayDict_set(vm, vm->modules, ayV_from_obj(vm->s.__main__), ayV_from_obj(mm));
    return mm;
}

static AyStatus status_of_pending(AyVM *vm) {
    if (!vm->exc) return AY_OK;
    if (vm->exc == vm->memory_error) return AY_ERR_MEMORY;
    AyType *t = ayV_type(vm, vm->exc);
    if (ayType_is_subtype(t, AY_EXC(vm, SystemExit))) return AY_EXIT;
    if (ayType_is_subtype(t, AY_EXC(vm, SyntaxError))) return AY_ERR_SYNTAX;
    return AY_ERR_RUNTIME;
}

AY_API AyStatus ay_run_string(AyVM *vm, const char *src, size_t len, const char *filename) {
    AyModule *m = main_module(vm);
    if (!m) return AY_ERR_MEMORY;
    if (filename && filename[0] != '<') {
        AyStr *f = ayStr_new_c(vm, filename);
        if (f) ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__file__), ayV_from_obj(f));
    }
    ayGC_push_root(vm, ayV_from_obj(m));
    AyCode *code = ayCompile_source(vm, src, len, filename ? filename : "<string>", AY_PARSE_FILE, 0);
    AyValue r = AY_NULL;
    if (code) {
        ayGC_push_root(vm, ayV_from_obj(code));
        r = ayEval_code(vm, code, m->dict, AY_NULL);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r ? AY_OK : status_of_pending(vm);
}

AY_API AyStatus ay_run_file(AyVM *vm, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ayErr_format(vm, AY_EXC(vm, FileNotFoundError), "[Errno 2] No such file or directory: '%s'", path);
        return AY_ERR_RUNTIME;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        char *b2 = realloc(buf, cap * 2 + 1);
        if (!b2) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = b2;
        cap *= 2;
    }
    fclose(f);
    if (!buf) {
        ayErr_nomemory(vm);
        return AY_ERR_MEMORY;
    }
    buf[n] = 0;
    AyStatus s = ay_run_string(vm, buf, n, path);
    free(buf);
    return s;
}

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

AY_API AyStatus ay_run_module(AyVM *vm, const char *name) {
    // the module runs as __main__: load its source through the import path
    AyValue exc = AY_NULL;
    (void)exc;
    extern AyValue ayImport_run_main(AyVM * vm, const char *name);
    AyValue r = ayImport_run_main(vm, name);
    return r ? AY_OK : status_of_pending(vm);
}

AY_API AyStatus ay_path_insert(AyVM *vm, int index, const char *dir) {
    AyValue path = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "path");
    if (!path || !ayV_is_list(vm, path)) return AY_ERR_RUNTIME;
    AyStr *d = ayStr_new_c(vm, dir);
    if (!d) return AY_ERR_MEMORY;
    AyList *l = AY_AS(AyList, path);
    if (index < 0 || index > l->len) index = (int)l->len;
    if (!ayList_append(vm, l, AY_NONE)) return AY_ERR_MEMORY;
    memmove(l->items + index + 1, l->items + index, sizeof(AyValue) * (size_t)(l->len - 1 - index));
    l->items[index] = ayV_from_obj(d);
    return AY_OK;
}

AY_API const char *ay_error_type(AyVM *vm) {
    if (!vm->exc) return NULL;
    return ayType_name(ayV_type(vm, vm->exc));
}
