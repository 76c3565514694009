// Raising exceptions from C, the BaseException type family, and traceback
// entries. Printing lives in traceback.c.
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "native.h"
#include "str.h"
#include "vm.h"

void ayBuf_vprintf(AyBuf *b, const char *fmt, va_list ap);

// {==== raising

AyValue ayExc_new(AyVM *vm, AyType *type, AyValue *args, int nargs) {
    return ayObj_call(vm, ayV_from_obj(type), args, nargs, AY_NULL);
}

// Sets `exc` as the pending exception, chaining the exception being handled
// as its __context__ (the implicit chaining every raise does).
static void set_pending(AyVM *vm, AyValue exc) {
    AyValue ctx = vm->exc_info;
    if (ctx && ctx != exc && ayV_is_exc(vm, exc)) {
        AyExc *e = AY_AS(AyExc, exc);
        if (!e->context) {
            // avoid cycles: cut the chain where it would reach exc again
            AyValue o = ctx;
            while (o && ayV_is_exc(vm, o)) {
                AyExc *oe = AY_AS(AyExc, o);
                if (oe->context == exc) {
                    oe->context = AY_NULL;
                    break;
                }
                o = oe->context;
            }
            e->context = ctx;
        }
    }
    vm->exc = exc;
}

AyValue ayErr_vformat(AyVM *vm, AyType *type, const char *fmt, va_list ap) {
    // While we build the message nothing may be pending.
    AyValue saved = vm->exc;
    vm->exc = AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_vprintf(&b, fmt, ap);
    AyValue msg = ayBuf_finish(&b);
    if (!msg) {
        if (!vm->exc) vm->exc = saved;
        return AY_NULL;
    }
    return ayErr_set_value(vm, type, msg);
}

AyValue ayErr_format(AyVM *vm, AyType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ayErr_vformat(vm, type, fmt, ap);
    va_end(ap);
    return AY_NULL;
}

AyValue ayErr_set_value(AyVM *vm, AyType *type, AyValue arg) {
    vm->exc = AY_NULL;
    AyValue exc = ayExc_new(vm, type, &arg, arg ? 1 : 0);
    if (!exc) return AY_NULL;  // creating it failed: that error is pending instead
    set_pending(vm, exc);
    return AY_NULL;
}

AyValue ayErr_set(AyVM *vm, AyValue exc) {
    if (ayV_is_typeobj(vm, exc)) {
        exc = ayExc_new(vm, AY_AS(AyType, exc), NULL, 0);
        if (!exc) return AY_NULL;
    }
    set_pending(vm, exc);
    return AY_NULL;
}

AyValue ayErr_nomemory(AyVM *vm) {
    if (vm->memory_error) {
        AyExc *e = AY_AS(AyExc, vm->memory_error);
        e->traceback = NULL;
        e->context = e->cause = AY_NULL;
        vm->exc = vm->memory_error;
    } else {
        vm->exc = AY_TRUE;  // during bootstrap: any non-null marker fails ay_new
    }
    return AY_NULL;
}

AyValue ayErr_fetch(AyVM *vm) {
    AyValue e = vm->exc;
    vm->exc = AY_NULL;
    return e;
}

void ayErr_clear(AyVM *vm) { vm->exc = AY_NULL; }

bool ayErr_matches(AyVM *vm, AyType *type) {
    return vm->exc && ayType_is_subtype(ayV_type(vm, vm->exc), type);
}

// }====
// {==== tracebacks

static void tb_trace(AyVM *vm, AyObj *o) {
    AyTraceback *tb = (AyTraceback *)o;
    ayGC_mark_obj(vm, (AyObj *)tb->next);
    ayGC_mark_obj(vm, (AyObj *)tb->code);
    ayGC_mark_obj(vm, (AyObj *)tb->globals);
    ayGC_mark_obj(vm, (AyObj *)tb->loc_code);
    ayGC_mark(vm, tb->frame);
}

