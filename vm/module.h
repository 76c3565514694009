// Modules and the import system (the registry of built-in modules, the
// search path, loading .ay/.py files).
#ifndef AY_MODULE_H
#define AY_MODULE_H

#include "native.h"
#include "vm.h"

AyModule *ayModule_new(AyVM *vm, const char *name);
// A module with native functions bound to it.
AyModule *ayModule_new_native(AyVM *vm, const char *name, const AyMethodDef *funcs);
int ayModule_add(AyVM *vm, AyModule *m, const char *name, AyValue v);

// Built-in modules implemented in C: X(python name, C init suffix). Each
// provides `AyValue ayMod_<suffix>(AyVM *vm)` returning the new module.
#define AY_NATIVE_MODULES(X) \
    X("sys", sys) X("builtins", builtins) X("gc", gc) X("time", time) \
    X("_ay", ay) X("_weakref", weakref) X("atexit", atexit) X("_thread", thread) X("_collections", collections) X("_functools", functools) \
    X("itertools", itertools) X("operator", operator) \
    X("_heapq", heapq) X("_bisect", bisect) X("_random", random) \
    X("_traceback", traceback) \
    X("_asyncio", asyncio) X("_contextvars", contextvars) \
    X("math", math) X("cmath", cmath) X("ffi", ffi) X("_ast", ast) X("_dis", dis) \
    AY_SYSTEXT_MODULES(X)

// The system and text modules (stdlib/posix.c, time.c, io.c, re.c, json.c...).
#define AY_SYSTEXT_MODULES(X) \
    X("posix", posix) X("_io", io) X("_re", re) X("_json", json) \
    X("_struct", struct) X("binascii", binascii) X("zlib", zlib) \
    X("_hashlib", hashlib) X("errno", errno) X("_signal", signal) \
    X("select", select) X("_posixsubprocess", posixsubprocess) X("pwd", pwd) \
    X("grp", grp) X("resource", resource) X("fcntl", fcntl) X("unicodedata", unicodedata)

#define AY_DECLARE_MODINIT(name, fn) AyValue ayMod_##fn(AyVM *vm);
AY_NATIVE_MODULES(AY_DECLARE_MODINIT)
#undef AY_DECLARE_MODINIT

// Imports a module by absolute dotted name (as `import name` does, returning
// the module itself rather than the top-level package).
AyValue ayImport_module(AyVM *vm, const char *name);
// Runs source as a module with the given name (file path for __file__/tracebacks).
AyValue ayImport_exec_source(AyVM *vm, AyModule *m, const char *src, size_t len, const char *path);
// A new list of the names of the library modules compiled into libay (lib/*.py).
AyValue ayImport_frozen_names(AyVM *vm);

#endif
