// Generators and coroutines: creation from a running frame, resume (send /
// throw / close), delegation through yield from / await, and the send step
// the SEND opcode uses.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "interp.h"
#include "native.h"
#include "opcodes.h"
#include "str.h"
#include "vm.h"

// {==== objects

// coroutine.__await__() returns this iterator over the same coroutine.
typedef struct CoroWrapper {
    AyObj hdr;
    AyValue coro;
} CoroWrapper;

// The frame's code gives the size; the collector frees a dead generator
// before the (slab-allocated) code object's slot can be reused (vm/gc.c).
static size_t gen_gc_size(AyObj *o) {
    AyGen *g = (AyGen *)o;
    return offsetof(AyGen, frame) + sizeof(AyValue) * AY_FRAME_WORDS(g->frame.code);
}

static void gen_trace(AyVM *vm, AyObj *o) {
    AyGen *g = (AyGen *)o;
    ayGC_mark(vm, g->exc_state);
    if (g->hdr.type == vm->t_async_generator) ayGC_mark(vm, g->hooks_finalizer);
    else if (g->hdr.type == vm->t_coroutine) ayGC_mark_obj(vm, (AyObj *)g->origin_code);
    else ayGC_mark(vm, g->caller_exc_info);
    ayGC_mark_frame(vm, &g->frame);
}

