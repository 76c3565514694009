// _ast: the front end's syntax tree for the ast module (lib/ast.py).
//
// parse() runs Ay's parser and turns each AyNode into an instance of the
// Python node class of the same name; ayAst_compile_hook goes the other way
// (node objects -> AyNode in an arena, checked as CPython checks a tree) and
// compiles the result, which is how compile() accepts a tree. Both walk the node list of lang/ast.h, so every
// kind and field CPython 3.12 has is covered by one X-macro expansion each.
#include <string.h>

#include "compile.h"
#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "num.h"
#include "parser.h"
#include "stdmod.h"
#include "str.h"
#include "vm.h"

// Trees built from Python objects can be cyclic or absurdly deep: the
// conversion stops there as CPython's does (RecursionError).
enum { MAX_TREE_DEPTH = 3000 };


// {==== AyNode -> Python objects

typedef struct ToPy {
    AyVM *vm;
    AyValue classes;  // dict: kind, operator and context names -> class (or singleton instance)
} ToPy;

static AyValue node_to_py(ToPy *t, const AyNode *n);

static AyValue lookup(ToPy *t, const char *name) {
    AyValue v = ayDict_get_str(t->vm, AY_AS(AyDict, t->classes), ayStr_intern_c(t->vm, name));
    if (!v) ayErr_format(t->vm, AY_EXC(t->vm, SystemError), "_ast: no class for %s", name);
    return v;
}

// obj.name = v, keeping v alive while the attribute dict grows.
static bool set_field(AyVM *vm, AyValue obj, const char *name, AyValue v) {
    if (!v) return false;
    ayGC_push_root(vm, v);
    int r = ayObj_setattr(vm, obj, ayStr_intern_c(vm, name), v);
    ayGC_pop_roots(vm, 1);
    return r == 0;
}

