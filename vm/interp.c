// The dispatch loop. One C activation runs Python-to-Python calls without
// recursing (frames are pushed on the VM stack); C code calling back into Ay
// (ayEval_call_function) starts a nested activation whose entry frame returns
// to it.
//
// Invariants: while an instruction runs, `sp` is the live stack top; before
// anything that can run Ay code or collect garbage, SYNC() stores sp/ip in
// the frame so the collector and tracebacks see the current state.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "int.h"
#include "interp.h"
#include "match.h"
#include "native.h"
#include "opcodes.h"
#include "str.h"
#include "thread.h"
#include "vm.h"

AyValue ayImport_name(AyVM *vm, AyStr *name, AyDict *globals, AyValue fromlist, int level);
AyValue ayImport_from(AyVM *vm, AyValue module, AyStr *name);
int ayImport_star(AyVM *vm, AyValue module, AyFrame *frame);
AyValue ayFormat_value(AyVM *vm, AyValue v, AyValue spec);
AyValue ayFloat_binop(AyVM *vm, AyBinOp op, double x, double y);
AyValue ayIntrinsic_call(AyVM *vm, int which, AyValue v, AyFrame *frame);
AyValue ayGen_send_value(AyVM *vm, AyValue sub, AyValue value, int *done);
AyValue ayAwaitable_get(AyVM *vm, AyValue v, int where);
AyValue ayExcGroup_match(AyVM *vm, AyValue eg, AyValue type, AyValue *rest);
AyValue ayExcGroup_prep_reraise(AyVM *vm, AyValue orig, AyValue list);
AyValue ayBuiltins_build_class(AyVM *vm);
AyValue ayAsyncIter_get(AyVM *vm, AyValue v);
AyValue ayAsyncIter_next(AyVM *vm, AyValue v);
bool ayDict_merge_kwargs(AyVM *vm, AyDict *d, AyValue other, AyValue func);
AyValue aySuper_getattr(AyVM *vm, AyValue cls, AyValue self, AyStr *name, bool method, AyValue *self_out);

#ifndef AY_COMPUTED_GOTO
#define AY_COMPUTED_GOTO 1
#endif

// {==== frames

static AyValue recursion_error(AyVM *vm) {
    return ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
}

// Pushes a frame for `f` at the top of the VM stack with the arguments bound.
// Returns NULL (with an exception) on failure; nothing is pushed then.
static inline __attribute__((always_inline)) AyFrame *push_frame(AyVM *vm, AyFunction *f, AyValue *args, int nargs, AyValue kwnames) {
    AyCode *code = f->code;
    size_t words = AY_FRAME_WORDS(code);
    AyValue *base = vm->stack_top;
    if (vm->depth >= vm->recursion_limit || base + words + 256 > vm->stack_end) {
        recursion_error(vm);
        return NULL;
    }
    AyFrame *nf = (AyFrame *)base;
    nf->code = code;
    nf->func = f;
    nf->globals = f->globals;
    nf->builtins = f->builtins;
    nf->locals = AY_NULL;
    nf->gen = NULL;
    nf->entry = 0;
    nf->lasti = 0;
    nf->ip = code->code;
    AyValue *l = nf->localsplus;
    int n = code->nlocalsplus;
    if (!kwnames && nargs == code->argcount && !(code->flags & (AY_CO_VARARGS | AY_CO_VARKEYWORDS)) &&
        !code->kwonlyargcount) {
        for (int i = 0; i < nargs; i++) l[i] = args[i];
        for (int i = nargs; i < n; i++) l[i] = AY_NULL;
    } else {
        for (int i = 0; i < n; i++) l[i] = AY_NULL;
        // the frame is not linked yet, so binding errors leave nothing behind
        if (!ayFunc_bind(vm, f, l, args, nargs, kwnames)) return NULL;
    }
    nf->sp = l + n;
    nf->prev = vm->frame;
    vm->frame = nf;
    vm->stack_top = base + words;
    vm->depth++;
    return nf;
}

static void pop_frame(AyVM *vm, AyFrame *f) {
    vm->frame = f->prev;
    if (!f->gen) vm->stack_top = (AyValue *)f;
    vm->depth--;
}

AyValue ayEval_call_function(AyVM *vm, AyFunction *f, AyValue *args, int nargs, AyValue kwnames, AyValue locals) {
    AyFrame *nf = push_frame(vm, f, args, nargs, kwnames);
    if (!nf) return AY_NULL;
    nf->entry = 1;
    nf->locals = locals;
    return ayEval_frame(vm, nf);
}

AyValue ayEval_code(AyVM *vm, AyCode *code, AyDict *globals, AyValue locals) {
    size_t words = AY_FRAME_WORDS(code);
    AyValue *base = vm->stack_top;
    if (vm->depth >= vm->recursion_limit || base + words + 256 > vm->stack_end) return recursion_error(vm);
    AyFrame *nf = (AyFrame *)base;
    memset(nf, 0, sizeof(AyFrame));
    nf->code = code;
    nf->globals = globals;
    AyValue b = ayDict_get_str(vm, globals, vm->s.__builtins__);
    if (b && ayV_is_type(vm, b, vm->t_module)) nf->builtins = AY_AS(AyModule, b)->dict;
    else if (b && ayV_is_dict(vm, b)) nf->builtins = AY_AS(AyDict, b);
    else nf->builtins = vm->builtins;
    nf->locals = locals ? locals : ayV_from_obj(globals);
    nf->entry = 1;
    nf->ip = code->code;
    for (int i = 0; i < code->nlocalsplus; i++) nf->localsplus[i] = AY_NULL;
    nf->sp = nf->localsplus + code->nlocalsplus;
    nf->prev = vm->frame;
    vm->frame = nf;
    vm->stack_top = base + words;
    vm->depth++;
    return ayEval_frame(vm, nf);
}

bool ayEval_safepoint(AyVM *vm) {
    if (vm->gil_drop_request) ayThread_yield(vm);
    if (vm->interrupt && ayThread_is_main(vm)) {  // signals are handled in the main thread
        int what = vm->interrupt;
        vm->interrupt = 0;
        if (what >= AY_INTERRUPT_EXC) {  // ay_interrupt_with: a chosen exception
            ayErr_set(vm, ayV_from_obj(vm->exc_types[what - AY_INTERRUPT_EXC]));
            return false;
        }
        if (vm->run_signal_handlers) {
            if (!vm->run_signal_handlers(vm)) return false;
        } else {
            ayErr_set(vm, ayV_from_obj(AY_EXC(vm, KeyboardInterrupt)));
            return false;
        }
    }
    if (vm->budget_on && --vm->budget < 0) {  // ay_set_budget: stays exhausted until reset
        vm->budget = 0;
        AyValue msg = ayV_from_obj(ayStr_intern_c(vm, "instruction budget exhausted"));
        if (msg) ayErr_set_value(vm, AY_EXC(vm, KeyboardInterrupt), msg);
        return false;
    }
    if (vm->gc_requested) ayGC_collect(vm);
    return true;
}

// }====
// {==== helpers for opcodes

static AyValue name_error(AyVM *vm, AyStr *name) {
    AyValue msg = ayStr_from_fmt(vm, "name '%U' is not defined", name);
    if (!msg) return AY_NULL;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, NameError), &msg, 1);
    if (!exc) return AY_NULL;
    ayObj_generic_setattr(vm, exc, vm->s.name, ayV_from_obj(name));
    return ayErr_set(vm, exc);
}

static AyValue unbound_local(AyVM *vm, AyCode *code, int i) {
    return ayErr_format(vm, AY_EXC(vm, UnboundLocalError),
                        "cannot access local variable '%U' where it is not associated with a value",
                        code->localnames[i]);
}

