// The compiler's interface: AST (or source) in, code object out.
#ifndef AY_COMPILE_H
#define AY_COMPILE_H

#include "ast.h"
#include "parser.h"

typedef struct AyVM AyVM;
typedef struct AyCode AyCode;
typedef AySyntaxError AySyntaxInfo;

enum {
    AY_COMPILE_INTERACTIVE = 1,     // print the value of expression statements (REPL)
    AY_COMPILE_TOPLEVEL_AWAIT = 2,  // allow await at module level (REPL, asyncio REPL)
};

// Compiles a parsed tree. On a SyntaxError returns NULL and fills *err (whose
// text the caller releases with aySyntaxError_clear); on out-of-memory returns
// NULL with MemoryError pending on the VM and err->msg empty.
AyCode *ayCompile_ast(AyVM *vm, AyArena *arena, const AyNode *mod, const char *filename,
                      const char *src, size_t srclen, int flags, AySyntaxInfo *err);

// Parses and compiles source text; on failure raises SyntaxError (or
// MemoryError) on the VM and returns NULL.
AyCode *ayCompile_source(AyVM *vm, const char *src, size_t len, const char *filename,
                         AyParseMode mode, int flags);

// Parses source as ayParse does, showing its SyntaxWarnings (invalid escape
// sequences) through the warnings machinery as compiling it would.
AyNode *ayCompile_parse(AyVM *vm, AyArena *arena, const char *src, size_t len, const char *filename,
                        AyParseMode mode, AySyntaxError *err);

// Raises SyntaxError (IndentationError, TabError, MemoryError) for a failed
// ayParse or ayCompile_ast; nothing when err->msg is empty.
void ayCompile_raise(AyVM *vm, const char *filename, const AySyntaxError *err);

// Prints the bytecode of `code` and its nested code objects (ay --dis).
void ayCode_disassemble(AyVM *vm, AyCode *code, FILE *out);

#endif
