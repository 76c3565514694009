// Helpers shared by the sequence types (tuple, list, range, str, bytes).
#ifndef AY_SEQ_H
#define AY_SEQ_H

#include "vm.h"

// Guards repr of self-containing containers: returns 0 when `v` is not being
// repr'd already (and records it), 1 when it is, -1 on error.
int aySeq_repr_enter(AyVM *vm, AyValue v);
void aySeq_repr_leave(AyVM *vm, AyValue v);
// Lexicographic comparison of two item arrays.
AyValue aySeq_richcmp(AyVM *vm, const AyValue *a, int64_t na, const AyValue *b, int64_t nb, AyCmp op);
// Parses the optional start/stop arguments of index()/count() into a clamped range.
bool aySeq_range_args(AyVM *vm, AyValue *args, int nargs, int64_t len, int64_t *start, int64_t *stop);
// An index-based iterator over a tuple or list (`type` is its iterator type).
AyValue aySeqIter_new(AyVM *vm, AyType *type, AyValue seq);

#endif
