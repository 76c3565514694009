// The ffi module: shared libraries (ffi.open), C functions with declared
// signatures (Library.func) called through libffi, and callbacks from C into
// Ay functions (ffi.callback). Types and conversions are in ffi_types.c.
//
// Calls run on the VM's thread holding it (a C function that blocks blocks
// the VM); a callback must be called on that thread, while the object is
// alive.
#include <dlfcn.h>
#include <string.h>

#include "bytes.h"
#include "ffi_module.h"

// {==== libraries

typedef struct FfiLibrary {
    AyObj hdr;
    void *handle;      // NULL once closed
    AyValue name;      // str, or None for the program itself
} FfiLibrary;

static void library_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((FfiLibrary *)o)->name); }

static void library_finalize(AyVM *vm, AyObj *o) {
    FfiLibrary *l = (FfiLibrary *)o;
    if (l->handle) dlclose(l->handle);
    l->handle = NULL;
}

static AyValue library_repr(AyVM *vm, AyValue v) {
    FfiLibrary *l = AY_AS(FfiLibrary, v);
    if (l->name == AY_NONE) return ayStr_from_fmt(vm, "<ffi.Library (this program)%s>", l->handle ? "" : " closed");
    return ayStr_from_fmt(vm, "<ffi.Library %R%s>", l->name, l->handle ? "" : " closed");
}

// ffi.open(path=None): dlopen; None opens the program itself (libc and the
// libraries it links).
static AyValue f_open(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "open", args, nargs, kw, "| path", a)) return AY_NULL;
    AyValue path = a[0] ? a[0] : AY_NONE;
    if (path != AY_NONE) {
        path = ayStd_fspath(vm, path);
        if (!path) return AY_NULL;
        if (!ayV_is_str(vm, path))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "open() path must be str or None, not %T", path);
    }
    ayGC_push_root(vm, path);
    void *h = dlopen(path == AY_NONE ? NULL : AY_CSTR(path), RTLD_NOW | RTLD_LOCAL);
    AyValue r = AY_NULL;
    if (!h) {
        const char *e = dlerror();
        AyValue msg = ayStr_from_fmt(vm, "%s", e ? e : "cannot open the library");
        if (msg) ayErr_set_value(vm, AY_EXC(vm, OSError), msg);
    } else {
        FfiLibrary *l = AY_NEW(vm, FfiLibrary, AY_STD_TYPE(vm, ffi_Library));
        if (!l) dlclose(h);
        else {
            l->handle = h;
            l->name = path;
            r = ayV_from_obj(l);
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// The address of symbol `name` in the library, or NULL with AttributeError.
static void *find_symbol(AyVM *vm, FfiLibrary *l, AyValue name) {
    if (!ayV_is_str(vm, name)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "a symbol name is a str, not %T", name);
        return NULL;
    }
    if (!l->handle) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "the library is closed");
        return NULL;
    }
    dlerror();
    void *p = dlsym(l->handle, AY_CSTR(name));
    if (!p) {
        const char *e = dlerror();
        ayErr_format(vm, AY_EXC(vm, AttributeError), "%s", e ? e : "symbol not found");
    }
    return p;
}

// Library.symbol(name) -> its address
static AyValue library_symbol(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "symbol", nargs - 1, 1, 1) || !ayArg_no_kw(vm, "symbol", kw)) return AY_NULL;
    void *p = find_symbol(vm, AY_AS(FfiLibrary, args[0]), args[1]);
    return p ? ayInt_from_u64(vm, (uintptr_t)p) : AY_NULL;
}

// Library.close(): functions taken from it must not be called afterwards.
static AyValue library_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "close", nargs - 1, 0, 0)) return AY_NULL;
    library_finalize(vm, ayV_obj(args[0]));
    return AY_NONE;
}

// }====
// {==== functions

typedef struct FfiFunction {
    AyObj hdr;
    void *fn;
    FfiSignature sig;
    bool variadic;       // sig holds the fixed arguments; the others' types follow their values
    AyValue name;
    AyValue owner;       // keeps the code alive: its Library, or the Callback called back
} FfiFunction;

static void function_trace(AyVM *vm, AyObj *o) {
    FfiFunction *f = (FfiFunction *)o;
    ayGC_mark(vm, f->name);
    ayGC_mark(vm, f->owner);
    ayGC_mark(vm, f->sig.structs);
}

