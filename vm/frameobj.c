// Frame objects as scripts see them (sys._getframe(), tb.tb_frame,
// gen.gi_frame), locals() snapshots, and the interpreter's intrinsic helpers.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "gen.h"
#include "interp.h"
#include "module.h"
#include "native.h"
#include "opcodes.h"
#include "str.h"
#include "vm.h"

int ayImport_star(AyVM *vm, AyValue module, AyFrame *frame);
AyValue ayTypeParams_intrinsic(AyVM *vm, int which, AyValue v, AyFrame *frame);  // vm/typeparams.c

// A frame as scripts see it: a snapshot of a running frame (its locals
// copied into a dict), or the frame a traceback entry was made in, kept as
// the exception left it.
typedef struct AyFrameObj {
    AyObj hdr;
    AyCode *code;
    AyDict *globals;
    AyValue locals;          // mapping, or AY_NULL until built from `kept`
    AyValue back;            // AY_NULL: not known yet, see caller_tb
    AyTraceback *caller_tb;  // the entry made next, in the caller, as the exception left the frame
    int32_t lineno;
    int32_t lasti;
    int64_t nkept;
    AyValue kept[];          // a frame an exception left: its localsplus (cells as cells)
} AyFrameObj;

static size_t frameobj_gc_size(AyObj *o) { return sizeof(AyFrameObj) + sizeof(AyValue) * (size_t)((AyFrameObj *)o)->nkept; }

static void frameobj_trace(AyVM *vm, AyObj *o) {
    AyFrameObj *f = (AyFrameObj *)o;
    ayGC_mark_obj(vm, (AyObj *)f->code);
    ayGC_mark_obj(vm, (AyObj *)f->globals);
    ayGC_mark(vm, f->locals);
    for (int64_t i = 0; i < f->nkept; i++) ayGC_mark(vm, f->kept[i]);
    ayGC_mark(vm, f->back);
    ayGC_mark_obj(vm, (AyObj *)f->caller_tb);
}

// The locals dict of a frame of `code` whose localsplus are `values`.
static AyValue locals_dict(AyVM *vm, AyCode *code, const AyValue *values) {
    AyDict *d = ayDict_new(vm);
    if (!d) return AY_NULL;
    for (int i = 0; i < code->nlocalsplus; i++) {
        AyValue v = values[i];
        if ((code->localkinds[i] & (AY_CELL | AY_FREE)) && v && ayV_is_type(vm, v, vm->t_cell))
            v = AY_AS(AyCell, v)->value;
        if (!v) continue;
        if (ayDict_set(vm, d, ayV_from_obj(code->localnames[i]), v) < 0) return AY_NULL;
    }
    return ayV_from_obj(d);
}

AyValue ayFrame_locals(AyVM *vm, AyFrame *f) {
    if (f->locals) return f->locals;
    return locals_dict(vm, f->code, f->localsplus);
}

// A frame object with room for `nkept` values; its line is found from
// lasti unless given (lineno > 0).
static AyFrameObj *make_frameobj(AyVM *vm, AyCode *code, AyDict *globals, AyValue locals, int lasti, int lineno,
                                 AyValue back, int64_t nkept) {
    AyFrameObj *fo = (AyFrameObj *)ayGC_new(vm, vm->t_frame, sizeof(AyFrameObj) + sizeof(AyValue) * (size_t)nkept);
    if (!fo) return NULL;
    fo->code = code;
    fo->globals = globals;
    fo->locals = locals;
    fo->back = back;
    fo->lasti = lasti;
    fo->lineno = lineno > 0 ? lineno : ayCode_line(code, lasti);
    fo->nkept = nkept;
    return fo;
}

AyValue ayFrame_snapshot_of(AyVM *vm, AyFrame *f) {
    AyValue locals = ayFrame_locals(vm, f);
    if (!locals) return AY_NULL;
    ayGC_push_root(vm, locals);
    int lasti = f == vm->frame ? 0 : (int)(f->ip - f->code->code) - 1;
    if (f == vm->frame && f->ip) lasti = (int)(f->ip - f->code->code) - 1;
    AyFrameObj *fo = make_frameobj(vm, f->code, f->globals, locals, lasti < 0 ? 0 : lasti, 0, AY_NONE, 0);
    ayGC_pop_roots(vm, 1);
    AyFrame *caller = ayFrame_visible(f->prev);
    if (fo && caller) {
        ayGC_push_root(vm, ayV_from_obj(fo));
        AyValue b = ayFrame_snapshot_of(vm, caller);
        ayGC_pop_roots(vm, 1);
        if (!b) return AY_NULL;
        fo->back = b;
    }
    return fo ? ayV_from_obj(fo) : AY_NULL;
}

