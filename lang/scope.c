// Scope analysis (CPython's symtable): a first pass records what each body
// does with each name; a second pass resolves every name to local, global,
// free or cell, propagating free variables outwards through function bodies
// (class bodies pass them through without binding them).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scope.h"

typedef struct Walker {
    AySymtable *st;
    AyScope *cur;
    int order;
    bool failed;
} Walker;

// {==== tables

static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

AySymbol *ayScope_find(AyScope *s, const char *name) {
    if (!s->capsyms) return NULL;
    uint32_t mask = (uint32_t)s->capsyms - 1;
    for (uint32_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
        if (!s->syms[i].name) return NULL;
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    }
}

static bool grow_syms(AyArena *a, AyScope *s) {
    int cap = s->capsyms ? s->capsyms * 2 : 16;
    AySymbol *t = ayArena_alloc(a, sizeof(AySymbol) * (size_t)cap);
    if (!t) return false;
    for (int i = 0; i < s->capsyms; i++) {
        if (!s->syms[i].name) continue;
        uint32_t j = hash_name(s->syms[i].name) & (uint32_t)(cap - 1);
        while (t[j].name) j = (j + 1) & (uint32_t)(cap - 1);
        t[j] = s->syms[i];
    }
    s->syms = t;
    s->capsyms = cap;
    return true;
}

static AySymbol *add_sym(Walker *w, AyScope *s, const char *name) {
    AySymbol *e = ayScope_find(s, name);
    if (e) return e;
    if ((s->nsyms + 1) * 2 > s->capsyms && !grow_syms(w->st->arena, s)) {
        w->failed = true;
        return NULL;
    }
    uint32_t mask = (uint32_t)s->capsyms - 1;
    uint32_t i = hash_name(name) & mask;
    while (s->syms[i].name) i = (i + 1) & mask;
    s->syms[i].name = name;
    s->syms[i].order = w->order++;
    s->nsyms++;
    return &s->syms[i];
}

static void map_node(Walker *w, const AyNode *node, AyScope *scope) {
    AySymtable *st = w->st;
    if ((st->nkeys + 1) * 2 > st->capkeys) {
        int cap = st->capkeys ? st->capkeys * 2 : 64;
        const AyNode **k = ayArena_alloc(st->arena, sizeof(*k) * (size_t)cap);
        AyScope **v = ayArena_alloc(st->arena, sizeof(*v) * (size_t)cap);
        if (!k || !v) {
            w->failed = true;
            return;
        }
        for (int i = 0; i < st->capkeys; i++) {
            if (!st->keys[i]) continue;
            uint32_t j = (uint32_t)(((uintptr_t)st->keys[i] >> 3) * 2654435761u) & (uint32_t)(cap - 1);
            while (k[j]) j = (j + 1) & (uint32_t)(cap - 1);
            k[j] = st->keys[i];
            v[j] = st->values[i];
        }
        st->keys = k;
        st->values = v;
        st->capkeys = cap;
    }
    uint32_t mask = (uint32_t)st->capkeys - 1;
    uint32_t j = (uint32_t)(((uintptr_t)node >> 3) * 2654435761u) & mask;
    while (st->keys[j]) j = (j + 1) & mask;
    st->keys[j] = node;
    st->values[j] = scope;
    st->nkeys++;
}

AyScope *aySymtable_lookup(AySymtable *st, const AyNode *node) {
    if (!st->capkeys) return NULL;
    uint32_t mask = (uint32_t)st->capkeys - 1;
    for (uint32_t j = (uint32_t)(((uintptr_t)node >> 3) * 2654435761u) & mask;; j = (j + 1) & mask) {
        if (!st->keys[j]) return NULL;
        if (st->keys[j] == node) return st->values[j];
    }
}

// }====
// {==== errors

static void error_at(Walker *w, const AyNode *n, const char *fmt, const char *name) {
    if (w->failed) return;
    w->failed = true;
    snprintf(w->st->error, sizeof w->st->error, fmt, name);
    w->st->err_lineno = n ? n->lineno : 1;
    w->st->err_col = n ? n->col_offset : 0;
    w->st->err_end_lineno = n ? n->end_lineno : 1;
    w->st->err_end_col = n ? n->end_col_offset : 0;
}

// }====
// {==== the walk

// A scope found by `key` (its node), positioned at node `at`.
static AyScope *new_scope_at(Walker *w, const AyNode *key, const AyNode *at, AyScopeKind kind, const char *name) {
    AyScope *s = ayArena_alloc(w->st->arena, sizeof(AyScope));
    if (!s) {
        w->failed = true;
        return NULL;
    }
    s->parent = w->cur;
    s->node = at;
    s->kind = kind;
    s->name = name;
    s->lineno = at ? at->lineno : 1;
    s->col = at ? at->col_offset : 0;
    s->private = kind == AY_SCOPE_CLASS ? name : w->cur ? w->cur->private : NULL;
    if (w->cur) {
        AyScope *p = w->cur;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren ? p->capchildren * 2 : 4;
            AyScope **c = ayArena_alloc(w->st->arena, sizeof(AyScope *) * (size_t)cap);
            if (!c) {
                w->failed = true;
                return NULL;
            }
            if (p->nchildren) memcpy(c, p->children, sizeof(AyScope *) * (size_t)p->nchildren);
            p->children = c;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
    }
    map_node(w, key, s);
    return s;
}

