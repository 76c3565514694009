// Struct sequences: tuples with named fields and a name=value repr
// (sys.version_info, time.struct_time, os.stat_result...).
#ifndef AY_STRUCTSEQ_H
#define AY_STRUCTSEQ_H

#include "vm.h"

// A new struct-sequence type; `fields` is NULL-terminated. `qualname` is the
// printed name ("sys.version_info").
AyType *ayStructSeq_type(AyVM *vm, const char *qualname, const char *const *fields);
// The same where only the first `n_visible` fields are tuple items; the rest
// are attributes only (CPython's n_sequence_fields < n_fields, e.g.
// struct_time.tm_zone, stat_result.st_atime_ns).
AyType *ayStructSeq_type_ex(AyVM *vm, const char *qualname, const char *const *fields, int n_visible);
// An instance; `n` is the number of fields (visible and hidden).
AyValue ayStructSeq_make(AyVM *vm, AyType *t, const AyValue *values, int n);

#endif
