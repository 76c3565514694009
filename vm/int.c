// The int and bool types: slots, methods and the int() constructor. Small
// ints are handled inline here; big ones go through bigint.c.
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "int.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

AyValue ayInt_neg_big(AyVM *vm, AyValue v);
AyValue ayInt_invert_big(AyVM *vm, AyValue v);
int64_t ayInt_bit_length(AyVM *vm, AyValue v);
int64_t ayInt_bit_count(AyVM *vm, AyValue v);
AyValue ayInt_from_bytes(AyVM *vm, const uint8_t *data, size_t n, bool little, bool is_signed);
bool ayInt_to_bytes(AyVM *vm, AyValue v, uint8_t *out, size_t n, bool little, bool is_signed);
void ayBigInt_setup(AyVM *vm);
AyValue ayBytes_new_uninit(AyVM *vm, int64_t n, char **data);
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);

// Any int-like value to a plain int value, or AY_NULL (no error) if not an int.
static AyValue as_int(AyVM *vm, AyValue v) {
    if (ayV_is_int(v)) return v;
    if (v == AY_TRUE) return ayV_small(1);
    if (v == AY_FALSE) return ayV_small(0);
    if (ayV_is_obj(v) && (ayV_obj(v)->type->flags & AY_TF_INT_SUB)) return ayInt_exact(vm, v);
    return AY_NULL;
}

// {==== helpers shared by the numeric types

bool ayNum_check_one_arg(AyVM *vm, int nargs, AyValue kwnames) {
    if (kwnames && ayArg_nkw(kwnames)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "wrapper takes no keyword arguments");
        return false;
    }
    if (nargs == 2) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "expected 1 argument, got %d", nargs - 1);
    return false;
}

// A DeprecationWarning the way CPython's default filters show one: only when
// the calling code is in the __main__ module, once per source line.
void ayNum_deprecation(AyVM *vm, const char *msg) {
    AyFrame *f = vm->frame;
    if (!f || !f->code || !f->globals || !f->ip) return;
    AyValue name = ayDict_get_str(vm, f->globals, vm->s.__name__);
    if (!name || !ayV_is_str(vm, name) || strcmp(AY_CSTR(name), "__main__") != 0) return;
    int lasti = (int)(f->ip - f->code->code) - 1;
    int line = ayCode_line(f->code, lasti);
    // (code, line, message) shown already, as one 62-bit fingerprint
    uint64_t h = ayHash_bytes(msg, strlen(msg)) ^ ((uint64_t)(uintptr_t)f->code * 0x9E3779B97F4A7C15ull) ^ (uint64_t)line;
    AyValue key = ayV_small((int64_t)(h >> (64 - AY_INT_BITS + 1)));
    if (!vm->deprecations_shown) {
        AySet *s = aySet_new(vm, vm->t_set);
        if (!s) return;
        vm->deprecations_shown = ayV_from_obj(s);
    }
    int known = aySet_contains(vm, AY_AS(AySet, vm->deprecations_shown), key);
    if (known) return;  // (or an error, left pending)
    if (aySet_add(vm, AY_AS(AySet, vm->deprecations_shown), key) < 0) return;
    ayErr_warn_at(vm, AY_EXC(vm, DeprecationWarning), msg, f->code, lasti, NULL);
}

int ayNum_index_clamped(AyVM *vm, AyValue v, int64_t *out) {
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return 0;
    }
    AyValue i = ayObj_index(vm, v);
    if (!i) return -1;
    if (ayInt_as_i64(vm, i, out) == 0) return 0;
    ayErr_clear(vm);
    *out = ayInt_sign(vm, i) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

// }====
// {==== arithmetic slots