static void function_finalize(AyVM *vm, AyObj *o) { ffiSignature_free(vm, &((FfiFunction *)o)->sig); }

static AyValue function_repr(AyVM *vm, AyValue v) {
    return ayStr_from_fmt(vm, "<ffi function %S>", AY_AS(FfiFunction, v)->name);
}

static AyValue function_name_get(AyVM *vm, AyValue v) { return AY_AS(FfiFunction, v)->name; }

// A Function calling the code at `fn`; `sig` holds the unpacked
// (restype, argtypes or NULL, variadic or NULL) arguments.
static AyValue new_function(AyVM *vm, void *fn, AyValue name, AyValue owner, const AyValue sig[3]) {
    int variadic = sig[2] ? ayObj_truth(vm, sig[2]) : 0;
    if (variadic < 0) return AY_NULL;
    FfiFunction *f = AY_NEW(vm, FfiFunction, AY_STD_TYPE(vm, ffi_Function));
    if (!f) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(f));
    f->fn = fn;
    f->name = name;
    f->owner = owner;
    f->variadic = variadic;
    bool ok = ffiSignature_init(vm, &f->sig, sig[0], sig[1] ? sig[1] : ayV_from_obj(vm->empty_tuple));
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(f) : AY_NULL;
}

// Library.func(name, restype, argtypes=(), *, variadic=False)
static AyValue library_func(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "func", args + 1, nargs - 1, kw, "name restype | argtypes $ variadic", a)) return AY_NULL;
    void *p = find_symbol(vm, AY_AS(FfiLibrary, args[0]), a[0]);
    return p ? new_function(vm, p, a[0], args[0], a + 1) : AY_NULL;
}

// ffi.func(address, restype, argtypes=(), *, variadic=False): a function
// pointer from C (an int, as Library.symbol or a C function returns it) or a
// callback, made callable.
static AyValue f_func(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "func", args, nargs, kw, "address restype | argtypes $ variadic", a)) return AY_NULL;
    void *p = ffiCallback_address(vm, a[0]);
    if (!p && ayV_is_anyint(vm, a[0])) {
        static const FfiType pointer = {FFI_KIND_POINTER, &ffi_type_pointer, sizeof(void *), "pointer", NULL};
        if (!ffiValue_to_c(vm, &pointer, a[0], &p, "func() address")) return AY_NULL;
        if (!p) return ayErr_format(vm, AY_EXC(vm, ValueError), "func() address is NULL");
    } else if (!p) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "func() address must be an int or a callback, not %T", a[0]);
    }
    AyValue name = ayStr_from_fmt(vm, "%p", p);
    if (!name) return AY_NULL;
    ayGC_push_root(vm, name);
    AyValue r = new_function(vm, p, name, a[0], a + 1);
    ayGC_pop_roots(vm, 1);
    return r;
}

// The C type of a variadic argument, from its value (C's default promotions).
static bool variadic_type(AyVM *vm, AyValue v, FfiType *t, int argno) {
    const char *data, *name = NULL;
    int64_t n;
    if (ayV_is_float(v) || ayV_has_flag(vm, v, AY_TF_FLOAT_SUB)) name = "double";
    else if (ayV_is_anyint(vm, v)) name = "long";
    else if (ayV_is_str(vm, v) || v == AY_NONE || ayBytes_view(vm, v, &data, &n)) name = "char*";
    else if (ffiCallback_address(vm, v)) name = "pointer";
    if (!name) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "argument %d: no C type for a variadic %T", argno, v);
        return false;
    }
    return ffiType_from(vm, ayV_from_obj(ayStr_intern_c(vm, name)), t, false);
}