void ayErr_add_traceback(AyVM *vm, AyCode *code, int lasti) {
    AyValue exc = vm->exc;
    if (!ayV_is_exc(vm, exc)) return;
    // leaving a comprehension's frame: its entry becomes the caller's, keeping
    // the position inside the comprehension (CPython runs them inline)
    AyTraceback *head = AY_AS(AyExc, exc)->traceback;
    if (head && !head->loc_code && (head->code->flags & AY_CO_COMPREHENSION) && !(code->flags & AY_CO_COMPREHENSION) &&
        head->code->filename == code->filename) {
        head->loc_code = head->code;
        head->code = code;
        head->frame = AY_NULL;  // the comprehension's frame is not one scripts see
        if (vm->frame && vm->frame->code == code) {
            head->globals = vm->frame->globals;
            head->running = vm->frame;
            head->running_caller = ayFrame_visible(vm->frame->prev);
        }
        return;
    }
    vm->exc = AY_NULL;  // allocation must not see a pending exception
    AyTraceback *tb = AY_NEW(vm, AyTraceback, vm->t_traceback);
    vm->exc = exc;
    if (!tb) return;
    AyExc *e = AY_AS(AyExc, exc);
    tb->next = e->traceback;
    tb->code = code;
    tb->lasti = lasti;
    tb->lineno = ayCode_line(code, lasti);
    if (vm->frame && vm->frame->code == code) {
        tb->globals = vm->frame->globals;
        tb->running = vm->frame;
        tb->running_caller = ayFrame_visible(vm->frame->prev);
    }
    e->traceback = tb;
    if (tb->next) ayFrame_link_caller(vm, tb->next, tb);
}

static AyValue tb_next_get(AyVM *vm, AyValue self) {
    AyTraceback *n = AY_AS(AyTraceback, self)->next;
    return n ? ayV_from_obj(n) : AY_NONE;
}
static AyValue tb_lineno_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyTraceback, self)->lineno); }
static AyValue tb_lasti_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyTraceback, self)->lasti * 2); }
static AyValue tb_frame_get(AyVM *vm, AyValue self) { return ayFrame_of_traceback(vm, AY_AS(AyTraceback, self)); }

static const AyGetSetDef tb_getsets[] = {
    {"tb_next", tb_next_get, NULL},
    {"tb_lineno", tb_lineno_get, NULL},
    {"tb_lasti", tb_lasti_get, NULL},
    {"tb_frame", tb_frame_get, NULL},
    {NULL},
};

// }====
// {==== BaseException

static void exc_trace(AyVM *vm, AyObj *o) {
    AyExc *e = (AyExc *)o;
    ayGC_mark_obj(vm, (AyObj *)e->dict);
    ayGC_mark_obj(vm, (AyObj *)e->args);
    ayGC_mark_obj(vm, (AyObj *)e->traceback);
    ayGC_mark(vm, e->context);
    ayGC_mark(vm, e->cause);
    ayGC_mark(vm, e->notes);
}

static AyValue exc_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyExc *e = (AyExc *)ayGC_new(vm, type, type->basic_size);
    if (!e) return AY_NULL;
    AyValue t = ayTuple_from_items(vm, args, nargs);
    if (!t) return AY_NULL;
    e->args = AY_AS(AyTuple, t);
    return ayV_from_obj(e);
}

static AyValue exc_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, ayType_name(ayV_type(vm, self)), kwnames)) return AY_NULL;
    AyValue t = ayTuple_from_items(vm, args, nargs);
    if (!t) return AY_NULL;
    AY_AS(AyExc, self)->args = AY_AS(AyTuple, t);
    return AY_NONE;
}

static AyValue exc_str(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    if (!a || a->len == 0) return ayV_from_obj(vm->empty_str);
    if (a->len == 1) return ayObj_str(vm, a->items[0]);
    return ayObj_str(vm, ayV_from_obj(a));
}

static AyValue exc_repr(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    const char *name = ayType_name(ayV_type(vm, self));
    if (a && a->len == 1) return ayStr_from_fmt(vm, "%s(%R)", name, a->items[0]);
    if (!a || a->len == 0) return ayStr_from_fmt(vm, "%s()", name);
    return ayStr_from_fmt(vm, "%s%R", name, ayV_from_obj(a));
}

static AyValue keyerror_str(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    if (a && a->len == 1) return ayObj_repr(vm, a->items[0]);
    return exc_str(vm, self);
}