static AyValue str_or_none(AyVM *vm, const char *s) {
    if (!s) return AY_NONE;
    AyStr *r = ayStr_new(vm, s, strlen(s));
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue const_to_py(AyVM *vm, const AyConst *c) {
    switch (c->kind) {
    case AY_CONST_NONE: return AY_NONE;
    case AY_CONST_TRUE: return AY_TRUE;
    case AY_CONST_FALSE: return AY_FALSE;
    case AY_CONST_ELLIPSIS: return AY_ELLIPSIS;
    case AY_CONST_INT: return ayInt_from_i64(vm, c->i);
    case AY_CONST_BIGINT: return ayInt_parse(vm, c->s, (size_t)c->len, 10, AY_NULL);
    case AY_CONST_FLOAT: return ayV_float_checked(c->f);
    case AY_CONST_COMPLEX: return ayComplex_new_value(vm, 0.0, c->f);
    case AY_CONST_STR: {
        AyStr *s = ayStr_new(vm, c->s, (size_t)c->len);
        return s ? ayV_from_obj(s) : AY_NULL;
    }
    case AY_CONST_BYTES: return ayBytes_from(vm, c->s, (size_t)c->len);
    }
    return AY_NONE;
}

static AyValue list_to_py(ToPy *t, const AyNodeList *l) {
    AyList *out = ayList_new(t->vm, l->len);
    if (!out) return AY_NULL;
    AyValue v = ayV_from_obj(out);
    ayGC_push_root(t->vm, v);
    bool ok = true;
    for (int i = 0; ok && i < l->len; i++) {
        AyValue item = node_to_py(t, l->items[i]);
        ok = item && (ayGC_push_root(t->vm, item), ayList_append(t->vm, out, item));
        if (item) ayGC_pop_roots(t->vm, 1);
    }
    ayGC_pop_roots(t->vm, 1);
    return ok ? v : AY_NULL;
}

static AyValue idents_to_py(AyVM *vm, const AyIdentList *l) {
    AyList *out = ayList_new(vm, l->len);
    if (!out) return AY_NULL;
    AyValue v = ayV_from_obj(out);
    ayGC_push_root(vm, v);
    bool ok = true;
    for (int i = 0; ok && i < l->len; i++) {
        AyValue s = str_or_none(vm, l->items[i]);
        ok = s && ayList_append(vm, out, s);
    }
    ayGC_pop_roots(vm, 1);
    return ok ? v : AY_NULL;
}

static AyValue cmpops_to_py(ToPy *t, const AyCmpopList *l) {
    AyList *out = ayList_new(t->vm, l->len);
    if (!out) return AY_NULL;
    AyValue v = ayV_from_obj(out);
    ayGC_push_root(t->vm, v);
    bool ok = true;
    for (int i = 0; ok && i < l->len; i++) {
        int op = l->items[i];
        AyValue item = lookup(t, ayAst_name(&ayAst_cmpop_names, op));
        ok = item && ayList_append(t->vm, out, item);
    }
    ayGC_pop_roots(t->vm, 1);
    return ok ? v : AY_NULL;
}

static AyValue named(ToPy *t, const AyAstNames *names, int i) { return lookup(t, ayAst_name(names, i)); }

// One field of the node being built: `obj` is rooted, `name` is the field.
#define TP_NODE(v) node_to_py(t, v)
#define TP_OPT(v) ((v) ? node_to_py(t, v) : AY_NONE)
#define TP_LIST(v) list_to_py(t, &(v))
#define TP_IDENT(v) str_or_none(vm, (v) ? (v) : "")
#define TP_OPTID(v) str_or_none(vm, v)
#define TP_IDLIST(v) idents_to_py(vm, &(v))
#define TP_INT(v) ayV_small(v)
#define TP_OPER(v) named(t, &ayAst_operator_names, v)
#define TP_UNOP(v) named(t, &ayAst_unaryop_names, v)
#define TP_BOOLOP(v) named(t, &ayAst_boolop_names, v)
#define TP_CMPOPS(v) cmpops_to_py(t, &(v))
#define TP_CTX(v) named(t, &ayAst_ctx_names, v)
#define TP_CONST(v) const_to_py(vm, &(v))

#define TP_FIELD(type, fname) \
    if (ok) ok = set_field(vm, obj, #fname, TP_##type(k->fname));
#define TP_CASE(kind, cat, fields) \
    case AyAst_##kind: { \
        const __typeof__(n->v.kind) *k = &n->v.kind; \
        (void)k; \
        fields \
        break; \
    }

static AyValue node_to_py(ToPy *t, const AyNode *n) {
    AyVM *vm = t->vm;
    if (!n) return AY_NONE;
    if (n->kind <= AyAst_None_ || n->kind >= AyAst_COUNT_)
        return ayErr_format(vm, AY_EXC(vm, SystemError), "_ast: bad node kind %d", n->kind);
    AyValue cls = lookup(t, ayAst_kind_names[n->kind]);
    if (!cls) return AY_NULL;
    AyValue obj = ayObj_call0(vm, cls);
    if (!obj) return AY_NULL;
    ayGC_push_root(vm, obj);
    bool ok = true;
    switch (n->kind) {
        AY_AST_NODES(TP_CASE, TP_FIELD)
    default:
        break;
    }
    int cat = ayAst_kind_category[n->kind];
    if (ok && cat != AY_CAT_MOD && cat != AY_CAT_PLAIN) {
        ok = set_field(vm, obj, "lineno", ayV_small(n->lineno)) &&
             set_field(vm, obj, "col_offset", ayV_small(n->col_offset)) &&
             set_field(vm, obj, "end_lineno", ayV_small(n->end_lineno)) &&
             set_field(vm, obj, "end_col_offset", ayV_small(n->end_col_offset));
    }
    ayGC_pop_roots(vm, 1);
    return ok ? obj : AY_NULL;
}

// `modes` lists the valid ones for the message (parsing also knows 'func_type').
static bool parse_mode(AyVM *vm, AyValue mode, const char *modes, AyParseMode *out) {
    const char *m = ayV_is_str(vm, mode) ? AY_CSTR(mode) : "";
    if (!strcmp(m, "exec")) *out = AY_PARSE_FILE;
    else if (!strcmp(m, "eval")) *out = AY_PARSE_EVAL;
    else if (!strcmp(m, "single")) *out = AY_PARSE_SINGLE;
    else {
        ayErr_format(vm, AY_EXC(vm, ValueError), "compile() mode must be %s", modes);
        return false;
    }
    return true;
}

// parse(source, filename, mode, classes): the tree of source (str or bytes).
static AyValue ast_parse(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "parse", args, nargs, kwnames, "source filename mode classes", a)) return AY_NULL;
    const char *src;
    int64_t len;
    if (ayV_is_str(vm, a[0])) {
        src = AY_CSTR(a[0]);
        len = AY_STR(a[0])->size;
    } else if (!ayBytes_view(vm, a[0], &src, &len)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "compile() arg 1 must be a string, bytes or AST object");
    }
    if (!ayV_is_str(vm, a[1]) || !ayV_is_dict(vm, a[3]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "parse() needs a str filename and a dict of classes");
    AyParseMode mode;
    if (!parse_mode(vm, a[2], "'exec', 'eval', 'single' or 'func_type'", &mode)) return AY_NULL;
    AyArena arena;
    ayArena_init(&arena, (void *(*)(void *, void *, size_t, size_t))vm->alloc, vm->alloc_ud);
    AySyntaxError err;
    memset(&err, 0, sizeof err);
    const char *filename = AY_CSTR(a[1]);
    AyNode *root = ayCompile_parse(vm, &arena, src, (size_t)len, filename, (AyParseMode)(mode | AY_PARSE_STRING_INPUT),
                                   &err);
    AyValue r = AY_NULL;
    if (!root) {
        ayCompile_raise(vm, filename, &err);
    } else if (!ayErr_occurred(vm)) {  // (warnings filters may turn a SyntaxWarning into an error)
        ToPy t = {vm, a[3]};
        r = node_to_py(&t, root);
    }
    aySyntaxError_clear(&err);
    ayArena_free(&arena);
    return r;
}