// Calls the C function: converts the arguments into one block of C memory
// (16-byte aligned cells, structs by their size), calls, converts the result.
static AyValue function_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    FfiFunction *f = AY_AS(FfiFunction, callee);
    const char *fname = AY_CSTR(f->name);
    if (!ayArg_no_kw(vm, fname, kwnames)) return AY_NULL;
    int fixed = f->sig.nargs;
    if (f->variadic ? nargs < fixed : nargs != fixed) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes %s%d argument%s (%d given)", fname,
                            f->variadic ? "at least " : "", fixed, fixed == 1 ? "" : "s", nargs);
    }
    if (nargs > 64) return ayErr_format(vm, AY_EXC(vm, TypeError), "%s(): too many arguments", fname);
    FfiType types[64];
    ffi_type *atypes[64];
    void *values[64];
    size_t offsets[65];
    offsets[0] = 0;
    for (int i = 0; i < nargs; i++) {
        if (i < fixed) types[i] = f->sig.args[i];
        else if (!variadic_type(vm, args[i], &types[i], i + 1)) return AY_NULL;
        atypes[i] = types[i].ffi;
        offsets[i + 1] = offsets[i] + ((types[i].size + 15) & ~(size_t)15);
    }
    size_t ret_size = f->sig.ret.size > sizeof(ffi_arg) ? f->sig.ret.size : sizeof(ffi_arg);
    size_t total = offsets[nargs] + ((ret_size + 15) & ~(size_t)15);
    char *block = ayMem_alloc(vm, total);
    if (!block) return AY_NULL;
    AyValue result = AY_NULL;
    for (int i = 0; i < nargs; i++) {
        char what[32];
        snprintf(what, sizeof what, "argument %d", i + 1);
        values[i] = block + offsets[i];
        if (!ffiValue_to_c(vm, &types[i], args[i], values[i], what)) goto done;
    }
    ffi_cif var_cif, *cif = &f->sig.cif;
    if (f->variadic) {
        if (ffi_prep_cif_var(&var_cif, FFI_DEFAULT_ABI, (unsigned)fixed, (unsigned)nargs, f->sig.ret.ffi, atypes) !=
            FFI_OK) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "libffi cannot call %s() with these arguments", fname);
            goto done;
        }
        cif = &var_cif;
    }
    void *ret = block + offsets[nargs];
    ffi_call(cif, FFI_FN(f->fn), ret, values);
    ffiValue_narrow(&f->sig.ret, ret);
    result = ffiValue_from_c(vm, &f->sig.ret, ret);
done:
    ayMem_free(vm, block, total);
    return result;
}

// }====
// {==== callbacks

typedef struct FfiCallback {
    AyObj hdr;
    AyVM *vm;
    FfiSignature sig;
    ffi_closure *closure;  // NULL if allocating it failed
    void *code;            // the address C calls
    AyValue func;
} FfiCallback;

static void callback_trace(AyVM *vm, AyObj *o) {
    FfiCallback *c = (FfiCallback *)o;
    ayGC_mark(vm, c->func);
    ayGC_mark(vm, c->sig.structs);
}

static void callback_finalize(AyVM *vm, AyObj *o) {
    FfiCallback *c = (FfiCallback *)o;
    if (c->closure) ffi_closure_free(c->closure);
    c->closure = NULL;
    ffiSignature_free(vm, &c->sig);
}

static AyValue callback_repr(AyVM *vm, AyValue v) {
    FfiCallback *c = AY_AS(FfiCallback, v);
    return ayStr_from_fmt(vm, "<ffi callback %R at %p>", c->func, c->code);
}

void *ffiCallback_address(AyVM *vm, AyValue v) {
    if (!ayV_is_type(vm, v, AY_STD_TYPE(vm, ffi_Callback))) return NULL;
    return AY_AS(FfiCallback, v)->code;
}

// What C calls: converts the arguments, calls the Ay function, converts its
// result. An exception cannot cross C frames: it is reported as unraisable
// and C gets zero.
static void callback_entry(ffi_cif *cif, void *ret, void **cargs, void *ud) {
    (void)cif;
    FfiCallback *c = ud;
    AyVM *vm = c->vm;
    int n = c->sig.nargs;
    AyValue r = AY_NULL;
    AyTuple *argv = ayTuple_new(vm, n);
    if (argv) {
        for (int i = 0; i < n; i++) argv->items[i] = AY_NONE;
        ayGC_push_root(vm, ayV_from_obj(argv));
        bool ok = true;
        for (int i = 0; ok && i < n; i++) {
            AyValue v = ffiValue_from_c(vm, &c->sig.args[i], cargs[i]);
            if (v) argv->items[i] = v;
            ok = v != AY_NULL;
        }
        if (ok) r = ayObj_call_ex(vm, c->func, ayV_from_obj(argv), AY_NULL);
        ayGC_pop_roots(vm, 1);
    }
    memset(ret, 0, c->sig.ret.size > sizeof(ffi_arg) ? c->sig.ret.size : sizeof(ffi_arg));
    if (r && c->sig.ret.kind != FFI_KIND_VOID) {
        ayGC_push_root(vm, r);
        if (ffiValue_to_c(vm, &c->sig.ret, r, ret, "callback result")) ffiValue_widen(&c->sig.ret, ret);
        ayGC_pop_roots(vm, 1);
    }
    if (ayErr_occurred(vm)) ayErr_write_unraisable_msg(vm, "in ffi callback", c->func);
}