static AyValue exc_args_get(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    return ayV_from_obj(a ? a : vm->empty_tuple);
}
static int exc_args_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "args may not be deleted");
        return -1;
    }
    AyValue *items;
    int64_t n;
    AyValue seq = ayObj_sequence_items(vm, v, &items, &n);
    if (!seq) return -1;
    AyValue t = ayTuple_from_items(vm, items, n);
    if (!t) return -1;
    AY_AS(AyExc, self)->args = AY_AS(AyTuple, t);
    return 0;
}
static AyValue exc_tb_get(AyVM *vm, AyValue self) {
    AyTraceback *tb = AY_AS(AyExc, self)->traceback;
    return tb ? ayV_from_obj(tb) : AY_NONE;
}
static int exc_tb_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__traceback__ may not be deleted");
        return -1;
    }
    if (v == AY_NONE) AY_AS(AyExc, self)->traceback = NULL;
    else if (ayV_is_type(vm, v, vm->t_traceback)) AY_AS(AyExc, self)->traceback = AY_AS(AyTraceback, v);
    else {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__traceback__ must be a traceback or None");
        return -1;
    }
    return 0;
}
static AyValue exc_context_get(AyVM *vm, AyValue self) {
    AyValue c = AY_AS(AyExc, self)->context;
    return c ? c : AY_NONE;
}
static int exc_context_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__context__ may not be deleted");
        return -1;
    }
    if (v != AY_NONE && !ayV_is_exc(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "exception context must be None or derive from BaseException");
        return -1;
    }
    AY_AS(AyExc, self)->context = v == AY_NONE ? AY_NULL : v;
    return 0;
}
static AyValue exc_cause_get(AyVM *vm, AyValue self) {
    AyValue c = AY_AS(AyExc, self)->cause;
    return c ? c : AY_NONE;
}
static int exc_cause_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__cause__ may not be deleted");
        return -1;
    }
    if (v != AY_NONE && !ayV_is_exc(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "exception cause must be None or derive from BaseException");
        return -1;
    }
    AyExc *e = AY_AS(AyExc, self);
    e->cause = v == AY_NONE ? AY_NULL : v;
    e->suppress_context = 1;
    return 0;
}
static AyValue exc_suppress_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AyExc, self)->suppress_context); }
static int exc_suppress_set(AyVM *vm, AyValue self, AyValue v) {
    int t = v ? ayObj_truth(vm, v) : 0;
    if (t < 0) return -1;
    AY_AS(AyExc, self)->suppress_context = (uint8_t)t;
    return 0;
}

static const AyGetSetDef exc_getsets[] = {
    {"args", exc_args_get, exc_args_set},
    {"__traceback__", exc_tb_get, exc_tb_set},
    {"__context__", exc_context_get, exc_context_set},
    {"__cause__", exc_cause_get, exc_cause_set},
    {"__suppress_context__", exc_suppress_get, exc_suppress_set},
    {NULL},
};

static AyValue m_with_traceback(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "with_traceback", nargs - 1, 1, 1)) return AY_NULL;
    if (exc_tb_set(vm, args[0], args[1]) < 0) return AY_NULL;
    return args[0];
}

static AyValue m_add_note(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "add_note", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "note must be a str, not '%T'", args[1]);
    AyValue notes = ayObj_getattr_opt(vm, args[0], vm->s.__notes__);
    if (!notes) {
        if (ayErr_occurred(vm)) return AY_NULL;
        notes = ayList_from_items(vm, NULL, 0);
        if (!notes || ayObj_setattr(vm, args[0], vm->s.__notes__, notes) < 0) return AY_NULL;
    }
    if (!ayV_is_list(vm, notes)) return ayErr_format(vm, AY_EXC(vm, TypeError), "Cannot add note: __notes__ is not a list");
    return ayList_append(vm, AY_AS(AyList, notes), args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_reduce(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyExc *e = AY_AS(AyExc, args[0]);
    return ayTuple_pack2(vm, ayV_from_obj(ayV_type(vm, args[0])), ayV_from_obj(e->args ? e->args : vm->empty_tuple));
}

static const AyMethodDef exc_methods[] = {
    {"with_traceback", m_with_traceback, 0, NULL},
    {"add_note", m_add_note, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL},
};

// Subclasses whose constructor also sets attributes: (type, init).
static AyValue set_attr_from_arg(AyVM *vm, AyValue self, const char *name, AyValue v) {
    return ayObj_generic_setattr(vm, self, ayStr_intern_c(vm, name), v) < 0 ? AY_NULL : AY_NONE;
}

static AyValue stopiteration_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return AY_NULL;
    return set_attr_from_arg(vm, self, "value", nargs ? args[0] : AY_NONE);
}

static AyValue systemexit_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return AY_NULL;
    AyValue code = nargs == 0 ? AY_NONE : nargs == 1 ? args[0] : ayV_from_obj(AY_AS(AyExc, self)->args);
    return set_attr_from_arg(vm, self, "code", code);
}