static AyScope *new_scope(Walker *w, const AyNode *node, AyScopeKind kind, const char *name) {
    return new_scope_at(w, node, node, kind, name);
}

const char *ayScope_mangle(AyArena *arena, const char *private, const char *name) {
    if (!private || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*private == '_') private++;
    if (!*private) return name;
    size_t pn = strlen(private);
    char *r = ayArena_alloc(arena, pn + n + 2);
    if (!r) return NULL;
    r[0] = '_';
    memcpy(r + 1, private, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static const char *mangled(Walker *w, const char *name) {
    const char *m = ayScope_mangle(w->st->arena, w->cur->private, name);
    if (!m) w->failed = true;
    return m;
}

static void add_def(Walker *w, const char *name, int flag, const AyNode *at) {
    name = mangled(w, name);
    if (!name) return;
    AySymbol *sym = add_sym(w, w->cur, name);
    if (!sym) return;
    if ((flag & AY_DEF_PARAM) && (sym->flags & AY_DEF_PARAM)) {
        error_at(w, at, "duplicate argument '%s' in function definition", name);
        return;
    }
    sym->flags |= flag;
}

static void visit_expr(Walker *w, const AyNode *n);
static void visit_stmts(Walker *w, const AyNodeList *l);

static void visit_exprs(Walker *w, const AyNodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) visit_expr(w, l->items[i]);
}

static void visit_params(Walker *w, const AyNode *args) {
    const AyNodeList *lists[] = {&args->v.arguments.posonlyargs, &args->v.arguments.args,
                                 &args->v.arguments.kwonlyargs};
    AyScope *s = w->cur;
    int total = args->v.arguments.posonlyargs.len + args->v.arguments.args.len +
                args->v.arguments.kwonlyargs.len + (args->v.arguments.vararg != NULL) +
                (args->v.arguments.kwarg != NULL);
    s->params = ayArena_alloc(w->st->arena, sizeof(char *) * (size_t)(total + 1));
    if (!s->params) {
        w->failed = true;
        return;
    }
    // order: positional-only, positional, keyword-only, *args, **kwargs
    // (CPython's co_varnames puts *args after keyword-only parameters)
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->len; i++) {
            const AyNode *a = lists[k]->items[i];
            add_def(w, a->v.arg.arg, AY_DEF_PARAM, a);
            s->params[s->nparams++] = mangled(w, a->v.arg.arg);
        }
    for (int i = 0; i < lists[2]->len; i++) {
        const AyNode *a = lists[2]->items[i];
        add_def(w, a->v.arg.arg, AY_DEF_PARAM, a);
        s->params[s->nparams++] = mangled(w, a->v.arg.arg);
    }
    if (args->v.arguments.vararg) {
        add_def(w, args->v.arguments.vararg->v.arg.arg, AY_DEF_PARAM, args->v.arguments.vararg);
        s->params[s->nparams++] = mangled(w, args->v.arguments.vararg->v.arg.arg);
    }
    if (args->v.arguments.kwarg) {
        add_def(w, args->v.arguments.kwarg->v.arg.arg, AY_DEF_PARAM, args->v.arguments.kwarg);
        s->params[s->nparams++] = mangled(w, args->v.arguments.kwarg->v.arg.arg);
    }
}

// Defaults are evaluated in the enclosing scope.
static void visit_defaults(Walker *w, const AyNode *args) {
    visit_exprs(w, &args->v.arguments.defaults);
    visit_exprs(w, &args->v.arguments.kw_defaults);
}

// The parameters of a generic function's type-parameter scope: the defaults
// evaluated outside it (see compile_generic.c).
static void add_generic_arguments(Walker *w, AyScope *s, const AyNode *args) {
    s->params = ayArena_alloc(w->st->arena, sizeof(char *) * 2);
    if (!s->params) {
        w->failed = true;
        return;
    }
    if (args->v.arguments.defaults.len) {
        add_def(w, ".defaults", AY_DEF_PARAM, args);
        s->params[s->nparams++] = ".defaults";
    }
    for (int i = 0; i < args->v.arguments.kw_defaults.len; i++)
        if (args->v.arguments.kw_defaults.items[i]) {
            add_def(w, ".kwdefaults", AY_DEF_PARAM, args);
            s->params[s->nparams++] = ".kwdefaults";
            break;
        }
}

