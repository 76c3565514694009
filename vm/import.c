// The import system: sys.modules, built-in C modules, the search path for
// .ay/.py files and packages, frozen library modules, relative imports, and
// the IMPORT_NAME / IMPORT_FROM / import * operations.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "str.h"
#include "vm.h"

// Frozen library sources (generated from lib/*.py at build time).
typedef struct AyFrozen {
    const char *name;
    const char *source;
    size_t size;
    int is_package;
} AyFrozen;
extern const AyFrozen ay_frozen_modules[];

// {==== helpers

static AyValue sys_path(AyVM *vm) {
    if (!vm->sys) return AY_NULL;
    AyValue p = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "path");
    return p && ayV_is_list(vm, p) ? p : AY_NULL;
}

static bool file_exists(const char *path, bool dir) {
    struct stat st;
    if (stat(path, &st) != 0) return false;
    return dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

static char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n < 0) {
        fclose(f);
        return NULL;
    }
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

static AyValue module_not_found(AyVM *vm, const char *name) {
    AyValue msg = ayStr_from_fmt(vm, "No module named '%s'", name);
    if (!msg) return AY_NULL;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, ModuleNotFoundError), &msg, 1);
    if (!exc) return AY_NULL;
    AyStr *n = ayStr_new_c(vm, name);
    if (n) ayObj_generic_setattr(vm, exc, vm->s.name, ayV_from_obj(n));
    return ayErr_set(vm, exc);
}

// }====
// {==== loading

AyValue ayImport_exec_source(AyVM *vm, AyModule *m, const char *src, size_t len, const char *path) {
    ayGC_push_root(vm, ayV_from_obj(m));
    AyCode *code = ayCompile_source(vm, src, len, path, AY_PARSE_FILE, 0);
    AyValue r = AY_NULL;
    if (code) {
        ayGC_push_root(vm, ayV_from_obj(code));
        r = ayEval_code(vm, code, m->dict, AY_NULL);
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r ? ayV_from_obj(m) : AY_NULL;
}

// Creates the module, registers it in sys.modules, runs it; on failure it is
// removed again (as CPython does).
static AyValue load_source(AyVM *vm, const char *name, const char *src, size_t len, const char *path,
                           const char *pkgdir, bool is_package) {
    AyModule *m = ayModule_new(vm, name);
    if (!m) return AY_NULL;
    if (!path) m->origin = AY_MODULE_FROZEN;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyValue mv = ayV_from_obj(m);
    bool ok = true;
    if (path) {
        AyStr *f = ayStr_new_c(vm, path);
        ok = f && ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__file__), ayV_from_obj(f)) == 0;
    }
    // __package__: the package itself, or the parent of a plain module
    const char *dot = strrchr(name, '.');
    AyStr *pkg = is_package ? ayStr_new_c(vm, name) : ayStr_new(vm, name, dot ? (size_t)(dot - name) : 0);
    ok = ok && pkg && ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__package__), ayV_from_obj(pkg)) == 0;
    if (ok && is_package) {
        AyStr *d = ayStr_new_c(vm, pkgdir ? pkgdir : "");
        AyValue l = d ? ayList_from_items(vm, (AyValue[]){ayV_from_obj(d)}, pkgdir ? 1 : 0) : AY_NULL;
        ok = l && ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__path__), l) == 0;
    }
    ok = ok && ayDict_set(vm, m->dict, ayV_from_obj(vm->s.__builtins__), ayDict_get_cstr(vm, vm->builtins, "__builtins_module__") ? ayDict_get_cstr(vm, vm->builtins, "__builtins_module__") : ayV_from_obj(vm->builtins)) == 0;
    ok = ok && ayDict_set(vm, vm->modules, ayV_from_obj(m->name), mv) == 0;
    // a frozen module's code is named as CPython names its frozen modules
    char frozen_name[256];
    if (!path) snprintf(frozen_name, sizeof frozen_name, "<frozen %s>", name);
    m->initializing = 1;
    AyValue r = ok ? ayImport_exec_source(vm, m, src, len, path ? path : frozen_name) : AY_NULL;
    m->initializing = 0;
    if (!r) {
        AyValue exc = ayErr_fetch(vm);
        ayDict_del(vm, vm->modules, ayV_from_obj(m->name));
        ayErr_clear(vm);
        vm->exc = exc;
        ayGC_pop_roots(vm, 1);
        return AY_NULL;
    }
    ayGC_pop_roots(vm, 1);
    // the module may have replaced itself in sys.modules
    AyValue final = ayDict_get_str(vm, vm->modules, m->name);
    return final ? final : mv;
}

