// Async generators: the asend/athrow awaitables that drive an async
// generator's frame. Values produced by `yield` inside the generator are
// wrapped (ASYNC_GEN_WRAP) so they can be told apart from what `await`
// passes up to the event loop.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "native.h"
#include "str.h"
#include "vm.h"

typedef struct Wrapped {
    AyObj hdr;
    AyValue value;
} Wrapped;

enum { AW_INIT, AW_ITER, AW_CLOSED };

// asend(value) / athrow(...) / aclose() awaitables.
typedef struct AgAwait {
    AyObj hdr;
    AyGen *gen;
    AyValue value;       // asend: the value to send; athrow: the exception
    uint8_t state;
    uint8_t is_throw, is_close;
} AgAwait;

static AyType *t_wrapped(AyVM *vm) { return vm->t_asyncgen_wrapped; }
static AyType *t_asend(AyVM *vm) { return vm->t_asyncgen_asend; }
static AyType *t_athrow(AyVM *vm) { return vm->t_asyncgen_athrow; }

static void wrapped_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((Wrapped *)o)->value); }
static void agawait_trace(AyVM *vm, AyObj *o) {
    AgAwait *a = (AgAwait *)o;
    ayGC_mark_obj(vm, (AyObj *)a->gen);
    ayGC_mark(vm, a->value);
}

AyValue ayAsyncGen_wrap(AyVM *vm, AyValue v) {
    Wrapped *w = AY_NEW(vm, Wrapped, t_wrapped(vm));
    if (!w) return AY_NULL;
    w->value = v;
    return ayV_from_obj(w);
}

// Interprets what one resume of the generator produced: a wrapped value ends
// the awaitable (StopIteration(value)); a bare value is an await passing
// through; a return ends iteration (StopAsyncIteration).
static AyValue unwrap_result(AyVM *vm, AgAwait *a, AyGenResult res, AyValue r) {
    if (res == AY_GEN_ERROR) {
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (ayErr_matches(vm, AY_EXC(vm, StopAsyncIteration)) || ayErr_matches(vm, AY_EXC(vm, GeneratorExit))) {
            if (a->is_close) {
                ayErr_clear(vm);
                return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
            }
        }
        return AY_NULL;
    }
    if (res == AY_GEN_RETURN) {
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (a->is_close) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
        return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopAsyncIteration)));
    }
    if (ayV_is_obj(r) && ayV_obj(r)->type == t_wrapped(vm)) {
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (a->is_close) {
            return ayErr_format(vm, AY_EXC(vm, RuntimeError), "async generator ignored GeneratorExit");
        }
        AyValue v = AY_AS(Wrapped, r)->value;
        if (v == AY_NONE) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
        AyValue exc = ayExc_new(vm, AY_EXC(vm, StopIteration), &v, 1);
        return exc ? ayErr_set(vm, exc) : AY_NULL;
    }
    return r;
}

static AyValue agawait_send(AyVM *vm, AgAwait *a, AyValue v) {
    if (a->state == AW_CLOSED)
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot reuse already awaited %s",
                            a->is_close ? "aclose()/athrow()" : a->is_throw ? "aclose()/athrow()" : "__anext__()/asend()");
    AyValue r;
    AyGenResult res;
    if (a->state == AW_INIT) {
        if (a->gen->running_async)
            return ayErr_format(vm, AY_EXC(vm, RuntimeError),
                                a->is_throw ? "athrow(): asynchronous generator is already running"
                                            : "anext(): asynchronous generator is already running");
        if (a->gen->state == AY_GEN_CLOSED) {
            a->state = AW_CLOSED;
            if (a->is_close) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
            if (a->is_throw) return ayErr_set(vm, a->value);
            return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopAsyncIteration)));
        }
        a->gen->running_async = 1;
        a->state = AW_ITER;
        if (a->is_throw) {
            if (a->gen->state == AY_GEN_CREATED) {
                // throwing into a generator that never started just closes it
                a->gen->state = AY_GEN_CLOSED;
                a->state = AW_CLOSED;
                a->gen->running_async = 0;
                if (a->is_close) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
                return ayErr_set(vm, a->value);
            }
            res = ayGen_resume(vm, a->gen, AY_NULL, a->value, &r);
            return unwrap_result(vm, a, res, r);
        }
        v = a->value;
    }
    res = ayGen_resume(vm, a->gen, v, AY_NULL, &r);
    return unwrap_result(vm, a, res, r);
}

static AyValue agawait_next(AyVM *vm, AyValue self) { return agawait_send(vm, AY_AS(AgAwait, self), AY_NONE); }

static AyValue m_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    return agawait_send(vm, AY_AS(AgAwait, args[0]), args[1]);
}