// }====
// {==== Python objects -> AyNode

typedef struct FromPy {
    AyVM *vm;
    AyArena *arena;
    int depth;
} FromPy;

static AyNode *node_from_py(FromPy *f, AyValue v, const char *owner, const char *field, bool optional);

static const char *class_name(AyVM *vm, AyValue v) { return ayType_name(ayV_type(vm, v)); }

// The attribute `name` of a node, AY_NULL (no exception) when absent.
static AyValue attr(FromPy *f, AyValue obj, const char *name) {
    return ayObj_getattr_opt(f->vm, obj, ayStr_intern_c(f->vm, name));
}

static const char *text_from_py(FromPy *f, AyValue v, const char *owner, const char *field, bool optional) {
    if (optional && (!v || v == AY_NONE)) return NULL;
    if (v == AY_NONE) {
        ayErr_format(f->vm, AY_EXC(f->vm, ValueError), "field '%s' is required for %s", field, owner);
        return NULL;
    }
    if (!v || !ayV_is_str(f->vm, v)) {
        if (v) ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "AST identifier must be of type str");
        else if (!ayErr_occurred(f->vm))
            ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "required field \"%s\" missing from %s", field, owner);
        return NULL;
    }
    char *s = ayArena_strdup(f->arena, AY_CSTR(v), (size_t)AY_STR(v)->size);
    if (!s) ayErr_format(f->vm, AY_EXC(f->vm, MemoryError), "out of memory");
    return s;
}

static bool list_from_py(FromPy *f, AyValue v, const char *owner, const char *field, AyValue *items, int64_t *n) {
    if (!v) {  // a missing list is an empty one, as in CPython
        *items = AY_NULL;
        *n = 0;
        return !ayErr_occurred(f->vm);
    }
    if (!ayV_is_list(f->vm, v)) {
        ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "%s field \"%s\" must be a list, not a %s", owner, field,
                     class_name(f->vm, v));
        return false;
    }
    *items = v;
    *n = AY_AS(AyList, v)->len;
    return true;
}

static bool nodes_from_py(FromPy *f, AyValue v, const char *owner, const char *field, AyNodeList *out) {
    AyValue list;
    int64_t n;
    if (!list_from_py(f, v, owner, field, &list, &n)) return false;
    out->len = (int)n;
    out->items = n ? ayArena_alloc(f->arena, sizeof(AyNode *) * (size_t)n) : NULL;
    // Dict.keys and arguments.kw_defaults hold None for `**d` and missing defaults
    bool nullable = !strcmp(field, "keys") || !strcmp(field, "kw_defaults");
    for (int64_t i = 0; i < n && i < AY_AS(AyList, list)->len; i++) {
        AyValue item = AY_AS(AyList, list)->items[i];
        out->items[i] = node_from_py(f, item, owner, field, nullable);
        if (!out->items[i] && ayErr_occurred(f->vm)) return false;
    }
    return true;
}

static bool idents_from_py(FromPy *f, AyValue v, const char *owner, const char *field, AyIdentList *out) {
    AyValue list;
    int64_t n;
    if (!list_from_py(f, v, owner, field, &list, &n)) return false;
    out->len = (int)n;
    out->items = n ? ayArena_alloc(f->arena, sizeof(char *) * (size_t)n) : NULL;
    for (int64_t i = 0; i < n && i < AY_AS(AyList, list)->len; i++)
        if (!(out->items[i] = text_from_py(f, AY_AS(AyList, list)->items[i], owner, field, false))) return false;
    return true;
}

// The index of the class name of `v` in names (0: none matches).
static int named_from_py(FromPy *f, AyValue v, const AyAstNames *names, const char *owner,
                         const char *field, const char *what) {
    if (v) {
        const char *cls = class_name(f->vm, v);
        for (int i = 1; i < names->count; i++)
            if (!strcmp(cls, names->names[i])) return i;
        ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "expected some sort of %s, but got %R", what, v);
    } else if (!ayErr_occurred(f->vm)) {
        ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "required field \"%s\" missing from %s", field, owner);
    }
    return 0;
}

static bool cmpops_from_py(FromPy *f, AyValue v, const char *owner, AyCmpopList *out) {
    AyValue list;
    int64_t n;
    if (!list_from_py(f, v, owner, "ops", &list, &n)) return false;
    out->len = (int)n;
    out->items = n ? ayArena_alloc(f->arena, (size_t)n) : NULL;
    for (int64_t i = 0; i < n && i < AY_AS(AyList, list)->len; i++) {
        int op = named_from_py(f, AY_AS(AyList, list)->items[i], &ayAst_cmpop_names, owner, "ops",
                               "cmpop");
        if (!op) return false;
        out->items[i] = (uint8_t)op;
    }
    return true;
}

