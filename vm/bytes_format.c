// printf-style formatting of bytes and bytearray (PEP 461): b"%d %s" % args.
// The directive syntax and errors follow CPython's _PyBytes_FormatEx; the
// numeric conversions reuse str's `%` (vm/format.c) on one argument at a time.
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "str.h"
#include "vm.h"

AyValue ayFormat_percent(AyVM *vm, AyValue fmt, AyValue args);

typedef struct PctArgs {
    AyValue args;        // the right operand
    AyValue *items;      // a tuple's items, else &args
    int64_t n, next;
    AyValue dict;        // a mapping for %(key)s, or AY_NULL
} PctArgs;

static AyValue next_arg(AyVM *vm, PctArgs *a) {
    if (a->next >= a->n) return ayErr_format(vm, AY_EXC(vm, TypeError), "not enough arguments for format string");
    return a->items[a->next++];
}

// The bytes for %s / %b: bytes-like objects or __bytes__.
static bool obj_bytes(AyVM *vm, AyValue v, AyValue *keep, const char **d, int64_t *n) {
    if (ayBytes_view(vm, v, d, n)) return true;
    AyValue m = ayV_is_obj(v) && !ayV_is_str(vm, v) ? ayType_lookup(vm, ayV_type(vm, v), vm->s.__bytes__) : AY_NULL;
    if (m) {
        AyValue r = ayObj_call1(vm, m, v);
        if (!r) return false;
        if (!ayV_has_flag(vm, r, AY_TF_BYTES_SUB)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "__bytes__ returned non-bytes (type %T)", r);
            return false;
        }
        *keep = r;
        return ayBytes_view(vm, r, d, n);
    }
    ayErr_format(vm, AY_EXC(vm, TypeError),
                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
    return false;
}

static void add_padded(AyBuf *out, const char *d, int64_t n, int64_t width, bool left) {
    int64_t pad = width > n ? width - n : 0;
    if (!left)
        for (int64_t i = 0; i < pad; i++) ayBuf_addc(out, ' ');
    ayBuf_add(out, d, (size_t)n);
    if (left)
        for (int64_t i = 0; i < pad; i++) ayBuf_addc(out, ' ');
}

// A numeric directive rendered by str's % with the same flags.
static bool format_number(AyVM *vm, AyBuf *out, const char *flags, int64_t width, int64_t prec, char conv,
                          AyValue v) {
    char spec[96];
    int k = snprintf(spec, sizeof spec, "%%%s", flags);
    if (width >= 0) k += snprintf(spec + k, sizeof spec - (size_t)k, "%lld", (long long)width);
    if (prec >= 0) k += snprintf(spec + k, sizeof spec - (size_t)k, ".%lld", (long long)prec);
    snprintf(spec + k, sizeof spec - (size_t)k, "%c", conv);
    AyStr *fs = ayStr_new_c(vm, spec);
    if (!fs) return false;
    ayGC_push_root(vm, ayV_from_obj(fs));
    AyValue tup = ayTuple_from_items(vm, &v, 1);
    if (!tup) {
        ayGC_pop_roots(vm, 1);
        return false;
    }
    ayGC_push_root(vm, tup);
    AyValue r = ayFormat_percent(vm, ayV_from_obj(fs), tup);
    ayGC_pop_roots(vm, 2);
    if (!r) return false;
    ayBuf_add(out, AY_CSTR(r), (size_t)AY_STR(r)->size);
    return true;
}

static bool star_arg(AyVM *vm, PctArgs *a, int64_t *out) {
    AyValue v = next_arg(vm, a);
    if (!v) return false;
    if (!ayV_is_anyint(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "* wants int");
        return false;
    }
    return ayObj_as_ssize(vm, v, out) >= 0;
}

