// The setup functions each part of the runtime provides, run by ay_new in this
// order. AY_SETUP_LIST fills the C slots of builtin types (before slot
// inheritance); AY_LATE_SETUP_LIST runs once every type is ready.
#ifndef AY_SETUP_H
#define AY_SETUP_H

#include "vm.h"

#define AY_SETUP_LIST(X) \
    X(Type) X(Match) X(Str) X(Int) X(Float) X(Tuple) X(List) X(Dict) X(Set) X(Bytes) X(Range) \
    X(Slice) X(Misc) X(Func) X(Code) X(Module) X(Iter) X(Exc) X(Gen) X(Descr) X(Class) \
    X(Abstract) X(AsyncGen) X(FrameObj) X(Complex) X(Wrapper) X(Member) X(WeakRef) X(MemoryView) X(Union)

#define AY_LATE_SETUP_LIST(X) X(Builtins) X(FileIO) X(Sys) X(Import)

#define AY_DECLARE_SETUP(name) void ay##name##_setup(AyVM *vm);
AY_SETUP_LIST(AY_DECLARE_SETUP)
AY_LATE_SETUP_LIST(AY_DECLARE_SETUP)
#undef AY_DECLARE_SETUP

#endif