// Annotations are evaluated in the enclosing scope (the type parameters'
// scope of a generic function).
static void visit_annotations(Walker *w, const AyNode *args) {
    const AyNodeList *lists[] = {&args->v.arguments.posonlyargs, &args->v.arguments.args,
                                 &args->v.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (lists[k]->items[i]->v.arg.annotation) visit_expr(w, lists[k]->items[i]->v.arg.annotation);
    if (args->v.arguments.vararg && args->v.arguments.vararg->v.arg.annotation)
        visit_expr(w, args->v.arguments.vararg->v.arg.annotation);
    if (args->v.arguments.kwarg && args->v.arguments.kwarg->v.arg.annotation)
        visit_expr(w, args->v.arguments.kwarg->v.arg.annotation);
}

// What a type parameters' scope evaluates, in its errors.
static const char generic_definition[] = "the definition of a generic";

// Opens an annotation scope (PEP 695) under the current one; `what` is what
// it evaluates, for errors. The caller restores w->cur.
static AyScope *enter_annotation_scope(Walker *w, const AyNode *key, const AyNode *at, const char *name,
                                       const char *what, bool sees_class) {
    AyScope *s = new_scope_at(w, key, at, AY_SCOPE_FUNCTION, name);
    if (!s) return NULL;
    s->annotation = what;
    w->cur = s;
    s->sees_class = sees_class;
    if (sees_class) add_def(w, "__classdict__", AY_USE, at);
    return s;
}

// The type parameters of a def, class or type alias: opens their annotation
// scope and binds them there; a bound is evaluated lazily in a scope of its own.
static AyScope *visit_type_params(Walker *w, const AyNode *def, const AyNodeList *tps, const char *name) {
    if (!tps->len) return NULL;
    AyScope *s = enter_annotation_scope(w, ayScope_type_params_key(tps), def, name, generic_definition,
                                        w->cur->kind == AY_SCOPE_CLASS);
    if (!s) return NULL;
    for (int i = 0; i < tps->len && !w->failed; i++) {
        const AyNode *tp = tps->items[i];
        const char *tname = tp->v.TypeVar.name;
        AySymbol *prev = ayScope_find(s, tname);
        if (prev && (prev->flags & AY_DEF_TYPE_PARAM)) {
            error_at(w, tp, "duplicate type parameter '%s'", tname);
            return s;
        }
        add_def(w, tname, AY_DEF_LOCAL | AY_DEF_TYPE_PARAM, tp);
        if (tp->kind == AyAst_TypeVar && tp->v.TypeVar.bound) {
            AyScope *saved = w->cur;
            enter_annotation_scope(w, tp, tp, tname, "a TypeVar bound", s->sees_class);
            visit_expr(w, tp->v.TypeVar.bound);
            w->cur = saved;
        }
    }
    return s;
}

static void visit_function(Walker *w, const AyNode *n, const char *name, const AyNode *args,
                           const AyNodeList *body, const AyNode *expr_body, bool is_async) {
    AyScope *s = new_scope(w, n, AY_SCOPE_FUNCTION, name);
    if (!s) return;
    s->is_coroutine = is_async;
    AyScope *saved = w->cur;
    w->cur = s;
    visit_params(w, args);
    if (body) visit_stmts(w, body);
    if (expr_body) visit_expr(w, expr_body);
    w->cur = saved;
}

// Comprehensions are functions of one implicit parameter ".0" (the first
// iterator, which the enclosing scope evaluates).
static void visit_comprehension(Walker *w, const AyNode *n, const char *name, const AyNodeList *gens,
                                const AyNode *elt, const AyNode *value, bool is_genexp) {
    const AyNode *first = gens->items[0];
    visit_expr(w, first->v.comprehension.iter);
    AyScope *s = new_scope(w, n, AY_SCOPE_FUNCTION, name);
    if (!s) return;
    s->is_comprehension = 1;
    s->is_generator = is_genexp;
    AyScope *saved = w->cur;
    w->cur = s;
    add_def(w, ".0", AY_DEF_PARAM, n);
    s->params = ayArena_alloc(w->st->arena, sizeof(char *));
    if (s->params) s->params[s->nparams++] = ".0";
    for (int i = 0; i < gens->len; i++) {
        const AyNode *g = gens->items[i];
        if (g->v.comprehension.is_async) s->is_coroutine = 1;
        visit_expr(w, g->v.comprehension.target);
        if (i > 0) visit_expr(w, g->v.comprehension.iter);
        visit_exprs(w, &g->v.comprehension.ifs);
    }
    if (value) visit_expr(w, value);
    visit_expr(w, elt);
    w->cur = saved;
    // An async comprehension (or one awaiting) is a coroutine the enclosing
    // code awaits; such a generator expression is an async generator.
    if (s->is_coroutine && saved->kind == AY_SCOPE_MODULE) saved->has_await = 1;
}

static void visit_name(Walker *w, const AyNode *n, const char *name, int ctx) {
    if (ctx == AY_LOAD) {
        add_def(w, name, AY_USE, n);
        // super() and __class__ in a method need the class cell
        if (w->cur->kind == AY_SCOPE_FUNCTION && (strcmp(name, "super") == 0 || strcmp(name, "__class__") == 0))
            add_def(w, "__class__", AY_USE, n);
    } else {
        add_def(w, name, AY_DEF_LOCAL, n);
    }
}

static void visit_expr(Walker *w, const AyNode *n) {
    if (w->failed || !n) return;
    switch (n->kind) {
    case AyAst_Name:
        visit_name(w, n, n->v.Name.id, n->v.Name.ctx);
        break;
    case AyAst_NamedExpr: {
        if (w->cur->annotation) {
            error_at(w, n, "named expression cannot be used within %s", w->cur->annotation);
            return;
        }
        visit_expr(w, n->v.NamedExpr.value);
        const char *name = n->v.NamedExpr.target->v.Name.id;
        if (w->cur->is_comprehension) {
            // binds in the nearest enclosing non-comprehension scope
            AyScope *s = w->cur;
            while (s->is_comprehension) {
                AySymbol *it = ayScope_find(s, name);
                if (it && (it->flags & AY_DEF_LOCAL) && !(it->flags & AY_DEF_NONLOCAL)) {
                    error_at(w, n, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                    return;
                }
                s = s->parent;
            }
            if (s->kind == AY_SCOPE_CLASS) {
                error_at(w, n->v.NamedExpr.target,
                         "assignment expression within a comprehension cannot be used in a class body%s", "");
                return;
            }
            if (s->annotation) {
                error_at(w, n->v.NamedExpr.target,
                         s->annotation == generic_definition
                             ? "assignment expression within a comprehension cannot be used within %s"
                             : "assignment expression within a comprehension cannot be used in %s",
                         s->annotation);
                return;
            }
            // a name the function declares global stays global
            AySymbol *there = ayScope_find(s, name);
            bool global = s->kind == AY_SCOPE_MODULE || (there && (there->flags & AY_DEF_GLOBAL));
            AyScope *saved = w->cur;
            for (AyScope *c = w->cur; c != s; c = c->parent) {
                w->cur = c;
                add_def(w, name, global ? AY_DEF_GLOBAL : AY_DEF_NONLOCAL, n);
            }
            w->cur = s;
            add_def(w, name, AY_DEF_LOCAL, n);
            w->cur = saved;
        } else {
            add_def(w, name, AY_DEF_LOCAL, n);
        }
        break;
    }
    case AyAst_Lambda:
        visit_defaults(w, n->v.Lambda.args);
        visit_function(w, n, "<lambda>", n->v.Lambda.args, NULL, n->v.Lambda.body, false);
        break;
    case AyAst_ListComp:
        visit_comprehension(w, n, "<listcomp>", &n->v.ListComp.generators, n->v.ListComp.elt, NULL, false);
        break;
    case AyAst_SetComp:
        visit_comprehension(w, n, "<setcomp>", &n->v.SetComp.generators, n->v.SetComp.elt, NULL, false);
        break;
    case AyAst_DictComp:
        visit_comprehension(w, n, "<dictcomp>", &n->v.DictComp.generators, n->v.DictComp.key,
                            n->v.DictComp.value, false);
        break;
    case AyAst_GeneratorExp:
        visit_comprehension(w, n, "<genexpr>", &n->v.GeneratorExp.generators, n->v.GeneratorExp.elt, NULL, true);
        break;
    case AyAst_Yield:
    case AyAst_YieldFrom:
        if (w->cur->annotation) {
            error_at(w, n, "yield expression cannot be used within %s", w->cur->annotation);
            return;
        }
        if (w->cur->kind != AY_SCOPE_FUNCTION) {
            error_at(w, n, "'yield' outside function%s", "");
            return;
        }
        if (w->cur->is_comprehension) {
            const char *nm = w->cur->name;
            char msg[80];
            snprintf(msg, sizeof msg, "'yield' inside %s",
                     strcmp(nm, "<listcomp>") == 0 ? "list comprehension"
                     : strcmp(nm, "<setcomp>") == 0 ? "set comprehension"
                     : strcmp(nm, "<dictcomp>") == 0 ? "dict comprehension" : "generator expression");
            error_at(w, n, "%s", msg);
            return;
        }
        w->cur->is_generator = 1;
        if (n->kind == AyAst_Yield) visit_expr(w, n->v.Yield.value);
        else visit_expr(w, n->v.YieldFrom.value);
        break;
    case AyAst_Await:
        if (w->cur->annotation) {
            error_at(w, n, "await expression cannot be used within %s", w->cur->annotation);
            return;
        }
        if (w->cur->is_comprehension) w->cur->is_coroutine = 1;
        if (w->cur->kind == AY_SCOPE_MODULE) w->cur->has_await = 1;
        visit_expr(w, n->v.Await.value);
        break;
    case AyAst_BoolOp: visit_exprs(w, &n->v.BoolOp.values); break;
    case AyAst_BinOp:
        visit_expr(w, n->v.BinOp.left);
        visit_expr(w, n->v.BinOp.right);
        break;
    case AyAst_UnaryOp: visit_expr(w, n->v.UnaryOp.operand); break;
    case AyAst_IfExp:
        visit_expr(w, n->v.IfExp.test);
        visit_expr(w, n->v.IfExp.body);
        visit_expr(w, n->v.IfExp.orelse);
        break;
    case AyAst_Dict:
        visit_exprs(w, &n->v.Dict.keys);
        visit_exprs(w, &n->v.Dict.values);
        break;
    case AyAst_Set: visit_exprs(w, &n->v.Set.elts); break;
    case AyAst_Compare:
        visit_expr(w, n->v.Compare.left);
        visit_exprs(w, &n->v.Compare.comparators);
        break;
    case AyAst_Call:
        visit_expr(w, n->v.Call.func);
        visit_exprs(w, &n->v.Call.args);
        for (int i = 0; i < n->v.Call.keywords.len; i++) visit_expr(w, n->v.Call.keywords.items[i]->v.keyword.value);
        break;
    case AyAst_FormattedValue:
        visit_expr(w, n->v.FormattedValue.value);
        visit_expr(w, n->v.FormattedValue.format_spec);
        break;
    case AyAst_JoinedStr: visit_exprs(w, &n->v.JoinedStr.values); break;
    case AyAst_Constant: break;
    case AyAst_Attribute: visit_expr(w, n->v.Attribute.value); break;
    case AyAst_Subscript:
        visit_expr(w, n->v.Subscript.value);
        visit_expr(w, n->v.Subscript.slice);
        break;
    case AyAst_Starred: visit_expr(w, n->v.Starred.value); break;
    case AyAst_List: visit_exprs(w, &n->v.List.elts); break;
    case AyAst_Tuple: visit_exprs(w, &n->v.Tuple.elts); break;
    case AyAst_Slice:
        visit_expr(w, n->v.Slice.lower);
        visit_expr(w, n->v.Slice.upper);
        visit_expr(w, n->v.Slice.step);
        break;
    default: break;
    }
}

static void visit_global_like(Walker *w, const AyNode *n, bool nonlocal) {
    const AyIdentList *names = nonlocal ? &n->v.Nonlocal.names : &n->v.Global.names;
    for (int i = 0; i < names->len; i++) {
        const char *name = names->items[i];
        AySymbol *sym = ayScope_find(w->cur, name);
        int cur = sym ? sym->flags : 0;
        if (nonlocal && w->cur->kind == AY_SCOPE_MODULE) {
            error_at(w, n, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        if (cur & AY_DEF_PARAM) {
            error_at(w, n, nonlocal ? "name '%s' is parameter and nonlocal" : "name '%s' is parameter and global",
                     name);
            return;
        }
        if (nonlocal && (cur & AY_DEF_GLOBAL)) {
            error_at(w, n, "name '%s' is nonlocal and global", name);
            return;
        }
        if (!nonlocal && (cur & AY_DEF_NONLOCAL)) {
            error_at(w, n, "name '%s' is nonlocal and global", name);
            return;
        }
        if (cur & (AY_USE | AY_DEF_LOCAL | AY_DEF_ANNOT)) {
            const char *kind = nonlocal ? "nonlocal" : "global";
            char msg[120];
            if (cur & AY_DEF_ANNOT) snprintf(msg, sizeof msg, "annotated name '%%s' can't be %s", kind);
            else if (cur & AY_DEF_LOCAL) snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", kind);
            else snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", kind);
            error_at(w, n, msg, name);
            return;
        }
        add_def(w, name, nonlocal ? AY_DEF_NONLOCAL : AY_DEF_GLOBAL, n);
        sym = ayScope_find(w->cur, mangled(w, name));
        if (sym && !sym->directive) sym->directive = n;
    }
}

// A match pattern: names it captures are assignments; values, classes and
// mapping keys are expressions.
static void visit_pattern(Walker *w, const AyNode *n);

static void visit_patterns(Walker *w, const AyNodeList *l) {
    for (int i = 0; i < l->len; i++) visit_pattern(w, l->items[i]);
}

static void visit_pattern(Walker *w, const AyNode *n) {
    if (w->failed || !n) return;
    switch (n->kind) {
    case AyAst_MatchValue: visit_expr(w, n->v.MatchValue.value); break;
    case AyAst_MatchSequence: visit_patterns(w, &n->v.MatchSequence.patterns); break;
    case AyAst_MatchOr: visit_patterns(w, &n->v.MatchOr.patterns); break;
    case AyAst_MatchMapping:
        visit_exprs(w, &n->v.MatchMapping.keys);
        visit_patterns(w, &n->v.MatchMapping.patterns);
        if (n->v.MatchMapping.rest) add_def(w, n->v.MatchMapping.rest, AY_DEF_LOCAL, n);
        break;
    case AyAst_MatchClass:
        visit_expr(w, n->v.MatchClass.cls);
        visit_patterns(w, &n->v.MatchClass.patterns);
        visit_patterns(w, &n->v.MatchClass.kwd_patterns);
        break;
    case AyAst_MatchStar:
        if (n->v.MatchStar.name) add_def(w, n->v.MatchStar.name, AY_DEF_LOCAL, n);
        break;
    case AyAst_MatchAs:
        visit_pattern(w, n->v.MatchAs.pattern);
        if (n->v.MatchAs.name) add_def(w, n->v.MatchAs.name, AY_DEF_LOCAL, n);
        break;
    default: break;  // MatchSingleton
    }
}

static void visit_stmt(Walker *w, const AyNode *n) {
    if (w->failed || !n) return;
    switch (n->kind) {
    case AyAst_FunctionDef:
    case AyAst_AsyncFunctionDef: {
        bool is_async = n->kind == AyAst_AsyncFunctionDef;
        const char *name = is_async ? n->v.AsyncFunctionDef.name : n->v.FunctionDef.name;
        const AyNode *args = is_async ? n->v.AsyncFunctionDef.args : n->v.FunctionDef.args;
        const AyNodeList *decos = is_async ? &n->v.AsyncFunctionDef.decorator_list : &n->v.FunctionDef.decorator_list;
        const AyNode *returns = is_async ? n->v.AsyncFunctionDef.returns : n->v.FunctionDef.returns;
        const AyNodeList *body = is_async ? &n->v.AsyncFunctionDef.body : &n->v.FunctionDef.body;
        const AyNodeList *tps = is_async ? &n->v.AsyncFunctionDef.type_params : &n->v.FunctionDef.type_params;
        add_def(w, name, AY_DEF_LOCAL, n);
        visit_exprs(w, decos);
        AyScope *outer = w->cur;
        // defaults are evaluated outside the type parameters' scope, and
        // passed to it as arguments
        visit_defaults(w, args);
        AyScope *generic = visit_type_params(w, n, tps, name);
        if (generic) add_generic_arguments(w, generic, args);
        visit_annotations(w, args);
        if (returns) visit_expr(w, returns);
        visit_function(w, n, name, args, body, NULL, is_async);
        w->cur = outer;
        break;
    }
    case AyAst_ClassDef: {
        add_def(w, n->v.ClassDef.name, AY_DEF_LOCAL, n);
        visit_exprs(w, &n->v.ClassDef.decorator_list);
        AyScope *outer = w->cur;
        AyScope *generic = visit_type_params(w, n, &n->v.ClassDef.type_params, n->v.ClassDef.name);
        if (generic) {
            add_def(w, ".type_params", AY_DEF_LOCAL, n);
            add_def(w, ".generic_base", AY_DEF_LOCAL, n);
        }
        visit_exprs(w, &n->v.ClassDef.bases);
        for (int i = 0; i < n->v.ClassDef.keywords.len; i++)
            visit_expr(w, n->v.ClassDef.keywords.items[i]->v.keyword.value);
        AyScope *s = new_scope(w, n, AY_SCOPE_CLASS, n->v.ClassDef.name);
        if (!s) return;
        w->cur = s;
        // the body stores them as __type_params__
        if (generic) add_def(w, ".type_params", AY_USE, n);
        visit_stmts(w, &n->v.ClassDef.body);
        w->cur = outer;
        break;
    }
    case AyAst_TypeAlias: {
        const char *name = n->v.TypeAlias.name->v.Name.id;
        add_def(w, name, AY_DEF_LOCAL, n->v.TypeAlias.name);
        AyScope *outer = w->cur;
        visit_type_params(w, n, &n->v.TypeAlias.type_params, name);
        if (!w->failed && enter_annotation_scope(w, n, n, name, "a type alias", outer->kind == AY_SCOPE_CLASS))
            visit_expr(w, n->v.TypeAlias.value);
        w->cur = outer;
        break;
    }
    case AyAst_Return:
        if (n->v.Return.value) {
            visit_expr(w, n->v.Return.value);
            w->cur->has_return_value = 1;
        }
        break;
    case AyAst_Delete: visit_exprs(w, &n->v.Delete.targets); break;
    case AyAst_Assign:
        visit_exprs(w, &n->v.Assign.targets);
        visit_expr(w, n->v.Assign.value);
        break;
    case AyAst_AugAssign: {
        const AyNode *t = n->v.AugAssign.target;
        if (t->kind == AyAst_Name) add_def(w, t->v.Name.id, AY_DEF_LOCAL | AY_USE, t);
        else visit_expr(w, t);
        visit_expr(w, n->v.AugAssign.value);
        break;
    }
    case AyAst_AnnAssign: {
        const AyNode *t = n->v.AnnAssign.target;
        if (t->kind == AyAst_Name) {
            AySymbol *sym = ayScope_find(w->cur, t->v.Name.id);
            if (sym && (sym->flags & (AY_DEF_GLOBAL | AY_DEF_NONLOCAL)) && n->v.AnnAssign.simple) {
                error_at(w, t, (sym->flags & AY_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                            : "annotated name '%s' can't be nonlocal",
                         t->v.Name.id);
                return;
            }
            add_def(w, t->v.Name.id, AY_DEF_LOCAL | AY_DEF_ANNOT, t);
        } else {
            visit_expr(w, t);
        }
        if (w->cur->kind != AY_SCOPE_FUNCTION) visit_expr(w, n->v.AnnAssign.annotation);
        visit_expr(w, n->v.AnnAssign.value);
        break;
    }
    case AyAst_For:
    case AyAst_AsyncFor:
        if (n->kind == AyAst_AsyncFor && w->cur->kind == AY_SCOPE_MODULE) w->cur->has_await = 1;
        visit_expr(w, n->v.For.target);
        visit_expr(w, n->v.For.iter);
        visit_stmts(w, &n->v.For.body);
        visit_stmts(w, &n->v.For.orelse);
        break;
    case AyAst_While:
        visit_expr(w, n->v.While.test);
        visit_stmts(w, &n->v.While.body);
        visit_stmts(w, &n->v.While.orelse);
        break;
    case AyAst_If:
        visit_expr(w, n->v.If.test);
        visit_stmts(w, &n->v.If.body);
        visit_stmts(w, &n->v.If.orelse);
        break;
    case AyAst_With:
    case AyAst_AsyncWith:
        if (n->kind == AyAst_AsyncWith && w->cur->kind == AY_SCOPE_MODULE) w->cur->has_await = 1;
        for (int i = 0; i < n->v.With.items.len; i++) {
            const AyNode *it = n->v.With.items.items[i];
            visit_expr(w, it->v.withitem.context_expr);
            visit_expr(w, it->v.withitem.optional_vars);
        }
        visit_stmts(w, &n->v.With.body);
        break;
    case AyAst_Match:
        visit_expr(w, n->v.Match.subject);
        for (int i = 0; i < n->v.Match.cases.len; i++) {
            const AyNode *mc = n->v.Match.cases.items[i];
            visit_pattern(w, mc->v.match_case.pattern);
            visit_expr(w, mc->v.match_case.guard);
            visit_stmts(w, &mc->v.match_case.body);
        }
        break;
    case AyAst_Raise:
        visit_expr(w, n->v.Raise.exc);
        visit_expr(w, n->v.Raise.cause);
        break;
    case AyAst_Try:
    case AyAst_TryStar:
        visit_stmts(w, &n->v.Try.body);
        for (int i = 0; i < n->v.Try.handlers.len; i++) {
            const AyNode *h = n->v.Try.handlers.items[i];
            visit_expr(w, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name) add_def(w, h->v.ExceptHandler.name, AY_DEF_LOCAL, h);
            visit_stmts(w, &h->v.ExceptHandler.body);
        }
        visit_stmts(w, &n->v.Try.orelse);
        visit_stmts(w, &n->v.Try.finalbody);
        break;
    case AyAst_Assert:
        visit_expr(w, n->v.Assert.test);
        visit_expr(w, n->v.Assert.msg);
        break;
    case AyAst_Import:
    case AyAst_ImportFrom: {
        const AyNodeList *names = n->kind == AyAst_Import ? &n->v.Import.names : &n->v.ImportFrom.names;
        for (int i = 0; i < names->len; i++) {
            const AyNode *a = names->items[i];
            const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
            if (strcmp(name, "*") == 0) {
                if (w->cur->kind != AY_SCOPE_MODULE) {
                    error_at(w, a, "import * only allowed at module level%s", "");
                    return;
                }
                continue;
            }
            if (!a->v.alias.asname && n->kind == AyAst_Import) {
                // `import a.b.c` binds `a`
                const char *dot = strchr(name, '.');
                if (dot) {
                    char *first = ayArena_strdup(w->st->arena, name, (size_t)(dot - name));
                    if (!first) {
                        w->failed = true;
                        return;
                    }
                    name = first;
                }
            }
            add_def(w, name, AY_DEF_LOCAL | AY_DEF_IMPORT, a);
        }
        break;
    }
    case AyAst_Global: visit_global_like(w, n, false); break;
    case AyAst_Nonlocal: visit_global_like(w, n, true); break;
    case AyAst_Expr: visit_expr(w, n->v.Expr.value); break;
    default: break;
    }
}

static void visit_stmts(Walker *w, const AyNodeList *l) {
    for (int i = 0; i < l->len && !w->failed; i++) visit_stmt(w, l->items[i]);
}

// }====
// {==== resolution

// Names bound by enclosing function scopes, as a linked list (scopes are few).
typedef struct Bound {
    AyScope *scope;
    struct Bound *up;
} Bound;

// The symbol binding `name` in the nearest enclosing function scope, or NULL.
static AySymbol *binding_of(Bound *b, const char *name) {
    for (; b; b = b->up) {
        AySymbol *s = ayScope_find(b->scope, name);
        if (s && (s->scope == AY_SYM_LOCAL || s->scope == AY_SYM_CELL || s->scope == AY_SYM_FREE)) return s;
        if (s && s->scope == AY_SYM_GLOBAL_EXPLICIT) return NULL;
    }
    return NULL;
}

static bool bound_in(Bound *b, const char *name) { return binding_of(b, name) != NULL; }

static bool global_in(Bound *b, const char *name) {
    for (; b; b = b->up) {
        AySymbol *s = ayScope_find(b->scope, name);
        if (s && (s->flags & AY_DEF_GLOBAL)) return true;
        if (s && s->scope != AY_SYM_GLOBAL_IMPLICIT && s->scope != 0) return false;
    }
    return false;
}

// `class_body` is the class whose namespace an annotation scope `s` sees
// (PEP 695), else NULL.
static void analyze(Walker *w, AyScope *s, Bound *enclosing, AyScope *class_body) {
    for (int i = 0; i < s->capsyms && !w->failed; i++) {
        AySymbol *sym = &s->syms[i];
        if (!sym->name) continue;
        int f = sym->flags;
        // a name the class binds is read from its namespace, then the
        // globals, never from a function around the class
        AySymbol *in_class = class_body && !(f & (AY_DEF_GLOBAL | AY_DEF_NONLOCAL | AY_DEF_LOCAL | AY_DEF_PARAM))
                                 ? ayScope_find(class_body, sym->name) : NULL;
        if (in_class && (in_class->flags & AY_DEF_GLOBAL)) {
            sym->scope = AY_SYM_GLOBAL_EXPLICIT;
            continue;
        }
        if (in_class && (in_class->flags & (AY_DEF_LOCAL | AY_DEF_PARAM)) && !(in_class->flags & AY_DEF_NONLOCAL)) {
            sym->scope = AY_SYM_GLOBAL_IMPLICIT;
            continue;
        }
        if (f & AY_DEF_GLOBAL) sym->scope = AY_SYM_GLOBAL_EXPLICIT;
        else if (f & AY_DEF_NONLOCAL) {
            AySymbol *binding = binding_of(enclosing, sym->name);
            if (!binding || (binding->flags & AY_DEF_TYPE_PARAM)) {
                error_at(w, sym->directive ? sym->directive : s->node,
                         binding ? "nonlocal binding not allowed for type parameter '%s'"
                                 : "no binding for nonlocal '%s' found", sym->name);
                return;
            }
            sym->scope = AY_SYM_FREE;
        } else if (f & (AY_DEF_LOCAL | AY_DEF_PARAM)) {
            sym->scope = AY_SYM_LOCAL;
        } else if (s->kind != AY_SCOPE_MODULE && bound_in(enclosing, sym->name)) {
            sym->scope = AY_SYM_FREE;
        } else if (global_in(enclosing, sym->name)) {
            sym->scope = AY_SYM_GLOBAL_EXPLICIT;
        } else {
            sym->scope = AY_SYM_GLOBAL_IMPLICIT;
        }
    }
    // `__class__` is provided by the class body itself, never from outside it.
    if (s->kind == AY_SCOPE_CLASS) {
        AySymbol *cc = ayScope_find(s, "__class__");
        if (cc && !(cc->flags & (AY_DEF_LOCAL | AY_DEF_PARAM))) cc->scope = AY_SYM_GLOBAL_IMPLICIT;
    }
    Bound here = {s, enclosing};
    Bound *for_children = s->kind == AY_SCOPE_FUNCTION ? &here : enclosing;
    // A class body offers only `__class__` to its methods, and its namespace
    // as `__classdict__` to its annotation scopes.
    AyScope class_view = {0};
    Bound class_bound;
    if (s->kind == AY_SCOPE_CLASS) {
        class_view.kind = AY_SCOPE_CLASS;
        class_bound.scope = &class_view;
        class_bound.up = enclosing;
        for (int i = 0; i < 2; i++) {
            AySymbol *cs = add_sym(w, &class_view, i ? "__classdict__" : "__class__");
            if (!cs) return;
            cs->scope = AY_SYM_CELL;
            cs->flags = AY_DEF_LOCAL;
        }
        for_children = &class_bound;
    }
    for (int c = 0; c < s->nchildren && !w->failed; c++) {
        AyScope *child = s->children[c];
        analyze(w, child, for_children,
                child->sees_class ? (s->kind == AY_SCOPE_CLASS ? s : class_body) : NULL);
        // pull the child's free variables into this scope
        for (int i = 0; i < child->capsyms; i++) {
            AySymbol *cs = &child->syms[i];
            // a class body's own name that its methods take from further out
            // (AY_DEF_FREE_CLASS) is free for this scope too
            bool child_free = cs->scope == AY_SYM_FREE || (cs->flags & AY_DEF_FREE_CLASS);
            if (!cs->name || !child_free) continue;
            if (s->kind == AY_SCOPE_CLASS && strcmp(cs->name, "__class__") == 0) {
                s->needs_class_cell = 1;
                continue;
            }
            if (s->kind == AY_SCOPE_CLASS && strcmp(cs->name, "__classdict__") == 0) {
                s->needs_classdict = 1;
                continue;
            }
            AySymbol *mine = add_sym(w, s, cs->name);
            if (!mine) return;
            s->child_free = 1;
            if (s->kind == AY_SCOPE_FUNCTION) {
                if (mine->scope == AY_SYM_LOCAL || mine->scope == AY_SYM_CELL) mine->scope = AY_SYM_CELL;
                else mine->scope = AY_SYM_FREE;
            } else if (s->kind == AY_SCOPE_CLASS) {
                // passes through the class body
                mine->flags |= AY_DEF_FREE_CLASS;
                if (mine->scope != AY_SYM_LOCAL) mine->scope = AY_SYM_FREE;
            }
        }
    }
}

// }====

bool aySymtable_build(AySymtable *st, AyArena *arena, const AyNode *mod) {
    memset(st, 0, sizeof *st);
    st->arena = arena;
    Walker w = {st, NULL, 0, false};
    AyScope *top = new_scope(&w, mod, AY_SCOPE_MODULE, "<module>");
    if (!top) return false;
    st->top = top;
    w.cur = top;
    if (mod->kind == AyAst_Module) visit_stmts(&w, &mod->v.Module.body);
    else if (mod->kind == AyAst_Interactive) visit_stmts(&w, &mod->v.Interactive.body);
    else if (mod->kind == AyAst_Expression) visit_expr(&w, mod->v.Expression.body);
    if (!w.failed) analyze(&w, top, NULL, NULL);
    if (w.failed && !st->error[0]) snprintf(st->error, sizeof st->error, "out of memory");
    return !w.failed;
}