AyValue ayInt_binop_slot(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    AyValue x = as_int(vm, a), y = as_int(vm, b);
    if (!x || !y) return AY_NOTIMPLEMENTED;
    if (ayV_both_int(x, y)) {
        int64_t i = ayV_int(x), j = ayV_int(y), r;
        switch (op) {
        case AY_BINOP_ADD: return ayInt_from_i64(vm, i + j);
        case AY_BINOP_SUB: return ayInt_from_i64(vm, i - j);
        case AY_BINOP_MUL:
            if (!__builtin_mul_overflow(i, j, &r)) return ayInt_from_i64(vm, r);
            break;
        case AY_BINOP_FLOORDIV:
            if (j == 0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "integer division or modulo by zero");
            return ayInt_from_i64(vm, ayInt_floordiv_i64(i, j));
        case AY_BINOP_MOD:
            if (j == 0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "integer modulo by zero");
            return ayV_small(ayInt_mod_i64(i, j));
        case AY_BINOP_AND: return ayV_small(i & j);
        case AY_BINOP_OR: return ayV_small(i | j);
        case AY_BINOP_XOR: return ayV_small(i ^ j);
        case AY_BINOP_RSHIFT:
            if (j < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "negative shift count");
            return ayV_small(j >= 63 ? (i < 0 ? -1 : 0) : i >> j);
        case AY_BINOP_LSHIFT:
            if (j < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "negative shift count");
            // |i| < 2^49: shifting by under 13 cannot overflow (done unsigned: i may be negative)
            if (j < 13 || (j < 63 && (i >> (62 - j)) == 0 && i >= 0)) return ayInt_from_i64(vm, (int64_t)((uint64_t)i << j));
            break;
        case AY_BINOP_TRUEDIV:
            if (j == 0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "division by zero");
            // both fit a double's mantissa exactly, so one rounding
            return ayV_from_float((double)i / (double)j);
        default: break;
        }
    }
    return ayInt_binop(vm, op, x, y);
}

#define INT_BINOP(name, OP) \
    static AyValue int_##name(AyVM *vm, AyValue a, AyValue b) { return ayInt_binop_slot(vm, OP, a, b); }
INT_BINOP(add, AY_BINOP_ADD)
INT_BINOP(sub, AY_BINOP_SUB)
INT_BINOP(mul, AY_BINOP_MUL)
INT_BINOP(floordiv, AY_BINOP_FLOORDIV)
INT_BINOP(mod, AY_BINOP_MOD)
INT_BINOP(truediv, AY_BINOP_TRUEDIV)
INT_BINOP(pow, AY_BINOP_POW)
INT_BINOP(and, AY_BINOP_AND)
INT_BINOP(or, AY_BINOP_OR)
INT_BINOP(xor, AY_BINOP_XOR)
INT_BINOP(lshift, AY_BINOP_LSHIFT)
INT_BINOP(rshift, AY_BINOP_RSHIFT)
#undef INT_BINOP

static AyValue int_divmod(AyVM *vm, AyValue a, AyValue b) {
    AyValue x = as_int(vm, a), y = as_int(vm, b);
    if (!x || !y) return AY_NOTIMPLEMENTED;
    if (ayV_both_int(x, y)) {
        int64_t i = ayV_int(x), j = ayV_int(y);
        if (j == 0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "integer division or modulo by zero");
        return ayTuple_pack2(vm, ayInt_from_i64(vm, ayInt_floordiv_i64(i, j)), ayV_small(ayInt_mod_i64(i, j)));
    }
    AyValue q = ayInt_binop(vm, AY_BINOP_FLOORDIV, x, y);
    if (!q) return AY_NULL;
    AyValue r = ayInt_binop(vm, AY_BINOP_MOD, x, y);
    if (!r) return AY_NULL;
    return ayTuple_pack2(vm, q, r);
}

static AyValue int_neg(AyVM *vm, AyValue v) {
    AyValue x = as_int(vm, v);
    if (ayV_is_int(x)) return ayInt_from_i64(vm, -ayV_int(x));
    return ayInt_neg_big(vm, x);
}

static AyValue int_pos(AyVM *vm, AyValue v) { return as_int(vm, v); }

static AyValue int_abs(AyVM *vm, AyValue v) {
    AyValue x = as_int(vm, v);
    return ayInt_sign(vm, x) < 0 ? int_neg(vm, x) : x;
}

static AyValue int_invert(AyVM *vm, AyValue v) {
    AyValue x = as_int(vm, v);
    if (ayV_is_int(x)) return ayV_small(~ayV_int(x));
    return ayInt_invert_big(vm, x);
}

static int int_truth(AyVM *vm, AyValue v) { return ayInt_sign(vm, as_int(vm, v)) != 0; }