// An exception is leaving frame f: the entry it made in the traceback keeps
// what the frame held (CPython's frame objects outlive their frames), at
// the cost of one copy of its locals per frame unwound.
void ayFrame_keep_for_traceback(AyVM *vm, AyFrame *f) {
    AyValue exc = vm->exc;
    if (!ayV_is_exc(vm, exc)) return;
    AyTraceback *tb = AY_AS(AyExc, exc)->traceback;
    if (!tb || tb->running != f || tb->frame) return;
    vm->exc = AY_NULL;  // allocation must not see a pending exception
    int64_t nkept = f->locals ? 0 : f->code->nlocalsplus;  // (frames with a namespace keep that)
    AyFrameObj *fo = make_frameobj(vm, f->code, f->globals, f->locals, tb->lasti, tb->lineno, AY_NULL, nkept);
    if (fo) {
        if (nkept) memcpy(fo->kept, f->localsplus, sizeof(AyValue) * (size_t)nkept);
        tb->frame = ayV_from_obj(fo);
    }
    vm->exc = exc;  // (out of memory: the frame object is left out)
}

// `caller` is the entry made right after `callee` as the exception went on:
// when callee's frame was left, caller's frame called it.
void ayFrame_link_caller(AyVM *vm, AyTraceback *callee, AyTraceback *caller) {
    if (!callee->frame) return;
    AyFrameObj *fo = AY_AS(AyFrameObj, callee->frame);
    if (!fo->back && !fo->caller_tb) fo->caller_tb = caller;
}

static bool is_running(AyVM *vm, const AyFrame *frame) {
    for (AyFrame *f = vm->frame; f; f = f->prev)
        if (f == frame) return true;
    return false;
}

// tb.tb_frame: kept as the exception left the frame, a snapshot while the
// frame still runs, or else (the frame returned since) its code and
// globals with no locals, and its caller while that still runs.
AyValue ayFrame_of_traceback(AyVM *vm, AyTraceback *tb) {
    if (tb->frame) return tb->frame;
    if (tb->running && is_running(vm, tb->running) && tb->running->code == tb->code) {
        AyValue r = ayFrame_snapshot_of(vm, (AyFrame *)tb->running);
        if (r) tb->frame = r;
        return r;
    }
    AyValue back = AY_NONE;
    if (tb->running_caller && is_running(vm, tb->running_caller)) {
        back = ayFrame_snapshot_of(vm, (AyFrame *)tb->running_caller);
        if (!back) return AY_NULL;
    }
    ayGC_push_root(vm, back);
    AyDict *locals = ayDict_new(vm);
    AyDict *g = tb->globals ? tb->globals : vm->frame ? vm->frame->globals : vm->builtins;
    AyFrameObj *fo = locals ? make_frameobj(vm, tb->code, g, ayV_from_obj(locals), tb->lasti, tb->lineno, back, 0) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!fo) return AY_NULL;
    tb->frame = ayV_from_obj(fo);
    return tb->frame;
}

AyValue ayFrame_for_gen(AyVM *vm, AyGen *g) {
    AyFrame *f = &g->frame;
    AyValue locals = ayFrame_locals(vm, f);
    if (!locals) return AY_NULL;
    // a running generator's lasti is only saved at yields: use its synced ip
    int lasti = (int)f->lasti;
    if (g->state == AY_GEN_RUNNING && f->ip > f->code->code) lasti = (int)(f->ip - f->code->code) - 1;
    AyFrameObj *fo = make_frameobj(vm, f->code, f->globals, locals, lasti, 0, AY_NONE, 0);
    return fo ? ayV_from_obj(fo) : AY_NULL;
}

static AyValue fo_code_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFrameObj, self)->code); }
static AyValue fo_globals_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFrameObj, self)->globals); }
static AyValue fo_locals_get(AyVM *vm, AyValue self) {
    AyFrameObj *fo = AY_AS(AyFrameObj, self);
    if (!fo->locals) fo->locals = locals_dict(vm, fo->code, fo->kept);
    return fo->locals;
}
static AyValue fo_lineno_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyFrameObj, self)->lineno); }
static AyValue fo_lasti_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyFrameObj, self)->lasti * 2); }
static AyValue fo_back_get(AyVM *vm, AyValue self) {
    AyFrameObj *fo = AY_AS(AyFrameObj, self);
    if (!fo->back) fo->back = fo->caller_tb ? ayFrame_of_traceback(vm, fo->caller_tb) : AY_NONE;
    return fo->back;
}
static AyValue fo_builtins_get(AyVM *vm, AyValue self) { return ayV_from_obj(vm->builtins); }

static const AyGetSetDef frameobj_getsets[] = {
    {"f_code", fo_code_get, NULL},
    {"f_globals", fo_globals_get, NULL},
    {"f_locals", fo_locals_get, NULL},
    {"f_lineno", fo_lineno_get, NULL},
    {"f_lasti", fo_lasti_get, NULL},
    {"f_back", fo_back_get, NULL},
    {"f_builtins", fo_builtins_get, NULL},
    {NULL},
};

