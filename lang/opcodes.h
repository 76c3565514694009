// The instruction set: one X-macro drives the enum, the names (for `ay --dis`),
// the compiler's stack accounting and the interpreter's dispatch table.
//
// X(NAME, pops, pushes, cache_words). `pops`/`pushes` may use `oparg`; for
// jumps they describe the fall-through path (the compiler knows the branch
// effect of the few opcodes where it differs). Cache words follow the
// instruction in the code stream and are skipped by the interpreter.
//
// Stack layout of calls: [callable, self_or_NULL, arg1 ... argN]; CALL_KW adds
// a tuple of keyword names on top, whose values are the last arguments.
#ifndef AY_OPCODES_H
#define AY_OPCODES_H

#define AY_OPCODES(X) \
    /* stack */ \
    X(NOP, 0, 0, 0) \
    X(POP_TOP, 1, 0, 0) \
    X(PUSH_NULL, 0, 1, 0) \
    X(COPY, oparg, oparg + 1, 0)            /* push a copy of the oparg-th item (1 = top) */ \
    X(SWAP, oparg, oparg, 0)                /* swap top with the oparg-th item */ \
    X(LOAD_CONST, 0, 1, 0) \
    X(LOAD_SMALL_INT, 0, 1, 0)              /* oparg - 2^23 as an int */ \
    /* locals, cells, names */ \
    X(LOAD_FAST, 0, 1, 0) \
    X(LOAD_FAST_LOAD_FAST, 0, 2, 1)         /* two locals: oparg, then the cache word's */ \
    X(LOAD_FAST_CHECK, 0, 1, 0)             /* raises UnboundLocalError when unbound */ \
    X(LOAD_FAST_AND_CLEAR, 0, 1, 0)         /* inlined comprehensions save the outer value */ \
    X(STORE_FAST, 1, 0, 0) \
    X(DELETE_FAST, 0, 0, 0) \
    X(MAKE_CELL, 0, 0, 0) \
    X(COPY_FREE_VARS, 0, 0, 0) \
    X(LOAD_DEREF, 0, 1, 0) \
    X(LOAD_CLASSDEREF, 0, 1, 0)             /* class body: locals dict first, then the cell */ \
    X(LOAD_LOCALS, 0, 1, 0)                 /* the frame's locals mapping (a class namespace) */ \
    /* annotation scopes of a class body (PEP 695): [class namespace] -> the name's value there, or else */ \
    X(LOAD_FROM_DICT_OR_GLOBALS, 1, 1, 0)   /* ... the global or builtin */ \
    X(LOAD_FROM_DICT_OR_DEREF, 1, 1, 0)     /* ... the value of cell oparg */ \
    X(STORE_DEREF, 1, 0, 0) \
    X(DELETE_DEREF, 0, 0, 0) \
    X(LOAD_NAME, 0, 1, 2)                   /* cache: entry hints into the namespace and the builtins */ \
    X(STORE_NAME, 1, 0, 1)                  /* cache: entry hint into the namespace */ \
    X(DELETE_NAME, 0, 0, 0) \
    X(LOAD_GLOBAL, 0, 1 + (oparg & 1), 3)   /* name << 1 | push NULL first */ \
    X(STORE_GLOBAL, 1, 0, 0) \
    X(DELETE_GLOBAL, 0, 0, 0) \
    X(LOAD_ATTR, 1, 1, 4)                   /* TOS = TOS.name */ \
    X(LOAD_METHOD, 1, 2, 8)                 /* for a call: TOS -> (method, self) or (TOS.name, NULL) */ \
    X(STORE_ATTR, 2, 0, 4)                  /* TOS.name = TOS1 */ \
    X(DELETE_ATTR, 1, 0, 0) \
    X(LOAD_SUPER_ATTR, 3, 1 + (oparg & 1), 0) /* super(cls, self).name: [global super, cls, self] */ \
    /* operators */ \
    X(BINARY_OP, 2, 1, 0)                   /* AyBinOp, + AY_BINOP_COUNT for in-place */ \
    X(BINARY_OP_SMALL, 1, 1, 1)             /* BINARY_OP with a small int right operand in the cache word */ \
    X(BINARY_ADD, 2, 1, 0)                  /* BINARY_OP for +, chosen at compile time; oparg 1: in place */ \
    X(BINARY_SUBTRACT, 2, 1, 0) \
    X(BINARY_MULTIPLY, 2, 1, 0) \
    X(BINARY_TRUE_DIVIDE, 2, 1, 0) \
    X(UNARY_NEGATIVE, 1, 1, 0) \
    X(UNARY_POSITIVE, 1, 1, 0) \
    X(UNARY_NOT, 1, 1, 0) \
    X(UNARY_INVERT, 1, 1, 0) \
    X(COMPARE_OP, 2, 1, 0)                  /* AyCmp */ \
    X(COMPARE_OP_SMALL, 1, 1, 1)            /* COMPARE_OP with a small int right operand in the cache word */ \
    X(IS_OP, 2, 1, 0)                       /* 1: is not */ \
    X(CONTAINS_OP, 2, 1, 0)                 /* 1: not in */ \
    X(BINARY_SUBSCR, 2, 1, 0) \
    X(BINARY_SUBSCR_SMALL, 1, 1, 1)         /* BINARY_SUBSCR with a small int index in the cache word */ \
    X(STORE_SUBSCR, 3, 0, 0)                /* TOS1[TOS] = TOS2 */ \
    X(DELETE_SUBSCR, 2, 0, 0) \
    X(BINARY_SLICE, 3, 1, 0)                /* TOS2[TOS1:TOS] */ \
    X(STORE_SLICE, 4, 0, 0)                 /* TOS2[TOS1:TOS] = TOS3 */ \
    X(BUILD_SLICE, oparg, 1, 0) \
    /* containers */ \
    X(BUILD_TUPLE, oparg, 1, 0) \
    X(BUILD_LIST, oparg, 1, 0) \
    X(BUILD_SET, oparg, 1, 0) \
    X(BUILD_MAP, 2 * oparg, 1, 0) \
    X(BUILD_CONST_KEY_MAP, oparg + 1, 1, 0) \
    X(BUILD_STRING, oparg, 1, 0) \
    X(LIST_APPEND, oparg + 1, oparg, 0)     /* list at oparg (below the value) */ \
    X(SET_ADD, oparg + 1, oparg, 0) \
    X(MAP_ADD, oparg + 2, oparg, 0) \
    X(LIST_EXTEND, oparg + 1, oparg, 0) \
    X(SET_UPDATE, oparg + 1, oparg, 0) \
    X(DICT_UPDATE, oparg + 1, oparg, 0) \
    X(DICT_MERGE, oparg + 1, oparg, 0)      /* for **kwargs: duplicate keys are errors */ \
    X(LIST_TO_TUPLE, 1, 1, 0) \
    X(UNPACK_SEQUENCE, 1, oparg, 0) \
    X(UNPACK_EX, 1, (oparg & 0xFF) + (oparg >> 8) + 1, 0) \
    X(FORMAT_VALUE, 1 + ((oparg & 4) >> 2), 1, 0) /* conv (0 none, 1 str, 2 repr, 3 ascii) | 4 has spec */ \
    /* control flow (opargs of jumps are absolute instruction indexes) */ \
    X(JUMP, 0, 0, 0) \
    X(JUMP_BACKWARD, 0, 0, 0)               /* a loop edge: a GC safepoint and interrupt check */ \
    X(POP_JUMP_IF_FALSE, 1, 0, 0) \
    X(POP_JUMP_IF_TRUE, 1, 0, 0) \
    X(POP_JUMP_IF_NONE, 1, 0, 0) \
    X(POP_JUMP_IF_NOT_NONE, 1, 0, 0) \
    X(JUMP_IF_FALSE_OR_POP, 1, 0, 0)        /* keeps TOS when jumping */ \
    X(JUMP_IF_TRUE_OR_POP, 1, 0, 0) \
    X(GET_ITER, 1, 1, 0) \
    X(FOR_ITER, 1, 2, 0)                    /* push next item, or pop the iterator and jump */ \
    X(FOR_RANGE, 1, 2, 0)                   /* FOR_ITER specialised for range iterators */ \
    X(RETURN_VALUE, 1, 0, 0) \
    X(RETURN_CONST, 0, 0, 0) \
    /* calls and functions */ \
    X(CALL, oparg + 2, 1, 0) \
    X(CALL_KW, oparg + 3, 1, 0) \
    X(CALL_FUNCTION_EX, 3 + (oparg & 1), 1, 0) /* [callable, NULL, args tuple, kwargs dict if oparg & 1] */ \
    X(MAKE_FUNCTION, 1 + ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0), 1, 0) \
    X(LOAD_BUILD_CLASS, 0, 1, 0) \
    X(SETUP_ANNOTATIONS, 0, 0, 0) \
    X(IMPORT_NAME, 2, 1, 0)                 /* [level, fromlist] -> module */ \
    X(IMPORT_FROM, 1, 2, 0) \
    X(IMPORT_STAR, 1, 0, 0) \
    /* exceptions */ \
    X(RAISE_VARARGS, oparg, 0, 0) \
    X(RERAISE, oparg + 1, 0, 0)             /* oparg: a saved lasti is below the exception */ \
    X(PUSH_EXC_INFO, 1, 2, 0)               /* [exc] -> [previous exc_info, exc] */ \
    X(POP_EXCEPT, 1, 0, 0)                  /* restore exc_info from TOS */ \
    X(CHECK_EXC_MATCH, 2, 2, 0)             /* [exc, type] -> [exc, bool] */ \
    X(CHECK_EG_MATCH, 2, 2, 0)              /* except*: [eg, type] -> [rest, match] */ \
    X(PREP_RERAISE_STAR, 2, 1, 0) \
    X(LOAD_ASSERTION_ERROR, 0, 1, 0) \
    X(BEFORE_WITH, 1, 2, 0)                 /* [mgr] -> [__exit__ bound, __enter__()] */ \
    X(WITH_EXCEPT_START, 4, 5, 0)           /* calls __exit__(type, exc, tb) */ \
    /* generators and coroutines */ \
    X(RETURN_GENERATOR, 0, 0, 0) \
    X(YIELD_VALUE, 1, 1, 0) \
    X(GET_YIELD_FROM_ITER, 1, 1, 0) \
    X(SEND, 2, 2, 0)                        /* [sub, value] -> [sub, yielded]; jump when done: [sub, result] */ \
    X(END_SEND, 2, 1, 0) \
    X(CLEANUP_THROW, 3, 2, 0) \
    X(GET_AWAITABLE, 1, 1, 0)               /* oparg: 0 await, 1 __aenter__, 2 __aexit__ */ \
    X(GET_AITER, 1, 1, 0) \
    X(GET_ANEXT, 1, 2, 0) \
    X(END_ASYNC_FOR, 2, 0, 0) \
    X(BEFORE_ASYNC_WITH, 1, 2, 0) \
    X(ASYNC_GEN_WRAP, 1, 1, 0) \
    /* the match statement (vm/match.c) */ \
    X(GET_LEN, 1, 2, 0)                     /* [x] -> [x, len(x)] */ \
    X(MATCH_SEQUENCE, 1, 2, 0)              /* [x] -> [x, matches sequence patterns] */ \
    X(MATCH_MAPPING, 1, 2, 0)               /* [x] -> [x, matches mapping patterns] */ \
    X(MATCH_KEYS, 2, 3, 0)                  /* [map, keys] -> [map, keys, values tuple or None] */ \
    X(MATCH_CLASS, 3, 1, 0)                 /* [x, cls, kw names] -> attributes tuple or None; oparg positional */ \
    /* misc */ \
    X(CALL_INTRINSIC_1, 1, 1, 0)            /* AY_INTRINSICS */ \
    X(POP_ITER_CLOSE, 1, 0, 0)              /* leaving `for x in f():` early: close a temporary generator */ \
    X(EXTENDED_ARG, 0, 0, 0)