// Finalizer: a suspended generator or coroutine is closed (running its
// finally blocks); a coroutine that never started gets CPython's warning.
static void gen_del(AyVM *vm, AyValue self) {
    AyGen *g = AY_AS(AyGen, self);
    if (g->state == AY_GEN_SUSPENDED) {
        if (g->hdr.type == vm->t_async_generator && g->hooks_finalizer) {
            AyValue r = ayObj_call(vm, g->hooks_finalizer, &self, 1, AY_NULL);
            if (!r) ayErr_write_unraisable(vm, g->hooks_finalizer);
            return;
        }
        ayGen_close_unraisable(vm, g);
    } else if (g->state == AY_GEN_CREATED && g->hdr.type == vm->t_coroutine) {
        AyValue msg = ayStr_from_fmt(vm, "coroutine '%U' was never awaited", ayGen_qualname(g));
        if (!msg) return;
        ayErr_warn_at(vm, AY_EXC(vm, RuntimeWarning), AY_CSTR(msg), g->origin_code, (int)g->origin_lasti,
                      "RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
    }
}

bool ayGen_is_gen(AyVM *vm, AyValue v) {
    if (!ayV_is_obj(v)) return false;
    AyType *t = ayV_obj(v)->type;
    return t == vm->t_generator || t == vm->t_coroutine;
}

AyGen *ayGen_from_frame(AyVM *vm, AyFrame *f, AyValue *sp) {
    AyCode *code = f->code;
    size_t words = AY_FRAME_WORDS(code);
    AyType *t = (code->flags & AY_CO_COROUTINE) ? vm->t_coroutine
                : (code->flags & AY_CO_ASYNC_GENERATOR) ? vm->t_async_generator : vm->t_generator;
    AyGen *g = (AyGen *)ayGC_new(vm, t, offsetof(AyGen, frame) + sizeof(AyValue) * words);
    if (!g) return NULL;
    g->state = AY_GEN_CREATED;
    AyFrame *gf = &g->frame;
    size_t live = (size_t)(sp - f->localsplus);
    memcpy(gf, f, sizeof(AyFrame) + sizeof(AyValue) * live);
    gf->sp = gf->localsplus + live;
    gf->ip = f->ip;
    gf->gen = g;
    gf->entry = 1;
    gf->prev = NULL;
    gf->lasti = 0;
    if (t == vm->t_coroutine && f->prev) {
        g->origin_code = f->prev->code;
        g->origin_lasti = (uint32_t)(f->prev->ip - f->prev->code->code - 1);
    }
    return g;
}

AyValue ayGen_yieldfrom(AyGen *g) {
    if (g->state != AY_GEN_SUSPENDED) return AY_NULL;
    AyInstr ins = g->frame.code->code[g->frame.lasti];
    if (AY_OPCODE(ins) != AY_OP_YIELD_VALUE || AY_OPARG(ins) != 1) return AY_NULL;
    return g->frame.sp[-1];
}

static const char *kind_name(AyVM *vm, AyGen *g) {
    return g->hdr.type == vm->t_coroutine ? "coroutine" : g->hdr.type == vm->t_async_generator ? "async generator"
                                                                                               : "generator";
}

// }====
// {==== resuming

AyGenResult ayGen_resume(AyVM *vm, AyGen *g, AyValue value, AyValue exc, AyValue *result) {
    *result = AY_NULL;
    if (g->state == AY_GEN_RUNNING) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "%s already executing", kind_name(vm, g));
        return AY_GEN_ERROR;
    }
    if (g->state == AY_GEN_CLOSED) {
        if (exc) {
            ayErr_set(vm, exc);
            return AY_GEN_ERROR;
        }
        if (g->hdr.type == vm->t_coroutine) {
            ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot reuse already awaited coroutine");
            return AY_GEN_ERROR;
        }
        *result = AY_NONE;
        return AY_GEN_RETURN;
    }
    if (g->state == AY_GEN_CREATED && value && value != AY_NONE && !exc) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "can't send non-None value to a just-started %s", kind_name(vm, g));
        return AY_GEN_ERROR;
    }
    if (vm->depth >= vm->recursion_limit) {
        ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded");
        return AY_GEN_ERROR;
    }
    AyFrame *f = &g->frame;
    if (!exc && value) *f->sp++ = value;
    f->prev = vm->frame;
    vm->frame = f;
    vm->depth++;
    g->state = AY_GEN_RUNNING;
    AyValue saved_info = vm->exc_info;
    if (g->exc_state) vm->exc_info = g->exc_state;
    if (exc) vm->exc = exc;  // ayEval_frame starts by raising it at the yield
    AyValue r = ayEval_frame(vm, f);
    g->exc_state = vm->exc_info != saved_info ? vm->exc_info : AY_NULL;
    vm->exc_info = saved_info;
    f->prev = NULL;
    if (!r) {
        g->state = AY_GEN_CLOSED;
        f->sp = f->localsplus;
        // StopIteration must not escape a generator (PEP 479): the body's
        // handler already converted it; anything else propagates.
        return AY_GEN_ERROR;
    }
    if (g->state == AY_GEN_SUSPENDED) {
        *result = r;
        return AY_GEN_YIELD;
    }
    g->state = AY_GEN_CLOSED;
    f->sp = f->localsplus;
    *result = r;
    return AY_GEN_RETURN;
}

// Raises StopIteration(value) (no argument for None).
static AyValue stop_iteration(AyVM *vm, AyValue value) {
    if (value == AY_NONE) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
    AyValue exc = ayExc_new(vm, AY_EXC(vm, StopIteration), &value, 1);
    if (!exc) return AY_NULL;
    return ayErr_set(vm, exc);
}

// The value carried by a pending StopIteration (clearing it), or AY_NULL if
// the pending exception is something else.
static AyValue fetch_stop_value(AyVM *vm) {
    if (!ayErr_matches(vm, AY_EXC(vm, StopIteration))) return AY_NULL;
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    AyValue v = ayObj_getattr(vm, exc, vm->s.value);
    ayGC_pop_roots(vm, 1);
    if (!v) {
        ayErr_clear(vm);
        v = AY_NONE;
    }
    return v;
}

static AyValue gen_send_ex(AyVM *vm, AyGen *g, AyValue value, AyValue exc, bool want_stop) {
    AyValue r;
    AyGenResult res = ayGen_resume(vm, g, value, exc, &r);
    if (res == AY_GEN_YIELD) return r;
    if (res == AY_GEN_RETURN) {
        // the iteration slot just ends; send() and __next__ raise StopIteration(value)
        if (want_stop) return stop_iteration(vm, r);
        return AY_NULL;
    }
    return AY_NULL;
}

