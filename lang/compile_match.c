// Compiling the match statement (PEP 634) the way CPython 3.12 does.
//
// Each case matches a copy of the subject. A pattern consumes the value on
// top of the stack; the values it captures stay on the stack (each new one
// below the earlier ones) until the whole pattern has matched, then they are
// stored, the first capture first. A failing check jumps to a "fail pop" label: fail_pop[n] pops n
// values (captures plus whatever the enclosing patterns keep on the stack)
// and falls through to fail_pop[n-1], down to fail_pop[0], where the next
// case starts. The checks that CPython's compiler makes are made here too,
// with its messages: unreachable cases, names bound twice or differently by
// alternatives, duplicate keys, repeated class attributes.
#include <string.h>

#include "../vm/containers.h"
#include "../vm/str.h"
#include "compile_int.h"

// {==== Pattern state

typedef struct Names {
    const char **items;
    int len, cap;
} Names;

typedef struct Pattern {
    Names stores;            // names captured so far, their values on the stack
    bool allow_irrefutable;  // an irrefutable pattern may appear here
    int *fail_pop;           // labels: fail_pop[n] pops n values, then falls to n-1
    int nfail_pop, capfail_pop;
    int on_top;              // values above the captures that a failure must pop
} Pattern;

static void *grow_array(Compiler *c, void *items, int len, int *cap, size_t elem) {
    if (len < *cap) return items;
    int ncap = *cap ? *cap * 2 : 8;
    void *n = ayArena_alloc(c->arena, elem * (size_t)ncap);
    if (!n) ayC_nomem(c);
    if (len) memcpy(n, items, elem * (size_t)len);
    *cap = ncap;
    return n;
}

static void names_add(Compiler *c, Names *n, const char *name) {
    n->items = grow_array(c, n->items, n->len, &n->cap, sizeof *n->items);
    n->items[n->len++] = name;
}

static int names_index(const Names *n, const char *name) {
    for (int i = 0; i < n->len; i++)
        if (strcmp(n->items[i], name) == 0) return i;
    return -1;
}

