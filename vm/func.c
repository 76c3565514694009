// Functions, code objects, cells, and binding call arguments to parameters
// with CPython's exact error messages.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "interp.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// {==== code objects

static void code_trace(AyVM *vm, AyObj *o) {
    AyCode *c = (AyCode *)o;
    for (int i = 0; i < c->nconsts; i++) ayGC_mark(vm, c->consts[i]);
    for (int i = 0; i < c->nnames; i++) ayGC_mark_obj(vm, (AyObj *)c->names[i]);
    for (int i = 0; i < c->nlocalsplus; i++) ayGC_mark_obj(vm, (AyObj *)c->localnames[i]);
    ayGC_mark_obj(vm, (AyObj *)c->name);
    ayGC_mark_obj(vm, (AyObj *)c->qualname);
    ayGC_mark_obj(vm, (AyObj *)c->filename);
    ayGC_mark(vm, c->source);
}

static void code_finalize(AyVM *vm, AyObj *o) {
    AyCode *c = (AyCode *)o;
    size_t n = c->ncode ? c->ncode : 1;
    ayMem_free(vm, c->code, sizeof(AyInstr) * n);
    ayMem_free(vm, c->positions, sizeof(AyPos) * n);
    ayMem_free(vm, c->consts, sizeof(AyValue) * (size_t)(c->nconsts ? c->nconsts : 1));
    ayMem_free(vm, c->names, sizeof(AyStr *) * (size_t)(c->nnames ? c->nnames : 1));
    ayMem_free(vm, c->localnames, sizeof(AyStr *) * (size_t)(c->nlocalsplus ? c->nlocalsplus : 1));
    ayMem_free(vm, c->localkinds, (size_t)(c->nlocalsplus ? c->nlocalsplus : 1));
    if (c->exctable) ayMem_free(vm, c->exctable, sizeof(AyExcEntry) * (size_t)c->nexc);
}

AyCode *ayCode_new(AyVM *vm) { return AY_NEW(vm, AyCode, vm->t_code); }

int ayCode_line(AyCode *code, int i) {
    if (!code->positions || i < 0 || (uint32_t)i >= code->ncode) return code->firstlineno;
    return code->positions[i].line;
}

static AyValue code_repr(AyVM *vm, AyValue v) {
    AyCode *c = AY_AS(AyCode, v);
    return ayStr_from_fmt(vm, "<code object %U at %p, file \"%U\", line %d>", c->name, (void *)c, c->filename,
                          c->firstlineno);
}

static AyValue code_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyCode, self)->name); }
static AyValue code_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyCode, self)->qualname); }
static AyValue code_filename_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyCode, self)->filename); }
static AyValue code_firstlineno_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->firstlineno); }
static AyValue code_argcount_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->argcount); }
static AyValue code_flags_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->flags); }
static AyValue code_kwonly_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->kwonlyargcount); }
static AyValue code_posonly_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->posonlyargcount); }
static AyValue code_varnames_get(AyVM *vm, AyValue self) {
    AyCode *c = AY_AS(AyCode, self);
    AyTuple *t = ayTuple_new(vm, c->nlocals);
    if (!t) return AY_NULL;
    for (int i = 0; i < c->nlocals; i++) t->items[i] = ayV_from_obj(c->localnames[i]);
    return ayV_from_obj(t);
}
static AyValue code_nlocals_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->nlocals); }
// The names of the localsplus slots of one kind (AY_CELL, AY_FREE), in order.
static AyValue names_of_kind(AyVM *vm, AyCode *c, uint8_t kind) {
    int n = 0;
    for (int i = 0; i < c->nlocalsplus; i++) n += (c->localkinds[i] & kind) != 0;
    AyTuple *t = ayTuple_new(vm, n);
    if (!t) return AY_NULL;
    for (int i = 0, j = 0; i < c->nlocalsplus; i++)
        if (c->localkinds[i] & kind) t->items[j++] = ayV_from_obj(c->localnames[i]);
    return ayV_from_obj(t);
}
static AyValue code_cellvars_get(AyVM *vm, AyValue self) { return names_of_kind(vm, AY_AS(AyCode, self), AY_CELL); }
static AyValue code_freevars_get(AyVM *vm, AyValue self) { return names_of_kind(vm, AY_AS(AyCode, self), AY_FREE); }
static AyValue code_names_get(AyVM *vm, AyValue self) {
    AyCode *c = AY_AS(AyCode, self);
    AyTuple *t = ayTuple_new(vm, c->nnames);
    if (!t) return AY_NULL;
    for (int i = 0; i < c->nnames; i++) t->items[i] = ayV_from_obj(c->names[i]);
    return ayV_from_obj(t);
}
static AyValue code_consts_get(AyVM *vm, AyValue self) {
    AyCode *c = AY_AS(AyCode, self);
    return ayTuple_from_items(vm, c->consts, c->nconsts);
}
static AyValue code_stacksize_get(AyVM *vm, AyValue self) { return ayV_small(AY_AS(AyCode, self)->stacksize); }