static AyValue frameobj_repr(AyVM *vm, AyValue self) {
    AyFrameObj *f = AY_AS(AyFrameObj, self);
    return ayStr_from_fmt(vm, "<frame at %p, file '%U', line %d, code %U>", (void *)f, f->code->filename, f->lineno,
                          f->code->name);
}

// }====
// {==== intrinsics

AyValue ayIntrinsic_call(AyVM *vm, int which, AyValue v, AyFrame *frame) {
    switch (which) {
    case AY_INTRINSIC_PRINT_EXPR: {
        AyValue hook = vm->sys ? ayDict_get_cstr(vm, AY_AS(AyModule, vm->sys)->dict, "displayhook") : AY_NULL;
        if (!hook) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "lost sys.displayhook");
        return ayObj_call1(vm, hook, v);
    }
    case AY_INTRINSIC_STOPITERATION_ERROR: {
        // v is the exception escaping a generator/coroutine body
        AyType *t = ayV_type(vm, v);
        AyCode *code = frame->code;
        const char *kind = (code->flags & AY_CO_ASYNC_GENERATOR) ? "async generator"
                           : (code->flags & AY_CO_COROUTINE) ? "coroutine" : "generator";
        AyValue msg = AY_NULL;
        if (ayType_is_subtype(t, AY_EXC(vm, StopIteration)))
            msg = ayStr_from_fmt(vm, "%s raised StopIteration", kind);
        else if ((code->flags & AY_CO_ASYNC_GENERATOR) && ayType_is_subtype(t, AY_EXC(vm, StopAsyncIteration)))
            msg = ayStr_from_fmt(vm, "%s raised StopAsyncIteration", kind);
        if (!msg) return v;
        AyValue err = ayExc_new(vm, AY_EXC(vm, RuntimeError), &msg, 1);
        if (!err) return AY_NULL;
        AyExc *e = AY_AS(AyExc, err);
        e->cause = v;
        e->context = v;
        e->suppress_context = 1;
        return err;
    }
    case AY_INTRINSIC_UNARY_POSITIVE: return ayObj_pos(vm, v);
    case AY_INTRINSIC_LIST_TO_TUPLE:
        return ayTuple_from_items(vm, AY_AS(AyList, v)->items, AY_AS(AyList, v)->len);
    case AY_INTRINSIC_IMPORT_STAR:
        if (ayImport_star(vm, v, frame) < 0) return AY_NULL;
        return AY_NONE;
    case AY_INTRINSIC_SUBSCRIPT_GENERIC: case AY_INTRINSIC_TYPEVAR: case AY_INTRINSIC_TYPEVAR_WITH_BOUND:
    case AY_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: case AY_INTRINSIC_PARAMSPEC: case AY_INTRINSIC_TYPEVARTUPLE:
    case AY_INTRINSIC_TYPEALIAS:
        return ayTypeParams_intrinsic(vm, which, v, frame);
    default:
        return ayErr_format(vm, AY_EXC(vm, SystemError), "unknown intrinsic %d", which);
    }
}

// }====
// {==== async iteration protocol

AyValue ayAsyncIter_get(AyVM *vm, AyValue v) {
    AyValue m = ayType_lookup(vm, ayV_type(vm, v), vm->s.__aiter__);
    if (!m)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'async for' requires an object with __aiter__ method, got %T", v);
    AyValue it = ayObj_call1(vm, m, v);
    if (!it) return AY_NULL;
    if (!ayType_lookup(vm, ayV_type(vm, it), vm->s.__anext__))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
    return it;
}

AyValue ayAwaitable_get(AyVM *vm, AyValue v, int where);

AyValue ayAsyncIter_next(AyVM *vm, AyValue it) {
    if (ayV_is_type(vm, it, vm->t_async_generator)) return ayAsyncGen_anext(vm, it);
    AyValue m = ayType_lookup(vm, ayV_type(vm, it), vm->s.__anext__);
    if (!m)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'async for' requires an iterator with __anext__ method, got %T", it);
    AyValue aw = ayObj_call1(vm, m, it);
    if (!aw) return AY_NULL;
    AyValue r = ayAwaitable_get(vm, aw, 0);
    if (!r && ayErr_matches(vm, AY_EXC(vm, TypeError))) {
        ayErr_clear(vm);
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "'async for' received an invalid object from __anext__: %T", aw);
    }
    return r;
}

// }====

void ayFrameObj_setup(AyVM *vm) {
    AyType *t = vm->t_frame;
    t->basic_size = sizeof(AyFrameObj);
    t->trace = frameobj_trace;
    t->gc_size = frameobj_gc_size;
    t->repr = frameobj_repr;
    ayType_add_getsets(vm, t, frameobj_getsets);
}
