// contextvars: Context, ContextVar, Token (module _contextvars).
//
// A Context maps ContextVar -> value through a dict that is never mutated once
// another context may share it: ContextVar.set replaces the current context's
// dict with an updated copy, so copy_context() is O(1).
#include <string.h>

#include "aio.h"
#include "module.h"
#include "seq.h"
#include "str.h"

// {==== context switching

static AioContext *context_alloc(AyVM *vm, AyType *type, AyDict *vars) {
    AioContext *c = (AioContext *)ayGC_new(vm, type, type->basic_size);
    if (!c) return NULL;
    c->vars = vars;
    if (!c->vars) {
        ayGC_push_root(vm, ayV_from_obj(c));
        c->vars = ayDict_new(vm);
        ayGC_pop_roots(vm, 1);
        if (!c->vars) return NULL;
    }
    return c;
}

AioContext *aioContext_current(AyVM *vm) {
    AyAioState *st = aioState(vm);
    if (!st) return NULL;
    if (!st->ctx_current) {
        AioContext *c = context_alloc(vm, st->t_context, NULL);
        if (!c) return NULL;
        c->entered = 1;
        st->ctx_current = ayV_from_obj(c);
    }
    return AY_AS(AioContext, st->ctx_current);
}

AyValue aioContext_copy_current(AyVM *vm) {
    AioContext *cur = aioContext_current(vm);
    if (!cur) return AY_NULL;
    AioContext *c = context_alloc(vm, vm->aio->t_context, cur->vars);
    return c ? ayV_from_obj(c) : AY_NULL;
}

AyValue aioContext_snapshot(AyVM *vm) {
    AioContext *cur = aioContext_current(vm);
    return cur ? ayV_from_obj(cur->vars) : AY_NULL;
}

AyValue aioContext_materialize(AyVM *vm, AyValue v) {
    if (!ayV_is_dict(vm, v)) return v;
    AioContext *c = context_alloc(vm, vm->aio->t_context, AY_AS(AyDict, v));
    return c ? ayV_from_obj(c) : AY_NULL;
}

AioContext *aioContext_enter_any(AyVM *vm, AyValue v) {
    AyAioState *st = vm->aio;
    AioContext *c;
    if (ayV_is_dict(vm, v)) {
        if (st->ctx_scratch && !AY_AS(AioContext, st->ctx_scratch)->entered) {
            c = AY_AS(AioContext, st->ctx_scratch);
            c->vars = AY_AS(AyDict, v);
        } else {
            c = context_alloc(vm, st->t_context, AY_AS(AyDict, v));
            if (!c) return NULL;
            if (!st->ctx_scratch) st->ctx_scratch = ayV_from_obj(c);
        }
    } else {
        c = AY_AS(AioContext, v);
    }
    return aioContext_enter(vm, c) ? c : NULL;
}

bool aioContext_check(AyVM *vm, AyValue v) {
    return vm->aio && ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->aio->t_context);
}

bool aioContext_enter(AyVM *vm, AioContext *ctx) {
    if (ctx->entered) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot enter context: %R is already entered", ayV_from_obj(ctx));
        return false;
    }
    AyAioState *st = vm->aio;
    if (!aioContext_current(vm)) return false;
    ctx->prev = st->ctx_current;
    ctx->entered = 1;
    st->ctx_current = ayV_from_obj(ctx);
    return true;
}

void aioContext_exit(AyVM *vm, AioContext *ctx) {
    vm->aio->ctx_current = ctx->prev;
    ctx->prev = AY_NULL;
    ctx->entered = 0;
}

AyValue aioContext_call(AyVM *vm, AyValue ctx, AyValue fn, AyValue *args, int nargs) {
    if (!ctx || ctx == AY_NONE) return ayObj_call(vm, fn, args, nargs, AY_NULL);
    AioContext *c = AY_AS(AioContext, ctx);
    if (!aioContext_enter(vm, c)) return AY_NULL;
    AyValue r = ayObj_call(vm, fn, args, nargs, AY_NULL);
    aioContext_exit(vm, c);
    return r;
}

// }====
// {==== Context

static void context_trace(AyVM *vm, AyObj *o) {
    AioContext *c = (AioContext *)o;
    ayGC_mark_obj(vm, (AyObj *)c->vars);
    ayGC_mark(vm, c->prev);
}