static AyValue nameerror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    int nkw = ayArg_nkw(kwnames);
    if (!ayArg_unpack(vm, ayType_name(ayV_type(vm, self)), args + nargs, 0, kwnames, "$ name", a)) return AY_NULL;
    (void)nkw;
    if (!exc_init(vm, self, args, nargs, AY_NULL)) return AY_NULL;
    return set_attr_from_arg(vm, self, "name", a[0] ? a[0] : AY_NONE);
}

static AyValue attributeerror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, ayType_name(ayV_type(vm, self)), args + nargs, 0, kwnames, "$ name obj", a)) return AY_NULL;
    if (!exc_init(vm, self, args, nargs, AY_NULL)) return AY_NULL;
    if (!set_attr_from_arg(vm, self, "name", a[0] ? a[0] : AY_NONE)) return AY_NULL;
    return set_attr_from_arg(vm, self, "obj", a[1] ? a[1] : AY_NONE);
}

static AyValue importerror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, ayType_name(ayV_type(vm, self)), args + nargs, 0, kwnames, "$ name path", a)) return AY_NULL;
    if (!exc_init(vm, self, args, nargs, AY_NULL)) return AY_NULL;
    if (!set_attr_from_arg(vm, self, "msg", nargs == 1 ? args[0] : AY_NONE)) return AY_NULL;
    if (!set_attr_from_arg(vm, self, "name", a[0] ? a[0] : AY_NONE)) return AY_NULL;
    return set_attr_from_arg(vm, self, "path", a[1] ? a[1] : AY_NONE);
}

static AyValue importerror_str(AyVM *vm, AyValue self) {
    AyValue msg = ayObj_getattr_opt(vm, self, vm->s.msg);
    if (msg && msg != AY_NONE) return ayObj_str(vm, msg);
    return exc_str(vm, self);
}

AyType *ayErr_oserror_type(AyVM *vm, int64_t err) {
    switch (err) {
    case ENOENT: return AY_EXC(vm, FileNotFoundError);
    case EEXIST: return AY_EXC(vm, FileExistsError);
    case EISDIR: return AY_EXC(vm, IsADirectoryError);
    case ENOTDIR: return AY_EXC(vm, NotADirectoryError);
    case EACCES: case EPERM: return AY_EXC(vm, PermissionError);
    case EPIPE: case ESHUTDOWN: return AY_EXC(vm, BrokenPipeError);
    case ECONNREFUSED: return AY_EXC(vm, ConnectionRefusedError);
    case ECONNRESET: return AY_EXC(vm, ConnectionResetError);
    case ECONNABORTED: return AY_EXC(vm, ConnectionAbortedError);
    case ETIMEDOUT: return AY_EXC(vm, TimeoutError);
    case EINTR: return AY_EXC(vm, InterruptedError);
    case EAGAIN: case EALREADY: case EINPROGRESS: return AY_EXC(vm, BlockingIOError);
    case ECHILD: return AY_EXC(vm, ChildProcessError);
    case ESRCH: return AY_EXC(vm, ProcessLookupError);
    default: return AY_EXC(vm, OSError);
    }
}

// OSError(errno, strerror, ...) builds the subclass its errno stands for.
static AyValue oserror_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (type == AY_EXC(vm, OSError) && nargs >= 2 && ayV_is_int(args[0])) type = ayErr_oserror_type(vm, ayV_int(args[0]));
    return exc_new(vm, type, args, nargs, kwnames);
}

static AyValue oserror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return AY_NULL;
    AyValue err = AY_NONE, strerror = AY_NONE, filename = AY_NONE, filename2 = AY_NONE;
    if (nargs >= 2 && nargs <= 5) {
        err = args[0];
        strerror = args[1];
        if (nargs >= 3) filename = args[2];
        if (nargs >= 5) filename2 = args[4];
        if (nargs >= 3) {
            // args keeps only (errno, strerror), as in CPython
            AyValue t = ayTuple_from_items(vm, args, 2);
            if (!t) return AY_NULL;
            AY_AS(AyExc, self)->args = AY_AS(AyTuple, t);
        }
    }
    if (!set_attr_from_arg(vm, self, "errno", err) || !set_attr_from_arg(vm, self, "strerror", strerror) ||
        !set_attr_from_arg(vm, self, "filename", filename) || !set_attr_from_arg(vm, self, "filename2", filename2))
        return AY_NULL;
    return AY_NONE;
}

