// Python regex syntax -> PCRE2 syntax. A recursive-descent parser over the
// pattern's code points that checks everything CPython's re parser checks
// (with its messages and positions), computes widths for the fixed-width
// look-behind rule, and emits an equivalent PCRE2 pattern:
//   - every literal that is not an ASCII letter or digit becomes \x{...}, so
//     no PCRE2-only syntax can appear by accident;
//   - named groups become plain numbered groups (the names are kept in
//     groupindex), (?P=name) becomes \g{N};
//   - \Z becomes \z; Unicode \s also covers \x1c-\x1f as Python's does;
//   - {,n} becomes {0,n}; verbose-mode whitespace and comments are dropped.
#include <string.h>

#include "containers.h"
#include "re_parse.h"
#include "str.h"

#define W_INF ((int64_t)1 << 40)

typedef struct Width {
    int64_t lo, hi;
} Width;

typedef struct Parser {
    AyVM *vm;
    const uint32_t *p;
    int64_t n, pos;
    bool is_bytes, verbose;
    int flags;
    ReTranslation *tr;
    AyBuf *out;
    // per group (1-based): still open?, width once closed, enclosing group
    uint8_t *open;
    Width *gwidth;
    int *parent;
    int innermost;           // the innermost open capturing group (0: none)
    int cap;
    int cond_ref;            // the highest group number a conditional names
    int64_t cond_ref_pos;
    bool failed;
} Parser;

// Records a FutureWarning for re_compile to issue (CPython warns about
// syntax that may change meaning in the future).
static void warn_at(Parser *ps, const char *what, int64_t pos) {
    ReTranslation *tr = ps->tr;
    if (tr->nwarnings < RE_MAX_WARNINGS)
        snprintf(tr->warnings[tr->nwarnings++], sizeof tr->warnings[0], "Possible %s at position %lld", what,
                 (long long)pos);
}

static bool fail_at(Parser *ps, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail_at(Parser *ps, int64_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ps->tr->error, sizeof ps->tr->error, fmt, ap);
    va_end(ap);
    ps->tr->error_pos = pos;
    ps->failed = true;
    return false;
}

