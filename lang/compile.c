// The compiler's core: code units, instruction emission with stack-depth
// accounting, labels, the compile-time exception-handler stack, name
// resolution, assembly into AyCode, and the public entry points.
//
// Compile errors longjmp to the entry point (all compiler memory is in the
// arena, and no VM frames are involved, so nothing leaks or dangles).
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/containers.h"
#include "../vm/str.h"
#include "compile_int.h"

const char *const ayOp_names[AY_OPCODE_COUNT] = {
#define NAME(name, pops, pushes, cache) #name,
    AY_OPCODES(NAME)
#undef NAME
};

const unsigned char ayOp_cache[AY_OPCODE_COUNT] = {
#define CACHE(name, pops, pushes, cache) cache,
    AY_OPCODES(CACHE)
#undef CACHE
};

static int stack_effect(int op, int oparg) {
    switch (op) {
#define EFFECT(name, pops, pushes, cache) case AY_OP_##name: return (pushes) - (pops);
        AY_OPCODES(EFFECT)
#undef EFFECT
    default: return 0;
    }
}

// {==== errors

static void fill_error_text(Compiler *c, int lineno) {
    if (!c->src || lineno < 1) return;
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    size_t n = e ? (size_t)(e - p) + 1 : (size_t)(end - p);
    c->err->text = malloc(n + 1);
    if (!c->err->text) return;
    memcpy(c->err->text, p, n);
    c->err->text[n] = 0;
}

// Byte column -> 1-based character offset within the line.
static int char_col(Compiler *c, int lineno, int col) {
    if (!c->err->text) return col + 1;
    return (int)ayUtf8_count(c->err->text, (size_t)col) + 1;
}

void ayC_error(Compiler *c, const AyNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->type = "SyntaxError";
    if (at) {
        c->err->lineno = at->lineno;
        c->err->end_lineno = at->end_lineno;
        fill_error_text(c, at->lineno);
        c->err->offset = char_col(c, at->lineno, at->col_offset);
        c->err->end_offset = at->end_lineno == at->lineno ? char_col(c, at->lineno, at->end_col_offset)
                                                          : at->end_col_offset + 1;
    } else {
        c->err->lineno = c->u ? c->u->curpos.line : 1;
    }
    c->failed = true;
    longjmp(c->fail, 1);
}

void ayC_nomem(Compiler *c) {
    c->err->msg[0] = 0;
    c->failed = true;
    if (!ayErr_occurred(c->vm)) ayErr_nomemory(c->vm);
    longjmp(c->fail, 1);
}

// Grows an arena array to hold at least `need` elements.
static void *grow(Compiler *c, void *old, int *cap, int need, size_t elem) {
    if (need <= *cap) return old;
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need) ncap *= 2;
    void *p = ayArena_alloc(c->arena, elem * (size_t)ncap);
    if (!p) ayC_nomem(c);
    if (old && *cap) memcpy(p, old, elem * (size_t)*cap);
    *cap = ncap;
    return p;
}

// }====
// {==== emission