static AyValue oserror_str(AyVM *vm, AyValue self) {
    AyValue err = ayObj_getattr_opt(vm, self, vm->s.errno_);
    AyValue strerror = ayObj_getattr_opt(vm, self, vm->s.strerror);
    AyValue filename = ayObj_getattr_opt(vm, self, vm->s.filename);
    AyValue filename2 = ayObj_getattr_opt(vm, self, ayStr_intern_c(vm, "filename2"));
    if (filename && filename != AY_NONE) {
        if (filename2 && filename2 != AY_NONE)
            return ayStr_from_fmt(vm, "[Errno %S] %S: %R -> %R", err, strerror, filename, filename2);
        return ayStr_from_fmt(vm, "[Errno %S] %S: %R", err, strerror, filename);
    }
    if (err && err != AY_NONE && strerror && strerror != AY_NONE)
        return ayStr_from_fmt(vm, "[Errno %S] %S", err, strerror);
    return exc_str(vm, self);
}

static AyValue syntaxerror_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return AY_NULL;
    AyValue msg = nargs >= 1 ? args[0] : AY_NONE;
    AyValue info[6] = {AY_NONE, AY_NONE, AY_NONE, AY_NONE, AY_NONE, AY_NONE};
    if (nargs == 2) {
        AyValue *items;
        int64_t n;
        AyValue seq = ayObj_sequence_items(vm, args[1], &items, &n);
        if (!seq) return AY_NULL;
        if (n < 4 || n > 6)
            return ayErr_format(vm, AY_EXC(vm, IndexError), "tuple index out of range");
        for (int64_t i = 0; i < n; i++) info[i] = items[i];
    }
    static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (!set_attr_from_arg(vm, self, "msg", msg)) return AY_NULL;
    for (int i = 0; i < 6; i++)
        if (!set_attr_from_arg(vm, self, names[i], info[i])) return AY_NULL;
    return set_attr_from_arg(vm, self, "print_file_and_line", AY_NONE);
}

static AyValue syntaxerror_str(AyVM *vm, AyValue self) {
    AyValue msg = ayObj_getattr_opt(vm, self, vm->s.msg);
    AyValue filename = ayObj_getattr_opt(vm, self, vm->s.filename);
    AyValue lineno = ayObj_getattr_opt(vm, self, vm->s.lineno);
    AyValue m = msg && msg != AY_NONE ? ayObj_str(vm, msg) : exc_str(vm, self);
    if (!m) return AY_NULL;
    const char *base = NULL;
    if (filename && ayV_is_str(vm, filename)) {
        base = strrchr(AY_CSTR(filename), '/');
        base = base ? base + 1 : AY_CSTR(filename);
    }
    bool have_line = lineno && ayV_is_int(lineno);
    if (base && have_line) return ayStr_from_fmt(vm, "%S (%s, line %S)", m, base, lineno);
    if (base) return ayStr_from_fmt(vm, "%S (%s)", m, base);
    if (have_line) return ayStr_from_fmt(vm, "%S (line %S)", m, lineno);
    return m;
}

static AyValue unicodedecode_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kw) {
    if (!exc_init(vm, self, args, nargs, kw)) return AY_NULL;
    if (nargs == 5) {
        static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++)
            if (!set_attr_from_arg(vm, self, names[i], args[i])) return AY_NULL;
    }
    return AY_NONE;
}