static AyValue load_file(AyVM *vm, const char *name, const char *path, const char *pkgdir, bool is_package) {
    size_t len;
    char *src = read_whole(path, &len);
    if (!src) return ayErr_format(vm, AY_EXC(vm, ImportError), "cannot read '%s'", path);
    AyValue r = load_source(vm, name, src, len, path, pkgdir, is_package);
    free(src);
    return r;
}

// Searches the directories of `path_list` for module `last` (the final name
// component); returns NULL without error when not found.
static AyValue find_in_path(AyVM *vm, const char *fullname, const char *last, AyValue path_list, bool *found) {
    *found = false;
    AyValue *dirs;
    int64_t n;
    if (!path_list || !ayV_is_list(vm, path_list)) return AY_NULL;
    dirs = AY_AS(AyList, path_list)->items;
    n = AY_AS(AyList, path_list)->len;
    static const char *const exts[] = {".ay", ".py"};
    char buf[4096 - 64];
    char absdir[4096 - 128];
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_str(vm, dirs[i])) continue;
        const char *dir = AY_CSTR(dirs[i]);
        // a relative entry is taken from the current directory, and modules
        // found there get absolute __file__ and __path__, as in CPython
        if (dir[0] != '/') {
            char cwd[2048];
            if (!getcwd(cwd, sizeof cwd)) continue;
            snprintf(absdir, sizeof absdir, "%s%s%s", cwd, dir[0] ? "/" : "", dir);
            dir = absdir;
        }
        const char *sep = dir[0] ? "/" : "";
        // package: dir/last/__init__.{ay,py}
        snprintf(buf, sizeof buf, "%s%s%s", dir, sep, last);
        if (file_exists(buf, true)) {
            for (int e = 0; e < 2; e++) {
                char init[4096];
                snprintf(init, sizeof init, "%s/__init__%s", buf, exts[e]);
                if (file_exists(init, false)) {
                    *found = true;
                    return load_file(vm, fullname, init, buf, true);
                }
            }
        }
        for (int e = 0; e < 2; e++) {
            snprintf(buf, sizeof buf, "%s%s%s%s", dir, sep, last, exts[e]);
            if (file_exists(buf, false)) {
                *found = true;
                return load_file(vm, fullname, buf, NULL, false);
            }
        }
    }
    return AY_NULL;
}

static const AyFrozen *find_frozen(const char *name) {
    for (const AyFrozen *f = ay_frozen_modules; f->name; f++)
        if (strcmp(f->name, name) == 0) return f;
    return NULL;
}

AyValue ayImport_frozen_names(AyVM *vm) {
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    for (const AyFrozen *f = ay_frozen_modules; f->name; f++) {
        AyStr *s = ayStr_new_c(vm, f->name);
        if (!s || !ayList_append(vm, l, ayV_from_obj(s))) return AY_NULL;
    }
    return ayV_from_obj(l);
}