// co_positions(): an iterator of (line, end_line, col, end_col) per
// instruction word (None where unknown); f_lasti // 2 indexes it.
static AyValue code_positions(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyCode *c = AY_AS(AyCode, args[0]);
    AyList *l = ayList_new(vm, c->ncode);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    for (uint32_t i = 0; i < c->ncode; i++) {
        AyPos p = c->positions ? c->positions[i] : (AyPos){-1, -1, -1, -1};
        int32_t f[4] = {p.line, p.end_line, p.col, p.end_col};
        AyValue items[4];
        for (int k = 0; k < 4; k++) items[k] = f[k] < 0 ? AY_NONE : ayV_small(f[k]);
        AyValue t = ayTuple_from_items(vm, items, 4);
        if (!t || !ayList_append(vm, l, t)) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ayObj_iter(vm, ayV_from_obj(l));
}

static const AyMethodDef code_methods[] = {
    {"co_positions", code_positions, 0, NULL},
    {NULL},
};

static const AyGetSetDef code_getsets[] = {
    {"co_name", code_name_get, NULL},
    {"co_qualname", code_qualname_get, NULL},
    {"co_filename", code_filename_get, NULL},
    {"co_firstlineno", code_firstlineno_get, NULL},
    {"co_argcount", code_argcount_get, NULL},
    {"co_posonlyargcount", code_posonly_get, NULL},
    {"co_kwonlyargcount", code_kwonly_get, NULL},
    {"co_flags", code_flags_get, NULL},
    {"co_varnames", code_varnames_get, NULL},
    {"co_nlocals", code_nlocals_get, NULL},
    {"co_cellvars", code_cellvars_get, NULL},
    {"co_freevars", code_freevars_get, NULL},
    {"co_names", code_names_get, NULL},
    {"co_consts", code_consts_get, NULL},
    {"co_stacksize", code_stacksize_get, NULL},
    {NULL},
};

void ayCode_setup(AyVM *vm) {
    AyType *t = vm->t_code;
    t->basic_size = sizeof(AyCode);
    t->trace = code_trace;
    t->finalize = code_finalize;
    t->repr = code_repr;
    ayType_add_getsets(vm, t, code_getsets);
    ayType_add_methods(vm, t, code_methods);
}

// }====
// {==== cells

static void cell_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((AyCell *)o)->value); }

AyCell *ayCell_new(AyVM *vm, AyValue v) {
    AyCell *c = AY_NEW(vm, AyCell, vm->t_cell);
    if (c) c->value = v;
    return c;
}

// types.CellType([contents]): an empty cell without an argument.
static AyValue cell_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_no_kw(vm, "cell", kwnames) || !ayArg_count(vm, "cell", nargs, 0, 1)) return AY_NULL;
    AyCell *c = ayCell_new(vm, nargs ? args[0] : AY_NULL);
    return c ? ayV_from_obj(c) : AY_NULL;
}

static AyValue cell_repr(AyVM *vm, AyValue v) {
    AyCell *c = AY_AS(AyCell, v);
    if (!c->value) return ayStr_from_fmt(vm, "<cell at %p: empty>", (void *)c);
    return ayStr_from_fmt(vm, "<cell at %p: %T object at %p>", (void *)c, c->value, (void *)ayV_obj(c->value));
}

static AyValue cell_contents_get(AyVM *vm, AyValue self) {
    AyValue v = AY_AS(AyCell, self)->value;
    if (!v) return ayErr_format(vm, AY_EXC(vm, ValueError), "Cell is empty");
    return v;
}
static int cell_contents_set(AyVM *vm, AyValue self, AyValue v) {
    AY_AS(AyCell, self)->value = v;
    return 0;
}

static const AyGetSetDef cell_getsets[] = {
    {"cell_contents", cell_contents_get, cell_contents_set},
    {NULL},
};

// }====
// {==== function objects