// Normalises throw(typ[, val[, tb]]) arguments into an exception instance.
static AyValue make_thrown(AyVM *vm, AyValue typ, AyValue val, AyValue tb) {
    if (tb && tb != AY_NONE && !ayV_is_type(vm, tb, vm->t_traceback))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "throw() third argument must be a traceback object");
    AyValue exc;
    if (ayV_is_typeobj(vm, typ) && ayType_is_subtype(AY_AS(AyType, typ), AY_EXC(vm, BaseException))) {
        if (val && val != AY_NONE && ayV_is_exc(vm, val) && ayType_is_subtype(ayV_type(vm, val), AY_AS(AyType, typ))) {
            exc = val;
        } else {
            AyValue args[1] = {val};
            exc = ayExc_new(vm, AY_AS(AyType, typ), args, val && val != AY_NONE ? 1 : 0);
            if (!exc) return AY_NULL;
        }
    } else if (ayV_is_exc(vm, typ)) {
        if (val && val != AY_NONE)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "instance exception may not have a separate value");
        exc = typ;
    } else {
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "exceptions must be classes or instances deriving from BaseException, not %T", typ);
    }
    if (tb && tb != AY_NONE) AY_AS(AyExc, exc)->traceback = AY_AS(AyTraceback, tb);
    return exc;
}

static AyValue gen_close_iter(AyVM *vm, AyValue it);

// throw(exc) into g, delegating to the iterator it is suspended in. Like
// send(), a return raises StopIteration(value).
static AyValue gen_throw(AyVM *vm, AyGen *g, AyValue exc, bool close_on_genexit) {
    AyValue yf = ayGen_yieldfrom(g);
    if (yf) {
        AyValue ret;
        ayGC_push_root(vm, exc);
        if (close_on_genexit && ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, GeneratorExit))) {
            g->state = AY_GEN_RUNNING;
            AyValue r = gen_close_iter(vm, yf);
            g->state = AY_GEN_SUSPENDED;
            ayGC_pop_roots(vm, 1);
            if (!r) return gen_send_ex(vm, g, AY_NULL, ayErr_fetch(vm), true);
            return gen_send_ex(vm, g, AY_NULL, exc, true);
        }
        g->state = AY_GEN_RUNNING;
        if (ayGen_is_gen(vm, yf)) {
            ret = gen_throw(vm, AY_AS(AyGen, yf), exc, close_on_genexit);
        } else {
            AyValue meth = ayObj_getattr_opt(vm, yf, vm->s.throw);
            if (!meth) {
                g->state = AY_GEN_SUSPENDED;
                ayGC_pop_roots(vm, 1);
                if (ayErr_occurred(vm)) return AY_NULL;
                return gen_send_ex(vm, g, AY_NULL, exc, true);
            }
            ret = ayObj_call1(vm, meth, exc);
        }
        g->state = AY_GEN_SUSPENDED;
        ayGC_pop_roots(vm, 1);
        if (ret) return ret;
        // the subiterator finished (StopIteration) or raised something else
        AyValue val = fetch_stop_value(vm);
        if (!val) return gen_send_ex(vm, g, AY_NULL, ayErr_fetch(vm), true);
        // continue as SEND's "done" path: [sub, value] at its jump target
        AyFrame *f = &g->frame;
        AyInstr send = f->code->code[f->lasti - 1];
        f->sp[0] = val;
        f->sp++;
        f->ip = f->code->code + AY_OPARG(send);
        return gen_send_ex(vm, g, AY_NULL, AY_NULL, true);
    }
    return gen_send_ex(vm, g, AY_NULL, exc, true);
}

