// The builtins module: print, len, isinstance, sorted, min/max, getattr...
// (iterator types such as enumerate and zip are in builtins_iter.c; exec,
// eval and compile in builtins_exec.c).
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "num.h"
#include "str.h"
#include "vm.h"

AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec);
AyValue ayBuiltins_build_class(AyVM *vm);
AyValue ayInt_pow3(AyVM *vm, AyValue a, AyValue b, AyValue m);
void ayBuiltinsIter_setup(AyVM *vm, AyDict *d);
void ayBuiltinsExec_setup(AyVM *vm, AyDict *d);
AyValue ayFile_write_to(AyVM *vm, AyValue file, AyValue s);
AyValue ayFile_flush(AyVM *vm, AyValue file);

// {==== output

// print() to Ay's own file objects: the line in one write (a host's output
// hook sees whole lines). When an argument's str() fails, what came before
// it is still written, as CPython's piecewise writes leave it.
static bool print_line(AyVM *vm, AyValue file, AyValue *args, int nargs, AyValue sep, AyValue end) {
    AyBuf b;
    ayBuf_init(&b, vm);
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (sep && sep != AY_NONE) ayBuf_add(&b, AY_CSTR(sep), (size_t)AY_STR(sep)->size);
            else ayBuf_addc(&b, ' ');
        }
        AyValue text = ayV_is_type(vm, args[i], vm->t_str) ? args[i] : ayObj_str(vm, args[i]);
        if (text) {
            ayBuf_add(&b, AY_CSTR(text), (size_t)AY_STR(text)->size);
        } else {
            AyValue exc = vm->exc;
            vm->exc = AY_NULL;  // writing must not see the pending exception
            ayGC_push_root(vm, exc);
            AyValue part = ayBuf_finish(&b);
            if (part) ayFile_write_to(vm, file, part);
            ayGC_pop_roots(vm, 1);
            vm->exc = exc;
            return false;
        }
    }
    if (end && end != AY_NONE) ayBuf_add(&b, AY_CSTR(end), (size_t)AY_STR(end)->size);
    else ayBuf_addc(&b, '\n');
    AyValue s = ayBuf_finish(&b);
    return s && ayFile_write_to(vm, file, s);
}

static AyValue b_print(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue kw[4];
    if (!ayArg_unpack(vm, "print", args + nargs, 0, kwnames, "$ sep end file flush", kw)) return AY_NULL;
    AyValue sep = kw[0], end = kw[1], file = kw[2], flush = kw[3];
    if (sep && sep != AY_NONE && !ayV_is_str(vm, sep))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sep must be None or a string, not %T", sep);
    if (end && end != AY_NONE && !ayV_is_str(vm, end))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "end must be None or a string, not %T", end);
    if (!file || file == AY_NONE) {
        file = vm->sys ? ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "stdout") : AY_NULL;
        if (!file || file == AY_NONE) return AY_NONE;
    }
    if (!(ayV_is_obj(file) && ayV_obj(file)->type == vm->t_file)) {
        // a file object of the script's sees each argument, separator and
        // the end in a write() of its own, as CPython calls it
        if (!sep || sep == AY_NONE) sep = ayV_from_obj(ayStr_intern_c(vm, " "));
        if (!end || end == AY_NONE) end = ayV_from_obj(ayStr_intern_c(vm, "\n"));
        for (int i = 0; i < nargs; i++) {
            if (i && !ayFile_write_to(vm, file, sep)) return AY_NULL;
            AyValue s = ayObj_str(vm, args[i]);
            if (!s || !ayFile_write_to(vm, file, s)) return AY_NULL;
        }
        if (!ayFile_write_to(vm, file, end)) return AY_NULL;
    } else if (!print_line(vm, file, args, nargs, sep, end)) {
        return AY_NULL;
    }
    if (flush && ayObj_truth(vm, flush) > 0 && !ayFile_flush(vm, file)) return AY_NULL;
    return AY_NONE;
}

