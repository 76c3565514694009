// PEP 695 at run time: the intrinsics `def f[T]`, `class C[T]` and
// `type X = ...` compile to. The objects are typing's (TypeVar, Generic[...],
// TypeAliasType); lib/_typing_pep695.py makes them and this is the bridge.
#include "code.h"
#include "containers.h"
#include "interp.h"
#include "opcodes.h"
#include "str.h"
#include "vm.h"

AyValue ayImport_module(AyVM *vm, const char *name);  // vm/import.c

// The maker in _typing_pep695 of each intrinsic, by AyIntrinsic.
static const char *maker_name(int which) {
    switch (which) {
    case AY_INTRINSIC_SUBSCRIPT_GENERIC: return "generic_base";
    case AY_INTRINSIC_TYPEVAR: return "typevar";
    case AY_INTRINSIC_TYPEVAR_WITH_BOUND: return "typevar_with_bound";
    case AY_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: return "typevar_with_constraints";
    case AY_INTRINSIC_PARAMSPEC: return "paramspec";
    case AY_INTRINSIC_TYPEVARTUPLE: return "typevartuple";
    default: return "type_alias";
    }
}

// `v` is the one argument, or for the intrinsics that take several, their
// tuple; a type alias also gets the name of the module defining it.
AyValue ayTypeParams_intrinsic(AyVM *vm, int which, AyValue v, AyFrame *frame) {
    AyValue module = ayImport_module(vm, "_typing_pep695");
    if (!module) return AY_NULL;
    AyStr *name = ayStr_intern_c(vm, maker_name(which));
    AyValue maker = name ? ayObj_getattr(vm, module, name) : AY_NULL;
    if (!maker) return AY_NULL;
    bool spread = which == AY_INTRINSIC_TYPEVAR_WITH_BOUND || which == AY_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS ||
                  which == AY_INTRINSIC_TYPEALIAS;
    if (!spread) return ayObj_call(vm, maker, &v, 1, AY_NULL);
    AyTuple *t = AY_AS(AyTuple, v);
    AyValue args[4];
    int n = 0;
    for (; n < t->len && n < 3; n++) args[n] = t->items[n];
    if (which == AY_INTRINSIC_TYPEALIAS) {
        AyValue modname = ayDict_get_cstr(vm, frame->globals, "__name__");
        args[n++] = modname ? modname : AY_NONE;
    }
    return ayObj_call(vm, maker, args, n, AY_NULL);
}
