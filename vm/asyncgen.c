// Async generators: the asend/athrow awaitables that drive an async
// generator's frame. A `yield` inside the generator is marked by
// ASYNC_GEN_WRAP (the generator's yielded_item flag) so it can be told apart
// from what `await` passes up to the event loop.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "native.h"
#include "str.h"
#include "vm.h"

enum { AW_INIT, AW_ITER, AW_CLOSED };

// asend(value) / athrow(...) / aclose() awaitables.
typedef struct AgAwait {
    AyObj hdr;
    AyGen *gen;
    AyValue value;       // asend: the value to send; athrow: the exception
    uint8_t state;
    uint8_t is_throw, is_close;
} AgAwait;

static AyType *t_asend(AyVM *vm) { return vm->t_asyncgen_asend; }
static AyType *t_athrow(AyVM *vm) { return vm->t_asyncgen_athrow; }

static void agawait_trace(AyVM *vm, AyObj *o) {
    AgAwait *a = (AgAwait *)o;
    ayGC_mark_obj(vm, (AyObj *)a->gen);
    ayGC_mark(vm, a->value);
}

// Interprets what one resume of the generator produced: an item ends the
// awaitable (*done = 1, the item is its result); any other yield is an await
// passing through (*done = 0); a return ends iteration (StopAsyncIteration).
static AyValue finish_step(AyVM *vm, AgAwait *a, AyGenResult res, AyValue r, int *done) {
    *done = 0;
    if (res == AY_GEN_ERROR) {
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (a->is_close &&
            (ayErr_matches(vm, AY_EXC(vm, StopAsyncIteration)) || ayErr_matches(vm, AY_EXC(vm, GeneratorExit)))) {
            ayErr_clear(vm);
            *done = 1;
            return AY_NONE;
        }
        return AY_NULL;
    }
    if (res == AY_GEN_RETURN) {
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (a->is_close) {
            *done = 1;
            return AY_NONE;
        }
        return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopAsyncIteration)));
    }
    if (a->gen->yielded_item) {
        a->gen->yielded_item = 0;
        a->state = AW_CLOSED;
        a->gen->running_async = 0;
        if (a->is_close) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "async generator ignored GeneratorExit");
        *done = 1;
    }
    return r;
}

static AyValue resume(AyVM *vm, AgAwait *a, AyValue value, AyValue exc, int *done) {
    AyValue r;
    a->gen->yielded_item = 0;
    AyGenResult res = ayGen_resume(vm, a->gen, value, exc, &r);
    return finish_step(vm, a, res, r, done);
}

// The awaitable finished: as an iterator it raises StopIteration(result).
static AyValue stop_with(AyVM *vm, AyValue r, int done) {
    if (!r || !done) return r;
    if (r == AY_NONE) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
    AyValue exc = ayExc_new(vm, AY_EXC(vm, StopIteration), &r, 1);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

// The send slot: also what next() and send() use.
static AyValue agawait_am_send(AyVM *vm, AyValue self, AyValue v, int *done) {
    AgAwait *a = AY_AS(AgAwait, self);
    *done = 0;
    if (a->state == AW_CLOSED)
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot reuse already awaited %s",
                            a->is_close ? "aclose()/athrow()" : a->is_throw ? "aclose()/athrow()" : "__anext__()/asend()");
    if (a->state == AW_INIT) {
        if (a->gen->running_async)
            return ayErr_format(vm, AY_EXC(vm, RuntimeError),
                                a->is_throw ? "athrow(): asynchronous generator is already running"
                                            : "anext(): asynchronous generator is already running");
        if (a->gen->state == AY_GEN_CLOSED) {
            a->state = AW_CLOSED;
            if (a->is_close) {
                *done = 1;
                return AY_NONE;
            }
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
                if (a->is_close) {
                    *done = 1;
                    return AY_NONE;
                }
                return ayErr_set(vm, a->value);
            }
            return resume(vm, a, AY_NULL, a->value, done);
        }
        v = a->value;
    }
    return resume(vm, a, v, AY_NULL, done);
}

static AyValue agawait_next(AyVM *vm, AyValue self) {
    int done;
    AyValue r = agawait_am_send(vm, self, AY_NONE, &done);
    return stop_with(vm, r, done);
}

static AyValue m_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    int done;
    AyValue r = agawait_am_send(vm, args[0], args[1], &done);
    return stop_with(vm, r, done);
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
    int done;
    AyValue r = resume(vm, a, AY_NULL, exc, &done);
    return stop_with(vm, r, done);
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
    AyValue hooks = vm->asyncgen_hooks;
    if (!hooks) return true;
    AyValue firstiter = AY_AS(AyTuple, hooks)->items[0], finalizer = AY_AS(AyTuple, hooks)->items[1];
    if (finalizer != AY_NONE) g->hooks_finalizer = finalizer;
    if (firstiter != AY_NONE) return ayObj_call1(vm, firstiter, gen) != AY_NULL;
    return true;
}

AyValue ayAsyncGen_anext(AyVM *vm, AyValue gen) {
    if (!init_hooks(vm, gen)) return AY_NULL;
    return new_await(vm, t_asend(vm), gen, AY_NONE, false, false);
}