static int64_t int_hash(AyVM *vm, AyValue v) { return ayInt_hash(vm, as_int(vm, v)); }

static AyValue int_index(AyVM *vm, AyValue v) { return as_int(vm, v); }

static AyValue int_to_float(AyVM *vm, AyValue v) {
    double d;
    if (ayInt_as_double(vm, as_int(vm, v), &d) < 0) return AY_NULL;
    return ayV_from_float(d);
}

static AyValue int_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyValue x = as_int(vm, a);
    int c;
    AyValue y = as_int(vm, b);
    // like CPython, only ints here: float's reflected comparison does mixed ones
    if (!y) return AY_NOTIMPLEMENTED;
    c = ayInt_cmp(vm, x, y);
    switch (op) {
    case AY_LT: return ayV_bool(c < 0);
    case AY_LE: return ayV_bool(c <= 0);
    case AY_EQ: return ayV_bool(c == 0);
    case AY_NE: return ayV_bool(c != 0);
    case AY_GT: return ayV_bool(c > 0);
    default: return ayV_bool(c >= 0);
    }
}

static AyValue int_repr(AyVM *vm, AyValue v) { return ayInt_to_str(vm, as_int(vm, v), 10, false); }

// }====
// {==== int()

// int(x) without a base: CPython's PyNumber_Long.
static AyValue int_from_object(AyVM *vm, AyValue v) {
    AyValue x = as_int(vm, v);
    if (x) return x;
    if (ayV_is_float(v)) return ayInt_from_double(vm, trunc(ayV_float(v)));
    AyType *t = ayV_type(vm, v);
    if (t->to_int) {
        AyValue r = t->to_int(vm, v);
        if (r && !ayV_is_anyint(vm, r))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "__int__ returned non-int (type %T)", r);
        if (r && ayV_is_obj(r) && ayV_obj(r)->type != vm->t_int) {
            AyValue m = ayStr_from_fmt(vm,
                                       "__int__ returned non-int (type %T).  The ability to return an instance of a "
                                       "strict subclass of int is deprecated, and may be removed in a future version "
                                       "of Python.", r);
            if (!m) return AY_NULL;
            ayNum_deprecation(vm, AY_CSTR(m));
        }
        return r ? as_int(vm, r) : AY_NULL;
    }
    if (t->index) return ayObj_index(vm, v);
    AyValue trunc_m = ayType_lookup(vm, t, vm->s.__trunc__);
    if (trunc_m) {
        ayNum_deprecation(vm, "The delegation of int() to __trunc__ is deprecated.");
        AyValue r = ayObj_call1(vm, trunc_m, v);
        if (!r) return AY_NULL;
        if (ayV_is_anyint(vm, r)) return as_int(vm, r);
        if (!ayV_type(vm, r)->index)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "__trunc__ returned non-Integral (type %T)", r);
        return ayObj_index(vm, r);
    }
    if (ayV_is_str(vm, v)) return ayInt_parse(vm, AY_CSTR(v), (size_t)AY_STR(v)->size, 10, v);
    const char *data;
    int64_t n;
    if (ayBytes_view(vm, v, &data, &n)) return ayInt_parse(vm, data, (size_t)n, 10, v);
    return ayErr_format(vm, AY_EXC(vm, TypeError),
                        "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        ayType_name(t));
}

static AyValue int_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    // x is positional-only
    for (int i = 0; i < ayArg_nkw(kwnames); i++) {
        AyValue k = AY_AS(AyTuple, kwnames)->items[i];
        if (strcmp(AY_CSTR(k), "base") != 0)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for int()", AY_STR(k));
    }
    if (!ayArg_unpack(vm, "int", args, nargs, kwnames, "| x base", a)) return AY_NULL;
    AyValue r;
    if (!a[0]) {
        if (a[1]) return ayErr_format(vm, AY_EXC(vm, TypeError), "int() missing string argument");
        r = ayV_small(0);
    } else if (!a[1]) {
        r = int_from_object(vm, a[0]);
    } else {
        int64_t base;
        if (ayNum_index_clamped(vm, a[1], &base) < 0) return AY_NULL;
        if ((base != 0 && base < 2) || base > 36)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "int() base must be >= 2 and <= 36, or 0");
        const char *data;
        int64_t n;
        if (ayV_is_str(vm, a[0])) {
            r = ayInt_parse(vm, AY_CSTR(a[0]), (size_t)AY_STR(a[0])->size, (int)base, a[0]);
        } else if (ayBytes_view(vm, a[0], &data, &n)) {
            r = ayInt_parse(vm, data, (size_t)n, (int)base, a[0]);
        } else {
            return ayErr_format(vm, AY_EXC(vm, TypeError), "int() can't convert non-string with explicit base");
        }
    }
    if (!r || type == vm->t_int) return r;
    AyIntSub *o = (AyIntSub *)ayGC_new(vm, type, type->basic_size);
    if (!o) return AY_NULL;
    o->value = r;
    return ayV_from_obj(o);
}

