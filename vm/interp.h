// The interpreter's entry points.
#ifndef AY_INTERP_H
#define AY_INTERP_H

#include "code.h"
#include "vm.h"

// Calls a Python function from C. `locals` (a mapping or AY_NULL) becomes the
// frame's namespace for LOAD_NAME (class bodies).
AyValue ayEval_call_function(AyVM *vm, AyFunction *f, AyValue *args, int nargs, AyValue kwnames, AyValue locals);
// Runs a module-level code object with the given globals/locals.
AyValue ayEval_code(AyVM *vm, AyCode *code, AyDict *globals, AyValue locals);
// Runs a frame already set up on the stack (or inside a generator) until it
// returns or (for generator frames) yields.
AyValue ayEval_frame(AyVM *vm, AyFrame *frame);
// Checks interrupts and runs a pending collection (a safepoint outside the
// interpreter loop); returns false if an exception was raised.
bool ayEval_safepoint(AyVM *vm);
AyFunction *ayFunc_new(AyVM *vm, AyCode *code, AyDict *globals);
AyCell *ayCell_new(AyVM *vm, AyValue v);
bool ayFunc_bind(AyVM *vm, AyFunction *f, AyValue *locals, AyValue *args, int nargs, AyValue kwnames);
void ayGC_mark_frame(AyVM *vm, AyFrame *f);

#endif
