// The _re module: compiled patterns and match objects over PCRE2 (the
// pattern syntax is translated by re_parse.c); lib/re.py is the public
// module (flags, cache, escape).
//
// str subjects are matched as UTF-8; offsets are converted to code point
// indexes (trivially for ASCII text, else with a moving cursor so a scan
// over the subject stays linear).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "re_parse.h"
#include "seq.h"
#include "stdmod.h"

// {==== objects

typedef struct RePattern {
    AyObj hdr;
    AyValue pattern;        // the source (str or bytes)
    AyValue groupindex;     // dict: name -> group number
    AyValue indexgroup;     // tuple: group number -> name or None
    pcre2_code *code;
    pcre2_match_data *md;   // reused: matches copy their offsets out
    int *parents;           // enclosing group of each group (lastindex)
    int flags, groups;
    bool is_bytes;
} RePattern;

typedef struct ReMatch {
    AyObj hdr;
    AyValue string, pattern;
    int64_t pos, endpos;
    int ngroups;            // groups + 1
    // per group: code point start/end, byte start/end (-1 when unset)
    int64_t spans[];
} ReMatch;

// A finditer()/scanner() state.
typedef struct ReScanner {
    AyObj hdr;
    AyValue pattern, string;
    int64_t pos, endpos;
    bool must_advance, done;
} ReScanner;

static void pattern_trace(AyVM *vm, AyObj *o) {
    RePattern *p = (RePattern *)o;
    ayGC_mark(vm, p->pattern);
    ayGC_mark(vm, p->groupindex);
    ayGC_mark(vm, p->indexgroup);
}
static void pattern_finalize(AyVM *vm, AyObj *o) {
    RePattern *p = (RePattern *)o;
    if (p->md) pcre2_match_data_free(p->md);
    if (p->code) pcre2_code_free(p->code);
    if (p->parents) ayMem_free(vm, p->parents, sizeof(int) * (size_t)(p->groups + 1));
    p->md = NULL;
    p->code = NULL;
    p->parents = NULL;
}
static void match_trace(AyVM *vm, AyObj *o) {
    ReMatch *m = (ReMatch *)o;
    ayGC_mark(vm, m->string);
    ayGC_mark(vm, m->pattern);
}
static size_t match_gc_size(AyObj *o) { return sizeof(ReMatch) + sizeof(int64_t) * 4 * (size_t)((ReMatch *)o)->ngroups; }
static void scanner_trace(AyVM *vm, AyObj *o) {
    ReScanner *s = (ReScanner *)o;
    ayGC_mark(vm, s->pattern);
    ayGC_mark(vm, s->string);
}

// }====
// {==== errors

// re.error(msg, pattern=None, pos=None): the message gets the position (and
// line/column for multi-line patterns) as CPython's does.
static AyValue reerror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "error", args, nargs, kw, "msg | pattern pos", a)) return AY_NULL;
    AyValue pattern = a[1] ? a[1] : AY_NONE, pos = a[2] ? a[2] : AY_NONE, msg = a[0];
    AyValue lineno = AY_NONE, colno = AY_NONE;
    if (pattern != AY_NONE && pos != AY_NONE) {
        int64_t at;
        if (!ayStd_int_arg(vm, pos, &at)) return AY_NULL;
        const char *text;
        int64_t n;
        bool is_str = ayV_is_str(vm, pattern);
        if (is_str) text = AY_CSTR(pattern), n = AY_STR(pattern)->size;
        else if (!ayBytes_view(vm, pattern, &text, &n)) text = "", n = 0;
        // count lines over the first `at` code points
        int64_t line = 1, col_start = 0, cp = 0;
        bool multiline = memchr(text, '\n', (size_t)n) != NULL;
        for (int64_t i = 0; i < n && cp < at; i++) {
            if (is_str && ((unsigned char)text[i] & 0xC0) == 0x80) continue;
            if (text[i] == '\n') line++, col_start = cp + 1;
            cp++;
        }
        lineno = ayV_small(line);
        colno = ayV_small(at - col_start + 1);
        msg = multiline ? ayStr_from_fmt(vm, "%S at position %lld (line %lld, column %lld)", a[0], (long long)at,
                                         (long long)line, (long long)(at - col_start + 1))
                        : ayStr_from_fmt(vm, "%S at position %lld", a[0], (long long)at);
        if (!msg) return AY_NULL;
    }
    if (!AY_EXC(vm, Exception)->tp_init(vm, self, &msg, 1, AY_NULL)) return AY_NULL;
    static const char *const names[] = {"msg", "pattern", "pos", "lineno", "colno"};
    AyValue values[] = {a[0], pattern, pos, lineno, colno};
    for (int i = 0; i < 5; i++)
        if (ayObj_generic_setattr(vm, self, ayStr_intern_c(vm, names[i]), values[i]) < 0) return AY_NULL;
    return AY_NONE;
}

// Raises re.error(msg, pattern, pos) (pos < 0: none).
static AyValue raise_error(AyVM *vm, const char *msg, AyValue pattern, int64_t pos) {
    AyStr *m = ayStr_new_c(vm, msg);
    if (!m) return AY_NULL;
    AyValue args[3] = {ayV_from_obj(m), pattern, ayV_small(pos)};
    AyValue exc = ayExc_new(vm, AY_STD_TYPE(vm, re_error), args, pos >= 0 ? 3 : 1);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static AyValue pcre_failure(AyVM *vm, int rc) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    return ayErr_format(vm, AY_EXC(vm, RuntimeError), "regular expression matching failed: %s", (char *)buf);
}

// }====
// {==== compiling

// The code points of a str (or the bytes of a bytes pattern) as an array.
static uint32_t *pattern_units(AyVM *vm, AyValue pat, bool is_bytes, int64_t *n) {
    const char *data;
    int64_t size;
    if (is_bytes) ayBytes_view(vm, pat, &data, &size);
    else data = AY_CSTR(pat), size = AY_STR(pat)->size;
    uint32_t *out = ayMem_alloc(vm, sizeof(uint32_t) * (size_t)(size + 1));
    if (!out) return NULL;
    int64_t k = 0;
    for (const char *p = data, *end = data + size; p < end;)
        out[k++] = is_bytes ? (unsigned char)*p++ : ayUtf8_decode(&p);
    *n = k;
    return out;
}