void ayC_set_pos(Compiler *c, const AyNode *n) {
    if (!n) return;
    c->u->curpos = (AyPos){n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

int ayC_emit(Compiler *c, AyOpcode op, int arg) {
    Unit *u = c->u;
    if (arg < 0 || arg > AY_MAX_OPARG) ayC_error(c, NULL, "too many constants, names or jumps");
    int ncache = ayOp_cache[op];
    int need = u->ncode + 1 + ncache;
    if (need > u->capcode) {
        int cap = u->capcode;
        u->code = grow(c, u->code, &cap, need, sizeof(AyInstr));
        cap = u->capcode;
        u->pos = grow(c, u->pos, &cap, need, sizeof(AyPos));
        cap = u->capcode;
        u->handler = grow(c, u->handler, &cap, need, sizeof(int16_t));
        u->capcode = cap;
    }
    int at = u->ncode;
    int h = u->nhstack ? u->hstack[u->nhstack - 1].index : -1;
    // `x op k`, `x < k` and `x[k]` for a small constant k: the constant's load and the operation
    // become one instruction (same length: the constant moves to a cache word)
    AyOpcode fused = op == AY_OP_BINARY_OP ? AY_OP_BINARY_OP_SMALL : op == AY_OP_COMPARE_OP ? AY_OP_COMPARE_OP_SMALL
                     : op == AY_OP_BINARY_SUBSCR ? AY_OP_BINARY_SUBSCR_SMALL : AY_OP_NOP;
    if (fused != AY_OP_NOP && u->last_at == at - 1 && u->label_at != at &&
        AY_OPCODE(u->code[at - 1]) == AY_OP_LOAD_SMALL_INT && u->handler[at - 1] == h) {
        int k = (int)AY_OPARG(u->code[at - 1]) - (1 << 23);
        u->code[at - 1] = AY_MAKE_INSTR(fused, arg);
        u->code[at] = (AyInstr)(int32_t)k;
        u->pos[at - 1] = u->pos[at] = u->curpos;
        u->handler[at] = (int16_t)h;
        u->ncode = at + 1;
        u->last_at = at - 1;
        u->depth += stack_effect(op, arg);
        return at - 1;
    }
    // two local loads in a row (`a + b`, `x[i]`) become one instruction; the
    // second index goes to its cache word, whose position is the second name's
    // (for an UnboundLocalError)
    if (op == AY_OP_LOAD_FAST && u->last_at == at - 1 && u->label_at != at &&
        AY_OPCODE(u->code[at - 1]) == AY_OP_LOAD_FAST && u->handler[at - 1] == h) {
        u->code[at - 1] = AY_MAKE_INSTR(AY_OP_LOAD_FAST_LOAD_FAST, AY_OPARG(u->code[at - 1]));
        u->code[at] = (AyInstr)arg;
        u->pos[at] = u->curpos;
        u->handler[at] = (int16_t)h;
        u->ncode = at + 1;
        u->last_at = at - 1;
        u->depth += stack_effect(op, arg);
        if (u->depth > u->maxdepth) u->maxdepth = u->depth;
        return at - 1;
    }
    // the commonest arithmetic gets an instruction per operator (no dispatch
    // on the operator at run time)
    if (op == AY_OP_BINARY_OP) {
        int inplace = arg >= AY_BINOP_COUNT;
        switch (arg - (inplace ? AY_BINOP_COUNT : 0)) {
        case AY_BINOP_ADD: op = AY_OP_BINARY_ADD; arg = inplace; break;
        case AY_BINOP_SUB: op = AY_OP_BINARY_SUBTRACT; arg = inplace; break;
        case AY_BINOP_MUL: op = AY_OP_BINARY_MULTIPLY; arg = inplace; break;
        case AY_BINOP_TRUEDIV: op = AY_OP_BINARY_TRUE_DIVIDE; arg = inplace; break;
        default: break;
        }
    }
    for (int i = 0; i <= ncache; i++) {
        u->code[at + i] = i == 0 ? AY_MAKE_INSTR(op, arg) : 0;
        u->pos[at + i] = u->curpos;
        u->handler[at + i] = (int16_t)h;
    }
    u->ncode = need;
    u->last_at = at;
    u->depth += stack_effect(op, arg);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    if (u->depth < 0) u->depth = 0;  // only reachable through compiler bugs; keep going
    switch (op) {
    case AY_OP_JUMP:
    case AY_OP_JUMP_BACKWARD:
    case AY_OP_RETURN_VALUE:
    case AY_OP_RETURN_CONST:
    case AY_OP_RAISE_VARARGS:
    case AY_OP_RERAISE:
        u->unreachable = true;
        break;
    default:
        break;
    }
    return at;
}

int ayC_new_label(Compiler *c) {
    Unit *u = c->u;
    int cap = u->caplabels;
    u->label_pos = grow(c, u->label_pos, &cap, u->nlabels + 1, sizeof(int));
    cap = u->caplabels;
    u->label_depth = grow(c, u->label_depth, &cap, u->nlabels + 1, sizeof(int));
    u->caplabels = cap;
    u->label_pos[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

static void note_label_depth(Compiler *c, int label, int depth) {
    Unit *u = c->u;
    if (u->label_depth[label] < depth) u->label_depth[label] = depth;
    if (depth > u->maxdepth) u->maxdepth = depth;  // (a handler's entry pushes the exception)
}

void ayC_use_label(Compiler *c, int label) {
    Unit *u = c->u;
    u->label_pos[label] = u->ncode;
    u->label_at = u->ncode;
    if (u->unreachable) {
        if (u->label_depth[label] >= 0) u->depth = u->label_depth[label];
    } else {
        note_label_depth(c, label, u->depth);
    }
    u->unreachable = false;
}

void ayC_jump(Compiler *c, AyOpcode op, int label) {
    Unit *u = c->u;
    int before = u->depth;
    ayC_emit(c, op, label);  // patched to an instruction index in assembly
    int branch = before;
    switch (op) {
    case AY_OP_POP_JUMP_IF_FALSE:
    case AY_OP_POP_JUMP_IF_TRUE:
    case AY_OP_POP_JUMP_IF_NONE:
    case AY_OP_POP_JUMP_IF_NOT_NONE:
        branch = before - 1;
        break;
    case AY_OP_FOR_ITER:
    case AY_OP_FOR_RANGE:
        branch = before - 1;
        break;
    default:
        break;  // JUMP, JUMP_IF_*_OR_POP (keeps TOS), SEND (same depth)
    }
    note_label_depth(c, label, branch);
}

void ayC_push_handler(Compiler *c, int label, bool lasti) {
    Unit *u = c->u;
    if (u->nhstack >= MAX_HANDLERS) ayC_error(c, NULL, "too many statically nested blocks");
    Handler h = {label, u->depth, lasti, u->nhandlers};
    u->hstack[u->nhstack++] = h;
    int cap = u->caphandlers;
    u->handlers = grow(c, u->handlers, &cap, u->nhandlers + 1, sizeof(Handler));
    u->caphandlers = cap;
    u->handlers[u->nhandlers++] = h;
    note_label_depth(c, label, u->depth + (lasti ? 1 : 0) + 1);
}

void ayC_repush_handler(Compiler *c, Handler h) {
    Unit *u = c->u;
    if (u->nhstack >= MAX_HANDLERS) ayC_error(c, NULL, "too many statically nested blocks");
    u->hstack[u->nhstack++] = h;
}

Handler ayC_top_handler(Compiler *c) { return c->u->hstack[c->u->nhstack - 1]; }

void ayC_pop_handler(Compiler *c) {
    if (c->u->nhstack) c->u->nhstack--;
}

void ayC_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) ayC_error(c, NULL, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){kind, block, exit, datum, u->curpos};
}

void ayC_pop_fblock(Compiler *c) { c->u->nfblocks--; }

// }====
// {==== constants and names

AyStr *ayC_intern(Compiler *c, const char *s) {
    AyStr *r = ayStr_intern_c(c->vm, s);
    if (!r) ayC_nomem(c);
    return r;
}

// Constants are deduplicated by (type, value) so that 1, 1.0 and True stay
// distinct: the key is a (type, value) tuple.
int ayC_const(Compiler *c, AyValue v) {
    Unit *u = c->u;
    AyVM *vm = c->vm;
    AyValue key;
    bool hashable = ayV_is_special(v) || ayV_is_int(v) || ayV_is_float(v) || ayV_is_str(vm, v) ||
                    ayV_is_type(vm, v, vm->t_bytes) || ayV_is_bigint(vm, v);
    if (hashable) {
        key = ayTuple_pack2(vm, ayV_from_obj(ayV_type(vm, v)), v);
        if (ayV_is_float(v)) {
            // 0.0 and -0.0 compare equal but are different constants
            double d = ayV_float(v);
            uint64_t bits;
            memcpy(&bits, &d, 8);
            key = ayTuple_pack2(vm, key, ayV_small((int64_t)(bits >> 16)));
        }
        if (!key) ayC_nomem(c);
        AyValue idx = ayDict_get(vm, u->const_index, key);
        if (idx) return (int)ayV_int(idx);
    }
    int i = (int)u->consts->len;
    if (!ayList_append(vm, u->consts, v)) ayC_nomem(c);
    if (hashable && ayDict_set(vm, u->const_index, key, ayV_small(i)) < 0) ayC_nomem(c);
    return i;
}

int ayC_const_str(Compiler *c, const char *s) { return ayC_const(c, ayV_from_obj(ayC_intern(c, s))); }

int ayC_name(Compiler *c, const char *s) {
    Unit *u = c->u;
    AyStr *name = ayC_intern(c, s);
    AyValue idx = ayDict_get_str(c->vm, u->name_index, name);
    if (idx) return (int)ayV_int(idx);
    int i = (int)u->names->len;
    if (!ayList_append(c->vm, u->names, ayV_from_obj(name)) ||
        ayDict_set(c->vm, u->name_index, ayV_from_obj(name), ayV_small(i)) < 0)
        ayC_nomem(c);
    return i;
}

void ayC_load_const(Compiler *c, AyValue v) {
    if (ayV_is_int(v) && ayV_int(v) >= -(1 << 22) && ayV_int(v) < (1 << 22)) {
        ayC_emit(c, AY_OP_LOAD_SMALL_INT, (int)(ayV_int(v) + (1 << 23)));
        return;
    }
    ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, v));
}

