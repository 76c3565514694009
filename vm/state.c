// Creating and destroying VMs: bootstrapping the type system, interned names,
// builtins and sys. Also the host output hooks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "code.h"
#include "containers.h"
#include "native.h"
#include "setup.h"
#include "thread.h"
#include "str.h"
#include "vm.h"

// The value stack is reserved up front (pages are only touched as frames
// use them) so that pointers into it never move. The type attribute cache
// shares its mapping rather than the VM struct so that it too costs memory
// only where lookups land (a script with no classes of its own touches none).
#define STACK_SLOTS ((size_t)1 << 20)
#define TYPE_CACHE_BYTES (AY_TYPE_CACHE_SIZE * sizeof(struct AyTypeCacheEntry))
#define VM_MAP_BYTES (TYPE_CACHE_BYTES + STACK_SLOTS * sizeof(AyValue))

static void *default_alloc(void *ud, void *ptr, size_t old, size_t size) {
    (void)ud;
    (void)old;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, size);
}

AY_API void ay_config_init(AyConfig *cfg) { memset(cfg, 0, sizeof *cfg); }

// Allocates the builtin type objects before anything else exists, then gives
// them names and dicts once str and dict work.
static void bootstrap_types(AyVM *vm) {
#define ALLOC_TYPE(f, name) vm->t_##f = ayGC_new_type(vm, NULL, sizeof(AyType));
    AY_BUILTIN_TYPES(ALLOC_TYPE)
#undef ALLOC_TYPE
#define FIX_TYPE(f, pyname) \
    vm->t_##f->hdr.type = vm->t_type; \
    vm->t_##f->c_name = pyname; \
    vm->t_##f->basic_size = sizeof(AyObj); \
    vm->t_##f->base = vm->t_object; \
    vm->t_##f->version = 1;
    AY_BUILTIN_TYPES(FIX_TYPE)
#undef FIX_TYPE
    vm->t_object->base = NULL;
    vm->t_bool->base = vm->t_int;
    vm->t_type->basic_size = sizeof(AyType);
    vm->t_str->basic_size = sizeof(AyStr);
    vm->t_dict->basic_size = sizeof(AyDict);
    vm->t_dict->flags |= AY_TF_DICT_SUB;
    vm->t_str->flags |= AY_TF_STR_SUB;
    vm->t_type->flags |= AY_TF_TYPE_SUB;
}

static void name_types(AyVM *vm) {
    AyStr *builtins = ayStr_intern_c(vm, "builtins");
#define NAME_TYPE(f, pyname) \
    vm->t_##f->name = ayStr_intern_c(vm, pyname); \
    vm->t_##f->qualname = vm->t_##f->name; \
    vm->t_##f->module = ayV_from_obj(builtins); \
    vm->t_##f->dict = ayDict_new(vm); \
    vm->t_##f->dict->of_type = 1;
    AY_BUILTIN_TYPES(NAME_TYPE)
#undef NAME_TYPE
}

static void ready_types(AyVM *vm) {
    ayType_ready(vm, vm->t_object);
#define READY_TYPE(f, name) if (vm->t_##f != vm->t_object && vm->t_##f != vm->t_bool) ayType_ready(vm, vm->t_##f);
    AY_BUILTIN_TYPES(READY_TYPE)
#undef READY_TYPE
    ayType_ready(vm, vm->t_bool);
}