static AyValue b_input(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "input", nargs, 0, 1)) return AY_NULL;
    AyModule *sys = AY_AS(AyModule, vm->sys);
    if (nargs) {
        AyValue out = ayDict_get_cstr(vm, sys->dict, "stdout");
        AyValue s = ayObj_str(vm, args[0]);
        if (!s || !ayFile_write_to(vm, out, s) || !ayFile_flush(vm, out)) return AY_NULL;
    }
    AyValue in = ayDict_get_cstr(vm, sys->dict, "stdin");
    AyValue line = ayObj_call_method(vm, in, vm->s.readline, (AyValue[]){in}, 0);
    if (!line) return AY_NULL;
    if (!ayV_is_str(vm, line)) return ayErr_format(vm, AY_EXC(vm, TypeError), "object.readline() returned non-string");
    AyStr *l = AY_STR(line);
    if (l->size == 0) return ayErr_format(vm, AY_EXC(vm, EOFError), "EOF when reading a line");
    if (l->data[l->size - 1] == '\n') {
        AyStr *r = ayStr_new(vm, l->data, (size_t)l->size - 1);
        return r ? ayV_from_obj(r) : AY_NULL;
    }
    return line;
}

// }====
// {==== simple functions

static AyValue b_len(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "len", kw) || !ayArg_count(vm, "len", nargs, 1, 1)) return AY_NULL;
    int64_t n = ayObj_len(vm, args[0]);
    return n < 0 ? AY_NULL : ayInt_from_i64(vm, n);
}

static AyValue b_repr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "repr", nargs, 1, 1)) return AY_NULL;
    return ayObj_repr(vm, args[0]);
}

static AyValue b_ascii(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "ascii", nargs, 1, 1)) return AY_NULL;
    return ayObj_ascii(vm, args[0]);
}

static AyValue b_format(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "format", nargs, 1, 2)) return AY_NULL;
    return ayFormat_value(vm, args[0], nargs > 1 ? args[1] : ayV_from_obj(vm->empty_str));
}

static AyValue b_hash(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "hash", nargs, 1, 1)) return AY_NULL;
    int64_t h = ayObj_hash(vm, args[0]);
    return h == -1 ? AY_NULL : ayInt_from_i64(vm, h);
}

static AyValue b_id(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "id", nargs, 1, 1)) return AY_NULL;
    return ayInt_from_u64(vm, (uint64_t)args[0]);
}

static AyValue b_abs(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "abs", kw) || !ayArg_count(vm, "abs", nargs, 1, 1)) return AY_NULL;
    return ayObj_abs(vm, args[0]);
}

static AyValue b_callable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "callable", nargs, 1, 1)) return AY_NULL;
    return ayV_bool(ayV_type(vm, args[0])->call != NULL);
}

static AyValue b_chr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "chr", nargs, 1, 1)) return AY_NULL;
    int64_t c;
    if (!ayV_is_anyint(vm, args[0]) && !ayV_type(vm, args[0])->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[0]);
    if (ayObj_as_ssize(vm, args[0], &c) < 0) {
        if (ayErr_matches(vm, AY_EXC(vm, OverflowError))) {
            ayErr_clear(vm);
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C int");
        }
        return AY_NULL;
    }
    if (c < 0 || c > 0x10FFFF) return ayErr_format(vm, AY_EXC(vm, ValueError), "chr() arg not in range(0x110000)");
    return ayStr_from_codepoint(vm, (uint32_t)c);
}

static AyValue b_ord(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "ord", nargs, 1, 1)) return AY_NULL;
    AyValue v = args[0];
    if (ayV_is_str(vm, v)) {
        if (AY_STR(v)->len != 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "ord() expected a character, but string of length %lld found",
                                (long long)AY_STR(v)->len);
        const char *p = AY_CSTR(v);
        return ayV_small(ayUtf8_decode(&p));
    }
    extern bool ayBytes_view(AyVM * vm, AyValue v, const char **data, int64_t *n);
    const char *d;
    int64_t n;
    if (ayBytes_view(vm, v, &d, &n)) {
        if (n != 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "ord() expected a character, but string of length %lld found",
                                (long long)n);
        return ayV_small((uint8_t)d[0]);
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "ord() expected string of length 1, but %T found", v);
}

static AyValue int_base(AyVM *vm, AyValue v, int base) {
    AyValue i = ayObj_index(vm, v);
    if (!i) return AY_NULL;
    return ayInt_to_str(vm, ayInt_exact(vm, i), base, true);
}

static AyValue b_hex(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "hex", kw) || !ayArg_count(vm, "hex", nargs, 1, 1)) return AY_NULL;
    return int_base(vm, args[0], 16);
}
static AyValue b_oct(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "oct", kw) || !ayArg_count(vm, "oct", nargs, 1, 1)) return AY_NULL;
    return int_base(vm, args[0], 8);
}
static AyValue b_bin(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "bin", kw) || !ayArg_count(vm, "bin", nargs, 1, 1)) return AY_NULL;
    return int_base(vm, args[0], 2);
}

