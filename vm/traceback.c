// Printing exceptions the way CPython 3.12's default excepthook does: the
// chain of causes/contexts, each traceback entry with its source line and the
// caret line under the failing expression (with ~^~ anchors for binary
// operators and subscripts).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "parser.h"
#include "str.h"
#include "vm.h"

#define RECURSIVE_CUTOFF 3

// Reads line `lineno` (1-based) of a file without its newline; malloc'd, or NULL.
static char *read_source_line(const char *filename, int lineno) {
    if (!filename || filename[0] == '<' || lineno < 1) return NULL;
    FILE *f = fopen(filename, "rb");
    if (!f) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, f);
        if (n < 0) break;
    }
    fclose(f);
    if (n < 0) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    return line;
}

static int64_t char_offset(const char *s, int64_t byte_off) {
    int64_t len = (int64_t)strlen(s);
    if (byte_off > len) byte_off = len;
    return ayUtf8_count(s, (size_t)byte_off);
}

// Character offsets (in `seg`) of the anchors of a BinOp or Subscript
// expression, as CPython's extract_anchors_from_line finds them.
static bool find_anchors(const char *seg, int64_t *left, int64_t *right) {
    AyArena arena;
    ayArena_init(&arena, NULL, NULL);
    AySyntaxError err;
    AyNode *mod = ayParse(&arena, seg, strlen(seg), "<segment>", AY_PARSE_FILE, &err);
    bool found = false;
    if (!mod) {
        aySyntaxError_clear(&err);
    } else if (mod->v.Module.body.len == 1 && mod->v.Module.body.items[0]->kind == AyAst_Expr) {
        AyNode *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == AyAst_BinOp) {
            AyNode *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            bool folded = l->kind == AyAst_Constant && r->kind == AyAst_Constant &&
                          l->v.Constant.value.kind == AY_CONST_INT && r->v.Constant.value.kind == AY_CONST_INT &&
                          e->v.BinOp.op != AY_OP_Div && e->v.BinOp.op != AY_OP_FloorDiv && e->v.BinOp.op != AY_OP_Mod;
            for (int i = l->end_col_offset; !folded && i < r->col_offset; i++) {
                char c = seg[i];
                if (c == ' ' || c == '\t' || c == '\f') continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && seg[i + 1] != ' ' && seg[i + 1] != '\t' && seg[i + 1] != '\f') ++*right;
                found = true;
                if (i + 1 < r->col_offset && c == ')') continue;  // the left operand's closing parentheses
                break;
            }
        } else if (e->kind == AyAst_Subscript) {
            *left = e->v.Subscript.value->end_col_offset;
            *right = e->v.Subscript.slice->end_col_offset + 1;
            found = true;
        }
        if (found) {
            *left = char_offset(seg, *left);
            *right = char_offset(seg, *right);
        }
    }
    ayArena_free(&arena);
    return found;
}

