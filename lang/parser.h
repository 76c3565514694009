// The front end's interface: source text in, AST (or a syntax error) out.
// Internal to libay; the VM turns AySyntaxError into a SyntaxError object.
#ifndef AY_PARSER_H
#define AY_PARSER_H

#include "ast.h"

typedef enum AyParseMode {
    AY_PARSE_FILE,    // a module: Module(body)
    AY_PARSE_EVAL,    // one expression: Expression(body) (eval())
    AY_PARSE_SINGLE,  // one interactive statement: Interactive(body) (REPL, compile 'single')
} AyParseMode;

// OR'ed into the mode when the source is a string (compile(), exec(), eval(),
// -c) rather than a script file: CPython then reports error columns in
// characters; for script files its parser reports them in UTF-8 bytes (and
// undecodable input gets the "Non-UTF-8 code" message).
#define AY_PARSE_STRING_INPUT 0x100

// A syntax error as CPython reports it. Lines are 1-based; offsets are 1-based
// character (not byte) columns like SyntaxError.offset; 0 means unknown.
typedef struct AySyntaxError {
    const char *type;    // "SyntaxError", "IndentationError" or "TabError"
    char msg[256];       // e.g. "invalid syntax", "expected ':'"
    int lineno, offset;
    int end_lineno, end_offset;
    char *text;          // the offending source line with its newline, malloc'd; may be NULL
    int incomplete;      // nonzero when the input merely ended too early (open bracket,
                         // block or triple-quoted string): the REPL asks for more lines
} AySyntaxError;

// Parses `len` bytes of UTF-8 source. On success returns the root node
// (allocated in `arena`); on failure returns NULL and fills `*err` (release its
// text with aySyntaxError_clear). `filename` is used only in messages.
// Never crashes, hangs or overflows the C stack on any input.
AyNode *ayParse(AyArena *arena, const char *src, size_t len, const char *filename,
                AyParseMode mode, AySyntaxError *err);

// Receives the parser's SyntaxWarnings (invalid escape sequences), in source
// order: the token's span (1-based lines, 0-based byte columns) and CPython's
// message.
typedef void (*AyParseWarnFn)(void *ud, int lineno, int col, int end_lineno, int end_col, const char *message);

// ayParse, reporting warnings to `warn` (which may be NULL).
AyNode *ayParse_warn(AyArena *arena, const char *src, size_t len, const char *filename, AyParseMode mode,
                     AySyntaxError *err, AyParseWarnFn warn, void *warn_ud);

void aySyntaxError_clear(AySyntaxError *err);

// Prints `err` in CPython's format:
//   File "x.py", line 3
//     x = (1,
//         ^
//   SyntaxError: '(' was never closed
void aySyntaxError_print(FILE *out, const char *filename, const AySyntaxError *err);

// Where aySyntaxError_print_location writes its text.
typedef struct AySyntaxErrorSink {
    void (*write)(void *ud, const char *s, size_t n);
    void *ud;
} AySyntaxErrorSink;

// The lines of aySyntaxError_print above "Type: message" (file and line,
// source line, caret line); nothing when err->lineno is 0. The VM prints a
// SyntaxError object's location with it, so both look the same.
void aySyntaxError_print_location(AySyntaxErrorSink *out, const char *filename, const AySyntaxError *err);

#endif