// }====
// {==== methods

bool ayMeth_noargs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *name);  // str_methods.c
// methods without arguments refuse any, as CPython's do
#define NO_ARGS(name) \
    if (!ayMeth_noargs(vm, args, nargs, kw, name)) return AY_NULL

static AyValue m_bit_length(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("bit_length");
    AyValue x = as_int(vm, args[0]);
    if (ayV_is_int(x)) {
        int64_t i = ayV_int(x);
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return ayV_small(u ? 64 - __builtin_clzll(u) : 0);
    }
    return ayV_small(ayInt_bit_length(vm, x));
}

static AyValue m_bit_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("bit_count");
    return ayV_small(ayInt_bit_count(vm, as_int(vm, args[0])));
}

// conjugate() and the rounding methods of an int give the int itself
static AyValue m_conjugate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("conjugate");
    return as_int(vm, args[0]);
}
static AyValue m_trunc(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__trunc__");
    return as_int(vm, args[0]);
}
static AyValue m_floor(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__floor__");
    return as_int(vm, args[0]);
}
static AyValue m_ceil(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__ceil__");
    return as_int(vm, args[0]);
}

static AyValue m_as_integer_ratio(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("as_integer_ratio");
    return ayTuple_pack2(vm, as_int(vm, args[0]), ayV_small(1));
}

static AyValue m_is_integer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("is_integer");
    return AY_TRUE;
}

static bool byteorder_arg(AyVM *vm, AyValue v, bool *little) {
    *little = false;
    if (!v) return true;
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "to_bytes() argument 'byteorder' must be str, not %T", v);
        return false;
    }
    if (strcmp(AY_CSTR(v), "little") == 0) *little = true;
    else if (strcmp(AY_CSTR(v), "big") != 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

static AyValue m_to_bytes(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "to_bytes", args + 1, nargs - 1, kwnames, "| length byteorder $ signed", a)) return AY_NULL;
    int64_t len = 1;
    if (a[0] && ayObj_as_ssize(vm, a[0], &len) < 0) return AY_NULL;
    if (len < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "length argument must be non-negative");
    bool little;
    if (!byteorder_arg(vm, a[1], &little)) return AY_NULL;
    int sig = a[2] ? ayObj_truth(vm, a[2]) : 0;
    if (sig < 0) return AY_NULL;
    char *data;
    AyValue b = ayBytes_new_uninit(vm, len, &data);
    if (!b) return AY_NULL;
    if (!ayInt_to_bytes(vm, as_int(vm, args[0]), (uint8_t *)data, (size_t)len, little, sig)) return AY_NULL;
    return b;
}

static AyValue m_from_bytes(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "from_bytes", args + 1, nargs - 1, kwnames, "bytes | byteorder $ signed", a))
        return AY_NULL;
    bool little;
    if (!byteorder_arg(vm, a[1], &little)) return AY_NULL;
    int sig = a[2] ? ayObj_truth(vm, a[2]) : 0;
    if (sig < 0) return AY_NULL;
    const char *data;
    int64_t n;
    AyValue src = a[0];
    if (!ayBytes_view(vm, src, &data, &n)) {
        // what bytes(x) accepts, except a count or a str
        if (ayV_is_str(vm, src) || ayV_is_anyint(vm, src))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "cannot convert '%T' object to bytes", src);
        src = ayObj_call1(vm, ayV_from_obj(vm->t_bytes), src);
        if (!src) return AY_NULL;
        ayBytes_view(vm, src, &data, &n);
    }
    AyValue r = ayInt_from_bytes(vm, (const uint8_t *)data, (size_t)n, little, sig);
    if (r && args[0] != ayV_from_obj(vm->t_int)) return ayObj_call1(vm, args[0], r);
    return r;
}

