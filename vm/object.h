// Heap objects: the common header, type objects with their C slots, and the
// layouts of the core types. Internal to libay.
//
// GC invariant: every field of type AyValue / AyObj* in these structs is traced
// by its type's `trace` slot; C memory hanging off an object (list items, dict
// tables) is released by its `finalize` slot.
#ifndef AY_OBJECT_H
#define AY_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct AyVM AyVM;
typedef struct AyType AyType;
typedef struct AyStr AyStr;
typedef struct AyDict AyDict;
typedef struct AyTuple AyTuple;

// Every heap object starts with this header. `gc` packs the next object in the
// VM's all-objects list (low 48 bits) with GC flag bits (high 16 bits).
struct AyObj {
    AyType *type;
    uint64_t gc;
};

#define AY_GC_PTR_MASK  (((uint64_t)1 << 48) - 1)
#define AY_GC_MARK      ((uint64_t)1 << 48)
#define AY_GC_FINALIZED ((uint64_t)1 << 49)  // __del__ already ran
#define AY_GC_TYPE      ((uint64_t)1 << 50)  // a type object (swept after everything else)
#define AY_GC_HASDEL    ((uint64_t)1 << 51)  // its type had a `del` finalizer when it was made
// Small objects live in size-class pages (vm/gc.c): bits 56..63 hold the
// class + 1, and the low bits are unused. 0 there means a large object, kept
// on the vm->objects list through the low 48 bits.
#define AY_GC_CLASS_SHIFT 56

// ---------------------------------------------------------------------------
// Type objects

// Native function convention (vectorcall): `args[0..nargs)` are the positional
// arguments (for methods args[0] is self); when `kwnames` is a tuple of str,
// its values follow at args[nargs..nargs+len(kwnames)). `args` lives on the VM
// stack, so it is rooted. Returns the result, or AY_NULL with an exception set.
typedef AyValue (*AyNativeFn)(AyVM *vm, AyValue *args, int nargs, AyValue kwnames);

// Binary operator slots, indexed by AyBinOp (shared by the compiler's BINARY_OP
// argument). The inplace variants are AY_BINOP_COUNT + op.
#define AY_BINOPS(X) \
    X(ADD, "+", __add__, __radd__, __iadd__) \
    X(SUB, "-", __sub__, __rsub__, __isub__) \
    X(MUL, "*", __mul__, __rmul__, __imul__) \
    X(MATMUL, "@", __matmul__, __rmatmul__, __imatmul__) \
    X(TRUEDIV, "/", __truediv__, __rtruediv__, __itruediv__) \
    X(MOD, "%", __mod__, __rmod__, __imod__) \
    X(POW, "**", __pow__, __rpow__, __ipow__) \
    X(LSHIFT, "<<", __lshift__, __rlshift__, __ilshift__) \
    X(RSHIFT, ">>", __rshift__, __rrshift__, __irshift__) \
    X(OR, "|", __or__, __ror__, __ior__) \
    X(XOR, "^", __xor__, __rxor__, __ixor__) \
    X(AND, "&", __and__, __rand__, __iand__) \
    X(FLOORDIV, "//", __floordiv__, __rfloordiv__, __ifloordiv__)

#define AY_ENUM_BINOP(name, sym, d, r, i) AY_BINOP_##name,
typedef enum AyBinOp { AY_BINOPS(AY_ENUM_BINOP) AY_BINOP_COUNT } AyBinOp;
#undef AY_ENUM_BINOP

// Rich comparison ops (CPython's order).
typedef enum AyCmp { AY_LT, AY_LE, AY_EQ, AY_NE, AY_GT, AY_GE } AyCmp;

typedef AyValue (*AyBinaryFn)(AyVM *vm, AyValue a, AyValue b);