static AyValue unicodedecode_str(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    if (!a || a->len != 5) return exc_str(vm, self);
    AyValue enc = a->items[0], obj = a->items[1], start = a->items[2], end = a->items[3], reason = a->items[4];
    int64_t s, e;
    if (ayObj_as_ssize(vm, start, &s) < 0 || ayObj_as_ssize(vm, end, &e) < 0) return AY_NULL;
    if (ayV_is_type(vm, obj, vm->t_bytes) && e == s + 1 && s < AY_AS(AyBytes, obj)->size)
        return ayStr_from_fmt(vm, "'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                              (unsigned)(uint8_t)AY_AS(AyBytes, obj)->data[s], (long long)s, reason);
    return ayStr_from_fmt(vm, "'%S' codec can't decode bytes in position %lld-%lld: %S", enc, (long long)s,
                          (long long)(e - 1), reason);
}

static AyValue unicodeencode_str(AyVM *vm, AyValue self) {
    AyTuple *a = AY_AS(AyExc, self)->args;
    if (!a || a->len != 5) return exc_str(vm, self);
    AyValue enc = a->items[0], obj = a->items[1], start = a->items[2], end = a->items[3], reason = a->items[4];
    int64_t s, e;
    if (ayObj_as_ssize(vm, start, &s) < 0 || ayObj_as_ssize(vm, end, &e) < 0) return AY_NULL;
    if (ayV_is_str(vm, obj) && e == s + 1 && s < AY_STR(obj)->len) {
        const char *p = AY_CSTR(obj) + ayStr_offset(AY_STR(obj), s);
        uint32_t cp = ayUtf8_decode(&p);
        const char *fmt = cp < 0x100 ? "'%S' codec can't encode character '\\x%02x' in position %lld: %S"
                          : cp < 0x10000 ? "'%S' codec can't encode character '\\u%04x' in position %lld: %S"
                                         : "'%S' codec can't encode character '\\U%08x' in position %lld: %S";
        return ayStr_from_fmt(vm, fmt, enc, cp, (long long)s, reason);
    }
    return ayStr_from_fmt(vm, "'%S' codec can't encode characters in position %lld-%lld: %S", enc, (long long)s,
                          (long long)(e - 1), reason);
}

void ayExcGroup_setup(AyVM *vm);

// }====

void ayExc_setup(AyVM *vm) {
    // Exception types are created here (after the builtin types exist) from
    // the list in vm.h; their slots come from BaseException by inheritance.
    vm->t_traceback->basic_size = sizeof(AyTraceback);
    vm->t_traceback->trace = tb_trace;
    ayType_add_getsets(vm, vm->t_traceback, tb_getsets);
}

void ayErr_setup(AyVM *vm) {
    vm->exc_types[AY_EXC_object] = vm->t_object;
#define MAKE_EXC(name, base) \
    vm->exc_types[AY_EXC_##name] = ayType_new_builtin(vm, #name, vm->exc_types[AY_EXC_##base], sizeof(AyExc), \
                                                      AY_TF_BASETYPE);
    AY_EXCEPTIONS(MAKE_EXC)
#undef MAKE_EXC
    AyType *be = AY_EXC(vm, BaseException);
    be->flags |= AY_TF_EXC_SUB;
    be->tp_new = exc_new;
    be->tp_init = exc_init;
    be->repr = exc_repr;
    be->str = exc_str;
    be->trace = exc_trace;
    be->dict_offset = offsetof(AyExc, dict);
    be->getattr = ayObj_generic_getattr;
    be->setattr = ayObj_generic_setattr;
    ayType_add_methods(vm, be, exc_methods);
    ayType_add_getsets(vm, be, exc_getsets);
    AY_EXC(vm, KeyError)->str = keyerror_str;
    AY_EXC(vm, StopIteration)->tp_init = stopiteration_init;
    AY_EXC(vm, SystemExit)->tp_init = systemexit_init;
    AY_EXC(vm, NameError)->tp_init = nameerror_init;
    AY_EXC(vm, AttributeError)->tp_init = attributeerror_init;
    AY_EXC(vm, ImportError)->tp_init = importerror_init;
    AY_EXC(vm, ImportError)->str = importerror_str;
    AY_EXC(vm, OSError)->tp_new = oserror_new;
    AY_EXC(vm, OSError)->tp_init = oserror_init;
    AY_EXC(vm, OSError)->str = oserror_str;
    AY_EXC(vm, SyntaxError)->tp_init = syntaxerror_init;
    AY_EXC(vm, SyntaxError)->str = syntaxerror_str;
    AY_EXC(vm, UnicodeDecodeError)->tp_init = unicodedecode_init;
    AY_EXC(vm, UnicodeDecodeError)->str = unicodedecode_str;
    AY_EXC(vm, UnicodeEncodeError)->tp_init = unicodedecode_init;
    AY_EXC(vm, UnicodeEncodeError)->str = unicodeencode_str;
    // Ready them in definition order so each inherits from its (ready) base.
    for (int i = 0; i < AY_EXC_COUNT; i++) {
        AyType *t = vm->exc_types[i];
        t->flags |= AY_TF_EXC_SUB;
        ayType_ready(vm, t);
    }
    ayExcGroup_setup(vm);
    vm->memory_error = exc_new(vm, AY_EXC(vm, MemoryError), NULL, 0, AY_NULL);
}