void ayTraceback_add_carets(AyBuf *b, const char *line, AyPos pos, int lineno) {
    if (pos.line < 0 || pos.end_line < 0 || pos.col < 0 || pos.end_col < 0 || pos.line != lineno) return;
    int64_t i = 0;
    while (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') i++;
    int64_t linelen = (int64_t)strlen(line);
    if (pos.col > linelen) return;
    int64_t start = char_offset(line, pos.col);
    int64_t end = char_offset(line, pos.end_col);
    int64_t left = -1, right = -1;
    if (pos.line == pos.end_line) {
        int64_t bs = pos.col, be = pos.end_col > linelen ? linelen : pos.end_col;
        if (be > bs) {
            char *seg = strndup(line + bs, (size_t)(be - bs));
            if (seg && find_anchors(seg, &left, &right)) {
                left += start;
                right += start;
            }
            free(seg);
        }
    } else {
        int64_t k = linelen;
        while (--k >= 0 && (line[k] == ' ' || line[k] == '\t' || line[k] == '\f')) {}
        end = char_offset(line, k + 1);
    }
    int64_t stripped_len = ayUtf8_count(line, (size_t)linelen) - char_offset(line, i);
    bool special = left != -1 || right != -1;
    if (end - start == stripped_len && !special) return;
    int64_t offset = char_offset(line, i) - 4;
    while (++offset <= end) {
        if (offset <= start) ayBuf_addc(b, ' ');
        else if (special && left < offset && offset <= right) ayBuf_addc(b, '^');
        else ayBuf_addc(b, special ? '~' : '^');
    }
    ayBuf_addc(b, '\n');
}

static void print_entry(AyBuf *b, AyTraceback *tb) {
    AyCode *code = tb->code;
    const char *filename = code->filename ? code->filename->data : "<unknown>";
    ayBuf_printf(b, "  File \"%s\", line %d, in %s\n", filename, tb->lineno, code->name ? code->name->data : "?");
    char *line = read_source_line(filename, tb->lineno);
    if (!line) return;
    int64_t i = 0;
    while (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') i++;
    ayBuf_printf(b, "    %s\n", line + i);
    AyCode *loc = tb->loc_code ? tb->loc_code : code;
    AyPos pos = loc->positions ? loc->positions[tb->lasti] : (AyPos){-1, -1, -1, -1};
    ayTraceback_add_carets(b, line, pos, tb->lineno);
    free(line);
}

static void print_tb(AyBuf *b, AyTraceback *tb) {
    AyStr *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = tb->next) {
        AyCode *code = tb->code;
        if (!last_file || code->filename != last_file || tb->lineno != last_line || code->name != last_name) {
            if (cnt > RECURSIVE_CUTOFF) {
                cnt -= RECURSIVE_CUTOFF;
                ayBuf_printf(b, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
            }
            last_file = code->filename;
            last_line = tb->lineno;
            last_name = code->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= RECURSIVE_CUTOFF) print_entry(b, tb);
    }
    if (cnt > RECURSIVE_CUTOFF) {
        cnt -= RECURSIVE_CUTOFF;
        ayBuf_printf(b, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    }
}

static void add_to_buf(void *ud, const char *s, size_t n) { ayBuf_add((AyBuf *)ud, s, n); }

// An int attribute of a SyntaxError as the front end's AySyntaxError holds
// it (0 for None); clamped, so a hand-made SyntaxError cannot ask for more
// carets than its line has bytes.
static int syntax_error_int(AyValue v, int64_t max) {
    if (!v || !ayV_is_int(v)) return 0;
    int64_t i = ayV_int(v);
    return (int)(i < -1 ? -1 : i > max ? max : i);
}

// "  File ..., line N" header, source line and caret for a SyntaxError,
// printed by the front end's printer: `ay FILE` shows what `ay --check`
// does, as CPython shows the same for both.
static void print_syntax_error_location(AyVM *vm, AyBuf *b, AyValue exc) {
    AyValue filename = ayObj_getattr_opt(vm, exc, vm->s.filename);
    AyValue lineno = ayObj_getattr_opt(vm, exc, vm->s.lineno);
    AyValue text = ayObj_getattr_opt(vm, exc, vm->s.text);
    AyValue offset = ayObj_getattr_opt(vm, exc, vm->s.offset);
    AyValue end_lineno = ayObj_getattr_opt(vm, exc, vm->s.end_lineno);
    AyValue end_offset = ayObj_getattr_opt(vm, exc, vm->s.end_offset);
    ayErr_clear(vm);
    AySyntaxError err;
    memset(&err, 0, sizeof err);
    bool has_text = text && ayV_is_str(vm, text);
    int64_t max_col = has_text ? AY_STR(text)->size + 2 : 0;
    err.lineno = syntax_error_int(lineno, INT32_MAX);
    err.end_lineno = syntax_error_int(end_lineno, INT32_MAX);
    err.offset = syntax_error_int(offset, max_col);
    // as in CPython, carets run at most to the end of the line's bytes (its newline included)
    err.end_offset = syntax_error_int(end_offset, has_text ? AY_STR(text)->size + 1 : 0);
    err.text = has_text ? (char *)AY_CSTR(text) : NULL;
    AySyntaxErrorSink sink = {add_to_buf, b};
    aySyntaxError_print_location(&sink, filename && ayV_is_str(vm, filename) ? AY_CSTR(filename) : NULL, &err);
}

// The final "Type: message" line (plus notes).
static void print_exception_line(AyVM *vm, AyBuf *b, AyValue exc) {
    AyType *t = ayV_type(vm, exc);
    AyValue mod = ayType_lookup(vm, t, vm->s.__module__);
    if (!mod) mod = t->module;
    if (mod && ayV_is_str(vm, mod) && strcmp(AY_CSTR(mod), "builtins") && strcmp(AY_CSTR(mod), "__main__"))
        ayBuf_printf(b, "%U.", AY_STR(mod));
    ayBuf_printf(b, "%U", t->qualname);
    // a SyntaxError's location was printed above it: show just its msg
    AyValue s = AY_NULL;
    if (ayType_is_subtype(t, AY_EXC(vm, SyntaxError))) {
        s = ayObj_getattr_opt(vm, exc, vm->s.msg);
        ayErr_clear(vm);
        if (s && !ayV_is_str(vm, s)) s = AY_NULL;
    }
    if (!s) s = ayObj_str(vm, exc);
    if (!s) {
        ayErr_clear(vm);
        ayBuf_adds(b, ": <exception str() failed>");
    } else if (AY_STR(s)->size) {
        ayBuf_adds(b, ": ");
        ayBuf_add(b, AY_CSTR(s), (size_t)AY_STR(s)->size);
    }
    AyValue hint = ayErr_suggestion(vm, exc);
    if (hint) ayBuf_add(b, AY_CSTR(hint), (size_t)AY_STR(hint)->size);
    ayBuf_addc(b, '\n');
    AyValue notes = ayObj_getattr_opt(vm, exc, vm->s.__notes__);
    ayErr_clear(vm);
    if (notes && ayV_is_list(vm, notes)) {
        AyList *l = AY_AS(AyList, notes);
        for (int64_t i = 0; i < l->len; i++) {
            if (!ayBuf_add_str(b, l->items[i])) {
                ayErr_clear(vm);
                b->failed = false;
                ayBuf_adds(b, "<note str() failed>");
            }
            ayBuf_addc(b, '\n');
        }
    }
}

// Printing state: exception groups draw nested boxes, so every piece of text
// goes through emit(), which indents it for the current group depth.
typedef struct PrintCtx {
    AyVM *vm;
    AyBuf *out;
    AyList *seen;          // exceptions already printed (chains may loop)
    int group_depth;
    bool need_close;
} PrintCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void indent(PrintCtx *c) {
    for (int i = 0; i < 2 * c->group_depth; i++) ayBuf_addc(c->out, ' ');
}

// Appends text, each line prefixed inside a group by the indentation and margin.
static void emit(PrintCtx *c, const char *text, size_t n, char margin) {
    if (!c->group_depth) {
        ayBuf_add(c->out, text, n);
        return;
    }
    for (size_t start = 0, end; start < n; start = end) {
        for (end = start; end < n && text[end] != '\n'; end++) {}
        if (end < n) end++;
        indent(c);
        ayBuf_addc(c->out, margin);
        ayBuf_addc(c->out, ' ');
        ayBuf_add(c->out, text + start, end - start);
    }
}

static void emit_buf(PrintCtx *c, AyBuf *piece, char margin) {
    if (piece->data) emit(c, piece->data, piece->len, margin);
    ayBuf_free(piece);
}

static void emits(PrintCtx *c, const char *text, char margin) { emit(c, text, strlen(text), margin); }

static bool seen_before(PrintCtx *c, AyValue exc) {
    for (int64_t i = 0; i < c->seen->len; i++)
        if (c->seen->items[i] == exc) return true;
    return false;
}

static void print_exc(PrintCtx *c, AyValue exc, int chain_depth);

// The leaf exceptions of a group, boxed and numbered (at most 15 shown).
static void print_group_members(PrintCtx *c, AyValue exc) {
    AyValue excs = ayObj_getattr_opt(c->vm, exc, ayStr_intern_c(c->vm, "exceptions"));
    ayErr_clear(c->vm);
    if (!excs || !ayV_is_tuple(c->vm, excs)) return;
    AyTuple *t = AY_AS(AyTuple, excs);
    int64_t n = t->len <= MAX_GROUP_WIDTH ? t->len : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) c->need_close = true;
        indent(c);
        if (truncated) ayBuf_printf(c->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else ayBuf_printf(c->out, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ", (long long)i + 1);
        c->group_depth++;
        if (!truncated) {
            print_exc(c, t->items[i], 0);
        } else {
            AyBuf more;
            ayBuf_init(&more, c->vm);
            int64_t rest = t->len - MAX_GROUP_WIDTH;
            ayBuf_printf(&more, "and %lld more exception%s\n", (long long)rest, rest > 1 ? "s" : "");
            emit_buf(c, &more, '|');
        }
        if (last && c->need_close) {
            indent(c);
            ayBuf_adds(c->out, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
}

// One exception with what it was chained from, in CPython's layout.
static void print_exc(PrintCtx *c, AyValue exc, int chain_depth) {
    AyVM *vm = c->vm;
    if (!ayList_append(vm, c->seen, exc)) return;
    bool is_exc = ayV_is_exc(vm, exc);
    if (is_exc && chain_depth < 100) {
        AyExc *e = AY_AS(AyExc, exc);
        AyValue chained = AY_NULL;
        const char *msg = NULL;
        if (e->cause) {
            chained = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context && !e->suppress_context) {
            chained = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (chained && !seen_before(c, chained)) {
            print_exc(c, chained, chain_depth + 1);
            emits(c, msg, '|');
        }
    }
    bool group = is_exc && ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, BaseExceptionGroup));
    if (group && c->group_depth > MAX_GROUP_DEPTH) {
        AyBuf depth;
        ayBuf_init(&depth, vm);
        ayBuf_printf(&depth, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_buf(c, &depth, '|');
        return;
    }
    bool toplevel = group && c->group_depth == 0;
    if (toplevel) c->group_depth++;
    AyBuf piece;
    if (is_exc && AY_AS(AyExc, exc)->traceback) {
        emits(c, group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n",
              toplevel ? '+' : '|');
        ayBuf_init(&piece, vm);
        print_tb(&piece, AY_AS(AyExc, exc)->traceback);
        emit_buf(c, &piece, '|');
    }
    ayBuf_init(&piece, vm);
    if (is_exc && ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, SyntaxError)))
        print_syntax_error_location(vm, &piece, exc);
    print_exception_line(vm, &piece, exc);
    emit_buf(c, &piece, '|');
    if (group) print_group_members(c, exc);
    if (toplevel) c->group_depth = 0;
}

AyValue ayErr_format_exception(AyVM *vm, AyValue exc) {
    AyValue saved = vm->exc;
    vm->exc = AY_NULL;
    AyList *seen = ayList_new(vm, 4);
    if (!seen) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(seen));
    ayGC_push_root(vm, exc);
    AyBuf b;
    ayBuf_init(&b, vm);
    PrintCtx ctx = {vm, &b, seen, 0, false};
    print_exc(&ctx, exc, 0);
    ayGC_pop_roots(vm, 2);
    vm->exc = saved;
    return ayBuf_finish(&b);
}

void ayErr_print(AyVM *vm, AyValue exc) {
    AyValue s = ayErr_format_exception(vm, exc);
    if (!s) {
        ayErr_clear(vm);
        static const char msg[] = "Error in exception display\n";
        ayIO_write_err(vm, msg, sizeof msg - 1);
        return;
    }
    ayIO_write_err(vm, AY_CSTR(s), (size_t)AY_STR(s)->size);
}

// Reports an exception that cannot propagate (raised by a finalizer or a
// close during cleanup), as CPython's sys.unraisablehook does by default.
void ayErr_write_unraisable(AyVM *vm, AyValue obj) { ayErr_write_unraisable_msg(vm, "in", obj); }

void ayErr_write_unraisable_msg(AyVM *vm, const char *msg, AyValue obj) {
    AyValue exc = ayErr_fetch(vm);
    if (!exc) return;
    ayGC_push_root(vm, exc);
    AyValue r = ayObj_repr(vm, obj);
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "Exception ignored %s: ", msg);
    if (r) ayBuf_add(&b, AY_CSTR(r), (size_t)AY_STR(r)->size);
    else {
        ayErr_clear(vm);
        ayBuf_adds(&b, "<object repr() failed>");
    }
    ayBuf_addc(&b, '\n');
    AyValue head = ayBuf_finish(&b);
    if (head) ayIO_write_err(vm, AY_CSTR(head), (size_t)AY_STR(head)->size);
    ayErr_clear(vm);
    ayErr_print(vm, exc);
    ayGC_pop_roots(vm, 1);
}

static void print_warning(AyVM *vm, AyType *category, const char *message, const char *file, int line, bool with_source,
                          const char *note);

// A warning located at file:line. Once a script has imported `warnings`, it
// goes through warnings.warn_explicit so that filters (and catch_warnings)
// apply; before that, it is printed in that module's default format. An
// error the filters turn it into is not raised: it is reported as unraisable.
bool ayErr_warn_explicit(AyVM *vm, AyType *category, const char *message, const char *file, int line) {
    AyValue mod = ayDict_get_cstr(vm, vm->modules, "warnings");
    AyValue fn = mod ? ayObj_getattr_opt(vm, mod, ayStr_intern_c(vm, "warn_explicit")) : AY_NULL;
    if (!fn) {
        ayErr_clear(vm);
        print_warning(vm, category, message, file, line, true, NULL);
        return true;
    }
    ayGC_push_root(vm, fn);
    AyValue args[4] = {ayV_from_obj(ayStr_new_c(vm, message)), ayV_from_obj(category), AY_NULL, ayV_small(line)};
    ayGC_push_root(vm, args[0]);
    AyStr *f = ayStr_new_c(vm, file);
    args[2] = f ? ayV_from_obj(f) : AY_NULL;
    bool ok = args[0] && args[2] && ayObj_call(vm, fn, args, 4, AY_NULL);
    ayGC_pop_roots(vm, 2);
    return ok;
}

// Prints a warning in the warnings module's default format, located at
// instruction `lasti` of `code`: "file:line: Category: message", the source
// line, then `note` (a whole line, or NULL).
void ayErr_warn_at(AyVM *vm, AyType *category, const char *message, AyCode *code, int lasti, const char *note) {
    const char *file = code ? AY_CSTR(ayV_from_obj(code->filename)) : "sys";
    int line = code ? ayCode_line(code, lasti) : 1;
    print_warning(vm, category, message, file, line, code != NULL, note);
}

static void print_warning(AyVM *vm, AyType *category, const char *message, const char *file, int line, bool with_source,
                          const char *note) {
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "%s:%d: %s: %s\n", file, line, ayType_name(category), message);
    char *src = with_source ? read_source_line(file, line) : NULL;
    if (src) {
        const char *s = src;
        while (*s == ' ' || *s == '\t') s++;
        ayBuf_printf(&b, "  %s\n", s);
        free(src);
    }
    if (note) ayBuf_printf(&b, "%s\n", note);
    AyValue text = ayBuf_finish(&b);
    if (text) ayIO_write_err(vm, AY_CSTR(text), (size_t)AY_STR(text)->size);
    ayErr_clear(vm);
}