static AyValue context_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (nargs || ayArg_nkw(kwnames))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "Context() does not accept any arguments");
    AioContext *c = context_alloc(vm, type, NULL);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static bool check_var(AyVM *vm, AyValue key) {
    if (ayV_is_obj(key) && ayV_obj(key)->type == vm->aio->t_contextvar) return true;
    ayErr_format(vm, AY_EXC(vm, TypeError), "a ContextVar key was expected, got %R", key);
    return false;
}

static AyValue context_getitem(AyVM *vm, AyValue self, AyValue key) {
    if (!check_var(vm, key)) return AY_NULL;
    AyValue v = ayDict_get(vm, AY_AS(AioContext, self)->vars, key);
    if (!v) return ayErr_set_value(vm, AY_EXC(vm, KeyError), key);
    return v;
}

static int context_contains(AyVM *vm, AyValue self, AyValue key) {
    if (!check_var(vm, key)) return -1;
    return ayDict_get(vm, AY_AS(AioContext, self)->vars, key) != AY_NULL;
}

static int64_t context_len(AyVM *vm, AyValue self) { return AY_AS(AioContext, self)->vars->used; }

static AyValue context_iter(AyVM *vm, AyValue self) { return ayObj_iter(vm, ayV_from_obj(AY_AS(AioContext, self)->vars)); }

static AyValue context_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !aioContext_check(vm, b)) return AY_NOTIMPLEMENTED;
    return ayObj_richcmp(vm, ayV_from_obj(AY_AS(AioContext, a)->vars), ayV_from_obj(AY_AS(AioContext, b)->vars), op);
}

static AyValue m_context_get(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "get", args + 1, nargs - 1, kw, "key | default", a)) return AY_NULL;
    if (!check_var(vm, a[0])) return AY_NULL;
    AyValue v = ayDict_get(vm, AY_AS(AioContext, args[0])->vars, a[0]);
    return v ? v : a[1] ? a[1] : AY_NONE;
}

static AyValue m_context_run(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (nargs < 2) return ayErr_format(vm, AY_EXC(vm, TypeError), "run() missing 1 required positional argument");
    AioContext *c = AY_AS(AioContext, args[0]);
    if (!aioContext_enter(vm, c)) return AY_NULL;
    AyValue r = ayObj_call(vm, args[1], args + 2, nargs - 2, kw);
    aioContext_exit(vm, c);
    return r;
}

static AyValue m_context_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "copy", nargs - 1, 0, 0)) return AY_NULL;
    AioContext *c = context_alloc(vm, vm->aio->t_context, AY_AS(AioContext, args[0])->vars);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static AyValue context_view(AyVM *vm, AyValue self, const char *method) {
    AyValue d = ayV_from_obj(AY_AS(AioContext, self)->vars);
    AyValue a[1] = {AY_NULL};
    AyValue view = ayObj_call_method(vm, d, ayStr_intern_c(vm, method), a, 0);
    return view ? ayObj_to_list(vm, view) : AY_NULL;
}
static AyValue m_context_keys(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return context_view(vm, args[0], "keys"); }
static AyValue m_context_values(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return context_view(vm, args[0], "values"); }
static AyValue m_context_items(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return context_view(vm, args[0], "items"); }

static const AyMethodDef context_methods[] = {
    {"get", m_context_get, 0, NULL},
    {"run", m_context_run, 0, NULL},
    {"copy", m_context_copy, 0, NULL},
    {"keys", m_context_keys, 0, NULL},
    {"values", m_context_values, 0, NULL},
    {"items", m_context_items, 0, NULL},
    {NULL},
};

// }====
// {==== ContextVar

static void var_trace(AyVM *vm, AyObj *o) {
    AioContextVar *v = (AioContextVar *)o;
    ayGC_mark(vm, v->name);
    ayGC_mark(vm, v->default_);
}

static AyValue var_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "ContextVar", args, nargs, kwnames, "name $ default", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "context variable name must be a str");
    AioContextVar *v = (AioContextVar *)ayGC_new(vm, type, type->basic_size);
    if (!v) return AY_NULL;
    v->name = a[0];
    v->default_ = a[1];
    return ayV_from_obj(v);
}