static AyValue m_round(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "__round__", args + 1, nargs - 1, kwnames, "| ndigits", a)) return AY_NULL;
    AyValue x = as_int(vm, args[0]);
    if (!a[0] || a[0] == AY_NONE) return x;
    AyValue nd = ayObj_index(vm, a[0]);
    if (!nd) return AY_NULL;
    if (ayInt_sign(vm, nd) >= 0) return x;
    // a negative number of digits: round half to even on a multiple of 10**-nd
    AyValue p = ayInt_binop(vm, AY_BINOP_POW, ayV_small(10), int_neg(vm, nd));
    if (!p) return AY_NULL;
    AyValue q = ayInt_binop_slot(vm, AY_BINOP_FLOORDIV, x, p);
    if (!q) return AY_NULL;
    AyValue r = ayInt_binop_slot(vm, AY_BINOP_MOD, x, p);
    if (!r) return AY_NULL;
    AyValue twice = ayInt_binop_slot(vm, AY_BINOP_MUL, r, ayV_small(2));
    if (!twice) return AY_NULL;
    int c = ayInt_cmp(vm, twice, p);
    AyValue low = ayInt_binop_slot(vm, AY_BINOP_AND, q, ayV_small(1));
    if (!low) return AY_NULL;
    if (c > 0 || (c == 0 && ayInt_sign(vm, low) != 0)) q = ayInt_binop_slot(vm, AY_BINOP_ADD, q, ayV_small(1));
    if (!q) return AY_NULL;
    return ayInt_binop_slot(vm, AY_BINOP_MUL, q, p);
}

static AyValue m_getnewargs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    NO_ARGS("__getnewargs__");
    AyValue x = as_int(vm, args[0]);
    return ayTuple_from_items(vm, &x, 1);
}

AyValue ayFormat_int(AyVM *vm, AyValue v, AyStr *spec);

static AyValue m_format(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__format__", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    // an empty spec is str(self): bool prints True, subclasses their __str__
    if (AY_STR(args[1])->size == 0) return ayObj_str(vm, args[0]);
    return ayFormat_int(vm, args[0], AY_STR(args[1]));
}

static AyValue pow_args(AyVM *vm, AyValue base, AyValue exp, AyValue mod) {
    if (!mod || mod == AY_NONE) return ayInt_binop_slot(vm, AY_BINOP_POW, base, exp);
    AyValue x = as_int(vm, base), y = as_int(vm, exp), m = as_int(vm, mod);
    if (!x || !y || !m) return AY_NOTIMPLEMENTED;
    return ayInt_pow3(vm, x, y, m);
}

static AyValue m_pow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__pow__", nargs - 1, 1, 2)) return AY_NULL;
    return pow_args(vm, args[0], args[1], nargs > 2 ? args[2] : AY_NULL);
}

static AyValue m_rpow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__rpow__", nargs - 1, 1, 2)) return AY_NULL;
    return pow_args(vm, args[1], args[0], nargs > 2 ? args[2] : AY_NULL);
}

AY_NUM_DUNDER(m_divmod, int_divmod)
AY_NUM_RDUNDER(m_rdivmod, int_divmod)

static const AyMethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0, NULL},
    {"bit_count", m_bit_count, 0, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"is_integer", m_is_integer, 0, NULL},
    {"to_bytes", m_to_bytes, 0, NULL},
    {"from_bytes", m_from_bytes, AY_NATIVE_CLASSMETHOD, NULL},
    {"__round__", m_round, 0, NULL},
    {"__trunc__", m_trunc, 0, NULL},
    {"__floor__", m_floor, 0, NULL},
    {"__ceil__", m_ceil, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__rpow__", m_rpow, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {NULL},
};

static AyValue int_real_get(AyVM *vm, AyValue self) { return as_int(vm, self); }
static AyValue int_imag_get(AyVM *vm, AyValue self) { return ayV_small(0); }
static AyValue int_one_get(AyVM *vm, AyValue self) { return ayV_small(1); }

