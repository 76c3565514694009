// The sys module.
#include <float.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "code.h"
#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "stdlib_names.h"
#include "str.h"
#include "stdtypes.h"
#include "structseq.h"
#include "vm.h"

AyValue ayFile_new_std(AyVM *vm, int which);
AyValue ayFrame_snapshot_of(AyVM *vm, AyFrame *f);

static AyValue s_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "exit", nargs, 0, 1)) return AY_NULL;
    AyValue code = nargs ? args[0] : AY_NONE;
    return ayErr_set_value(vm, AY_EXC(vm, SystemExit), code == AY_NONE && !nargs ? AY_NULL : code);
}

static AyValue s_getrecursionlimit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_small(vm->recursion_limit);
}

static AyValue s_setrecursionlimit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "setrecursionlimit", nargs, 1, 1)) return AY_NULL;
    int64_t n;
    if (!ayV_is_anyint(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[0]);
    if (ayObj_as_ssize(vm, args[0], &n) < 0) return AY_NULL;
    if (n < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "recursion limit must be greater or equal than 1");
    // every Python frame needs stack space; keep far from the reserved stack's end
    if (n > 100000) n = 100000;
    if (n <= vm->depth)
        return ayErr_format(vm, AY_EXC(vm, RecursionError),
                            "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                            (long long)n, vm->depth);
    vm->recursion_limit = (int)n;
    return AY_NONE;
}

static AyValue s_exc_info(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue e = vm->exc_info;
    AyValue items[3] = {AY_NONE, AY_NONE, AY_NONE};
    if (e && e != AY_NONE) {
        items[0] = ayV_from_obj(ayV_type(vm, e));
        items[1] = e;
        AyTraceback *tb = ayV_is_exc(vm, e) ? AY_AS(AyExc, e)->traceback : NULL;
        items[2] = tb ? ayV_from_obj(tb) : AY_NONE;
    }
    return ayTuple_from_items(vm, items, 3);
}

static AyValue s_exception(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return vm->exc_info ? vm->exc_info : AY_NONE;
}

static AyValue s_intern(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "intern", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_type(vm, args[0], vm->t_str))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "intern() argument must be str, not %T", args[0]);
    AyStr *s = ayStr_intern_str(vm, AY_STR(args[0]));
    return s ? ayV_from_obj(s) : AY_NULL;
}

static AyValue s_getsizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getsizeof", nargs, 1, 2)) return AY_NULL;
    return ayV_small((int64_t)ayObj_footprint(args[0]));
}

static AyValue s_getframe(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_getframe", nargs, 0, 1)) return AY_NULL;
    int64_t depth = 0;
    if (nargs && ayObj_as_ssize(vm, args[0], &depth) < 0) return AY_NULL;
    AyFrame *f = ayFrame_visible(vm->frame);
    for (int64_t i = 0; i < depth && f; i++) f = ayFrame_visible(f->prev);
    if (!f) return ayErr_format(vm, AY_EXC(vm, ValueError), "call stack is not deep enough");
    return ayFrame_snapshot_of(vm, f);
}

static AyValue s_getdefaultencoding(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_from_obj(ayStr_intern_c(vm, "utf-8"));
}

static AyValue s_default_excepthook(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "excepthook", nargs, 3, 3)) return AY_NULL;
    ayErr_print(vm, args[1]);
    return AY_NONE;
}

static AyValue s_default_displayhook(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "displayhook", nargs, 1, 1)) return AY_NULL;
    AyValue v = args[0];
    if (v == AY_NONE) return AY_NONE;
    AyDict *bd = vm->builtins;
    ayDict_set_cstr(vm, bd, "_", AY_NONE);
    AyValue r = ayObj_repr(vm, v);
    if (!r) return AY_NULL;
    extern AyValue ayFile_write_to(AyVM * vm, AyValue file, AyValue s);
    AyValue out = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "stdout");
    AyValue line = ayStr_from_fmt(vm, "%S\n", r);
    if (!line || !ayFile_write_to(vm, out, line)) return AY_NULL;
    ayDict_set_cstr(vm, bd, "_", v);
    return AY_NONE;
}