static AyValue b_divmod(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "divmod", kw) || !ayArg_count(vm, "divmod", nargs, 2, 2)) return AY_NULL;
    AyValue a = args[0], b = args[1];
    // plain numbers directly
    if (ayV_both_int(a, b) && ayV_int(b) != 0) {
        int64_t x = ayV_int(a), y = ayV_int(b);
        return ayTuple_pack2(vm, ayInt_from_i64(vm, ayInt_floordiv_i64(x, y)), ayV_small(ayInt_mod_i64(x, y)));
    }
    if ((ayV_is_float(a) && (ayV_is_float(b) || ayV_is_int(b))) || (ayV_is_int(a) && ayV_is_float(b))) {
        double x = ayV_is_float(a) ? ayV_float(a) : (double)ayV_int(a);
        double y = ayV_is_float(b) ? ayV_float(b) : (double)ayV_int(b);
        double d, m;
        if (y == 0.0) return ayErr_format(vm, AY_EXC(vm, ZeroDivisionError), "float divmod()");
        ayFloat_divmod(vm, x, y, &d, &m);
        return ayTuple_pack2(vm, ayV_from_float(d), ayV_from_float(m));
    }
    // __divmod__ / __rdivmod__ with the binary operator protocol: the right
    // operand goes first when its type is a subclass overriding the method
    AyStr *dn = ayStr_intern_c(vm, "__divmod__"), *rdn = ayStr_intern_c(vm, "__rdivmod__");
    AyType *ta = ayV_type(vm, a), *tb = ayV_type(vm, b);
    AyValue fa = ayType_lookup(vm, ta, dn);
    AyValue fb = tb != ta ? ayType_lookup(vm, tb, rdn) : AY_NULL;
    if (fb && fb == ayType_lookup(vm, ta, rdn)) fb = AY_NULL;
    if (fb && ayType_is_subtype(tb, ta)) {
        AyValue r = ayObj_call2(vm, fb, b, a);
        if (r != AY_NOTIMPLEMENTED) return r;
        fb = AY_NULL;
    }
    if (fa) {
        AyValue r = ayObj_call2(vm, fa, a, b);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    if (fb) {
        AyValue r = ayObj_call2(vm, fb, b, a);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

static bool is_builtin_number(AyVM *vm, AyValue v) {
    return ayV_is_anyint(vm, v) || ayV_is_anyfloat(vm, v) || ayV_is_complex(vm, v);
}

static AyValue b_pow(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "pow", args, nargs, kwnames, "base exp | mod", a)) return AY_NULL;
    if (!a[2] || a[2] == AY_NONE) return ayObj_binop(vm, AY_BINOP_POW, a[0], a[1]);
    if (ayV_is_anyint(vm, a[0]) && ayV_is_anyint(vm, a[1]) && ayV_is_anyint(vm, a[2]))
        return ayInt_pow3(vm, ayInt_exact(vm, a[0]), ayInt_exact(vm, a[1]), ayInt_exact(vm, a[2]));
    // three-argument pow only ever asks the base's __pow__ (CPython never
    // tries __rpow__ with a modulus)
    AyType *t = ayV_type(vm, a[0]);
    if (t->flags & AY_TF_HEAPTYPE) {
        AyValue f = ayType_lookup(vm, t, ayStr_intern_c(vm, "__pow__"));
        if (f) {
            AyValue r = ayObj_call(vm, f, a, 3, AY_NULL);
            if (r != AY_NOTIMPLEMENTED) return r;
        }
    }
    if (is_builtin_number(vm, a[0]) && is_builtin_number(vm, a[1]) && is_builtin_number(vm, a[2])) {
        if (ayV_is_complex(vm, a[0]) || ayV_is_complex(vm, a[1]) || ayV_is_complex(vm, a[2]))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "complex modulo");
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'",
                        a[0], a[1], a[2]);
}

static AyValue b_round(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "round", args, nargs, kwnames, "number | ndigits", a)) return AY_NULL;
    if (ayV_is_float(a[0])) return ayFloat_round(vm, ayV_float(a[0]), a[1]);
    if (ayV_is_int(a[0]) && (!a[1] || a[1] == AY_NONE)) return a[0];
    AyValue f = ayType_lookup(vm, ayV_type(vm, a[0]), vm->s.__round__);
    if (!f) return ayErr_format(vm, AY_EXC(vm, TypeError), "type %T doesn't define __round__ method", a[0]);
    AyValue cargs[2] = {a[0], a[1]};
    return ayObj_call(vm, f, cargs, a[1] && a[1] != AY_NONE ? 2 : 1, AY_NULL);
}