// warnings.warn(text, FutureWarning, stacklevel=3): attributed to the line
// that called re.compile()/re.match()... (through re._compile).
static bool issue_warnings(AyVM *vm, ReTranslation *tr) {
    AyValue mod = ayImport_module(vm, "warnings");
    AyValue warn = mod ? ayObj_getattr(vm, mod, ayStr_intern_c(vm, "warn")) : AY_NULL;
    if (!warn) return false;
    ayGC_push_root(vm, warn);
    bool ok = true;
    for (int i = 0; i < tr->nwarnings && ok; i++) {
        AyStr *msg = ayStr_new_c(vm, tr->warnings[i]);
        AyValue args[3] = {msg ? ayV_from_obj(msg) : AY_NULL, ayV_from_obj(AY_EXC(vm, FutureWarning)), ayV_small(3)};
        ok = msg && ayObj_call(vm, warn, args, 3, AY_NULL);
    }
    ayGC_pop_roots(vm, 1);
    return ok;
}

static AyValue re_compile(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "compile", args, nargs, kw, "pattern | flags", a)) return AY_NULL;
    int64_t flags = 0;
    if (a[1] && !ayStd_int_arg(vm, a[1], &flags)) return AY_NULL;
    AyValue pat = a[0];
    bool is_bytes;
    if (ayV_is_str(vm, pat)) is_bytes = false;
    else if (ayV_has_flag(vm, pat, AY_TF_BYTES_SUB)) is_bytes = true;
    else return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be string or compiled pattern");
    if (!is_bytes) {
        if (flags & RE_LOCALE) return ayErr_format(vm, AY_EXC(vm, ValueError), "cannot use LOCALE flag with a str pattern");
        if ((flags & RE_ASCII) && (flags & RE_UNICODE))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "ASCII and UNICODE flags are incompatible");
    } else {
        if (flags & RE_UNICODE)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "cannot use UNICODE flag with a bytes pattern");
        if ((flags & RE_ASCII) && (flags & RE_LOCALE))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "ASCII and LOCALE flags are incompatible");
    }
    int64_t nunits;
    uint32_t *units = pattern_units(vm, pat, is_bytes, &nunits);
    if (!units) return AY_NULL;
    ReTranslation tr;
    bool ok = ayRe_translate(vm, units, nunits, is_bytes, (int)flags, &tr);
    ayMem_free(vm, units, sizeof(uint32_t) * (size_t)(nunits + 1));
    if (!ok) {
        ayBuf_free(&tr.pcre);
        return tr.error[0] ? raise_error(vm, tr.error, pat, tr.error_pos) : AY_NULL;
    }
    flags = tr.flags;
    if (!is_bytes && !(flags & (RE_ASCII | RE_LOCALE))) flags |= RE_UNICODE;
    uint32_t options = 0;
    if (!is_bytes) options |= PCRE2_UTF | PCRE2_NO_UTF_CHECK | (flags & RE_ASCII ? 0 : PCRE2_UCP);
    if (flags & RE_IGNORECASE) options |= PCRE2_CASELESS;
    if (flags & RE_MULTILINE) options |= PCRE2_MULTILINE;
    if (flags & RE_DOTALL) options |= PCRE2_DOTALL;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)(tr.pcre.data ? tr.pcre.data : ""), tr.pcre.len, options, &err,
                                     &erroff, cc);
    pcre2_compile_context_free(cc);
    ayBuf_free(&tr.pcre);
    if (!code) {
        ayMem_free(vm, tr.parents, sizeof(int) * (size_t)(tr.groups + 1));
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        return raise_error(vm, (char *)msg, pat, -1);
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    // the warnings may run Python code (filters), and so a collection
    ayGC_push_root(vm, ayV_from_obj(tr.groupindex));
    bool warned = !tr.nwarnings || issue_warnings(vm, &tr);
    ayGC_pop_roots(vm, 1);
    if (!warned) {
        pcre2_code_free(code);
        ayMem_free(vm, tr.parents, sizeof(int) * (size_t)(tr.groups + 1));
        return AY_NULL;
    }
    RePattern *p = AY_NEW(vm, RePattern, AY_STD_TYPE(vm, re_Pattern));
    if (!p) {
        pcre2_code_free(code);
        ayMem_free(vm, tr.parents, sizeof(int) * (size_t)(tr.groups + 1));
        return AY_NULL;
    }
    p->code = code;
    p->parents = tr.parents;
    p->md = pcre2_match_data_create_from_pattern(code, NULL);
    p->pattern = pat;
    p->flags = (int)flags;
    p->groups = tr.groups;
    p->is_bytes = is_bytes;
    p->groupindex = ayV_from_obj(tr.groupindex);
    AyTuple *ig = ayTuple_new(vm, tr.groups + 1);
    if (!ig || !p->md) return ig ? ayErr_nomemory(vm) : AY_NULL;
    for (int i = 0; i <= tr.groups; i++) ig->items[i] = AY_NONE;
    AyValue k, v;
    for (int64_t it = 0; ayDict_next(tr.groupindex, &it, &k, &v);) ig->items[ayV_int(v)] = k;
    p->indexgroup = ayV_from_obj(ig);
    return ayV_from_obj(p);
}

// }====
// {==== subjects and matching

typedef struct Subject {
    AyValue obj;
    const char *data;
    size_t size;            // bytes
    int64_t len;            // code points (bytes for bytes subjects)
    bool is_str, ascii;
    size_t cur_byte;        // a known byte offset ...
    int64_t cur_cp;         // ... and its code point index
} Subject;

static bool subject_init(AyVM *vm, RePattern *p, AyValue obj, Subject *s) {
    memset(s, 0, sizeof *s);
    s->obj = obj;
    if (ayV_is_str(vm, obj)) {
        if (p->is_bytes) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot use a bytes pattern on a string-like object");
            return false;
        }
        AyStr *str = AY_STR(obj);
        s->data = str->data;
        s->size = (size_t)str->size;
        s->len = str->len;
        s->is_str = true;
        s->ascii = str->len == str->size;
        return true;
    }
    int64_t n;
    if (ayBytes_view(vm, obj, &s->data, &n)) {
        if (!p->is_bytes) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot use a string pattern on a bytes-like object");
            return false;
        }
        s->size = (size_t)n;
        s->len = n;
        s->ascii = true;
        return true;
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "expected string or bytes-like object, got '%T'", obj);
    return false;
}

static int64_t count_cps(const char *p, const char *end) {
    int64_t n = 0;
    for (; p < end; p++) n += ((unsigned char)*p & 0xC0) != 0x80;
    return n;
}

static int64_t byte_to_cp(Subject *s, size_t b) {
    if (s->ascii) return (int64_t)b;
    if (b >= s->cur_byte) s->cur_cp += count_cps(s->data + s->cur_byte, s->data + b);
    else if (b >= s->cur_byte / 2) s->cur_cp -= count_cps(s->data + b, s->data + s->cur_byte);
    else s->cur_cp = count_cps(s->data, s->data + b);
    s->cur_byte = b;
    return s->cur_cp;
}