// Type flags.
enum {
    AY_TF_HEAPTYPE   = 1 << 0,   // created by a class statement or type()
    AY_TF_BASETYPE   = 1 << 1,   // may be subclassed
    AY_TF_ABSTRACT   = 1 << 2,
    AY_TF_HAS_DICT   = 1 << 3,   // instances carry an attribute dict at dict_offset
    AY_TF_WEAKREFABLE = 1 << 4,  // instances can be the target of weak references
    AY_TF_SUBCLASSED = 1 << 5,   // some class statement named it as a base
    // "is a subclass of" bits for fast isinstance checks of builtin kinds
    AY_TF_INT_SUB    = 1 << 8,
    AY_TF_STR_SUB    = 1 << 9,
    AY_TF_TUPLE_SUB  = 1 << 10,
    AY_TF_LIST_SUB   = 1 << 11,
    AY_TF_DICT_SUB   = 1 << 12,
    AY_TF_EXC_SUB    = 1 << 13,  // BaseException
    AY_TF_TYPE_SUB   = 1 << 14,
    AY_TF_BYTES_SUB  = 1 << 15,
    AY_TF_FLOAT_SUB  = 1 << 16,
    // match statement (vm/match.c): matches sequence / mapping patterns, or
    // is its own positional sub-pattern (int(x)); inherited by subclasses
    AY_TF_SEQUENCE   = 1 << 17,
    AY_TF_MAPPING    = 1 << 18,
    AY_TF_MATCH_SELF = 1 << 19,
    // `await x` iterates x itself: C awaitables that are their own iterator
    // (async generators' asend/athrow; asyncio.sleep's object, whose
    // __await__() would only wrap it)
    AY_TF_AWAIT_SELF = 1 << 20,
};

struct AyType {
    AyObj hdr;
    const char *c_name;      // the name for builtin types (static), for messages
    AyStr *name, *qualname;
    AyValue module;          // str or NULL
    AyType *base;            // the solid base (instance layout)
    AyTuple *bases, *mro;
    AyDict *dict;            // the class namespace
    uint32_t flags;
    uint32_t version;        // changes whenever dict or an ancestor's dict changes (attribute caches)
    uint32_t tag;            // unique per type object (inline caches name types by it)
    uint32_t basic_size;     // bytes of an instance (fixed part)
    uint32_t dict_offset;    // where instances keep their AyDict*, 0 if they have none
    uint32_t self_size;      // bytes of this type object itself (freed without consulting its metaclass)
    // Builtins whose own instances are variable-sized (int) give their heap
    // subclasses a fixed boxed layout with an attribute dict instead; 0 = none.
    uint32_t sub_basic_size, sub_dict_offset;

    // Construction: __new__ then __init__ semantics for type calls.
    AyValue (*tp_new)(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames);
    AyValue (*tp_init)(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames);
    AyValue (*call)(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames);

    AyValue (*repr)(AyVM *vm, AyValue v);     // -> str
    AyValue (*str)(AyVM *vm, AyValue v);      // -> str; NULL slot = repr
    int64_t (*hash)(AyVM *vm, AyValue v);     // -1 = error; NULL slot = unhashable
    AyValue (*richcmp)(AyVM *vm, AyValue a, AyValue b, AyCmp op);  // NotImplemented allowed
    int (*truth)(AyVM *vm, AyValue v);        // 0/1, -1 error; NULL = use len, else true

    AyValue (*getattr)(AyVM *vm, AyValue obj, AyStr *name);         // AttributeError if absent
    int (*setattr)(AyVM *vm, AyValue obj, AyStr *name, AyValue v);   // v == AY_NULL: delete
    AyValue (*descr_get)(AyVM *vm, AyValue descr, AyValue obj, AyValue type);
    int (*descr_set)(AyVM *vm, AyValue descr, AyValue obj, AyValue v);

    AyValue (*iter)(AyVM *vm, AyValue v);
    // Next item, or AY_NULL: exhausted when no exception is pending.
    AyValue (*next)(AyVM *vm, AyValue it);
    // Optional fast send for awaitables (CPython's am_send), used by SEND and
    // asyncio's Task: the value yielded (*done = 0) or returned (*done = 1,
    // no StopIteration made); AY_NULL on error.
    AyValue (*send)(AyVM *vm, AyValue self, AyValue value, int *done);

    int64_t (*len)(AyVM *vm, AyValue v);      // -1 = error
    AyValue (*getitem)(AyVM *vm, AyValue c, AyValue key);
    int (*setitem)(AyVM *vm, AyValue c, AyValue key, AyValue v);     // v == AY_NULL: delete
    int (*contains)(AyVM *vm, AyValue c, AyValue item);             // 0/1, -1 error

    AyBinaryFn binop[2 * AY_BINOP_COUNT];     // [op] and inplace [AY_BINOP_COUNT + op]
    AyValue (*neg)(AyVM *vm, AyValue v);
    AyValue (*pos)(AyVM *vm, AyValue v);
    AyValue (*invert)(AyVM *vm, AyValue v);
    AyValue (*abs)(AyVM *vm, AyValue v);
    AyValue (*index)(AyVM *vm, AyValue v);    // __index__ -> int
    AyValue (*to_int)(AyVM *vm, AyValue v);   // __int__
    AyValue (*to_float)(AyVM *vm, AyValue v); // __float__