// }====
// {==== names

int ayC_local_index(Compiler *c, const char *name) {
    Unit *u = c->u;
    for (int i = 0; i < u->nlocals_plus; i++)
        if (strcmp(u->locals[i], name) == 0) return i;
    return -1;
}

static void add_local(Compiler *c, const char *name, uint8_t kind) {
    Unit *u = c->u;
    int cap = u->caplocals;
    u->locals = grow(c, u->locals, &cap, u->nlocals_plus + 1, sizeof(char *));
    cap = u->caplocals;
    u->kinds = grow(c, u->kinds, &cap, u->nlocals_plus + 1, 1);
    u->caplocals = cap;
    u->locals[u->nlocals_plus] = name;
    u->kinds[u->nlocals_plus] = kind;
    u->nlocals_plus++;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_order(const void *a, const void *b) {
    return (*(AySymbol *const *)a)->order - (*(AySymbol *const *)b)->order;
}

// Lays out localsplus: parameters, other locals (by first appearance), cells
// that are not parameters, free variables (both sorted by name, as CPython).
static void layout_locals(Compiler *c, AyScope *s) {
    Unit *u = c->u;
    bool fast = s->kind == AY_SCOPE_FUNCTION;
    if (fast) {
        for (int i = 0; i < s->nparams; i++) {
            AySymbol *sym = ayScope_find(s, s->params[i]);
            add_local(c, s->params[i], AY_LOCAL_ARG | (sym && sym->scope == AY_SYM_CELL ? AY_CELL : AY_LOCAL));
        }
        AySymbol **locs = ayArena_alloc(c->arena, sizeof(AySymbol *) * (size_t)(s->nsyms + 1));
        if (!locs) ayC_nomem(c);
        int n = 0;
        for (int i = 0; i < s->capsyms; i++) {
            AySymbol *sym = &s->syms[i];
            if (sym->name && sym->scope == AY_SYM_LOCAL && !(sym->flags & AY_DEF_PARAM)) locs[n++] = sym;
        }
        qsort(locs, (size_t)n, sizeof *locs, cmp_order);
        for (int i = 0; i < n; i++) add_local(c, locs[i]->name, AY_LOCAL);
    }
    u->nlocals = u->nlocals_plus;
    const char **names = ayArena_alloc(c->arena, sizeof(char *) * (size_t)(s->nsyms + 3));
    if (!names) ayC_nomem(c);
    int n = 0;
    for (int i = 0; i < s->capsyms; i++) {
        AySymbol *sym = &s->syms[i];
        if (sym->name && sym->scope == AY_SYM_CELL && !(sym->flags & AY_DEF_PARAM)) names[n++] = sym->name;
    }
    if (s->kind == AY_SCOPE_CLASS && s->needs_class_cell) names[n++] = "__class__";
    if (s->kind == AY_SCOPE_CLASS && s->needs_classdict) names[n++] = "__classdict__";
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    for (int i = 0; i < n; i++) add_local(c, names[i], AY_CELL);
    u->ncells = n;
    n = 0;
    for (int i = 0; i < s->capsyms; i++) {
        AySymbol *sym = &s->syms[i];
        if (sym->name && (sym->scope == AY_SYM_FREE || (sym->flags & AY_DEF_FREE_CLASS))) names[n++] = sym->name;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    for (int i = 0; i < n; i++) add_local(c, names[i], AY_FREE);
    u->nfrees = n;
}

const char *ayC_mangle(Compiler *c, const char *name) {
    const char *m = ayScope_mangle(c->arena, c->u->scope->private, name);
    if (!m) ayC_nomem(c);
    return m;
}

int ayC_attr_name(Compiler *c, const char *attr) { return ayC_name(c, ayC_mangle(c, attr)); }

void ayC_nameop(Compiler *c, const char *name, int ctx) {
    Unit *u = c->u;
    AyScope *s = u->scope;
    name = ayC_mangle(c, name);
    AySymbol *sym = ayScope_find(s, name);
    AySymScope scope = sym ? sym->scope : AY_SYM_GLOBAL_IMPLICIT;
    // a class body reads a name it also passes to methods through its dict first
    if (s->kind == AY_SCOPE_CLASS && sym && (sym->flags & AY_DEF_FREE_CLASS) && sym->scope == AY_SYM_LOCAL)
        scope = AY_SYM_LOCAL;
    if (s->kind == AY_SCOPE_CLASS && strcmp(name, "__class__") == 0 && s->needs_class_cell &&
        ctx == AY_LOAD && !(sym && (sym->flags & AY_DEF_LOCAL)))
        scope = AY_SYM_CELL;
    // an annotation scope of a class body looks in the class namespace first
    if (s->sees_class && ctx == AY_LOAD && (scope == AY_SYM_FREE || scope == AY_SYM_CELL ||
                                            scope == AY_SYM_GLOBAL_IMPLICIT)) {
        int classdict = ayC_local_index(c, "__classdict__");
        int i = scope == AY_SYM_GLOBAL_IMPLICIT ? -1 : ayC_local_index(c, name);
        if (classdict < 0 || (scope != AY_SYM_GLOBAL_IMPLICIT && i < 0))
            ayC_error(c, NULL, "internal error: no cell for '%s'", name);
        ayC_emit(c, AY_OP_LOAD_DEREF, classdict);
        if (scope == AY_SYM_GLOBAL_IMPLICIT) ayC_emit(c, AY_OP_LOAD_FROM_DICT_OR_GLOBALS, ayC_name(c, name));
        else ayC_emit(c, AY_OP_LOAD_FROM_DICT_OR_DEREF, i);
        return;
    }
    enum { FAST, DEREF, GLOBAL, NAME } kind;
    switch (scope) {
    case AY_SYM_FREE:
    case AY_SYM_CELL: kind = DEREF; break;
    case AY_SYM_LOCAL: kind = s->kind == AY_SCOPE_FUNCTION ? FAST : NAME; break;
    case AY_SYM_GLOBAL_EXPLICIT: kind = GLOBAL; break;
    default: kind = s->kind == AY_SCOPE_FUNCTION ? GLOBAL : NAME; break;
    }
    if (kind == FAST || kind == DEREF) {
        int i = ayC_local_index(c, name);
        if (i < 0) {
            // names the compiler invents (e.g. in module-level comprehensions) fall back
            kind = s->kind == AY_SCOPE_FUNCTION ? FAST : NAME;
            if (kind == FAST) {
                add_local(c, name, AY_LOCAL);
                i = u->nlocals_plus - 1;
            }
        }
        if (kind == FAST) {
            ayC_emit(c, ctx == AY_LOAD ? AY_OP_LOAD_FAST : ctx == AY_STORE ? AY_OP_STORE_FAST : AY_OP_DELETE_FAST, i);
            return;
        }
        if (kind == DEREF) {
            AyOpcode op = ctx == AY_LOAD ? (s->kind == AY_SCOPE_CLASS ? AY_OP_LOAD_CLASSDEREF : AY_OP_LOAD_DEREF)
                          : ctx == AY_STORE ? AY_OP_STORE_DEREF : AY_OP_DELETE_DEREF;
            if (op == AY_OP_LOAD_CLASSDEREF) {
                // the class dict may shadow it: pass the name too (index << 12 | local)
                ayC_emit(c, op, (ayC_name(c, name) << 12) | i);
            } else {
                ayC_emit(c, op, i);
            }
            return;
        }
    }
    int ni = ayC_name(c, name);
    if (kind == GLOBAL) {
        if (ctx == AY_LOAD) ayC_emit(c, AY_OP_LOAD_GLOBAL, ni << 1);
        else ayC_emit(c, ctx == AY_STORE ? AY_OP_STORE_GLOBAL : AY_OP_DELETE_GLOBAL, ni);
    } else {
        ayC_emit(c, ctx == AY_LOAD ? AY_OP_LOAD_NAME : ctx == AY_STORE ? AY_OP_STORE_NAME : AY_OP_DELETE_NAME, ni);
    }
}

AyStr *ayC_qualname(Compiler *c, const char *name, bool is_function) {
    Unit *u = c->u;
    // annotation scopes (PEP 695) do not show in qualified names
    while (u->scope->annotation) u = u->parent;
    if (u->is_module) return ayC_intern(c, name);
    // a global declaration makes the qualname top-level
    AySymbol *sym = ayScope_find(u->scope, name);
    if (sym && sym->scope == AY_SYM_GLOBAL_EXPLICIT) return ayC_intern(c, name);
    AyValue q = ayStr_from_fmt(c->vm, u->scope->kind == AY_SCOPE_FUNCTION ? "%U.<locals>.%s" : "%U.%s",
                               u->qualname, name);
    if (!q) ayC_nomem(c);
    return AY_STR(q);
}

// Pushes a new function object for `code`: closure cells from this unit,
// then MAKE_FUNCTION (flags say what else is on the stack).
void ayC_make_closure(Compiler *c, AyCode *code, int flags) {
    if (code->nfrees) {
        int first = code->nlocalsplus - code->nfrees;
        for (int i = 0; i < code->nfrees; i++) {
            const char *name = code->localnames[first + i]->data;
            int idx = ayC_local_index(c, name);
            if (idx < 0) ayC_error(c, NULL, "internal error: no cell for free variable '%s'", name);
            ayC_emit(c, AY_OP_LOAD_FAST, idx);  // the cell object itself
        }
        ayC_emit(c, AY_OP_BUILD_TUPLE, code->nfrees);
        flags |= 8;
    }
    ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(code)));
    ayC_emit(c, AY_OP_MAKE_FUNCTION, flags);
}