static size_t cp_to_byte(AyVM *vm, Subject *s, int64_t cp) {
    if (s->ascii) return (size_t)cp;
    return (size_t)ayStr_index_offset(vm, AY_STR(s->obj), cp);
}

// pos/endpos arguments clamped to [0, len] as CPython does.
static bool bounds_args(AyVM *vm, AyValue posv, AyValue endv, int64_t len, int64_t *pos, int64_t *endpos) {
    *pos = 0;
    *endpos = len;
    if (posv && !ayStd_int_arg(vm, posv, pos)) return false;
    if (endv && endv != AY_NONE && !ayStd_int_arg(vm, endv, endpos)) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
        ayErr_clear(vm);
        *endpos = len;
    }
    if (*pos < 0) *pos = 0;
    if (*pos > len) *pos = len;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > len) *endpos = len;
    return true;
}

// One pcre2_match from code point `pos` in subject[:endpos]: 1 match (offsets
// in p->md), 0 none, -1 error.
static int run_match(AyVM *vm, RePattern *p, Subject *s, int64_t pos, int64_t endpos, uint32_t options) {
    if (pos > endpos) return 0;
    size_t start = cp_to_byte(vm, s, pos), end = cp_to_byte(vm, s, endpos);
    int rc = pcre2_match(p->code, (PCRE2_SPTR)s->data, end, start, options | (s->is_str ? PCRE2_NO_UTF_CHECK : 0), p->md,
                         NULL);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) {
        pcre_failure(vm, rc);
        return -1;
    }
    return 1;
}

static AyValue new_match(AyVM *vm, RePattern *p, Subject *s, int64_t pos, int64_t endpos) {
    int ngroups = p->groups + 1;
    ReMatch *m = (ReMatch *)ayGC_new(vm, AY_STD_TYPE(vm, re_Match), sizeof(ReMatch) + sizeof(int64_t) * 4 * (size_t)ngroups);
    if (!m) return AY_NULL;
    m->string = s->obj;
    m->pattern = ayV_from_obj(p);
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = ngroups;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    uint32_t nov = pcre2_get_ovector_count(p->md);
    for (int g = 0; g < ngroups; g++) {
        int64_t *sp = m->spans + 4 * g;
        if ((uint32_t)g >= nov || ov[2 * g] == PCRE2_UNSET) {
            sp[0] = sp[1] = sp[2] = sp[3] = -1;
            continue;
        }
        sp[2] = (int64_t)ov[2 * g];
        sp[3] = (int64_t)ov[2 * g + 1];
        sp[0] = byte_to_cp(s, ov[2 * g]);
        sp[1] = byte_to_cp(s, ov[2 * g + 1]);
    }
    return ayV_from_obj(m);
}

// match / search / fullmatch (string, pos=0, endpos=sys.maxsize)
static AyValue do_match(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw, uint32_t options) {
    AyValue a[4];
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "self string | pos endpos", a)) return AY_NULL;
    RePattern *p = AY_AS(RePattern, a[0]);
    Subject s;
    int64_t pos, endpos;
    if (!subject_init(vm, p, a[1], &s) || !bounds_args(vm, a[2], a[3], s.len, &pos, &endpos)) return AY_NULL;
    int r = run_match(vm, p, &s, pos, endpos, options);
    if (r <= 0) return r < 0 ? AY_NULL : AY_NONE;
    return new_match(vm, p, &s, pos, endpos);
}

static AyValue pat_match(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return do_match(vm, "match", args, nargs, kw, PCRE2_ANCHORED);
}
static AyValue pat_fullmatch(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return do_match(vm, "fullmatch", args, nargs, kw, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}
static AyValue pat_search(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return do_match(vm, "search", args, nargs, kw, 0);
}

// Iteration over successive matches with Python's empty-match rule: after
// an empty match the next one may not be empty at the same position.
typedef struct MatchIter {
    RePattern *p;
    Subject *s;
    int64_t pos, endpos;
    bool must_advance;
} MatchIter;

static int next_match(AyVM *vm, MatchIter *it) {
    if (it->pos > it->endpos) return 0;
    int r = run_match(vm, it->p, it->s, it->pos, it->endpos, it->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (r <= 0) return r;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(it->p->md);
    int64_t start = byte_to_cp(it->s, ov[0]), end = byte_to_cp(it->s, ov[1]);
    it->must_advance = end == start;
    it->pos = end;
    return 1;
}

// The text of group g of the current pcre2 match (or `dflt` when unset).
static AyValue group_text(AyVM *vm, RePattern *p, Subject *s, int g, AyValue dflt) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    if ((uint32_t)g >= pcre2_get_ovector_count(p->md) || ov[2 * g] == PCRE2_UNSET) return dflt;
    const char *d = s->data + ov[2 * g];
    size_t n = ov[2 * g + 1] - ov[2 * g];
    if (s->is_str) {
        AyStr *r = ayStr_new(vm, d, n);
        return r ? ayV_from_obj(r) : AY_NULL;
    }
    return ayBytes_from(vm, d, n);
}

static AyValue subject_slice(AyVM *vm, Subject *s, size_t from, size_t to) {
    if (s->is_str) {
        AyStr *r = ayStr_new(vm, s->data + from, to - from);
        return r ? ayV_from_obj(r) : AY_NULL;
    }
    return ayBytes_from(vm, s->data + from, to - from);
}

static AyValue empty_like(AyVM *vm, Subject *s) { return s->is_str ? ayV_from_obj(vm->empty_str) : ayBytes_from(vm, "", 0); }

static AyValue pat_findall(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "findall", args, nargs, kw, "self string | pos endpos", a)) return AY_NULL;
    RePattern *p = AY_AS(RePattern, a[0]);
    Subject s;
    MatchIter it = {p, &s, 0, 0, false};
    if (!subject_init(vm, p, a[1], &s) || !bounds_args(vm, a[2], a[3], s.len, &it.pos, &it.endpos)) return AY_NULL;
    AyList *out = ayList_new(vm, 0);
    if (!out) return AY_NULL;
    AyValue empty = empty_like(vm, &s);
    int r;
    while ((r = next_match(vm, &it)) > 0) {
        AyValue item;
        if (p->groups <= 1) {
            item = group_text(vm, p, &s, p->groups, empty);
        } else {
            AyTuple *t = ayTuple_new(vm, p->groups);
            if (!t) return AY_NULL;
            for (int g = 1; g <= p->groups; g++) {
                t->items[g - 1] = group_text(vm, p, &s, g, empty);
                if (!t->items[g - 1]) return AY_NULL;
            }
            item = ayV_from_obj(t);
        }
        if (!item || !ayList_append(vm, out, item)) return AY_NULL;
    }
    return r < 0 ? AY_NULL : ayV_from_obj(out);
}