static bool is_wildcard(const AyNode *p) {
    return p->kind == AyAst_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(const AyNode *p) { return p->kind == AyAst_MatchStar && !p->v.MatchStar.name; }

// }====
// {==== Stack helpers

// Makes sure fail_pop[0..n] exist.
static void ensure_fail_pop(Compiler *c, Pattern *pc, int n) {
    while (pc->nfail_pop <= n) {
        pc->fail_pop = grow_array(c, pc->fail_pop, pc->nfail_pop, &pc->capfail_pop, sizeof(int));
        pc->fail_pop[pc->nfail_pop++] = ayC_new_label(c);
    }
}

// Emits `op` (a conditional or plain jump) to the failure path that pops
// every value the patterns hold right now.
static void jump_to_fail(Compiler *c, Pattern *pc, AyOpcode op) {
    int pops = pc->on_top + pc->stores.len;
    ensure_fail_pop(c, pc, pops);
    ayC_jump(c, op, pc->fail_pop[pops]);
}

// Places the failure path here: each label pops one value and falls to the
// next lower one.
static void emit_fail_pops(Compiler *c, Pattern *pc) {
    if (!pc->nfail_pop) return;
    for (int n = pc->nfail_pop - 1; n > 0; n--) {
        ayC_use_label(c, pc->fail_pop[n]);
        ayC_emit(c, AY_OP_POP_TOP, 0);
    }
    ayC_use_label(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->nfail_pop = pc->capfail_pop = 0;
}

// Moves the top value down to position `count` (1 = top).
static void rotate(Compiler *c, int count) {
    for (; count > 1; count--) ayC_emit(c, AY_OP_SWAP, count);
}

static void check_store_name(Compiler *c, const AyNode *at, const char *name) {
    if (strcmp(name, "__debug__") == 0) ayC_error(c, at, "cannot assign to __debug__");
}

// Captures the value on top as `name` (pops it for a wildcard): it goes
// below the values kept on top and below the earlier captures.
static void store_name(Compiler *c, const AyNode *at, const char *name, Pattern *pc) {
    if (!name) {
        ayC_emit(c, AY_OP_POP_TOP, 0);
        return;
    }
    check_store_name(c, at, name);
    if (names_index(&pc->stores, name) >= 0) ayC_error(c, at, "multiple assignments to name '%s' in pattern", name);
    rotate(c, pc->on_top + pc->stores.len + 1);
    names_add(c, &pc->stores, name);
}

// }====
// {==== Patterns

static void pattern(Compiler *c, const AyNode *p, Pattern *pc);

// A sub-pattern may be irrefutable whatever its context allows.
static void subpattern(Compiler *c, const AyNode *p, Pattern *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = saved;
}

// The constant a literal pattern denotes (numbers, signed numbers, complex
// sums, strings, bytes, None/True/False), or AY_NULL for anything else.
static AyValue literal_value(Compiler *c, const AyNode *e) {
    AyValue v = AY_NULL;
    switch (e->kind) {
    case AyAst_Constant: return ayC_const_value(c, e);
    case AyAst_UnaryOp:
        if (e->v.UnaryOp.op != AY_UOP_USub || e->v.UnaryOp.operand->kind != AyAst_Constant) return AY_NULL;
        v = ayObj_neg(c->vm, ayC_const_value(c, e->v.UnaryOp.operand));
        break;
    case AyAst_BinOp: {
        AyValue l = literal_value(c, e->v.BinOp.left);
        if (!l || e->v.BinOp.right->kind != AyAst_Constant) return AY_NULL;
        AyValue r = ayC_const_value(c, e->v.BinOp.right);
        v = ayObj_binop(c->vm, e->v.BinOp.op == AY_OP_Add ? AY_BINOP_ADD : AY_BINOP_SUB, l, r);
        break;
    }
    default: return AY_NULL;
    }
    if (!v) ayC_nomem(c);
    return v;
}

// The literal a value pattern or mapping key denotes (AY_NULL for a dotted
// name); anything else is the error `what`.
static AyValue checked_literal(Compiler *c, const AyNode *p, const AyNode *e, const char *what) {
    if (e->kind == AyAst_Attribute) return AY_NULL;
    AyValue v = literal_value(c, e);
    if (!v) ayC_error(c, p, "%s", what);
    return v;
}

// Loads a value pattern's value or a mapping key: `literal`, or the dotted
// name `e`.
static void load_value(Compiler *c, const AyNode *e, AyValue literal) {
    if (literal) ayC_load_const(c, literal);
    else ayC_expr(c, e);
}

static void pattern_value(Compiler *c, const AyNode *p, Pattern *pc) {
    const AyNode *value = p->v.MatchValue.value;
    AyValue literal = checked_literal(c, p, value, "patterns may only match literals and attribute lookups");
    load_value(c, value, literal);
    ayC_set_pos(c, p);
    ayC_emit(c, AY_OP_COMPARE_OP, AY_EQ);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_FALSE);
}

static void pattern_singleton(Compiler *c, const AyNode *p, Pattern *pc) {
    AyConstKind k = p->v.MatchSingleton.value.kind;
    ayC_load_const(c, k == AY_CONST_NONE ? AY_NONE : k == AY_CONST_TRUE ? AY_TRUE : AY_FALSE);
    ayC_emit(c, AY_OP_IS_OP, 0);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_FALSE);
}

static void pattern_as(Compiler *c, const AyNode *p, Pattern *pc) {
    const char *name = p->v.MatchAs.name;
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (name) ayC_error(c, p, "name capture '%s' makes remaining patterns unreachable", name);
            ayC_error(c, p, "wildcard makes remaining patterns unreachable");
        }
        store_name(c, p, name, pc);
        return;
    }
    // Keep a copy of the subject to capture once the inner pattern matched.
    pc->on_top++;
    ayC_emit(c, AY_OP_COPY, 1);
    pattern(c, p->v.MatchAs.pattern, pc);
    pc->on_top--;
    ayC_set_pos(c, p);
    store_name(c, p, name, pc);
}

// `len(subject) <op> n` or fail.
static void check_len(Compiler *c, Pattern *pc, int n, AyCmp op) {
    ayC_emit(c, AY_OP_GET_LEN, 0);
    ayC_load_const(c, ayV_small(n));
    ayC_emit(c, AY_OP_COMPARE_OP, op);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_FALSE);
}

// [a, *_, b]: index the needed items instead of unpacking all of them.
static void sequence_by_index(Compiler *c, const AyNode *p, int star, Pattern *pc) {
    const AyNodeList *items = &p->v.MatchSequence.patterns;
    pc->on_top++;
    for (int i = 0; i < items->len; i++) {
        const AyNode *item = items->items[i];
        if (i == star || is_wildcard(item)) continue;
        ayC_set_pos(c, p);
        ayC_emit(c, AY_OP_COPY, 1);
        if (i < star) {
            ayC_load_const(c, ayV_small(i));
        } else {
            // Counted from the end without negative indexes, which a
            // sequence need not support.
            ayC_emit(c, AY_OP_GET_LEN, 0);
            ayC_load_const(c, ayV_small(items->len - i));
            ayC_emit(c, AY_OP_BINARY_OP, AY_BINOP_SUB);
        }
        ayC_emit(c, AY_OP_BINARY_SUBSCR, 0);
        subpattern(c, item, pc);
    }
    pc->on_top--;
    ayC_set_pos(c, p);
    ayC_emit(c, AY_OP_POP_TOP, 0);
}