static AyValue unbound_deref(AyVM *vm, AyCode *code, int i) {
    if (code->localkinds[i] & AY_FREE)
        return ayErr_format(vm, AY_EXC(vm, NameError),
                            "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                            code->localnames[i]);
    return unbound_local(vm, code, i);
}

// LOAD_GLOBAL slow path: look up and fill the inline cache.
static AyValue load_global(AyVM *vm, AyFrame *f, AyStr *name, AyInstr *cache) {
    int64_t ix = ayDict_find_str(f->globals, name);
    if (ix >= 0) {
        cache[0] = f->globals->version;
        cache[1] = f->builtins->version;
        cache[2] = (AyInstr)ix;
        return f->globals->entries[ix].value;
    }
    ix = ayDict_find_str(f->builtins, name);
    if (ix >= 0) {
        cache[0] = f->globals->version;
        cache[1] = f->builtins->version;
        cache[2] = (AyInstr)ix | 0x80000000u;
        return f->builtins->entries[ix].value;
    }
    return name_error(vm, name);
}

// Sets *v to `name`'s value in a namespace mapping, AY_NULL when absent;
// -1 when the lookup failed otherwise than with KeyError.
static int namespace_get(AyVM *vm, AyValue ns, AyStr *name, AyValue *v) {
    if (ayV_is_type(vm, ns, vm->t_dict)) {
        *v = ayDict_get_str(vm, AY_AS(AyDict, ns), name);
        return 0;
    }
    *v = ayObj_getitem(vm, ns, ayV_from_obj(name));
    if (*v) return 0;
    if (!ayErr_matches(vm, AY_EXC(vm, KeyError))) return -1;
    ayErr_clear(vm);
    return 0;
}

// A global or builtin `name`, or NameError.
static AyValue load_global_or_builtin(AyVM *vm, AyFrame *f, AyStr *name) {
    AyValue v = ayDict_get_str(vm, f->globals, name);
    if (v) return v;
    v = ayDict_get_str(vm, f->builtins, name);
    if (v) return v;
    return name_error(vm, name);
}

static AyValue load_name(AyVM *vm, AyFrame *f, AyStr *name) {
    AyValue v;
    if (namespace_get(vm, f->locals, name, &v) < 0) return AY_NULL;
    return v ? v : load_global_or_builtin(vm, f, name);
}

static int store_name(AyVM *vm, AyFrame *f, AyStr *name, AyValue v) {
    if (ayV_is_type(vm, f->locals, vm->t_dict)) return ayDict_set(vm, AY_AS(AyDict, f->locals), ayV_from_obj(name), v);
    return ayObj_setitem(vm, f->locals, ayV_from_obj(name), v);
}

// Normalises `raise X [from Y]` and sets the pending exception.
static void do_raise(AyVM *vm, AyValue exc, AyValue cause) {
    if (!exc) {
        if (!vm->exc_info || vm->exc_info == AY_NONE) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "No active exception to reraise");
            return;
        }
        vm->exc = vm->exc_info;
        return;
    }
    if (ayV_is_typeobj(vm, exc)) {
        if (!ayType_is_subtype(AY_AS(AyType, exc), AY_EXC(vm, BaseException))) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "exceptions must derive from BaseException");
            return;
        }
        exc = ayExc_new(vm, AY_AS(AyType, exc), NULL, 0);
        if (!exc) return;
        if (!ayV_is_exc(vm, exc)) {
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         "calling %R should have returned an instance of BaseException, not %T", exc, exc);
            return;
        }
    } else if (!ayV_is_exc(vm, exc)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        if (ayV_is_typeobj(vm, cause)) {
            cause = ayExc_new(vm, AY_AS(AyType, cause), NULL, 0);
            if (!cause) return;
        } else if (cause != AY_NONE && !ayV_is_exc(vm, cause)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "exception causes must derive from BaseException");
            return;
        }
        AyExc *e = AY_AS(AyExc, exc);
        e->cause = cause == AY_NONE ? AY_NULL : cause;
        e->suppress_context = 1;
    }
    ayErr_set(vm, exc);
}

static int exc_match_check(AyVM *vm, AyValue type) {
    if (ayV_is_tuple(vm, type)) {
        AyTuple *t = AY_AS(AyTuple, type);
        for (int64_t i = 0; i < t->len; i++)
            if (exc_match_check(vm, t->items[i]) < 0) return -1;
        return 0;
    }
    if (!ayV_is_typeobj(vm, type) || !ayType_is_subtype(AY_AS(AyType, type), AY_EXC(vm, BaseException))) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

static bool exc_matches(AyVM *vm, AyValue exc, AyValue type) {
    if (ayV_is_tuple(vm, type)) {
        AyTuple *t = AY_AS(AyTuple, type);
        for (int64_t i = 0; i < t->len; i++)
            if (exc_matches(vm, exc, t->items[i])) return true;
        return false;
    }
    return ayType_is_subtype(ayV_type(vm, exc), AY_AS(AyType, type));
}

static AyValue unpack_error(AyVM *vm, int64_t expected, int64_t got, bool at_least) {
    if (got < expected)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "not enough values to unpack (expected %s%lld, got %lld)",
                            at_least ? "at least " : "", (long long)expected, (long long)got);
    return ayErr_format(vm, AY_EXC(vm, ValueError), "too many values to unpack (expected %lld)", (long long)expected);
}

// UNPACK_SEQUENCE / UNPACK_EX: writes the items (last item first, as the
// stack expects) to out[0..]; returns false on error.
static bool unpack(AyVM *vm, AyValue seq, int before, int after, bool star, AyValue *out) {
    AyValue *items;
    int64_t n;
    if (!ayV_is_type(vm, seq, vm->t_tuple) && !ayV_is_type(vm, seq, vm->t_list)) {  // subclasses iterate
        AyType *t = ayV_type(vm, seq);
        if (!t->iter && !t->getitem) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot unpack non-iterable %s object", ayType_name(t));
            return false;
        }
        if (!star) {
            // iterate only as far as needed, so infinite iterators fail cleanly
            AyValue it = ayObj_iter(vm, seq);
            if (!it) return false;
            ayGC_push_root(vm, it);
            int64_t i = 0;
            for (; i <= before; i++) {
                AyValue v = ayObj_next(vm, it);
                if (!v) {
                    ayGC_pop_roots(vm, 1 + (size_t)i);
                    if (ayErr_occurred(vm)) return false;
                    if (i == before) return true;  // exactly `before` items
                    unpack_error(vm, before, i, false);
                    return false;
                }
                if (i == before) {
                    ayGC_pop_roots(vm, 1 + (size_t)i);
                    unpack_error(vm, before, before + 1, false);
                    return false;
                }
                out[before - 1 - i] = v;
                ayGC_push_root(vm, v);
            }
            ayGC_pop_roots(vm, 1 + (size_t)i);
            return true;
        }
        seq = ayObj_to_list(vm, seq);
        if (!seq) return false;
    }
    if (ayV_is_tuple(vm, seq)) {
        items = AY_AS(AyTuple, seq)->items;
        n = AY_AS(AyTuple, seq)->len;
    } else {
        items = AY_AS(AyList, seq)->items;
        n = AY_AS(AyList, seq)->len;
    }
    if (!star) {
        if (n != before) {
            unpack_error(vm, before, n, false);
            return false;
        }
        for (int64_t i = 0; i < n; i++) out[n - 1 - i] = items[i];
        return true;
    }
    if (n < before + after) {
        unpack_error(vm, before + after, n, true);
        return false;
    }
    AyValue mid = ayList_from_items(vm, items + before, n - before - after);
    if (!mid) return false;
    int total = before + 1 + after;
    for (int i = 0; i < before; i++) out[total - 1 - i] = items[i];
    out[after] = mid;
    for (int i = 0; i < after; i++) out[after - 1 - i] = items[n - after + i];
    return true;
}

static AyValue make_function(AyVM *vm, AyFrame *f, AyCode *code, int flags, AyValue *popped) {
    AyFunction *fn = ayFunc_new(vm, code, f->globals);
    if (!fn) return AY_NULL;
    fn->builtins = f->builtins;
    int k = 0;
    // popped holds, in push order: defaults, kwdefaults, annotations, closure
    if (flags & 1) fn->defaults = AY_AS(AyTuple, popped[k++]);
    if (flags & 2) fn->kwdefaults = AY_AS(AyDict, popped[k++]);
    if (flags & 4) fn->annotations = popped[k++];
    if (flags & 8) fn->closure = AY_AS(AyTuple, popped[k++]);
    return ayV_from_obj(fn);
}

static AyValue special_lookup(AyVM *vm, AyValue obj, AyStr *name) {
    AyValue d = ayType_lookup(vm, ayV_type(vm, obj), name);
    if (!d) return AY_NULL;
    AyType *dt = ayV_type(vm, d);
    if (dt->descr_get) return dt->descr_get(vm, d, obj, ayV_from_obj(ayV_type(vm, obj)));
    return d;
}

// BEFORE_WITH: [mgr] -> [bound __exit__, __enter__()]
static bool before_with(AyVM *vm, AyValue mgr, AyValue *exit_out, AyValue *enter_out, bool is_async) {
    AyValue enter = special_lookup(vm, mgr, is_async ? vm->s.__aenter__ : vm->s.__enter__);
    if (!enter) {
        if (!ayErr_occurred(vm))
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         is_async ? "'%T' object does not support the asynchronous context manager protocol"
                                  : "'%T' object does not support the context manager protocol",
                         mgr);
        return false;
    }
    ayGC_push_root(vm, enter);
    AyValue exit = special_lookup(vm, mgr, is_async ? vm->s.__aexit__ : vm->s.__exit__);
    if (!exit) {
        ayGC_pop_roots(vm, 1);
        if (!ayErr_occurred(vm))
            ayErr_format(vm, AY_EXC(vm, TypeError),
                         is_async ? "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                  : "'%T' object does not support the context manager protocol (missed __exit__ method)",
                         mgr);
        return false;
    }
    ayGC_push_root(vm, exit);
    AyValue r = ayObj_call0(vm, enter);
    ayGC_pop_roots(vm, 2);
    if (!r) return false;
    *exit_out = exit;
    *enter_out = r;
    return true;
}

// The inline cache of LOAD_ATTR and STORE_ATTR: [type tag, type epoch (low
// 32 bits), where, second type tag]. A matching tag and epoch mean the type
// uses generic attribute access and either has a writable __slots__ member
// for the name (`where` is SLOT_HINT | its offset) or has an instance dict
// and no data descriptor for the name, so the instance dict decides (`where`
// is a hint to the entry, checked on use). The second tag serves sites that
// see several classes (a method inherited by subclasses): the first type
// seen keeps the first tag, later ones take turns in the second; types
// whose `where` would differ for a slot replace both.
#define SLOT_HINT 0x80000000u

static bool attr_cache_fill(AyVM *vm, AyValue obj, AyStr *name, AyInstr *cache);