static AyValue var_repr(AyVM *vm, AyValue self) {
    AioContextVar *v = AY_AS(AioContextVar, self);
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_adds(&b, "<ContextVar name=");
    if (!ayBuf_add_repr(&b, v->name)) goto fail;
    if (v->default_) {
        ayBuf_adds(&b, " default=");
        if (!ayBuf_add_repr(&b, v->default_)) goto fail;
    }
    ayBuf_printf(&b, " at %p>", (void *)v);
    return ayBuf_finish(&b);
fail:
    ayBuf_free(&b);
    return AY_NULL;
}

static AyValue m_var_get(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "get", kw) || !ayArg_count(vm, "get", nargs - 1, 0, 1)) return AY_NULL;
    AioContextVar *v = AY_AS(AioContextVar, args[0]);
    AyAioState *st = vm->aio;
    if (st->ctx_current) {
        AyValue r = ayDict_get(vm, AY_AS(AioContext, st->ctx_current)->vars, args[0]);
        if (r) return r;
    }
    if (nargs > 1) return args[1];
    if (v->default_) return v->default_;
    return ayErr_set_value(vm, AY_EXC(vm, LookupError), args[0]);
}

static AyValue token_new_for(AyVM *vm, AyValue ctx, AyValue var, AyValue old) {
    AioToken *t = AY_NEW(vm, AioToken, vm->aio->t_token);
    if (!t) return AY_NULL;
    t->ctx = ctx;
    t->var = var;
    t->old = old;
    return ayV_from_obj(t);
}

// Sets (value != AY_NULL) or deletes var in the current context, copying its dict.
static bool var_store(AyVM *vm, AioContext *c, AyValue var, AyValue value) {
    AyDict *d = ayDict_copy(vm, c->vars);
    if (!d) return false;
    ayGC_push_root(vm, ayV_from_obj(d));
    int r = value ? ayDict_set(vm, d, var, value) : ayDict_del(vm, d, var);
    ayGC_pop_roots(vm, 1);
    if (r < 0) return false;
    c->vars = d;
    return true;
}

static AyValue m_var_set(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "set", kw) || !ayArg_count(vm, "set", nargs - 1, 1, 1)) return AY_NULL;
    AioContext *c = aioContext_current(vm);
    if (!c) return AY_NULL;
    AyValue old = ayDict_get(vm, c->vars, args[0]);
    AyValue tok = token_new_for(vm, ayV_from_obj(c), args[0], old);
    if (!tok) return AY_NULL;
    ayGC_push_root(vm, tok);
    bool ok = var_store(vm, c, args[0], args[1]);
    ayGC_pop_roots(vm, 1);
    return ok ? tok : AY_NULL;
}

static AyValue m_var_reset(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "reset", kw) || !ayArg_count(vm, "reset", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_type(vm, args[1], vm->aio->t_token))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected an instance of Token, got %R", args[1]);
    AioToken *t = AY_AS(AioToken, args[1]);
    if (t->used) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "%R has already been used once", args[1]);
    if (t->var != args[0])
        return ayErr_format(vm, AY_EXC(vm, ValueError), "%R was created by a different ContextVar", args[1]);
    AioContext *c = aioContext_current(vm);
    if (!c) return AY_NULL;
    if (t->ctx != ayV_from_obj(c))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "%R was created in a different Context", args[1]);
    t->used = 1;
    if (!t->old && !ayDict_get(vm, c->vars, args[0])) return AY_NONE;
    return var_store(vm, c, args[0], t->old) ? AY_NONE : AY_NULL;
}

static AyValue var_name_get(AyVM *vm, AyValue self) { return AY_AS(AioContextVar, self)->name; }