static AyValue s_int_max_str_digits(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_small(vm->max_str_digits);
}
static AyValue s_set_int_max_str_digits(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    int64_t n;
    if (!ayArg_unpack(vm, "set_int_max_str_digits", args, nargs, kwnames, "maxdigits", a)) return AY_NULL;
    if (ayObj_as_ssize(vm, a[0], &n) < 0) return AY_NULL;
    return ayInt_set_max_str_digits(vm, n) ? AY_NONE : AY_NULL;
}

static AyValue s_audit(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_NONE; }

// get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...)
static AyValue s_get_asyncgen_hooks(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "get_asyncgen_hooks", nargs, 0, 0)) return AY_NULL;
    AyValue pair[2] = {AY_NONE, AY_NONE};
    if (vm->asyncgen_hooks) memcpy(pair, AY_AS(AyTuple, vm->asyncgen_hooks)->items, sizeof pair);
    return ayStructSeq_make(vm, AY_STD_TYPE(vm, asyncgen_hooks), pair, 2);
}

// set_asyncgen_hooks(firstiter=, finalizer=): a hook not given stays as it is.
static AyValue s_set_asyncgen_hooks(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "set_asyncgen_hooks", args, nargs, kw, "| firstiter finalizer", a)) return AY_NULL;
    static const char *const names[2] = {"firstiter", "finalizer"};
    AyValue pair[2] = {AY_NONE, AY_NONE};
    if (vm->asyncgen_hooks) memcpy(pair, AY_AS(AyTuple, vm->asyncgen_hooks)->items, sizeof pair);
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (a[i] != AY_NONE && !ayV_type(vm, a[i])->call)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "callable %s expected, got %T", names[i], a[i]);
        pair[i] = a[i];
    }
    AyValue t = ayTuple_pack2(vm, pair[0], pair[1]);
    if (!t) return AY_NULL;
    vm->asyncgen_hooks = t;
    return AY_NONE;
}

// No trace or profile function is ever set (Ay has no tracing hooks).
static AyValue s_gettrace(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayArg_count(vm, "sys.gettrace", nargs, 0, 0) ? AY_NONE : AY_NULL;
}

static AyValue s_getprofile(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayArg_count(vm, "sys.getprofile", nargs, 0, 0) ? AY_NONE : AY_NULL;
}

// The interpreter is not shutting down while scripts run.
static AyValue s_is_finalizing(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "sys.is_finalizing", nargs, 0, 0)) return AY_NULL;
    return ayV_bool(false);
}