static void func_trace(AyVM *vm, AyObj *o) {
    AyFunction *f = (AyFunction *)o;
    ayGC_mark_obj(vm, (AyObj *)f->code);
    ayGC_mark_obj(vm, (AyObj *)f->globals);
    ayGC_mark_obj(vm, (AyObj *)f->builtins);
    ayGC_mark_obj(vm, (AyObj *)f->defaults);
    ayGC_mark_obj(vm, (AyObj *)f->kwdefaults);
    ayGC_mark_obj(vm, (AyObj *)f->closure);
    ayGC_mark_obj(vm, (AyObj *)f->name);
    ayGC_mark_obj(vm, (AyObj *)f->qualname);
    ayGC_mark(vm, f->doc);
    ayGC_mark(vm, f->module);
    ayGC_mark(vm, f->annotations);
    ayGC_mark_obj(vm, (AyObj *)f->type_params);
    ayGC_mark_obj(vm, (AyObj *)f->dict);
}

AyFunction *ayFunc_new(AyVM *vm, AyCode *code, AyDict *globals) {
    AyFunction *f = AY_NEW(vm, AyFunction, vm->t_function);
    if (!f) return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = vm->builtins;
    f->name = code->name;
    f->qualname = code->qualname;
    // the docstring is the first constant of a function's code (None if absent)
    f->doc = (code->flags & AY_CO_OPTIMIZED) && code->nconsts && ayV_is_str(vm, code->consts[0]) ? code->consts[0]
                                                                                                   : AY_NONE;
    AyValue mod = ayDict_get_str(vm, globals, vm->s.__name__);
    f->module = mod ? mod : AY_NONE;
    return f;
}

static AyValue func_repr(AyVM *vm, AyValue v) {
    AyFunction *f = AY_AS(AyFunction, v);
    return ayStr_from_fmt(vm, "<function %U at %p>", f->qualname, (void *)f);
}

static AyValue func_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    return ayEval_call_function(vm, AY_AS(AyFunction, callee), args, nargs, kwnames, AY_NULL);
}

static AyValue func_descr_get(AyVM *vm, AyValue descr, AyValue obj, AyValue type) {
    if (obj == AY_NONE && type != ayV_from_obj(vm->t_NoneType)) return descr;
    return ayMethod_new(vm, descr, obj);
}

static AyValue func_name_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFunction, self)->name); }
static int func_name_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v || !ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__name__ must be set to a string object");
        return -1;
    }
    AY_AS(AyFunction, self)->name = AY_STR(v);
    return 0;
}
static AyValue func_qualname_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFunction, self)->qualname); }
static int func_qualname_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v || !ayV_is_str(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__qualname__ must be set to a string object");
        return -1;
    }
    AY_AS(AyFunction, self)->qualname = AY_STR(v);
    return 0;
}
static AyValue func_doc_get(AyVM *vm, AyValue self) { return AY_AS(AyFunction, self)->doc; }
static int func_doc_set(AyVM *vm, AyValue self, AyValue v) {
    AY_AS(AyFunction, self)->doc = v ? v : AY_NONE;
    return 0;
}
static AyValue func_module_get(AyVM *vm, AyValue self) { return AY_AS(AyFunction, self)->module; }
static int func_module_set(AyVM *vm, AyValue self, AyValue v) {
    AY_AS(AyFunction, self)->module = v ? v : AY_NONE;
    return 0;
}
static AyValue func_defaults_get(AyVM *vm, AyValue self) {
    AyTuple *d = AY_AS(AyFunction, self)->defaults;
    return d ? ayV_from_obj(d) : AY_NONE;
}
static int func_defaults_set(AyVM *vm, AyValue self, AyValue v) {
    if (v && v != AY_NONE && !ayV_is_tuple(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__defaults__ must be set to a tuple object");
        return -1;
    }
    AY_AS(AyFunction, self)->defaults = v && v != AY_NONE ? AY_AS(AyTuple, v) : NULL;
    AY_AS(AyFunction, self)->version++;
    return 0;
}
static AyValue func_kwdefaults_get(AyVM *vm, AyValue self) {
    AyDict *d = AY_AS(AyFunction, self)->kwdefaults;
    return d ? ayV_from_obj(d) : AY_NONE;
}
static int func_kwdefaults_set(AyVM *vm, AyValue self, AyValue v) {
    if (v && v != AY_NONE && !ayV_is_dict(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    AY_AS(AyFunction, self)->kwdefaults = v && v != AY_NONE ? AY_AS(AyDict, v) : NULL;
    return 0;
}
static AyValue func_code_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFunction, self)->code); }
static AyValue func_globals_get(AyVM *vm, AyValue self) { return ayV_from_obj(AY_AS(AyFunction, self)->globals); }
static AyValue func_closure_get(AyVM *vm, AyValue self) {
    AyTuple *c = AY_AS(AyFunction, self)->closure;
    return c ? ayV_from_obj(c) : AY_NONE;
}
static AyValue func_annotations_get(AyVM *vm, AyValue self) {
    AyFunction *f = AY_AS(AyFunction, self);
    if (!f->annotations || f->annotations == AY_NONE) {
        AyDict *d = ayDict_new(vm);
        if (!d) return AY_NULL;
        f->annotations = ayV_from_obj(d);
    }
    return f->annotations;
}
static int func_annotations_set(AyVM *vm, AyValue self, AyValue v) {
    AY_AS(AyFunction, self)->annotations = v ? v : AY_NONE;
    return 0;
}