// }====
// {==== assembly

static AyCode *assemble(Compiler *c) {
    Unit *u = c->u;
    AyVM *vm = c->vm;
    // resolve jump labels to instruction indexes
    for (int i = 0; i < u->ncode; i += 1 + ayOp_cache[AY_OPCODE(u->code[i])]) {
        AyInstr ins = u->code[i];
        switch (AY_OPCODE(ins)) {
        case AY_OP_JUMP: case AY_OP_JUMP_BACKWARD: case AY_OP_POP_JUMP_IF_FALSE:
        case AY_OP_POP_JUMP_IF_TRUE: case AY_OP_POP_JUMP_IF_NONE: case AY_OP_POP_JUMP_IF_NOT_NONE:
        case AY_OP_JUMP_IF_FALSE_OR_POP: case AY_OP_JUMP_IF_TRUE_OR_POP: case AY_OP_FOR_ITER:
        case AY_OP_FOR_RANGE: case AY_OP_SEND: {
            int target = u->label_pos[AY_OPARG(ins)];
            if (target < 0) ayC_error(c, NULL, "internal error: unplaced label");
            AyOpcode op = AY_OPCODE(ins);
            if (op == AY_OP_JUMP && target <= i) op = AY_OP_JUMP_BACKWARD;
            u->code[i] = AY_MAKE_INSTR(op, target);
            break;
        }
        default: break;
        }
    }
    AyCode *code = ayCode_new(vm);
    if (!code) ayC_nomem(c);
    // keep the code object reachable while we fill it: it is in no frame yet,
    // but compiling runs no Ay code, so no collection can happen.
    code->code = ayMem_alloc(vm, sizeof(AyInstr) * (size_t)(u->ncode ? u->ncode : 1));
    code->positions = ayMem_alloc(vm, sizeof(AyPos) * (size_t)(u->ncode ? u->ncode : 1));
    if (!code->code || !code->positions) ayC_nomem(c);
    memcpy(code->code, u->code, sizeof(AyInstr) * (size_t)u->ncode);
    memcpy(code->positions, u->pos, sizeof(AyPos) * (size_t)u->ncode);
    code->ncode = (uint32_t)u->ncode;
    // exception table: runs of instructions sharing a handler
    int nexc = 0;
    for (int i = 0; i < u->ncode; i++)
        if (u->handler[i] >= 0 && (i == 0 || u->handler[i - 1] != u->handler[i])) nexc++;
    if (nexc) {
        code->exctable = ayMem_alloc(vm, sizeof(AyExcEntry) * (size_t)nexc);
        if (!code->exctable) ayC_nomem(c);
        int k = 0;
        for (int i = 0; i < u->ncode;) {
            int h = u->handler[i];
            int j = i + 1;
            while (j < u->ncode && u->handler[j] == h) j++;
            if (h >= 0) {
                Handler *hd = &u->handlers[h];
                code->exctable[k++] = (AyExcEntry){(uint32_t)i, (uint32_t)j, (uint32_t)u->label_pos[hd->label],
                                                   (uint16_t)hd->depth, (uint8_t)hd->lasti};
            }
            i = j;
        }
        code->nexc = k;
    }
    code->nconsts = (int32_t)u->consts->len;
    code->consts = ayMem_alloc(vm, sizeof(AyValue) * (size_t)(code->nconsts ? code->nconsts : 1));
    if (!code->consts) ayC_nomem(c);
    if (code->nconsts) memcpy(code->consts, u->consts->items, sizeof(AyValue) * (size_t)code->nconsts);
    code->nnames = (int32_t)u->names->len;
    code->names = ayMem_alloc(vm, sizeof(AyStr *) * (size_t)(code->nnames ? code->nnames : 1));
    if (!code->names) ayC_nomem(c);
    for (int i = 0; i < code->nnames; i++) code->names[i] = AY_STR(u->names->items[i]);
    code->nlocalsplus = u->nlocals_plus;
    code->localnames = ayMem_alloc(vm, sizeof(AyStr *) * (size_t)(u->nlocals_plus ? u->nlocals_plus : 1));
    code->localkinds = ayMem_alloc(vm, (size_t)(u->nlocals_plus ? u->nlocals_plus : 1));
    if (!code->localnames || !code->localkinds) ayC_nomem(c);
    for (int i = 0; i < u->nlocals_plus; i++) {
        code->localnames[i] = ayC_intern(c, u->locals[i]);
        code->localkinds[i] = u->kinds[i];
    }
    code->nlocals = u->nlocals;
    code->ncells = u->ncells;
    code->nfrees = u->nfrees;
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->stacksize = u->maxdepth;  // exact: debug builds check it (vm/interp.c CHECK_STACK)
    code->flags = u->flags | (u->nfrees ? 0 : AY_CO_NOFREE);
    code->firstlineno = u->firstlineno;
    code->name = ayC_intern(c, u->name);
    code->qualname = u->qualname;
    code->filename = c->filename;
    return code;
}

