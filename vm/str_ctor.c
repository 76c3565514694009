// The str() constructor (and str subclass instances), str.encode, and the
// str.format family's entry points.
#include <string.h>

#include "containers.h"
#include "native.h"
#include "str.h"
#include "vm.h"

#define SELF AY_STR(args[0])

// {==== methods

bool ayMeth_kwargs(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames, const char *spec,
                   AyValue *out);
bool ayMeth_onearg(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);
AyValue ayFormat_str(AyVM *vm, AyStr *s, AyStr *spec);
AyValue ayStr_format_method(AyVM *vm, AyStr *fmt, AyValue *args, int nargs, AyValue kwnames);
AyValue ayStr_format_mapping(AyVM *vm, AyStr *fmt, AyValue mapping);

// Checks an encoding/errors argument: "encode() argument 'errors' must be str, not int".
static bool text_arg(AyVM *vm, const char *fname, const char *what, AyValue v, const char **out) {
    if (!v) return true;
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() argument '%s' must be str, not %T", fname, what, v);
        return false;
    }
    if ((int64_t)strlen(AY_CSTR(v)) != AY_STR(v)->size) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null character");
        return false;
    }
    *out = AY_CSTR(v);
    return true;
}

// Parses (encoding, errors) for encode()/decode(): defaults utf-8, strict.
bool ayCodec_args(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kwnames, const char **enc,
                  const char **errors) {
    AyValue a[2];
    if (!ayMeth_kwargs(vm, fname, args, nargs, kwnames, "| encoding errors", a)) return false;
    *enc = "utf-8";
    *errors = "strict";
    return text_arg(vm, fname, "encoding", a[0], enc) && text_arg(vm, fname, "errors", a[1], errors);
}

static AyValue m_encode(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    const char *enc, *errors;
    if (!ayCodec_args(vm, "encode", args + 1, nargs - 1, kwnames, &enc, &errors)) return AY_NULL;
    return ayCodec_encode(vm, SELF, enc, errors);
}

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return ayStr_format_method(vm, SELF, args + 1, nargs - 1, kwnames);
}

static AyValue m_format_map(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayMeth_onearg(vm, args, nargs, kwnames, "format_map")) return AY_NULL;
    return ayStr_format_mapping(vm, SELF, args[1]);
}

static AyValue m___format__(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_onearg(vm, args, nargs, kw, "__format__")) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    return ayFormat_str(vm, SELF, AY_STR(args[1]));
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__getnewargs__")) return AY_NULL;
    AyStr *c = ayStr_new(vm, SELF->data, (size_t)SELF->size);
    if (!c) return AY_NULL;
    AyValue v = ayV_from_obj(c);
    return ayTuple_from_items(vm, &v, 1);
}

static AyValue m_sizeof(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayMeth_noargs(vm, args, nargs, kw, "__sizeof__")) return AY_NULL;
    return ayV_small((int64_t)sizeof(AyStr) + SELF->size + 1);
}

// }====
// {==== str()

// An instance of str subclass `type` with the text of exact str `src`.
static AyValue new_subclass_instance(AyVM *vm, AyType *type, AyStr *src) {
    AyStr *s = (AyStr *)ayGC_new(vm, type, sizeof(AyStr) + (size_t)src->size + 1);
    if (!s) return AY_NULL;
    memcpy(s->data, src->data, (size_t)src->size + 1);
    s->size = src->size;
    s->len = src->len;
    s->ascii = src->ascii;
    s->hash = -1;
    return ayV_from_obj(s);
}

AyValue ayStr_new_from_args(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayMeth_kwargs(vm, "str", args, nargs, kwnames, "| object encoding errors", a)) return AY_NULL;
    AyValue r;
    if (!a[0] && !a[1] && !a[2]) {
        r = ayV_from_obj(vm->empty_str);
    } else if (!a[1] && !a[2]) {
        r = ayObj_str(vm, a[0]);
    } else {
        const char *enc = "utf-8", *errors = "strict";
        if (!text_arg(vm, "str", "encoding", a[1], &enc) || !text_arg(vm, "str", "errors", a[2], &errors))
            return AY_NULL;
        const char *data = "";
        int64_t n = 0;
        if (!a[0]) {
            r = ayV_from_obj(vm->empty_str);
        } else if (ayV_is_str(vm, a[0])) {
            return ayErr_format(vm, AY_EXC(vm, TypeError), "decoding str is not supported");
        } else if (!ayBytes_view(vm, a[0], &data, &n)) {
            return ayErr_format(vm, AY_EXC(vm, TypeError), "decoding to str: need a bytes-like object, %T found", a[0]);
        } else {
            r = ayCodec_decode(vm, data, (size_t)n, enc, errors);
        }
    }
    if (!r || type == vm->t_str) return r;
    return new_subclass_instance(vm, type, AY_STR(r));
}

// }====

static const char str_doc[] =
    "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from "
    "the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be "
    "decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if "
    "defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";

static const AyMethodDef ctor_methods[] = {
    {"encode", m_encode, 0, NULL},
    {"format", m_format, 0, NULL},
    {"format_map", m_format_map, 0, NULL},
    {"__format__", m___format__, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL},
};

void ayStr_ctor_setup(AyVM *vm) {
    ayType_add_methods(vm, vm->t_str, ctor_methods);
    AyStr *doc = ayStr_new(vm, str_doc, sizeof str_doc - 1);
    if (doc) ayType_set(vm, vm->t_str, "__doc__", ayV_from_obj(doc));
}