static const AyGetSetDef int_getsets[] = {
    {"real", int_real_get, NULL},
    {"imag", int_imag_get, NULL},
    {"numerator", int_real_get, NULL},
    {"denominator", int_one_get, NULL},
    {NULL},
};

// }====
// {==== bool

static AyValue bool_repr(AyVM *vm, AyValue v) {
    return ayV_from_obj(ayStr_intern_c(vm, v == AY_TRUE ? "True" : "False"));
}

static AyValue bool_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "bool", kwnames) || !ayArg_count(vm, "bool", nargs, 0, 1)) return AY_NULL;
    if (nargs == 0) return AY_FALSE;
    int t = ayObj_truth(vm, args[0]);
    return t < 0 ? AY_NULL : ayV_bool(t);
}

#define BOOL_BITOP(name, OP, op) \
    static AyValue bool_##name(AyVM *vm, AyValue a, AyValue b) { \
        if ((a == AY_TRUE || a == AY_FALSE) && (b == AY_TRUE || b == AY_FALSE)) \
            return ayV_bool((a == AY_TRUE) op (b == AY_TRUE)); \
        return ayInt_binop_slot(vm, OP, a, b); \
    }
BOOL_BITOP(and, AY_BINOP_AND, &)
BOOL_BITOP(or, AY_BINOP_OR, |)
BOOL_BITOP(xor, AY_BINOP_XOR, ^)
#undef BOOL_BITOP

// }====

static const char int_doc[] =
    "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 "
    "if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this "
    "truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or "
    "bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or "
    "'-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to "
    "interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
static const char bool_doc[] =
    "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False "
    "are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be "
    "subclassed.";

// Instances of int subclasses box their value (AyIntSub); exact big ints have no children.
static void int_trace(AyVM *vm, AyObj *o) {
    if (o->type != vm->t_int) ayGC_mark(vm, ((AyIntSub *)o)->value);
}

void ayInt_setup(AyVM *vm) {
    AyType *t = vm->t_int;
    t->flags |= AY_TF_INT_SUB | AY_TF_BASETYPE;
    t->basic_size = sizeof(AyBigInt);
    t->sub_basic_size = sizeof(AyIntSub);
    t->sub_dict_offset = offsetof(AyIntSub, dict);
    t->trace = int_trace;
    ayBigInt_setup(vm);
    t->repr = int_repr;
    t->hash = int_hash;
    t->richcmp = int_richcmp;
    t->truth = int_truth;
    t->neg = int_neg;
    t->pos = int_pos;
    t->abs = int_abs;
    t->invert = int_invert;
    t->index = int_index;
    t->to_int = int_index;
    t->to_float = int_to_float;
    t->tp_new = int_new;
    t->binop[AY_BINOP_ADD] = int_add;
    t->binop[AY_BINOP_SUB] = int_sub;
    t->binop[AY_BINOP_MUL] = int_mul;
    t->binop[AY_BINOP_FLOORDIV] = int_floordiv;
    t->binop[AY_BINOP_MOD] = int_mod;
    t->binop[AY_BINOP_TRUEDIV] = int_truediv;
    t->binop[AY_BINOP_POW] = int_pow;
    t->binop[AY_BINOP_AND] = int_and;
    t->binop[AY_BINOP_OR] = int_or;
    t->binop[AY_BINOP_XOR] = int_xor;
    t->binop[AY_BINOP_LSHIFT] = int_lshift;
    t->binop[AY_BINOP_RSHIFT] = int_rshift;
    ayType_add_methods(vm, t, int_methods);
    ayType_add_getsets(vm, t, int_getsets);
    ayType_set(vm, t, "__doc__", ayV_from_obj(ayStr_new_c(vm, int_doc)));

    AyType *b = vm->t_bool;
    b->flags |= AY_TF_INT_SUB;
    b->flags &= ~AY_TF_BASETYPE;
    b->repr = bool_repr;
    b->tp_new = bool_new;
    b->binop[AY_BINOP_AND] = bool_and;
    b->binop[AY_BINOP_OR] = bool_or;
    b->binop[AY_BINOP_XOR] = bool_xor;
    ayType_set(vm, b, "__doc__", ayV_from_obj(ayStr_new_c(vm, bool_doc)));
}