// Whether the attribute cache holds obj's type (filling it when the type is
// new to the site and cacheable); then `where` (cache[2]) tells the slot or
// the dict hint.
static inline bool attr_cache_hit(AyVM *vm, AyValue obj, AyStr *name, AyInstr *cache) {
    if (!ayV_is_obj(obj)) return false;
    AyType *t = ayV_obj(obj)->type;
    if ((cache[0] == t->tag || cache[3] == t->tag) && cache[1] == (uint32_t)vm->type_epoch) return true;
    // another type at this site, or types changed: re-check it through the type cache
    return cache[0] && attr_cache_fill(vm, obj, name, cache);
}

// Types whose instances find attributes the generic way, in a dict at a
// fixed offset or in none (a dict after variable-sized items is found the
// slow way, keeping hits one load).
static bool plain_attribute_type(AyType *t) {
    return t->getattr == ayObj_generic_getattr && t->dict_offset != AY_DICT_AFTER_ITEMS;
}

// Where a cache of two entries `width` slots apart takes type t, `first`
// being the first entry's tag: the first entry while the cache is empty or
// stale, else the second (so a site's first type is never evicted).
static AyInstr *cache_way_for(AyVM *vm, AyInstr *epoch, AyInstr *first, int width, AyType *t) {
    if (*epoch != (uint32_t)vm->type_epoch) {
        *epoch = (uint32_t)vm->type_epoch;
        first[width] = 0;
        return first;
    }
    return !first[0] || first[0] == t->tag ? first : first + width;
}

static bool attr_cache_fill(AyVM *vm, AyValue obj, AyStr *name, AyInstr *cache) {
    if (!ayV_is_obj(obj) || !name->interned) return false;
    AyType *t = ayV_obj(obj)->type;
    if (!plain_attribute_type(t) || t->setattr != ayObj_generic_setattr) return false;
    AyValue descr = ayType_lookup(vm, t, name);
    uint32_t offset = descr ? ayMember_writable_offset(vm, descr, t) : 0;
    if (!offset && (!t->dict_offset || (descr && ayV_type(vm, descr)->descr_set))) return false;
    uint32_t where = offset ? SLOT_HINT | offset : 0;
    bool current = cache[1] == (uint32_t)vm->type_epoch;
    if (current && cache[0] && ((cache[2] | where) & SLOT_HINT) && cache[2] != where)
        cache[1] = 0;  // the other cached type's slot or dict would be misread: start over
    // the tags sit 3 slots apart, around the epoch and `where`
    *cache_way_for(vm, cache + 1, cache, 3, t) = t->tag;
    if (where || (cache[2] & SLOT_HINT)) cache[2] = where;
    return true;
}

// Whether entry `hint` of d holds the key `name` (an interned name).
static inline bool entry_at_hint(const AyDict *d, AyStr *name, uint32_t hint) {
    return hint < d->nentries && d->entries[hint].key == ayV_from_obj(name);
}

// The entry of `name` in a dict, trying the cached index first (and caching
// where it was found).
static inline int64_t find_with_hint(AyDict *d, AyStr *name, AyInstr *hint) {
    uint32_t ix = *hint;
    if (entry_at_hint(d, name, ix)) return ix;
    int64_t j = ayDict_find_str(d, name);
    if (j >= 0) *hint = (AyInstr)j;
    return j;
}

// The instance dict of an object whose type keeps one at a fixed offset
// (NULL until made), and a slot member the attribute cache located.
static inline AyDict *instance_dict(AyObj *o) { return *(AyDict **)((char *)o + o->type->dict_offset); }
static inline AyValue *cached_slot(AyObj *o, AyInstr where) { return (AyValue *)((char *)o + (where & ~SLOT_HINT)); }

// STORE_ATTR at a cache hit: into the slot, or over the instance dict's
// entry; false when the dict has no such entry yet (the slow path adds it).
static inline bool store_cached_attr(AyObj *o, AyStr *name, AyInstr *cache, AyValue v) {
    if (cache[2] & SLOT_HINT) {
        *cached_slot(o, cache[2]) = v;
        return true;
    }
    AyDict *d = instance_dict(o);
    int64_t ix = d ? find_with_hint(d, name, cache + 2) : -1;
    if (ix < 0) return false;
    d->entries[ix].value = v;
    return true;
}

// A module's attribute from its dict, which comes first for modules
// (module_getattr); AY_NULL when obj is no plain module or lacks it.
static inline AyValue module_attr(AyVM *vm, AyValue obj, AyStr *name, AyInstr *hint) {
    if (!ayV_is_type(vm, obj, vm->t_module)) return AY_NULL;
    AyDict *d = AY_AS(AyModule, obj)->dict;
    int64_t ix = find_with_hint(d, name, hint);
    return ix >= 0 ? d->entries[ix].value : AY_NULL;
}

// The inline cache of LOAD_METHOD: [type epoch, then two entries of (type
// tag, the method found on the type as an AyValue in two halves), then an
// entry hint for module attributes]. While the epoch holds, the type's
// namespace is unchanged, so the method is still there and alive; only the
// instance dict can still shadow it.
static inline AyValue method_cache_hit(AyVM *vm, AyValue obj, AyStr *name, const AyInstr *cache) {
    if (!ayV_is_obj(obj) || cache[0] != (uint32_t)vm->type_epoch) return AY_NULL;
    AyObj *o = ayV_obj(obj);
    AyType *t = o->type;
    const AyInstr *way = cache[1] == t->tag ? cache + 1 : cache[4] == t->tag ? cache + 4 : NULL;
    if (!way) return AY_NULL;
    AyDict *d = t->dict_offset ? instance_dict(o) : NULL;
    if (d && ayDict_find_str(d, name) >= 0) return AY_NULL;
    return (AyValue)way[1] | (AyValue)way[2] << 32;
}

// LOAD_METHOD's slow path: a plain function or method descriptor found on the
// type (and not shadowed by the instance) is pushed unbound with self.
static AyValue load_method(AyVM *vm, AyValue obj, AyStr *name, AyValue *self_out, AyInstr *cache) {
    AyType *t = ayV_type(vm, obj);
    if (t->getattr == ayObj_generic_getattr) {
        AyValue d = ayType_lookup(vm, t, name);
        if (d) {
            AyType *dt = ayV_type(vm, d);
            if (dt == vm->t_function || (dt == vm->t_method_descriptor && !(AY_AS(AyNative, d)->flags & (AY_NATIVE_CLASSMETHOD | AY_NATIVE_STATIC)))) {
                AyDict **slot = ayV_is_obj(obj) ? ayObj_dict_slot(ayV_obj(obj)) : NULL;
                if (!slot || !*slot || !ayDict_get_str(vm, *slot, name)) {
                    if (ayV_is_obj(obj) && plain_attribute_type(t) && name->interned) {
                        AyInstr *way = cache_way_for(vm, cache, cache + 1, 3, t);
                        way[0] = t->tag;
                        way[1] = (AyInstr)d;
                        way[2] = (AyInstr)(d >> 32);
                    }
                    *self_out = obj;
                    return d;
                }
            }
        }
    }
    *self_out = AY_NULL;
    return ayObj_getattr(vm, obj, name);
}

// }====
// {==== the loop

// A generator that FOR_ITER ran in the loop yields, returns or fails: the
// bookkeeping ayGen_resume does after its C call.
static void leave_inline_gen(AyVM *vm, AyGen *g) {
    AyFrame *f = &g->frame;
    g->exc_state = vm->exc_info != g->caller_exc_info ? vm->exc_info : AY_NULL;
    vm->exc_info = g->caller_exc_info;
    g->caller_exc_info = AY_NULL;
    vm->frame = f->prev;
    vm->depth--;
    f->prev = NULL;
    f->entry = 1;
}

// Arithmetic on two small ints whose result is a small int (or a float for
// true division); false leaves the rest (overflow, zero divisors, pow, shifts)
// to the generic path.
static inline bool small_int_binop(uint32_t op, int64_t x, int64_t y, AyValue *r) {
    int64_t z;
    switch (op) {
    case AY_BINOP_ADD: z = x + y; break;
    case AY_BINOP_SUB: z = x - y; break;
    case AY_BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &z)) return false;
        break;
    case AY_BINOP_MOD:
        if (y > 0 && x >= 0) z = x % y;
        else if (y != 0) z = ayInt_mod_i64(x, y);
        else return false;
        break;
    case AY_BINOP_FLOORDIV:
        if (y > 0 && x >= 0) z = x / y;
        else if (y != 0 && !(x == AY_SMALL_MIN && y == -1)) z = ayInt_floordiv_i64(x, y);
        else return false;
        break;
    case AY_BINOP_AND: z = x & y; break;
    case AY_BINOP_OR: z = x | y; break;
    case AY_BINOP_XOR: z = x ^ y; break;
    case AY_BINOP_TRUEDIV:
        if (y == 0) return false;
        *r = ayV_from_float((double)x / (double)y);
        return true;
    default: return false;
    }
    if (!ayV_fits_small(z)) return false;
    *r = ayV_small(z);
    return true;
}

static inline bool compare_ints(int op, int64_t x, int64_t y) {
    switch (op) {
    case AY_LT: return x < y;
    case AY_LE: return x <= y;
    case AY_EQ: return x == y;
    case AY_NE: return x != y;
    case AY_GT: return x > y;
    default: return x >= y;
    }
}

#ifndef NDEBUG
static void stack_overflow_bug(AyCode *code) {
    fprintf(stderr, "ay: internal error: operand stack overflow in %s (stacksize %d)\n", code->name->data, code->stacksize);
    abort();
}
#endif

