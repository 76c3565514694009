// Shared between the two halves of the itertools module.
#ifndef AY_ITERTOOLS_H
#define AY_ITERTOOLS_H

#include "module.h"
#include "stdtypes.h"

// "NAME expected N arguments, got M" checks of positional-only constructors.
bool ayIter_args(AyVM *vm, const char *name, int nargs, AyValue kwnames, int min, int max);
// A new iterator type "itertools.NAME" (added to module `m` unless NAME
// starts with '_'); the caller adds extra slots, then calls ayType_ready.
AyType *ayIter_new_type(AyVM *vm, AyModule *m, AyStdType slot, const char *tp_name, size_t size,
                        void (*trace)(AyVM *, AyObj *), AyValue (*tp_new)(AyVM *, AyType *, AyValue *, int, AyValue),
                        AyValue (*next)(AyVM *, AyValue));
// itertools.tee(iterable, n=2)
AyValue ayIter_tee(AyVM *vm, AyValue *args, int nargs, AyValue kwnames);
// Adds product, permutations, combinations, combinations_with_replacement,
// groupby and tee's types to the module.
void ayIter_setup_comb(AyVM *vm, AyModule *m);

#endif
