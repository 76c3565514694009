// Struct sequences: tuples with named fields and a name=value repr
// (sys.version_info, time.struct_time, os.stat_result...).
#ifndef AY_STRUCTSEQ_H
#define AY_STRUCTSEQ_H

#include "vm.h"

// A new struct-sequence type; `fields` is NULL-terminated. `qualname` is the
// printed name ("sys.version_info").
AyType *ayStructSeq_type(AyVM *vm, const char *qualname, const char *const *fields);
AyValue ayStructSeq_make(AyVM *vm, AyType *t, const AyValue *values, int n);

#endif