// }====
// {==== units

AyCode *ayC_compile_unit(Compiler *c, AyScope *scope, const char *name, const AyNode *node,
                         void (*body)(Compiler *, const void *), const void *arg, int firstlineno) {
    if (++c->nesting > 200) ayC_error(c, node, "too many statically nested blocks");
    Unit *u = ayArena_alloc(c->arena, sizeof(Unit));
    if (!u) ayC_nomem(c);
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->firstlineno = firstlineno;
    u->is_module = scope->kind == AY_SCOPE_MODULE;
    u->is_class = scope->kind == AY_SCOPE_CLASS;
    u->pending_restore = -1;
    u->consts = ayList_new(c->vm, 0);
    u->const_index = ayDict_new(c->vm);
    u->names = ayList_new(c->vm, 0);
    u->name_index = ayDict_new(c->vm);
    if (!u->consts || !u->const_index || !u->names || !u->name_index) ayC_nomem(c);
    if (node) u->curpos = (AyPos){node->lineno, node->lineno, node->col_offset, node->col_offset};
    else u->curpos = (AyPos){1, 1, 0, 0};
    u->qualname = c->u ? ayC_qualname(c, name, true) : ayC_intern(c, name);
    c->u = u;
    layout_locals(c, scope);
    if (scope->kind == AY_SCOPE_FUNCTION) u->flags |= AY_CO_OPTIMIZED | AY_CO_NEWLOCALS;
    if (u->parent && !u->parent->is_module) u->flags |= AY_CO_NESTED;
    if (scope->is_generator && scope->is_coroutine) u->flags |= AY_CO_ASYNC_GENERATOR;
    else if (scope->is_generator) u->flags |= AY_CO_GENERATOR;
    else if (scope->is_coroutine || (scope->has_await && c->toplevel_await)) u->flags |= AY_CO_COROUTINE;
    if (scope->is_comprehension && !scope->is_generator) u->flags |= AY_CO_COMPREHENSION;
    // cells and free variables are set up before anything else runs
    if (u->nfrees) ayC_emit(c, AY_OP_COPY_FREE_VARS, u->nfrees);
    for (int i = 0; i < u->nlocals_plus; i++)
        if (u->kinds[i] & AY_CELL) ayC_emit(c, AY_OP_MAKE_CELL, i);
    // Generators, coroutines and async generators start by returning their
    // generator object; StopIteration escaping their body becomes RuntimeError.
    bool gen = (u->flags & (AY_CO_GENERATOR | AY_CO_COROUTINE | AY_CO_ASYNC_GENERATOR)) != 0;
    int handler = -1;
    if (gen) {
        // on the first line (a decorator's if any) with no columns, as CPython's:
        // a generator thrown into before it starts has a traceback entry there
        // without carets
        u->curpos = (AyPos){u->firstlineno, u->firstlineno, -1, -1};
        ayC_emit(c, AY_OP_RETURN_GENERATOR, 0);
        u->curpos = (AyPos){-1, -1, -1, -1};
        ayC_emit(c, AY_OP_POP_TOP, 0);
        handler = ayC_new_label(c);
        ayC_push_handler(c, handler, true);
        ayC_push_fblock(c, FB_STOP_ITERATION, -1, -1, NULL);
    }
    body(c, arg);
    if (gen) {
        ayC_pop_fblock(c);
        ayC_pop_handler(c);
        ayC_use_label(c, handler);
        ayC_emit(c, AY_OP_CALL_INTRINSIC_1, AY_INTRINSIC_STOPITERATION_ERROR);
        ayC_emit(c, AY_OP_RERAISE, 1);
    }
    AyCode *code = assemble(c);
    c->u = u->parent;
    c->nesting--;
    return code;
}

