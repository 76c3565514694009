// re2c -W --no-generation-date --utf8 -c -o build/<variant>/gen/lexer.c lang/lexer.re
//
// The Python 3.12 tokenizer. re2c recognises names, keywords and operators;
// the layout rules (INDENT/DEDENT/NEWLINE), numbers, string bodies and the
// f-string mode stack are hand-written C that mirrors CPython's tokenizer,
// so that error messages and their positions match CPython's.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "grammar.h"
#include "lexer.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";
*/

// {==== Unicode helpers ====

// Decodes one (already validated) UTF-8 sequence; returns its length.
int ayLex_utf8_decode(const unsigned char *s, int *cp) {
    unsigned c = s[0];
    if (c < 0x80) { *cp = (int)c; return 1; }
    if (c < 0xe0) { *cp = (int)(((c & 0x1f) << 6) | (s[1] & 0x3f)); return 2; }
    if (c < 0xf0) { *cp = (int)(((c & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f)); return 3; }
    *cp = (int)(((c & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f));
    return 4;
}

// XID_Start approximated from the general category plus the
// Other_ID_Start code points.
int ayLex_is_id_start(int cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        // Not closed under NFKC, hence not XID_Start.
        return !(cp == 0x2e2f || cp == 0x037a || cp == 0x0e33 || cp == 0x0eb3 ||
                 (cp >= 0x309b && cp <= 0x309c) || (cp >= 0xfc5e && cp <= 0xfc63) ||
                 cp == 0xfdfa || cp == 0xfdfb || cp == 0xfe70 || cp == 0xfe72 ||
                 cp == 0xfe74 || cp == 0xfe76 || cp == 0xfe78 || cp == 0xfe7a ||
                 cp == 0xfe7c || cp == 0xfe7e || (cp >= 0xff9e && cp <= 0xff9f));
    default:
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212e ||
               cp == 0x309b || cp == 0x309c;
    }
}

// XID_Continue: XID_Start plus marks, digits and connector punctuation.
int ayLex_is_id_continue(int cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
               (cp >= '0' && cp <= '9');
    if (ayLex_is_id_start(cp)) return 1;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return cp == 0x00b7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) ||
               cp == 0x19da || cp == 0x0e33 || cp == 0x0eb3 || cp == 0xff9e || cp == 0xff9f;
    }
}

// str.isprintable(): not in the Other (C*) or Separator (Z*) categories,
// except the ASCII space.
int ayLex_is_printable(int cp) {
    if (cp < 0x7f) return cp >= 0x20;
    if (cp < 0xa0) return 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

// }====

// {==== State and errors ====

void ayLex_init(AyLexer *lx, const char *buf, size_t len) {
    memset(lx, 0, offsetof(AyLexer, modes));
    lx->nmodes = 0;
    lx->buf = buf;
    lx->lim = buf + len;
    lx->cur = buf;
    lx->line_start = buf;
    lx->lineno = 1;
    lx->atbol = 1;
    lx->last_was_newline = 1;
    lx->err.type = NULL;
}

// Records an error at byte columns [off, end) of line `lineno` (1-based,
// CPython's convention for tokenizer errors: the caret sits on the byte just
// before `off`).
static int error_at(AyLexer *lx, const char *type, int lineno, const char *line, int off,
                    int end, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->err.type = type;
    lx->err.lineno = lineno;
    lx->err.line = line;
    lx->err.offset = off;
    lx->err.end_lineno = lineno;
    lx->err.end_offset = end;
    lx->err.quiet = 0;
    return AY_LEX_ERROR;
}

// An error at the current position (CPython's `syntaxerror(tok, ...)`).
#define ERROR_HERE(lx, ...) \
    error_at(lx, "SyntaxError", (lx)->lineno, (lx)->line_start, \
             (int)((lx)->cur - (lx)->line_start), -1, __VA_ARGS__)

static void newline_seen(AyLexer *lx) {
    lx->lineno++;
    lx->line_start = lx->cur;
}

static int set_token(AyLexer *lx, AyToken *t, int type, const char *start, int lineno,
                     const char *line_start) {
    t->type = type;
    t->start = start;
    t->len = (int)(lx->cur - start);
    t->lineno = lineno;
    t->col = (int)(start - line_start);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(lx->cur - lx->line_start);
    lx->last_was_newline = type == AY_TK_NEWLINE || type == AY_TK_DEDENT || type == AY_TK_INDENT;
    return type;
}

#define INSIDE_FSTRING(lx) ((lx)->nmodes > 0)
#define TOP(lx) (&(lx)->modes[(lx)->nmodes - 1])

// }====

// {==== Numbers ====

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int is_potential_id_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c) || c >= 128;
}