// }====
// {==== iteration helpers

static AyValue b_iter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "iter", nargs, 1, 2)) return AY_NULL;
    if (nargs == 1) return ayObj_iter(vm, args[0]);
    extern AyValue ayCallableIter_new(AyVM * vm, AyValue callable, AyValue sentinel);
    if (!ayV_type(vm, args[0])->call)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "iter(object, sentinel): object must be callable");
    return ayCallableIter_new(vm, args[0], args[1]);
}

static AyValue b_next(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "next", nargs, 1, 2)) return AY_NULL;
    AyType *t = ayV_type(vm, args[0]);
    if (!t->next) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object is not an iterator", ayType_name(t));
    // a generator's return value travels in the StopIteration
    AyValue v = t == vm->t_generator ? ayGen_send(vm, AY_AS(AyGen, args[0]), AY_NONE) : t->next(vm, args[0]);
    if (v) return v;
    if (ayErr_occurred(vm)) {
        if (nargs > 1 && ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
            ayErr_clear(vm);
            return args[1];
        }
        return AY_NULL;
    }
    if (nargs > 1) return args[1];
    return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
}

static AyValue b_aiter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "aiter", kw) || !ayArg_count(vm, "aiter", nargs, 1, 1)) return AY_NULL;
    AyValue m = ayType_lookup(vm, ayV_type(vm, args[0]), vm->s.__aiter__);
    if (!m) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not an async iterable", args[0]);
    AyValue it = ayObj_call1(vm, m, args[0]);
    if (it && !ayType_lookup(vm, ayV_type(vm, it), vm->s.__anext__))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "aiter() returned not an async iterator of type '%T'", it);
    return it;
}

static AyValue b_anext(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "anext", kw) || !ayArg_count(vm, "anext", nargs, 1, 2)) return AY_NULL;
    AyValue m = ayType_lookup(vm, ayV_type(vm, args[0]), vm->s.__anext__);
    if (!m) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not an async iterator", args[0]);
    AyValue awaitable = ayObj_call1(vm, m, args[0]);
    if (!awaitable || nargs == 1) return awaitable;
    return ayAsyncGen_anext_default(vm, awaitable, args[1]);
}

static AyValue b_sorted(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs != 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "sorted expected 1 argument, got %d", nargs);
    AyValue l = ayObj_to_list(vm, args[0]);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, l);
    AyValue key;
    int rev;
    bool ok = ayList_sort_args(vm, args + nargs, kwnames, &key, &rev) && ayList_sort(vm, AY_AS(AyList, l), key, rev);
    ayGC_pop_roots(vm, 1);
    return ok ? l : AY_NULL;
}