static AyValue m_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "throw", nargs - 1, 1, 3)) return AY_NULL;
    AgAwait *a = AY_AS(AgAwait, args[0]);
    AyValue exc = args[1];
    if (ayV_is_typeobj(vm, exc)) {
        exc = ayExc_new(vm, AY_AS(AyType, exc), nargs > 2 ? &args[2] : NULL, nargs > 2 && args[2] != AY_NONE ? 1 : 0);
        if (!exc) return AY_NULL;
    }
    if (a->state == AW_CLOSED) return ayErr_set(vm, exc);
    a->state = AW_ITER;
    a->gen->running_async = 1;
    AyValue r;
    AyGenResult res = ayGen_resume(vm, a->gen, AY_NULL, exc, &r);
    return unwrap_result(vm, a, res, r);
}

static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AY_AS(AgAwait, args[0])->state = AW_CLOSED;
    return AY_NONE;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }
static AyValue m_await(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

static const AyMethodDef agawait_methods[] = {
    {"send", m_send, 0, NULL},
    {"throw", m_throw, 0, NULL},
    {"close", m_close, 0, NULL},
    {"__await__", m_await, 0, NULL},
    {NULL},
};

static AyValue new_await(AyVM *vm, AyType *t, AyValue gen, AyValue value, bool is_throw, bool is_close) {
    AgAwait *a = AY_NEW(vm, AgAwait, t);
    if (!a) return AY_NULL;
    a->gen = AY_AS(AyGen, gen);
    a->value = value;
    a->is_throw = is_throw;
    a->is_close = is_close;
    return ayV_from_obj(a);
}

// Calls the loop's firstiter hook the first time the generator is iterated.
static bool init_hooks(AyVM *vm, AyValue gen) {
    AyGen *g = AY_AS(AyGen, gen);
    if (g->hooks_inited) return true;
    g->hooks_inited = 1;
    AyValue hooks = vm->sys ? ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "__asyncgen_hooks__") : AY_NULL;
    if (!hooks || !ayV_is_tuple(vm, hooks)) return true;
    AyValue firstiter = AY_AS(AyTuple, hooks)->items[0], finalizer = AY_AS(AyTuple, hooks)->items[1];
    if (finalizer != AY_NONE) g->hooks_finalizer = finalizer;
    if (firstiter != AY_NONE) return ayObj_call1(vm, firstiter, gen) != AY_NULL;
    return true;
}

static AyValue ag_anext(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!init_hooks(vm, args[0])) return AY_NULL;
    return new_await(vm, t_asend(vm), args[0], AY_NONE, false, false);
}

static AyValue ag_asend(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "asend", nargs - 1, 1, 1)) return AY_NULL;
    if (!init_hooks(vm, args[0])) return AY_NULL;
    return new_await(vm, t_asend(vm), args[0], args[1], false, false);
}

static AyValue ag_athrow(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "athrow", nargs - 1, 1, 3)) return AY_NULL;
    if (!init_hooks(vm, args[0])) return AY_NULL;
    AyValue exc = args[1];
    if (ayV_is_typeobj(vm, exc)) {
        exc = ayExc_new(vm, AY_AS(AyType, exc), nargs > 2 ? &args[2] : NULL, nargs > 2 && args[2] != AY_NONE ? 1 : 0);
        if (!exc) return AY_NULL;
    }
    return new_await(vm, t_athrow(vm), args[0], exc, true, false);
}

static AyValue ag_aclose(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!init_hooks(vm, args[0])) return AY_NULL;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, GeneratorExit), NULL, 0);
    if (!exc) return AY_NULL;
    return new_await(vm, t_athrow(vm), args[0], exc, true, true);
}

static AyValue ag_aiter(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return args[0]; }

static const AyMethodDef ag_methods[] = {
    {"__anext__", ag_anext, 0, NULL},
    {"__aiter__", ag_aiter, 0, NULL},
    {"asend", ag_asend, 0, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, 0, NULL},
    {NULL},
};

static AyValue ag_running_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AyGen, self)->running_async); }
static AyValue ag_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyGen, self)->name); }
static AyValue ag_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyGen, self)->qualname); }
static AyValue ag_code_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyGen, self)->frame.code); }

static const AyGetSetDef ag_getsets[] = {
    {"ag_running", ag_running_get, NULL},
    {"__name__", ag_name_get, NULL},
    {"__qualname__", ag_qualname_get, NULL},
    {"ag_code", ag_code_get, NULL},
    {NULL},
};

void ayAsyncGen_setup(AyVM *vm) {
    AyType *ag = vm->t_async_generator;
    ayType_add_methods(vm, ag, ag_methods);
    ayType_add_getsets(vm, ag, ag_getsets);
    AyType *w = vm->t_asyncgen_wrapped;
    w->basic_size = sizeof(Wrapped);
    w->trace = wrapped_trace;
    AyType *ts[2] = {vm->t_asyncgen_asend, vm->t_asyncgen_athrow};
    for (int i = 0; i < 2; i++) {
        AyType *t = ts[i];
        t->basic_size = sizeof(AgAwait);
        t->trace = agawait_trace;
        t->iter = iter_self;
        t->next = agawait_next;
        ayType_add_methods(vm, t, agawait_methods);
    }
}