static const AyMethodDef var_methods[] = {
    {"get", m_var_get, 0, NULL},
    {"set", m_var_set, 0, NULL},
    {"reset", m_var_reset, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

static const AyGetSetDef var_getsets[] = {{"name", var_name_get, NULL}, {NULL}};

// }====
// {==== Token

static void token_trace(AyVM *vm, AyObj *o) {
    AioToken *t = (AioToken *)o;
    ayGC_mark(vm, t->ctx);
    ayGC_mark(vm, t->var);
    ayGC_mark(vm, t->old);
}

static AyValue token_repr(AyVM *vm, AyValue self) {
    AioToken *t = AY_AS(AioToken, self);
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_adds(&b, t->used ? "<Token used var=" : "<Token var=");
    if (!ayBuf_add_repr(&b, t->var)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    ayBuf_printf(&b, " at %p>", (void *)t);
    return ayBuf_finish(&b);
}

static AyValue token_var_get(AyVM *vm, AyValue self) { return AY_AS(AioToken, self)->var; }
static AyValue token_old_get(AyVM *vm, AyValue self) {
    AioToken *t = AY_AS(AioToken, self);
    return t->old ? t->old : vm->aio->token_missing;
}

static const AyGetSetDef token_getsets[] = {
    {"var", token_var_get, NULL},
    {"old_value", token_old_get, NULL},
    {NULL},
};

static const AyMethodDef token_methods[] = {
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// Token.MISSING is a unique marker with a fixed repr.
typedef struct Missing {
    AyObj hdr;
} Missing;
static AyValue missing_repr(AyVM *vm, AyValue self) { return ayV_from_obj(ayStr_new_c(vm, "<Token.MISSING>")); }

// }====

static AyValue f_copy_context(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "copy_context", nargs, 0, 0)) return AY_NULL;
    return aioContext_copy_current(vm);
}

static const AyMethodDef module_funcs[] = {
    {"copy_context", f_copy_context, 0, NULL},
    {NULL},
};

// Called from aioState when the state is created: the types exist before any module does.
void aioContext_setup(AyVM *vm, AyAioState *st) {
    AyValue modname = ayV_from_obj(ayStr_intern_c(vm, "_contextvars"));
    AyType *t = ayType_new_builtin(vm, "Context", vm->t_object, sizeof(AioContext), 0);
    t->module = modname;
    t->tp_new = context_new;
    t->trace = context_trace;
    t->getitem = context_getitem;
    t->contains = context_contains;
    t->len = context_len;
    t->iter = context_iter;
    t->richcmp = context_richcmp;
    ayType_add_methods(vm, t, context_methods);
    ayType_ready(vm, t);
    ayType_add_slot_wrappers(vm, t);
    ayType_set(vm, t, "__hash__", AY_NONE);
    t->hash = NULL;
    st->t_context = t;

    t = ayType_new_builtin(vm, "ContextVar", vm->t_object, sizeof(AioContextVar), 0);
    t->module = modname;
    t->tp_new = var_new;
    t->trace = var_trace;
    t->repr = var_repr;
    ayType_add_methods(vm, t, var_methods);
    ayType_add_getsets(vm, t, var_getsets);
    ayType_ready(vm, t);
    st->t_contextvar = t;

    t = ayType_new_builtin(vm, "Token", vm->t_object, sizeof(AioToken), 0);
    t->module = modname;
    t->trace = token_trace;
    t->repr = token_repr;
    ayType_add_methods(vm, t, token_methods);
    ayType_add_getsets(vm, t, token_getsets);
    ayType_ready(vm, t);
    st->t_token = t;

    AyType *mt = ayType_new_builtin(vm, "_Missing", vm->t_object, sizeof(Missing), 0);
    mt->module = modname;
    mt->repr = missing_repr;
    ayType_ready(vm, mt);
    AyObj *missing = ayGC_new(vm, mt, sizeof(Missing));
    st->token_missing = missing ? ayV_from_obj(missing) : AY_NONE;
    ayType_set(vm, t, "MISSING", st->token_missing);
}

AyValue ayMod_contextvars(AyVM *vm) {
    AyAioState *st = aioState(vm);
    if (!st) return AY_NULL;
    if (st->contextvars_mod) return st->contextvars_mod;
    AyModule *m = ayModule_new_native(vm, "_contextvars", module_funcs);
    if (!m) return AY_NULL;
    ayModule_add(vm, m, "Context", ayV_from_obj(st->t_context));
    ayModule_add(vm, m, "ContextVar", ayV_from_obj(st->t_contextvar));
    ayModule_add(vm, m, "Token", ayV_from_obj(st->t_token));
    st->contextvars_mod = ayV_from_obj(m);
    return st->contextvars_mod;
}