static bool int_from_py(FromPy *f, AyValue v, const char *owner, const char *field, int *out) {
    int64_t i = 0;
    if (v == AY_NONE) v = ayV_small(0);  // optional ints (ImportFrom.level)
    if (!v) {
        if (!ayErr_occurred(f->vm))
            ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "required field \"%s\" missing from %s", field, owner);
        return false;
    }
    if (!ayStd_int_arg(f->vm, v, &i)) return false;
    *out = (int)i;
    return true;
}

static bool const_from_py(FromPy *f, AyValue v, const char *owner, AyConst *out) {
    AyVM *vm = f->vm;
    memset(out, 0, sizeof *out);
    if (!v) {
        if (!ayErr_occurred(vm)) ayErr_format(vm, AY_EXC(vm, TypeError), "required field \"value\" missing from %s", owner);
        return false;
    }
    if (v == AY_NONE) out->kind = AY_CONST_NONE;
    else if (v == AY_TRUE) out->kind = AY_CONST_TRUE;
    else if (v == AY_FALSE) out->kind = AY_CONST_FALSE;
    else if (v == AY_ELLIPSIS) out->kind = AY_CONST_ELLIPSIS;
    else if (ayV_is_int(v)) {
        out->kind = AY_CONST_INT;
        out->i = ayV_int(v);
    } else if (ayV_is_float(v)) {
        out->kind = AY_CONST_FLOAT;
        out->f = ayV_float(v);
    } else if (ayV_type(vm, v) == vm->t_int) {
        AyValue digits = ayObj_str(vm, v);
        if (!digits) return false;
        out->kind = AY_CONST_BIGINT;
        out->len = (int)AY_STR(digits)->size;
        out->s = ayArena_strdup(f->arena, AY_CSTR(digits), (size_t)out->len);
    } else if (ayV_type(vm, v) == vm->t_complex && AY_AS(AyComplex, v)->real == 0.0) {
        out->kind = AY_CONST_COMPLEX;
        out->f = AY_AS(AyComplex, v)->imag;
    } else if (ayV_type(vm, v) == vm->t_str) {
        out->kind = AY_CONST_STR;
        out->len = (int)AY_STR(v)->size;
        out->s = ayArena_strdup(f->arena, AY_CSTR(v), (size_t)out->len);
    } else if (ayV_type(vm, v) == vm->t_bytes) {
        const char *data;
        int64_t n;
        ayBytes_view(vm, v, &data, &n);
        out->kind = AY_CONST_BYTES;
        out->len = (int)n;
        out->s = ayArena_strdup(f->arena, data, (size_t)n);
    } else {
        ayErr_format(vm, AY_EXC(vm, TypeError), "got an invalid type in Constant: %s", class_name(vm, v));
        return false;
    }
    if ((out->kind == AY_CONST_STR || out->kind == AY_CONST_BYTES || out->kind == AY_CONST_BIGINT) && !out->s) {
        ayErr_format(vm, AY_EXC(vm, MemoryError), "out of memory");
        return false;
    }
    return true;
}

#define FP_NODE(dst, name) ok = (dst = node_from_py(f, attr(f, obj, name), kname, name, false)) != NULL;
#define FP_OPT(dst, name) \
    dst = node_from_py(f, attr(f, obj, name), kname, name, true); \
    ok = !ayErr_occurred(vm);
#define FP_LIST(dst, name) ok = nodes_from_py(f, attr(f, obj, name), kname, name, &dst);
#define FP_IDENT(dst, name) ok = (dst = text_from_py(f, attr(f, obj, name), kname, name, false)) != NULL;
#define FP_OPTID(dst, name) \
    dst = text_from_py(f, attr(f, obj, name), kname, name, true); \
    ok = !ayErr_occurred(vm);
#define FP_IDLIST(dst, name) ok = idents_from_py(f, attr(f, obj, name), kname, name, &dst);
#define FP_INT(dst, name) ok = int_from_py(f, attr(f, obj, name), kname, name, &dst);
#define FP_OPER(dst, name) \
    ok = (dst = named_from_py(f, attr(f, obj, name), &ayAst_operator_names, kname, name, \
                              "operator")) != 0;
#define FP_UNOP(dst, name) \
    ok = (dst = named_from_py(f, attr(f, obj, name), &ayAst_unaryop_names, kname, name, \
                              "unaryop")) != 0;
#define FP_BOOLOP(dst, name) \
    ok = (dst = named_from_py(f, attr(f, obj, name), &ayAst_boolop_names, kname, name, \
                              "boolop")) != 0;
#define FP_CMPOPS(dst, name) ok = cmpops_from_py(f, attr(f, obj, name), kname, &dst);
// a missing context means Load (as CPython 3.13 decides)
#define FP_CTX(dst, name) \
    { \
        AyValue ctx = attr(f, obj, name); \
        dst = AY_LOAD; \
        if (ctx && ctx != AY_NONE) \
            ok = (dst = named_from_py(f, ctx, &ayAst_ctx_names, kname, name, "expr_context")) != 0; \
    }