// sum() follows CPython 3.12 step by step, since the float result depends
// on it: exact ints add in C until one overflows or a non-int comes; a float
// total then adds floats with Neumaier compensation and ints (fitting int64)
// plainly; anything else falls back to `+` for the rest of the items.
static AyValue b_sum(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs < 1)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sum() takes at least 1 positional argument (%d given)", nargs);
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        AyStr *k = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        if (strcmp(k->data, "start") != 0)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for sum()", k);
    }
    if (nargs + nkw > 2)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sum() takes at most 2 arguments (%d given)", nargs + nkw);
    AyValue result = nargs > 1 ? args[1] : nkw ? args[nargs] : ayV_small(0);
    if (ayV_is_str(vm, result))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sum() can't sum strings [use ''.join(seq) instead]");
    if (ayV_has_flag(vm, result, AY_TF_BYTES_SUB))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sum() can't sum bytes [use b''.join(seq) instead]");
    if (ayV_is_obj(result) && ayType_is_subtype(ayV_obj(result)->type, vm->t_bytearray))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "sum() can't sum bytearray [use b''.join(seq) instead]");
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    size_t slot = vm->nroots;
    ayGC_push_root(vm, result);  // vm->roots[slot] tracks the running total
    AyValue x;
    int64_t isum;
    if ((ayV_is_int(result) || ayV_is_bigint(vm, result)) && ayInt_as_i64(vm, result, &isum) == 0) {
        for (;;) {
            x = ayObj_next(vm, it);
            if (!x) {
                result = ayErr_occurred(vm) ? AY_NULL : ayInt_from_i64(vm, isum);
                goto done;
            }
            int64_t b, s;
            if ((ayV_is_int(x) || x == AY_TRUE || x == AY_FALSE || ayV_is_bigint(vm, x)) &&
                ayInt_as_i64(vm, ayInt_exact(vm, x), &b) == 0 && !__builtin_add_overflow(isum, b, &s)) {
                isum = s;
                continue;
            }
            ayErr_clear(vm);  // an int beyond int64 is not an error here
            AyValue r = ayInt_from_i64(vm, isum);
            result = r ? ayObj_binop(vm, AY_BINOP_ADD, r, x) : AY_NULL;
            if (!result) goto done;
            vm->roots[slot] = result;
            break;
        }
    } else {
        ayErr_clear(vm);
    }
    if (ayV_is_float(result)) {
        double f = ayV_float(result), c = 0.0;
        for (;;) {
            x = ayObj_next(vm, it);
            if (!x) {
                if (ayErr_occurred(vm)) {
                    result = AY_NULL;
                } else {
                    // keep the sign of -0.0 and never turn inf into nan
                    if (c != 0.0 && isfinite(c)) f += c;
                    result = ayV_from_float(f);
                }
                goto done;
            }
            if (ayV_is_float(x)) {
                double v = ayV_float(x), t = f + v;
                if (fabs(f) >= fabs(v)) c += (f - t) + v;
                else c += (v - t) + f;
                f = t;
                continue;
            }
            int64_t v;
            if (ayV_is_anyint(vm, x) && ayInt_as_i64(vm, ayInt_exact(vm, x), &v) == 0) {
                f += (double)v;
                continue;
            }
            ayErr_clear(vm);
            if (c != 0.0 && isfinite(c)) f += c;
            result = ayObj_binop(vm, AY_BINOP_ADD, ayV_from_float(f), x);
            if (!result) goto done;
            vm->roots[slot] = result;
            break;
        }
    }
    for (;;) {
        x = ayObj_next(vm, it);
        if (!x) {
            if (ayErr_occurred(vm)) result = AY_NULL;
            break;
        }
        result = ayObj_binop(vm, AY_BINOP_ADD, vm->roots[slot], x);
        if (!result) break;
        vm->roots[slot] = result;
    }
done:
    ayGC_pop_roots(vm, 2);
    return result;
}