static AyValue pat_split(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "split", args, nargs, kw, "self string | maxsplit", a)) return AY_NULL;
    RePattern *p = AY_AS(RePattern, a[0]);
    Subject s;
    int64_t maxsplit = 0;
    if (!subject_init(vm, p, a[1], &s) || (a[2] && !ayStd_int_arg(vm, a[2], &maxsplit))) return AY_NULL;
    MatchIter it = {p, &s, 0, s.len, false};
    AyList *out = ayList_new(vm, 0);
    if (!out) return AY_NULL;
    size_t last = 0;
    int64_t n = 0;
    int r = 0;
    while (maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && (r = next_match(vm, &it)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        size_t b0 = ov[0], b1 = ov[1];
        AyValue piece = subject_slice(vm, &s, last, b0);
        if (!piece || !ayList_append(vm, out, piece)) return AY_NULL;
        for (int g = 1; g <= p->groups; g++) {
            AyValue gt = group_text(vm, p, &s, g, AY_NONE);
            if (!gt || !ayList_append(vm, out, gt)) return AY_NULL;
        }
        last = b1;
        n++;
    }
    if (r < 0) return AY_NULL;
    AyValue rest = subject_slice(vm, &s, last, s.size);
    if (!rest || !ayList_append(vm, out, rest)) return AY_NULL;
    return ayV_from_obj(out);
}

// }====
// {==== replacement templates

// A parsed template: a list alternating literal pieces (str/bytes) and
// group numbers (ints).
static AyValue template_error(AyVM *vm, const char *msg, AyValue tpl, int64_t pos) {
    return raise_error(vm, msg, tpl, pos);
}