AyValue ayEval_frame(AyVM *vm, AyFrame *frame) {
#if AY_COMPUTED_GOTO
    static const void *const labels[AY_OPCODE_COUNT] = {
#define LABEL(name, pops, pushes, cache) &&op_##name,
        AY_OPCODES(LABEL)
#undef LABEL
    };
#define TARGET(name) op_##name:
#define DISPATCH() do { CHECK_STACK(); cur = ip; ins = *ip++; oparg = (int)AY_OPARG(ins); goto *labels[AY_OPCODE(ins)]; } while (0)
#else
#define TARGET(name) case AY_OP_##name:
#define DISPATCH() goto dispatch
#endif
    AyCode *code;
    AyInstr *ip, *cur, ins;
    AyValue *sp, *locals;
    AyValue *consts;
    int oparg;
    AyValue cmp_result;  // COMPARE_OP's result, also reached from COMPARE_OP_SMALL's fast path
    AyValue entry_exc_info = vm->exc_info;
    (void)entry_exc_info;

#define LOAD_FRAME() do { \
        code = frame->code; ip = frame->ip; sp = frame->sp; \
        locals = frame->localsplus; consts = code->consts; } while (0)
#define SYNC() do { frame->sp = sp; frame->ip = ip; } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define ERROR_IF(cond) do { if (cond) goto error; } while (0)
#define NAME(i) (code->names[i])
#define SKIP_CACHE(n) (ip += (n))
#ifdef NDEBUG
#define CHECK_STACK() ((void)0)
#else
// debug builds check the compiler's stack-depth accounting at every instruction
#define CHECK_STACK() do { if (sp > locals + code->nlocalsplus + code->stacksize) stack_overflow_bug(code); } while (0)
#endif

    vm->c_depth++;
    if (vm->c_depth > 200 + vm->recursion_limit / 4 + 100) {
        recursion_error(vm);
        vm->c_depth--;
        pop_frame(vm, frame);
        return AY_NULL;
    }
    LOAD_FRAME();
    cur = ip > code->code ? ip - 1 : ip;
    // A generator resumed by throw() raises at its suspension point.
    if (vm->exc) goto error;
    if (vm->attention) {
        SYNC();
        if (!ayEval_safepoint(vm)) goto error;
    }
