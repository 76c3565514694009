// The AST's arena allocator and its kind tables (generated from the X-macro in
// ast.h). Builders live in ast_build.c, the dump in ast_dump.c.
#include <stdlib.h>
#include <string.h>

#include "ast.h"

// {==== Arena ====

// One chunk of arena memory. Small requests are carved from the current head;
// a request larger than a quarter block gets a block of its own, which is
// linked behind the head so the head keeps serving small requests.
struct AyArenaBlock {
    AyArenaBlock *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_BLOCK = 64 * 1024 - 64 };

static void *libc_alloc(void *ud, void *ptr, size_t old, size_t size) {
    (void)old, (void)ud;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, size);
}

// Prepares an empty arena; `alloc` may be NULL for libc.
void ayArena_init(AyArena *a, void *(*alloc)(void *, void *, size_t, size_t), void *ud) {
    a->head = NULL;
    a->alloc = alloc ? alloc : libc_alloc;
    a->ud = ud;
    a->total = 0;
}

// Releases every block; the arena can be reused afterwards.
void ayArena_free(AyArena *a) {
    AyArenaBlock *b = a->head;
    while (b) {
        AyArenaBlock *next = b->next;
        a->alloc(a->ud, b, sizeof *b + b->size, 0);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

static AyArenaBlock *new_block(AyArena *a, size_t size) {
    AyArenaBlock *b = a->alloc(a->ud, NULL, 0, sizeof *b + size);
    if (!b) return NULL;
    b->size = size;
    b->used = 0;
    a->total += sizeof *b + size;
    return b;
}

// Returns `size` zeroed bytes aligned to 8, or NULL when the hook fails.
void *ayArena_alloc(AyArena *a, size_t size) {
    size = (size + 7) & ~(size_t)7;
    AyArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        if (size > ARENA_BLOCK / 4) {
            // Big request: a dedicated block, kept behind the head.
            AyArenaBlock *big = new_block(a, size);
            if (!big) return NULL;
            big->used = size;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                big->next = NULL;
                a->head = big;
            }
            memset(big->data, 0, size);
            return big->data;
        }
        b = new_block(a, ARENA_BLOCK);
        if (!b) return NULL;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

// Copies `len` bytes into the arena, NUL-terminated; NULL on OOM.
char *ayArena_strdup(AyArena *a, const char *s, size_t len) {
    char *p = ayArena_alloc(a, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}

// }====

// {==== Kind tables ====

#define KIND_NAME(kind, cat, fields) [AyAst_##kind] = #kind,
const char *const ayAst_kind_names[AyAst_COUNT_] = {
    [AyAst_None_] = "?",
    AY_AST_NODES(KIND_NAME, )
};
#undef KIND_NAME

#define KIND_CAT(kind, cat, fields) [AyAst_##kind] = AY_CAT_##cat,
const uint8_t ayAst_kind_category[AyAst_COUNT_] = {
    AY_AST_NODES(KIND_CAT, )
};
#undef KIND_CAT

#define OP_NAME(name, sym) #name,
static const char *const operators[] = {"?", AY_AST_OPERATORS(OP_NAME)};
static const char *const unaryops[] = {"?", AY_AST_UNARYOPS(OP_NAME)};
static const char *const boolops[] = {"?", AY_AST_BOOLOPS(OP_NAME)};
static const char *const cmpops[] = {"?", AY_AST_CMPOPS(OP_NAME)};
#undef OP_NAME
static const char *const contexts[] = {"?", "Load", "Store", "Del"};
#define NAMES(tab) {tab, (int)(sizeof tab / sizeof tab[0])}
const AyAstNames ayAst_operator_names = NAMES(operators), ayAst_unaryop_names = NAMES(unaryops),
                 ayAst_boolop_names = NAMES(boolops), ayAst_cmpop_names = NAMES(cmpops),
                 ayAst_ctx_names = NAMES(contexts);
#undef NAMES

const char *ayAst_name(const AyAstNames *names, int i) { return i > 0 && i < names->count ? names->names[i] : "?"; }

// Allocates a zeroed node; list fields start empty, optional fields NULL.
AyNode *ayAst_new(AyArena *a, AyNodeKind kind, int lineno, int col, int end_lineno, int end_col) {
    AyNode *n = ayArena_alloc(a, sizeof *n);
    if (!n) return NULL;
    n->kind = (uint8_t)kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

// }====