static AyValue compile_template(AyVM *vm, RePattern *p, AyValue tpl) {
    bool is_str = ayV_is_str(vm, tpl);
    const char *data;
    int64_t size;
    if (is_str) data = AY_CSTR(tpl), size = AY_STR(tpl)->size;
    else if (!ayBytes_view(vm, tpl, &data, &size))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected %s, got '%T'", p->is_bytes ? "a bytes-like object" : "str",
                            tpl);
    if (is_str == p->is_bytes)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected %s instance, %T found", p->is_bytes ? "a bytes-like object" : "str", tpl);
    AyList *items = ayList_new(vm, 0);
    if (!items) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(items));
    AyBuf lit;
    ayBuf_init(&lit, vm);
    AyValue result = ayV_from_obj(items);
    char msg[200];
    // positions for errors are code point indexes into the template
    int64_t cp = 0;
    for (int64_t i = 0; i < size && result;) {
        char c = data[i];
        if (c != '\\') {
            size_t len = is_str ? (((unsigned char)c < 0x80) ? 1 : ((unsigned char)c < 0xE0) ? 2 : ((unsigned char)c < 0xF0) ? 3 : 4) : 1;
            ayBuf_add(&lit, data + i, len);
            i += (int64_t)len;
            cp++;
            continue;
        }
        int64_t esc_cp = cp;
        if (i + 1 >= size) {
            result = template_error(vm, "bad escape (end of pattern)", tpl, esc_cp);
            break;
        }
        char d = data[i + 1];
        i += 2;
        cp += 2;
        int group = -1;
        if (d == 'g') {
            if (i >= size || data[i] != '<') {
                result = template_error(vm, "missing <", tpl, cp);
                break;
            }
            int64_t name_start = i + 1, name_cp = cp + 1;
            int64_t j = name_start;
            while (j < size && data[j] != '>') j++;
            if (j >= size) {
                result = template_error(vm, j == name_start ? "missing group name" : "missing >, unterminated name",
                                        tpl, name_cp);
                break;
            }
            int64_t nlen = j - name_start;
            if (nlen == 0) {
                result = template_error(vm, "missing group name", tpl, name_cp);
                break;
            }
            bool digits = true;
            for (int64_t k = name_start; k < j; k++) digits = digits && data[k] >= '0' && data[k] <= '9';
            if (digits) {
                group = 0;
                for (int64_t k = name_start; k < j && group < 1000000; k++) group = group * 10 + (data[k] - '0');
                if (group > p->groups) {
                    snprintf(msg, sizeof msg, "invalid group reference %d", group);
                    result = template_error(vm, msg, tpl, name_cp);
                    break;
                }
            } else {
                AyStr *name = is_str ? ayStr_new(vm, data + name_start, (size_t)nlen) : NULL;
                if (!is_str) {
                    // bytes group names are ASCII identifiers
                    AyValue b = ayCodec_decode(vm, data + name_start, (size_t)nlen, "latin-1", "strict");
                    name = b ? AY_STR(b) : NULL;
                }
                if (!name) {
                    result = AY_NULL;
                    break;
                }
                bool ident = name->size > 0;
                const char *np = name->data;
                for (int64_t k = 0; k < name->size; k++) {
                    unsigned char ch = (unsigned char)np[k];
                    if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80 ||
                          (k > 0 && ch >= '0' && ch <= '9')))
                        ident = false;
                }
                if (!ident) {
                    snprintf(msg, sizeof msg, "bad character in group name '%s'", name->data);
                    result = template_error(vm, msg, tpl, name_cp);
                    break;
                }
                AyValue idx = ayDict_get(vm, AY_AS(AyDict, p->groupindex), ayV_from_obj(name));
                if (!idx) {
                    result = ayErr_format(vm, AY_EXC(vm, IndexError), "unknown group name '%U'", name);
                    break;
                }
                group = (int)ayV_int(idx);
            }
            int64_t name_cps = is_str ? ayUtf8_count(data + name_start, (size_t)nlen) : nlen;
            cp += 1 + name_cps + 1;
            i = j + 1;
        } else if (d == '0') {
            int v = 0;
            for (int k = 0; k < 2 && i < size && data[i] >= '0' && data[i] <= '7'; k++, i++, cp++) v = v * 8 + (data[i] - '0');
            char u[4];
            if (is_str) ayBuf_add(&lit, u, (size_t)ayUtf8_encode((uint32_t)v, u));
            else ayBuf_addc(&lit, (char)v);
        } else if (d >= '1' && d <= '9') {
            group = d - '0';
            if (i < size && data[i] >= '0' && data[i] <= '9') {
                char d2 = data[i];
                if (d <= '7' && d2 <= '7' && i + 1 < size && data[i + 1] >= '0' && data[i + 1] <= '7') {
                    int v = ((d - '0') * 8 + (d2 - '0')) * 8 + (data[i + 1] - '0');
                    if (v > 0377) {
                        snprintf(msg, sizeof msg, "octal escape value \\%c%c%c outside of range 0-0o377", d, d2, data[i + 1]);
                        result = template_error(vm, msg, tpl, esc_cp);
                        break;
                    }
                    i += 2;
                    cp += 2;
                    char u[4];
                    if (is_str) ayBuf_add(&lit, u, (size_t)ayUtf8_encode((uint32_t)v, u));
                    else ayBuf_addc(&lit, (char)v);
                    continue;
                }
                group = group * 10 + (d2 - '0');
                i++;
                cp++;
            }
            if (group > p->groups) {
                snprintf(msg, sizeof msg, "invalid group reference %d", group);
                result = template_error(vm, msg, tpl, esc_cp + 1);
                break;
            }
        } else {
            static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
            const char *hit = NULL;
            for (const char *q = simple; *q; q += 2)
                if (*q == d) hit = q;
            if (hit) {
                ayBuf_addc(&lit, hit[1]);
            } else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                snprintf(msg, sizeof msg, "bad escape \\%c", d);
                result = template_error(vm, msg, tpl, esc_cp);
                break;
            } else {
                // an unknown escape of a non-letter stays as it is
                ayBuf_addc(&lit, '\\');
                i--;
                cp--;
            }
        }
        if (group >= 0) {
            if (lit.len) {
                AyValue piece = is_str ? ayBuf_finish(&lit) : ayBytes_from(vm, lit.data, lit.len);
                if (!is_str) ayBuf_free(&lit);
                ayBuf_init(&lit, vm);
                if (!piece || !ayList_append(vm, items, piece)) {
                    result = AY_NULL;
                    break;
                }
            }
            if (!ayList_append(vm, items, ayV_small(group))) result = AY_NULL;
        }
    }
    if (result && lit.len) {
        AyValue piece = is_str ? ayBuf_finish(&lit) : ayBytes_from(vm, lit.data, lit.len);
        if (!is_str) ayBuf_free(&lit);
        if (!piece || !ayList_append(vm, items, piece)) result = AY_NULL;
    } else {
        ayBuf_free(&lit);
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

// Appends the expansion of a compiled template for the current match.
static bool expand_into(AyVM *vm, AyList *tpl, AyBuf *out, const char *subj, const int64_t *byte_spans, int stride) {
    for (int64_t i = 0; i < tpl->len; i++) {
        AyValue item = tpl->items[i];
        if (ayV_is_int(item)) {
            int g = (int)ayV_int(item);
            int64_t b0 = byte_spans[g * stride], b1 = byte_spans[g * stride + 1];
            if (b0 >= 0) ayBuf_add(out, subj + b0, (size_t)(b1 - b0));
        } else if (ayV_is_str(vm, item)) {
            ayBuf_add(out, AY_CSTR(item), (size_t)AY_STR(item)->size);
        } else {
            ayBuf_add(out, AY_AS(AyBytes, item)->data, (size_t)AY_AS(AyBytes, item)->size);
        }
    }
    return !out->failed;
}

static AyValue buf_result(AyVM *vm, AyBuf *b, bool is_str) {
    if (is_str) return ayBuf_finish(b);
    AyValue r = ayBytes_from(vm, b->data ? b->data : "", b->len);
    ayBuf_free(b);
    return r;
}

// sub / subn (repl, string, count=0)
static AyValue do_sub(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw, bool with_count) {
    AyValue a[4];
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "self repl string | count", a)) return AY_NULL;
    RePattern *p = AY_AS(RePattern, a[0]);
    AyValue repl = a[1];
    Subject s;
    int64_t count = 0;
    if (!subject_init(vm, p, a[2], &s) || (a[3] && !ayStd_int_arg(vm, a[3], &count))) return AY_NULL;
    bool is_literal = ayV_is_str(vm, repl) || ayV_has_flag(vm, repl, AY_TF_BYTES_SUB) ||
                      (ayV_is_obj(repl) && ayType_is_subtype(ayV_type(vm, repl), vm->t_bytearray));
    AyValue tpl = AY_NULL;
    if (is_literal) {
        const char *rd;
        int64_t rn;
        if (ayV_is_str(vm, repl)) rd = AY_CSTR(repl), rn = AY_STR(repl)->size;
        else ayBytes_view(vm, repl, &rd, &rn);
        if (memchr(rd, '\\', (size_t)rn)) {
            tpl = compile_template(vm, p, repl);
            if (!tpl) return AY_NULL;
        } else {
            AyValue items[1] = {repl};
            tpl = ayList_from_items(vm, items, 1);
            if (!tpl) return AY_NULL;
        }
    }
    AyValue roots[3] = {tpl ? tpl : AY_NONE, a[1], a[2]};
    for (int i = 0; i < 3; i++) ayGC_push_root(vm, roots[i]);
    AyBuf out;
    ayBuf_init(&out, vm);
    MatchIter it = {p, &s, 0, s.len, false};
    size_t last = 0;
    int64_t n = 0, pieces = 0;
    int r = 0;
    AyValue result = AY_NULL;
    while (count >= 0 && (count == 0 || n < count) && (r = next_match(vm, &it)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        size_t b0 = ov[0], b1 = ov[1];
        if (b0 > last) pieces++;
        ayBuf_add(&out, s.data + last, b0 - last);
        if (tpl) {
            int ng = p->groups + 1;
            int64_t spans[2 * ng];
            uint32_t nov = pcre2_get_ovector_count(p->md);
            for (int g = 0; g < ng; g++) {
                bool set = (uint32_t)g < nov && ov[2 * g] != PCRE2_UNSET;
                spans[2 * g] = set ? (int64_t)ov[2 * g] : -1;
                spans[2 * g + 1] = set ? (int64_t)ov[2 * g + 1] : -1;
            }
            if (ayV_is_str(vm, repl) == p->is_bytes) {
                // what CPython's final join reports for a replacement of the wrong type
                if (p->is_bytes)
                    ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected a bytes-like object, %T found",
                                 (long long)(pieces - 1 + (b0 == last)), repl);
                else
                    ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected str instance, %T found",
                                 (long long)(pieces - (b0 > last)), repl);
                goto done;
            }
            if (!expand_into(vm, AY_AS(AyList, tpl), &out, s.data, spans, 2)) goto done;
            pieces++;
        } else {
            AyValue m = new_match(vm, p, &s, 0, s.len);
            if (!m) goto done;
            AyValue piece = ayObj_call1(vm, repl, m);
            if (!piece) goto done;
            // the callback may have run this pattern again or changed a bytearray
            if (!subject_init(vm, p, a[2], &s)) goto done;
            if (piece != AY_NONE) {
                if (!s.is_str) {
                    const char *pd;
                    int64_t pn;
                    if (!ayBytes_view(vm, piece, &pd, &pn)) {
                        ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected a bytes-like object, %T found",
                                     (long long)pieces, piece);
                        goto done;
                    }
                    ayBuf_add(&out, pd, (size_t)pn);
                } else if (!ayV_is_str(vm, piece)) {
                    ayErr_format(vm, AY_EXC(vm, TypeError), "sequence item %lld: expected str instance, %T found",
                                 (long long)pieces, piece);
                    goto done;
                } else {
                    ayBuf_add(&out, AY_CSTR(piece), (size_t)AY_STR(piece)->size);
                }
                pieces++;
            }
        }
        last = b1;
        n++;
    }
    if (r < 0) goto done;
    ayBuf_add(&out, s.data + last, s.size - last);
    result = buf_result(vm, &out, s.is_str);
    if (result && with_count) result = ayTuple_pack2(vm, result, ayInt_from_i64(vm, n));