static AyValue any_all(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool want) {
    const char *name = want ? "any" : "all";
    if (!ayArg_no_kw(vm, name, kw) || !ayArg_count(vm, name, nargs, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[0]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyValue r = ayV_bool(!want);
    for (;;) {
        AyValue x = ayObj_next(vm, it);
        if (!x) {
            if (ayErr_occurred(vm)) r = AY_NULL;
            break;
        }
        int truth = ayObj_truth(vm, x);
        if (truth < 0) {
            r = AY_NULL;
            break;
        }
        if (truth == want) {
            r = ayV_bool(want);
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue b_any(AyVM *vm, AyValue *a, int n, AyValue k) { return any_all(vm, a, n, k, true); }
static AyValue b_all(AyVM *vm, AyValue *a, int n, AyValue k) { return any_all(vm, a, n, k, false); }

// min()/max(): the first of equal extremes wins; `key` and `default` are
// keyword-only; messages are CPython 3.12's.
static AyValue min_max(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, bool is_max) {
    const char *name = is_max ? "max" : "min";
    if (nargs == 0) return ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at least 1 argument, got 0", name);
    AyValue key = AY_NULL, dflt = AY_NULL;
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        AyStr *k = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        if (strcmp(k->data, "key") == 0) key = args[nargs + i];
        else if (strcmp(k->data, "default") == 0) dflt = args[nargs + i];
        else return ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()", k, name);
    }
    if (key == AY_NONE) key = AY_NULL;
    if (nargs > 1 && dflt)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "Cannot specify a default for %s() with multiple positional arguments", name);
    AyValue it = AY_NULL;
    if (nargs == 1) {
        it = ayObj_iter(vm, args[0]);
        if (!it) return AY_NULL;
    }
    // roots: the iterator, the best item and its key
    ayGC_push_root(vm, it ? it : AY_NONE);
    size_t slot = vm->nroots;
    ayGC_push_root(vm, AY_NONE);
    ayGC_push_root(vm, AY_NONE);
    AyValue best = AY_NULL, bestkey = AY_NULL, result = AY_NULL;
    AyCmp op = is_max ? AY_GT : AY_LT;
    for (int i = 0;; i++) {
        AyValue x;
        if (it) {
            x = ayObj_next(vm, it);
            if (!x) {
                if (ayErr_occurred(vm)) goto out;
                break;
            }
        } else {
            if (i >= nargs) break;
            x = args[i];
        }
        AyValue k = x;
        if (key) {
            ayGC_push_root(vm, x);
            k = ayObj_call1(vm, key, x);
            ayGC_pop_roots(vm, 1);
            if (!k) goto out;
        }
        if (!best) {
            best = x;
            bestkey = k;
        } else {
            int c;
            if (ayV_both_int(k, bestkey)) {
                c = is_max ? ayV_int(k) > ayV_int(bestkey) : ayV_int(k) < ayV_int(bestkey);
            } else {
                ayGC_push_root(vm, x);
                ayGC_push_root(vm, k);
                c = ayObj_richcmp_bool(vm, k, bestkey, op);
                ayGC_pop_roots(vm, 2);
                if (c < 0) goto out;
            }
            if (c) {
                best = x;
                bestkey = k;
            }
        }
        vm->roots[slot] = best;
        vm->roots[slot + 1] = bestkey;
    }
    if (best) result = best;
    else if (dflt) result = dflt;
    else ayErr_format(vm, AY_EXC(vm, ValueError), "%s() iterable argument is empty", name);
out:
    ayGC_pop_roots(vm, 3);
    return result;
}

static AyValue b_min(AyVM *vm, AyValue *a, int n, AyValue k) { return min_max(vm, a, n, k, false); }
static AyValue b_max(AyVM *vm, AyValue *a, int n, AyValue k) { return min_max(vm, a, n, k, true); }

// }====
// {==== types and attributes

static AyValue b_isinstance(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "isinstance", nargs, 2, 2)) return AY_NULL;
    int r = ayObj_isinstance(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static AyValue b_issubclass(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "issubclass", nargs, 2, 2)) return AY_NULL;
    int r = ayObj_issubclass(vm, args[0], args[1]);
    return r < 0 ? AY_NULL : ayV_bool(r);
}

static bool attr_name(AyVM *vm, AyValue v, const char *fn, AyStr **out) {
    if (!ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "attribute name must be string, not '%T'", v);
        return false;
    }
    *out = ayStr_intern_str(vm, AY_STR(v));
    return *out != NULL;
}

static AyValue b_getattr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "getattr", nargs, 2, 3)) return AY_NULL;
    AyStr *name;
    if (!attr_name(vm, args[1], "getattr", &name)) return AY_NULL;
    AyValue v = ayObj_getattr(vm, args[0], name);
    if (v || nargs < 3 || !ayErr_matches(vm, AY_EXC(vm, AttributeError))) return v;
    ayErr_clear(vm);
    return args[2];
}

static AyValue b_setattr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "setattr", nargs, 3, 3)) return AY_NULL;
    AyStr *name;
    if (!attr_name(vm, args[1], "setattr", &name)) return AY_NULL;
    return ayObj_setattr(vm, args[0], name, args[2]) < 0 ? AY_NULL : AY_NONE;
}

static AyValue b_delattr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "delattr", nargs, 2, 2)) return AY_NULL;
    AyStr *name;
    if (!attr_name(vm, args[1], "delattr", &name)) return AY_NULL;
    return ayObj_setattr(vm, args[0], name, AY_NULL) < 0 ? AY_NULL : AY_NONE;
}

static AyValue b_hasattr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "hasattr", nargs, 2, 2)) return AY_NULL;
    AyStr *name;
    if (!attr_name(vm, args[1], "hasattr", &name)) return AY_NULL;
    AyValue v = ayObj_getattr(vm, args[0], name);
    if (v) return AY_TRUE;
    if (ayErr_matches(vm, AY_EXC(vm, AttributeError))) {
        ayErr_clear(vm);
        return AY_FALSE;
    }
    return AY_NULL;
}

static AyValue b_globals(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "globals", nargs, 0, 0)) return AY_NULL;
    return vm->frame ? ayV_from_obj(vm->frame->globals) : ayV_from_obj(vm->builtins);
}

AyValue ayFrame_locals(AyVM *vm, AyFrame *f);

static AyValue b_locals(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "locals", nargs, 0, 0)) return AY_NULL;
    if (!vm->frame) return ayV_from_obj(vm->builtins);
    return ayFrame_locals(vm, vm->frame);
}