#if AY_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    CHECK_STACK();
    cur = ip;
    ins = *ip++;
    oparg = (int)AY_OPARG(ins);
    switch (AY_OPCODE(ins)) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(EXTENDED_ARG) DISPATCH();

    TARGET(POP_TOP) {
        sp--;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(AY_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        AyValue v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        AyValue t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_SMALL_INT) {
        PUSH(ayV_small((int64_t)oparg - (1 << 23)));
        DISPATCH();
    }

    // {==== locals
    TARGET(LOAD_FAST)
    TARGET(LOAD_FAST_CHECK) {
        AyValue v = locals[oparg];
        if (!v) {
            SYNC();
            unbound_local(vm, code, (int)oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST) {
        AyValue a = locals[oparg], b = locals[*ip];
        if (!a || !b) {
            if (a) cur = ip;  // the second load's position
            SYNC();
            unbound_local(vm, code, a ? (int)*ip : oparg);
            goto error;
        }
        ip++;
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
    }
    TARGET(LOAD_FAST_AND_CLEAR) {
        PUSH(locals[oparg]);
        locals[oparg] = AY_NULL;
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        locals[oparg] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!locals[oparg]) {
            SYNC();
            unbound_local(vm, code, (int)oparg);
            goto error;
        }
        locals[oparg] = AY_NULL;
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        AyCell *c = ayCell_new(vm, locals[oparg]);
        ERROR_IF(!c);
        locals[oparg] = ayV_from_obj(c);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        AyTuple *closure = frame->func->closure;
        int first = code->nlocalsplus - (int)oparg;
        for (int i = 0; i < oparg; i++) locals[first + (int)i] = closure->items[i];
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        AyValue v = AY_AS(AyCell, locals[oparg])->value;
        if (!v) {
            SYNC();
            unbound_deref(vm, code, (int)oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        uint32_t idx = oparg & 0xFFF;
        AyStr *name = NAME(oparg >> 12);
        AyValue v = AY_NULL;
        if (ayV_is_dict(vm, frame->locals)) v = ayDict_get_str(vm, AY_AS(AyDict, frame->locals), name);
        if (!v) v = AY_AS(AyCell, locals[idx])->value;
        if (!v) {
            SYNC();
            unbound_deref(vm, code, (int)idx);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        PUSH(frame->locals);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
        SYNC();
        AyValue v;
        ERROR_IF(namespace_get(vm, TOP(), NAME(oparg), &v) < 0);
        if (!v) v = load_global_or_builtin(vm, frame, NAME(oparg));
        ERROR_IF(!v);
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        SYNC();
        AyValue v;
        ERROR_IF(namespace_get(vm, TOP(), code->localnames[oparg], &v) < 0);
        if (!v) v = AY_AS(AyCell, locals[oparg])->value;
        if (!v) {
            unbound_deref(vm, code, (int)oparg);
            goto error;
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        AY_AS(AyCell, locals[oparg])->value = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        AyCell *c = AY_AS(AyCell, locals[oparg]);
        if (!c->value) {
            SYNC();
            unbound_deref(vm, code, (int)oparg);
            goto error;
        }
        c->value = AY_NULL;
        DISPATCH();
    }
    // }====
    // {==== names
    TARGET(LOAD_NAME) {
        // module-level code: a plain dict namespace (the globals), then the
        // builtins, each tried at the entry found last time first
        AyValue ns = frame->locals;
        if (ayV_is_type(vm, ns, vm->t_dict)) {
            AyDict *d = AY_AS(AyDict, ns);
            int64_t ix = find_with_hint(d, NAME(oparg), ip);
            if (ix < 0 && d == frame->globals) {
                d = frame->builtins;
                ix = find_with_hint(d, NAME(oparg), ip + 1);
            }
            if (ix >= 0) {
                PUSH(d->entries[ix].value);
                SKIP_CACHE(2);
                DISPATCH();
            }
        }
        SYNC();
        AyValue v = load_name(vm, frame, NAME(oparg));
        ERROR_IF(!v);
        PUSH(v);
        SKIP_CACHE(2);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        AyValue ns = frame->locals;
        bool plain = ayV_is_type(vm, ns, vm->t_dict) && !AY_AS(AyDict, ns)->of_type;
        if (plain) {  // rebinding a module-level name: straight into its entry
            AyDict *d = AY_AS(AyDict, ns);
            if (entry_at_hint(d, NAME(oparg), *ip)) {
                d->entries[*ip].value = POP();
                SKIP_CACHE(1);
                DISPATCH();
            }
        }
        SYNC();
        AyValue v = POP();
        ERROR_IF(store_name(vm, frame, NAME(oparg), v) < 0);
        if (plain) find_with_hint(AY_AS(AyDict, ns), NAME(oparg), ip);  // where it went, for next time
        SKIP_CACHE(1);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SYNC();
        AyStr *name = NAME(oparg);
        int r = ayV_is_dict(vm, frame->locals) ? ayDict_del(vm, AY_AS(AyDict, frame->locals), ayV_from_obj(name))
                                               : ayObj_delitem(vm, frame->locals, ayV_from_obj(name)) == 0;
        if (r == 0) {
            if (ayErr_matches(vm, AY_EXC(vm, KeyError))) ayErr_clear(vm);
            if (!ayErr_occurred(vm)) name_error(vm, name);
        }
        ERROR_IF(r <= 0);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        AyDict *g = frame->globals, *b = frame->builtins;
        AyValue v;
        if (ip[0] == g->version && ip[1] == b->version && ip[0]) {
            uint32_t ix = ip[2];
            v = (ix & 0x80000000u) ? b->entries[ix & 0x7FFFFFFFu].value : g->entries[ix].value;
        } else {
            SYNC();
            v = load_global(vm, frame, NAME(oparg >> 1), ip);
            ERROR_IF(!v);
        }
        SKIP_CACHE(3);
        PUSH(v);
        if (oparg & 1) PUSH(AY_NULL);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        SYNC();
        AyValue v = POP();
        ERROR_IF(ayDict_set(vm, frame->globals, ayV_from_obj(NAME(oparg)), v) < 0);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SYNC();
        int r = ayDict_del(vm, frame->globals, ayV_from_obj(NAME(oparg)));
        if (r == 0) name_error(vm, NAME(oparg));
        ERROR_IF(r <= 0);
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        SYNC();
        AyValue obj = TOP();
        AyStr *name = NAME(oparg);
        AyValue m = module_attr(vm, obj, name, ip + 2);
        if (m) {
            TOP() = m;
            SKIP_CACHE(4);
            DISPATCH();
        }
        if (attr_cache_hit(vm, obj, name, ip)) {
            AyObj *o = ayV_obj(obj);
            AyValue v = AY_NULL;
            if (ip[2] & SLOT_HINT) {
                v = *cached_slot(o, ip[2]);  // unset: the slow path raises
            } else {
                AyDict *d = instance_dict(o);
                int64_t ix = d ? find_with_hint(d, name, ip + 2) : -1;
                if (ix >= 0) {
                    v = d->entries[ix].value;
                } else if ((v = ayType_lookup(vm, o->type, name))) {
                    // not in the instance: the class's (a constant, or a method to bind)
                    AyType *vt = ayV_type(vm, v);
                    if (vt->descr_get) v = vt->descr_get(vm, v, obj, ayV_from_obj(o->type));
                    ERROR_IF(!v);
                }
            }
            if (v) {
                TOP() = v;
                SKIP_CACHE(4);
                DISPATCH();
            }
        }
        AyValue v = ayObj_getattr(vm, obj, name);
        ERROR_IF(!v);
        attr_cache_fill(vm, obj, name, ip);
        TOP() = v;
        SKIP_CACHE(4);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SYNC();
        AyValue obj = TOP();
        AyStr *name = NAME(oparg);
        AyValue m = method_cache_hit(vm, obj, name, ip), self = obj;
        if (!m && (m = module_attr(vm, obj, name, ip + 7))) self = AY_NULL;  // `math.sqrt(x)`
        if (!m) {
            m = load_method(vm, obj, name, &self, ip);
            if (!m) {
                ayErr_set_attribute_context(vm, obj, name);
                goto error;
            }
        }
        TOP() = m;
        PUSH(self);
        SKIP_CACHE(8);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SYNC();
        AyValue obj = PEEK(1), v = PEEK(2);
        AyStr *name = NAME(oparg);
        if (attr_cache_hit(vm, obj, name, ip) && store_cached_attr(ayV_obj(obj), name, ip, v)) {
            sp -= 2;
            SKIP_CACHE(4);
            DISPATCH();
        }
        ERROR_IF(ayObj_setattr(vm, obj, name, v) < 0);
        attr_cache_fill(vm, obj, name, ip);
        sp -= 2;
        SKIP_CACHE(4);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SYNC();
        ERROR_IF(ayObj_setattr(vm, TOP(), NAME(oparg), AY_NULL) < 0);
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_SUPER_ATTR) {
        SYNC();
        AyValue self_out = AY_NULL;
        AyValue v = aySuper_getattr(vm, PEEK(2), PEEK(1), NAME(oparg >> 1), oparg & 1, &self_out);
        ERROR_IF(!v);
        sp -= 3;
        PUSH(v);
        if (oparg & 1) PUSH(self_out);
        DISPATCH();
    }
    // }====
    // {==== operators
    TARGET(BINARY_OP_SMALL) {
        // `i + 1`, `n % 7`: small-int arithmetic without pushing the constant
        int64_t k = (int32_t)*ip++;
        if (ayV_is_int(TOP())) {
            AyValue r;
            if (small_int_binop(oparg >= AY_BINOP_COUNT ? oparg - AY_BINOP_COUNT : oparg, ayV_int(TOP()), k, &r)) {
                TOP() = r;
                DISPATCH();
            }
        }
        PUSH(ayV_small(k));
        goto binary_op;
    }
    // `a + b`, `a - b`, `a * b`, `a / b` with the operator fixed at compile
    // time: two small ints or two floats need no dispatch on the operator;
    // anything else goes the general way.
#define ARITH_TARGET(name, binop, op, float_ok)                                          \
    TARGET(name) {                                                                        \
        AyValue b = PEEK(1), a = PEEK(2), r;                                              \
        if (ayV_both_int(a, b)) {                                                         \
            if (small_int_binop(binop, ayV_int(a), ayV_int(b), &r)) {                     \
                sp--;                                                                     \
                TOP() = r;                                                                \
                DISPATCH();                                                               \
            }                                                                             \
        } else if (ayV_is_float(a) && ayV_is_float(b) && (float_ok)) {                    \
            sp--;                                                                         \
            TOP() = ayV_from_float(ayV_float(a) op ayV_float(b));                         \
            DISPATCH();                                                                   \
        }                                                                                 \
        oparg = binop + (oparg ? AY_BINOP_COUNT : 0);                                     \
        goto binary_op;                                                                   \
    }
    ARITH_TARGET(BINARY_ADD, AY_BINOP_ADD, +, true)
    ARITH_TARGET(BINARY_SUBTRACT, AY_BINOP_SUB, -, true)
    ARITH_TARGET(BINARY_MULTIPLY, AY_BINOP_MUL, *, true)
    ARITH_TARGET(BINARY_TRUE_DIVIDE, AY_BINOP_TRUEDIV, /, ayV_float(b) != 0.0)
#undef ARITH_TARGET
    TARGET(BINARY_OP) {
    binary_op:;
        AyValue b = PEEK(1), a = PEEK(2), r;
        uint32_t op = oparg >= AY_BINOP_COUNT ? oparg - AY_BINOP_COUNT : oparg;
        if (ayV_both_int(a, b)) {
            if (small_int_binop(op, ayV_int(a), ayV_int(b), &r)) goto binop_done;
        } else if (ayV_is_float(a) || ayV_is_float(b)) {
            double x, y;
            if (ayV_is_float(a) && ayV_is_float(b)) { x = ayV_float(a); y = ayV_float(b); }
            else if (ayV_is_float(a) && ayV_is_int(b)) { x = ayV_float(a); y = (double)ayV_int(b); }
            else if (ayV_is_int(a) && ayV_is_float(b)) { x = (double)ayV_int(a); y = ayV_float(b); }
            else goto binop_generic;
            switch (op) {
            case AY_BINOP_ADD: r = ayV_from_float(x + y); goto binop_done;
            case AY_BINOP_SUB: r = ayV_from_float(x - y); goto binop_done;
            case AY_BINOP_MUL: r = ayV_from_float(x * y); goto binop_done;
            case AY_BINOP_TRUEDIV:
                if (y != 0.0) { r = ayV_from_float(x / y); goto binop_done; }
                break;
            case AY_BINOP_POW:
                if (y == 0.5 && x >= 0) { r = ayV_from_float(sqrt(x)); goto binop_done; }
                break;
            default: break;
            }
            SYNC();
            r = ayFloat_binop(vm, (AyBinOp)op, x, y);
            ERROR_IF(!r);
            goto binop_done;
        } else if (op == AY_BINOP_ADD && ayV_is_type(vm, a, vm->t_str) && ayV_is_type(vm, b, vm->t_str)) {
            r = ayStr_concat(vm, AY_STR(a), AY_STR(b));
            ERROR_IF(!r);
            goto binop_done;
        }
    binop_generic:
        SYNC();
        r = oparg >= AY_BINOP_COUNT ? ayObj_inplace(vm, (AyBinOp)op, a, b) : ayObj_binop(vm, (AyBinOp)op, a, b);
        ERROR_IF(!r);
    binop_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        AyValue v = TOP();
        if (ayV_is_int(v) && ayV_int(v) != AY_SMALL_MIN) {
            TOP() = ayV_small(-ayV_int(v));
        } else if (ayV_is_float(v)) {
            TOP() = ayV_from_float(-ayV_float(v));
        } else {
            SYNC();
            AyValue r = ayObj_neg(vm, v);
            ERROR_IF(!r);
            TOP() = r;
        }
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SYNC();
        AyValue r = ayObj_pos(vm, TOP());
        ERROR_IF(!r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SYNC();
        AyValue r = ayObj_invert(vm, TOP());
        ERROR_IF(!r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        AyValue v = TOP();
        if (v == AY_TRUE) TOP() = AY_FALSE;
        else if (v == AY_FALSE || v == AY_NONE) TOP() = AY_TRUE;
        else {
            SYNC();
            int t = ayObj_truth(vm, v);
            ERROR_IF(t < 0);
            TOP() = ayV_bool(!t);
        }
        DISPATCH();
    }
    TARGET(COMPARE_OP_SMALL) {
        // `n < 2`: compares without pushing the constant when n is a small int
        int64_t k = (int32_t)*ip++;
        if (ayV_is_int(TOP())) {
            cmp_result = ayV_bool(compare_ints(oparg, ayV_int(TOP()), k));
            goto compare_done;
        }
        PUSH(ayV_small(k));
        goto compare_op;
    }
    TARGET(COMPARE_OP) {
    compare_op:;
        AyValue b = PEEK(1), a = PEEK(2), r;
        if (ayV_both_int(a, b)) {
            r = ayV_bool(compare_ints(oparg, ayV_int(a), ayV_int(b)));
        } else if (ayV_is_float(a) && ayV_is_float(b)) {
            double x = ayV_float(a), y = ayV_float(b);
            bool res;
            switch (oparg) {
            case AY_LT: res = x < y; break;
            case AY_LE: res = x <= y; break;
            case AY_EQ: res = x == y; break;
            case AY_NE: res = x != y; break;
            case AY_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            r = ayV_bool(res);
        } else {
            SYNC();
            r = ayObj_richcmp(vm, a, b, (AyCmp)oparg);
            ERROR_IF(!r);
        }
        sp--;
        cmp_result = r;
    compare_done:
        r = cmp_result;
        // a comparison feeding a conditional jump (`if a < b:`) branches at once
        if (r == AY_TRUE || r == AY_FALSE) {
            AyInstr next = *ip;
            if (AY_OPCODE(next) == AY_OP_POP_JUMP_IF_FALSE || AY_OPCODE(next) == AY_OP_POP_JUMP_IF_TRUE) {
                sp--;
                ip++;
                if ((r == AY_TRUE) == (AY_OPCODE(next) == AY_OP_POP_JUMP_IF_TRUE)) ip = code->code + AY_OPARG(next);
                DISPATCH();
            }
        }
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        AyValue b = POP();
        bool same = TOP() == b;
        // floats are unboxed: `is` on them compares values (they are immutable)
        TOP() = ayV_bool(oparg ? !same : same);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SYNC();
        AyValue c = PEEK(1), item = PEEK(2);
        int r = ayObj_contains(vm, c, item);
        ERROR_IF(r < 0);
        sp--;
        TOP() = ayV_bool(oparg ? !r : r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR_SMALL) {
        PUSH(ayV_small((int32_t)*ip));
        ip++;
        goto binary_subscr;
    }
    TARGET(BINARY_SUBSCR) {
    binary_subscr:;
        AyValue key = PEEK(1), c = PEEK(2), r;
        if (ayV_is_int(key) && ayV_is_obj(c) && ayV_obj(c)->type == vm->t_list) {
            AyList *l = AY_AS(AyList, c);
            int64_t i = ayV_int(key);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) {
                r = l->items[i];
                goto subscr_done;
            }
        } else if (ayV_is_int(key) && ayV_is_obj(c) && ayV_obj(c)->type == vm->t_tuple) {
            AyTuple *t = AY_AS(AyTuple, c);
            int64_t i = ayV_int(key);
            if (i < 0) i += t->len;
            if ((uint64_t)i < (uint64_t)t->len) {
                r = t->items[i];
                goto subscr_done;
            }
        } else if (ayV_is_obj(c) && ayV_obj(c)->type == vm->t_dict) {
            SYNC();
            r = ayDict_get(vm, AY_AS(AyDict, c), key);
            if (r) goto subscr_done;
            ERROR_IF(ayErr_occurred(vm));
        }
        SYNC();
        r = ayObj_getitem(vm, c, key);
        ERROR_IF(!r);
    subscr_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        AyValue key = PEEK(1), c = PEEK(2), v = PEEK(3);
        if (ayV_is_int(key) && ayV_is_obj(c) && ayV_obj(c)->type == vm->t_list) {
            AyList *l = AY_AS(AyList, c);
            int64_t i = ayV_int(key);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) {
                l->items[i] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        SYNC();
        ERROR_IF(ayObj_setitem(vm, c, key, v) < 0);
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SYNC();
        ERROR_IF(ayObj_delitem(vm, PEEK(2), PEEK(1)) < 0);
        sp -= 2;
        DISPATCH();
    }
    TARGET(BINARY_SLICE) {
        SYNC();
        AyValue s = aySlice_new(vm, PEEK(2), PEEK(1), AY_NONE);
        ERROR_IF(!s);
        PEEK(1) = s;  // keep the slice reachable
        AyValue r = ayObj_getitem(vm, PEEK(3), s);
        ERROR_IF(!r);
        sp -= 2;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SLICE) {
        SYNC();
        AyValue s = aySlice_new(vm, PEEK(2), PEEK(1), AY_NONE);
        ERROR_IF(!s);
        PEEK(1) = s;
        ERROR_IF(ayObj_setitem(vm, PEEK(3), s, PEEK(4)) < 0);
        sp -= 4;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        AyValue step = oparg == 3 ? POP() : AY_NONE;
        AyValue stop = POP();
        AyValue s = aySlice_new(vm, TOP(), stop, step);
        ERROR_IF(!s);
        TOP() = s;
        DISPATCH();
    }
    // }====
    // {==== containers
    TARGET(BUILD_TUPLE) {
        AyValue t = ayTuple_from_items(vm, sp - oparg, oparg);
        ERROR_IF(!t);
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        AyValue l = ayList_from_items(vm, sp - oparg, oparg);
        ERROR_IF(!l);
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SYNC();
        AySet *s = aySet_new(vm, vm->t_set);
        ERROR_IF(!s);
        // the new container stays rooted while keys' __hash__/__eq__ run
        ayGC_push_root(vm, ayV_from_obj(s));
        bool failed = false;
        for (int i = 0; i < oparg && !failed; i++) failed = aySet_add(vm, s, sp[-(int)oparg + (int)i]) < 0;
        ayGC_pop_roots(vm, 1);
        ERROR_IF(failed);
        sp -= oparg;
        PUSH(ayV_from_obj(s));
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SYNC();
        AyDict *d = ayDict_new(vm);
        ERROR_IF(!d);
        AyValue *base = sp - 2 * oparg;
        ayGC_push_root(vm, ayV_from_obj(d));
        bool failed = false;
        for (int i = 0; i < oparg && !failed; i++) failed = ayDict_set(vm, d, base[2 * i], base[2 * i + 1]) < 0;
        ayGC_pop_roots(vm, 1);
        ERROR_IF(failed);
        sp = base;
        PUSH(ayV_from_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        SYNC();
        AyDict *d = ayDict_new(vm);
        ERROR_IF(!d);
        AyTuple *keys = AY_AS(AyTuple, TOP());
        AyValue *base = sp - 1 - oparg;
        ayGC_push_root(vm, ayV_from_obj(d));
        bool failed = false;
        for (int i = 0; i < oparg && !failed; i++) failed = ayDict_set(vm, d, keys->items[i], base[i]) < 0;
        ayGC_pop_roots(vm, 1);
        ERROR_IF(failed);
        sp = base;
        PUSH(ayV_from_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        AyBuf b;
        ayBuf_init(&b, vm);
        for (int i = 0; i < oparg; i++) {
            AyStr *s = AY_STR(sp[-(int)oparg + (int)i]);
            ayBuf_add(&b, s->data, (size_t)s->size);
        }
        AyValue r = ayBuf_finish(&b);
        ERROR_IF(!r);
        sp -= oparg;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        AyValue v = POP();
        ERROR_IF(!ayList_append(vm, AY_AS(AyList, PEEK(oparg)), v));
        DISPATCH();
    }
    TARGET(SET_ADD) {
        SYNC();
        AyValue v = POP();
        ERROR_IF(aySet_add(vm, AY_AS(AySet, PEEK(oparg)), v) < 0);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        SYNC();
        AyValue v = POP(), k = POP();
        ERROR_IF(ayDict_set(vm, AY_AS(AyDict, PEEK(oparg)), k, v) < 0);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SYNC();
        AyValue it = TOP();
        if (!ayList_extend(vm, AY_AS(AyList, PEEK(oparg + 1)), it)) {
            if (ayErr_matches(vm, AY_EXC(vm, TypeError)) && !ayV_type(vm, it)->iter && !ayV_type(vm, it)->getitem) {
                ayErr_clear(vm);
                ayErr_format(vm, AY_EXC(vm, TypeError), "Value after * must be an iterable, not %T", it);
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SYNC();
        ERROR_IF(aySet_update(vm, AY_AS(AySet, PEEK(oparg + 1)), TOP()) < 0);
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        SYNC();
        AyValue other = TOP();
        if (ayDict_update(vm, AY_AS(AyDict, PEEK(oparg + 1)), other) < 0) {
            if (ayErr_matches(vm, AY_EXC(vm, AttributeError)) || ayErr_matches(vm, AY_EXC(vm, TypeError))) {
                if (!ayV_type(vm, other)->getitem) {
                    ayErr_clear(vm);
                    ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object is not a mapping", other);
                }
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SYNC();
        // the function being called sits below the dict: [callable, NULL, args, dict, other]
        ERROR_IF(!ayDict_merge_kwargs(vm, AY_AS(AyDict, PEEK(oparg + 1)), TOP(), PEEK(oparg + 4)));
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        AyList *l = AY_AS(AyList, TOP());
        AyValue t = ayTuple_from_items(vm, l->items, l->len);
        ERROR_IF(!t);
        TOP() = t;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        AyValue seq = TOP();
        if (ayV_is_obj(seq) && ayV_obj(seq)->type == vm->t_tuple && AY_AS(AyTuple, seq)->len == oparg) {
            AyTuple *t = AY_AS(AyTuple, seq);
            sp--;
            for (int i = (int)oparg - 1; i >= 0; i--) PUSH(t->items[i]);
            DISPATCH();
        }
        SYNC();
        AyValue out[256];
        AyValue *dst = oparg <= 256 ? out : ayMem_alloc(vm, sizeof(AyValue) * oparg);
        ERROR_IF(!dst);
        bool ok = unpack(vm, seq, (int)oparg, 0, false, dst);
        if (ok) {
            sp--;
            for (int i = 0; i < oparg; i++) PUSH(dst[i]);
        }
        if (dst != out) ayMem_free(vm, dst, sizeof(AyValue) * oparg);
        ERROR_IF(!ok);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        SYNC();
        int before = (int)(oparg & 0xFF), after = (int)(oparg >> 8);
        int total = before + 1 + after;
        AyValue out[256];
        AyValue *dst = total <= 256 ? out : ayMem_alloc(vm, sizeof(AyValue) * (size_t)total);
        ERROR_IF(!dst);
        bool ok = unpack(vm, TOP(), before, after, true, dst);
        if (ok) {
            sp--;
            for (int i = 0; i < total; i++) PUSH(dst[i]);
        }
        if (dst != out) ayMem_free(vm, dst, sizeof(AyValue) * (size_t)total);
        ERROR_IF(!ok);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        SYNC();
        AyValue spec = (oparg & 4) ? POP() : AY_NULL;
        AyValue v = TOP();
        switch (oparg & 3) {
        case 1: v = ayObj_str(vm, v); break;
        case 2: v = ayObj_repr(vm, v); break;
        case 3: v = ayObj_ascii(vm, v); break;
        default: break;
        }
        ERROR_IF(!v);
        if (!spec && ayV_is_type(vm, v, vm->t_str)) {
            TOP() = v;
            DISPATCH();
        }
        TOP() = v;
        AyValue r = ayFormat_value(vm, v, spec ? spec : ayV_from_obj(vm->empty_str));
        ERROR_IF(!r);
        TOP() = r;
        DISPATCH();
    }
    // }====
    // {==== jumps
    TARGET(JUMP) {
        ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        ip = code->code + oparg;
        if (vm->attention) {
            SYNC();
            if (!ayEval_safepoint(vm)) goto error;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        AyValue v = POP();
        if (v == AY_FALSE) ip = code->code + oparg;
        else if (v != AY_TRUE) {
            SYNC();
            int t = ayObj_truth(vm, v);
            ERROR_IF(t < 0);
            if (!t) ip = code->code + oparg;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        AyValue v = POP();
        if (v == AY_TRUE) ip = code->code + oparg;
        else if (v != AY_FALSE) {
            SYNC();
            int t = ayObj_truth(vm, v);
            ERROR_IF(t < 0);
            if (t) ip = code->code + oparg;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == AY_NONE) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != AY_NONE) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        AyValue v = TOP();
        SYNC();
        int t = v == AY_TRUE ? 1 : v == AY_FALSE ? 0 : ayObj_truth(vm, v);
        ERROR_IF(t < 0);
        if (!t) ip = code->code + oparg;
        else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        AyValue v = TOP();
        SYNC();
        int t = v == AY_TRUE ? 1 : v == AY_FALSE ? 0 : ayObj_truth(vm, v);
        ERROR_IF(t < 0);
        if (t) ip = code->code + oparg;
        else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SYNC();
        AyValue it = ayObj_iter(vm, TOP());
        ERROR_IF(!it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_RANGE) {
        AyValue iter = TOP();
        if (ayV_is_obj(iter) && ayV_obj(iter)->type == vm->t_range_iterator) {
            AyRangeIter *it = AY_AS(AyRangeIter, iter);
            if (it->left <= 0) {
                sp--;
                ip = code->code + oparg;
                DISPATCH();
            }
            AyValue v = ayV_small(it->next);
            it->next += it->step;
            it->left--;
            // `for i in range(n)` stores i at once
            if (AY_OPCODE(*ip) == AY_OP_STORE_FAST) {
                locals[AY_OPARG(*ip)] = v;
                ip++;
            } else {
                PUSH(v);
            }
            DISPATCH();
        }
        goto for_iter_generic;
    }
    TARGET(FOR_ITER) {
        AyValue it = TOP(), v;
        if (ayV_is_obj(it) && ayV_obj(it)->type == vm->t_list_iterator) {
            struct { AyObj hdr; AyValue seq; int64_t index; } *li = (void *)ayV_obj(it);
            if (li->seq) {
                AyList *l = AY_AS(AyList, li->seq);
                if (li->index < l->len) {
                    PUSH(l->items[li->index++]);
                    DISPATCH();
                }
                li->seq = AY_NULL;
            }
            sp--;
            ip = code->code + oparg;
            DISPATCH();
        }
        if (ayV_is_obj(it) && ayV_obj(it)->type == vm->t_generator) {
            AyGen *g = AY_AS(AyGen, it);
            if ((g->state == AY_GEN_SUSPENDED || g->state == AY_GEN_CREATED) && vm->depth < vm->recursion_limit) {
                // the generator's frame runs in this loop, as a call would
                // (ayGen_resume's work without a C call): its yield comes back
                // here with the item, its end jumps past the loop
                SYNC();
                AyFrame *gf = &g->frame;
                *gf->sp++ = AY_NONE;
                gf->prev = frame;
                gf->entry = 0;
                vm->frame = gf;
                vm->depth++;
                g->state = AY_GEN_RUNNING;
                g->caller_exc_info = vm->exc_info;
                if (g->exc_state) vm->exc_info = g->exc_state;
                frame = gf;
                LOAD_FRAME();
                if (vm->attention) {
                    SYNC();
                    if (!ayEval_safepoint(vm)) goto error;
                }
                DISPATCH();
            }
        }
    for_iter_generic:
        it = TOP();
        SYNC();
        v = ayV_type(vm, it)->next(vm, it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (ayErr_occurred(vm)) {
            if (!ayErr_matches(vm, AY_EXC(vm, StopIteration))) goto error;
            ayErr_clear(vm);
        }
        sp--;
        ip = code->code + oparg;
        DISPATCH();
    }
    // }====
    // {==== calls
    TARGET(CALL_KW)
    TARGET(CALL) {
        AyValue kwnames = AY_NULL;
        int total = (int)oparg;
        if (AY_OPCODE(ins) == AY_OP_CALL_KW) {
            kwnames = POP();
        }
        int nkw = kwnames ? (int)AY_AS(AyTuple, kwnames)->len : 0;
        int nargs = total - nkw;
        AyValue *args = sp - total;
        AyValue callable = args[-2];
        if (args[-1]) {
            args--;
            nargs++;
        } else if (ayV_is_obj(callable) && ayV_obj(callable)->type == vm->t_method) {
            AyBoundMethod *m = AY_AS(AyBoundMethod, callable);
            args[-1] = m->self;
            callable = m->func;
            args[-2] = callable;
            args--;
            nargs++;
        }
        if (ayV_is_obj(callable) && ayV_obj(callable)->type == vm->t_function) {
            // a Python call: the new frame runs in this same loop
            AyFunction *fn = AY_AS(AyFunction, callable);
            frame->sp = sp - total - 2;
            frame->ip = ip;
            // the callee frame holds the arguments now; the caller's slots are free
            AyFrame *nf = push_frame(vm, fn, args, nargs, kwnames);
            if (!nf) {
                frame->sp = sp;
                goto error;
            }
            frame = nf;
            LOAD_FRAME();
            if (vm->attention) {
                SYNC();
                if (!ayEval_safepoint(vm)) goto error;
            }
            DISPATCH();
        }
        SYNC();
        AyValue r = ayObj_call(vm, callable, args, nargs, kwnames);
        ERROR_IF(!r);
        sp -= total + 2;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        SYNC();
        AyValue kwargs = (oparg & 1) ? POP() : AY_NULL;
        AyValue args = POP();
        sp[-1] = kwargs;  // keep kwargs reachable in the (NULL) self slot
        if (!ayV_is_tuple(vm, args)) {
            AyValue t = ayObj_to_list(vm, args);
            if (!t) {
                if (ayErr_matches(vm, AY_EXC(vm, TypeError)) && !ayV_type(vm, args)->iter &&
                    !ayV_type(vm, args)->getitem) {
                    ayErr_clear(vm);
                    AyValue fs = ayObj_function_str(vm, PEEK(2));
                    if (fs)
                        ayErr_format(vm, AY_EXC(vm, TypeError), "%S argument after * must be an iterable, not %T",
                                     fs, args);
                }
                goto error;
            }
            args = ayTuple_from_items(vm, AY_AS(AyList, t)->items, AY_AS(AyList, t)->len);
            ERROR_IF(!args);
        }
        PUSH(args);
        SYNC();
        AyValue r = ayObj_call_ex(vm, PEEK(3), args, kwargs);
        ERROR_IF(!r);
        sp -= 3;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        AyCode *c = AY_AS(AyCode, POP());
        int nextra = ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
        SYNC();
        AyValue f = make_function(vm, frame, c, (int)oparg, sp - nextra);
        ERROR_IF(!f);
        sp -= nextra;
        PUSH(f);
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        PUSH(consts[oparg]);
        goto do_return;
    }
    TARGET(RETURN_VALUE) {
    do_return:;
        AyValue r = POP();
        if (frame->gen) frame->gen->state = AY_GEN_CLOSED;
        if (frame->gen && !frame->entry) {  // run by FOR_ITER: the loop ends
            AyFrame *caller = frame->prev;
            frame->sp = frame->localsplus;
            leave_inline_gen(vm, frame->gen);
            frame = caller;
            LOAD_FRAME();
            sp--;  // the generator
            ip = code->code + AY_OPARG(ip[-1]);
            DISPATCH();
        }
        if (frame->entry) {
            SYNC();
            pop_frame(vm, frame);
            vm->c_depth--;
            return r;
        }
        AyFrame *caller = frame->prev;
        pop_frame(vm, frame);
        frame = caller;
        LOAD_FRAME();
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        AyValue bc = ayDict_get_str(vm, frame->builtins, vm->s.__build_class__);
        if (!bc) {
            ayErr_format(vm, AY_EXC(vm, NameError), "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        SYNC();
        AyValue a = AY_NULL;
        if (ayV_is_dict(vm, frame->locals)) a = ayDict_get_str(vm, AY_AS(AyDict, frame->locals), vm->s.__annotations__);
        if (!a) {
            AyDict *d = ayDict_new(vm);
            ERROR_IF(!d);
            ERROR_IF(store_name(vm, frame, vm->s.__annotations__, ayV_from_obj(d)) < 0);
        }
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        SYNC();
        AyValue fromlist = PEEK(1), level = PEEK(2);
        AyValue m = ayImport_name(vm, NAME(oparg), frame->globals, fromlist, (int)ayV_int(level));
        ERROR_IF(!m);
        sp--;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SYNC();
        AyValue v = ayImport_from(vm, TOP(), NAME(oparg));
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        SYNC();
        ERROR_IF(ayImport_star(vm, TOP(), frame) < 0);
        sp--;
        DISPATCH();
    }
    // }====
    // {==== exceptions
    TARGET(RAISE_VARARGS) {
        SYNC();
        AyValue cause = oparg == 2 ? POP() : AY_NULL;
        AyValue exc = oparg >= 1 ? POP() : AY_NULL;
        do_raise(vm, exc, cause);
        if (oparg == 0 && vm->exc) goto exception_unwind;  // bare raise keeps the traceback
        goto error;
    }
    TARGET(RERAISE) {
        // (the saved lasti below the exception only matters for frame line
        // numbers; the handler search uses this instruction's position)
        vm->exc = POP();
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        AyValue exc = TOP();
        TOP() = vm->exc_info ? vm->exc_info : AY_NONE;
        PUSH(exc);
        vm->exc_info = exc;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        AyValue prev = POP();
        vm->exc_info = prev == AY_NONE ? AY_NULL : prev;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        SYNC();
        AyValue type = TOP();
        ERROR_IF(exc_match_check(vm, type) < 0);
        TOP() = ayV_bool(exc_matches(vm, PEEK(2), type));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        SYNC();
        AyValue type = TOP();
        ERROR_IF(exc_match_check(vm, type) < 0);
        AyValue rest;
        AyValue match = ayExcGroup_match(vm, PEEK(2), type, &rest);
        ERROR_IF(!match);
        PEEK(2) = rest;
        TOP() = match;
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        SYNC();
        AyValue r = ayExcGroup_prep_reraise(vm, PEEK(2), TOP());
        ERROR_IF(!r);
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(ayV_from_obj(AY_EXC(vm, AssertionError)));
        DISPATCH();
    }
    TARGET(BEFORE_WITH)
    TARGET(BEFORE_ASYNC_WITH) {
        SYNC();
        AyValue exit, enter;
        ERROR_IF(!before_with(vm, TOP(), &exit, &enter, AY_OPCODE(ins) == AY_OP_BEFORE_ASYNC_WITH));
        TOP() = exit;
        PUSH(enter);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        SYNC();
        // [exit, lasti, prev_exc, exc]
        AyValue exc = TOP(), exit = PEEK(4);
        AyTraceback *tb = ayV_is_exc(vm, exc) ? AY_AS(AyExc, exc)->traceback : NULL;
        // the arguments go above the frame (its stack has no room reserved
        // for them), where a bound __exit__ then puts its self in front
        AyValue *buf = vm->stack_top;
        buf[0] = ayV_from_obj(ayV_type(vm, exc));
        buf[1] = exc;
        buf[2] = tb ? ayV_from_obj(tb) : AY_NONE;
        vm->stack_top += 3;
        AyValue r = ayObj_call(vm, exit, buf, 3, AY_NULL);
        vm->stack_top = buf;
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }
    // }====
    // {==== generators and coroutines
    TARGET(RETURN_GENERATOR) {
        SYNC();
        AyGen *g = ayGen_from_frame(vm, frame, sp);
        ERROR_IF(!g);
        // the caller receives the generator as if the function returned it
        AyFrame *old = frame;
        bool entry = old->entry;
        AyFrame *caller = old->prev;
        vm->frame = caller;
        vm->stack_top = (AyValue *)old;
        vm->depth--;
        if (entry) {
            vm->c_depth--;
            return ayV_from_obj(g);
        }
        frame = caller;
        LOAD_FRAME();
        PUSH(ayV_from_obj(g));
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        AyValue v = POP();
        SYNC();
        AyGen *g = frame->gen;
        g->state = AY_GEN_SUSPENDED;
        g->frame.lasti = (uint32_t)(cur - code->code);
        if (!frame->entry) {  // run by FOR_ITER: the item goes to the loop
            AyFrame *caller = frame->prev;
            leave_inline_gen(vm, g);
            frame = caller;
            LOAD_FRAME();
            PUSH(v);
            DISPATCH();
        }
        // Generator frames are always entry frames: ayGen_resume runs them.
        vm->frame = frame->prev;
        vm->depth--;
        vm->c_depth--;
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        SYNC();
        AyValue v = TOP();
        if (!ayGen_is_gen(vm, v)) {
            AyValue it = ayObj_iter(vm, v);
            ERROR_IF(!it);
            TOP() = it;
        } else if (ayV_is_type(vm, v, vm->t_coroutine) && !(code->flags & (AY_CO_COROUTINE | AY_CO_ITERABLE_COROUTINE))) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        DISPATCH();
    }
    TARGET(SEND) {
        SYNC();
        int done;
        AyValue r = ayGen_send_value(vm, PEEK(2), TOP(), &done);
        ERROR_IF(!r);
        TOP() = r;
        if (done) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(END_SEND) {
        AyValue v = POP();
        TOP() = v;
        DISPATCH();
    }
    TARGET(CLEANUP_THROW) {
        // [sub, last_sent, exc]
        AyValue exc = TOP();
        if (ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, StopIteration))) {
            SYNC();
            AyValue value = ayObj_getattr(vm, exc, vm->s.value);
            ERROR_IF(!value);
            sp -= 3;
            PUSH(AY_NONE);
            PUSH(value);
            DISPATCH();
        }
        sp--;
        vm->exc = exc;
        goto exception_unwind;
    }
    TARGET(GET_AWAITABLE) {
        SYNC();
        AyValue a = ayAwaitable_get(vm, TOP(), (int)oparg);
        ERROR_IF(!a);
        TOP() = a;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SYNC();
        AyValue a = ayAsyncIter_get(vm, TOP());
        ERROR_IF(!a);
        TOP() = a;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SYNC();
        AyValue a = ayAsyncIter_next(vm, TOP());
        ERROR_IF(!a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        // [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates
        AyValue exc = TOP();
        if (ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, StopAsyncIteration))) {
            sp -= 2;
            DISPATCH();
        }
        sp--;
        vm->exc = exc;
        goto exception_unwind;
    }
    TARGET(ASYNC_GEN_WRAP) {
        // the value stays as it is; the generator remembers that its next yield is an item
        frame->gen->yielded_item = 1;
        DISPATCH();
    }
    TARGET(POP_ITER_CLOSE) {
        AyValue it = POP();
        if (ayV_is_type(vm, it, vm->t_generator) && AY_AS(AyGen, it)->state == AY_GEN_SUSPENDED) {
            SYNC();
            ayGen_close_unraisable(vm, AY_AS(AyGen, it));
        }
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_1) {
        SYNC();
        AyValue r = ayIntrinsic_call(vm, (int)oparg, TOP(), frame);
        ERROR_IF(!r);
        TOP() = r;
        DISPATCH();
    }
    // }====
    // {==== the match statement (vm/match.c)
    TARGET(GET_LEN) {
        SYNC();
        int64_t n = ayObj_len(vm, TOP());
        ERROR_IF(n < 0);
        AyValue v = ayInt_from_i64(vm, n);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        SYNC();
        int r = ayMatch_is_sequence(vm, TOP());
        ERROR_IF(r < 0);
        PUSH(ayV_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        SYNC();
        int r = ayMatch_is_mapping(vm, TOP());
        ERROR_IF(r < 0);
        PUSH(ayV_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        SYNC();
        AyValue r = ayMatch_keys(vm, PEEK(2), PEEK(1));
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        SYNC();
        AyValue r = ayMatch_class(vm, PEEK(3), PEEK(2), (int)oparg, PEEK(1));
        ERROR_IF(!r);
        sp -= 2;
        TOP() = r;
        DISPATCH();
    }
    // }====
#if !AY_COMPUTED_GOTO
    }
#endif

error:
    // A new exception passes through this frame: record it in the traceback.
    frame->sp = sp;
    frame->ip = ip;
    if (!vm->exc) ayErr_format(vm, AY_EXC(vm, SystemError), "error return without exception set");
    ayErr_add_traceback(vm, code, (int)(cur - code->code));
exception_unwind: {
        uint32_t lasti = (uint32_t)(cur - code->code);
        AyExcEntry *h = NULL;
        for (int i = 0; i < code->nexc; i++) {
            AyExcEntry *e = &code->exctable[i];
            if (lasti >= e->start && lasti < e->end) {
                h = e;  // entries are disjoint runs: the first match is the innermost
                break;
            }
        }
        if (h) {
            AyValue exc = vm->exc;
            vm->exc = AY_NULL;
            sp = ayFrame_stack(frame) + h->depth;
            if (h->lasti) PUSH(ayV_small(lasti));
            PUSH(exc);
            ip = code->code + h->target;
            DISPATCH();
        }
        // no handler: leave this frame
        ayFrame_keep_for_traceback(vm, frame);
        if (frame->gen) frame->gen->state = AY_GEN_CLOSED;
        if (frame->gen && !frame->entry) {  // run by FOR_ITER: the loop's frame sees the error
            AyFrame *caller = frame->prev;
            frame->sp = frame->localsplus;
            leave_inline_gen(vm, frame->gen);
            frame = caller;
            LOAD_FRAME();
            cur = ip - 1;  // the FOR_ITER
            goto error;
        }
        if (frame->entry) {
            pop_frame(vm, frame);
            vm->c_depth--;
            return AY_NULL;
        }
        AyFrame *caller = frame->prev;
        pop_frame(vm, frame);
        frame = caller;
        LOAD_FRAME();
        cur = ip - 1;  // the CALL that is failing in the caller
        goto error;
    }
}
