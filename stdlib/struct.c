// The _struct module: converting between Python values and C structs held
// in bytes (lib/struct.py re-exports it).
#include <float.h>
#include <math.h>
#include <string.h>

#include "libm.h"
#include "stdmod.h"

// {==== formats

typedef struct FmtItem {
    char code;
    int64_t count;    // repeat count (length for 's'/'p')
    int64_t offset;   // of the first value
    int size;         // of one value
} FmtItem;

typedef struct Format {
    FmtItem *items;
    int nitems;
    int64_t size;     // bytes in total
    int64_t nvalues;  // Python values packed/unpacked
    bool little, native;
} Format;

typedef struct StructObj {
    AyObj hdr;
    AyValue format;   // str
    Format fmt;
} StructObj;

typedef struct UnpackIter {
    AyObj hdr;
    AyValue st, buffer;
    int64_t pos;
} UnpackIter;

static AyValue struct_error(AyVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AyValue r = ayErr_vformat(vm, AY_STD_TYPE(vm, struct_error), fmt, ap);
    va_end(ap);
    return r;
}

// Size of one value of `code` in standard or native mode; 0 = unknown code.
static int code_size(char code, bool native) {
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? (int)sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? (int)sizeof(size_t) : 0;
    case 'P': return native ? (int)sizeof(void *) : 0;
    default: return 0;
    }
}

static void format_free(AyVM *vm, Format *f) {
    if (f->items) ayMem_free(vm, f->items, sizeof(FmtItem) * (size_t)f->nitems);
    f->items = NULL;
}

static bool parse_format(AyVM *vm, const char *s, size_t n, Format *f) {
    memset(f, 0, sizeof *f);
    f->native = true;
    f->little = true;  // the hosts Ay supports are little-endian
    size_t i = 0;
    if (n && strchr("@=<>!", s[0])) {
        f->native = s[0] == '@';
        f->little = s[0] == '@' || s[0] == '=' || s[0] == '<';
        i = 1;
    }
    int cap = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (count > ((int64_t)1 << 40)) {
                    format_free(vm, f);
                    struct_error(vm, "total struct size too long");
                    return false;
                }
                count = count * 10 + (s[i++] - '0');
            }
            if (i >= n) {
                format_free(vm, f);
                struct_error(vm, "repeat count given without format specifier");
                return false;
            }
            c = s[i];
        }
        int size = code_size(c, f->native);
        if (!size) {
            format_free(vm, f);
            struct_error(vm, "bad char in struct format");
            return false;
        }
        i++;
        if (f->native && c != 's' && c != 'p' && c != 'x') f->size = (f->size + size - 1) / size * size;
        if (f->nitems == cap) {
            int ncap = cap ? cap * 2 : 8;
            FmtItem *items = ayMem_realloc(vm, f->items, sizeof(FmtItem) * (size_t)cap, sizeof(FmtItem) * (size_t)ncap);
            if (!items) {
                format_free(vm, f);
                return false;
            }
            f->items = items;
            cap = ncap;
        }
        f->items[f->nitems++] = (FmtItem){c, count, f->size, size};
        f->size += c == 's' || c == 'p' ? count : (int64_t)size * count;
        if (c != 'x') f->nvalues += c == 's' || c == 'p' ? 1 : count;
    }
    // shrink to exact length so format_free's size matches
    if (cap != f->nitems) {
        FmtItem *items = ayMem_realloc(vm, f->items, sizeof(FmtItem) * (size_t)cap, sizeof(FmtItem) * (size_t)f->nitems);
        if (f->nitems && !items) {
            ayMem_free(vm, f->items, sizeof(FmtItem) * (size_t)cap);
            f->items = NULL;
            return false;
        }
        f->items = items;
    }
    return true;
}

// A format argument (str or bytes) parsed.
static bool format_arg(AyVM *vm, AyValue v, Format *f) {
    const char *s;
    int64_t n;
    if (ayV_is_str(vm, v)) s = AY_CSTR(v), n = AY_STR(v)->size;
    else if (!ayBytes_view(vm, v, &s, &n)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "Struct() argument 1 must be a str or bytes object, not %T", v);
        return false;
    }
    return parse_format(vm, s, (size_t)n, f);
}

// }====
// {==== packing

static void put_uint(char *p, uint64_t v, int size, bool little) {
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        p[i] = (char)(v >> shift);
    }
}