static AyValue b_vars(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "vars", nargs, 0, 1)) return AY_NULL;
    if (nargs == 0) return b_locals(vm, args, 0, kw);
    AyValue d = ayObj_getattr(vm, args[0], vm->s.__dict__);
    if (!d && ayErr_matches(vm, AY_EXC(vm, AttributeError))) {
        ayErr_clear(vm);
        return ayErr_format(vm, AY_EXC(vm, TypeError), "vars() argument must have __dict__ attribute");
    }
    return d;
}

static int cmp_names(const void *a, const void *b) {
    return ayStr_cmp(AY_STR(*(const AyValue *)a), AY_STR(*(const AyValue *)b));
}

static AyValue b_dir(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "dir", nargs, 0, 1)) return AY_NULL;
    AyList *l = ayList_new(vm, 16);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    AyValue result = ayV_from_obj(l);
    if (nargs == 0) {
        AyValue loc = vm->frame ? ayFrame_locals(vm, vm->frame) : ayV_from_obj(vm->builtins);
        if (!loc || !ayList_extend(vm, l, loc)) result = AY_NULL;
    } else {
        AyValue o = args[0];
        // object.__dir__, type.__dir__, module.__dir__ or the class's own
        AyValue method = ayType_lookup(vm, ayV_type(vm, o), ayStr_intern_c(vm, "__dir__"));
        AyValue r = method ? ayObj_call1(vm, method, o) : AY_NULL;
        if (!r || !ayList_extend(vm, l, r)) result = AY_NULL;
    }
    if (result) {
        for (int64_t i = 0; i < l->len; i++)
            if (!ayV_is_str(vm, l->items[i])) {
                ayGC_pop_roots(vm, 1);
                return ayList_sort(vm, l, AY_NULL, false) ? ayV_from_obj(l) : AY_NULL;
            }
        qsort(l->items, (size_t)l->len, sizeof(AyValue), cmp_names);
    }
    ayGC_pop_roots(vm, 1);
    return result;
}

static AyValue b_help(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue doc = nargs ? ayObj_getattr_opt(vm, args[0], vm->s.__doc__) : AY_NULL;
    ayErr_clear(vm);
    AyValue s = doc && ayV_is_str(vm, doc) ? doc : ayV_from_obj(ayStr_intern_c(vm, "No documentation available."));
    AyValue out = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "stdout");
    AyValue line = ayStr_from_fmt(vm, "%S\n", s);
    if (!line || !ayFile_write_to(vm, out, line)) return AY_NULL;
    return AY_NONE;
}

// }====
// {==== exit and quit (CPython's site module puts them in builtins)

typedef struct Quitter {
    AyObj hdr;
    const char *name;  // "exit" or "quit"
} Quitter;

static AyValue quitter_repr(AyVM *vm, AyValue self) {
    const char *name = AY_AS(Quitter, self)->name;
    return ayStr_from_fmt(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit", name);
}

static AyValue quitter_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue code;
    if (!ayArg_unpack(vm, "__call__", args, nargs, kwnames, "| code", &code)) return AY_NULL;
    // like CPython, stdin is closed first (errors ignored)
    AyValue in = ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "stdin");
    AyValue close = in ? ayObj_getattr_opt(vm, in, vm->s.close) : AY_NULL;
    if (close) ayObj_call0(vm, close);
    ayErr_clear(vm);
    return ayErr_set_value(vm, AY_EXC(vm, SystemExit), code ? code : AY_NONE);
}

static void add_quitters(AyVM *vm, AyDict *builtins) {
    AyType *t = ayType_new_builtin(vm, "Quitter", vm->t_object, sizeof(Quitter), 0);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "_sitebuiltins"));
    t->repr = quitter_repr;
    t->call = quitter_call;
    ayType_ready(vm, t);
    static const char *const names[] = {"exit", "quit"};
    for (int i = 0; i < 2; i++) {
        Quitter *q = AY_NEW(vm, Quitter, t);
        if (!q) return;
        q->name = names[i];
        ayDict_set_cstr(vm, builtins, names[i], ayV_from_obj(q));
    }
}

// }====

