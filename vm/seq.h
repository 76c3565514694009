// Helpers shared by the container types (tuple, list, dict, set, range...):
// repr recursion guard, lexicographic comparison, argument checks with
// CPython's wording, and types.GenericAlias (list[int]).
#ifndef AY_SEQ_H
#define AY_SEQ_H

#include "vm.h"

// Guards repr of self-containing containers: returns 0 when `v` is not being
// repr'd already (and records it), 1 when it is, -1 on error.
int aySeq_repr_enter(AyVM *vm, AyValue v);
void aySeq_repr_leave(AyVM *vm, AyValue v);
// Lexicographic comparison of two item arrays. The arrays may belong to lists
// that user __eq__ mutates: pass the owning objects so lengths are re-read.
AyValue aySeq_richcmp(AyVM *vm, const AyValue *a, int64_t na, const AyValue *b, int64_t nb, AyCmp op);
AyValue aySeq_list_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op);
// Parses the optional start/stop arguments of index()/count() into a clamped range.
bool aySeq_range_args(AyVM *vm, AyValue *args, int nargs, int64_t len, int64_t *start, int64_t *stop);
// An index-based iterator over a tuple or list (`type` is its iterator type).
AyValue aySeqIter_new(AyVM *vm, AyType *type, AyValue seq);

// Checks the arguments of a builtin method (self excluded from nargs) with
// CPython's messages: `qualname` is "list.append"; min == max == 0 or 1 give
// "list.copy() takes no arguments (1 given)" / "takes exactly one argument",
// other ranges "insert expected 2 arguments, got 1". Keywords are refused.
bool aySeq_args(AyVM *vm, const char *qualname, int nargs, AyValue kwnames, int min, int max);

// Obsolete: ayType_ready now gives every builtin type wrappers for the slots
// it defines (vm/slotwrap.c). Kept, doing nothing, for existing callers.

// list[int] and friends: a types.GenericAlias.
AyValue ayGenericAlias_new(AyVM *vm, AyValue origin, AyValue args);
// A __class_getitem__ classmethod body: args[0] is the class, args[1] the item.
AyValue ayGenericAlias_class_getitem(AyVM *vm, AyValue *args, int nargs, AyValue kwnames);
void ayGenericAlias_setup(AyVM *vm);

#endif