static bool at_end(Parser *ps) { return ps->pos >= ps->n; }
static uint32_t peek(Parser *ps) { return ps->pos < ps->n ? ps->p[ps->pos] : 0; }
static uint32_t peek_at(Parser *ps, int64_t k) { return ps->pos + k < ps->n ? ps->p[ps->pos + k] : 0; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int hex_value(uint32_t c) {
    if (is_digit(c)) return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static Width w_add(Width a, Width b) {
    Width r = {a.lo + b.lo, a.hi + b.hi};
    if (r.lo > W_INF) r.lo = W_INF;
    if (r.hi > W_INF) r.hi = W_INF;
    return r;
}

// The source text of pattern[from:to) as UTF-8 (for messages).
static const char *source_text(Parser *ps, int64_t from, int64_t to, char *buf, size_t cap) {
    size_t k = 0;
    for (int64_t i = from; i < to && k + 5 < cap; i++) {
        uint32_t c = ps->p[i];
        if (ps->is_bytes || c < 0x80) buf[k++] = (char)c;
        else k += (size_t)ayUtf8_encode(c, buf + k);
    }
    buf[k] = 0;
    return buf;
}

// {==== output

static void emit(Parser *ps, const char *s) { ayBuf_adds(ps->out, s); }

static void emit_char(Parser *ps, uint32_t c) {
    if (c < 0x80 && (is_digit(c) || is_ascii_letter(c))) {
        ayBuf_addc(ps->out, (char)c);
    } else if (c >= 0x80 && !ps->is_bytes) {
        char u[4];
        ayBuf_add(ps->out, u, (size_t)ayUtf8_encode(c, u));
    } else {
        ayBuf_printf(ps->out, "\\x{%x}", (unsigned)c);
    }
}

static bool unicode_mode(Parser *ps) { return !ps->is_bytes && !(ps->flags & RE_ASCII); }

// }====
// {==== groups and names

static bool grow_groups(Parser *ps) {
    int gid = ps->tr->groups + 1;
    if (gid < ps->cap) return true;
    int cap = ps->cap ? ps->cap * 2 : 16;
    uint8_t *o = ayMem_realloc(ps->vm, ps->open, (size_t)ps->cap, (size_t)cap);
    if (!o) return false;
    ps->open = o;
    Width *w = ayMem_realloc(ps->vm, ps->gwidth, sizeof(Width) * (size_t)ps->cap, sizeof(Width) * (size_t)cap);
    if (!w) return false;
    ps->gwidth = w;
    int *par = ayMem_realloc(ps->vm, ps->parent, sizeof(int) * (size_t)ps->cap, sizeof(int) * (size_t)cap);
    if (!par) return false;
    ps->parent = par;
    ps->cap = cap;
    return true;
}

static bool is_identifier(const uint32_t *s, int64_t n) {
    if (n == 0) return false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        bool ok = c == '_' || is_ascii_letter(c) || (i > 0 && is_digit(c)) || c >= 0x80;
        if (!ok) return false;
    }
    return true;
}

static AyValue name_str(Parser *ps, int64_t from, int64_t to) {
    char buf[512];
    source_text(ps, from, to, buf, sizeof buf);
    AyStr *s = ayStr_new_c(ps->vm, buf);
    return s ? ayV_from_obj(s) : AY_NULL;
}

// Reads a group name up to `term` (the pattern is at its first character);
// leaves the position after the terminator. *from/*to delimit the name.
static bool read_name(Parser *ps, uint32_t term, int64_t *from, int64_t *to) {
    *from = ps->pos;
    while (!at_end(ps) && peek(ps) != term) ps->pos++;
    if (at_end(ps) && ps->pos == *from) return fail_at(ps, *from, "missing group name");
    if (at_end(ps)) return fail_at(ps, *from, "missing %c, unterminated name", (char)term);
    *to = ps->pos;
    ps->pos++;
    if (*to == *from) return fail_at(ps, *from, "missing group name");
    return true;
}

// A name that must be an identifier, or (allow_number) a group number.
// Returns the group number it names (0 for a new name when !must_exist).
static int resolve_name(Parser *ps, int64_t from, int64_t to, bool allow_number, bool must_exist, bool *failed) {
    char text[512];
    *failed = false;
    if (allow_number && is_digit(ps->p[from])) {
        int64_t num = 0;
        bool digits = true;
        for (int64_t i = from; i < to; i++) {
            if (!is_digit(ps->p[i])) digits = false;
            else if (num < 1000000) num = num * 10 + (ps->p[i] - '0');
        }
        if (digits) return (int)num;
    }
    if (!is_identifier(ps->p + from, to - from)) {
        *failed = true;
        fail_at(ps, from, "bad character in group name '%s'", source_text(ps, from, to, text, sizeof text));
        return 0;
    }
    if (!must_exist) return 0;
    AyValue key = name_str(ps, from, to);
    AyValue idx = key ? ayDict_get(ps->vm, ps->tr->groupindex, key) : AY_NULL;
    if (!idx) {
        *failed = true;
        fail_at(ps, from, "unknown group name '%s'", source_text(ps, from, to, text, sizeof text));
        return 0;
    }
    return (int)ayV_int(idx);
}

// A back reference to an existing group; an open group is an error
// reported at `where`.
static bool emit_backref(Parser *ps, int gid, int64_t where, Width *w) {
    if (ps->open[gid]) return fail_at(ps, where, "cannot refer to an open group");
    ayBuf_printf(ps->out, "\\g{%d}", gid);
    *w = ps->gwidth[gid];
    return true;
}

// }====
// {==== escapes

// Reads `ndigits` hex digits after an escape letter; `start` is the backslash.
static bool read_hex(Parser *ps, int64_t start, int ndigits, uint32_t *out) {
    uint32_t v = 0;
    for (int i = 0; i < ndigits; i++) {
        int d = hex_value(peek(ps));
        if (at_end(ps) || d < 0) {
            char text[32];
            return fail_at(ps, start, "incomplete escape %s", source_text(ps, start, ps->pos, text, sizeof text));
        }
        v = v * 16 + (uint32_t)d;
        ps->pos++;
    }
    *out = v;
    return true;
}

enum { ESC_CHAR, ESC_CLASS, ESC_ANCHOR, ESC_BACKREF };

typedef struct Escape {
    int kind;
    uint32_t ch;     // ESC_CHAR: the character; ESC_CLASS/ESC_ANCHOR: the letter
    int group;       // ESC_BACKREF
} Escape;

// Parses an escape at the backslash. In a class, digits are octal and \b is
// a backspace; outside, \1.. are back references.
static bool parse_escape(Parser *ps, bool in_class, Escape *e) {
    int64_t start = ps->pos;
    ps->pos++;  // the backslash
    if (at_end(ps)) return fail_at(ps, start, "bad escape (end of pattern)");
    uint32_t c = ps->p[ps->pos++];
    char text[32];
    e->kind = ESC_CHAR;
    switch (c) {
    case 'a': e->ch = 7; return true;
    case 'f': e->ch = 12; return true;
    case 'n': e->ch = 10; return true;
    case 'r': e->ch = 13; return true;
    case 't': e->ch = 9; return true;
    case 'v': e->ch = 11; return true;
    case '\\': e->ch = '\\'; return true;
    case 'x': return read_hex(ps, start, 2, &e->ch);
    case 'u':
    case 'U':
        if (ps->is_bytes) break;
        if (!read_hex(ps, start, c == 'u' ? 4 : 8, &e->ch)) return false;
        if (e->ch > 0x10FFFF) return fail_at(ps, start, "bad escape %s", source_text(ps, start, ps->pos, text, sizeof text));
        return true;
    case 'N': {
        if (ps->is_bytes) break;
        if (peek(ps) != '{') return fail_at(ps, ps->pos, "missing {");
        int64_t from = ++ps->pos;
        while (!at_end(ps) && peek(ps) != '}') ps->pos++;
        if (at_end(ps)) return fail_at(ps, from, "missing }, unterminated name");
        int64_t to = ps->pos++;
        if (to == from) return fail_at(ps, from, "missing character name");
        char name[256];
        source_text(ps, from, to, name, sizeof name);
        int cp = ayStr_lookup_name(name, (int)strlen(name));
        if (cp < 0) return fail_at(ps, start, "undefined character name '%s'", name);
        e->ch = (uint32_t)cp;
        return true;
    }
    case 'b':
        if (in_class) {
            e->ch = 8;
            return true;
        }
        e->kind = ESC_ANCHOR;
        e->ch = c;
        return true;
    case 'A': case 'Z': case 'B':
        if (in_class) break;
        e->kind = ESC_ANCHOR;
        e->ch = c;
        return true;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        e->kind = ESC_CLASS;
        e->ch = c;
        return true;
    case '0': {
        // octal: \0 plus up to two more octal digits
        uint32_t v = 0;
        for (int i = 0; i < 2 && is_octal(peek(ps)); i++) v = v * 8 + (ps->p[ps->pos++] - '0');
        e->ch = v;
        return true;
    }
    default:
        break;
    }
    if (is_digit(c)) {
        if (in_class) {
            if (!is_octal(c)) return fail_at(ps, start, "bad escape %s", source_text(ps, start, ps->pos, text, sizeof text));
            uint32_t v = c - '0';
            for (int i = 0; i < 2 && is_octal(peek(ps)); i++) v = v * 8 + (ps->p[ps->pos++] - '0');
            if (v > 0377)
                return fail_at(ps, start, "octal escape value %s outside of range 0-0o377",
                               source_text(ps, start, ps->pos, text, sizeof text));
            e->ch = v;
            return true;
        }
        if (is_digit(peek(ps))) {
            uint32_t c2 = ps->p[ps->pos++];
            if (is_octal(c) && is_octal(c2) && is_octal(peek(ps))) {
                uint32_t v = ((c - '0') * 8 + (c2 - '0')) * 8 + (ps->p[ps->pos++] - '0');
                if (v > 0377)
                    return fail_at(ps, start, "octal escape value %s outside of range 0-0o377",
                                   source_text(ps, start, ps->pos, text, sizeof text));
                e->ch = v;
                return true;
            }
            e->group = (int)((c - '0') * 10 + (c2 - '0'));
        } else {
            e->group = (int)(c - '0');
        }
        e->kind = ESC_BACKREF;
        return true;
    }
    if (c < 0x80 && is_ascii_letter(c))
        return fail_at(ps, start, "bad escape %s", source_text(ps, start, ps->pos, text, sizeof text));
    e->ch = c;
    return true;
}

// \s and \S for Unicode patterns: Python's whitespace includes \x1c-\x1f.
static void emit_class_escape(Parser *ps, uint32_t letter, bool in_class) {
    if (unicode_mode(ps) && (letter == 's' || letter == 'S')) {
        if (letter == 's') emit(ps, in_class ? "\\s\\x{1c}-\\x{1f}" : "[\\s\\x{1c}-\\x{1f}]");
        else emit(ps, in_class ? "\\S" : "[^\\s\\x{1c}-\\x{1f}]");
        return;
    }
    ayBuf_addc(ps->out, '\\');
    ayBuf_addc(ps->out, (char)letter);
}

// }====
// {==== character classes

static bool parse_class(Parser *ps) {
    int64_t start = ps->pos++;
    emit(ps, "[");
    if (peek(ps) == '[' && !at_end(ps)) warn_at(ps, "nested set", ps->pos);
    if (peek(ps) == '^') {
        ps->pos++;
        emit(ps, "^");
    }
    int64_t first = ps->pos;
    for (;;) {
        if (at_end(ps)) return fail_at(ps, start, "unterminated character set");
        int64_t item = ps->pos;
        uint32_t c = peek(ps);
        if (c == ']' && ps->pos != first) {
            ps->pos++;
            break;
        }
        if (ps->pos != first && strchr("-&~|", (int)c) && c && peek_at(ps, 1) == c && ps->pos + 1 < ps->n)
            warn_at(ps, c == '-' ? "set difference" : c == '&' ? "set intersection" : c == '~' ? "set symmetric difference" : "set union",
                    ps->pos);
        Escape lo = {ESC_CHAR, c, 0};
        if (c == '\\') {
            if (!parse_escape(ps, true, &lo)) return false;
        } else {
            ps->pos++;
        }
        if (peek(ps) == '-' && peek_at(ps, 1) != ']' && ps->pos + 1 < ps->n) {
            ps->pos++;  // '-'
            Escape hi = {ESC_CHAR, peek(ps), 0};
            if (peek(ps) == '\\') {
                if (!parse_escape(ps, true, &hi)) return false;
            } else {
                ps->pos++;
            }
            char text[64];
            if (lo.kind != ESC_CHAR || hi.kind != ESC_CHAR || hi.ch < lo.ch)
                return fail_at(ps, item, "bad character range %s", source_text(ps, item, ps->pos, text, sizeof text));
            emit_char(ps, lo.ch);
            emit(ps, "-");
            emit_char(ps, hi.ch);
            continue;
        }
        if (lo.kind == ESC_CLASS) emit_class_escape(ps, lo.ch, true);
        else emit_char(ps, lo.ch);
    }
    emit(ps, "]");
    return true;
}

// }====
// {==== flags

static int flag_bit(uint32_t c) {
    switch (c) {
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'x': return RE_VERBOSE;
    case 'a': return RE_ASCII;
    case 'u': return RE_UNICODE;
    default: return 0;
    }
}

static bool is_alpha(uint32_t c) { return is_ascii_letter(c) || c >= 0x80; }

// The flags of "(?aiLmsux-imsx:" or "(?aiLmsux)" from the first letter (or
// '-') through the ':' or ')'. *off is -1 for the global form.
static bool read_flags(Parser *ps, int *on, int *off) {
    uint32_t c = ps->p[ps->pos++];
    *on = 0;
    *off = 0;
    if (c != '-') {
        for (;;) {
            int bit = flag_bit(c);
            if (c == 'L' && !ps->is_bytes)
                return fail_at(ps, ps->pos, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (c == 'u' && ps->is_bytes)
                return fail_at(ps, ps->pos, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            *on |= bit;
            int kinds = !!(*on & RE_ASCII) + !!(*on & RE_UNICODE) + !!(*on & RE_LOCALE);
            if (kinds > 1) return fail_at(ps, ps->pos, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (at_end(ps)) return fail_at(ps, ps->pos, "missing -, : or )");
            c = ps->p[ps->pos++];
            if (c == ')' || c == '-' || c == ':') break;
            if (!flag_bit(c)) return fail_at(ps, ps->pos - 1, is_alpha(c) ? "unknown flag" : "missing -, : or )");
        }
    }
    if (c == ')') {
        *off = -1;
        return true;
    }
    if (c == '-') {
        if (at_end(ps)) return fail_at(ps, ps->pos, "missing flag");
        c = ps->p[ps->pos++];
        if (!flag_bit(c)) return fail_at(ps, ps->pos - 1, is_alpha(c) ? "unknown flag" : "missing flag");
        for (;;) {
            int bit = flag_bit(c);
            if (bit & (RE_ASCII | RE_UNICODE | RE_LOCALE))
                return fail_at(ps, ps->pos, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *off |= bit;
            if (at_end(ps)) return fail_at(ps, ps->pos, "missing :");
            c = ps->p[ps->pos++];
            if (c == ':') break;
            if (!flag_bit(c)) return fail_at(ps, ps->pos - 1, is_alpha(c) ? "unknown flag" : "missing :");
        }
    }
    if (*on & *off) return fail_at(ps, ps->pos - 1, "bad inline flags: flag turned on and off");
    return true;
}

static void emit_scoped_flags(Parser *ps, int on, int off) {
    static const struct { int bit; char letter; } map[] = {
        {RE_IGNORECASE, 'i'}, {RE_MULTILINE, 'm'}, {RE_DOTALL, 's'}};
    emit(ps, "(?");
    for (int i = 0; i < 3; i++)
        if (on & map[i].bit) ayBuf_addc(ps->out, map[i].letter);
    if (off & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL)) {
        emit(ps, "-");
        for (int i = 0; i < 3; i++)
            if (off & map[i].bit) ayBuf_addc(ps->out, map[i].letter);
    }
    emit(ps, ":");
}

// }====
// {==== the grammar

static bool parse_alternatives(Parser *ps, Width *w, int depth);

// The body of a group after its opening syntax, through the ')'.
static bool parse_group_body(Parser *ps, int64_t open_pos, Width *w, const char *missing) {
    if (!parse_alternatives(ps, w, 1)) return false;
    if (peek(ps) != ')' || at_end(ps)) return fail_at(ps, open_pos, "%s", missing);
    ps->pos++;
    emit(ps, ")");
    return true;
}

static const char *const MISSING_PAREN = "missing ), unterminated subpattern";

// A capturing group (its number already allocated) through its ')'.
static bool parse_capture(Parser *ps, int gid, int64_t open_pos, Width *w) {
    ps->open[gid] = 1;
    ps->parent[gid] = ps->innermost;
    ps->innermost = gid;
    emit(ps, "(");
    if (!parse_group_body(ps, open_pos, w, MISSING_PAREN)) return false;
    ps->innermost = ps->parent[gid];
    ps->open[gid] = 0;
    ps->gwidth[gid] = *w;
    return true;
}

// A conditional group (?(id)yes|no), position after "(?(".
static bool parse_conditional(Parser *ps, int64_t open_pos, Width *w) {
    int64_t from, to;
    if (!read_name(ps, ')', &from, &to)) return false;
    bool failed;
    int gid = resolve_name(ps, from, to, true, true, &failed);
    if (failed) return false;
    if (gid <= 0) return fail_at(ps, from, "bad group number");
    if (gid >= 100) return fail_at(ps, from, "invalid group reference %d", gid);
    if (gid > ps->cond_ref) {  // may refer forward: checked once all groups are known
        ps->cond_ref = gid;
        ps->cond_ref_pos = from;
    }
    ayBuf_printf(ps->out, "(?(%d)", gid);
    // at most two branches
    Width yes, no = {0, 0};
    if (!parse_alternatives(ps, &yes, -1)) return false;
    if (peek(ps) == '|' && !at_end(ps)) {
        ps->pos++;
        emit(ps, "|");
        if (!parse_alternatives(ps, &no, -1)) return false;
        if (peek(ps) == '|' && !at_end(ps))
            return fail_at(ps, ps->pos, "conditional backref with more than two branches");
    }
    if (at_end(ps) || peek(ps) != ')') return fail_at(ps, open_pos, "%s", MISSING_PAREN);
    ps->pos++;
    emit(ps, ")");
    w->lo = yes.lo < no.lo ? yes.lo : no.lo;
    w->hi = yes.hi > no.hi ? yes.hi : no.hi;
    return true;
}

enum { ITEM_NONE, ITEM_ANCHOR, ITEM_NORMAL };

// A parenthesized construct at '('. *kind says whether it produced a
// repeatable item.
static bool parse_paren(Parser *ps, Width *w, int *kind, bool at_start) {
    int64_t open_pos = ps->pos++;
    *kind = ITEM_NORMAL;
    w->lo = w->hi = 0;
    if (peek(ps) != '?' || at_end(ps)) {
        if (!grow_groups(ps)) return false;
        return parse_capture(ps, ++ps->tr->groups, open_pos, w);
    }
    ps->pos++;  // '?'
    if (at_end(ps)) return fail_at(ps, ps->pos, "unexpected end of pattern");
    uint32_t c = ps->p[ps->pos++];
    char text[16];
    switch (c) {
    case ':':
        emit(ps, "(?:");
        return parse_group_body(ps, open_pos, w, MISSING_PAREN);
    case '>':
        emit(ps, "(?>");
        return parse_group_body(ps, open_pos, w, MISSING_PAREN);
    case '=':
    case '!':
        emit(ps, c == '=' ? "(?=" : "(?!");
        if (!parse_group_body(ps, open_pos, w, MISSING_PAREN)) return false;
        w->lo = w->hi = 0;
        return true;
    case '<': {
        if (at_end(ps)) return fail_at(ps, ps->pos, "unexpected end of pattern");
        uint32_t d = ps->p[ps->pos++];
        if (d != '=' && d != '!')
            return fail_at(ps, open_pos + 1, "unknown extension ?<%s", source_text(ps, ps->pos - 1, ps->pos, text, sizeof text));
        emit(ps, d == '=' ? "(?<=" : "(?<!");
        if (!parse_group_body(ps, open_pos, w, MISSING_PAREN)) return false;
        if (w->lo != w->hi) return fail_at(ps, -1, "look-behind requires fixed-width pattern");
        w->lo = w->hi = 0;
        return true;
    }
    case '#':
        while (!at_end(ps) && peek(ps) != ')') ps->pos++;
        if (at_end(ps)) return fail_at(ps, open_pos, "missing ), unterminated comment");
        ps->pos++;
        *kind = ITEM_NONE;
        return true;
    case '(':
        return parse_conditional(ps, open_pos, w);
    case 'P': {
        if (at_end(ps)) return fail_at(ps, ps->pos, "unexpected end of pattern");
        uint32_t d = ps->p[ps->pos++];
        int64_t from, to;
        bool failed;
        if (d == '<') {
            if (!read_name(ps, '>', &from, &to)) return false;
            resolve_name(ps, from, to, false, false, &failed);
            if (failed) return false;
            if (!grow_groups(ps)) return false;
            int gid = ++ps->tr->groups;
            AyValue key = name_str(ps, from, to);
            if (!key) return false;
            AyValue old = ayDict_get(ps->vm, ps->tr->groupindex, key);
            if (old)
                return fail_at(ps, from, "redefinition of group name '%s' as group %d; was group %d",
                               AY_CSTR(key), gid, (int)ayV_int(old));
            if (ayDict_set(ps->vm, ps->tr->groupindex, key, ayV_small(gid)) < 0) return false;
            return parse_capture(ps, gid, open_pos, w);
        }
        if (d == '=') {
            if (!read_name(ps, ')', &from, &to)) return false;
            int gid = resolve_name(ps, from, to, false, true, &failed);
            if (failed) return false;
            return emit_backref(ps, gid, from, w);
        }
        if (at_end(ps) && d == 0) return fail_at(ps, ps->pos, "unexpected end of pattern");
        return fail_at(ps, open_pos + 1, "unknown extension ?P%s", source_text(ps, ps->pos - 1, ps->pos, text, sizeof text));
    }
    default:
        break;
    }
    if (!flag_bit(c) && c != '-')
        return fail_at(ps, open_pos + 1, "unknown extension ?%s", source_text(ps, ps->pos - 1, ps->pos, text, sizeof text));
    // inline flags: (?flags) global, or (?flags-flags:...) scoped
    ps->pos--;
    int on = 0, off = 0;
    if (!read_flags(ps, &on, &off)) return false;
    if (off < 0) {  // (?flags)
        if (!at_start) return fail_at(ps, open_pos, "global flags not at the start of the expression");
        ps->flags |= on;
        if (on & RE_VERBOSE) ps->verbose = true;
        *kind = ITEM_NONE;
        return true;
    }
    bool saved_verbose = ps->verbose;
    int saved_flags = ps->flags;
    if (on & RE_VERBOSE) ps->verbose = true;
    if (off & RE_VERBOSE) ps->verbose = false;
    ps->flags = (ps->flags | on) & ~off;
    emit_scoped_flags(ps, on, off);
    bool ok = parse_group_body(ps, open_pos, w, MISSING_PAREN);
    ps->verbose = saved_verbose;
    ps->flags = saved_flags;
    return ok;
}

// A quantifier at the current position: fills min/max (max -1 = unbounded)
// and returns true; false (position unchanged) when there is none. A '{'
// that does not form {m}, {m,}, {,n} or {m,n} is not a quantifier.
static bool read_quantifier(Parser *ps, int64_t *min, int64_t *max, int64_t *digits_pos) {
    uint32_t c = peek(ps);
    if (at_end(ps)) return false;
    if (c == '*' || c == '+' || c == '?') {
        ps->pos++;
        *min = c == '+';
        *max = c == '?' ? 1 : -1;
        return true;
    }
    if (c != '{') return false;
    int64_t i = ps->pos + 1, lo = 0, hi = -1;
    bool have_lo = false, have_hi = false, comma = false;
    *digits_pos = i;
    while (i < ps->n && is_digit(ps->p[i])) {
        if (lo < W_INF) lo = lo * 10 + (ps->p[i] - '0');
        have_lo = true;
        i++;
    }
    if (i < ps->n && ps->p[i] == ',') {
        comma = true;
        i++;
        hi = 0;
        while (i < ps->n && is_digit(ps->p[i])) {
            if (hi < W_INF) hi = hi * 10 + (ps->p[i] - '0');
            have_hi = true;
            i++;
        }
    }
    if (i >= ps->n || ps->p[i] != '}') return false;
    if (!have_lo && !comma) return false;  // "{}" is a literal
    ps->pos = i + 1;
    *min = have_lo ? lo : 0;
    *max = !comma ? lo : have_hi ? hi : -1;
    return true;
}

static void skip_verbose(Parser *ps) {
    while (ps->verbose && !at_end(ps)) {
        uint32_t c = peek(ps);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ps->pos++;
        } else if (c == '#') {
            while (!at_end(ps) && peek(ps) != '\n') ps->pos++;
        } else {
            break;
        }
    }
}

// One branch: items and their quantifiers until '|', ')' or the end.
static bool parse_sequence(Parser *ps, Width *w, bool top_start) {
    Width total = {0, 0}, last = {0, 0};
    int last_kind = ITEM_NONE;
    bool last_repeated = false, at_start = top_start;
    for (;;) {
        skip_verbose(ps);
        if (at_end(ps)) break;
        uint32_t c = peek(ps);
        if (c == '|' || c == ')') break;
        int64_t qpos = ps->pos, min, max, digits_pos = 0;
        if (read_quantifier(ps, &min, &max, &digits_pos)) {
            if (last_kind != ITEM_NORMAL) return fail_at(ps, qpos, "nothing to repeat");
            if (last_repeated) return fail_at(ps, qpos, "multiple repeat");
            if (max >= 0 && min > max) return fail_at(ps, digits_pos, "min repeat greater than max repeat");
            if (min >= 4294967295LL || max >= 4294967295LL) {
                ayErr_format(ps->vm, AY_EXC(ps->vm, OverflowError), "the repetition number is too large");
                ps->failed = true;
                return false;
            }
            uint32_t q = ps->p[qpos];
            if (q == '{') {
                if (max < 0) ayBuf_printf(ps->out, "{%lld,}", (long long)min);
                else if (max == min) ayBuf_printf(ps->out, "{%lld}", (long long)min);
                else ayBuf_printf(ps->out, "{%lld,%lld}", (long long)min, (long long)max);
            } else {
                ayBuf_addc(ps->out, (char)q);
            }
            if (peek(ps) == '?' || peek(ps) == '+') ayBuf_addc(ps->out, (char)ps->p[ps->pos++]);
            Width rep = {last.lo * min, max < 0 ? (last.hi ? W_INF : 0) : last.hi * max};
            if (rep.lo > W_INF) rep.lo = W_INF;
            if (rep.hi > W_INF) rep.hi = W_INF;
            total.lo -= last.lo;
            total.hi -= last.hi;
            total = w_add(total, rep);
            last = rep;
            last_repeated = true;
            continue;
        }
        Width iw = {1, 1};
        int kind = ITEM_NORMAL;
        if (c == '(') {
            if (!parse_paren(ps, &iw, &kind, at_start)) return false;
            if (kind == ITEM_NONE) continue;  // a comment or flags: the last item stays
        } else if (c == '[') {
            if (!parse_class(ps)) return false;
        } else if (c == '.') {
            ps->pos++;
            emit(ps, ".");
        } else if (c == '^' || c == '$') {
            ps->pos++;
            ayBuf_addc(ps->out, (char)c);
            iw.lo = iw.hi = 0;
            kind = ITEM_ANCHOR;
        } else if (c == '\\') {
            Escape e;
            int64_t start = ps->pos;
            if (!parse_escape(ps, false, &e)) return false;
            if (e.kind == ESC_CHAR) {
                emit_char(ps, e.ch);
            } else if (e.kind == ESC_CLASS) {
                emit_class_escape(ps, e.ch, false);
            } else if (e.kind == ESC_ANCHOR) {
                emit(ps, e.ch == 'Z' ? "\\z" : e.ch == 'A' ? "\\A" : e.ch == 'b' ? "\\b" : "\\B");
                iw.lo = iw.hi = 0;
                kind = ITEM_ANCHOR;
            } else {
                if (e.group > ps->tr->groups) return fail_at(ps, start + 1, "invalid group reference %d", e.group);
                if (!emit_backref(ps, e.group, start, &iw)) return false;
            }
        } else {
            ps->pos++;
            emit_char(ps, c);
        }
        total = w_add(total, iw);
        last = iw;
        last_kind = kind;
        last_repeated = false;
        at_start = false;
    }
    *w = total;
    return true;
}

// Branches separated by '|'. depth 0 is the whole pattern (a ')' there is
// unbalanced); depth -1 is a conditional's branch (stops at '|').
static bool parse_alternatives(Parser *ps, Width *w, int depth) {
    Width all = {W_INF, 0};
    bool first = true;
    for (;;) {
        Width bw = {0, 0};
        if (!parse_sequence(ps, &bw, depth == 0 && first && ps->out->len == 0)) return false;
        if (bw.lo < all.lo) all.lo = bw.lo;
        if (bw.hi > all.hi) all.hi = bw.hi;
        first = false;
        if (at_end(ps) || peek(ps) != '|' || depth < 0) break;
        ps->pos++;
        emit(ps, "|");
    }
    *w = all;
    if (depth == 0 && !at_end(ps) && peek(ps) == ')') return fail_at(ps, ps->pos, "unbalanced parenthesis");
    return true;
}

// }====

bool ayRe_translate(AyVM *vm, const uint32_t *pat, int64_t n, bool is_bytes, int flags, ReTranslation *tr) {
    ayBuf_init(&tr->pcre, vm);
    tr->error[0] = 0;
    tr->error_pos = -1;
    tr->nwarnings = 0;
    tr->groups = 0;
    tr->groupindex = ayDict_new(vm);
    if (!tr->groupindex) return false;
    Parser ps = {.vm = vm, .p = pat, .n = n, .is_bytes = is_bytes, .verbose = (flags & RE_VERBOSE) != 0,
                 .flags = flags, .tr = tr, .out = &tr->pcre};
    Width w;
    ayGC_push_root(vm, ayV_from_obj(tr->groupindex));
    bool ok = grow_groups(&ps) && parse_alternatives(&ps, &w, 0) && !tr->pcre.failed;
    if (ok && ps.cond_ref > tr->groups)
        ok = fail_at(&ps, ps.cond_ref_pos, "invalid group reference %d", ps.cond_ref);
    ayGC_pop_roots(vm, 1);
    if (ps.open) ayMem_free(vm, ps.open, (size_t)ps.cap);
    if (ps.gwidth) ayMem_free(vm, ps.gwidth, sizeof(Width) * (size_t)ps.cap);
    tr->parents = NULL;
    if (ok) {
        tr->parents = ayMem_alloc(vm, sizeof(int) * (size_t)(tr->groups + 1));
        ok = tr->parents != NULL;
        if (ok) {
            memcpy(tr->parents, ps.parent, sizeof(int) * (size_t)(tr->groups + 1));
            tr->parents[0] = 0;
        }
    }
    if (ps.parent) ayMem_free(vm, ps.parent, sizeof(int) * (size_t)ps.cap);
    tr->flags = ps.flags;
    return ok;
}
