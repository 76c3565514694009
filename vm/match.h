// The runtime side of the match statement (PEP 634): what the MATCH_CLASS,
// MATCH_KEYS, MATCH_SEQUENCE and MATCH_MAPPING instructions do.
#ifndef AY_MATCH_H
#define AY_MATCH_H

#include "vm.h"

// Whether `subject` matches sequence patterns (list, tuple, range,
// memoryview, deque, their subclasses, collections.abc.Sequence classes; never
// str, bytes or bytearray): 1 / 0, -1 on error.
int ayMatch_is_sequence(AyVM *vm, AyValue subject);
// Whether `subject` matches mapping patterns (dict, mappingproxy, subclasses,
// collections.abc.Mapping classes): 1 / 0, -1 on error.
int ayMatch_is_mapping(AyVM *vm, AyValue subject);
// The values of the tuple `keys` in the mapping `subject` as a tuple, None if
// one is missing, AY_NULL on error.
AyValue ayMatch_keys(AyVM *vm, AyValue subject, AyValue keys);
// For `cls(p1, ..., pN, k1=..., ...)`: the N positional attributes (through
// __match_args__) and the keyword attributes named by the tuple `kwnames`, as
// a tuple; None if `subject` is no instance of `cls` or lacks an attribute;
// AY_NULL on error.
AyValue ayMatch_class(AyVM *vm, AyValue subject, AyValue cls, int nargs, AyValue kwnames);

#endif