#define FP_CONST(dst, name) ok = const_from_py(f, attr(f, obj, name), kname, &dst);

#define FP_FIELD(type, fname) \
    if (ok) { FP_##type(k->fname, #fname) }
#define FP_CASE(kind, cat, fields) \
    case AyAst_##kind: { \
        __typeof__(n->v.kind) *k = &n->v.kind; \
        (void)k; \
        fields \
        break; \
    }

static int kind_of_class(const char *name) {
    for (int i = AyAst_None_ + 1; i < AyAst_COUNT_; i++)
        if (!strcmp(ayAst_kind_names[i], name)) return i;
    return 0;
}

static bool position_from_py(FromPy *f, AyValue obj, const char *kname, AyNode *n) {
    static const char *const names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
    int pos[4];
    for (int i = 0; i < 4; i++) {
        AyValue v = attr(f, obj, names[i]);
        if (i >= 2 && (!v || v == AY_NONE) && !ayErr_occurred(f->vm)) {
            pos[i] = pos[i - 2];  // the end defaults to the start
            continue;
        }
        if (!v && !ayErr_occurred(f->vm)) {
            const char *base = ayAst_kind_category[n->kind] == AY_CAT_STMT ? "stmt"
                             : ayAst_kind_category[n->kind] == AY_CAT_EXPR ? "expr" : kname;
            ayErr_format(f->vm, AY_EXC(f->vm, TypeError), "required field \"%s\" missing from %s", names[i], base);
            return false;
        }
        if (!int_from_py(f, v, kname, names[i], &pos[i])) return false;
    }
    n->lineno = pos[0];
    n->col_offset = pos[1];
    n->end_lineno = pos[2];
    n->end_col_offset = pos[3];
    return true;
}

// What a field holds: "expr", "stmt", "pattern", ... or the one kind it takes.
static const char *field_sort(const char *owner, const char *field) {
    static const struct {
        const char *field, *sort;
    } by_field[] = {
        {"handlers", "excepthandler"}, {"names", "alias"}, {"items", "withitem"},
        {"generators", "comprehension"}, {"keywords", "keyword"}, {"type_params", "type_param"},
        {"cases", "match_case"}, {"pattern", "pattern"}, {"patterns", "pattern"},
        {"kwd_patterns", "pattern"}, {"posonlyargs", "arg"}, {"kwonlyargs", "arg"},
        {"vararg", "arg"}, {"kwarg", "arg"},
    };
    if (!strcmp(owner, "compile")) return "mod";
    if (!strcmp(field, "body") || !strcmp(field, "orelse") || !strcmp(field, "finalbody"))
        return !strcmp(owner, "Lambda") || !strcmp(owner, "IfExp") || !strcmp(owner, "Expression") ? "expr" : "stmt";
    if (!strcmp(field, "args")) {
        if (!strcmp(owner, "arguments")) return "arg";
        if (!strcmp(owner, "FunctionDef") || !strcmp(owner, "AsyncFunctionDef") || !strcmp(owner, "Lambda"))
            return "arguments";
    }
    for (size_t i = 0; i < sizeof by_field / sizeof by_field[0]; i++)
        if (!strcmp(field, by_field[i].field)) return by_field[i].sort;
    return "expr";
}

// The sort of a node kind, in field_sort's terms.
static const char *kind_sort(int kind) {
    switch (ayAst_kind_category[kind]) {
    case AY_CAT_MOD: return "mod";
    case AY_CAT_STMT: return "stmt";
    case AY_CAT_EXPR: return "expr";
    default: break;
    }
    if (kind >= AyAst_MatchValue && kind <= AyAst_MatchOr) return "pattern";
    if (kind >= AyAst_TypeVar && kind <= AyAst_TypeVarTuple) return "type_param";
    if (kind == AyAst_ExceptHandler) return "excepthandler";
    return ayAst_kind_names[kind];
}

// What a value pattern may be: a literal (a number, also negated or complex,
// a string, None, True, False) or a dotted name.
static bool literal_pattern(const AyNode *e) {
    if (!e) return false;
    if (e->kind == AyAst_UnaryOp)
        return e->v.UnaryOp.op == AY_UOP_USub && e->v.UnaryOp.operand->kind == AyAst_Constant;
    if (e->kind == AyAst_BinOp)
        return (e->v.BinOp.op == AY_OP_Add || e->v.BinOp.op == AY_OP_Sub) && literal_pattern(e->v.BinOp.left) &&
               e->v.BinOp.left->kind != AyAst_BinOp && e->v.BinOp.right->kind == AyAst_Constant;
    return e->kind == AyAst_Constant || e->kind == AyAst_Attribute || e->kind == AyAst_JoinedStr;
}