done:
    if (!result) ayBuf_free(&out);
    ayGC_pop_roots(vm, 3);
    return result;
}

static AyValue pat_sub(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return do_sub(vm, "sub", args, nargs, kw, false); }
static AyValue pat_subn(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return do_sub(vm, "subn", args, nargs, kw, true); }

// }====
// {==== finditer / scanner

static AyValue new_scanner(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "self string | pos endpos", a)) return AY_NULL;
    RePattern *p = AY_AS(RePattern, a[0]);
    Subject s;
    int64_t pos, endpos;
    if (!subject_init(vm, p, a[1], &s) || !bounds_args(vm, a[2], a[3], s.len, &pos, &endpos)) return AY_NULL;
    ReScanner *sc = AY_NEW(vm, ReScanner, AY_STD_TYPE(vm, re_scanner));
    if (!sc) return AY_NULL;
    sc->pattern = a[0];
    sc->string = a[1];
    sc->pos = pos;
    sc->endpos = endpos;
    return ayV_from_obj(sc);
}

static AyValue pat_finditer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return new_scanner(vm, "finditer", args, nargs, kw);
}
static AyValue pat_scanner(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return new_scanner(vm, "scanner", args, nargs, kw);
}

// The next match of a scanner (search, or match when anchored); None at the end.
static AyValue scanner_step(AyVM *vm, ReScanner *sc, bool anchored) {
    if (sc->done) return AY_NONE;
    RePattern *p = AY_AS(RePattern, sc->pattern);
    Subject s;
    if (!subject_init(vm, p, sc->string, &s)) return AY_NULL;
    if (sc->endpos > s.len) sc->endpos = s.len;
    uint32_t options = (sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0) | (anchored ? PCRE2_ANCHORED : 0);
    int r = run_match(vm, p, &s, sc->pos, sc->endpos, options);
    if (r <= 0) {
        sc->done = true;
        return r < 0 ? AY_NULL : AY_NONE;
    }
    AyValue m = new_match(vm, p, &s, sc->pos, sc->endpos);
    if (!m) return AY_NULL;
    ReMatch *mm = AY_AS(ReMatch, m);
    sc->must_advance = mm->spans[0] == mm->spans[1];
    sc->pos = mm->spans[1];
    mm->pos = 0;
    return m;
}

static AyValue scanner_next(AyVM *vm, AyValue self) {
    AyValue m = scanner_step(vm, AY_AS(ReScanner, self), false);
    return m == AY_NONE ? AY_NULL : m;
}
static AyValue scanner_match(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return scanner_step(vm, AY_AS(ReScanner, args[0]), true);
}
static AyValue scanner_search(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return scanner_step(vm, AY_AS(ReScanner, args[0]), false);
}
static AyValue scanner_pattern_get(AyVM *vm, AyValue self) { return AY_AS(ReScanner, self)->pattern; }

// }====
// {==== Pattern attributes

static AyValue pat_pattern_get(AyVM *vm, AyValue self) { return AY_AS(RePattern, self)->pattern; }
static AyValue pat_flags_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(RePattern, self)->flags); }
static AyValue pat_groups_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(RePattern, self)->groups); }
static AyValue pat_groupindex_get(AyVM *vm, AyValue self) {
    AyDict *copy = ayDict_copy(vm, AY_AS(AyDict, AY_AS(RePattern, self)->groupindex));
    return copy ? ayV_from_obj(copy) : AY_NULL;
}

// repr text cut to `limit` code points (CPython's "%.200R").
static bool add_repr_limited(AyBuf *b, AyValue v, int64_t limit) {
    AyValue r = ayObj_repr(b->vm, v);
    if (!r) return false;
    AyStr *s = AY_STR(r);
    int64_t n = s->len <= limit ? s->size : ayStr_offset(s, limit);
    ayBuf_add(b, s->data, (size_t)n);
    return true;
}

