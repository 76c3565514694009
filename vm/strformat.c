// str.format / str.format_map: a port of CPython's MarkupIterator
// (Objects/stringlib/unicode_format.h) so that every malformed format string
// fails with the same message at the same point. Field names resolve
// positional indexes, keywords, `.attr` and `[key]`; conversions !r !s !a;
// format specs may contain nested fields (one level).
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec);

typedef enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } AutoState;

typedef struct FmtCtx {
    AyVM *vm;
    AyValue *args;       // positional arguments, or NULL for format_map
    int nargs;
    AyValue kwnames;     // tuple or AY_NULL (values follow args[nargs..])
    AyValue mapping;     // format_map's mapping, or AY_NULL
    AutoState state;
    int64_t next_auto;
} FmtCtx;

static bool fail(AyVM *vm, const char *msg) {
    ayErr_format(vm, AY_EXC(vm, ValueError), "%s", msg);
    return false;
}

// The decimal integer spelled by [p, end), -1 if it is not one (or empty),
// -2 with ValueError when it is too long.
static int64_t get_integer(AyVM *vm, const char *p, const char *end) {
    if (p >= end) return -1;
    int64_t v = 0;
    for (const char *q = p; q < end; q++) {
        if (*q < '0' || *q > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) {
            fail(vm, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (*q - '0');
    }
    return v;
}

static AyValue lookup_kw(FmtCtx *c, const char *name, size_t n) {
    AyVM *vm = c->vm;
    AyStr *key = ayStr_new(vm, name, n);
    if (!key) return AY_NULL;
    if (c->mapping) return ayObj_getitem(vm, c->mapping, ayV_from_obj(key));
    int nkw = ayArg_nkw(c->kwnames);
    for (int i = 0; i < nkw; i++)
        if (ayStr_eq(AY_STR(AY_AS(AyTuple, c->kwnames)->items[i]), key)) return c->args[c->nargs + i];
    return ayErr_set_value(vm, AY_EXC(vm, KeyError), ayV_from_obj(key));
}

// Resolves a field name "first.attr[key]..." to its object.
static AyValue get_field(FmtCtx *c, const char *p, const char *end) {
    AyVM *vm = c->vm;
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    int64_t idx = get_integer(vm, p, q);
    if (idx == -2) return AY_NULL;
    bool empty = q == p;
    if (empty || idx >= 0) {
        if (c->state == AUTO_INIT) c->state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (c->state == AUTO_MANUAL && empty)
            return fail(vm, "cannot switch from manual field specification to automatic field numbering"), AY_NULL;
        if (c->state == AUTO_AUTO && !empty)
            return fail(vm, "cannot switch from automatic field numbering to manual field specification"), AY_NULL;
        if (empty) idx = c->next_auto++;
    }
    AyValue v;
    if (idx < 0) {
        v = lookup_kw(c, p, (size_t)(q - p));
    } else {
        if (!c->args) return fail(vm, "Format string contains positional fields"), AY_NULL;
        if (idx >= c->nargs)
            return ayErr_format(vm, AY_EXC(vm, IndexError),
                                "Replacement index %lld out of range for positional args tuple", (long long)idx);
        v = c->args[idx];
    }
    while (v && q < end) {
        bool attr = *q == '.';
        if (*q != '.' && *q != '[')
            return fail(vm, "Only '.' or '[' may follow ']' in format field specifier"), AY_NULL;
        const char *a = ++q;
        if (attr) {
            while (q < end && *q != '.' && *q != '[') q++;
        } else {
            while (q < end && *q != ']') q++;
            if (q >= end) return fail(vm, "Missing ']' in format string"), AY_NULL;
        }
        if (q == a) return fail(vm, "Empty attribute in format string"), AY_NULL;
        ayGC_push_root(vm, v);
        if (attr) {
            AyStr *name = ayStr_intern(vm, a, (size_t)(q - a));
            v = name ? ayObj_getattr(vm, v, name) : AY_NULL;
        } else {
            int64_t i = get_integer(vm, a, q);
            AyValue key = AY_NULL;
            if (i >= 0) key = ayInt_from_i64(vm, i);
            else if (i == -1) {
                AyStr *k = ayStr_new(vm, a, (size_t)(q - a));
                key = k ? ayV_from_obj(k) : AY_NULL;
            }
            v = key ? ayObj_getitem(vm, v, key) : AY_NULL;
            q++;  // the ']'
        }
        ayGC_pop_roots(vm, 1);
    }
    return v;
}

static bool build(FmtCtx *c, AyBuf *out, const char *p, const char *end, int depth);

// Formats one field: name [!conv] [:spec], already split.
static bool render_field(FmtCtx *c, AyBuf *out, const char *name, const char *name_end, uint32_t conv,
                         const char *spec, const char *spec_end, bool expand, int depth) {
    AyVM *vm = c->vm;
    AyValue v = get_field(c, name, name_end);
    if (!v) return false;
    ayGC_push_root(vm, v);
    bool ok = true;
    if (conv) {
        AyValue r = AY_NULL;
        if (conv == 'r') r = ayObj_repr(vm, v);
        else if (conv == 's') r = ayObj_str(vm, v);
        else if (conv == 'a') r = ayObj_ascii(vm, v);
        else if (conv > 32 && conv < 127)
            ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown conversion specifier %c", (int)conv);
        else
            ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown conversion specifier \\x%x", conv);
        v = r;
        ok = r != AY_NULL;
        ayGC_pop_roots(vm, 1);
        ayGC_push_root(vm, v);
    }
    AyValue specv = ayV_from_obj(vm->empty_str);
    if (ok && spec < spec_end) {
        if (expand) {
            AyBuf sb;
            ayBuf_init(&sb, vm);
            if (!build(c, &sb, spec, spec_end, depth - 1)) {
                ayBuf_free(&sb);
                ok = false;
            } else {
                specv = ayBuf_finish(&sb);
            }
        } else {
            AyStr *s = ayStr_new(vm, spec, (size_t)(spec_end - spec));
            specv = s ? ayV_from_obj(s) : AY_NULL;
        }
        ok = ok && specv;
    }
    if (ok) {
        if (ayV_is_type(vm, v, vm->t_str) && AY_STR(specv)->size == 0) {
            ayBuf_add(out, AY_CSTR(v), (size_t)AY_STR(v)->size);
        } else {
            ayGC_push_root(vm, specv);
            AyValue r = ayFormat_value(vm, v, specv);
            ayGC_pop_roots(vm, 1);
            if (r) ayBuf_add(out, AY_CSTR(r), (size_t)AY_STR(r)->size);
            else ok = false;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok && !out->failed;
}

// Parses the field after a '{' at *pp (CPython's parse_field) and renders it.
static bool parse_field(FmtCtx *c, AyBuf *out, const char **pp, const char *end, int depth) {
    AyVM *vm = c->vm;
    const char *p = *pp, *name = p;
    char ch = 0;
    while (p < end) {
        ch = *p++;
        if (ch == '{') return fail(vm, "unexpected '{' in field name");
        if (ch == '[') {
            while (p < end && *p != ']') p++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
        ch = 0;
    }
    const char *name_end = ch ? p - 1 : p;
    uint32_t conv = 0;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (p >= end) return fail(vm, "end of string while looking for conversion specifier");
            conv = ayUtf8_decode(&p);
            if (p < end) {
                char n = *p++;
                if (n == '}') {
                    *pp = p;
                    return render_field(c, out, name, name_end, conv, p, p, false, depth);
                }
                if (n != ':') return fail(vm, "expected ':' after conversion specifier");
            }
        }
        const char *spec = p;
        int count = 1;
        bool expand = false;
        while (p < end) {
            char s = *p++;
            if (s == '{') {
                expand = true;
                count++;
            } else if (s == '}' && --count == 0) {
                *pp = p;
                return render_field(c, out, name, name_end, conv, spec, p - 1, expand, depth);
            }
        }
        return fail(vm, "unmatched '{' in format spec");
    }
    if (ch != '}') return fail(vm, "expected '}' before end of string");
    *pp = p;
    return render_field(c, out, name, name_end, 0, p, p, false, depth);
}

static bool build(FmtCtx *c, AyBuf *out, const char *p, const char *end, int depth) {
    AyVM *vm = c->vm;
    if (depth <= 0) return fail(vm, "Max string recursion exceeded");
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}') q++;
        ayBuf_add(out, p, (size_t)(q - p));
        if (q >= end) break;
        char ch = *q++;
        if (ch == '}') {
            if (q >= end || *q != '}') return fail(vm, "Single '}' encountered in format string");
            ayBuf_addc(out, '}');
            p = q + 1;
            continue;
        }
        if (q >= end) return fail(vm, "Single '{' encountered in format string");
        if (*q == '{') {
            ayBuf_addc(out, '{');
            p = q + 1;
            continue;
        }
        if (!parse_field(c, out, &q, end, depth)) return false;
        p = q;
    }
    return !out->failed;
}

static AyValue run(FmtCtx *c, AyStr *fmt) {
    AyBuf b;
    ayBuf_init(&b, c->vm);
    if (!build(c, &b, fmt->data, fmt->data + fmt->size, 2)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

AyValue ayStr_format_method(AyVM *vm, AyStr *fmt, AyValue *args, int nargs, AyValue kwnames) {
    FmtCtx c = {vm, args, nargs, kwnames, AY_NULL, AUTO_INIT, 0};
    return run(&c, fmt);
}

AyValue ayStr_format_mapping(AyVM *vm, AyStr *fmt, AyValue mapping) {
    FmtCtx c = {vm, NULL, 0, AY_NULL, mapping, AUTO_INIT, 0};
    return run(&c, fmt);
}
