// Scope analysis: which names are local, global, free or cell variables in
// each function, class and module body (CPython's symtable rules).
#ifndef AY_SCOPE_H
#define AY_SCOPE_H

#include <stdbool.h>

#include "ast.h"

// Where a name lives once resolved.
typedef enum AySymScope {
    AY_SYM_LOCAL = 1,
    AY_SYM_GLOBAL_EXPLICIT,  // `global x`
    AY_SYM_GLOBAL_IMPLICIT,  // unbound here and in enclosing functions
    AY_SYM_FREE,             // bound in an enclosing function
    AY_SYM_CELL,             // local, and captured by an inner scope
} AySymScope;

// What the body does with a name (combinable).
enum {
    AY_DEF_GLOBAL = 1,
    AY_DEF_LOCAL = 2,
    AY_DEF_PARAM = 4,
    AY_DEF_NONLOCAL = 8,
    AY_USE = 16,
    AY_DEF_FREE_CLASS = 32,  // free in a method, passing through a class body
    AY_DEF_IMPORT = 64,
    AY_DEF_ANNOT = 128,
    AY_DEF_TYPE_PARAM = 256,  // a PEP 695 type parameter
};

typedef enum AyScopeKind { AY_SCOPE_MODULE, AY_SCOPE_CLASS, AY_SCOPE_FUNCTION } AyScopeKind;

typedef struct AySymbol {
    const char *name;
    int flags;
    AySymScope scope;
    int order;  // first appearance
    const AyNode *directive;  // its global/nonlocal statement (for errors), or NULL
} AySymbol;

typedef struct AyScope AyScope;
struct AyScope {
    AyScope *parent;
    AyScope **children;
    int nchildren, capchildren;
    const AyNode *node;      // Module, FunctionDef, Lambda, ClassDef, comprehension expr...
    AyScopeKind kind;
    const char *name;        // "<module>", "f", "<lambda>", "<listcomp>"...
    const char *private;     // the enclosing class's name: __x becomes _Class__x, or NULL
    AySymbol *syms;          // open-addressing table
    int nsyms, capsyms;
    const char **params;     // parameter names in order
    int nparams;
    int is_generator, is_coroutine, is_comprehension, has_return_value;
    int has_await;           // module: await, async for/with or an awaiting comprehension at top
                             // level (a coroutine when compiled with AY_COMPILE_TOPLEVEL_AWAIT)
    int needs_class_cell;    // a method uses super() or __class__
    int child_free;          // some inner scope has free variables
    int lineno, col;
    // An annotation scope (PEP 695): a function-like scope holding type
    // parameters or evaluating a bound or alias value. Names what it
    // evaluates for CPython's errors ("a TypeVar bound"); NULL otherwise.
    const char *annotation;
    int sees_class;          // an annotation scope of a class body: reads the
                             // class namespace first (through __classdict__)
    int needs_classdict;     // a class body with such annotation scopes
};

// The table for one module: the scope tree plus the index from AST nodes to
// their scopes.
typedef struct AySymtable {
    AyArena *arena;
    AyScope *top;
    const AyNode **keys;     // node -> scope index (open addressing)
    AyScope **values;
    int nkeys, capkeys;
    // the first error, CPython-style
    char error[200];
    int err_lineno, err_col, err_end_lineno, err_end_col;
} AySymtable;

// Builds the symbol table of a module (or Expression / Interactive) tree.
// Returns false with st->error set on a SyntaxError.
bool aySymtable_build(AySymtable *st, AyArena *arena, const AyNode *mod);
AyScope *aySymtable_lookup(AySymtable *st, const AyNode *node);
// The key of the annotation scope of a definition's type parameters
// (`type_params` is the definition's own list).
static inline const AyNode *ayScope_type_params_key(const AyNodeList *type_params) {
    return (const AyNode *)type_params;
}
AySymbol *ayScope_find(AyScope *s, const char *name);
// Private name mangling: in a class (private = its name) __x is _Class__x.
// Returns name itself when it does not apply, NULL when out of memory.
const char *ayScope_mangle(AyArena *arena, const char *private, const char *name);

#endif
