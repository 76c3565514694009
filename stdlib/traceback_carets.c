// _traceback: lets the traceback module draw the caret lines under source
// lines exactly as the interpreter's own traceback printer does.
#include "code.h"
#include "module.h"
#include "native.h"
#include "str.h"

// carets(line, lineno, end_lineno, colno, end_colno) -> the caret line
// (newline included) or None; the columns are UTF-8 byte offsets, None when
// unknown.
static AyValue tb_carets(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "carets", kw) || !ayArg_count(vm, "carets", nargs, 5, 5)) return AY_NULL;
    if (!ayV_is_str(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "carets() argument 1 must be str, not %T", args[0]);
    int32_t f[4];
    for (int k = 0; k < 4; k++) {
        AyValue v = args[1 + k];
        if (v == AY_NONE) return AY_NONE;
        if (!ayV_is_int(v)) return ayErr_format(vm, AY_EXC(vm, TypeError), "carets() positions must be ints");
        f[k] = (int32_t)ayV_int(v);
    }
    AyPos pos = {f[0], f[1], f[2], f[3]};
    AyBuf b;
    ayBuf_init(&b, vm);
    ayTraceback_add_carets(&b, AY_CSTR(args[0]), pos, f[0]);
    if (b.len == 0) {
        ayBuf_free(&b);
        return AY_NONE;
    }
    return ayBuf_finish(&b);
}

static const AyMethodDef traceback_funcs[] = {
    {"carets", tb_carets, 0, NULL},
    {NULL},
};

AyValue ayMod_traceback(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_traceback", traceback_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