AY_API AyVM *ay_new(const AyConfig *cfg) {
    AyConfig defaults;
    if (!cfg) {
        ay_config_init(&defaults);
        cfg = &defaults;
    }
    AyAllocFn alloc = cfg->alloc ? cfg->alloc : default_alloc;
    AyVM *vm = alloc(cfg->alloc_ud, NULL, 0, sizeof(AyVM));
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    vm->alloc = alloc;
    vm->alloc_ud = cfg->alloc_ud;
    vm->mem_limit = 0;  // set once the VM is complete: bootstrapping cannot fail softly
    vm->gc_threshold = 4u << 20;
    vm->max_str_digits = 4300;
    vm->gc_disabled = 1;  // no collections until the VM is complete
    vm->recursion_limit = 1000;
    vm->write_out = cfg->write_out;
    vm->write_err = cfg->write_err;
    vm->io_ud = cfg->io_ud;
    vm->argc = cfg->argc;
    vm->argv = cfg->argv;
    vm->module_path = cfg->module_path;

    char *map = mmap(NULL, VM_MAP_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (map == MAP_FAILED) {
        alloc(cfg->alloc_ud, vm, sizeof(AyVM), 0);
        return NULL;
    }
    vm->type_cache = (struct AyTypeCacheEntry *)map;
    vm->stack = vm->stack_top = (AyValue *)(map + TYPE_CACHE_BYTES);
    vm->stack_end = vm->stack + STACK_SLOTS;

    bootstrap_types(vm);
    vm->empty_str = ayStr_alloc(vm, 0);
    ayStr_finish(vm->empty_str);
    name_types(vm);
#define INTERN_NAME(n) vm->s.n = ayStr_intern_c(vm, #n);
#define INTERN_NAME2(n, text) vm->s.n = ayStr_intern_c(vm, text);
    AY_NAMES(INTERN_NAME, INTERN_NAME2)
#undef INTERN_NAME
#undef INTERN_NAME2
    vm->empty_tuple = ayTuple_new(vm, 0);
    vm->repr_stack = ayList_from_items(vm, NULL, 0);

#define CALL_SETUP(name) ay##name##_setup(vm);
    AY_SETUP_LIST(CALL_SETUP)
#undef CALL_SETUP
    ready_types(vm);
    ayErr_setup(vm);
#define CALL_SETUP(name) ay##name##_setup(vm);
    AY_LATE_SETUP_LIST(CALL_SETUP)
#undef CALL_SETUP
    if (vm->exc || (cfg->mem_limit && vm->bytes > cfg->mem_limit)) {  // out of memory, or a limit too small to start
        ay_free(vm);
        return NULL;
    }
    vm->mem_limit = cfg->mem_limit;
    vm->module_path = NULL;  // the host's string need not outlive ay_new
    vm->gc_disabled = 0;
    vm->gc_requested = false;
    return vm;
}

void ayAtexit_run(AyVM *vm);

// What CPython does at exit, in order: the atexit callbacks run, then the
// main module's globals are dropped (names starting with "_" first) and the
// objects only they held are finalized (__del__, generators' finally blocks).
static void shut_down(AyVM *vm) {
    vm->exc = AY_NULL;
    vm->budget_on = false;  // the host's limits are over: cleanup code must run
    vm->interrupt = 0;
    // non-daemon threads finish first (threading._shutdown joins them)
    AyValue threading = vm->modules ? ayDict_get_cstr(vm, vm->modules, "threading") : AY_NULL;
    if (threading) {
        AyValue wait = ayObj_getattr_opt(vm, threading, ayStr_intern_c(vm, "_shutdown"));
        if (wait && !ayObj_call0(vm, wait)) ayErr_write_unraisable_msg(vm, "in threading._shutdown", wait);
        vm->exc = AY_NULL;
    }
    ayAtexit_run(vm);
    vm->exc = AY_NULL;
    AyValue main = vm->modules ? ayDict_get_cstr(vm, vm->modules, "__main__") : AY_NULL;
    if (main && ayV_is_type(vm, main, vm->t_module)) {
        AyDict *d = AY_AS(AyModule, main)->dict;
        for (int pass = 0; pass < 2; pass++)
            for (int64_t i = 0; i < d->nentries; i++) {
                AyDictEntry *e = &d->entries[i];
                if (!e->key || !ayV_is_str(vm, e->key) || e->key == ayV_from_obj(vm->s.__builtins__)) continue;
                if (pass == 0 && AY_CSTR(e->key)[0] != '_') continue;
                e->value = AY_NONE;
            }
    }
    ayGC_collect(vm);
    vm->exc = AY_NULL;
}

AY_API void ay_free(AyVM *vm) {
    if (!vm) return;
    if (!vm->gc_disabled) shut_down(vm);  // a VM that finished starting up
    ayGC_free_all(vm);
    ayThread_free_all(vm);
    if (vm->aio) ayAio_free(vm);
    if (vm->api) ayApi_free(vm);
    if (vm->interned) vm->alloc(vm->alloc_ud, vm->interned, vm->capinterned * sizeof(AyStr *), 0);
    if (vm->gray) vm->alloc(vm->alloc_ud, vm->gray, vm->capgray * sizeof(AyObj *), 0);
    if (vm->roots) vm->alloc(vm->alloc_ud, vm->roots, vm->caproots * sizeof(AyValue), 0);
    munmap(vm->type_cache, VM_MAP_BYTES);
    vm->alloc(vm->alloc_ud, vm, sizeof(AyVM), 0);
}

void ayIO_write_out(AyVM *vm, const char *s, size_t n) {
    if (vm->write_out) vm->write_out(vm->io_ud, s, n);
    else fwrite(s, 1, n, stdout);
}

// A script's own sys.stderr (an io.StringIO, a logging stream...) gets what
// CPython writes there: tracebacks, warnings, "Exception ignored" reports.
static bool write_to_script_stderr(AyVM *vm, const char *s, size_t n) {
    if (!vm->sys || vm->writing_err) return false;
    AyDict *sd = AY_AS(AyModule, vm->sys)->dict;
    AyValue err = ayDict_get_cstr(vm, sd, "stderr");
    if (!err || err == AY_NONE || err == ayDict_get_cstr(vm, sd, "__stderr__")) return false;
    AyValue pending = ayErr_fetch(vm);
    ayGC_push_root(vm, pending ? pending : AY_NONE);
    ayGC_push_root(vm, err);
    vm->writing_err = true;
    AyStr *text = ayStr_new(vm, s, n);
    AyValue args[2] = {AY_NULL, text ? ayV_from_obj(text) : AY_NULL};
    bool ok = text && ayObj_call_method(vm, err, ayStr_intern_c(vm, "write"), args, 1);
    vm->writing_err = false;
    ayErr_clear(vm);
    if (pending) ayErr_set(vm, pending);
    ayGC_pop_roots(vm, 2);
    return ok;
}

void ayIO_write_err(AyVM *vm, const char *s, size_t n) {
    if (write_to_script_stderr(vm, s, n)) return;
    if (vm->write_err) vm->write_err(vm->io_ud, s, n);
    else {
        fflush(stdout);
        fwrite(s, 1, n, stderr);
        fflush(stderr);
    }
}