// ffi.callback(func, restype, argtypes=()) -> a C function pointer calling func
static AyValue f_callback(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "callback", args, nargs, kw, "func restype | argtypes", a)) return AY_NULL;
    if (!ayV_type(vm, a[0])->call) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not callable", a[0]);
    FfiCallback *c = AY_NEW(vm, FfiCallback, AY_STD_TYPE(vm, ffi_Callback));
    if (!c) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(c));
    c->vm = vm;
    c->func = a[0];
    AyValue r = AY_NULL;
    if (ffiSignature_init(vm, &c->sig, a[1], a[2] ? a[2] : ayV_from_obj(vm->empty_tuple))) {
        c->closure = ffi_closure_alloc(sizeof(ffi_closure), &c->code);
        if (!c->closure) ayErr_nomemory(vm);
        else if (ffi_prep_closure_loc(c->closure, &c->sig.cif, callback_entry, c, c->code) != FFI_OK)
            ayErr_format(vm, AY_EXC(vm, ValueError), "libffi cannot make this callback");
        else r = ayV_from_obj(c);
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====
// {==== the module

static const AyMethodDef library_methods[] = {
    {"func", library_func, 0, "func(name, restype, argtypes=(), *, variadic=False) -> a callable C function"},
    {"symbol", library_symbol, 0, "symbol(name) -> its address"},
    {"close", library_close, 0, "close(): unload the library"},
    {NULL},
};

static const AyGetSetDef function_getsets[] = {
    {"__name__", function_name_get, NULL},
    {NULL},
};

static const AyMethodDef ffi_funcs[] = {
    {"open", f_open, 0, "open(path=None) -> a shared library (None: this program and the libraries it links)"},
    {"callback", f_callback, 0, "callback(func, restype, argtypes=()) -> a C function pointer that calls func"},
    {"func", f_func, 0, "func(address, restype, argtypes=(), *, variadic=False) -> a callable C function pointer"},
    {NULL},
};

AyValue ayMod_ffi(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "ffi", ffi_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *lt = ayStd_new_type(vm, AY_STD_ffi_Library, "ffi", "ffi.Library", vm->t_object, sizeof(FfiLibrary), 0);
    lt->trace = library_trace;
    lt->finalize = library_finalize;
    lt->repr = library_repr;
    ayType_add_methods(vm, lt, library_methods);
    ayType_ready(vm, lt);
    // Libraries, functions, callbacks and struct types are made only by the
    // module's functions: an empty one from object's allocator would crash
    lt->tp_new = NULL;
    ayModule_add(vm, m, "Library", ayV_from_obj(lt));
    AyType *ft = ayStd_new_type(vm, AY_STD_ffi_Function, "ffi", "ffi.Function", vm->t_object, sizeof(FfiFunction), 0);
    ft->trace = function_trace;
    ft->finalize = function_finalize;
    ft->repr = function_repr;
    ft->call = function_call;
    ayType_add_getsets(vm, ft, function_getsets);
    ayType_ready(vm, ft);
    ft->tp_new = NULL;
    AyType *ct = ayStd_new_type(vm, AY_STD_ffi_Callback, "ffi", "ffi.Callback", vm->t_object, sizeof(FfiCallback), 0);
    ct->trace = callback_trace;
    ct->finalize = callback_finalize;
    ct->repr = callback_repr;
    ayType_ready(vm, ct);
    ct->tp_new = NULL;
    ffiTypes_setup(vm, m);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}

// }====