static AyValue ag_anext(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayAsyncGen_anext(vm, args[0]); }

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
static AyValue ag_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayGen_name(AY_AS(AyGen, self))); }
static AyValue ag_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayGen_qualname(AY_AS(AyGen, self))); }
static AyValue ag_code_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyGen, self)->frame.code); }
static AyValue ag_await_get(AyVM *vm, AyValue self) {
    AyValue y = ayGen_yieldfrom(AY_AS(AyGen, self));
    return y ? y : AY_NONE;
}

static const AyGetSetDef ag_getsets[] = {
    {"ag_running", ag_running_get, NULL},
    {"__name__", ag_name_get, NULL},
    {"__qualname__", ag_qualname_get, NULL},
    {"ag_code", ag_code_get, NULL},
    {"ag_frame", ayGen_frame_get, NULL},
    {"ag_await", ag_await_get, NULL},
    {NULL},
};

// {==== anext(aiterator, default): awaits __anext__(), StopAsyncIteration -> default

typedef struct AnextAwaitable {
    AyObj hdr;
    AyValue wrapped;     // what __anext__ returned
    AyValue iter;        // its awaitable iterator, once started
    AyValue deflt;
} AnextAwaitable;

static void anext_trace(AyVM *vm, AyObj *o) {
    AnextAwaitable *a = (AnextAwaitable *)o;
    ayGC_mark(vm, a->wrapped);
    ayGC_mark(vm, a->iter);
    ayGC_mark(vm, a->deflt);
}

AyValue ayGen_send_value(AyVM *vm, AyValue sub, AyValue value, int *done);

// The end of the wrapped iteration: StopAsyncIteration becomes the default.
static AyValue anext_result(AyVM *vm, AnextAwaitable *a, AyValue r, int *done) {
    if (r || !ayErr_matches(vm, AY_EXC(vm, StopAsyncIteration))) return r;
    ayErr_clear(vm);
    *done = 1;
    return a->deflt;
}

static AyValue anext_send(AyVM *vm, AyValue self, AyValue v, int *done) {
    AnextAwaitable *a = AY_AS(AnextAwaitable, self);
    *done = 0;
    if (!a->iter) {
        a->iter = ayAwaitable_get(vm, a->wrapped, 0);
        if (!a->iter) return AY_NULL;
    }
    return anext_result(vm, a, ayGen_send_value(vm, a->iter, v, done), done);
}

static AyValue anext_next(AyVM *vm, AyValue self) {
    int done;
    AyValue r = anext_send(vm, self, AY_NONE, &done);
    return stop_with(vm, r, done);
}

static AyValue anext_m_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    int done;
    AyValue r = anext_send(vm, args[0], args[1], &done);
    return stop_with(vm, r, done);
}

// throw() and close() go to the wrapped iterator's own methods.
static AyValue anext_delegate(AyVM *vm, AyValue *args, int nargs, const char *method) {
    AnextAwaitable *a = AY_AS(AnextAwaitable, args[0]);
    if (!a->iter) {
        a->iter = ayAwaitable_get(vm, a->wrapped, 0);
        if (!a->iter) return AY_NULL;
    }
    AyValue m = ayObj_getattr(vm, a->iter, ayStr_intern_c(vm, method));
    if (!m) return AY_NULL;
    int done = 0;
    AyValue r = anext_result(vm, a, ayObj_call(vm, m, args + 1, nargs - 1, AY_NULL), &done);
    return stop_with(vm, r, done);
}
static AyValue anext_m_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return anext_delegate(vm, args, nargs, "throw");
}
static AyValue anext_m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return anext_delegate(vm, args, nargs, "close");
}

static const AyMethodDef anext_methods[] = {
    {"send", anext_m_send, 0, NULL},
    {"throw", anext_m_throw, 0, NULL},
    {"close", anext_m_close, 0, NULL},
    {"__await__", m_await, 0, NULL},
    {NULL},
};

AyValue ayAsyncGen_anext_default(AyVM *vm, AyValue awaitable, AyValue deflt) {
    AnextAwaitable *a = AY_NEW(vm, AnextAwaitable, vm->t_anext_awaitable);
    if (!a) return AY_NULL;
    a->wrapped = awaitable;
    a->deflt = deflt;
    return ayV_from_obj(a);
}

// }====

void ayAsyncGen_setup(AyVM *vm) {
    AyType *an = vm->t_anext_awaitable;
    an->basic_size = sizeof(AnextAwaitable);
    an->trace = anext_trace;
    an->iter = iter_self;
    an->next = anext_next;
    an->send = anext_send;
    ayType_add_methods(vm, an, anext_methods);
    AyType *ag = vm->t_async_generator;
    ayType_add_methods(vm, ag, ag_methods);
    ayType_add_getsets(vm, ag, ag_getsets);
    AyType *ts[2] = {vm->t_asyncgen_asend, vm->t_asyncgen_athrow};
    for (int i = 0; i < 2; i++) {
        AyType *t = ts[i];
        t->basic_size = sizeof(AgAwait);
        t->flags |= AY_TF_AWAIT_SELF;
        t->trace = agawait_trace;
        t->iter = iter_self;
        t->next = agawait_next;
        t->send = agawait_am_send;
        ayType_add_methods(vm, t, agawait_methods);
    }
}