// }====
// {==== entry points

static void module_body(Compiler *c, const void *arg) {
    const AyNode *mod = arg;
    if (mod->kind == AyAst_Expression) {
        ayC_expr(c, mod->v.Expression.body);
        ayC_emit(c, AY_OP_RETURN_VALUE, 0);
        return;
    }
    const AyNodeList *body = mod->kind == AyAst_Module ? &mod->v.Module.body : &mod->v.Interactive.body;
    // a leading docstring becomes __doc__
    int start = 0;
    if (mod->kind == AyAst_Module && body->len && body->items[0]->kind == AyAst_Expr &&
        body->items[0]->v.Expr.value->kind == AyAst_Constant &&
        body->items[0]->v.Expr.value->v.Constant.value.kind == AY_CONST_STR) {
        ayC_set_pos(c, body->items[0]);
        ayC_expr(c, body->items[0]->v.Expr.value);
        ayC_nameop(c, "__doc__", AY_STORE);
        start = 1;
    }
    for (int i = start; i < body->len; i++) ayC_stmt(c, body->items[i]);
    ayC_emit(c, AY_OP_RETURN_CONST, ayC_const(c, AY_NONE));
}

static bool has_annotations(const AyNodeList *body) {
    for (int i = 0; i < body->len; i++)
        if (body->items[i]->kind == AyAst_AnnAssign) return true;
    return false;
}