static const AyMethodDef sys_functions[] = {
    {"gettrace", s_gettrace, 0, NULL},
    {"getprofile", s_getprofile, 0, NULL},
    {"is_finalizing", s_is_finalizing, 0, NULL},
    {"get_asyncgen_hooks", s_get_asyncgen_hooks, 0, NULL},
    {"set_asyncgen_hooks", s_set_asyncgen_hooks, 0, NULL},
    {"exit", s_exit, 0, NULL},
    {"getrecursionlimit", s_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", s_setrecursionlimit, 0, NULL},
    {"exc_info", s_exc_info, 0, NULL},
    {"exception", s_exception, 0, NULL},
    {"intern", s_intern, 0, NULL},
    {"getsizeof", s_getsizeof, 0, NULL},
    {"_getframe", s_getframe, 0, NULL},
    {"getdefaultencoding", s_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", s_getdefaultencoding, 0, NULL},
    {"excepthook", s_default_excepthook, 0, NULL},
    {"__excepthook__", s_default_excepthook, 0, NULL},
    {"displayhook", s_default_displayhook, 0, NULL},
    {"__displayhook__", s_default_displayhook, 0, NULL},
    {"get_int_max_str_digits", s_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", s_set_int_max_str_digits, 0, NULL},
    {"audit", s_audit, 0, NULL},
    {NULL},
};

static AyValue str_value(AyVM *vm, const char *s) { return ayV_from_obj(ayStr_new_c(vm, s)); }

AyValue ayMod_sys(AyVM *vm) { return vm->sys; }

void aySys_setup(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "sys", sys_functions);
    vm->sys = ayV_from_obj(m);
    AyDict *d = m->dict;
    ayDict_set_cstr(vm, d, "modules", ayV_from_obj(vm->modules));
    AyList *argv = ayList_new(vm, vm->argc);
    for (int i = 0; i < vm->argc; i++) ayList_append(vm, argv, str_value(vm, vm->argv[i]));
    if (vm->argc == 0) ayList_append(vm, argv, ayV_from_obj(vm->empty_str));
    ayDict_set_cstr(vm, d, "argv", ayV_from_obj(argv));
    ayDict_set_cstr(vm, d, "orig_argv", ayList_from_items(vm, argv->items, argv->len));
    AyList *path = ayList_new(vm, 4);
    if (vm->module_path) {
        const char *p = vm->module_path;
        while (*p) {
            const char *c = strchr(p, ':');
            size_t n = c ? (size_t)(c - p) : strlen(p);
            if (n) ayList_append(vm, path, ayV_from_obj(ayStr_new(vm, p, n)));
            p += n + (c ? 1 : 0);
        }
    }
    ayDict_set_cstr(vm, d, "path", ayV_from_obj(path));
    ayDict_set_cstr(vm, d, "stdin", ayFile_new_std(vm, 1));
    ayDict_set_cstr(vm, d, "stdout", ayFile_new_std(vm, 2));
    ayDict_set_cstr(vm, d, "stderr", ayFile_new_std(vm, 3));
    ayDict_set_cstr(vm, d, "__stdin__", ayDict_get_cstr(vm, d, "stdin"));
    ayDict_set_cstr(vm, d, "__stdout__", ayDict_get_cstr(vm, d, "stdout"));
    ayDict_set_cstr(vm, d, "__stderr__", ayDict_get_cstr(vm, d, "stderr"));
    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    AyType *vit = ayStructSeq_type(vm, "sys.version_info", vi_fields);
    AyValue vi[5] = {ayV_small(3), ayV_small(12), ayV_small(1), str_value(vm, "final"), ayV_small(0)};
    ayDict_set_cstr(vm, d, "version_info", ayStructSeq_make(vm, vit, vi, 5));
    ayDict_set_cstr(vm, d, "version", str_value(vm, "3.12.1 (Ay " AY_VERSION_STRING ")"));
    ayDict_set_cstr(vm, d, "hexversion", ayV_small(0x030C01F0));
    ayDict_set_cstr(vm, d, "platform", str_value(vm, "linux"));
    ayDict_set_cstr(vm, d, "byteorder", str_value(vm, "little"));
    ayDict_set_cstr(vm, d, "maxsize", ayInt_from_i64(vm, INT64_MAX));
    ayDict_set_cstr(vm, d, "float_repr_style", str_value(vm, "short"));  // shortest round-tripping reprs
    ayDict_set_cstr(vm, d, "maxunicode", ayV_small(0x10FFFF));
    // the running program's absolute path, so scripts can start another ay
    char exe[4096];
    ssize_t n = vm->argv && vm->argc ? readlink("/proc/self/exe", exe, sizeof exe - 1) : -1;
    exe[n > 0 ? n : 0] = 0;
    ayDict_set_cstr(vm, d, "executable", str_value(vm, exe));
    ayDict_set_cstr(vm, d, "prefix", str_value(vm, "/usr/local"));
    ayDict_set_cstr(vm, d, "exec_prefix", str_value(vm, "/usr/local"));
    ayDict_set_cstr(vm, d, "base_prefix", str_value(vm, "/usr/local"));
    ayDict_set_cstr(vm, d, "dont_write_bytecode", AY_TRUE);
    ayDict_set_cstr(vm, d, "warnoptions", ayList_from_items(vm, NULL, 0));
    ayDict_set_cstr(vm, d, "meta_path", ayList_from_items(vm, NULL, 0));
    ayDict_set_cstr(vm, d, "path_hooks", ayList_from_items(vm, NULL, 0));
    ayDict_set_cstr(vm, d, "path_importer_cache", ayV_from_obj(ayDict_new(vm)));
    static const char *const impl_fields[] = {"name", "cache_tag", "version", NULL};
    AyType *it = ayStructSeq_type(vm, "sys.implementation", impl_fields);
    static const char *const hooks_fields[] = {"firstiter", "finalizer", NULL};
    AY_STD_TYPE(vm, asyncgen_hooks) = ayStructSeq_type(vm, "asyncgen_hooks", hooks_fields);
    AyValue impl[3] = {str_value(vm, "ay"), AY_NONE, ayDict_get_cstr(vm, d, "version_info")};
    ayDict_set_cstr(vm, d, "implementation", ayStructSeq_make(vm, it, impl, 3));
    static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                            "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
    AyType *fit = ayStructSeq_type(vm, "sys.float_info", fi_fields);
    AyValue fi[11] = {ayV_from_float(DBL_MAX), ayV_small(DBL_MAX_EXP), ayV_small(DBL_MAX_10_EXP),
                      ayV_from_float(DBL_MIN), ayV_small(DBL_MIN_EXP), ayV_small(DBL_MIN_10_EXP),
                      ayV_small(DBL_DIG), ayV_small(DBL_MANT_DIG), ayV_from_float(DBL_EPSILON),
                      ayV_small(FLT_RADIX), ayV_small(1)};
    ayDict_set_cstr(vm, d, "float_info", ayStructSeq_make(vm, fit, fi, 11));
    static const char *const hi_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                            "seed_bits", "cutoff", NULL};
    AyType *hit = ayStructSeq_type(vm, "sys.hash_info", hi_fields);
    AyValue hi[9] = {ayV_small(64), ayInt_from_i64(vm, ((int64_t)1 << 61) - 1), ayV_small(314159), ayV_small(0),
                     ayV_small(1000003), str_value(vm, "ay"), ayV_small(64), ayV_small(0), ayV_small(0)};
    ayDict_set_cstr(vm, d, "hash_info", ayStructSeq_make(vm, hit, hi, 9));
    // CPython's values: its 30-bit digits and the int <-> str digit limit
    static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                            "str_digits_check_threshold", NULL};
    AyType *iit = ayStructSeq_type(vm, "sys.int_info", ii_fields);
    AyValue ii[4] = {ayV_small(30), ayV_small(4), ayV_small(4300), ayV_small(640)};
    ayDict_set_cstr(vm, d, "int_info", ayStructSeq_make(vm, iit, ii, 4));
    static const char *const flag_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                              "no_user_site", "no_site", "ignore_environment", "verbose",
                                              "bytes_warning", "quiet", "hash_randomization", "isolated",
                                              "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                              "int_max_str_digits", NULL};
    AyType *flt = ayStructSeq_type(vm, "sys.flags", flag_fields);
    AyValue fl[18];
    for (int i = 0; i < 18; i++) fl[i] = ayV_small(0);
    fl[4] = ayV_small(1);      // dont_write_bytecode: Ay writes no bytecode files
    fl[11] = ayV_small(1);     // hash_randomization, as CPython's default
    fl[13] = AY_FALSE;         // dev_mode and safe_path are bools in CPython
    fl[16] = AY_FALSE;
    fl[14] = ayV_small(1);     // utf8_mode: Ay's text is UTF-8 throughout
    fl[17] = ayV_small(4300);  // int_max_str_digits
    ayDict_set_cstr(vm, d, "flags", ayStructSeq_make(vm, flt, fl, 18));
    // the modules compiled into the binary, and the standard library's names
    static const char *const builtin_names[] = {
#define NATIVE_NAME(pyname, fn) pyname,
        AY_NATIVE_MODULES(NATIVE_NAME)
#undef NATIVE_NAME
    };
    size_t nbuiltin = sizeof builtin_names / sizeof *builtin_names;
    AyTuple *bnames = ayTuple_new(vm, (int64_t)nbuiltin);
    for (size_t i = 0; bnames && i < nbuiltin; i++) bnames->items[i] = str_value(vm, builtin_names[i]);
    if (bnames) ayDict_set_cstr(vm, d, "builtin_module_names", ayV_from_obj(bnames));
    static const char *const stdlib_names[] = {
#define STDLIB_NAME(s) s,
        AY_STDLIB_MODULE_NAMES(STDLIB_NAME)
#undef STDLIB_NAME
    };
    AySet *snames = aySet_new(vm, vm->t_frozenset);
    for (size_t i = 0; snames && i < sizeof stdlib_names / sizeof *stdlib_names; i++)
        aySet_add(vm, snames, str_value(vm, stdlib_names[i]));
    if (snames) ayDict_set_cstr(vm, d, "stdlib_module_names", ayV_from_obj(snames));
    ayDict_set(vm, vm->modules, ayV_from_obj(ayStr_intern_c(vm, "sys")), vm->sys);
    AyValue bm = ayMod_builtins(vm);
    ayDict_set(vm, vm->modules, ayV_from_obj(ayStr_intern_c(vm, "builtins")), bm);
}
