// _dis: Ay's bytecode as text for the dis module (lib/dis.py).
#include <stdio.h>
#include <stdlib.h>

#include "code.h"
#include "compile.h"
#include "opcodes.h"
#include "stdmod.h"

// disassemble(code): the listing ay --dis prints for a code object.
static AyValue dis_disassemble(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "disassemble", args, nargs, kw, "code", a)) return AY_NULL;
    if (!ayV_is_type(vm, a[0], vm->t_code))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "disassemble() needs a code object, not %s",
                            ayType_name(ayV_type(vm, a[0])));
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) return ayErr_format(vm, AY_EXC(vm, MemoryError), "out of memory");
    ayCode_disassemble(vm, AY_AS(AyCode, a[0]), out);
    fclose(out);
    AyStr *r = ayStr_new(vm, text ? text : "", len);
    free(text);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static const AyMethodDef dis_funcs[] = {
    {"disassemble", dis_disassemble, 0, "disassemble(code): the bytecode listing of a code object"},
    {NULL},
};

AyValue ayMod_dis(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_dis", dis_funcs);
    if (!m) return AY_NULL;
    AyList *names = ayList_new(vm, AY_OPCODE_COUNT);
    if (!names) return AY_NULL;
    AyValue list = ayV_from_obj(names);
    ayGC_push_root(vm, list);
    bool ok = true;
    for (int i = 0; ok && i < AY_OPCODE_COUNT; i++) {
        AyStr *name = ayStr_new_c(vm, ayOp_names[i]);
        ok = name && ayList_append(vm, names, ayV_from_obj(name));
    }
    ok = ok && ayModule_add(vm, m, "opname", list) >= 0;
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(m) : AY_NULL;
}