static AyValue func_type_params_get(AyVM *vm, AyValue self) {
    AyTuple *t = AY_AS(AyFunction, self)->type_params;
    return t ? ayV_from_obj(t) : ayTuple_from_items(vm, NULL, 0);
}
static int func_type_params_set(AyVM *vm, AyValue self, AyValue v) {
    if (!v || !ayV_is_tuple(vm, v)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "__type_params__ must be set to a tuple");
        return -1;
    }
    AY_AS(AyFunction, self)->type_params = AY_AS(AyTuple, v);
    return 0;
}

static const AyGetSetDef func_getsets[] = {
    {"__name__", func_name_get, func_name_set},
    {"__qualname__", func_qualname_get, func_qualname_set},
    {"__doc__", func_doc_get, func_doc_set},
    {"__module__", func_module_get, func_module_set},
    {"__defaults__", func_defaults_get, func_defaults_set},
    {"__kwdefaults__", func_kwdefaults_get, func_kwdefaults_set},
    {"__code__", func_code_get, NULL},
    {"__globals__", func_globals_get, NULL},
    {"__closure__", func_closure_get, NULL},
    {"__annotations__", func_annotations_get, func_annotations_set},
    {"__type_params__", func_type_params_get, func_type_params_set},
    {NULL},
};

// }====
// {==== binding arguments

