// The generic object protocol: what Python's operators and builtins do with
// any value, dispatching through type slots.
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "native.h"
#include "seq.h"
#include "str.h"
#include "vm.h"

// {==== repr / str / hash / truth

static AyValue check_str_result(AyVM *vm, AyValue r, const char *what) {
    if (r && !ayV_is_str(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "%s returned non-string (type %T)", what, r);
    return r;
}

// repr, comparison and hashing of nested containers recurse in C: past this
// depth they raise RecursionError (as CPython's Py_EnterRecursiveCall does)
// instead of overflowing the C stack on a self-containing or very deep value.
#define NESTING_LIMIT 900

static bool enter_nested(AyVM *vm, const char *doing) {
    if (vm->c_depth > NESTING_LIMIT) {
        ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded%s", doing);
        return false;
    }
    vm->c_depth++;
    return true;
}

AyValue ayObj_repr(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    if (!t->repr) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' has no repr", ayType_name(t));
    if (!enter_nested(vm, " while getting the repr of an object")) return AY_NULL;
    AyValue r = t->repr(vm, v);
    vm->c_depth--;
    return check_str_result(vm, r, "__repr__");
}

AyValue ayObj_str(AyVM *vm, AyValue v) {
    if (ayV_is_obj(v) && ayV_obj(v)->type == vm->t_str) return v;
    AyType *t = ayV_type(vm, v);
    if (!t->str) return ayObj_repr(vm, v);
    vm->c_depth++;
    AyValue r = t->str(vm, v);
    vm->c_depth--;
    return check_str_result(vm, r, "__str__");
}

AyValue ayObj_ascii(AyVM *vm, AyValue v) {
    AyValue r = ayObj_repr(vm, v);
    if (!r || AY_STR(r)->ascii) return r;
    AyBuf b;
    ayBuf_init(&b, vm);
    const char *p = AY_STR(r)->data, *end = p + AY_STR(r)->size;
    char tmp[16];
    while (p < end) {
        uint32_t cp = ayUtf8_decode(&p);
        if (cp < 128) ayBuf_addc(&b, (char)cp);
        else {
            if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
            else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
            ayBuf_adds(&b, tmp);
        }
    }
    return ayBuf_finish(&b);
}

int64_t ayObj_hash(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    if (!t->hash) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "unhashable type: '%s'", ayType_name(t));
        return -1;
    }
    if (!enter_nested(vm, "")) return -1;
    int64_t h = t->hash(vm, v);
    vm->c_depth--;
    return h;
}

int ayObj_truth(AyVM *vm, AyValue v) {
    if (v == AY_TRUE) return 1;
    if (v == AY_FALSE || v == AY_NONE) return 0;
    if (ayV_is_int(v)) return ayV_int(v) != 0;
    if (ayV_is_float(v)) return ayV_float(v) != 0.0;
    AyType *t = ayV_type(vm, v);
    if (t->truth) return t->truth(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// }====
// {==== comparison

static const AyCmp swapped_op[] = {AY_GT, AY_GE, AY_EQ, AY_NE, AY_LT, AY_LE};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

static AyValue richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op);

AyValue ayObj_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if (!enter_nested(vm, " in comparison")) return AY_NULL;
    AyValue r = richcmp(vm, a, b, op);
    vm->c_depth--;
    return r;
}