// Loads one module whose parent (if any) is already imported.
static AyValue load_one(AyVM *vm, const char *fullname, AyValue parent) {
    AyStr *key = ayStr_new_c(vm, fullname);
    if (!key) return AY_NULL;
    AyValue m = ayDict_get_str(vm, vm->modules, key);
    if (m) return m;
    const char *dot = strrchr(fullname, '.');
    const char *last = dot ? dot + 1 : fullname;
    if (!parent) {
        // C modules
#define TRY_NATIVE(pyname, fn) \
        if (strcmp(fullname, pyname) == 0) { \
            AyValue nm = ayMod_##fn(vm); \
            if (!nm) return AY_NULL; \
            if (ayDict_set(vm, vm->modules, ayV_from_obj(key), nm) < 0) return AY_NULL; \
            return nm; \
        }
        AY_NATIVE_MODULES(TRY_NATIVE)
#undef TRY_NATIVE
    }
    bool found;
    AyValue search = parent ? ayObj_getattr_opt(vm, parent, vm->s.__path__) : sys_path(vm);
    if (ayErr_occurred(vm)) return AY_NULL;
    if (search) {
        ayGC_push_root(vm, search);
        AyValue r = find_in_path(vm, fullname, last, search, &found);
        ayGC_pop_roots(vm, 1);
        if (found) return r;
    }
    const AyFrozen *fz = find_frozen(fullname);
    if (fz) {
        return load_source(vm, fullname, fz->source, fz->size, NULL, NULL, fz->is_package);
    }
    if (parent && !search) {
        AyStr *pname = ayStr_new(vm, fullname, (size_t)(last - 1 - fullname));
        AyValue msg = pname ? ayStr_from_fmt(vm, "No module named '%s'; '%U' is not a package", fullname, pname) : AY_NULL;
        if (!msg) return AY_NULL;
        AyValue exc = ayExc_new(vm, AY_EXC(vm, ModuleNotFoundError), &msg, 1);
        if (!exc) return AY_NULL;
        ayObj_generic_setattr(vm, exc, vm->s.name, ayV_from_obj(key));
        return ayErr_set(vm, exc);
    }
    return module_not_found(vm, fullname);
}

// Imports every prefix of a dotted name; returns the innermost module.
AyValue ayImport_module(AyVM *vm, const char *name) {
    char buf[1024];
    size_t n = strlen(name);
    if (n >= sizeof buf) return module_not_found(vm, name);
    AyValue parent = AY_NULL;
    for (size_t i = 0; i <= n; i++) {
        if (name[i] != '.' && name[i] != 0) continue;
        memcpy(buf, name, i);
        buf[i] = 0;
        if (parent) ayGC_push_root(vm, parent);
        AyValue m = load_one(vm, buf, parent);
        if (parent) ayGC_pop_roots(vm, 1);
        if (!m) return AY_NULL;
        // bind the submodule on its parent package
        if (parent) {
            AyStr *attr = ayStr_intern_c(vm, buf + (strrchr(buf, '.') - buf) + 1);
            if (attr) ayObj_setattr(vm, parent, attr, m);
            ayErr_clear(vm);
        }
        parent = m;
    }
    return parent;
}

// }====
// {==== the import statement

// The absolute name for a relative import of `name` at `level` from a module
// whose globals are `globals`.
static AyValue resolve_name(AyVM *vm, AyStr *name, AyDict *globals, int level) {
    if (level == 0) return ayV_from_obj(name);
    AyValue pkg = ayDict_get_str(vm, globals, vm->s.__package__);
    if (!pkg || pkg == AY_NONE) {
        AyValue modname = ayDict_get_str(vm, globals, vm->s.__name__);
        if (!modname || !ayV_is_str(vm, modname))
            return ayErr_format(vm, AY_EXC(vm, ImportError), "attempted relative import with no known parent package");
        if (ayDict_get_str(vm, globals, vm->s.__path__)) pkg = modname;
        else {
            const char *s = AY_CSTR(modname), *dot = strrchr(s, '.');
            AyStr *p = ayStr_new(vm, s, dot ? (size_t)(dot - s) : 0);
            if (!p) return AY_NULL;
            pkg = ayV_from_obj(p);
        }
    }
    if (!ayV_is_str(vm, pkg)) return ayErr_format(vm, AY_EXC(vm, TypeError), "package must be a string");
    if (AY_STR(pkg)->size == 0)
        return ayErr_format(vm, AY_EXC(vm, ImportError), "attempted relative import with no known parent package");
    const char *base = AY_CSTR(pkg);
    size_t blen = (size_t)AY_STR(pkg)->size;
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = blen; k > 0; k--)
            if (base[k - 1] == '.') {
                dot = base + k - 1;
                break;
            }
        if (!dot) return ayErr_format(vm, AY_EXC(vm, ImportError), "attempted relative import beyond top-level package");
        blen = (size_t)(dot - base);
    }
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_add(&b, base, blen);
    if (name->size) {
        ayBuf_addc(&b, '.');
        ayBuf_add(&b, name->data, (size_t)name->size);
    }
    return ayBuf_finish(&b);
}