static AyValue pat_repr(AyVM *vm, AyValue self) {
    RePattern *p = AY_AS(RePattern, self);
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_adds(&b, "re.compile(");
    if (!add_repr_limited(&b, p->pattern, 200)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    static const struct { int bit; const char *name; } names[] = {
        {RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
        {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"}, {RE_UNICODE, "re.UNICODE"},
        {RE_VERBOSE, "re.VERBOSE"}, {RE_DEBUG, "re.DEBUG"}, {RE_ASCII, "re.ASCII"}};
    int flags = p->flags;
    if (!p->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) flags &= ~RE_UNICODE;
    if (flags) {
        ayBuf_adds(&b, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (!(flags & names[i].bit)) continue;
            if (!first) ayBuf_addc(&b, '|');
            ayBuf_adds(&b, names[i].name);
            flags &= ~names[i].bit;
            first = false;
        }
        if (flags) ayBuf_printf(&b, "%s0x%x", first ? "" : "|", (unsigned)flags);
    }
    ayBuf_addc(&b, ')');
    return ayBuf_finish(&b);
}

static AyValue pat_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_type(vm, b, AY_STD_TYPE(vm, re_Pattern))) return AY_NOTIMPLEMENTED;
    RePattern *x = AY_AS(RePattern, a), *y = AY_AS(RePattern, b);
    int eq = 1;
    if (x != y) {
        eq = x->flags == y->flags && x->is_bytes == y->is_bytes ? ayObj_eq(vm, x->pattern, y->pattern) : 0;
        if (eq < 0) return AY_NULL;
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static int64_t pat_hash(AyVM *vm, AyValue self) {
    RePattern *p = AY_AS(RePattern, self);
    int64_t h = ayObj_hash(vm, p->pattern);
    if (h == -1) return -1;
    h ^= (int64_t)p->flags * 1000003;
    return h == -1 ? -2 : h;
}

static AyValue return_self(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }


// }====
// {==== Match

// A group argument (number or name) as an index; IndexError "no such group".
static int group_index(AyVM *vm, ReMatch *m, AyValue g) {
    RePattern *p = AY_AS(RePattern, m->pattern);
    int64_t i = -1;
    if (ayV_is_anyint(vm, g)) {
        if (ayInt_as_i64(vm, ayInt_exact(vm, g), &i) < 0) ayErr_clear(vm), i = -1;
    } else if (ayV_is_str(vm, g)) {
        AyValue idx = ayDict_get(vm, AY_AS(AyDict, p->groupindex), g);
        if (idx) i = ayV_int(idx);
    } else if (ayV_type(vm, g)->index) {
        if (ayObj_as_ssize(vm, g, &i) < 0) return -1;
    }
    if (i < 0 || i >= m->ngroups) {
        ayErr_format(vm, AY_EXC(vm, IndexError), "no such group");
        return -1;
    }
    return (int)i;
}

static AyValue match_group_value(AyVM *vm, ReMatch *m, int g, AyValue dflt) {
    int64_t *sp = m->spans + 4 * g;
    if (sp[0] < 0) return dflt;
    Subject s;
    if (!subject_init(vm, AY_AS(RePattern, m->pattern), m->string, &s)) return AY_NULL;
    size_t b0 = (size_t)sp[2], b1 = (size_t)sp[3];
    if (b1 > s.size) b1 = s.size;
    if (b0 > b1) b0 = b1;
    return subject_slice(vm, &s, b0, b1);
}

static AyValue match_group(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ReMatch *m = AY_AS(ReMatch, args[0]);
    if (!ayArg_no_kw(vm, "group", kw)) return AY_NULL;
    if (nargs == 1) return match_group_value(vm, m, 0, AY_NONE);
    if (nargs == 2) {
        int g = group_index(vm, m, args[1]);
        return g < 0 ? AY_NULL : match_group_value(vm, m, g, AY_NONE);
    }
    AyTuple *t = ayTuple_new(vm, nargs - 1);
    if (!t) return AY_NULL;
    for (int i = 1; i < nargs; i++) t->items[i - 1] = AY_NONE;
    ayGC_push_root(vm, ayV_from_obj(t));
    AyValue r = ayV_from_obj(t);
    for (int i = 1; i < nargs && r; i++) {
        int g = group_index(vm, m, args[i]);
        AyValue v = g < 0 ? AY_NULL : match_group_value(vm, m, g, AY_NONE);
        if (!v) r = AY_NULL;
        else t->items[i - 1] = v;
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue match_getitem(AyVM *vm, AyValue self, AyValue key) {
    ReMatch *m = AY_AS(ReMatch, self);
    int g = group_index(vm, m, key);
    return g < 0 ? AY_NULL : match_group_value(vm, m, g, AY_NONE);
}

static AyValue match_groups(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "groups", args, nargs, kw, "self | default", a)) return AY_NULL;
    ReMatch *m = AY_AS(ReMatch, a[0]);
    AyValue dflt = a[1] ? a[1] : AY_NONE;
    AyTuple *t = ayTuple_new(vm, m->ngroups - 1);
    if (!t) return AY_NULL;
    for (int g = 1; g < m->ngroups; g++) t->items[g - 1] = AY_NONE;
    for (int g = 1; g < m->ngroups; g++) {
        t->items[g - 1] = match_group_value(vm, m, g, dflt);
        if (!t->items[g - 1]) return AY_NULL;
    }
    return ayV_from_obj(t);
}

static AyValue match_groupdict(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "groupdict", args, nargs, kw, "self | default", a)) return AY_NULL;
    ReMatch *m = AY_AS(ReMatch, a[0]);
    AyValue dflt = a[1] ? a[1] : AY_NONE;
    AyDict *d = ayDict_new(vm);
    if (!d) return AY_NULL;
    AyValue k, v;
    for (int64_t it = 0; ayDict_next(AY_AS(AyDict, AY_AS(RePattern, m->pattern)->groupindex), &it, &k, &v);) {
        AyValue val = match_group_value(vm, m, (int)ayV_int(v), dflt);
        if (!val || ayDict_set(vm, d, k, val) < 0) return AY_NULL;
    }
    return ayV_from_obj(d);
}

// start/end/span(group=0)
static bool span_arg(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kw, int64_t **sp) {
    AyValue a[2];
    if (!ayArg_unpack(vm, fname, args, nargs, kw, "self | group", a)) return false;
    ReMatch *m = AY_AS(ReMatch, a[0]);
    int g = a[1] ? group_index(vm, m, a[1]) : 0;
    if (g < 0) return false;
    *sp = m->spans + 4 * g;
    return true;
}
static AyValue match_start(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t *sp;
    return span_arg(vm, "start", args, nargs, kw, &sp) ? ayInt_from_i64(vm, sp[0]) : AY_NULL;
}
static AyValue match_end(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t *sp;
    return span_arg(vm, "end", args, nargs, kw, &sp) ? ayInt_from_i64(vm, sp[1]) : AY_NULL;
}
static AyValue match_span(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t *sp;
    if (!span_arg(vm, "span", args, nargs, kw, &sp)) return AY_NULL;
    return ayTuple_pack2(vm, ayInt_from_i64(vm, sp[0]), ayInt_from_i64(vm, sp[1]));
}

static AyValue match_expand(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "expand", nargs - 1, 1, 1)) return AY_NULL;
    ReMatch *m = AY_AS(ReMatch, args[0]);
    RePattern *p = AY_AS(RePattern, m->pattern);
    AyValue tpl = compile_template(vm, p, args[1]);
    if (!tpl) return AY_NULL;
    Subject s;
    if (!subject_init(vm, p, m->string, &s)) return AY_NULL;
    AyBuf out;
    ayBuf_init(&out, vm);
    if (!expand_into(vm, AY_AS(AyList, tpl), &out, s.data, m->spans + 2, 4)) {
        ayBuf_free(&out);
        return AY_NULL;
    }
    return buf_result(vm, &out, s.is_str);
}

// The group that closed last: among the set groups ending furthest right, an
// enclosing group closes after the groups it contains, and otherwise the
// later group in the pattern closes last.
static int last_index(ReMatch *m) {
    RePattern *p = AY_AS(RePattern, m->pattern);
    int best = -1;
    for (int g = 1; g < m->ngroups; g++) {
        int64_t *sp = m->spans + 4 * g;
        if (sp[0] < 0) continue;
        if (best < 0 || sp[1] > m->spans[4 * best + 1]) {
            best = g;
            continue;
        }
        if (sp[1] < m->spans[4 * best + 1]) continue;
        // same end: g (a later group) wins unless best encloses it
        bool encloses = false;
        for (int a = p->parents[g]; a; a = p->parents[a])
            if (a == best) encloses = true;
        if (!encloses) best = g;
    }
    return best;
}