static const AyMethodDef builtin_functions[] = {
    {"print", b_print, 0, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)"},
    {"input", b_input, 0, "Read a string from standard input."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"repr", b_repr, 0, NULL},
    {"ascii", b_ascii, 0, NULL},
    {"format", b_format, 0, NULL},
    {"hash", b_hash, 0, NULL},
    {"id", b_id, 0, NULL},
    {"abs", b_abs, 0, NULL},
    {"callable", b_callable, 0, NULL},
    {"chr", b_chr, 0, NULL},
    {"ord", b_ord, 0, NULL},
    {"hex", b_hex, 0, NULL},
    {"oct", b_oct, 0, NULL},
    {"bin", b_bin, 0, NULL},
    {"divmod", b_divmod, 0, NULL},
    {"pow", b_pow, 0, NULL},
    {"round", b_round, 0, NULL},
    {"iter", b_iter, 0, NULL},
    {"next", b_next, 0, NULL},
    {"aiter", b_aiter, 0, NULL},
    {"anext", b_anext, 0, NULL},
    {"sorted", b_sorted, 0, NULL},
    {"sum", b_sum, 0, NULL},
    {"any", b_any, 0, NULL},
    {"all", b_all, 0, NULL},
    {"min", b_min, 0, NULL},
    {"max", b_max, 0, NULL},
    {"isinstance", b_isinstance, 0, NULL},
    {"issubclass", b_issubclass, 0, NULL},
    {"getattr", b_getattr, 0, NULL},
    {"setattr", b_setattr, 0, NULL},
    {"delattr", b_delattr, 0, NULL},
    {"hasattr", b_hasattr, 0, NULL},
    {"globals", b_globals, 0, NULL},
    {"locals", b_locals, 0, NULL},
    {"vars", b_vars, 0, NULL},
    {"dir", b_dir, 0, NULL},
    {"help", b_help, 0, NULL},
    {NULL},
};

void ayBuiltins_setup(AyVM *vm) {
    if (!vm->modules) vm->modules = ayDict_new(vm);
    AyDict *d = vm->builtins = ayDict_new(vm);
    ayDict_set_cstr(vm, d, "__name__", ayV_from_obj(ayStr_intern_c(vm, "builtins")));
    ayDict_set_cstr(vm, d, "__doc__", AY_NONE);
    ayNative_add_all(vm, d, builtin_functions, AY_NULL);
#define ADD_TYPE(name) ayDict_set_cstr(vm, d, #name, ayV_from_obj(vm->t_##name));
    ADD_TYPE(object) ADD_TYPE(type) ADD_TYPE(int) ADD_TYPE(bool) ADD_TYPE(float) ADD_TYPE(complex)
    ADD_TYPE(str) ADD_TYPE(bytes) ADD_TYPE(bytearray) ADD_TYPE(memoryview) ADD_TYPE(list) ADD_TYPE(tuple) ADD_TYPE(dict)
    ADD_TYPE(set) ADD_TYPE(frozenset) ADD_TYPE(range) ADD_TYPE(slice) ADD_TYPE(property)
    ADD_TYPE(staticmethod) ADD_TYPE(classmethod) ADD_TYPE(super)
    ADD_TYPE(enumerate) ADD_TYPE(zip) ADD_TYPE(map) ADD_TYPE(filter) ADD_TYPE(reversed)
#undef ADD_TYPE
    for (int i = 0; i < AY_EXC_COUNT; i++)
        ayDict_set(vm, d, ayV_from_obj(vm->exc_types[i]->name), ayV_from_obj(vm->exc_types[i]));
    ayDict_set_cstr(vm, d, "EnvironmentError", ayV_from_obj(AY_EXC(vm, OSError)));
    ayDict_set_cstr(vm, d, "IOError", ayV_from_obj(AY_EXC(vm, OSError)));
    ayDict_set_cstr(vm, d, "None", AY_NONE);
    ayDict_set_cstr(vm, d, "True", AY_TRUE);
    ayDict_set_cstr(vm, d, "False", AY_FALSE);
    ayDict_set_cstr(vm, d, "Ellipsis", AY_ELLIPSIS);
    ayDict_set_cstr(vm, d, "NotImplemented", AY_NOTIMPLEMENTED);
    ayDict_set_cstr(vm, d, "__debug__", AY_TRUE);
    ayDict_set_cstr(vm, d, "__build_class__", ayBuiltins_build_class(vm));
    add_quitters(vm, d);
    ayBuiltinsIter_setup(vm, d);
    ayBuiltinsExec_setup(vm, d);
}

AyValue ayMod_builtins(AyVM *vm) {
    AyModule *m = AY_NEW(vm, AyModule, vm->t_module);
    if (!m) return AY_NULL;
    m->dict = vm->builtins;
    m->name = ayStr_intern_c(vm, "builtins");
    m->origin = AY_MODULE_BUILTIN;
    return ayV_from_obj(m);
}