static uint64_t get_uint(const char *p, int size, bool little) {
    uint64_t v = 0;
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        v |= (uint64_t)(unsigned char)p[i] << shift;
    }
    return v;
}

static bool is_unsigned(char code) { return code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'P'; }

// An integer value for `code` as its low 64 bits, range-checked.
static bool pack_int(AyVM *vm, char code, int size, AyValue v, uint64_t *out) {
    if (!ayV_is_anyint(vm, v)) {
        if (!ayV_type(vm, v)->index || ayV_is_anyfloat(vm, v)) {
            struct_error(vm, "required argument is not an integer");
            return false;
        }
        v = ayObj_index(vm, v);
        if (!v) return false;
    }
    v = ayInt_exact(vm, v);
    bool uns = is_unsigned(code);
    int64_t i;
    bool fits = ayInt_as_i64(vm, v, &i) == 0;
    if (!fits) ayErr_clear(vm);
    bool ok;
    uint64_t bits = (uint64_t)i;
    if (uns && size == 8) {
        // 0 .. 2**64-1: values beyond int64 are big ints below 2**64
        if (fits) ok = i >= 0;
        else {
            AyValue two64 = ayInt_binop(vm, AY_BINOP_LSHIFT, ayV_small(1), ayV_small(64));
            ok = two64 && ayInt_sign(vm, v) > 0 && ayInt_cmp(vm, v, two64) < 0;
            AyValue low = ok ? ayInt_binop(vm, AY_BINOP_SUB, v, two64) : AY_NULL;
            if (low && ayInt_as_i64(vm, low, &i) == 0) bits = (uint64_t)i;
            else ok = false;
        }
    } else if (uns) {
        ok = fits && i >= 0 && (uint64_t)i < ((uint64_t)1 << (8 * size));
    } else if (size == 8) {
        ok = fits;
    } else {
        int64_t lim = (int64_t)1 << (8 * size - 1);
        ok = fits && i >= -lim && i < lim;
    }
    if (!ok) {
        if (uns)
            struct_error(vm, "'%c' format requires 0 <= number <= %llu", code,
                         size == 8 ? (unsigned long long)UINT64_MAX : (unsigned long long)(((uint64_t)1 << (8 * size)) - 1));
        else
            struct_error(vm, "'%c' format requires %lld <= number <= %lld", code,
                         size == 8 ? (long long)INT64_MIN : -(long long)((int64_t)1 << (8 * size - 1)),
                         size == 8 ? (long long)INT64_MAX : (long long)(((int64_t)1 << (8 * size - 1)) - 1));
        return false;
    }
    *out = bits;
    return true;
}

static bool pack_half(AyVM *vm, double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) return *out = sign | 0x7e00, true;
    double ax = fabs(x);
    if (isinf(x)) return *out = sign | 0x7c00, true;
    if (ax == 0) return *out = sign, true;
    int e;
    double m = frexp(ax, &e);  // ax = m * 2**e, 0.5 <= m < 1
    int biased = e + 14;
    uint32_t bits;
    if (biased <= 0) {
        // subnormal: units of 2**-24, round half to even
        bits = (uint32_t)ayLibm.nearbyint(ldexp(ax, 24));
    } else {
        uint32_t frac = (uint32_t)ayLibm.nearbyint((2 * m - 1) * 1024);
        bits = ((uint32_t)biased << 10) + frac;  // a carry out of frac bumps the exponent
    }
    if (bits >= 0x7c00) {
        ayErr_format(vm, AY_EXC(vm, OverflowError), "float too large to pack with e format");
        return false;
    }
    *out = sign | (uint16_t)bits;
    return true;
}

static double unpack_half(uint16_t h) {
    int e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double v = e == 0 ? ldexp(f, -24) : e == 31 ? (f ? NAN : INFINITY) : ldexp(f + 1024, e - 25);
    return h & 0x8000 ? -v : v;
}