    // GC: mark children (call ayGC_mark*), release C memory, report the size.
    void (*trace)(AyVM *vm, AyObj *o);
    void (*finalize)(AyVM *vm, AyObj *o);
    // The user-visible finalizer (__del__, closing a suspended generator):
    // runs once, after the collection that found the object unreachable, and
    // may run Ay code; it reports its own errors as unraisable.
    void (*del)(AyVM *vm, AyValue self);
    size_t (*gc_size)(AyObj *o);              // NULL = basic_size
};

// Heap subclasses of builtins whose instances vary in size (tuple, bytes)
// keep their attribute dict in one word after the variable part, so exact
// tuples and bytes carry no unused field; their dict_offset says so.
#define AY_DICT_AFTER_ITEMS UINT32_MAX

// Bytes an instance of t takes whose builtin part takes `size` bytes.
static inline size_t ayType_instance_size(const AyType *t, size_t size) {
    if (t->dict_offset != AY_DICT_AFTER_ITEMS) return size;
    return ((size + sizeof(void *) - 1) & ~(sizeof(void *) - 1)) + sizeof(void *);
}

static inline size_t ayObj_size(AyObj *o) {
    return o->type->gc_size ? ayType_instance_size(o->type, o->type->gc_size(o)) : o->type->basic_size;
}

// Where o keeps its attribute dict (the pointer may be NULL until the first
// attribute is set), or NULL when its type gives instances no dict.
static inline AyDict **ayObj_dict_slot(AyObj *o) {
    uint32_t off = o->type->dict_offset;
    if (off == AY_DICT_AFTER_ITEMS) return (AyDict **)((char *)o + ayObj_size(o) - sizeof(AyDict *));
    return off ? (AyDict **)((char *)o + off) : NULL;
}

// ---------------------------------------------------------------------------
// Core object layouts

// str: UTF-8 with a NUL terminator. `len` counts code points; `size` bytes.
// `aux` is owned by vm/str.c: for exact strs a lazily built index of byte
// offsets (C memory), for instances of str subclasses the attribute dict
// (their type's dict_offset points at it).
struct AyStr {
    AyObj hdr;
    int64_t hash;        // -1 until computed
    int64_t len;
    int64_t size;
    void *aux;
    uint8_t ascii;       // len == size: O(1) indexing
    uint8_t interned;
    char data[];
};

// Big ints (magnitude beyond the small-int range) keep GMP limbs inline.
// `nlimbs` is signed: its sign is the number's sign.
typedef struct AyBigInt {
    AyObj hdr;
    int32_t nlimbs;
    uint64_t limbs[];
} AyBigInt;

struct AyTuple {
    AyObj hdr;
    int64_t len;
    int64_t hash;        // -1 until computed (tuples are immutable)
    AyValue items[];
};

typedef struct AyList {
    AyObj hdr;
    int64_t len, cap;
    AyValue *items;
} AyList;

typedef struct AyDictEntry {
    int64_t hash;
    AyValue key;         // AY_NULL: deleted entry
    AyValue value;
} AyDictEntry;

// Insertion-ordered hash table: a sparse index of entry numbers over a dense
// entry array (CPython's compact dict layout).
struct AyDict {
    AyObj hdr;
    int64_t used;        // live entries
    int64_t nentries;    // entries written, live or deleted
    int64_t capacity;    // entries allocated
    uint32_t version;    // bumped when a key is added or removed (global caches)
    uint8_t log2_index;  // index slots = 1 << log2_index
    uint8_t of_type;     // a type's namespace: changes invalidate the type attribute cache
    void *index;         // int8/int16/int32/int64 slots by size; -1 empty, -2 dummy
    AyDictEntry *entries;
};

// set / frozenset: open addressing with CPython's probing order, so iteration
// order matches CPython for ints and tuples of ints.
typedef struct AySetEntry {
    AyValue key;         // AY_NULL empty; vm->dummy deleted
    int64_t hash;
} AySetEntry;

typedef struct AySet {
    AyObj hdr;
    int64_t fill;        // active + dummy
    int64_t used;        // active
    int64_t mask;        // table size - 1
    int64_t finger;      // pop() search start
    int64_t hash;        // frozenset hash cache, -1
    AySetEntry *table;
} AySet;