// The digits after a first digit, with single underscores between digits;
// returns the first byte after them, or -1 on "invalid decimal literal".
static int decimal_tail(AyLexer *lx) {
    int c;
    for (;;) {
        do c = (unsigned char)*lx->cur++; while (is_digit(c));
        if (c != '_') break;
        c = (unsigned char)*lx->cur++;
        if (!is_digit(c)) {
            lx->cur--;
            ERROR_HERE(lx, "invalid decimal literal");
            return -1;
        }
    }
    return c;
}

static int lookahead(AyLexer *lx, const char *s) {
    return strncmp(lx->cur, s, strlen(s)) == 0;
}

// CPython's verify_end_of_number: a number directly followed by a name
// character is an error, except before the keywords that may follow a number
// in valid code (CPython only warns there). `c` was already consumed.
static int end_of_number(AyLexer *lx, int c, const char *kind) {
    int r = 0;
    if (c == 'a') r = lookahead(lx, "nd");
    else if (c == 'e') r = lookahead(lx, "lse");
    else if (c == 'f') r = lookahead(lx, "or");
    else if (c == 'i') r = *lx->cur == 'f' || *lx->cur == 'n' || *lx->cur == 's';
    else if (c == 'o') r = lookahead(lx, "r");
    else if (c == 'n') r = lookahead(lx, "ot");
    if (r) return 1;
    if (c < 128 && is_potential_id_char(c)) {
        lx->cur--;
        ERROR_HERE(lx, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

// Scans a number whose first byte (a digit, or '.' followed by a digit) is at
// lx->cur - 1; leaves lx->cur after it.
static int scan_number(AyLexer *lx, int c) {
    const char *start = lx->cur - 1;
    if (c == '.') {
        c = (unsigned char)*lx->cur++;
        goto fraction;
    }
    if (c == '0') {
        c = (unsigned char)*lx->cur++;
        if (c == 'x' || c == 'X') {
            c = (unsigned char)*lx->cur++;
            do {
                if (c == '_') c = (unsigned char)*lx->cur++;
                if (!is_xdigit(c)) {
                    lx->cur--;
                    return ERROR_HERE(lx, "invalid hexadecimal literal");
                }
                do c = (unsigned char)*lx->cur++; while (is_xdigit(c));
            } while (c == '_');
            if (!end_of_number(lx, c, "hexadecimal")) return AY_LEX_ERROR;
        } else if (c == 'o' || c == 'O') {
            c = (unsigned char)*lx->cur++;
            do {
                if (c == '_') c = (unsigned char)*lx->cur++;
                if (c < '0' || c >= '8') {
                    if (is_digit(c)) return ERROR_HERE(lx, "invalid digit '%c' in octal literal", c);
                    lx->cur--;
                    return ERROR_HERE(lx, "invalid octal literal");
                }
                do c = (unsigned char)*lx->cur++; while ('0' <= c && c < '8');
            } while (c == '_');
            if (is_digit(c)) return ERROR_HERE(lx, "invalid digit '%c' in octal literal", c);
            if (!end_of_number(lx, c, "octal")) return AY_LEX_ERROR;
        } else if (c == 'b' || c == 'B') {
            c = (unsigned char)*lx->cur++;
            do {
                if (c == '_') c = (unsigned char)*lx->cur++;
                if (c != '0' && c != '1') {
                    if (is_digit(c)) return ERROR_HERE(lx, "invalid digit '%c' in binary literal", c);
                    lx->cur--;
                    return ERROR_HERE(lx, "invalid binary literal");
                }
                do c = (unsigned char)*lx->cur++; while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c)) return ERROR_HERE(lx, "invalid digit '%c' in binary literal", c);
            if (!end_of_number(lx, c, "binary")) return AY_LEX_ERROR;
        } else {
            int nonzero = 0;
            // Old-style octal ("012") is an error, but "00" and "0.5" are fine.
            for (;;) {
                if (c == '_') {
                    c = (unsigned char)*lx->cur++;
                    if (!is_digit(c)) {
                        lx->cur--;
                        return ERROR_HERE(lx, "invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = (unsigned char)*lx->cur++;
            }
            const char *zeros_end = lx->cur;
            if (is_digit(c)) {
                nonzero = 1;
                c = decimal_tail(lx);
                if (c < 0) return AY_LEX_ERROR;
            }
            if (c == '.') {
                c = (unsigned char)*lx->cur++;
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                lx->cur--;
                return error_at(lx, "SyntaxError", lx->lineno, lx->line_start,
                                (int)(start + 1 - lx->line_start), (int)(zeros_end - lx->line_start),
                                "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers");
            }
            if (!end_of_number(lx, c, "decimal")) return AY_LEX_ERROR;
        }
    } else {
        c = decimal_tail(lx);
        if (c < 0) return AY_LEX_ERROR;
        if (c == '.') {
            c = (unsigned char)*lx->cur++;
        fraction:
            if (is_digit(c)) {
                c = decimal_tail(lx);
                if (c < 0) return AY_LEX_ERROR;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = (unsigned char)*lx->cur++;
            if (c == '+' || c == '-') {
                c = (unsigned char)*lx->cur++;
                if (!is_digit(c)) {
                    lx->cur--;
                    return ERROR_HERE(lx, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                lx->cur--;
                if (!end_of_number(lx, e, "decimal")) return AY_LEX_ERROR;
                lx->cur--;  // the 'e' is not part of the number
                return AY_TK_NUMBER;
            }
            c = decimal_tail(lx);
            if (c < 0) return AY_LEX_ERROR;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = (unsigned char)*lx->cur++;
            if (!end_of_number(lx, c, "imaginary")) return AY_LEX_ERROR;
        } else if (!end_of_number(lx, c, "decimal")) {
            return AY_LEX_ERROR;
        }
    }
    lx->cur--;
    return AY_TK_NUMBER;
}

// }====

// {==== Strings ====

// Scans the body of a (non-f) string whose opening quote is at lx->cur - 1;
// `tstart` is where the token (with its prefix) starts.
static int scan_string(AyLexer *lx, const char *tstart, int quote, int tlineno,
                       const char *tline) {
    int quote_size = 1, end_quote_size = 0, escaped_quote = 0;
    if (lx->cur[0] == quote && lx->cur[1] == quote) {
        quote_size = 3;
        lx->cur += 2;
    } else if (lx->cur[0] == quote) {
        lx->cur++;
        return AY_TK_STRING;  // empty string
    }
    while (end_quote_size != quote_size) {
        int c = (unsigned char)*lx->cur++;
        if (c == 0 && lx->cur > lx->lim) {
            lx->cur--;
            goto unterminated;
        }
        if (c == '\n') {
            if (quote_size == 1) {
                lx->cur--;
                goto unterminated;
            }
            newline_seen(lx);
            end_quote_size = 0;
            continue;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = (unsigned char)*lx->cur++;
                if (c == quote) escaped_quote = 1;
                if (c == '\n') newline_seen(lx);
                else if (c == 0 && lx->cur > lx->lim) lx->cur--;
            }
        }
    }
    return AY_TK_STRING;
unterminated: {
        // At the end of input the line count does not include the empty
        // "line" after the final newline.
        int detected = lx->lineno - (lx->cur >= lx->lim && lx->cur == lx->line_start && lx->lineno > 1);
        // The error points at the token's first character.
        lx->err.eof = quote_size == 3 || lx->cur >= lx->lim;
        if (INSIDE_FSTRING(lx)) {
            AyFMode *m = TOP(lx);
            if (m->quote == quote && m->quote_size == quote_size)
                return error_at(lx, "SyntaxError", tlineno, tline, (int)(tstart + 1 - tline), -1,
                                "f-string: expecting '}'");
        }
        if (quote_size == 3)
            return error_at(lx, "SyntaxError", tlineno, tline, (int)(tstart + 1 - tline), -1,
                            "unterminated triple-quoted string literal (detected at line %d)",
                            detected);
        // a backslash-newline just before the end of input: the REPL asks for
        // the next line (err.eof set above), as CPython's does
        return error_at(lx, "SyntaxError", tlineno, tline, (int)(tstart + 1 - tline), -1,
                        escaped_quote ? "unterminated string literal (detected at line %d); "
                                        "perhaps you escaped the end quote?"
                                      : "unterminated string literal (detected at line %d)",
                        detected);
    }
}

// Inside an f-string's literal part: scans up to the next replacement field,
// the closing quote or the end of the format spec (CPython's
// tok_get_fstring_mode).
static int fstring_mode(AyLexer *lx, AyToken *t) {
    AyFMode *m = TOP(lx);
    const char *start = lx->cur;
    int lineno = lx->lineno;
    const char *line_start = lx->line_start;
    if (*lx->cur == '{' && lx->cur[1] != '{') {
        // A field starts right away: nothing to emit before it.
        if (++m->expr_start_depth >= 3)
            return ERROR_HERE(lx, "f-string: expressions nested too deeply");
        m->regular = 1;
        return -2;  // tells ayLex_next to continue in regular mode
    }
    if (*lx->cur == m->quote && (m->quote_size == 1 || (lx->cur[1] == m->quote && lx->cur[2] == m->quote))) {
        lx->cur += m->quote_size;
        lx->nmodes--;
        return set_token(lx, t, AY_TK_FSTRING_END, start, lineno, line_start);
    }
    int in_spec = m->in_format_spec && m->expr_start_depth >= 0;
    int unicode_escape = 0;
    for (;;) {
        int c = (unsigned char)*lx->cur;
        if ((c == 0 && lx->cur >= lx->lim) || (m->quote_size == 1 && c == '\n')) {
            if (in_spec && c == '\n') {
                m->regular = 1;
                m->in_format_spec = 0;
                return set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
            }
            int detected = lx->lineno - (c == 0 && lx->cur == lx->line_start && lx->lineno > 1);
            lx->err.eof = m->quote_size == 3 || c == 0;
            return error_at(lx, "SyntaxError", m->start_lineno, m->start_line,
                            (int)(m->start + 1 - m->start_line), -1,
                            m->quote_size == 3
                                ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                : "unterminated f-string literal (detected at line %d)",
                            detected);
        }
        if (c == m->quote &&
            (m->quote_size == 1 || (lx->cur[1] == m->quote && lx->cur[2] == m->quote)))
            return set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
        lx->cur++;
        if (c == '\n') {
            newline_seen(lx);
        } else if (c == '{') {
            if (*lx->cur != '{' || in_spec) {
                lx->cur--;
                if (++m->expr_start_depth >= 3)
                    return ERROR_HERE(lx, "f-string: expressions nested too deeply");
                m->regular = 1;
                m->in_format_spec = 0;
                return set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
            }
            // "{{": the token's text keeps the first brace, its position
            // covers both (as CPython's).
            lx->cur++;
            set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
            t->len--;
            return AY_TK_FSTRING_MIDDLE;
        } else if (c == '}') {
            if (unicode_escape) {
                unicode_escape = 0;
                continue;
            }
            if (*lx->cur == '}' && !in_spec && m->curly_depth == 0) {
                lx->cur++;
                set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
                t->len--;
                return AY_TK_FSTRING_MIDDLE;
            }
            lx->cur--;
            m->regular = 1;
            m->in_format_spec = 0;
            return set_token(lx, t, AY_TK_FSTRING_MIDDLE, start, lineno, line_start);
        } else if (c == '\\') {
            int peek = (unsigned char)*lx->cur;
            if (peek == '{' || peek == '}') continue;
            if (peek == 0 && lx->cur >= lx->lim) continue;
            lx->cur++;
            if (peek == '\n') newline_seen(lx);
            else if (!m->raw && peek == 'N' && *lx->cur == '{') {
                lx->cur++;
                unicode_escape = 1;
            }
        }
    }
}

// }====

// {==== Layout ====

// Processes the indentation of a new line (CPython's atbol block). Returns 0,
// or AY_LEX_ERROR. Sets *blank when the line holds only a comment/whitespace.
static int indentation(AyLexer *lx, int *blank) {
    int col = 0, altcol = 0, cont_line_col = 0;
    *blank = 0;
    for (;;) {
        int c = (unsigned char)*lx->cur;
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
        else if (c == '\f') { col = altcol = 0; }
        else if (c == '\\' && lx->cur[1] == '\n') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (lx->cur + 2 >= lx->lim) {
                // A continuation into the end of input (CPython's script runner
                // reports it without a column).
                error_at(lx, "SyntaxError", lx->lineno, lx->line_start, 0, 0, "unexpected EOF while parsing");
                lx->err.eof = lx->err.quiet = 1;
                return AY_LEX_ERROR;
            }
            lx->cur += 2;
            newline_seen(lx);
            continue;
        } else break;
        lx->cur++;
    }
    int c = (unsigned char)*lx->cur;
    if (c == '#' || c == '\n' || (c == 0 && lx->cur >= lx->lim)) {
        // Blank and comment-only lines do not count (a REPL ends a block on
        // an empty line itself).
        *blank = 1;
    }
    if (*blank || lx->level) return 0;
    if (cont_line_col) col = altcol = cont_line_col;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= AY_LEX_MAXINDENT) {
            error_at(lx, "IndentationError", lx->lineno, lx->line_start, 1, 0,
                     "too many levels of indentation");
            lx->err.quiet = 1;
            return AY_LEX_ERROR;
        }
        if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            const char *eol = strchr(lx->cur, '\n');
            int len = (int)((eol ? eol + 1 : lx->lim) - lx->line_start);
            error_at(lx, "IndentationError", lx->lineno, lx->line_start, len, -1,
                     "unindent does not match any outer indentation level");
            lx->err.quiet = 1;
            return AY_LEX_ERROR;
        }
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    }
    return 0;
tab_error:
    error_at(lx, "TabError", lx->lineno, lx->line_start, 1, 0,
             "inconsistent use of tabs and spaces in indentation");
    lx->err.quiet = 1;
    return AY_LEX_ERROR;
}

// }====

// {==== Names ====

// A name containing non-ASCII characters, starting at `start`: finds its end
// and checks every character (CPython's verify_identifier).
static int scan_unicode_name(AyLexer *lx, const char *start) {
    const unsigned char *p = (const unsigned char *)start;
    int first = 1;
    for (;;) {
        int cp, n;
        if (*p < 0x80) {
            if (!is_potential_id_char(*p)) break;
            cp = *p;
            n = 1;
        } else {
            n = ayLex_utf8_decode(p, &cp);
        }
        if (first ? !ayLex_is_id_start(cp) : !ayLex_is_id_continue(cp)) {
            lx->cur = (const char *)p + n;
            if (ayLex_is_printable(cp)) {
                char ch[5] = {0};
                memcpy(ch, p, (size_t)n);
                return ERROR_HERE(lx, "invalid character '%s' (U+%04X)", ch, cp);
            }
            return ERROR_HERE(lx, "invalid non-printable character U+%04X", cp);
        }
        first = 0;
        p += n;
    }
    lx->cur = (const char *)p;
    return AY_TK_NAME;
}

// Is [s, e) a valid string prefix (b, r, u, f in CPython's combinations)?
// Returns 0 if not, else a bit set: 1 = bytes, 2 = raw, 4 = f-string, 8 = u.
static int string_prefix(const char *s, const char *e) {
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    for (; s < e; s++) {
        int c = *s | 0x20;
        if (c == 'b' && !saw_b && !saw_u && !saw_f) saw_b = 1;
        else if (c == 'r' && !saw_r && !saw_u) saw_r = 1;
        else if (c == 'u' && !saw_u && !saw_b && !saw_r && !saw_f) saw_u = 1;
        else if (c == 'f' && !saw_f && !saw_b && !saw_u) saw_f = 1;
        else return 0;
    }
    return saw_b | saw_r << 1 | saw_f << 2 | saw_u << 3 | 16;
}

// }====

// {==== The scanner ====

static int open_bracket(AyLexer *lx, int c, const char *start) {
    if (lx->level >= AY_LEX_MAXLEVEL) return ERROR_HERE(lx, "too many nested parentheses");
    lx->parenstack[lx->level] = (char)c;
    lx->parenlineno[lx->level] = lx->lineno;
    lx->parencol[lx->level] = (int)(start - lx->line_start);
    lx->level++;
    if (INSIDE_FSTRING(lx)) TOP(lx)->curly_depth++;
    return 0;
}

static int close_bracket(AyLexer *lx, int c) {
    if (INSIDE_FSTRING(lx) && !TOP(lx)->curly_depth && c == '}')
        return ERROR_HERE(lx, "f-string: single '}' is not allowed");
    if (!lx->level) return ERROR_HERE(lx, "unmatched '%c'", c);
    lx->level--;
    int opening = lx->parenstack[lx->level];
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
          (opening == '{' && c == '}'))) {
        if (INSIDE_FSTRING(lx) && opening == '{' &&
            TOP(lx)->curly_depth - 1 == TOP(lx)->expr_start_depth)
            return ERROR_HERE(lx, "f-string: unmatched '%c'", c);
        if (lx->parenlineno[lx->level] != lx->lineno)
            return ERROR_HERE(lx, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                              c, opening, lx->parenlineno[lx->level]);
        return ERROR_HERE(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                          opening);
    }
    if (INSIDE_FSTRING(lx)) {
        AyFMode *m = TOP(lx);
        m->curly_depth--;
        if (m->curly_depth < 0) return ERROR_HERE(lx, "f-string: unmatched '%c'", c);
        if (c == '}' && m->curly_depth == m->expr_start_depth) {
            m->expr_start_depth--;
            m->regular = 0;
            m->in_format_spec = 0;
        }
    }
    return 0;
}

// Recognises a keyword, a name, or an operator at `p` (re2c). Sets *end.
static int scan_word_or_op(const char *p, const char **end) {
    const unsigned char *YYCURSOR = (const unsigned char *)p, *YYMARKER;
    (void)YYMARKER;
#define RET(tk) do { *end = (const char *)YYCURSOR; return (tk); } while (0)
    /*!re2c
    "False" { RET(AY_TK_FALSE); }
    "None" { RET(AY_TK_NONE); }
    "True" { RET(AY_TK_TRUE); }
    "and" { RET(AY_TK_AND); }
    "as" { RET(AY_TK_AS); }
    "assert" { RET(AY_TK_ASSERT); }
    "async" { RET(AY_TK_ASYNC); }
    "await" { RET(AY_TK_AWAIT); }
    "break" { RET(AY_TK_BREAK); }
    "class" { RET(AY_TK_CLASS); }
    "continue" { RET(AY_TK_CONTINUE); }
    "def" { RET(AY_TK_DEF); }
    "del" { RET(AY_TK_DEL); }
    "elif" { RET(AY_TK_ELIF); }
    "else" { RET(AY_TK_ELSE); }
    "except" { RET(AY_TK_EXCEPT); }
    "finally" { RET(AY_TK_FINALLY); }
    "for" { RET(AY_TK_FOR); }
    "from" { RET(AY_TK_FROM); }
    "global" { RET(AY_TK_GLOBAL); }
    "if" { RET(AY_TK_IF); }
    "import" { RET(AY_TK_IMPORT); }
    "in" { RET(AY_TK_IN); }
    "is" { RET(AY_TK_IS); }
    "lambda" { RET(AY_TK_LAMBDA); }
    "nonlocal" { RET(AY_TK_NONLOCAL); }
    "not" { RET(AY_TK_NOT); }
    "or" { RET(AY_TK_OR); }
    "pass" { RET(AY_TK_PASS); }
    "raise" { RET(AY_TK_RAISE); }
    "return" { RET(AY_TK_RETURN); }
    "try" { RET(AY_TK_TRY); }
    "while" { RET(AY_TK_WHILE); }
    "with" { RET(AY_TK_WITH); }
    "yield" { RET(AY_TK_YIELD); }
    [a-zA-Z_][a-zA-Z0-9_]* { RET(AY_TK_NAME); }

    "(" { RET(AY_TK_LPAR); }
    ")" { RET(AY_TK_RPAR); }
    "[" { RET(AY_TK_LSQB); }
    "]" { RET(AY_TK_RSQB); }
    "{" { RET(AY_TK_LBRACE); }
    "}" { RET(AY_TK_RBRACE); }
    ":" { RET(AY_TK_COLON); }
    ":=" { RET(AY_TK_COLONEQUAL); }
    "," { RET(AY_TK_COMMA); }
    ";" { RET(AY_TK_SEMI); }
    "+" { RET(AY_TK_PLUS); }
    "-" { RET(AY_TK_MINUS); }
    "*" { RET(AY_TK_STAR); }
    "/" { RET(AY_TK_SLASH); }
    "|" { RET(AY_TK_VBAR); }
    "&" { RET(AY_TK_AMPER); }
    "<" { RET(AY_TK_LESS); }
    ">" { RET(AY_TK_GREATER); }
    "=" { RET(AY_TK_EQUAL); }
    "." { RET(AY_TK_DOT); }
    "%" { RET(AY_TK_PERCENT); }
    "==" { RET(AY_TK_EQEQUAL); }
    "!=" { RET(AY_TK_NOTEQUAL); }
    "<>" { RET(AY_TK_NOTEQUAL); }
    "<=" { RET(AY_TK_LESSEQUAL); }
    ">=" { RET(AY_TK_GREATEREQUAL); }
    "~" { RET(AY_TK_TILDE); }
    "^" { RET(AY_TK_CIRCUMFLEX); }
    "<<" { RET(AY_TK_LEFTSHIFT); }
    ">>" { RET(AY_TK_RIGHTSHIFT); }
    "**" { RET(AY_TK_DOUBLESTAR); }
    "+=" { RET(AY_TK_PLUSEQUAL); }
    "-=" { RET(AY_TK_MINEQUAL); }
    "*=" { RET(AY_TK_STAREQUAL); }
    "/=" { RET(AY_TK_SLASHEQUAL); }
    "%=" { RET(AY_TK_PERCENTEQUAL); }
    "&=" { RET(AY_TK_AMPEREQUAL); }
    "|=" { RET(AY_TK_VBAREQUAL); }
    "^=" { RET(AY_TK_CIRCUMFLEXEQUAL); }
    "<<=" { RET(AY_TK_LEFTSHIFTEQUAL); }
    ">>=" { RET(AY_TK_RIGHTSHIFTEQUAL); }
    "**=" { RET(AY_TK_DOUBLESTAREQUAL); }
    "//" { RET(AY_TK_DOUBLESLASH); }
    "//=" { RET(AY_TK_DOUBLESLASHEQUAL); }
    "@" { RET(AY_TK_AT); }
    "@=" { RET(AY_TK_ATEQUAL); }
    "->" { RET(AY_TK_RARROW); }
    "..." { RET(AY_TK_ELLIPSIS); }
    "!" { RET(AY_TK_EXCLAMATION); }
    * { RET(0); }
    */
#undef RET
}

// Scans one token in regular mode (CPython's tok_get_normal_mode).
static int normal_mode(AyLexer *lx, AyToken *t) {
again:
    if (lx->atbol) {
        lx->atbol = 0;
        int blank;
        if (indentation(lx, &blank) < 0) return AY_LEX_ERROR;
        if (blank) {
            // Skip to the end of the line (a comment) and go on.
            while (*lx->cur != '\n' && !(*lx->cur == 0 && lx->cur >= lx->lim)) lx->cur++;
            if (*lx->cur == '\n') {
                lx->cur++;
                newline_seen(lx);
                lx->atbol = 1;
                goto again;
            }
        }
    }
    if (lx->pendin != 0) {
        int type = lx->pendin < 0 ? AY_TK_DEDENT : AY_TK_INDENT;
        lx->pendin += lx->pendin < 0 ? 1 : -1;
        return set_token(lx, t, type, lx->cur, lx->lineno, lx->line_start);
    }

    // Skip spaces and comments.
    int c;
    for (;;) {
        c = (unsigned char)*lx->cur;
        if (c == ' ' || c == '\t' || c == '\f') { lx->cur++; continue; }
        break;
    }
    const char *start = lx->cur;
    int lineno = lx->lineno;
    const char *line_start = lx->line_start;

    if (c == '#') {
        while (*lx->cur != '\n' && !(*lx->cur == 0 && lx->cur >= lx->lim)) lx->cur++;
        c = (unsigned char)*lx->cur;
        start = lx->cur;
    }

    if (c == 0 && lx->cur >= lx->lim) {
        if (lx->level) {
            lx->err.eof = 1;
            lx->err.type = NULL;  // the driver reports the unclosed bracket
            return AY_LEX_ERROR;
        }
        int type = !lx->last_was_newline ? AY_TK_NEWLINE : lx->indent > 0 ? AY_TK_DEDENT : 0;
        if (type == AY_TK_DEDENT) lx->indent--;
        if (type == 0) lx->done = 1;
        set_token(lx, t, type, start, lineno, line_start);
        // Tokens at the end of input sit on the last line, without a column
        // (CPython reports errors there without a caret).
        if (lx->cur == lx->line_start && lineno > 1) t->lineno = t->end_lineno = lineno - 1;
        t->col = t->end_col = -1;
        return type;
    }

    if (c == '\n') {
        lx->cur++;
        if (lx->level > 0) {
            newline_seen(lx);
            goto again;
        }
        int type = set_token(lx, t, AY_TK_NEWLINE, start, lineno, line_start);
        newline_seen(lx);
        lx->atbol = 1;
        return type;
    }

    if (c == '\\') {
        if (lx->cur[1] == '\n') {
            lx->cur += 2;
            if (*lx->cur == 0 && lx->cur >= lx->lim) {
                ERROR_HERE(lx, "unexpected EOF while parsing");
                lx->err.eof = lx->err.quiet = 1;
                return AY_LEX_ERROR;
            }
            newline_seen(lx);
            goto again;
        }
        lx->cur += 2;
        if (lx->cur > lx->lim) lx->cur = lx->lim;
        ERROR_HERE(lx, "unexpected character after line continuation character");
        lx->err.quiet = 1;
        return AY_LEX_ERROR;
    }

    if (is_digit(c) || (c == '.' && is_digit((unsigned char)lx->cur[1]))) {
        lx->cur++;
        int type = scan_number(lx, c);
        if (type < 0) return type;
        return set_token(lx, t, type, start, lineno, line_start);
    }

    if (c == '\'' || c == '"') {
        lx->cur++;
        int type = scan_string(lx, start, c, lineno, line_start);
        if (type < 0) return type;
        return set_token(lx, t, type, start, lineno, line_start);
    }

    const char *end;
    int type;
    if (c >= 0x80) {
        type = scan_unicode_name(lx, start);
        if (type < 0) return type;
        end = lx->cur;
    } else {
        type = scan_word_or_op(start, &end);
    }
    if (type == 0) {
        // A character no token starts with.
        lx->cur++;
        if (!ayLex_is_printable(c))
            return ERROR_HERE(lx, "invalid non-printable character U+%04X", c);
        return set_token(lx, t, AY_TK_ERRORTOKEN, start, lineno, line_start);
    }
    lx->cur = end;

    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80) {
        // A name or keyword; it may continue with non-ASCII characters or be
        // a string prefix.
        if ((unsigned char)*end >= 0x80) {
            type = scan_unicode_name(lx, start);
            if (type < 0) return type;
            end = lx->cur;
        }
        int q = *end;
        int prefix = (q == '\'' || q == '"') ? string_prefix(start, end) : 0;
        if (prefix & 4) {
            // f-string: push a mode and emit FSTRING_START.
            int quote_size = 1;
            lx->cur = end + 1;
            if (lx->cur[0] == q && lx->cur[1] == q) {
                quote_size = 3;
                lx->cur += 2;
            }
            if (lx->nmodes >= AY_LEX_MAXFMODES) return ERROR_HERE(lx, "too many nested f-strings");
            AyFMode *m = &lx->modes[lx->nmodes++];
            memset(m, 0, sizeof *m);
            m->quote = (char)q;
            m->quote_size = (char)quote_size;
            m->raw = (prefix & 2) != 0;
            m->expr_start_depth = -1;
            m->start = start;
            m->start_line = line_start;
            m->start_lineno = lineno;
            return set_token(lx, t, AY_TK_FSTRING_START, start, lineno, line_start);
        }
        if (prefix) {
            lx->cur = end + 1;
            type = scan_string(lx, start, q, lineno, line_start);
            if (type < 0) return type;
        }
        return set_token(lx, t, type, start, lineno, line_start);
    }
    if (type == AY_TK_NOTEQUAL && start[0] == '<') type = AY_TK_ERRORTOKEN;

    // Punctuation with f-string meaning: ':' may start a format spec.
    if (INSIDE_FSTRING(lx) && (type == AY_TK_COLON || type == AY_TK_COLONEQUAL)) {
        AyFMode *m = TOP(lx);
        if (m->expr_start_depth >= 0 && m->curly_depth - 1 == m->expr_start_depth) {
            lx->cur = start + 1;
            m->regular = 0;
            m->in_format_spec = 1;
            return set_token(lx, t, AY_TK_COLON, start, lineno, line_start);
        }
    }
    switch (type) {
    case AY_TK_LPAR: case AY_TK_LSQB: case AY_TK_LBRACE:
        if (open_bracket(lx, c, start) < 0) return AY_LEX_ERROR;
        break;
    case AY_TK_RPAR: case AY_TK_RSQB: case AY_TK_RBRACE:
        if (close_bracket(lx, c) < 0) return AY_LEX_ERROR;
        break;
    default:
        break;
    }
    return set_token(lx, t, type, start, lineno, line_start);
}

// Returns the next token (see lexer.h).
int ayLex_next(AyLexer *lx, AyToken *t) {
    if (lx->done) {
        set_token(lx, t, 0, lx->cur, lx->lineno, lx->line_start);
        if (lx->cur == lx->line_start && t->lineno > 1) t->lineno = t->end_lineno = t->lineno - 1;
        t->col = t->end_col = -1;
        return 0;
    }
    if (INSIDE_FSTRING(lx) && !TOP(lx)->regular) {
        int type = fstring_mode(lx, t);
        if (type != -2) return type;
    }
    return normal_mode(lx, t);
}

// }====