static bool pack_float(AyVM *vm, char code, AyValue v, bool little, char *p) {
    double d;
    if (ayV_is_anyfloat(vm, v)) d = ayFloat_value(v);
    else if (ayV_is_anyint(vm, v) || ayV_type(vm, v)->to_float || ayV_type(vm, v)->index) {
        if (ayFloat_as_double(vm, v, &d) < 0) return false;
    } else {
        struct_error(vm, "required argument is not a float");
        return false;
    }
    if (code == 'e') {
        uint16_t h;
        if (!pack_half(vm, d, &h)) return false;
        put_uint(p, h, 2, little);
    } else if (code == 'f') {
        if (isfinite(d) && fabs(d) > FLT_MAX) {
            // values that round to FLT_MAX still fit
            float r = (float)d;
            if (isinf(r)) {
                ayErr_format(vm, AY_EXC(vm, OverflowError), "float too large to pack with f format");
                return false;
            }
        }
        float fv = (float)d;
        uint32_t bits;
        memcpy(&bits, &fv, 4);
        put_uint(p, bits, 4, little);
    } else {
        uint64_t bits;
        memcpy(&bits, &d, 8);
        put_uint(p, bits, 8, little);
    }
    return true;
}

// Packs `values` (nvalues of them) into buf (fmt->size bytes, zeroed).
static bool pack_values(AyVM *vm, Format *f, const AyValue *values, int64_t nvalues, char *buf) {
    if (nvalues != f->nvalues) {
        struct_error(vm, "pack expected %lld items for packing (got %lld)", (long long)f->nvalues, (long long)nvalues);
        return false;
    }
    int64_t vi = 0;
    for (int k = 0; k < f->nitems; k++) {
        FmtItem *it = &f->items[k];
        char *p = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            AyValue v = values[vi++];
            const char *data;
            int64_t n;
            if (!ayBytes_view(vm, v, &data, &n)) {
                struct_error(vm, "argument for '%c' must be a bytes object", it->code);
                return false;
            }
            if (it->code == 's') {
                memcpy(p, data, (size_t)(n < it->count ? n : it->count));
            } else if (it->count > 0) {
                int64_t room = it->count - 1;
                int64_t len = n < room ? n : room;
                memcpy(p + 1, data, (size_t)len);
                p[0] = (char)(len > 255 ? 255 : len);
            }
            continue;
        }
        for (int64_t r = 0; r < it->count; r++, p += it->size) {
            AyValue v = values[vi++];
            switch (it->code) {
            case 'c': {
                const char *data;
                int64_t n;
                if (!ayBytes_view(vm, v, &data, &n) || n != 1) {
                    struct_error(vm, "char format requires a bytes object of length 1");
                    return false;
                }
                p[0] = data[0];
                break;
            }
            case '?': {
                int t = ayObj_truth(vm, v);
                if (t < 0) return false;
                p[0] = (char)t;
                break;
            }
            case 'e': case 'f': case 'd':
                if (!pack_float(vm, it->code, v, f->little, p)) return false;
                break;
            default: {
                uint64_t bits;
                if (!pack_int(vm, it->code, it->size, v, &bits)) return false;
                put_uint(p, bits, it->size, f->little);
            }
            }
        }
    }
    return true;
}

static AyValue unpack_values(AyVM *vm, Format *f, const char *buf) {
    AyTuple *t = ayTuple_new(vm, f->nvalues);
    if (!t) return AY_NULL;
    for (int64_t i = 0; i < f->nvalues; i++) t->items[i] = AY_NONE;
    int64_t vi = 0;
    for (int k = 0; k < f->nitems; k++) {
        FmtItem *it = &f->items[k];
        const char *p = buf + it->offset;
        if (it->code == 'x') continue;
        AyValue v;
        if (it->code == 's' || it->code == 'p') {
            if (it->code == 's') {
                v = ayBytes_from(vm, p, (size_t)it->count);
            } else {
                int64_t len = it->count ? (unsigned char)p[0] : 0;
                if (len >= it->count) len = it->count ? it->count - 1 : 0;
                v = ayBytes_from(vm, p + 1, (size_t)len);
            }
            if (!v) return AY_NULL;
            t->items[vi++] = v;
            continue;
        }
        for (int64_t r = 0; r < it->count; r++, p += it->size) {
            switch (it->code) {
            case 'c': v = ayBytes_from(vm, p, 1); break;
            case '?': v = ayV_bool(p[0] != 0); break;
            case 'e': v = ayV_float_checked(unpack_half((uint16_t)get_uint(p, 2, f->little))); break;
            case 'f': {
                uint32_t bits = (uint32_t)get_uint(p, 4, f->little);
                float fv;
                memcpy(&fv, &bits, 4);
                v = ayV_float_checked(fv);
                break;
            }
            case 'd': {
                uint64_t bits = get_uint(p, 8, f->little);
                double d;
                memcpy(&d, &bits, 8);
                v = ayV_float_checked(d);
                break;
            }
            default: {
                uint64_t bits = get_uint(p, it->size, f->little);
                if (is_unsigned(it->code)) {
                    v = ayInt_from_u64(vm, bits);
                } else {
                    int shift = 64 - 8 * it->size;
                    v = ayInt_from_i64(vm, (int64_t)(bits << shift) >> shift);
                }
            }
            }
            if (!v) return AY_NULL;
            t->items[vi++] = v;
        }
    }
    return ayV_from_obj(t);
}