static void module_body_with_annotations(Compiler *c, const void *arg) {
    const AyNode *mod = arg;
    if (mod->kind == AyAst_Module && has_annotations(&mod->v.Module.body)) ayC_emit(c, AY_OP_SETUP_ANNOTATIONS, 0);
    module_body(c, arg);
}

AyCode *ayCompile_ast(AyVM *vm, AyArena *arena, const AyNode *mod, const char *filename,
                      const char *src, size_t srclen, int flags, AySyntaxInfo *err) {
    Compiler *c = ayArena_alloc(arena, sizeof(Compiler));
    memset(err, 0, sizeof *err);
    if (!c) {
        ayErr_nomemory(vm);
        return NULL;
    }
    c->vm = vm;
    c->arena = arena;
    c->err = err;
    c->warnings = (AyCompileWarnings){0};
    c->src = src;
    c->srclen = srclen;
    c->interactive = (flags & AY_COMPILE_INTERACTIVE) != 0 || mod->kind == AyAst_Interactive;
    c->toplevel_await = (flags & AY_COMPILE_TOPLEVEL_AWAIT) != 0;
    c->filename = ayStr_intern_c(vm, filename);
    if (!c->filename) return NULL;
    if (setjmp(c->fail)) return NULL;
    if (!aySymtable_build(&c->st, arena, mod)) {
        AyNode at;
        memset(&at, 0, sizeof at);
        at.lineno = c->st.err_lineno;
        at.col_offset = c->st.err_col;
        at.end_lineno = c->st.err_end_lineno;
        at.end_col_offset = c->st.err_end_col;
        ayC_error(c, c->st.err_lineno ? &at : NULL, "%s", c->st.error);
    }
    c->future_annotations = 0;
    c->future_end = NULL;
    if (mod->kind == AyAst_Module) ayC_future_scan(c, &mod->v.Module.body);
    else if (mod->kind == AyAst_Interactive) ayC_future_scan(c, &mod->v.Interactive.body);
    AyCode *code = ayC_compile_unit(c, c->st.top, "<module>", NULL, module_body_with_annotations, mod, 1);
    if (c->toplevel_await && (code->flags & AY_CO_COROUTINE)) code->flags |= AY_CO_TOPLEVEL_AWAIT;
    if (c->warnings.n) {
        ayGC_push_root(vm, ayV_from_obj(code));
        bool shown = ayC_warnings_show(vm, &c->warnings, filename, c->src, c->srclen);
        ayGC_pop_roots(vm, 1);
        if (!shown) return NULL;  // (err stays empty: the exception is set)
    }
    return code;
}