static AyValue gen_close(AyVM *vm, AyGen *g) {
    if (g->state == AY_GEN_CREATED) {
        g->state = AY_GEN_CLOSED;
        g->frame.sp = g->frame.localsplus;
        return AY_NONE;
    }
    if (g->state == AY_GEN_CLOSED) return AY_NONE;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, GeneratorExit), NULL, 0);
    if (!exc) return AY_NULL;
    AyValue r = gen_throw(vm, g, exc, true);
    if (r) {
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "%s ignored GeneratorExit", kind_name(vm, g));
    }
    if (ayErr_matches(vm, AY_EXC(vm, StopIteration)) || ayErr_matches(vm, AY_EXC(vm, GeneratorExit)) ||
        !ayErr_occurred(vm)) {
        ayErr_clear(vm);
        return AY_NONE;
    }
    return AY_NULL;
}

void ayGen_close_unraisable(AyVM *vm, AyGen *g) {
    AyValue saved = vm->exc;
    vm->exc = AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(g));
    if (!gen_close(vm, g)) ayErr_write_unraisable(vm, ayV_from_obj(g));
    ayGC_pop_roots(vm, 1);
    vm->exc = saved;
}

static AyValue gen_close_iter(AyVM *vm, AyValue it) {
    if (ayGen_is_gen(vm, it)) return gen_close(vm, AY_AS(AyGen, it));
    AyValue meth = ayObj_getattr_opt(vm, it, vm->s.close);
    if (!meth) return ayErr_occurred(vm) ? AY_NULL : AY_NONE;
    return ayObj_call0(vm, meth);
}

// The SEND opcode: sends `value` into `sub`; returns what it yielded
// (*done = 0) or its return value (*done = 1); AY_NULL on error.
AyValue ayGen_send_value(AyVM *vm, AyValue sub, AyValue value, int *done) {
    *done = 0;
    if (ayV_is_type(vm, sub, vm->t_coroutine_wrapper)) sub = ((CoroWrapper *)ayV_obj(sub))->coro;
    if (ayGen_is_gen(vm, sub)) {
        AyValue r;
        AyGenResult res = ayGen_resume(vm, AY_AS(AyGen, sub), value, AY_NULL, &r);
        if (res == AY_GEN_ERROR) return AY_NULL;
        *done = res == AY_GEN_RETURN;
        return r;
    }
    AyValue r;
    AyType *t = ayV_type(vm, sub);
    if (t->send) return t->send(vm, sub, value, done);
    if (value == AY_NONE && t->next) {
        r = t->next(vm, sub);
    } else {
        AyValue args[2] = {AY_NULL, value};
        r = ayObj_call_method(vm, sub, vm->s.send, args, 1);
    }
    if (r) return r;
    if (!ayErr_occurred(vm)) {
        *done = 1;
        return AY_NONE;
    }
    AyValue v = fetch_stop_value(vm);
    if (!v) return AY_NULL;
    *done = 1;
    return v;
}

// }====
// {==== methods


static AyValue gen_iternext(AyVM *vm, AyValue self) { return gen_send_ex(vm, AY_AS(AyGen, self), AY_NONE, AY_NULL, false); }

AyValue ayGen_send(AyVM *vm, AyGen *g, AyValue value) { return gen_send_ex(vm, g, value, AY_NULL, true); }

static AyValue m_next(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__next__", nargs - 1, 0, 0)) return AY_NULL;
    return ayGen_send(vm, AY_AS(AyGen, args[0]), AY_NONE);
}

static AyValue m_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    return gen_send_ex(vm, AY_AS(AyGen, args[0]), args[1], AY_NULL, true);
}

static AyValue m_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "throw", nargs - 1, 1, 3)) return AY_NULL;
    AyValue exc = make_thrown(vm, args[1], nargs > 2 ? args[2] : AY_NULL, nargs > 3 ? args[3] : AY_NULL);
    if (!exc) return AY_NULL;
    AyValue r = gen_throw(vm, AY_AS(AyGen, args[0]), exc, true);
    if (!r && !ayErr_occurred(vm)) return stop_iteration(vm, AY_NONE);
    return r;
}