static AyValue richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyType *ta = ayV_type(vm, a), *tb = ayV_type(vm, b);
    bool tried_b = false;
    // A subclass's reflected method goes first if it overrides it.
    if (ta != tb && tb->richcmp && ayType_is_subtype(tb, ta) && tb->richcmp != ta->richcmp) {
        tried_b = true;
        AyValue r = tb->richcmp(vm, b, a, swapped_op[op]);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    if (ta->richcmp) {
        AyValue r = ta->richcmp(vm, a, b, op);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    if (!tried_b && tb->richcmp) {
        AyValue r = tb->richcmp(vm, b, a, swapped_op[op]);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    if (op == AY_EQ) return ayV_bool(a == b);
    if (op == AY_NE) return ayV_bool(a != b);
    return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' not supported between instances of '%s' and '%s'",
                        cmp_sym[op], ayType_name(ta), ayType_name(tb));
}

int ayObj_richcmp_bool(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyValue r = ayObj_richcmp(vm, a, b, op);
    if (!r) return -1;
    if (r == AY_TRUE) return 1;
    if (r == AY_FALSE) return 0;
    return ayObj_truth(vm, r);
}

int ayObj_eq(AyVM *vm, AyValue a, AyValue b) {
    if (a == b) return 1;
    if (ayV_both_int(a, b)) return 0;
    if (ayV_is_float(a) && ayV_is_float(b)) return ayV_float(a) == ayV_float(b);
    return ayObj_richcmp_bool(vm, a, b, AY_EQ);
}

// }====
// {==== arithmetic

static const char *const binop_sym[] = {
#define SYM(name, sym, d, r, i) sym,
    AY_BINOPS(SYM)
#undef SYM
};

static AyValue binop_try(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    AyType *ta = ayV_type(vm, a), *tb = ayV_type(vm, b);
    AyBinaryFn fa = ta->binop[op], fb = tb != ta ? tb->binop[op] : NULL;
    if (fa && fb && fb != fa && ayType_is_subtype(tb, ta)) {
        AyValue r = fb(vm, a, b);
        if (r != AY_NOTIMPLEMENTED) return r;
        fb = NULL;
    }
    if (fa) {
        AyValue r = fa(vm, a, b);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    if (fb && fb != fa) return fb(vm, a, b);
    return AY_NOTIMPLEMENTED;
}

static AyValue binop_error(AyVM *vm, const char *sym, AyValue a, AyValue b) {
    // `seq + x` that x's __radd__ declined: the sequence's own complaint
    if (strcmp(sym, "+") == 0 || strcmp(sym, "+=") == 0) {
        const char *seq = ayV_is_str(vm, a) ? "str" : ayV_is_list(vm, a) ? "list" : ayV_is_tuple(vm, a) ? "tuple" : NULL;
        if (seq) return ayErr_format(vm, AY_EXC(vm, TypeError), "can only concatenate %s (not \"%T\") to %s", seq, b, seq);
        if (ayV_has_flag(vm, a, AY_TF_BYTES_SUB) || ayBytes_is_bytearray(vm, a))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "can't concat %T to %T", b, a);
    }
    if (strcmp(sym, "**") == 0)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
    return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand type(s) for %s: '%T' and '%T'", sym, a, b);
}

AyValue ayObj_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    AyValue r = binop_try(vm, op, a, b);
    if (r == AY_NOTIMPLEMENTED) return binop_error(vm, binop_sym[op], a, b);
    return r;
}

AyValue ayObj_inplace(AyVM *vm, AyBinOp op, AyValue a, AyValue b) {
    AyType *ta = ayV_type(vm, a);
    AyBinaryFn f = ta->binop[AY_BINOP_COUNT + op];
    if (f) {
        AyValue r = f(vm, a, b);
        if (r != AY_NOTIMPLEMENTED) return r;
    }
    AyValue r = binop_try(vm, op, a, b);
    if (r == AY_NOTIMPLEMENTED) {
        char sym[8];
        snprintf(sym, sizeof sym, "%s=", binop_sym[op]);
        return binop_error(vm, sym, a, b);
    }
    return r;
}

#define UNARY(fn, slot, sym) \
    AyValue fn(AyVM *vm, AyValue v) { \
        AyType *t = ayV_type(vm, v); \
        if (t->slot) return t->slot(vm, v); \
        return ayErr_format(vm, AY_EXC(vm, TypeError), "bad operand type for " sym ": '%s'", ayType_name(t)); \
    }
UNARY(ayObj_neg, neg, "unary -")
UNARY(ayObj_pos, pos, "unary +")
UNARY(ayObj_invert, invert, "unary ~")
UNARY(ayObj_abs, abs, "abs()")
#undef UNARY