static bool render(AyVM *vm, AyBuf *out, AyValue fmtv, PctArgs *a) {
    const char *fmt;
    int64_t n;
    ayBytes_view(vm, fmtv, &fmt, &n);
    // the format may be a bytearray: copy it, since Ay code may run below
    AyValue fcopy = ayBytes_from(vm, fmt, (size_t)n);
    if (!fcopy) return false;
    ayGC_push_root(vm, fcopy);
    fmt = AY_AS(AyBytes, fcopy)->data;
    bool ok = false;
    int64_t i = 0;
    while (i < n) {
        const char *pct = memchr(fmt + i, '%', (size_t)(n - i));
        int64_t j = pct ? pct - fmt : n;
        ayBuf_add(out, fmt + i, (size_t)(j - i));
        if (j >= n) break;
        int64_t start = j;
        i = j + 1;
        if (i >= n) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format");
            goto done;
        }
        AyValue v = AY_NULL;
        if (fmt[i] == '(') {
            if (!a->dict) {
                ayErr_format(vm, AY_EXC(vm, TypeError), "format requires a mapping");
                goto done;
            }
            int depth = 1;
            int64_t k0 = ++i;
            while (i < n && depth) {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth) {
                ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format key");
                goto done;
            }
            AyValue key = ayBytes_from(vm, fmt + k0, (size_t)(i - 1 - k0));
            if (!key) goto done;
            v = ayObj_getitem(vm, a->dict, key);
            if (!v) goto done;
        }
        char flags[8];
        int nf = 0;
        bool left = false;
        while (i < n && strchr("-+ #0", fmt[i])) {
            if (fmt[i] == '-') left = true;
            if (nf < 6 && !memchr(flags, fmt[i], (size_t)nf)) flags[nf++] = fmt[i];
            i++;
        }
        flags[nf] = 0;
        int64_t width = -1, prec = -1;
        if (i < n && fmt[i] == '*') {
            if (!star_arg(vm, a, &width)) goto done;
            if (width < 0) {
                left = true;
                if (!strchr(flags, '-') && nf < 6) flags[nf++] = '-', flags[nf] = 0;
                width = -width;
            }
            i++;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
        }
        if (i < n && fmt[i] == '.') {
            i++;
            prec = 0;
            if (i < n && fmt[i] == '*') {
                if (!star_arg(vm, a, &prec)) goto done;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') prec = prec * 10 + (fmt[i++] - '0');
            }
        }
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) {
            ayErr_format(vm, AY_EXC(vm, ValueError), "incomplete format");
            goto done;
        }
        char c = fmt[i++];
        if (c == '%') {
            ayBuf_addc(out, '%');
            continue;
        }
        if (!v && !(v = next_arg(vm, a))) goto done;
        switch (c) {
        case 's': case 'b': {
            AyValue keep = AY_NULL;
            const char *d;
            int64_t m;
            if (!obj_bytes(vm, v, &keep, &d, &m)) goto done;
            if (prec >= 0 && prec < m) m = prec;
            add_padded(out, d, m, width, left);
            break;
        }
        case 'r': case 'a': {
            AyValue s = ayObj_ascii(vm, v);
            if (!s) goto done;
            int64_t m = AY_STR(s)->size;
            if (prec >= 0 && prec < m) m = prec;
            add_padded(out, AY_CSTR(s), m, width, left);
            break;
        }
        case 'c': {
            char byte;
            const char *d;
            int64_t m;
            if (ayV_is_anyint(vm, v)) {
                int64_t x;
                if (ayObj_as_ssize(vm, v, &x) < 0) {
                    if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) goto done;
                    ayErr_clear(vm);
                    x = -1;
                }
                if (x < 0 || x > 255) {
                    ayErr_format(vm, AY_EXC(vm, OverflowError), "%%c arg not in range(256)");
                    goto done;
                }
                byte = (char)x;
            } else if ((ayV_has_flag(vm, v, AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, v)) &&
                       ayBytes_view(vm, v, &d, &m) && m == 1) {
                byte = d[0];
            } else {
                ayErr_format(vm, AY_EXC(vm, TypeError), "%%c requires an integer in range(256) or a single byte");
                goto done;
            }
            add_padded(out, &byte, 1, width, left);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
        case 'g': case 'G':
            if (!format_number(vm, out, flags, width, prec, c, v)) goto done;
            break;
        default:
            if ((uint8_t)c >= 32 && (uint8_t)c < 127)
                ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported format character '%c' (0x%x) at index %lld",
                             c, (unsigned)(uint8_t)c, (long long)(i - 1));
            else
                ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported format character '?' (0x%x) at index %lld",
                             (unsigned)(uint8_t)c, (long long)(i - 1));
            (void)start;
            goto done;
        }
    }
    if (a->next < a->n && !a->dict) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "not all arguments converted during bytes formatting");
        goto done;
    }
    ok = !out->failed;
done:
    ayGC_pop_roots(vm, 1);
    return ok;
}

AyValue ayBytes_percent(AyVM *vm, AyValue fmt, AyValue args) {
    PctArgs a = {args, &a.args, 1, 0, AY_NULL};
    if (ayV_is_tuple(vm, args)) {
        a.items = AY_AS(AyTuple, args)->items;
        a.n = AY_AS(AyTuple, args)->len;
    }
    // CPython's test is PyMapping_Check: anything subscriptable but tuples
    // bytes and strs (so lists too: they just never run out of arguments)
    if (!ayV_is_tuple(vm, args) && ayV_is_obj(args) && ayV_type(vm, args)->getitem &&
        !ayV_has_flag(vm, args, AY_TF_BYTES_SUB) && !ayV_is_str(vm, args))
        a.dict = args;
    AyBuf out;
    ayBuf_init(&out, vm);
    if (!render(vm, &out, fmt, &a)) {
        ayBuf_free(&out);
        return AY_NULL;
    }
    AyValue r = ayBytes_new_like(vm, fmt, out.data ? out.data : "", out.len);
    ayBuf_free(&out);
    return r;
}
