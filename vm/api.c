// The embedding API (include/ay.h): its per-VM state and running code.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "api.h"
#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "str.h"

// {==== state

AyApi *ayApi(AyVM *vm) {
    if (vm->api) return vm->api;
    AyApi *a = ayMem_alloc(vm, sizeof(AyApi));
    if (!a) return NULL;
    memset(a, 0, sizeof *a);
    void *slots = mmap(NULL, AY_API_MAX_SLOTS * sizeof(AyValue), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (slots == MAP_FAILED) {
        ayMem_free(vm, a, sizeof(AyApi));
        ayErr_nomemory(vm);
        return NULL;
    }
    a->slots = slots;
    vm->api = a;
    return a;
}

void ayApi_trace(AyVM *vm) {
    AyApi *a = vm->api;
    for (int i = 0; i < a->top; i++) ayGC_mark(vm, a->slots[i]);
    for (struct AyHandle *h = a->handles; h; h = h->next) ayGC_mark(vm, h->value);
    ayGC_mark(vm, a->error_text);
    ayGC_mark_obj(vm, (AyObj *)a->t_hostfn);
    ayGC_mark_obj(vm, (AyObj *)a->t_pointer);
}

// After the heap is gone: only C memory is left to release.
void ayApi_free(AyVM *vm) {
    AyApi *a = vm->api;
    while (a->handles) {
        struct AyHandle *h = a->handles;
        a->handles = h->next;
        ayMem_free(vm, h, sizeof *h);
    }
    munmap(a->slots, AY_API_MAX_SLOTS * sizeof(AyValue));
    ayMem_free(vm, a, sizeof(AyApi));
    vm->api = NULL;
}

AyValue *ayApi_slot(AyVM *vm, int slot, const char *fn) {
    ayErr_clear(vm);  // the error of an earlier failed call is stale now
    AyApi *a = ayApi(vm);
    if (!a) return NULL;
    int n = a->top - a->base;
    if (slot < 0 || slot >= n) {
        ayErr_format(vm, AY_EXC(vm, SystemError), "%s: slot %d is out of range (the window has %d slot%s)", fn,
                     slot, n, n == 1 ? "" : "s");
        return NULL;
    }
    return &a->slots[a->base + slot];
}

AyStatus ayApi_usage(AyVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ayErr_vformat(vm, AY_EXC(vm, SystemError), fmt, ap);
    va_end(ap);
    return AY_ERR_USAGE;
}

AyStatus ayApi_slot_error(AyVM *vm) { return vm->exc == vm->memory_error ? AY_ERR_MEMORY : AY_ERR_USAGE; }

AyStatus ayApi_status(AyVM *vm) {
    if (!vm->exc) return AY_OK;
    if (vm->exc == vm->memory_error) return AY_ERR_MEMORY;
    AyType *t = ayV_type(vm, vm->exc);
    if (ayType_is_subtype(t, AY_EXC(vm, SystemExit))) return AY_EXIT;
    if (ayType_is_subtype(t, AY_EXC(vm, KeyboardInterrupt))) return AY_ERR_INTERRUPT;
    if (ayType_is_subtype(t, AY_EXC(vm, SyntaxError))) return AY_ERR_SYNTAX;
    if (ayType_is_subtype(t, AY_EXC(vm, MemoryError))) return AY_ERR_MEMORY;
    return AY_ERR_RUNTIME;
}

// }====
// {==== running code

AyValue ayImport_run_main(AyVM *vm, const char *name);  // vm/import.c

static AyModule *main_module(AyVM *vm) {
    AyValue m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    if (m && ayV_is_type(vm, m, vm->t_module)) return AY_AS(AyModule, m);
    AyModule *mm = ayModule_new(vm, "__main__");
    if (!mm) return NULL;
    AyValue b = ayDict_get_str(vm, vm->modules, ayStr_intern_c(vm, "builtins"));
    if (ayDict_set(vm, mm->dict, ayV_from_obj(vm->s.__builtins__), b ? b : ayV_from_obj(vm->builtins)) < 0 ||
        ayDict_set(vm, vm->modules, ayV_from_obj(vm->s.__main__), ayV_from_obj(mm)) < 0)
        return NULL;
    // CPython's __main__ starts with an empty __annotations__ (dir() shows it)
    AyDict *ann = ayDict_new(vm);
    if (!ann || ayDict_set(vm, mm->dict, ayV_from_obj(vm->s.__annotations__), ayV_from_obj(ann)) < 0) return NULL;
    return mm;
}

AyDict *ayApi_main_dict(AyVM *vm) {
    AyModule *m = main_module(vm);
    return m ? m->dict : NULL;
}

// Compiles `src` in `mode` and runs it in __main__; the result (the value for
// AY_PARSE_EVAL, None otherwise) or AY_NULL with the exception pending.
static AyValue run_source(AyVM *vm, const char *src, size_t len, const char *filename, AyParseMode mode) {
    ayErr_clear(vm);  // a stale exception from an earlier failed call
    AyModule *m = main_module(vm);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    if ((mode & ~AY_PARSE_STRING_INPUT) == AY_PARSE_FILE && filename && filename[0] != '<') {
        AyStr *f = ayStr_new_c(vm, filename);
        if (f) ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__file__), ayV_from_obj(f));
        // a script is never run from a cache
        AyStr *cached = ayStr_intern_c(vm, "__cached__");
        if (cached) ayDict_set(vm, m->dict, ayV_from_obj(cached), AY_NONE);
    }
    AyCode *code = ayCompile_source(vm, src, len, filename ? filename : "<string>", mode, 0);
    AyValue r = AY_NULL;
    if (code) {
        ayGC_push_root(vm, ayV_from_obj(code));
        r = ayEval_code(vm, code, m->dict, AY_NULL);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

AY_API AyStatus ay_run_string(AyVM *vm, const char *src, size_t len, const char *filename) {
    if (!src) return ayApi_usage(vm, "ay_run_string: NULL source");
    return run_source(vm, src, len, filename, AY_PARSE_FILE) ? AY_OK : ayApi_status(vm);
}

AyStatus ayApi_run_string_input(AyVM *vm, const char *src, size_t len, const char *filename) {
    return run_source(vm, src, len, filename, (AyParseMode)(AY_PARSE_FILE | AY_PARSE_STRING_INPUT)) ? AY_OK
                                                                                                    : ayApi_status(vm);
}

AY_API AyStatus ay_eval(AyVM *vm, int dst, const char *expr) {
    if (!ayApi_slot(vm, dst, "ay_eval")) return ayApi_slot_error(vm);
    if (!expr) return ayApi_usage(vm, "ay_eval: NULL expression");
    AyValue r = run_source(vm, expr, strlen(expr), "<string>", AY_PARSE_EVAL);
    if (!r) return ayApi_status(vm);
    *ayApi_slot(vm, dst, "ay_eval") = r;
    return AY_OK;
}

AY_API AyStatus ay_run_file(AyVM *vm, const char *path) {
    ayErr_clear(vm);
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) {
        ayErr_format(vm, AY_EXC(vm, FileNotFoundError), "[Errno 2] No such file or directory: '%s'",
                     path ? path : "");
        return AY_ERR_RUNTIME;
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    char chunk[1 << 14];
    size_t n;
    while (!b.failed && (n = fread(chunk, 1, sizeof chunk, f)) > 0) ayBuf_add(&b, chunk, n);
    fclose(f);
    if (b.failed) {
        ayBuf_free(&b);
        return AY_ERR_MEMORY;
    }
    ayBuf_addc(&b, 0);  // the compiler reads a NUL-terminated buffer
    AyStatus s = b.failed ? AY_ERR_MEMORY : ay_run_string(vm, b.data, b.len - 1, path);
    ayBuf_free(&b);
    return s;
}

AY_API AyStatus ay_run_module(AyVM *vm, const char *name) {
    ayErr_clear(vm);
    if (!name) return ayApi_usage(vm, "ay_run_module: NULL name");
    return ayImport_run_main(vm, name) ? AY_OK : ayApi_status(vm);
}

AY_API AyStatus ay_path_insert(AyVM *vm, int index, const char *dir) {
    ayErr_clear(vm);
    if (!dir) return ayApi_usage(vm, "ay_path_insert: NULL directory");
    AyValue path = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "path");
    if (!path || !ayV_is_list(vm, path)) return ay_raise(vm, "RuntimeError", "lost sys.path");
    // a path's bytes need not be UTF-8: decoded as os.fsdecode does
    AyValue d = ayCodec_decode(vm, dir, strlen(dir), "utf-8", "surrogateescape");
    if (!d) return ayApi_status(vm);
    ayGC_push_root(vm, d);
    AyList *l = AY_AS(AyList, path);
    if (index < 0 || index > l->len) index = (int)l->len;
    bool grown = ayList_append(vm, l, AY_NONE);
    ayGC_pop_roots(vm, 1);
    if (!grown) return ayApi_status(vm);
    memmove(l->items + index + 1, l->items + index, sizeof(AyValue) * (size_t)(l->len - 1 - index));
    l->items[index] = d;
    return AY_OK;
}

// }====