AyValue ayObj_index(AyVM *vm, AyValue v) {
    if (ayV_is_int(v) || ayV_is_bigint(vm, v)) return v;
    if (v == AY_TRUE) return ayV_small(1);
    if (v == AY_FALSE) return ayV_small(0);
    AyType *t = ayV_type(vm, v);
    if (!t->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'%s' object cannot be interpreted as an integer", ayType_name(t));
    AyValue r = t->index(vm, v);
    if (r && !ayV_is_anyint(vm, r))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__index__ returned non-int (type %T)", r);
    return r;
}

int ayInt_as_i64(AyVM *vm, AyValue v, int64_t *out);

int ayObj_as_ssize(AyVM *vm, AyValue v, int64_t *out) {
    if (ayV_is_int(v)) {
        *out = ayV_int(v);
        return 0;
    }
    AyValue i = ayObj_index(vm, v);
    if (!i) return -1;
    return ayInt_as_i64(vm, i, out);
}

// }====
// {==== attributes

AyValue ayObj_getattr(AyVM *vm, AyValue obj, AyStr *name) {
    AyType *t = ayV_type(vm, obj);
    AyValue v = t->getattr(vm, obj, name);
    if (!v) ayErr_set_attribute_context(vm, obj, name);
    return v;
}

AyValue ayObj_getattr_opt(AyVM *vm, AyValue obj, AyStr *name) {
    AyValue v = ayObj_getattr(vm, obj, name);
    if (!v && ayErr_matches(vm, AY_EXC(vm, AttributeError))) ayErr_clear(vm);
    return v;
}

int ayObj_setattr(AyVM *vm, AyValue obj, AyStr *name, AyValue v) {
    AyType *t = ayV_type(vm, obj);
    if (!t->setattr) {
        ayErr_format(vm, AY_EXC(vm, AttributeError), "'%s' object has no attribute '%U'", ayType_name(t), name);
        return -1;
    }
    return t->setattr(vm, obj, name, v);
}

// }====
// {==== calls

AyValue ayObj_function_str(AyVM *vm, AyValue func) {
    AyValue qn = ayObj_getattr_opt(vm, func, vm->s.__qualname__);
    if (!qn || !ayV_is_str(vm, qn)) {
        ayErr_clear(vm);
        return ayObj_str(vm, func);
    }
    ayGC_push_root(vm, qn);
    AyValue mod = ayObj_getattr_opt(vm, func, vm->s.__module__);
    ayErr_clear(vm);
    ayGC_pop_roots(vm, 1);
    if (mod && ayV_is_str(vm, mod) && strcmp(AY_CSTR(mod), "builtins") != 0)
        return ayStr_from_fmt(vm, "%S.%S()", mod, qn);
    return ayStr_from_fmt(vm, "%S()", qn);
}

AyValue ayObj_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyType *t = ayV_type(vm, callee);
    if (!t->call) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object is not callable", ayType_name(t));
    if (vm->c_depth > 200 + vm->recursion_limit)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    vm->c_depth++;
    AyValue r = t->call(vm, callee, args, nargs, kwnames);
    vm->c_depth--;
    return r;
}

// Argument arrays must live on the VM stack so the GC sees them.
static AyValue call_n(AyVM *vm, AyValue callee, const AyValue *args, int n) {
    AyValue *buf = vm->stack_top;
    if (buf + n + 1 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    buf[0] = callee;
    if (n) memcpy(buf + 1, args, sizeof(AyValue) * (size_t)n);  // ayObj_call0 passes NULL
    vm->stack_top += n + 1;
    AyValue r = ayObj_call(vm, callee, buf + 1, n, AY_NULL);
    vm->stack_top = buf;
    return r;
}

AyValue ayObj_call0(AyVM *vm, AyValue callee) { return call_n(vm, callee, NULL, 0); }
AyValue ayObj_call1(AyVM *vm, AyValue callee, AyValue a) { return call_n(vm, callee, &a, 1); }
AyValue ayObj_call2(AyVM *vm, AyValue callee, AyValue a, AyValue b) {
    AyValue args[2] = {a, b};
    return call_n(vm, callee, args, 2);
}

// callable(*args, **kwargs) with a tuple and a dict of str keys (or AY_NULL).
AyValue ayObj_call_ex(AyVM *vm, AyValue callable, AyValue args, AyValue kwargs) {
    AyTuple *at = AY_AS(AyTuple, args);
    int64_t nkw = kwargs ? AY_AS(AyDict, kwargs)->used : 0;
    AyValue *buf = vm->stack_top;
    if (buf + at->len + nkw + 8 >= vm->stack_end)
        return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
    memcpy(buf, at->items, sizeof(AyValue) * (size_t)at->len);
    AyValue kwnames = AY_NULL;
    if (nkw) {
        AyTuple *names = ayTuple_new(vm, nkw);
        if (!names) return AY_NULL;
        int64_t pos = 0, k = 0;
        AyValue key, val;
        while (ayDict_next(AY_AS(AyDict, kwargs), &pos, &key, &val)) {
            if (!ayV_is_str(vm, key))
                return ayErr_format(vm, AY_EXC(vm, TypeError), "keywords must be strings");
            names->items[k] = key;
            buf[at->len + k] = val;
            k++;
        }
        kwnames = ayV_from_obj(names);
        ayGC_push_root(vm, kwnames);
    }
    vm->stack_top += at->len + nkw;
    AyValue r = ayObj_call(vm, callable, buf, (int)at->len, kwnames);
    vm->stack_top = buf;
    if (nkw) ayGC_pop_roots(vm, 1);
    return r;
}

AyValue ayObj_call_method(AyVM *vm, AyValue obj, AyStr *name, AyValue *args, int nargs) {
    AyValue m = ayObj_getattr(vm, obj, name);
    if (!m) return AY_NULL;
    return call_n(vm, m, args + 1, nargs);
}

// }====
// {==== iteration and containers

static AyValue seq_iter_new(AyVM *vm, AyValue v);

AyValue ayObj_iter(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    if (t->iter) {
        AyValue it = t->iter(vm, v);
        if (it && !ayV_type(vm, it)->next)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem) return seq_iter_new(vm, v);
    return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object is not iterable", ayType_name(t));
}

AyValue ayObj_next(AyVM *vm, AyValue it) {
    AyType *t = ayV_type(vm, it);
    if (!t->next) return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object is not an iterator", ayType_name(t));
    AyValue v = t->next(vm, it);
    // a slot may end with StopIteration(value) pending (generators, futures): still just the end
    if (!v && vm->exc && ayErr_matches(vm, AY_EXC(vm, StopIteration))) ayErr_clear(vm);
    return v;
}

int64_t ayObj_len(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    if (!t->len) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "object of type '%s' has no len()", ayType_name(t));
        return -1;
    }
    return t->len(vm, v);
}

