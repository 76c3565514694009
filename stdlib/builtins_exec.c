// exec, eval, compile and __import__.
#include <string.h>

#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "native.h"
#include "stdmod.h"
#include "str.h"
#include "vm.h"

AyValue ayFrame_locals(AyVM *vm, AyFrame *f);
AyValue ayImport_name(AyVM *vm, AyStr *name, AyDict *globals, AyValue fromlist, int level);
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);

// The source text of exec/eval/compile's first argument.
static bool source_text(AyVM *vm, AyValue v, const char *fn, const char **s, int64_t *n) {
    if (ayV_is_str(vm, v)) {
        *s = AY_CSTR(v);
        *n = AY_STR(v)->size;
        return true;
    }
    if (ayBytes_view(vm, v, s, n)) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s() arg 1 must be a string, bytes or %s object", fn,
                 strcmp(fn, "compile") ? "code" : "AST");
    return false;
}

static bool setup_globals(AyVM *vm, const char *fn, AyValue *globals, AyValue *locals) {
    if (*globals == AY_NONE || !*globals) {
        if (!vm->frame) {
            ayErr_format(vm, AY_EXC(vm, SystemError), "%s(): no current frame", fn);
            return false;
        }
        *globals = ayV_from_obj(vm->frame->globals);
        if (!*locals || *locals == AY_NONE) *locals = ayFrame_locals(vm, vm->frame);
        if (!*locals) return false;
    } else if (!ayV_is_dict(vm, *globals)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() globals must be a dict, not %T", fn, *globals);
        return false;
    }
    if (!*locals || *locals == AY_NONE) *locals = *globals;
    AyDict *g = AY_AS(AyDict, *globals);
    if (!ayDict_get_str(vm, g, vm->s.__builtins__)) {
        AyValue b = ayDict_get_str(vm, vm->modules, ayStr_intern_c(vm, "builtins"));
        if (ayDict_set(vm, g, ayV_from_obj(vm->s.__builtins__), b ? b : ayV_from_obj(vm->builtins)) < 0) return false;
    }
    return true;
}

static AyValue run_code_or_source(AyVM *vm, const char *fn, AyValue src, AyValue globals, AyValue locals,
                                  AyParseMode mode) {
    if (!setup_globals(vm, fn, &globals, &locals)) return AY_NULL;
    AyCode *code;
    if (ayV_is_type(vm, src, vm->t_code)) {
        code = AY_AS(AyCode, src);
    } else {
        const char *s;
        int64_t n;
        if (!source_text(vm, src, fn, &s, &n)) return AY_NULL;
        // eval strips leading whitespace (spaces and tabs) like CPython
        if (mode == AY_PARSE_EVAL)
            while (n && (*s == ' ' || *s == '\t')) s++, n--;
        code = ayCompile_source(vm, s, (size_t)n, "<string>", (AyParseMode)(mode | AY_PARSE_STRING_INPUT), 0);
        if (!code) return AY_NULL;
    }
    ayGC_push_root(vm, ayV_from_obj(code));
    ayGC_push_root(vm, globals);
    ayGC_push_root(vm, locals);
    AyValue r = ayEval_code(vm, code, AY_AS(AyDict, globals), locals);
    ayGC_pop_roots(vm, 3);
    return r;
}

static AyValue b_exec(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "exec", args, nargs, kwnames, "source | globals locals", a)) return AY_NULL;
    AyValue r = run_code_or_source(vm, "exec", a[0], a[1] ? a[1] : AY_NONE, a[2] ? a[2] : AY_NONE, AY_PARSE_FILE);
    return r ? AY_NONE : AY_NULL;
}

static AyValue b_eval(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "eval", args, nargs, kwnames, "source | globals locals", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]) && !ayV_is_type(vm, a[0], vm->t_code) && !ayV_is_type(vm, a[0], vm->t_bytes))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "eval() arg 1 must be a string, bytes or code object");
    return run_code_or_source(vm, "eval", a[0], a[1] ? a[1] : AY_NONE, a[2] ? a[2] : AY_NONE, AY_PARSE_EVAL);
}

static AyValue b_compile(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[6];
    if (!ayArg_unpack(vm, "compile", args, nargs, kwnames, "source filename mode | flags dont_inherit optimize", a))
        return AY_NULL;
    if (ayV_is_type(vm, a[0], vm->t_code)) return a[0];
    if (!ayV_is_str(vm, a[1]) || !ayV_is_str(vm, a[2]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "compile() filename and mode must be str");
    int64_t flags = 0;
    if (a[3] && ayObj_as_ssize(vm, a[3], &flags) < 0) return AY_NULL;
    AyValue tree_result = ayAst_compile_hook(vm, a[0], a[1], a[2], flags);
    if (tree_result || ayErr_occurred(vm)) return tree_result;
    const char *s;
    int64_t n;
    if (!source_text(vm, a[0], "compile", &s, &n)) return AY_NULL;
    const char *mode = AY_CSTR(a[2]);
    AyParseMode pm;
    if (!strcmp(mode, "exec")) pm = AY_PARSE_FILE;
    else if (!strcmp(mode, "eval")) pm = AY_PARSE_EVAL;
    else if (!strcmp(mode, "single")) pm = AY_PARSE_SINGLE;
    else return ayErr_format(vm, AY_EXC(vm, ValueError), "compile() mode must be 'exec', 'eval' or 'single'");
    int cflags = (flags & AY_PYCF_ALLOW_TOP_LEVEL_AWAIT) ? AY_COMPILE_TOPLEVEL_AWAIT : 0;
    AyCode *code = ayCompile_source(vm, s, (size_t)n, AY_CSTR(a[1]), (AyParseMode)(pm | AY_PARSE_STRING_INPUT), cflags);
    return code ? ayV_from_obj(code) : AY_NULL;
}

static AyValue b_import(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[5];
    if (!ayArg_unpack(vm, "__import__", args, nargs, kwnames, "name | globals locals fromlist level", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "__import__() argument 1 must be str, not %T", a[0]);
    int64_t level = 0;
    if (a[4] && ayObj_as_ssize(vm, a[4], &level) < 0) return AY_NULL;
    AyDict *g = a[1] && ayV_is_dict(vm, a[1]) ? AY_AS(AyDict, a[1]) : vm->frame ? vm->frame->globals : vm->builtins;
    return ayImport_name(vm, AY_STR(a[0]), g, a[3] ? a[3] : AY_NONE, (int)level);
}

static const AyMethodDef exec_functions[] = {
    {"exec", b_exec, 0, NULL},
    {"eval", b_eval, 0, NULL},
    {"compile", b_compile, 0, NULL},
    {"__import__", b_import, 0, NULL},
    {NULL},
};

void ayBuiltinsExec_setup(AyVM *vm, AyDict *d) {
    ayNative_add_all(vm, d, exec_functions, AY_NULL);
}