// Unpacks the subject and matches each item (the first is on top).
static void sequence_by_unpacking(Compiler *c, const AyNode *p, int star, Pattern *pc) {
    const AyNodeList *items = &p->v.MatchSequence.patterns;
    int n = items->len;
    if (star < 0) {
        ayC_emit(c, AY_OP_UNPACK_SEQUENCE, n);
    } else {
        if (star >= 256 || n - star - 1 >= (1 << 15))
            ayC_error(c, p, "too many expressions in star-unpacking sequence pattern");
        ayC_emit(c, AY_OP_UNPACK_EX, star | (n - star - 1) << 8);
    }
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, items->items[i], pc);
    }
}

static void pattern_sequence(Compiler *c, const AyNode *p, Pattern *pc) {
    const AyNodeList *items = &p->v.MatchSequence.patterns;
    int n = items->len, star = -1;
    bool only_wildcards = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        const AyNode *item = items->items[i];
        if (item->kind == AyAst_MatchStar) {
            if (star >= 0) ayC_error(c, p, "multiple starred names in sequence pattern");
            star = i;
            star_wildcard = is_star_wildcard(item);
            only_wildcards &= star_wildcard;
        } else {
            only_wildcards &= is_wildcard(item);
        }
    }
    // The subject stays on top through the type and length checks.
    pc->on_top++;
    ayC_emit(c, AY_OP_MATCH_SEQUENCE, 0);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_FALSE);
    if (star < 0) check_len(c, pc, n, AY_EQ);
    else if (n > 1) check_len(c, pc, n - 1, AY_GE);
    pc->on_top--;
    if (only_wildcards) ayC_emit(c, AY_OP_POP_TOP, 0);
    else if (star_wildcard) sequence_by_index(c, p, star, pc);
    else sequence_by_unpacking(c, p, star, pc);
}

// Compile-time duplicate check of literal keys (CPython compares them as a
// set does: 1, 1.0 and True are the same key).
static void check_key_unique(Compiler *c, const AyNode *p, AyDict *seen, AyValue key) {
    AyVM *vm = c->vm;
    if (ayDict_get(vm, seen, key)) {
        AyValue r = ayObj_repr(vm, key);
        if (!r) ayC_nomem(c);
        ayC_error(c, p, "mapping pattern checks duplicate key (%s)", AY_CSTR(r));
    }
    if (ayDict_set(vm, seen, key, AY_NONE) < 0) ayC_nomem(c);
}

static void pattern_mapping(Compiler *c, const AyNode *p, Pattern *pc) {
    const AyNodeList *keys = &p->v.MatchMapping.keys, *values = &p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    int n = keys->len;
    // The subject stays on top through the type and length checks.
    pc->on_top++;
    ayC_emit(c, AY_OP_MATCH_MAPPING, 0);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_FALSE);
    if (!n && !rest) {
        // `{}` matches any mapping.
        pc->on_top--;
        ayC_emit(c, AY_OP_POP_TOP, 0);
        return;
    }
    if (n) check_len(c, pc, n, AY_GE);
    AyDict *seen = ayDict_new(c->vm);
    if (!seen) ayC_nomem(c);
    for (int i = 0; i < n; i++) {
        const AyNode *key = keys->items[i];
        AyValue literal =
            checked_literal(c, p, key, "mapping pattern keys may only match literals and attribute lookups");
        if (literal) check_key_unique(c, p, seen, literal);
        load_value(c, key, literal);
    }
    ayC_set_pos(c, p);
    ayC_emit(c, AY_OP_BUILD_TUPLE, n);
    ayC_emit(c, AY_OP_MATCH_KEYS, 0);
    // [subject, keys, values or None]
    pc->on_top += 2;
    ayC_emit(c, AY_OP_COPY, 1);
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_NONE);
    ayC_emit(c, AY_OP_UNPACK_SEQUENCE, n);
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, values->items[i], pc);
    }
    // Matched: what follows consumes the keys and the subject.
    pc->on_top -= 2;
    ayC_set_pos(c, p);
    if (!rest) {
        ayC_emit(c, AY_OP_POP_TOP, 0);  // keys
        ayC_emit(c, AY_OP_POP_TOP, 0);  // subject
        return;
    }
    // rest = dict(subject) without the matched keys
    ayC_emit(c, AY_OP_BUILD_MAP, 0);         // [subject, keys, {}]
    ayC_emit(c, AY_OP_SWAP, 3);              // [{}, keys, subject]
    ayC_emit(c, AY_OP_DICT_UPDATE, 2);       // [rest, keys]
    ayC_emit(c, AY_OP_UNPACK_SEQUENCE, n);   // [rest, key_n ... key_1]
    for (int left = n; left > 0; left--) {
        ayC_emit(c, AY_OP_COPY, left + 1);   // [rest, keys..., rest]
        ayC_emit(c, AY_OP_SWAP, 2);          // [rest, keys..., rest, key]
        ayC_emit(c, AY_OP_DELETE_SUBSCR, 0);
    }
    store_name(c, p, rest, pc);
}