struct ParseWarnSink {
    AyArena *arena;
    AyCompileWarnings *warnings;
};

static void collect_parse_warning(void *ud, int lineno, int col, int end_lineno, int end_col, const char *msg) {
    struct ParseWarnSink *s = ud;
    ayC_warnings_add(s->arena, s->warnings, (AyCompileWarning){lineno, col, end_lineno, end_col, true, NULL}, msg);
}

AyNode *ayCompile_parse(AyVM *vm, AyArena *arena, const char *src, size_t len, const char *filename,
                        AyParseMode mode, AySyntaxError *err) {
    AyCompileWarnings parse_warnings = {0};
    struct ParseWarnSink sink = {arena, &parse_warnings};
    AyNode *mod = ayParse_warn(arena, src, len, filename, mode, err, collect_parse_warning, &sink);
    if (!ayC_warnings_show(vm, &parse_warnings, filename, src, len)) return NULL;  // (err stays empty)
    return mod;
}

// Raises the exception a failed parse or compile reported in *err (nothing
// when err->msg is empty: MemoryError is already pending).
void ayCompile_raise(AyVM *vm, const char *filename, const AySyntaxError *err) {
    if (err->msg[0] && err->type && strcmp(err->type, "MemoryError") == 0) {
        // the parser's "too complex" limit: a plain MemoryError, as in CPython
        ayErr_format(vm, AY_EXC(vm, MemoryError), "%s", err->msg);
    } else if (err->msg[0]) {
        // raise SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
        AyType *type = AY_EXC(vm, SyntaxError);
        if (err->type && strcmp(err->type, "IndentationError") == 0) type = AY_EXC(vm, IndentationError);
        else if (err->type && strcmp(err->type, "TabError") == 0) type = AY_EXC(vm, TabError);
        AyValue info[6];
        info[0] = ayV_from_obj(ayStr_new_c(vm, filename));
        info[1] = err->lineno ? ayV_small(err->lineno) : AY_NONE;
        // with a line, CPython's offsets are ints (0 included); an end of -1
        // (the front end's "same as offset") is the offset
        info[2] = err->lineno ? ayV_small(err->offset) : AY_NONE;
        AyStr *text = err->text ? ayStr_new_c(vm, err->text) : NULL;
        info[3] = text ? ayV_from_obj(text) : AY_NONE;
        info[4] = err->end_lineno ? ayV_small(err->end_lineno) : AY_NONE;
        info[5] = err->lineno ? ayV_small(err->end_offset == -1 ? err->offset : err->end_offset) : AY_NONE;
        AyValue args[2];
        args[0] = ayV_from_obj(ayStr_new_c(vm, err->msg));
        args[1] = ayTuple_from_items(vm, info, 6);
        if (args[0] && args[1] && info[0]) {
            AyValue exc = ayExc_new(vm, type, args, 2);
            if (exc) ayErr_set(vm, exc);
        }
    }
}

AyCode *ayCompile_source(AyVM *vm, const char *src, size_t len, const char *filename, AyParseMode mode, int flags) {
    AyArena arena;
    ayArena_init(&arena, (void *(*)(void *, void *, size_t, size_t))vm->alloc, vm->alloc_ud);
    AySyntaxError err;
    memset(&err, 0, sizeof err);
    AyCode *code = NULL;
    AyNode *mod = ayCompile_parse(vm, &arena, src, len, filename, mode, &err);
    if (mod) code = ayCompile_ast(vm, &arena, mod, filename, src, len, flags, &err);
    if (!code) ayCompile_raise(vm, filename, &err);
    aySyntaxError_clear(&err);
    ayArena_free(&arena);
    return code;
}