AyValue ayObj_getitem(AyVM *vm, AyValue c, AyValue key) {
    AyType *t = ayV_type(vm, c);
    if (t->getitem) return t->getitem(vm, c, key);
    if (ayV_is_typeobj(vm, c)) {
        // type[int]: type has no __class_getitem__ (its instances would see it)
        if (c == ayV_from_obj(vm->t_type)) return ayGenericAlias_new(vm, c, key);
        AyValue cgi = ayObj_getattr_opt(vm, c, vm->s.__class_getitem__);
        if (cgi) return ayObj_call1(vm, cgi, key);
        if (ayErr_occurred(vm)) return AY_NULL;
        return ayErr_format(vm, AY_EXC(vm, TypeError), "type '%s' is not subscriptable",
                            ayType_name(AY_AS(AyType, c)));
    }
    return ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object is not subscriptable", ayType_name(t));
}

int ayObj_setitem(AyVM *vm, AyValue c, AyValue key, AyValue v) {
    AyType *t = ayV_type(vm, c);
    if (!t->setitem) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object does not support item assignment", ayType_name(t));
        return -1;
    }
    return t->setitem(vm, c, key, v);
}

int ayObj_delitem(AyVM *vm, AyValue c, AyValue key) {
    AyType *t = ayV_type(vm, c);
    if (!t->setitem) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "'%s' object doesn't support item deletion", ayType_name(t));
        return -1;
    }
    return t->setitem(vm, c, key, AY_NULL);
}

int ayObj_contains(AyVM *vm, AyValue c, AyValue item) {
    AyType *t = ayV_type(vm, c);
    if (t->contains) return t->contains(vm, c, item);
    AyValue it = ayObj_iter(vm, c);
    if (!it) {
        if (ayErr_matches(vm, AY_EXC(vm, TypeError))) {
            ayErr_clear(vm);
            ayErr_format(vm, AY_EXC(vm, TypeError), "argument of type '%s' is not iterable", ayType_name(t));
        }
        return -1;
    }
    ayGC_push_root(vm, it);
    int found = 0;
    for (;;) {
        AyValue v = ayObj_next(vm, it);
        if (!v) {
            if (ayErr_occurred(vm)) found = -1;
            break;
        }
        int r = ayObj_eq(vm, v, item);
        if (r) {
            found = r;
            break;
        }
    }
    ayGC_pop_roots(vm, 1);
    return found;
}

AyValue ayObj_to_list(AyVM *vm, AyValue iterable) {
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    bool ok = ayList_extend(vm, l, iterable);
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

AyValue ayObj_sequence_items(AyVM *vm, AyValue v, AyValue **items, int64_t *n) {
    if (ayV_is_tuple(vm, v)) {
        *items = AY_AS(AyTuple, v)->items;
        *n = AY_AS(AyTuple, v)->len;
        return v;
    }
    if (ayV_is_list(vm, v)) {
        *items = AY_AS(AyList, v)->items;
        *n = AY_AS(AyList, v)->len;
        return v;
    }
    AyValue l = ayObj_to_list(vm, v);
    if (!l) return AY_NULL;
    *items = AY_AS(AyList, l)->items;
    *n = AY_AS(AyList, l)->len;
    return l;
}

// The old sequence protocol: iterate by __getitem__(0, 1, ...) until IndexError.
typedef struct SeqGetIter {
    AyObj hdr;
    AyValue seq;
    int64_t index;
} SeqGetIter;

static void seqget_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((SeqGetIter *)o)->seq); }