static void pattern_class(Compiler *c, const AyNode *p, Pattern *pc) {
    const AyNodeList *args = &p->v.MatchClass.patterns, *kwargs = &p->v.MatchClass.kwd_patterns;
    const AyIdentList *attrs = &p->v.MatchClass.kwd_attrs;
    int nargs = args->len, nkw = attrs->len;
    for (int i = 0; i < nkw; i++) {
        check_store_name(c, kwargs->items[i], attrs->items[i]);
        for (int j = 0; j < i; j++)
            if (strcmp(attrs->items[j], attrs->items[i]) == 0)
                ayC_error(c, kwargs->items[i], "attribute name repeated in class pattern: %s", attrs->items[i]);
    }
    ayC_expr(c, p->v.MatchClass.cls);
    AyTuple *names = ayTuple_new(c->vm, nkw);
    if (!names) ayC_nomem(c);
    for (int i = 0; i < nkw; i++) names->items[i] = ayV_from_obj(ayC_intern(c, attrs->items[i]));
    ayC_set_pos(c, p);
    ayC_emit(c, AY_OP_LOAD_CONST, ayC_const(c, ayV_from_obj(names)));
    ayC_emit(c, AY_OP_MATCH_CLASS, nargs);
    // The attributes tuple (or None) replaces the subject.
    ayC_emit(c, AY_OP_COPY, 1);
    pc->on_top++;
    jump_to_fail(c, pc, AY_OP_POP_JUMP_IF_NONE);
    ayC_emit(c, AY_OP_UNPACK_SEQUENCE, nargs + nkw);
    pc->on_top += nargs + nkw - 1;
    for (int i = 0; i < nargs + nkw; i++) {
        pc->on_top--;
        const AyNode *sub = i < nargs ? args->items[i] : kwargs->items[i - nargs];
        if (is_wildcard(sub)) {
            ayC_emit(c, AY_OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, sub, pc);
    }
}

// Reorders an alternative's captures on the stack (and in `stores`) into
// the order of `want`, the first alternative's: stores[j] is at depth j + 1.
// Positions above k are settled first; moving the top at + 1 values down to
// depth k + 1 brings stores[at] to position k.
static void reorder_captures(Compiler *c, const AyNode *p, Names *stores, const Names *want) {
    for (int k = want->len - 1; k >= 0; k--) {
        int at = names_index(stores, want->items[k]);
        if (at < 0 || at > k) ayC_error(c, p, "alternative patterns bind different names");
        if (at == k) continue;
        for (int r = 0; r <= at; r++) rotate(c, k + 1);
        const char **moved = ayArena_alloc(c->arena, sizeof(char *) * (size_t)(k + 1));
        if (!moved) ayC_nomem(c);
        memcpy(moved, stores->items + at + 1, sizeof(char *) * (size_t)(k - at));
        memcpy(moved + (k - at), stores->items, sizeof(char *) * (size_t)(at + 1));
        memcpy(stores->items, moved, sizeof(char *) * (size_t)(k + 1));
    }
}

// Alternatives: each matches a copy of the subject and must capture the same
// names as the first one; an irrefutable one may only come last.
static void pattern_or(Compiler *c, const AyNode *p, Pattern *pc) {
    const AyNodeList *alts = &p->v.MatchOr.patterns;
    int end = ayC_new_label(c);
    Names first = {NULL, 0, 0};
    for (int i = 0; i < alts->len; i++) {
        const AyNode *alt = alts->items[i];
        Pattern local = {{NULL, 0, 0}, i == alts->len - 1 && pc->allow_irrefutable, NULL, 0, 0, 0};
        ayC_set_pos(c, alt);
        ayC_emit(c, AY_OP_COPY, 1);
        pattern(c, alt, &local);
        if (i == 0) first = local.stores;
        else if (local.stores.len != first.len) ayC_error(c, p, "alternative patterns bind different names");
        else reorder_captures(c, p, &local.stores, &first);
        ayC_jump(c, AY_OP_JUMP, end);
        ayC_set_pos(c, alt);
        emit_fail_pops(c, &local);
    }
    // No alternative matched: drop the subject and fail.
    ayC_set_pos(c, p);
    ayC_emit(c, AY_OP_POP_TOP, 0);
    jump_to_fail(c, pc, AY_OP_JUMP);
    ayC_use_label(c, end);
    // [earlier captures, kept values, subject, new captures]: each new capture
    // goes below the earlier ones, as store_name would put it.
    int depth = first.len + 1 + pc->on_top + pc->stores.len;
    for (int i = 0; i < first.len; i++) {
        rotate(c, depth);
        if (names_index(&pc->stores, first.items[i]) >= 0)
            ayC_error(c, p, "multiple assignments to name '%s' in pattern", first.items[i]);
        names_add(c, &pc->stores, first.items[i]);
    }
    ayC_emit(c, AY_OP_POP_TOP, 0);  // the subject
}

static void pattern(Compiler *c, const AyNode *p, Pattern *pc) {
    ayC_set_pos(c, p);
    switch (p->kind) {
    case AyAst_MatchValue: pattern_value(c, p, pc); break;
    case AyAst_MatchSingleton: pattern_singleton(c, p, pc); break;
    case AyAst_MatchSequence: pattern_sequence(c, p, pc); break;
    case AyAst_MatchMapping: pattern_mapping(c, p, pc); break;
    case AyAst_MatchClass: pattern_class(c, p, pc); break;
    case AyAst_MatchStar: store_name(c, p, p->v.MatchStar.name, pc); break;
    case AyAst_MatchAs: pattern_as(c, p, pc); break;
    case AyAst_MatchOr: pattern_or(c, p, pc); break;
    default: ayC_error(c, p, "internal error: unexpected pattern");
    }
}

// }====
// {==== The statement

void ayC_match(Compiler *c, const AyNode *s) {
    const AyNodeList *cases = &s->v.Match.cases;
    int n = cases->len, end = ayC_new_label(c);
    ayC_expr(c, s->v.Match.subject);
    // A final `case _:` needs no copy of the subject, nor a test.
    const AyNode *last = cases->items[n - 1];
    bool has_default = n > 1 && is_wildcard(last->v.match_case.pattern);
    int tested = n - has_default;
    for (int i = 0; i < tested; i++) {
        const AyNode *mc = cases->items[i];
        const AyNode *p = mc->v.match_case.pattern;
        ayC_set_pos(c, p);
        bool keep_subject = i != tested - 1;
        if (keep_subject) ayC_emit(c, AY_OP_COPY, 1);
        // Irrefutable cases must be guarded, last, or both.
        Pattern pc = {{NULL, 0, 0}, mc->v.match_case.guard || i == n - 1, NULL, 0, 0, 0};
        pattern(c, p, &pc);
        ayC_set_pos(c, p);
        for (int k = 0; k < pc.stores.len; k++) ayC_nameop(c, pc.stores.items[k], AY_STORE);
        if (mc->v.match_case.guard) {
            ensure_fail_pop(c, &pc, 0);
            ayC_jump_if(c, mc->v.match_case.guard, pc.fail_pop[0], false);
        }
        ayC_set_pos(c, p);
        if (keep_subject) ayC_emit(c, AY_OP_POP_TOP, 0);
        ayC_stmts(c, &mc->v.match_case.body);
        ayC_jump(c, AY_OP_JUMP, end);
        // A failed match cleans up on the pattern's line, not the body's.
        ayC_set_pos(c, p);
        emit_fail_pops(c, &pc);
    }
    if (has_default) {
        ayC_set_pos(c, last->v.match_case.pattern);
        ayC_emit(c, AY_OP_NOP, 0);  // the line of `case _:` is reached
        if (last->v.match_case.guard) ayC_jump_if(c, last->v.match_case.guard, end, false);
        ayC_stmts(c, &last->v.match_case.body);
    }
    ayC_use_label(c, end);
}

// }====