// The shape rules the parser guarantees and the compiler relies on; CPython
// checks the same ones, with these messages, before compiling a tree.
static bool validate(AyVM *vm, const AyNode *n) {
    const char *problem = NULL, *name = ayAst_kind_names[n->kind];
    bool empty_body = false;
    switch (n->kind) {
    case AyAst_Compare:
        if (!n->v.Compare.comparators.len) problem = "Compare with no comparators";
        else if (n->v.Compare.ops.len != n->v.Compare.comparators.len)
            problem = "Compare has a different number of comparators and operands";
        break;
    case AyAst_BoolOp:
        if (n->v.BoolOp.values.len < 2) problem = "BoolOp with less than 2 values";
        break;
    case AyAst_Dict:
        if (n->v.Dict.keys.len != n->v.Dict.values.len)
            problem = "Dict doesn't have the same number of keys as values";
        break;
    case AyAst_arguments:
        if (n->v.arguments.defaults.len > n->v.arguments.posonlyargs.len + n->v.arguments.args.len)
            problem = "more positional defaults than args on arguments";
        else if (n->v.arguments.kw_defaults.len != n->v.arguments.kwonlyargs.len)
            problem = "length of kwonlyargs is not the same as kw_defaults on arguments";
        break;
    case AyAst_MatchMapping:
        if (n->v.MatchMapping.keys.len != n->v.MatchMapping.patterns.len)
            problem = "MatchMapping doesn't have the same number of keys as patterns";
        for (int i = 0; !problem && i < n->v.MatchMapping.keys.len; i++)
            if (!literal_pattern(n->v.MatchMapping.keys.items[i]))
                problem = "patterns may only match literals and attribute lookups";
        break;

    case AyAst_MatchClass:
        if (n->v.MatchClass.cls->kind != AyAst_Name && n->v.MatchClass.cls->kind != AyAst_Attribute)
            problem = "MatchClass cls field can only contain Name or Attribute nodes.";
        else if (n->v.MatchClass.kwd_attrs.len != n->v.MatchClass.kwd_patterns.len)
            problem = "MatchClass doesn't have the same number of keyword attributes as patterns";
        break;
    case AyAst_Raise:
        if (n->v.Raise.cause && !n->v.Raise.exc) problem = "Raise with cause but no exception";
        break;
    case AyAst_ListComp: case AyAst_SetComp: case AyAst_GeneratorExp:
        if (!n->v.ListComp.generators.len) problem = "comprehension with no generators";
        break;
    case AyAst_DictComp:
        if (!n->v.DictComp.generators.len) problem = "comprehension with no generators";
        break;
    case AyAst_FormattedValue: {
        int conv = n->v.FormattedValue.conversion;
        if (conv != -1 && conv != 's' && conv != 'r' && conv != 'a') {
            ayErr_format(vm, AY_EXC(vm, SystemError), "Unrecognized conversion character %d", conv);
            return false;
        }
        break;
    }
    case AyAst_MatchAs:
        if (n->v.MatchAs.pattern && !n->v.MatchAs.name)
            problem = "MatchAs must specify a target name if a pattern is given";
        break;
    case AyAst_MatchSingleton: {
        AyConstKind k = n->v.MatchSingleton.value.kind;
        if (k != AY_CONST_NONE && k != AY_CONST_TRUE && k != AY_CONST_FALSE)
            problem = "MatchSingleton can only contain True, False and None";
        break;
    }
    case AyAst_MatchValue:
        if (!literal_pattern(n->v.MatchValue.value)) problem = "patterns may only match literals and attribute lookups";
        break;
    case AyAst_MatchOr:
        if (n->v.MatchOr.patterns.len < 2) problem = "MatchOr requires at least 2 patterns";
        break;
    case AyAst_ImportFrom:
        if (n->v.ImportFrom.level < 0) problem = "Negative ImportFrom level";
        else if (!n->v.ImportFrom.names.len) problem = "empty names on ImportFrom";
        break;
    case AyAst_Import: if (!n->v.Import.names.len) problem = "empty names on Import"; break;
    case AyAst_Global: if (!n->v.Global.names.len) problem = "empty names on Global"; break;
    case AyAst_Nonlocal: if (!n->v.Nonlocal.names.len) problem = "empty names on Nonlocal"; break;
    case AyAst_Delete: if (!n->v.Delete.targets.len) problem = "empty targets on Delete"; break;
    case AyAst_Assign: if (!n->v.Assign.targets.len) problem = "empty targets on Assign"; break;
    case AyAst_Match: if (!n->v.Match.cases.len) problem = "empty cases on Match"; break;
    case AyAst_With: case AyAst_AsyncWith:
        if (!n->v.With.items.len) problem = n->kind == AyAst_With ? "empty items on With" : "empty items on AsyncWith";
        empty_body = !n->v.With.body.len;
        break;
    case AyAst_Try: case AyAst_TryStar:
        empty_body = !n->v.Try.body.len;
        if (!empty_body && !n->v.Try.handlers.len && !n->v.Try.finalbody.len)
            problem = "Try has neither except handlers nor finalbody";
        else if (!empty_body && !n->v.Try.handlers.len && n->v.Try.orelse.len)
            problem = "Try has orelse but no except handlers";
        break;
    case AyAst_FunctionDef: case AyAst_AsyncFunctionDef: empty_body = !n->v.FunctionDef.body.len; break;
    case AyAst_ClassDef: empty_body = !n->v.ClassDef.body.len; break;
    case AyAst_For: case AyAst_AsyncFor: empty_body = !n->v.For.body.len; break;
    case AyAst_While: empty_body = !n->v.While.body.len; break;
    case AyAst_If: empty_body = !n->v.If.body.len; break;
    case AyAst_ExceptHandler: empty_body = !n->v.ExceptHandler.body.len; break;
    case AyAst_match_case: empty_body = !n->v.match_case.body.len; break;
    default: break;
    }
    if (empty_body && !problem) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "empty body on %s", name);
        return false;
    }
    if (problem) ayErr_format(vm, AY_EXC(vm, ValueError), "%s", problem);
    return !problem;
}