#define AY_OP_ENUM(name, pops, pushes, cache) AY_OP_##name,
typedef enum AyOpcode { AY_OPCODES(AY_OP_ENUM) AY_OPCODE_COUNT } AyOpcode;
#undef AY_OP_ENUM

// CALL_INTRINSIC_1 functions.
#define AY_INTRINSICS(X) \
    X(PRINT_EXPR)            /* REPL: show the value, bind _ */ \
    X(STOPITERATION_ERROR)   /* StopIteration escaping a generator -> RuntimeError */ \
    X(UNARY_POSITIVE) \
    X(LIST_TO_TUPLE) \
    X(IMPORT_STAR) \
    /* PEP 695 (vm/typeparams.c); a tuple argument spreads into arguments */ \
    X(SUBSCRIPT_GENERIC)     /* type params -> typing.Generic[...] */ \
    X(TYPEVAR)               /* name */ \
    X(TYPEVAR_WITH_BOUND)    /* (name, evaluate bound) */ \
    X(TYPEVAR_WITH_CONSTRAINTS) /* (name, evaluate constraints) */ \
    X(PARAMSPEC)             /* name */ \
    X(TYPEVARTUPLE)          /* name */ \
    X(TYPEALIAS)             /* (name, type params or None, evaluate value) */

#define AY_INTRINSIC_ENUM(name) AY_INTRINSIC_##name,
typedef enum AyIntrinsic { AY_INTRINSICS(AY_INTRINSIC_ENUM) AY_INTRINSIC_COUNT } AyIntrinsic;
#undef AY_INTRINSIC_ENUM

extern const char *const ayOp_names[AY_OPCODE_COUNT];
extern const unsigned char ayOp_cache[AY_OPCODE_COUNT];

#endif
