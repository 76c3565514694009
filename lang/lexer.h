// The tokenizer: UTF-8 source in, Python 3.12 tokens out (NAME, NUMBER,
// STRING, FSTRING_START/MIDDLE/END, operators, keywords, NEWLINE, INDENT,
// DEDENT), following CPython's tokenizer rules and error messages. Token codes
// are lemon's AY_TK_* from the generated grammar.h; 0 is the end of input.
//
// The lexer never allocates: all its state, including the indentation,
// bracket and f-string mode stacks, lives in AyLexer. The buffer it scans must
// end with a NUL sentinel (buf[len] == 0); it contains no other NUL.
#ifndef AY_LEXER_H
#define AY_LEXER_H

#include <stddef.h>

enum {
    AY_LEX_MAXINDENT = 100,  // CPython's MAXINDENT: "too many levels of indentation"
    AY_LEX_MAXLEVEL = 200,   // CPython's MAXLEVEL: "too many nested parentheses"
    AY_LEX_MAXFMODES = 150,  // nested f-strings (CPython's MAXFSTRINGLEVEL)
    AY_LEX_ERROR = -1,       // ayLex_next's return value on a tokenizer error
};

// One token. Lines are 1-based, columns 0-based byte offsets into the line;
// the end is exclusive. `start`/`len` are the token's bytes in the buffer.
typedef struct AyToken {
    int type;
    int lineno, col, end_lineno, end_col;
    const char *start;
    int len;
} AyToken;

// A tokenizer error, positioned the way CPython's tokenizer positions it:
// `offset`/`end_offset` are 1-based byte columns (0 = none, -1 = same as
// offset) into line `lineno`, which starts at `line`.
typedef struct AyLexError {
    const char *type;  // "SyntaxError", "IndentationError", "TabError"
    char msg[200];
    int lineno, offset, end_lineno, end_offset;
    const char *line;
    int eof;           // the error is that input ended inside a construct
    int quiet;         // CPython reports it through tok->done, not an exception, so
                       // a parser error seen earlier is not overridden by it
} AyLexError;

// An f-string being scanned (one entry of the mode stack).
typedef struct AyFMode {
    char regular;         // 1: inside a replacement field's expression
    char quote, quote_size, raw;
    char in_format_spec;
    int curly_depth;       // brackets open inside this f-string's fields
    int expr_start_depth;  // curly_depth of the innermost field's '{', -1 if none
    const char *start;     // where the f-string's prefix starts
    const char *start_line;
    int start_lineno;
} AyFMode;

typedef struct AyLexer {
    const char *buf, *lim;      // lim points at the NUL sentinel
    const char *cur;            // next byte to scan
    const char *line_start;     // first byte of the current line
    int lineno;
    int atbol;                  // at the beginning of a logical line
    int pendin;                 // >0 INDENTs or <0 DEDENTs still to emit
    int indent;                 // top of indstack
    int indstack[AY_LEX_MAXINDENT], altindstack[AY_LEX_MAXINDENT];
    int level;                  // bracket depth; NEWLINE is suppressed inside brackets
    char parenstack[AY_LEX_MAXLEVEL];
    int parenlineno[AY_LEX_MAXLEVEL], parencol[AY_LEX_MAXLEVEL];
    int nmodes;                 // f-string mode stack depth (0: not in an f-string)
    AyFMode modes[AY_LEX_MAXFMODES];
    int last_was_newline;       // the previous token was NEWLINE/INDENT/DEDENT (or none yet)
    int done;                   // ENDMARKER returned
    AyLexError err;
} AyLexer;

// Starts scanning `buf[0..len)`; buf[len] must be NUL.
void ayLex_init(AyLexer *lx, const char *buf, size_t len);

// Scans the next token into `*t` and returns its type (0 at the end), or
// AY_LEX_ERROR with lx->err filled.
int ayLex_next(AyLexer *lx, AyToken *t);

// Python's identifier rules for one code point (XID_Start / XID_Continue,
// approximated from the Unicode general category).
int ayLex_is_id_start(int cp);
int ayLex_is_id_continue(int cp);
// Python's str.isprintable() for one code point.
int ayLex_is_printable(int cp);
// Decodes one UTF-8 sequence at `s` (valid input assumed); returns its length.
int ayLex_utf8_decode(const unsigned char *s, int *cp);

#endif