static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "close", nargs - 1, 0, 0)) return AY_NULL;
    return gen_close(vm, AY_AS(AyGen, args[0]));
}

static AyValue gen_repr(AyVM *vm, AyValue self) {
    AyGen *g = AY_AS(AyGen, self);
    const char *kind = g->hdr.type == vm->t_coroutine ? "coroutine" : g->hdr.type == vm->t_async_generator
                                                                          ? "async_generator" : "generator";
    return ayStr_from_fmt(vm, "<%s object %U at %p>", kind, ayGen_qualname(g), (void *)g);
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue gen_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayGen_name(AY_AS(AyGen, self))); }
static AyValue gen_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayGen_qualname(AY_AS(AyGen, self))); }
static AyValue gen_running_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AyGen, self)->state == AY_GEN_RUNNING); }
static AyValue gen_suspended_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AyGen, self)->state == AY_GEN_SUSPENDED); }
static AyValue gen_code_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyGen, self)->frame.code); }
static AyValue gen_yieldfrom_get(AyVM *vm, AyValue self) {
    AyValue y = ayGen_yieldfrom(AY_AS(AyGen, self));
    return y ? y : AY_NONE;
}
AyValue ayFrame_for_gen(AyVM *vm, AyGen *g);
AyValue ayGen_frame_get(AyVM *vm, AyValue self) {
    AyGen *g = AY_AS(AyGen, self);
    if (g->state == AY_GEN_CLOSED) return AY_NONE;
    return ayFrame_for_gen(vm, g);
}

static const AyGetSetDef gen_getsets[] = {
    {"__name__", gen_name_get, NULL},
    {"__qualname__", gen_qualname_get, NULL},
    {"gi_running", gen_running_get, NULL},
    {"gi_suspended", gen_suspended_get, NULL},
    {"gi_code", gen_code_get, NULL},
    {"gi_yieldfrom", gen_yieldfrom_get, NULL},
    {"gi_frame", ayGen_frame_get, NULL},
    {NULL},
};

static const AyGetSetDef coro_getsets[] = {
    {"__name__", gen_name_get, NULL},
    {"__qualname__", gen_qualname_get, NULL},
    {"cr_running", gen_running_get, NULL},
    {"cr_suspended", gen_suspended_get, NULL},
    {"cr_code", gen_code_get, NULL},
    {"cr_await", gen_yieldfrom_get, NULL},
    {"cr_frame", ayGen_frame_get, NULL},
    {NULL},
};

static const AyMethodDef gen_methods[] = {
    {"__next__", m_next, 0, NULL},
    {"send", m_send, 0, NULL},
    {"throw", m_throw, 0, NULL},
    {"close", m_close, 0, NULL},
    {NULL},
};


static void cw_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((CoroWrapper *)o)->coro); }

static AyType *coro_wrapper_type(AyVM *vm) { return vm->t_coroutine_wrapper; }

AyValue ayCoroWrapper_new(AyVM *vm, AyValue coro) {
    CoroWrapper *w = AY_NEW(vm, CoroWrapper, coro_wrapper_type(vm));
    if (!w) return AY_NULL;
    w->coro = coro;
    return ayV_from_obj(w);
}

static AyValue m_await(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayCoroWrapper_new(vm, args[0]); }