static AyValue match_lastindex_get(AyVM *vm, AyValue self) {
    int g = last_index(AY_AS(ReMatch, self));
    return g < 0 ? AY_NONE : ayV_small(g);
}
static AyValue match_lastgroup_get(AyVM *vm, AyValue self) {
    ReMatch *m = AY_AS(ReMatch, self);
    int g = last_index(m);
    return g < 0 ? AY_NONE : AY_AS(AyTuple, AY_AS(RePattern, m->pattern)->indexgroup)->items[g];
}
static AyValue match_regs_get(AyVM *vm, AyValue self) {
    ReMatch *m = AY_AS(ReMatch, self);
    AyTuple *t = ayTuple_new(vm, m->ngroups);
    if (!t) return AY_NULL;
    for (int g = 0; g < m->ngroups; g++) t->items[g] = AY_NONE;
    for (int g = 0; g < m->ngroups; g++) {
        AyValue pair = ayTuple_pack2(vm, ayInt_from_i64(vm, m->spans[4 * g]), ayInt_from_i64(vm, m->spans[4 * g + 1]));
        if (!pair) return AY_NULL;
        t->items[g] = pair;
    }
    return ayV_from_obj(t);
}
static AyValue match_string_get(AyVM *vm, AyValue self) { return AY_AS(ReMatch, self)->string; }
static AyValue match_re_get(AyVM *vm, AyValue self) { return AY_AS(ReMatch, self)->pattern; }
static AyValue match_pos_get(AyVM *vm, AyValue self) { return ayInt_from_i64(vm, AY_AS(ReMatch, self)->pos); }
static AyValue match_endpos_get(AyVM *vm, AyValue self) { return ayInt_from_i64(vm, AY_AS(ReMatch, self)->endpos); }

static AyValue match_repr(AyVM *vm, AyValue self) {
    ReMatch *m = AY_AS(ReMatch, self);
    AyValue g0 = match_group_value(vm, m, 0, AY_NONE);
    if (!g0) return AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "<re.Match object; span=(%lld, %lld), match=", (long long)m->spans[0], (long long)m->spans[1]);
    if (!add_repr_limited(&b, g0, 50)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    ayBuf_addc(&b, '>');
    return ayBuf_finish(&b);
}

// }====

static const AyMethodDef pattern_methods[] = {
    {"match", pat_match, 0, NULL},
    {"fullmatch", pat_fullmatch, 0, NULL},
    {"search", pat_search, 0, NULL},
    {"sub", pat_sub, 0, NULL},
    {"subn", pat_subn, 0, NULL},
    {"split", pat_split, 0, NULL},
    {"findall", pat_findall, 0, NULL},
    {"finditer", pat_finditer, 0, NULL},
    {"scanner", pat_scanner, 0, NULL},
    {"__copy__", return_self, 0, NULL},
    {"__deepcopy__", return_self, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};
static const AyGetSetDef pattern_getsets[] = {
    {"pattern", pat_pattern_get, NULL},
    {"flags", pat_flags_get, NULL},
    {"groups", pat_groups_get, NULL},
    {"groupindex", pat_groupindex_get, NULL},
    {NULL},
};
static const AyMethodDef match_methods[] = {
    {"group", match_group, 0, NULL},
    {"groups", match_groups, 0, NULL},
    {"groupdict", match_groupdict, 0, NULL},
    {"start", match_start, 0, NULL},
    {"end", match_end, 0, NULL},
    {"span", match_span, 0, NULL},
    {"expand", match_expand, 0, NULL},
    {"__copy__", return_self, 0, NULL},
    {"__deepcopy__", return_self, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};
static const AyGetSetDef match_getsets[] = {
    {"lastindex", match_lastindex_get, NULL},
    {"lastgroup", match_lastgroup_get, NULL},
    {"regs", match_regs_get, NULL},
    {"string", match_string_get, NULL},
    {"re", match_re_get, NULL},
    {"pos", match_pos_get, NULL},
    {"endpos", match_endpos_get, NULL},
    {NULL},
};
static const AyMethodDef scanner_methods[] = {
    {"match", scanner_match, 0, NULL},
    {"search", scanner_search, 0, NULL},
    {NULL},
};
static const AyGetSetDef scanner_getsets[] = {
    {"pattern", scanner_pattern_get, NULL},
    {NULL},
};
static const AyMethodDef re_funcs[] = {
    {"compile", re_compile, 0, NULL},
    {NULL},
};

AyValue ayMod_re(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_re", re_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *err = ayStd_new_type(vm, AY_STD_re_error, "re", "re.error", AY_EXC(vm, Exception),
                                 AY_EXC(vm, Exception)->basic_size, AY_TF_BASETYPE);
    err->tp_init = reerror_init;
    ayType_ready(vm, err);
    ayModule_add(vm, m, "error", ayV_from_obj(err));

    AyType *pt = ayStd_new_type(vm, AY_STD_re_Pattern, "re", "re.Pattern", vm->t_object, sizeof(RePattern), 0);
    pt->trace = pattern_trace;
    pt->finalize = pattern_finalize;
    pt->repr = pat_repr;
    pt->richcmp = pat_richcmp;
    pt->hash = pat_hash;
    ayType_add_methods(vm, pt, pattern_methods);
    ayType_add_getsets(vm, pt, pattern_getsets);
    ayType_ready(vm, pt);
    ayModule_add(vm, m, "Pattern", ayV_from_obj(pt));

    AyType *mt = ayStd_new_type(vm, AY_STD_re_Match, "re", "re.Match", vm->t_object, sizeof(ReMatch), 0);
    mt->trace = match_trace;
    mt->gc_size = match_gc_size;
    mt->repr = match_repr;
    mt->getitem = match_getitem;
    ayType_add_methods(vm, mt, match_methods);
    ayType_add_getsets(vm, mt, match_getsets);
    ayType_ready(vm, mt);
    ayModule_add(vm, m, "Match", ayV_from_obj(mt));

    AyType *st = ayStd_new_type(vm, AY_STD_re_scanner, NULL, "callable_iterator", vm->t_object, sizeof(ReScanner), 0);
    st->trace = scanner_trace;
    st->iter = ayStd_iter_self;
    st->next = scanner_next;
    ayType_add_methods(vm, st, scanner_methods);
    ayType_add_getsets(vm, st, scanner_getsets);
    ayType_ready(vm, st);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
