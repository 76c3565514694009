// Code objects (what the compiler produces and the interpreter runs) and
// interpreter frames. lang/ and vm/ meet here.
#ifndef AY_CODE_H
#define AY_CODE_H

#include "vm.h"

// An instruction is one 32-bit word: opcode in the low 8 bits, argument in the
// high 24. Some opcodes are followed by inline cache words (see opcodes.h).
typedef uint32_t AyInstr;
#define AY_OPCODE(ins) ((ins) & 0xFF)
#define AY_OPARG(ins) ((ins) >> 8)
#define AY_MAKE_INSTR(op, arg) ((AyInstr)(op) | ((AyInstr)(arg) << 8))
#define AY_MAX_OPARG 0xFFFFFF

// Code flags (values as CPython's co_flags where they exist).
enum {
    AY_CO_OPTIMIZED = 0x1,
    AY_CO_NEWLOCALS = 0x2,
    AY_CO_VARARGS = 0x4,
    AY_CO_VARKEYWORDS = 0x8,
    AY_CO_NESTED = 0x10,
    AY_CO_GENERATOR = 0x20,
    AY_CO_NOFREE = 0x40,
    AY_CO_COROUTINE = 0x80,
    AY_CO_ITERABLE_COROUTINE = 0x100,
    AY_CO_ASYNC_GENERATOR = 0x200,
    AY_CO_TOPLEVEL_AWAIT = 0x2000,  // REPL / compile(flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
    // A list/set/dict comprehension: CPython 3.12 runs these inline in the
    // enclosing frame, so tracebacks show no frame of their own (vm/error.c)
    AY_CO_COMPREHENSION = 0x40000000,
};

// Where an instruction came from, for tracebacks (CPython's co_positions).
typedef struct AyPos {
    int32_t line, end_line;
    int32_t col, end_col;   // 0-based UTF-8 byte columns; -1 unknown
} AyPos;

// Appends the caret line (and its newline) that marks the columns of `pos` in
// the source `line` (without newline) of a traceback entry at line `lineno`,
// as CPython 3.12 draws it; nothing when the whole line is meant
// (vm/traceback.c).
void ayTraceback_add_carets(AyBuf *b, const char *line, AyPos pos, int lineno);

// Zero-cost exception handling: instructions in [start, end) that raise jump
// to `target` with the operand stack cut to `depth` (then, if `lasti`, the
// faulting instruction's index pushed) and the exception pushed.
typedef struct AyExcEntry {
    uint32_t start, end, target;
    uint16_t depth;
    uint8_t lasti;
} AyExcEntry;

// Kinds of local slots (localsplus): plain local, cell (captured by an inner
// function), free (captured from an outer one). Cells of arguments are
// converted by MAKE_CELL at entry.
enum { AY_LOCAL = 1, AY_CELL = 2, AY_FREE = 4, AY_LOCAL_ARG = 8 };

struct AyCode {
    AyObj hdr;
    AyInstr *code;
    uint32_t ncode;            // instruction words
    uint32_t flags;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocalsplus;       // locals + cells + frees
    int32_t nlocals;           // plain locals (and cells that are arguments)
    int32_t ncells, nfrees;
    int32_t stacksize;
    int32_t firstlineno;
    AyValue *consts;
    int32_t nconsts;
    AyStr **names;             // attribute / global names
    int32_t nnames;
    AyStr **localnames;        // names of localsplus slots
    uint8_t *localkinds;
    AyPos *positions;          // one per instruction word
    AyExcEntry *exctable;
    int32_t nexc;
    AyStr *name, *qualname, *filename;
    AyValue source;            // the module source text (str) for tracebacks, or AY_NULL
    int32_t *cell2arg;         // for each cell, the argument it shadows or -1 (NULL if none)
    void *caches;              // inline-cache storage owned by the interpreter
};

// ---------------------------------------------------------------------------
// Frames live on the VM value stack (or inside a generator object): this
// header, then localsplus[nlocalsplus], then the operand stack[stacksize].

typedef struct AyGen AyGen;

struct AyFrame {
    AyFrame *prev;             // caller
    AyCode *code;
    AyFunction *func;          // NULL for module / class bodies / exec
    AyDict *globals;
    AyDict *builtins;
    AyValue locals;            // namespace mapping for LOAD_NAME (module/class/exec), else AY_NULL
    AyInstr *ip;               // next instruction, saved while not running
    AyValue *sp;               // operand stack top, saved while not running
    AyGen *gen;                // the generator owning this frame, or NULL
    uint32_t entry;            // nonzero: returning from this frame returns to C
    uint32_t lasti;            // index of the instruction being executed (for tracebacks)
    AyValue localsplus[];
};

#define AY_FRAME_WORDS(code) \
    ((sizeof(AyFrame) / sizeof(AyValue)) + (size_t)(code)->nlocalsplus + (size_t)(code)->stacksize)

static inline AyValue *ayFrame_stack(AyFrame *f) { return f->localsplus + f->code->nlocalsplus; }

// The frame scripts see for f: comprehensions run in frames of their own,
// which CPython 3.12 runs inline in the frame of the enclosing code.
static inline AyFrame *ayFrame_visible(AyFrame *f) {
    while (f && (f->code->flags & AY_CO_COMPREHENSION)) f = f->prev;
    return f;
}

// The frame objects of traceback entries (vm/frameobj.c).
void ayFrame_keep_for_traceback(AyVM *vm, AyFrame *f);
void ayFrame_link_caller(AyVM *vm, AyTraceback *callee, AyTraceback *caller);
AyValue ayFrame_of_traceback(AyVM *vm, AyTraceback *tb);

// The source line of instruction `i` of `code`.
int ayCode_line(AyCode *code, int i);
AyCode *ayCode_new(AyVM *vm);
void ayCode_setup(AyVM *vm);

#endif