static const char *fname(AyFunction *f) { return f->qualname ? f->qualname->data : f->code->name->data; }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static void add_name_list(AyBuf *b, AyStr **names, int n) {
    for (int i = 0; i < n; i++) {
        if (i) ayBuf_adds(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        ayBuf_printf(b, "'%U'", names[i]);
    }
}

static void missing_error(AyVM *vm, AyFunction *f, AyValue *locals, int start, int end, bool kwonly) {
    AyCode *code = f->code;
    AyStr *names[256];
    int n = 0;
    for (int i = start; i < end && n < 256; i++)
        if (!locals[i]) names[n++] = code->localnames[i];
    AyBuf b;
    ayBuf_init(&b, vm);
    ayBuf_printf(&b, "%s() missing %d required %s argument%s: ", fname(f), n, kwonly ? "keyword-only" : "positional",
                 n == 1 ? "" : "s");
    add_name_list(&b, names, n);
    AyValue msg = ayBuf_finish(&b);
    if (msg) ayErr_set_value(vm, AY_EXC(vm, TypeError), msg);
}

static void too_many_positional(AyVM *vm, AyFunction *f, int given, AyValue *locals) {
    AyCode *code = f->code;
    int ndefaults = f->defaults ? (int)f->defaults->len : 0;
    int kwonly_given = 0;
    for (int i = code->argcount; i < code->argcount + code->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    AyBuf b;
    ayBuf_init(&b, vm);
    int max = code->argcount, min = code->argcount - ndefaults;
    if (ndefaults) ayBuf_printf(&b, "%s() takes from %d to %d positional arguments but %d ", fname(f), min, max, given);
    else ayBuf_printf(&b, "%s() takes %d positional argument%s but %d ", fname(f), max, max == 1 ? "" : "s", given);
    if (kwonly_given)
        ayBuf_printf(&b, "positional argument%s (and %d keyword-only argument%s) were given", given == 1 ? "" : "s",
                     kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        ayBuf_printf(&b, "%s given", given == 1 ? "was" : "were");
    AyValue msg = ayBuf_finish(&b);
    if (msg) ayErr_set_value(vm, AY_EXC(vm, TypeError), msg);
}

// Fills locals[0 .. nparams) of a fresh frame from a call. Returns false with
// a TypeError set. locals must be zeroed; args are on the VM stack.
bool ayFunc_bind(AyVM *vm, AyFunction *f, AyValue *locals, AyValue *args, int nargs, AyValue kwnames) {
    AyCode *code = f->code;
    int argcount = code->argcount, kwonly = code->kwonlyargcount;
    int total = argcount + kwonly;
    AyDict *kwdict = NULL;
    if (code->flags & AY_CO_VARKEYWORDS) {
        kwdict = ayDict_new(vm);
        if (!kwdict) return false;
        locals[total + ((code->flags & AY_CO_VARARGS) ? 1 : 0)] = ayV_from_obj(kwdict);
    }
    int n = nargs < argcount ? nargs : argcount;
    for (int i = 0; i < n; i++) locals[i] = args[i];
    if (code->flags & AY_CO_VARARGS) {
        AyValue t = nargs > argcount ? ayTuple_from_items(vm, args + argcount, nargs - argcount)
                                     : ayV_from_obj(vm->empty_tuple);
        if (!t) return false;
        locals[total] = t;
    }
    int nkw = ayArg_nkw(kwnames);
    AyStr *posonly_kw[64];
    int nposonly_kw = 0;
    for (int k = 0; k < nkw; k++) {
        AyValue kn = AY_AS(AyTuple, kwnames)->items[k];
        AyValue val = args[nargs + k];
        if (!ayV_is_str(vm, kn)) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() keywords must be strings", fname(f));
            return false;
        }
        AyStr *name = AY_STR(kn);
        int idx = -1;
        for (int i = code->posonlyargcount; i < total; i++) {
            if (code->localnames[i] == name) {
                idx = i;
                break;
            }
        }
        if (idx < 0)
            for (int i = code->posonlyargcount; i < total; i++) {
                if (ayStr_eq(code->localnames[i], name)) {
                    idx = i;
                    break;
                }
            }
        if (idx < 0) {
            if (kwdict) {
                if (ayDict_set(vm, kwdict, kn, val) < 0) return false;
                continue;
            }
            for (int i = 0; i < code->posonlyargcount; i++)
                if (ayStr_eq(code->localnames[i], name) && nposonly_kw < 64) posonly_kw[nposonly_kw++] = name;
            if (nposonly_kw) continue;
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() got an unexpected keyword argument '%U'", fname(f), name);
            return false;
        }
        if (locals[idx]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() got multiple values for argument '%U'", fname(f), name);
            return false;
        }
        locals[idx] = val;
    }
    if (nposonly_kw) {
        AyBuf b;
        ayBuf_init(&b, vm);
        ayBuf_printf(&b, "%s() got some positional-only arguments passed as keyword arguments: ", fname(f));
        // CPython quotes the list as a whole: 'a, b'
        ayBuf_addc(&b, '\'');
        for (int i = 0; i < nposonly_kw; i++) ayBuf_printf(&b, "%s%U", i ? ", " : "", posonly_kw[i]);
        ayBuf_addc(&b, '\'');
        AyValue msg = ayBuf_finish(&b);
        if (msg) ayErr_set_value(vm, AY_EXC(vm, TypeError), msg);
        return false;
    }
    if (nargs > argcount && !(code->flags & AY_CO_VARARGS)) {
        too_many_positional(vm, f, nargs, locals);
        return false;
    }
    if (nargs < argcount) {
        int ndefaults = f->defaults ? (int)f->defaults->len : 0;
        int first_default = argcount - ndefaults;
        for (int i = nargs; i < argcount; i++) {
            if (locals[i]) continue;
            if (i >= first_default) {
                locals[i] = f->defaults->items[i - first_default];
            } else {
                missing_error(vm, f, locals, nargs, first_default, false);
                return false;
            }
        }
    }
    if (kwonly) {
        // defaults first, so the error names only the arguments that have none
        bool missing = false;
        for (int i = argcount; i < total; i++) {
            if (locals[i]) continue;
            AyValue d = f->kwdefaults ? ayDict_get_str(vm, f->kwdefaults, code->localnames[i]) : AY_NULL;
            if (d) locals[i] = d;
            else missing = true;
        }
        if (missing) {
            missing_error(vm, f, locals, argcount, total, true);
            return false;
        }
    }
    return true;
}

// }====

void ayFunc_setup(AyVM *vm) {
    AyType *t = vm->t_function;
    t->basic_size = sizeof(AyFunction);
    t->trace = func_trace;
    t->repr = func_repr;
    t->call = func_call;
    t->descr_get = func_descr_get;
    t->dict_offset = offsetof(AyFunction, dict);
    ayType_add_getsets(vm, t, func_getsets);
    AyType *ct = vm->t_cell;
    ct->basic_size = sizeof(AyCell);
    ct->trace = cell_trace;
    ct->repr = cell_repr;
    ct->tp_new = cell_new;
    ayType_add_getsets(vm, ct, cell_getsets);
}