static AyValue pack_to_bytes(AyVM *vm, Format *f, const AyValue *values, int64_t n) {
    char *data;
    AyValue b = ayBytes_new_uninit(vm, f->size, &data);
    if (!b) return AY_NULL;
    memset(data, 0, (size_t)f->size);
    return pack_values(vm, f, values, n, data) ? b : AY_NULL;
}

static bool writable_buffer(AyVM *vm, AyValue v, char **data, int64_t *n) {
    if (ayV_is_obj(v) && ayType_is_subtype(ayV_type(vm, v), vm->t_bytearray)) {
        *data = AY_AS(AyByteArray, v)->data;
        *n = AY_AS(AyByteArray, v)->size;
        return true;
    }
    ayErr_format(vm, AY_EXC(vm, TypeError), "argument must be read-write bytes-like object, not %T", v);
    return false;
}

static AyValue do_pack_into(AyVM *vm, Format *f, AyValue buffer, AyValue offv, const AyValue *values, int64_t n) {
    char *data;
    int64_t size, offset;
    if (!writable_buffer(vm, buffer, &data, &size) || !ayStd_int_arg(vm, offv, &offset)) return AY_NULL;
    if (n != f->nvalues)
        return struct_error(vm, "pack_into expected %lld items for packing (got %lld)", (long long)f->nvalues, (long long)n);
    if (offset < 0) {
        if (offset + f->size > 0)
            return struct_error(vm, "no space to pack %lld bytes at offset %lld", (long long)f->size, (long long)offset);
        if (offset + size < 0)
            return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)size);
        offset += size;
    }
    if (size - offset < f->size)
        return struct_error(vm,
                            "pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld "
                            "(actual buffer size is %lld)",
                            (long long)(f->size + offset), (long long)f->size, (long long)offset, (long long)size);
    char *tmp = ayMem_alloc(vm, (size_t)f->size + 1);
    if (!tmp) return AY_NULL;
    memset(tmp, 0, (size_t)f->size);
    bool ok = pack_values(vm, f, values, n, tmp);
    // the buffer may have moved if a value's __index__ resized it
    if (ok && writable_buffer(vm, buffer, &data, &size) && size - offset >= f->size) memcpy(data + offset, tmp, (size_t)f->size);
    ayMem_free(vm, tmp, (size_t)f->size + 1);
    return ok ? AY_NONE : AY_NULL;
}

static AyValue do_unpack(AyVM *vm, Format *f, AyValue buffer) {
    const char *data;
    int64_t n;
    if (!ayStd_buffer_arg(vm, buffer, &data, &n)) return AY_NULL;
    if (n != f->size) return struct_error(vm, "unpack requires a buffer of %lld bytes", (long long)f->size);
    return unpack_values(vm, f, data);
}

static AyValue do_unpack_from(AyVM *vm, Format *f, AyValue buffer, AyValue offv) {
    const char *data;
    int64_t n, offset = 0;
    if (!ayStd_buffer_arg(vm, buffer, &data, &n) || (offv && !ayStd_int_arg(vm, offv, &offset))) return AY_NULL;
    if (offset < 0) {
        if (offset + n < 0)
            return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)n);
        offset += n;
    }
    if (n - offset < f->size) {
        if (offset == 0)
            return struct_error(vm, "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at "
                                    "offset %lld (actual buffer size is %lld)",
                                (long long)f->size, (long long)f->size, (long long)offset, (long long)n);
        return struct_error(vm,
                            "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset "
                            "%lld (actual buffer size is %lld)",
                            (long long)(f->size + offset), (long long)f->size, (long long)offset, (long long)n);
    }
    return unpack_values(vm, f, data + offset);
}