AyValue ayImport_name(AyVM *vm, AyStr *name, AyDict *globals, AyValue fromlist, int level) {
    // a user-installed builtins.__import__ takes over
    AyValue hook = ayDict_get_str(vm, vm->builtins, vm->s.__import__);
    if (hook && !ayV_is_type(vm, hook, vm->t_builtin_function)) {
        AyValue args[5] = {ayV_from_obj(name), ayV_from_obj(globals), AY_NONE, fromlist, ayV_small(level)};
        return ayObj_call(vm, hook, args, 5, AY_NULL);
    }
    if (level == 0 && name->size == 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "Empty module name");
    AyValue full = resolve_name(vm, name, globals, level);
    if (!full) return AY_NULL;
    ayGC_push_root(vm, full);
    AyValue m = ayImport_module(vm, AY_CSTR(full));
    ayGC_pop_roots(vm, 1);
    if (!m) return AY_NULL;
    bool has_fromlist = fromlist && fromlist != AY_NONE && ayObj_truth(vm, fromlist) > 0;
    if (has_fromlist || level > 0) {
        // from-imports of a package also import submodules named in the list
        if (has_fromlist && ayV_is_tuple(vm, fromlist) && ayObj_getattr_opt(vm, m, vm->s.__path__)) {
            AyTuple *fl = AY_AS(AyTuple, fromlist);
            for (int64_t i = 0; i < fl->len; i++) {
                AyValue item = fl->items[i];
                if (!ayV_is_str(vm, item) || AY_CSTR(item)[0] == '*') continue;
                if (ayObj_getattr_opt(vm, m, AY_STR(item))) continue;
                ayErr_clear(vm);
                AyValue sub = ayStr_from_fmt(vm, "%S.%S", full, item);
                if (!sub) return AY_NULL;
                ayGC_push_root(vm, m);
                AyValue r = ayImport_module(vm, AY_CSTR(sub));
                ayGC_pop_roots(vm, 1);
                if (!r) {
                    // only a missing submodule is tolerated (IMPORT_FROM reports it)
                    if (!ayErr_matches(vm, AY_EXC(vm, ModuleNotFoundError))) return AY_NULL;
                    ayErr_clear(vm);
                }
            }
        }
        ayErr_clear(vm);
        return m;
    }
    // `import a.b.c` binds the top-level package a
    const char *s = AY_CSTR(full), *dot = strchr(s, '.');
    if (!dot) return m;
    AyStr *top = ayStr_new(vm, s, (size_t)(dot - s));
    if (!top) return AY_NULL;
    AyValue t = ayDict_get_str(vm, vm->modules, top);
    return t ? t : m;
}

