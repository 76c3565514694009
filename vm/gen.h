// Generators, coroutines and async generators: objects that own a suspended
// frame. The frame is stored inline at the end of the object, so suspending
// and resuming copy nothing.
#ifndef AY_GEN_H
#define AY_GEN_H

#include "code.h"
#include "vm.h"

typedef enum AyGenState { AY_GEN_CREATED, AY_GEN_SUSPENDED, AY_GEN_RUNNING, AY_GEN_CLOSED } AyGenState;

// What a resume produced.
typedef enum AyGenResult { AY_GEN_ERROR = -1, AY_GEN_YIELD = 0, AY_GEN_RETURN = 1 } AyGenResult;

// Fields are few and packed: every asyncio Task owns a coroutine, and a
// suspended task's memory is mostly this object.
struct AyGen {
    AyObj hdr;
    AyValue exc_state;       // the exception being handled inside, while suspended
    union {
        AyValue hooks_finalizer; // async generators: the loop's finalizer (or AY_NULL)
        AyCode *origin_code;     // coroutines: where they were created, for "coroutine ... was never awaited"
        AyValue caller_exc_info; // generators run by FOR_ITER in its own loop: the caller's exc_info
    };
    uint8_t state;           // AyGenState
    uint8_t hooks_inited;
    uint8_t running_async;   // async generators: an asend/athrow is in flight
    uint8_t yielded_item;    // async generators: the last yield was an item (ASYNC_GEN_WRAP), not an await
    uint32_t origin_lasti;
    AyFrame frame;           // must be last: header, localsplus, stack (sized by frame.code)
};

// __name__ and __qualname__: those of the function that made it (its frame
// keeps the function, or the code for a body without one).
static inline AyStr *ayGen_name(AyGen *g) { return g->frame.func ? g->frame.func->name : g->frame.code->name; }
static inline AyStr *ayGen_qualname(AyGen *g) {
    return g->frame.func ? g->frame.func->qualname : g->frame.code->qualname;
}

// Makes the generator for the running frame `f` (RETURN_GENERATOR) by moving
// the frame into a new generator object.
AyGen *ayGen_from_frame(AyVM *vm, AyFrame *f, AyValue *sp);
// Resumes with `value` sent in (or `exc` thrown in when not AY_NULL).
AyGenResult ayGen_resume(AyVM *vm, AyGen *gen, AyValue value, AyValue exc, AyValue *result);
// gen.send(value): the next yielded value, or StopIteration(return value).
AyValue ayGen_send(AyVM *vm, AyGen *gen, AyValue value);
// The iterator a generator is delegating to (yield from / await), or AY_NULL.
AyValue ayGen_yieldfrom(AyGen *gen);
// gi_frame, cr_frame and ag_frame: the frame object, None once closed.
AyValue ayGen_frame_get(AyVM *vm, AyValue self);
bool ayGen_is_gen(AyVM *vm, AyValue v);
// coroutine.__await__(): a coroutine_wrapper around `coro` (a coroutine or a C
// coroutine-like with send/throw/close methods).
AyValue ayCoroWrapper_new(AyVM *vm, AyValue coro);
// Closes a generator the way CPython's deallocation does: errors are reported
// as "Exception ignored in: ..." on stderr, never raised.
void ayGen_close_unraisable(AyVM *vm, AyGen *gen);
void ayGen_setup(AyVM *vm);
// agen.__anext__() (the asend awaitable), without the method lookup.
AyValue ayAsyncGen_anext(AyVM *vm, AyValue gen);
// anext(it, default): an awaitable for `awaitable` that ends in `deflt` on StopAsyncIteration.
AyValue ayAsyncGen_anext_default(AyVM *vm, AyValue awaitable, AyValue deflt);
AyValue ayAwaitable_get(AyVM *vm, AyValue v, int where);

#endif