typedef struct AyBytes {
    AyObj hdr;
    int64_t hash;
    int64_t size;
    char data[];         // NUL-terminated for convenience
} AyBytes;

typedef struct AyByteArray {
    AyObj hdr;
    int64_t size, cap;
    char *data;
    int64_t exports;     // live memoryviews/iterators that forbid resizing
} AyByteArray;

typedef struct AyCell {
    AyObj hdr;
    AyValue value;       // AY_NULL when empty
} AyCell;

typedef struct AyCode AyCode;  // lang/code.h

typedef struct AyFunction {
    AyObj hdr;
    AyCode *code;
    AyDict *globals;
    AyDict *builtins;
    AyTuple *defaults;   // or NULL
    AyDict *kwdefaults;  // or NULL
    AyTuple *closure;    // cells, or NULL
    AyStr *name, *qualname;
    AyValue doc, module, annotations;
    AyTuple *type_params;  // __type_params__ (PEP 695), or NULL for ()
    AyDict *dict;        // function attributes, or NULL
    uint32_t version;    // bumped when code/defaults change (call specialisation)
} AyFunction;

// A C function: module-level (self = module or NULL) or a method of a builtin
// type (AY_NATIVE_METHOD: args[0] is the receiver; `owner` is its type).
typedef struct AyNative {
    AyObj hdr;
    AyNativeFn fn;
    const char *name;
    const char *doc;
    AyValue self;        // bound receiver, or AY_NULL
    AyType *owner;       // defining type for unbound methods, else NULL
    uint32_t flags;
} AyNative;

enum {
    AY_NATIVE_METHOD = 1,       // unbound method of `owner`: binds on attribute access
    AY_NATIVE_CLASSMETHOD = 2,  // receives the type as args[0]
    AY_NATIVE_STATIC = 4,       // static method of a type: no receiver
};

typedef struct AyBoundMethod {
    AyObj hdr;
    AyValue func;
    AyValue self;
} AyBoundMethod;

// Where a module came from, for its repr: "<module 'x' (built-in)>" and
// "(frozen)" for C modules and library modules compiled into libay.
enum { AY_MODULE_PLAIN, AY_MODULE_BUILTIN, AY_MODULE_FROZEN };

typedef struct AyModule {
    AyObj hdr;
    AyDict *dict;
    AyStr *name;
    uint8_t origin;      // AY_MODULE_*
    uint8_t initializing;  // its code is running (an import of it finished early: a circular import)
} AyModule;

typedef struct AyRange {
    AyObj hdr;
    AyValue start, stop, step;   // ints (small or big)
    int64_t len;                 // -1 when the length does not fit
} AyRange;

// The iterator of a range whose every value is a small int (int64
// arithmetic; FOR_RANGE steps it in the interpreter loop).
typedef struct AyRangeIter {
    AyObj hdr;
    int64_t next, step, left;
} AyRangeIter;

typedef struct AySlice {
    AyObj hdr;
    AyValue start, stop, step;   // any values, None when absent
} AySlice;

// A traceback entry: where a frame was when an exception passed through it.
typedef struct AyTraceback {
    AyObj hdr;
    struct AyTraceback *next;
    AyCode *code;
    AyValue frame;       // frame object if one was materialised, else AY_NULL
    AyDict *globals;     // the frame's globals (for NameError hints)
    AyCode *loc_code;    // the code lasti indexes when not `code` (a comprehension shown inline)
    // The frame the entry was made in and its caller: only compared with
    // running frames (vm/frameobj.c), never followed, as they may have
    // returned since.
    const struct AyFrame *running, *running_caller;
    int32_t lasti;       // instruction index
    int32_t lineno;
} AyTraceback;

// BaseException instances (and every subclass).
typedef struct AyExc {
    AyObj hdr;
    AyDict *dict;        // instance attributes (dict_offset points here)
    AyTuple *args;
    AyTraceback *traceback;
    AyValue context, cause;   // exceptions or AY_NULL
    AyValue notes;            // list or AY_NULL
    uint8_t suppress_context;
} AyExc;

// Instances of user classes without a builtin base.
typedef struct AyInstance {
    AyObj hdr;
    AyDict *dict;
} AyInstance;

// Type-checks for the core types (exact type or any subclass via flags).
#define AY_TYPE(vm, v) ayV_type((vm), (v))

#endif