// The wrapper serves coroutines and C coroutine-likes (asyncio.sleep's
// object), which it drives through their own methods.
static AyValue cw_forward(AyVM *vm, const char *name, AyValue (*gen_method)(AyVM *, AyValue *, int, AyValue),
                          AyValue *args, int nargs, AyValue kw) {
    AyValue coro = AY_AS(CoroWrapper, args[0])->coro;
    args[0] = coro;
    if (ayGen_is_gen(vm, coro)) return gen_method(vm, args, nargs, kw);
    return ayObj_call_method(vm, coro, ayStr_intern_c(vm, name), args, nargs - 1);  // args[0]: the receiver's slot
}
static AyValue cw_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return cw_forward(vm, "send", m_send, args, nargs, kw); }
static AyValue cw_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return cw_forward(vm, "throw", m_throw, args, nargs, kw); }
static AyValue cw_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return cw_forward(vm, "close", m_close, args, nargs, kw); }
static AyValue cw_next(AyVM *vm, AyValue self) {
    AyValue coro = AY_AS(CoroWrapper, self)->coro;
    if (ayGen_is_gen(vm, coro)) return gen_iternext(vm, coro);
    AyValue a[2] = {AY_NULL, AY_NONE};
    return ayObj_call_method(vm, coro, ayStr_intern_c(vm, "send"), a, 1);
}
static AyValue cw_m_next(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "__next__", nargs - 1, 0, 0)) return AY_NULL;
    return cw_next(vm, args[0]);
}

static const AyMethodDef cw_methods[] = {
    {"__next__", cw_m_next, 0, NULL},
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL},
};

static const AyMethodDef coro_methods[] = {
    {"send", m_send, 0, NULL},
    {"throw", m_throw, 0, NULL},
    {"close", m_close, 0, NULL},
    {"__await__", m_await, 0, NULL},
    {NULL},
};

// }====
// {==== await

// GET_AWAITABLE: the iterator `await v` drives.
AyValue ayAwaitable_get(AyVM *vm, AyValue v, int where) {
    AyType *t = ayV_type(vm, v);
    if (t == vm->t_coroutine) {
        AyGen *g = AY_AS(AyGen, v);
        if (ayGen_yieldfrom(g) || g->state == AY_GEN_RUNNING)
            return ayErr_format(vm, AY_EXC(vm, RuntimeError), "coroutine is being awaited already");
        return v;
    }
    if (t == vm->t_generator && (AY_AS(AyGen, v)->frame.code->flags & AY_CO_ITERABLE_COROUTINE)) return v;
    if (t->flags & AY_TF_AWAIT_SELF) return v;
    AyValue m = ayType_lookup(vm, t, vm->s.__await__);
    if (!m) {
        if (where == 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError),
                                "'async with' received an object from __aenter__ that does not implement __await__: %s",
                                ayType_name(t));
        if (where == 2)
            return ayErr_format(vm, AY_EXC(vm, TypeError),
                                "'async with' received an object from __aexit__ that does not implement __await__: %s",
                                ayType_name(t));
        return ayErr_format(vm, AY_EXC(vm, TypeError), "object %s can't be used in 'await' expression", ayType_name(t));
    }
    AyValue it = ayObj_call1(vm, m, v);
    if (!it) return AY_NULL;
    if (ayV_type(vm, it) == vm->t_coroutine)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__await__() returned a coroutine");
    if (!ayV_type(vm, it)->next)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "__await__() returned non-iterator of type '%T'", it);
    return it;
}

// }====

void ayGen_setup(AyVM *vm) {
    AyType *types[] = {vm->t_generator, vm->t_coroutine, vm->t_async_generator};
    for (int i = 0; i < 3; i++) {
        AyType *t = types[i];
        t->basic_size = sizeof(AyGen);
        t->gc_size = gen_gc_size;
        t->trace = gen_trace;
        t->repr = gen_repr;
        t->del = gen_del;
    }
    vm->t_generator->iter = iter_self;
    vm->t_generator->next = gen_iternext;
    ayType_add_methods(vm, vm->t_generator, gen_methods);
    ayType_add_getsets(vm, vm->t_generator, gen_getsets);
    ayType_add_methods(vm, vm->t_coroutine, coro_methods);
    ayType_add_getsets(vm, vm->t_coroutine, coro_getsets);
    AyType *cw = vm->t_coroutine_wrapper;
    cw->basic_size = sizeof(CoroWrapper);
    cw->trace = cw_trace;
    cw->iter = iter_self;
    cw->next = cw_next;
    ayType_add_methods(vm, cw, cw_methods);
}