// }====
// {==== Struct objects

static void struct_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((StructObj *)o)->format); }
static void struct_finalize(AyVM *vm, AyObj *o) { format_free(vm, &((StructObj *)o)->fmt); }

static AyValue new_struct(AyVM *vm, AyType *type, AyValue format) {
    Format f;
    if (!format_arg(vm, format, &f)) return AY_NULL;
    StructObj *s = (StructObj *)ayGC_new(vm, type, type->basic_size);
    if (!s) {
        format_free(vm, &f);
        return AY_NULL;
    }
    s->fmt = f;
    if (ayV_is_str(vm, format)) {
        s->format = format;
    } else {
        const char *d;
        int64_t n;
        ayBytes_view(vm, format, &d, &n);
        s->format = ayCodec_decode(vm, d, (size_t)n, "ascii", "strict");
        if (!s->format) return AY_NULL;
    }
    return ayV_from_obj(s);
}

static AyValue struct_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "Struct", args, nargs, kw, "format", a)) return AY_NULL;
    return new_struct(vm, type, a[0]);
}

static AyValue struct_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) { return AY_NONE; }

static Format *self_fmt(AyValue self) { return &AY_AS(StructObj, self)->fmt; }

static AyValue s_pack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "pack", kw)) return AY_NULL;
    return pack_to_bytes(vm, self_fmt(args[0]), args + 1, nargs - 1);
}
static AyValue s_pack_into(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "pack_into", kw)) return AY_NULL;
    if (nargs < 3) return ayErr_format(vm, AY_EXC(vm, TypeError), "pack_into expected buffer argument");
    return do_pack_into(vm, self_fmt(args[0]), args[1], args[2], args + 3, nargs - 3);
}
static AyValue s_unpack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "unpack", nargs - 1, 1, 1)) return AY_NULL;
    return do_unpack(vm, self_fmt(args[0]), args[1]);
}
static AyValue s_unpack_from(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "unpack_from", args, nargs, kw, "self buffer | offset", a)) return AY_NULL;
    return do_unpack_from(vm, self_fmt(a[0]), a[1], a[2]);
}

static AyValue iter_unpack_of(AyVM *vm, AyValue st, AyValue buffer) {
    Format *f = self_fmt(st);
    const char *data;
    int64_t n;
    if (!ayStd_buffer_arg(vm, buffer, &data, &n)) return AY_NULL;
    if (f->size == 0) return struct_error(vm, "cannot iteratively unpack with a struct of length 0");
    if (n % f->size != 0)
        return struct_error(vm, "iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)f->size);
    UnpackIter *it = AY_NEW(vm, UnpackIter, AY_STD_TYPE(vm, unpack_iterator));
    if (!it) return AY_NULL;
    it->st = st;
    it->buffer = buffer;
    return ayV_from_obj(it);
}
static AyValue s_iter_unpack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "iter_unpack", nargs - 1, 1, 1)) return AY_NULL;
    return iter_unpack_of(vm, args[0], args[1]);
}

static AyValue struct_format_get(AyVM *vm, AyValue self) { return AY_AS(StructObj, self)->format; }
static AyValue struct_size_get(AyVM *vm, AyValue self) { return ayInt_from_i64(vm, self_fmt(self)->size); }

static void unpackiter_trace(AyVM *vm, AyObj *o) {
    UnpackIter *it = (UnpackIter *)o;
    ayGC_mark(vm, it->st);
    ayGC_mark(vm, it->buffer);
}
static AyValue unpackiter_next(AyVM *vm, AyValue self) {
    UnpackIter *it = AY_AS(UnpackIter, self);
    Format *f = self_fmt(it->st);
    const char *data;
    int64_t n;
    ayBytes_view(vm, it->buffer, &data, &n);
    if (it->pos + f->size > n) return AY_NULL;
    AyValue r = unpack_values(vm, f, data + it->pos);
    if (r) it->pos += f->size;
    return r;
}
static AyValue unpackiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    UnpackIter *it = AY_AS(UnpackIter, args[0]);
    const char *data;
    int64_t n;
    ayBytes_view(vm, it->buffer, &data, &n);
    int64_t size = self_fmt(it->st)->size;
    return ayInt_from_i64(vm, n > it->pos ? (n - it->pos) / size : 0);
}

