// str.format / str.format_map: parsing replacement fields, resolving field
// names (indexes, keywords, .attr, [key]), conversions and nested specs.
#include <string.h>

#include "containers.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "vm.h"

AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec);

typedef struct FmtCtx {
    AyVM *vm;
    AyValue *args;
    int nargs;
    AyValue kwnames;   // tuple or AY_NULL (values follow args[nargs..])
    AyValue mapping;   // format_map's mapping, or AY_NULL
    int auto_index;    // -1 after a manual index was used
    bool manual;
} FmtCtx;

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

static bool all_digits(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// Resolves "name.attr[key]..." to a value.
static AyValue resolve_field(FmtCtx *c, const char *p, const char *end) {
    AyVM *vm = c->vm;
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    AyValue v;
    if (q == p) {
        if (c->manual) return ayErr_format(vm, AY_EXC(vm, ValueError),
                                           "cannot switch from manual field specification to automatic field numbering");
        c->auto_index = c->auto_index < 0 ? 0 : c->auto_index;
        int i = c->auto_index++;
        if (c->mapping || i >= c->nargs)
            return ayErr_format(vm, AY_EXC(vm, IndexError), "Replacement index %d out of range for positional args tuple", i);
        v = c->args[i];
    } else if (all_digits(p, (size_t)(q - p))) {
        if (c->auto_index > 0)
            return ayErr_format(vm, AY_EXC(vm, ValueError),
                                "cannot switch from automatic field numbering to manual field specification");
        c->manual = true;
        int64_t i = 0;
        for (const char *d = p; d < q; d++) i = i * 10 + (*d - '0');
        if (c->mapping || i >= c->nargs)
            return ayErr_format(vm, AY_EXC(vm, IndexError), "Replacement index %lld out of range for positional args tuple",
                                (long long)i);
        v = c->args[i];
    } else {
        v = lookup_kw(c, p, (size_t)(q - p));
        if (!v) return AY_NULL;
    }
    while (q < end) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[') q++;
            if (q == a) return ayErr_format(vm, AY_EXC(vm, ValueError), "Empty attribute in format string");
            AyStr *name = ayStr_intern(vm, a, (size_t)(q - a));
            if (!name) return AY_NULL;
            ayGC_push_root(vm, v);
            v = ayObj_getattr(vm, v, name);
            ayGC_pop_roots(vm, 1);
        } else {
            const char *a = ++q;
            while (q < end && *q != ']') q++;
            if (q >= end) return ayErr_format(vm, AY_EXC(vm, ValueError), "expected '}' before end of string");
            if (q == a) return ayErr_format(vm, AY_EXC(vm, ValueError), "Empty attribute in format string");
            AyValue key;
            if (all_digits(a, (size_t)(q - a))) {
                int64_t i = 0;
                for (const char *d = a; d < q; d++) i = i * 10 + (*d - '0');
                key = ayV_small(i);
            } else {
                AyStr *k = ayStr_new(vm, a, (size_t)(q - a));
                if (!k) return AY_NULL;
                key = ayV_from_obj(k);
            }
            q++;
            ayGC_push_root(vm, v);
            ayGC_push_root(vm, key);
            v = ayObj_getitem(vm, v, key);
            ayGC_pop_roots(vm, 2);
            if (q < end && *q != '.' && *q != '[')
                return ayErr_format(vm, AY_EXC(vm, ValueError), "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!v) return AY_NULL;
    }
    return v;
}

static bool render(FmtCtx *c, AyBuf *out, const char *p, const char *end, int depth);

// One replacement field: p..end is the text between { and }.
static bool field(FmtCtx *c, AyBuf *out, const char *p, const char *end, int depth) {
    AyVM *vm = c->vm;
    // split name / !conv / :spec (brackets protect ':' and '!' inside [])
    const char *q = p;
    int bracket = 0;
    while (q < end) {
        if (*q == '[') bracket++;
        else if (*q == ']') bracket--;
        else if (!bracket && (*q == '!' || *q == ':')) break;
        q++;
    }
    const char *name_end = q;
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "end of string while looking for conversion specifier");
            return false;
        }
        conv = q[1];
        q += 2;
        if (q < end && *q != ':') {
            ayErr_format(vm, AY_EXC(vm, ValueError), "expected ':' after conversion specifier");
            return false;
        }
    }
    const char *spec = q < end ? q + 1 : end;
    AyValue v = resolve_field(c, p, name_end);
    if (!v) return false;
    ayGC_push_root(vm, v);
    if (conv) {
        if (conv == 'r') v = ayObj_repr(vm, v);
        else if (conv == 's') v = ayObj_str(vm, v);
        else if (conv == 'a') v = ayObj_ascii(vm, v);
        else {
            ayGC_pop_roots(vm, 1);
            ayErr_format(vm, AY_EXC(vm, ValueError), "Unknown conversion specifier %c", conv);
            return false;
        }
        if (!v) {
            ayGC_pop_roots(vm, 1);
            return false;
        }
        ayGC_pop_roots(vm, 1);
        ayGC_push_root(vm, v);
    }
    // the spec may itself contain fields
    AyBuf sb;
    ayBuf_init(&sb, vm);
    if (!render(c, &sb, spec, end, depth + 1)) {
        ayBuf_free(&sb);
        ayGC_pop_roots(vm, 1);
        return false;
    }
    AyValue specv = ayBuf_finish(&sb);
    if (!specv) {
        ayGC_pop_roots(vm, 1);
        return false;
    }
    AyValue r = ayFormat_value(vm, v, specv);
    ayGC_pop_roots(vm, 1);
    if (!r) return false;
    ayBuf_add(out, AY_CSTR(r), (size_t)AY_STR(r)->size);
    return true;
}

static bool render(FmtCtx *c, AyBuf *out, const char *p, const char *end, int depth) {
    AyVM *vm = c->vm;
    if (depth > 2) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Max string recursion exceeded");
        return false;
    }
    while (p < end) {
        char ch = *p;
        if (ch == '{') {
            if (p + 1 < end && p[1] == '{') {
                ayBuf_addc(out, '{');
                p += 2;
                continue;
            }
            // find the matching close brace
            const char *q = p + 1;
            int level = 1;
            while (q < end) {
                if (*q == '{') level++;
                else if (*q == '}' && --level == 0) break;
                q++;
            }
            if (q >= end) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "expected '}' before end of string");
                return false;
            }
            if (!field(c, out, p + 1, q, depth)) return false;
            p = q + 1;
        } else if (ch == '}') {
            if (p + 1 < end && p[1] == '}') {
                ayBuf_addc(out, '}');
                p += 2;
                continue;
            }
            ayErr_format(vm, AY_EXC(vm, ValueError), "Single '}' encountered in format string");
            return false;
        } else {
            const char *q = p;
            while (q < end && *q != '{' && *q != '}') q++;
            ayBuf_add(out, p, (size_t)(q - p));
            p = q;
        }
    }
    return true;
}

AyValue ayStr_format_method(AyVM *vm, AyStr *fmt, AyValue *args, int nargs, AyValue kwnames) {
    FmtCtx c = {vm, args, nargs, kwnames, AY_NULL, -1, false};
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!render(&c, &b, fmt->data, fmt->data + fmt->size, 0)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}

AyValue ayStr_format_mapping(AyVM *vm, AyStr *fmt, AyValue mapping) {
    FmtCtx c = {vm, NULL, 0, AY_NULL, mapping, -1, false};
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!render(&c, &b, fmt->data, fmt->data + fmt->size, 0)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return ayBuf_finish(&b);
}
