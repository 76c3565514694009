// AyBuf: growable byte buffers for building text in C, and the printf-like
// formatter behind ayErr_format / ayStr_from_fmt.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "str.h"
#include "vm.h"

void ayBuf_init(AyBuf *b, AyVM *vm) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->vm = vm;
    b->failed = false;
}

void ayBuf_free(AyBuf *b) {
    if (b->data) ayMem_free(b->vm, b->data, b->cap);
    b->data = NULL;
    b->len = b->cap = 0;
}

bool ayBuf_reserve(AyBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    char *d = ayMem_realloc(b->vm, b->data, b->cap, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void ayBuf_add(AyBuf *b, const char *s, size_t n) {
    if (!ayBuf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void ayBuf_adds(AyBuf *b, const char *s) { ayBuf_add(b, s, strlen(s)); }

void ayBuf_addc(AyBuf *b, char c) {
    if (!ayBuf_reserve(b, 1)) return;
    b->data[b->len++] = c;
}

bool ayBuf_add_str(AyBuf *b, AyValue v) {
    // exact strs only: a str subclass may override __str__
    AyValue s = ayV_is_type(b->vm, v, b->vm->t_str) ? v : ayObj_str(b->vm, v);
    if (!s) {
        b->failed = true;
        return false;
    }
    ayBuf_add(b, AY_STR(s)->data, (size_t)AY_STR(s)->size);
    return !b->failed;
}

bool ayBuf_add_repr(AyBuf *b, AyValue v) {
    AyValue s = ayObj_repr(b->vm, v);
    if (!s) {
        b->failed = true;
        return false;
    }
    ayBuf_add(b, AY_STR(s)->data, (size_t)AY_STR(s)->size);
    return !b->failed;
}

AyValue ayBuf_finish(AyBuf *b) {
    if (b->failed) {
        ayBuf_free(b);
        return AY_NULL;
    }
    AyStr *s = ayStr_new(b->vm, b->data ? b->data : "", b->len);
    ayBuf_free(b);
    return s ? ayV_from_obj(s) : AY_NULL;
}

// The formatter: C printf directives plus %R %S %T %N %U (see vm.h).
void ayBuf_vprintf(AyBuf *b, const char *fmt, va_list ap) {
    char tmp[64];
    for (const char *p = fmt; *p && !b->failed; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            ayBuf_add(b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        // numeric directives may carry flags and a width: "%02x", "%-5d"
        char cfmt[16] = "%";
        int cl = 1;
        while ((*p == '0' || *p == '-') && cl < 4) cfmt[cl++] = *p++;
        while (*p >= '0' && *p <= '9' && cl < 8) cfmt[cl++] = *p++;
        int longs = 0, size_t_arg = 0;
        while (*p == 'l') { longs++; p++; }
        if (*p == 'z') { size_t_arg = 1; p++; }
        if (*p == 'd' || *p == 'u' || *p == 'x') {
            if (size_t_arg) cfmt[cl++] = 'z';
            for (int i = 0; i < longs && i < 2; i++) cfmt[cl++] = 'l';
            cfmt[cl++] = *p;
            cfmt[cl] = 0;
        }
        switch (*p) {
        case 's': ayBuf_adds(b, va_arg(ap, const char *)); break;
        case 'c': ayBuf_addc(b, (char)va_arg(ap, int)); break;
        case 'd':
            if (size_t_arg) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, ssize_t));
            else if (longs >= 2) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, long long));
            else if (longs == 1) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, long));
            else snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, int));
            ayBuf_adds(b, tmp);
            break;
        case 'u':
        case 'x':
            if (size_t_arg) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, size_t));
            else if (longs >= 2) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, unsigned long long));
            else if (longs == 1) snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, unsigned long));
            else snprintf(tmp, sizeof tmp, cfmt, va_arg(ap, unsigned));
            ayBuf_adds(b, tmp);
            break;
        case 'p':
            snprintf(tmp, sizeof tmp, "0x%llx", (unsigned long long)(uintptr_t)va_arg(ap, void *));
            ayBuf_adds(b, tmp);
            break;
        case 'R': ayBuf_add_repr(b, va_arg(ap, AyValue)); break;
        case 'S': ayBuf_add_str(b, va_arg(ap, AyValue)); break;
        case 'T': ayBuf_adds(b, ayType_name(ayV_type(b->vm, va_arg(ap, AyValue)))); break;
        case 'N': ayBuf_adds(b, ayType_name(va_arg(ap, AyType *))); break;
        case 'U': {
            AyStr *s = va_arg(ap, AyStr *);
            ayBuf_add(b, s->data, (size_t)s->size);
            break;
        }
        case '%': ayBuf_addc(b, '%'); break;
        default: ayBuf_addc(b, '%'); ayBuf_addc(b, *p); break;
        }
    }
}

void ayBuf_printf(AyBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ayBuf_vprintf(b, fmt, ap);
    va_end(ap);
}