AyValue ayImport_from(AyVM *vm, AyValue module, AyStr *name) {
    AyValue v = ayObj_getattr_opt(vm, module, name);
    if (v || ayErr_occurred(vm)) return v;
    // maybe a submodule not yet imported
    AyValue pkgname = ayObj_getattr_opt(vm, module, vm->s.__name__);
    ayErr_clear(vm);
    if (pkgname && ayV_is_str(vm, pkgname)) {
        AyValue full = ayStr_from_fmt(vm, "%S.%U", pkgname, name);
        if (!full) return AY_NULL;
        AyValue m = ayDict_get_str(vm, vm->modules, AY_STR(full));
        if (m) return m;
    }
    AyValue file = ayObj_getattr_opt(vm, module, vm->s.__file__);
    ayErr_clear(vm);
    AyValue msg;
    bool partial = ayV_is_type(vm, module, vm->t_module) && AY_AS(AyModule, module)->initializing;
    const char *whose = partial ? "partially initialized module " : "";
    const char *why = partial ? " (most likely due to a circular import)" : "";
    if (pkgname && file && ayV_is_str(vm, file))
        msg = ayStr_from_fmt(vm, "cannot import name '%U' from %s'%S'%s (%S)", name, whose, pkgname, why, file);
    else if (pkgname)
        msg = ayStr_from_fmt(vm, "cannot import name '%U' from %s'%S'%s (unknown location)", name, whose, pkgname, why);
    else
        msg = ayStr_from_fmt(vm, "cannot import name '%U'", name);
    if (!msg) return AY_NULL;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, ImportError), &msg, 1);
    if (!exc) return AY_NULL;
    if (pkgname) ayObj_generic_setattr(vm, exc, vm->s.name, pkgname);
    if (file && ayV_is_str(vm, file)) ayObj_generic_setattr(vm, exc, vm->s.path, file);
    // the missing name, for the "Did you mean" hint
    AyStr *name_from = ayStr_intern_c(vm, "name_from");
    if (name_from) ayObj_generic_setattr(vm, exc, name_from, ayV_from_obj(name));
    return ayErr_set(vm, exc);
}

int ayImport_star(AyVM *vm, AyValue module, AyFrame *frame) {
    AyValue locals = frame->locals;
    if (!locals) {
        ayErr_format(vm, AY_EXC(vm, SystemError), "no locals found during 'import *'");
        return -1;
    }
    AyValue all = ayObj_getattr_opt(vm, module, vm->s.__all__);
    if (ayErr_occurred(vm)) return -1;
    AyValue names;
    bool skip_private = false;
    if (all) {
        names = all;
    } else {
        AyValue d = ayObj_getattr(vm, module, vm->s.__dict__);
        if (!d) return -1;
        names = ayObj_to_list(vm, d);
        if (!names) return -1;
        skip_private = true;
    }
    ayGC_push_root(vm, names);
    AyValue it = ayObj_iter(vm, names);
    int r = 0;
    if (!it) r = -1;
    else {
        ayGC_push_root(vm, it);
        for (AyValue n; (n = ayObj_next(vm, it));) {
            if (!ayV_is_str(vm, n)) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "Item in %s.__all__ must be str, not %T", "module", n);
                r = -1;
                break;
            }
            if (skip_private && AY_CSTR(n)[0] == '_') continue;
            AyValue v = ayObj_getattr(vm, module, AY_STR(n));
            if (!v || ayObj_setitem(vm, locals, n, v) < 0) {
                r = -1;
                break;
            }
        }
        if (ayErr_occurred(vm)) r = -1;
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

// }====

void ayImport_setup(AyVM *vm) {
    vm->modules = vm->modules ? vm->modules : ayDict_new(vm);
}

// `ay -m name`: find the module's source and run it as __main__.
AyValue ayImport_run_main(AyVM *vm, const char *name) {
    AyValue path = sys_path(vm);
    AyValue *dirs = path ? AY_AS(AyList, path)->items : NULL;
    int64_t n = path ? AY_AS(AyList, path)->len : 0;
    char buf[4096];
    static const char *const exts[] = {".ay", ".py"};
    char rel[1024];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *p = rel; *p; p++)
        if (*p == '.') *p = '/';
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_str(vm, dirs[i])) continue;
        const char *dir = AY_CSTR(dirs[i]);
        for (int e = 0; e < 2; e++) {
            snprintf(buf, sizeof buf, "%s%s%s%s", dir, dir[0] ? "/" : "", rel, exts[e]);
            if (file_exists(buf, false)) {
                size_t len;
                char *src = read_whole(buf, &len);
                if (!src) return ayErr_format(vm, AY_EXC(vm, ImportError), "cannot read '%s'", buf);
                AyValue r = load_source(vm, "__main__", src, len, buf, NULL, false);
                free(src);
                return r;
            }
        }
    }
    const AyFrozen *fz = find_frozen(name);
    if (fz) return load_source(vm, "__main__", fz->source, fz->size, NULL, NULL, false);
    return ayErr_format(vm, AY_EXC(vm, ModuleNotFoundError), "No module named %s", name);
}