static AyValue seq_iter_new(AyVM *vm, AyValue v) {
    SeqGetIter *it = AY_NEW(vm, SeqGetIter, vm->t_seq_iterator);
    if (!it) return AY_NULL;
    it->seq = v;
    return ayV_from_obj(it);
}

static AyValue seqget_next(AyVM *vm, AyValue v) {
    SeqGetIter *it = AY_AS(SeqGetIter, v);
    if (!it->seq) return AY_NULL;
    AyValue r = ayObj_getitem(vm, it->seq, ayV_small(it->index));
    if (!r) {
        if (ayErr_matches(vm, AY_EXC(vm, IndexError)) || ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
            ayErr_clear(vm);
            it->seq = AY_NULL;
        }
        return AY_NULL;
    }
    it->index++;
    return r;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

// }====
// {==== isinstance / issubclass

static int check_class(AyVM *vm, AyValue cls, const char *what) {
    if (ayV_is_typeobj(vm, cls)) return 1;
    ayErr_format(vm, AY_EXC(vm, TypeError), "%s", what);
    return 0;
}

int ayObj_isinstance(AyVM *vm, AyValue v, AyValue cls) {
    if (ayV_is_tuple(vm, cls)) {
        AyTuple *t = AY_AS(AyTuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            int r = ayObj_isinstance(vm, v, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (ayV_is_typeobj(vm, cls)) {
        AyType *ct = AY_AS(AyType, cls);
        AyType *vt = ayV_type(vm, v);
        if (ayType_is_subtype(vt, ct)) return 1;
        // an object may claim another class through __class__ (mocks do); only
        // looked up when its class overrides object's
        AyValue claim = ayType_lookup(vm, vt, vm->s.__class__);
        if (claim && claim != ayType_lookup(vm, vm->t_object, vm->s.__class__)) {
            AyValue claimed = ayObj_getattr_opt(vm, v, vm->s.__class__);
            if (!claimed && ayErr_occurred(vm)) return -1;
            if (claimed && ayV_is_typeobj(vm, claimed) && ayType_is_subtype(AY_AS(AyType, claimed), ct)) return 1;
        }
        // A metaclass may define __instancecheck__ (abc.ABC does).
        AyType *meta = ayV_type(vm, cls);
        if (meta != vm->t_type) {
            AyValue chk = ayType_lookup(vm, meta, vm->s.__instancecheck__);
            if (chk) {
                AyValue r = ayObj_call2(vm, chk, cls, v);
                return r ? ayObj_truth(vm, r) : -1;
            }
        }
        return 0;
    }
    AyValue chk = ayObj_getattr_opt(vm, cls, vm->s.__instancecheck__);
    if (chk) {
        AyValue r = ayObj_call1(vm, chk, v);
        return r ? ayObj_truth(vm, r) : -1;
    }
    if (ayErr_occurred(vm)) return -1;
    ayErr_format(vm, AY_EXC(vm, TypeError),
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int ayObj_issubclass(AyVM *vm, AyValue derived, AyValue cls) {
    if (!check_class(vm, derived, "issubclass() arg 1 must be a class")) return -1;
    if (ayV_is_tuple(vm, cls)) {
        AyTuple *t = AY_AS(AyTuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            int r = ayObj_issubclass(vm, derived, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!ayV_is_typeobj(vm, cls)) {
        AyValue chk = ayObj_getattr_opt(vm, cls, vm->s.__subclasscheck__);
        if (chk) {
            AyValue r = ayObj_call1(vm, chk, derived);
            return r ? ayObj_truth(vm, r) : -1;
        }
        if (ayErr_occurred(vm)) return -1;
        ayErr_format(vm, AY_EXC(vm, TypeError),
                     "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    AyType *meta = ayV_type(vm, cls);
    if (meta != vm->t_type) {
        AyValue chk = ayType_lookup(vm, meta, vm->s.__subclasscheck__);
        if (chk) {
            AyValue r = ayObj_call2(vm, chk, cls, derived);
            return r ? ayObj_truth(vm, r) : -1;
        }
    }
    return ayType_is_subtype(AY_AS(AyType, derived), AY_AS(AyType, cls));
}

// }====

AyValue ayObj_seq_iter(AyVM *vm, AyValue v) { return seq_iter_new(vm, v); }

void ayAbstract_setup(AyVM *vm) {
    AyType *t = vm->t_seq_iterator;
    t->basic_size = sizeof(SeqGetIter);
    t->trace = seqget_trace;
    t->iter = iter_self;
    t->next = seqget_next;
}
