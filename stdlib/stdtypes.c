// Creation of the types of native stdlib modules (see stdtypes.h).
#include <string.h>

#include "stdtypes.h"
#include "str.h"

AyType *ayStd_new_type(AyVM *vm, AyStdType slot, const char *module, const char *tp_name, AyType *base,
                       size_t basic_size, uint32_t flags) {
    const char *dot = strrchr(tp_name, '.');
    AyType *t = ayType_new_builtin(vm, dot ? dot + 1 : tp_name, base, basic_size, flags);
    t->c_name = tp_name;
    if (module) t->module = ayV_from_obj(ayStr_intern_c(vm, module));
    vm->std_types[slot] = t;
    return t;
}

AyValue ayStd_iter_self(AyVM *vm, AyValue v) { return v; }