static AyNode *node_from_py(FromPy *f, AyValue obj, const char *owner, const char *field, bool optional) {
    AyVM *vm = f->vm;
    if (!obj) {
        if (!optional && !ayErr_occurred(vm))
            ayErr_format(vm, AY_EXC(vm, TypeError), "required field \"%s\" missing from %s", field, owner);
        return NULL;
    }
    if (obj == AY_NONE) {
        if (!optional)
            ayErr_format(vm, AY_EXC(vm, ValueError), "field '%s' is required for %s", field, owner);
        return NULL;
    }
    const char *kname = class_name(vm, obj);
    int kind = kind_of_class(kname);
    const char *sort = field_sort(owner, field);
    if (!kind || strcmp(kind_sort(kind), sort) != 0) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "expected some sort of %s, but got %R", sort, obj);
        return NULL;
    }
    if (kind == AyAst_MatchStar && strcmp(owner, "MatchSequence") != 0) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "can't use MatchStar here");
        return NULL;
    }
    if (kind != AyAst_Name && !strcmp(owner, "NamedExpr") && !strcmp(field, "target")) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "NamedExpr target must be a Name");
        return NULL;
    }
    if (++f->depth > MAX_TREE_DEPTH) {
        ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded during compilation");
        return NULL;
    }
    AyNode *n = ayAst_new(f->arena, (AyNodeKind)kind, 0, 0, 0, 0);
    if (!n) {
        ayErr_format(vm, AY_EXC(vm, MemoryError), "out of memory");
        return NULL;
    }
    ayGC_push_root(vm, obj);
    // the position first: CPython reports a missing one before the fields' problems
    int cat = ayAst_kind_category[kind];
    bool ok = cat == AY_CAT_MOD || cat == AY_CAT_PLAIN || position_from_py(f, obj, kname, n);
    switch (ok ? kind : 0) {
        AY_AST_NODES(FP_CASE, FP_FIELD)
    default:
        break;
    }
    ok = ok && validate(vm, n);
    ayGC_pop_roots(vm, 1);
    f->depth--;
    return ok ? n : NULL;
}

// The context a child expression must have: Store or Del for assignment and
// deletion targets (and the items of a target list), Load elsewhere.
static int child_context(int kind, const char *field, int parent_ctx) {
    static const struct {
        int kind;
        const char *field;
        int ctx;
    } targets[] = {
        {AyAst_Assign, "targets", AY_STORE},   {AyAst_AugAssign, "target", AY_STORE},
        {AyAst_AnnAssign, "target", AY_STORE}, {AyAst_For, "target", AY_STORE},
        {AyAst_AsyncFor, "target", AY_STORE},  {AyAst_comprehension, "target", AY_STORE},
        {AyAst_withitem, "optional_vars", AY_STORE}, {AyAst_NamedExpr, "target", AY_STORE},
        {AyAst_TypeAlias, "name", AY_STORE},   {AyAst_Delete, "targets", AY_DEL},
    };
    if (((kind == AyAst_List || kind == AyAst_Tuple) && !strcmp(field, "elts")) ||
        (kind == AyAst_Starred && !strcmp(field, "value")))
        return parent_ctx;
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
        if (targets[i].kind == kind && !strcmp(targets[i].field, field)) return targets[i].ctx;
    return AY_LOAD;
}

