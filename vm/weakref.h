// Weak references (vm/weakref.c); the collector clears them (vm/gc.c).
#ifndef AY_WEAKREF_H
#define AY_WEAKREF_H

#include "vm.h"

typedef struct AyWeakRef {
    AyObj hdr;
    AyObj *referent;          // not traced; NULL once the referent died
    AyValue callback;         // called with the weakref when the referent dies, or AY_NULL
    int64_t hash;             // -1 until computed (kept after the referent dies)
    struct AyWeakRef *next;   // vm->weakrefs list
} AyWeakRef;

// Types whose instances are weak references (ref and its subclasses, proxies).
bool ayWeakRef_check(AyVM *vm, AyValue v);
// A live weak reference to obj (what obj.__weakref__ shows), or AY_NULL.
AyValue ayWeakRef_first(AyVM *vm, AyValue obj);

#endif