// }====
// {==== module functions (a Struct per call: formats are short)

// Runs `fn` with a temporary Struct for the format in args[0].
static AyValue with_struct(AyVM *vm, AyValue *args, int nargs, AyValue kw, const char *fname, AyNativeFn fn) {
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at least 1 argument, got 0", fname);
    AyValue st = new_struct(vm, AY_STD_TYPE(vm, Struct), args[0]);
    if (!st) return AY_NULL;
    AyValue saved = args[0];
    args[0] = st;  // args lives on the VM stack: the Struct stays rooted
    AyValue r = fn(vm, args, nargs, kw);
    args[0] = saved;
    return r;
}

static AyValue m_pack(AyVM *vm, AyValue *a, int n, AyValue k) { return with_struct(vm, a, n, k, "pack", s_pack); }
static AyValue m_pack_into(AyVM *vm, AyValue *a, int n, AyValue k) { return with_struct(vm, a, n, k, "pack_into", s_pack_into); }
static AyValue m_unpack(AyVM *vm, AyValue *a, int n, AyValue k) { return with_struct(vm, a, n, k, "unpack", s_unpack); }
static AyValue m_unpack_from(AyVM *vm, AyValue *a, int n, AyValue k) { return with_struct(vm, a, n, k, "unpack_from", s_unpack_from); }
static AyValue m_iter_unpack(AyVM *vm, AyValue *a, int n, AyValue k) { return with_struct(vm, a, n, k, "iter_unpack", s_iter_unpack); }

static AyValue m_calcsize(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "calcsize", nargs, 1, 1)) return AY_NULL;
    Format f;
    if (!format_arg(vm, args[0], &f)) return AY_NULL;
    int64_t size = f.size;
    format_free(vm, &f);
    return ayInt_from_i64(vm, size);
}

static AyValue m_clearcache(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return AY_NONE; }

// }====

static const AyMethodDef struct_methods[] = {
    {"pack", s_pack, 0, NULL},
    {"pack_into", s_pack_into, 0, NULL},
    {"unpack", s_unpack, 0, NULL},
    {"unpack_from", s_unpack_from, 0, NULL},
    {"iter_unpack", s_iter_unpack, 0, NULL},
    {NULL},
};
static const AyGetSetDef struct_getsets[] = {
    {"format", struct_format_get, NULL},
    {"size", struct_size_get, NULL},
    {NULL},
};
static const AyMethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_length_hint, 0, NULL},
    {NULL},
};
static const AyMethodDef struct_funcs[] = {
    {"pack", m_pack, 0, NULL},
    {"pack_into", m_pack_into, 0, NULL},
    {"unpack", m_unpack, 0, NULL},
    {"unpack_from", m_unpack_from, 0, NULL},
    {"iter_unpack", m_iter_unpack, 0, NULL},
    {"calcsize", m_calcsize, 0, NULL},
    {"_clearcache", m_clearcache, 0, NULL},
    {NULL},
};

AyValue ayMod_struct(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_struct", struct_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *err = ayStd_new_exception(vm, AY_STD_struct_error, "struct", "struct.error", AY_EXC(vm, Exception));
    ayModule_add(vm, m, "error", ayV_from_obj(err));
    AyType *st = ayStd_new_type(vm, AY_STD_Struct, "_struct", "_struct.Struct", vm->t_object, sizeof(StructObj),
                                AY_TF_BASETYPE);
    st->tp_new = struct_new;
    st->tp_init = struct_init;
    st->trace = struct_trace;
    st->finalize = struct_finalize;
    ayType_add_methods(vm, st, struct_methods);
    ayType_add_getsets(vm, st, struct_getsets);
    ayType_ready(vm, st);
    ayModule_add(vm, m, "Struct", ayV_from_obj(st));
    AyType *ui = ayStd_new_type(vm, AY_STD_unpack_iterator, "_struct", "_struct.unpack_iterator", vm->t_object,
                                sizeof(UnpackIter), 0);
    ui->trace = unpackiter_trace;
    ui->iter = ayStd_iter_self;
    ui->next = unpackiter_next;
    ayType_add_methods(vm, ui, unpackiter_methods);
    ayType_ready(vm, ui);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