#define CK_NODE(fname) \
    if (ok && k->fname) ok = contexts_ok(vm, k->fname, child_context(n->kind, #fname, own));
#define CK_LIST(fname) \
    for (int i = 0; ok && i < k->fname.len; i++) \
        if (k->fname.items[i]) ok = contexts_ok(vm, k->fname.items[i], child_context(n->kind, #fname, own));
#define CK_SKIP(fname)
#define CK_OPT CK_NODE
#define CK_IDENT CK_SKIP
#define CK_OPTID CK_SKIP
#define CK_IDLIST CK_SKIP
#define CK_INT CK_SKIP
#define CK_OPER CK_SKIP
#define CK_UNOP CK_SKIP
#define CK_BOOLOP CK_SKIP
#define CK_CMPOPS CK_SKIP
#define CK_CTX(fname) own = k->fname;
#define CK_CONST CK_SKIP
#define CK_FIELD(type, fname) CK_##type(fname)
#define CK_CASE(kind, cat, fields) \
    case AyAst_##kind: { \
        const __typeof__(n->v.kind) *k = &n->v.kind; \
        (void)k; \
        fields \
        break; \
    }

// Checks each expression's context against its place in the tree, as
// CPython does before compiling a tree (the compiler trusts the parser's).
static bool contexts_ok(AyVM *vm, const AyNode *n, int want) {
    static const char *const names[] = {"?", "Load", "Store", "Del"};
    // a node with a ctx field passes its own context down to its items
    int own = want;
    bool has_ctx = n->kind == AyAst_Attribute || n->kind == AyAst_Subscript || n->kind == AyAst_Starred ||
                   n->kind == AyAst_Name || n->kind == AyAst_List || n->kind == AyAst_Tuple;
    bool ok = true;
    switch (n->kind) {
        AY_AST_NODES(CK_CASE, CK_FIELD)
    default:
        break;
    }
    if (!ok) return false;
    if (has_ctx && own != want) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "expression must have %s context but has %s instead",
                     names[want], own >= 1 && own <= 3 ? names[own] : "?");
        return false;
    }
    if (!has_ctx && want != AY_LOAD && ayAst_kind_category[n->kind] == AY_CAT_EXPR) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "expression which can't be assigned to in %s context", names[want]);
        return false;
    }
    return true;
}

// compile() of a syntax tree (a Module, Expression or Interactive object).
static AyValue tree_to_code(AyVM *vm, AyValue tree, AyValue filename, AyValue mode_name, int64_t flags) {
    if (!ayV_is_str(vm, filename)) return ayErr_format(vm, AY_EXC(vm, TypeError), "compile() filename must be str");
    AyParseMode mode;
    if (!parse_mode(vm, mode_name, "'exec', 'eval' or 'single'", &mode)) return AY_NULL;
    static const char *const roots[] = {[AY_PARSE_FILE] = "Module", [AY_PARSE_EVAL] = "Expression",
                                        [AY_PARSE_SINGLE] = "Interactive"};
    const char *got = class_name(vm, tree);
    if (strcmp(got, roots[mode]) != 0)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "expected %s node, got %s", roots[mode], got);
    AyArena arena;
    ayArena_init(&arena, (void *(*)(void *, void *, size_t, size_t))vm->alloc, vm->alloc_ud);
    FromPy f = {vm, &arena, 0};
    AyNode *root = node_from_py(&f, tree, "compile", "tree", false);
    AyValue r = AY_NULL;
    if (root && contexts_ok(vm, root, AY_LOAD)) {
        AySyntaxError err;
        memset(&err, 0, sizeof err);
        int cflags = (flags & AY_PYCF_ALLOW_TOP_LEVEL_AWAIT) ? AY_COMPILE_TOPLEVEL_AWAIT : 0;
        const char *fname = AY_CSTR(filename);
        AyCode *code = ayCompile_ast(vm, &arena, root, fname, NULL, 0, cflags, &err);
        if (code) r = ayV_from_obj(code);
        else ayCompile_raise(vm, fname, &err);
        aySyntaxError_clear(&err);
    }
    ayArena_free(&arena);
    return r;
}

AyValue ayAst_compile_hook(AyVM *vm, AyValue source, AyValue filename, AyValue mode, int64_t flags) {
    if (flags & AY_PYCF_ONLY_AST) {
        AyValue module = ayImport_module(vm, "ast");
        if (!module) return AY_NULL;
        AyValue parse = ayObj_getattr(vm, module, ayStr_intern_c(vm, "parse"));
        if (!parse) return AY_NULL;
        AyValue args[3] = {source, filename, mode};
        return ayObj_call(vm, parse, args, 3, AY_NULL);
    }
    // a tree can only exist once the ast module is loaded
    AyValue module = ayDict_get_str(vm, vm->modules, ayStr_intern_c(vm, "ast"));
    AyValue base = module ? ayObj_getattr_opt(vm, module, ayStr_intern_c(vm, "AST")) : AY_NULL;
    if (!base || ayObj_isinstance(vm, source, base) <= 0) return AY_NULL;
    return tree_to_code(vm, source, filename, mode, flags);
}

// }====

static const AyMethodDef ast_funcs[] = {
    {"parse", ast_parse, 0, "parse(source, filename, mode, classes): the syntax tree of source"},
    {NULL},
};

AyValue ayMod_ast(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_ast", ast_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
