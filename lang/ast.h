// The abstract syntax tree.
//
// The node kinds, their fields and field order mirror CPython 3.12's Python.asdl
// exactly, so `ay --dump-ast` prints what `ast.dump(ast.parse(src))` prints and
// tests can take their expectations from CPython. Access fields as
// `n->v.Kind.field` (as CPython's C AST does).
//
// Every node lives in an AyArena owned by whoever parsed it; nodes are never
// freed one by one. The front end knows nothing of the VM: constants are plain
// C data (AyConst), identifiers are NUL-terminated UTF-8 strings in the arena.
#ifndef AY_AST_H
#define AY_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------------------
// Arena

typedef struct AyArenaBlock AyArenaBlock;

// Bump allocator for one parse. `alloc` is the host's realloc-style hook with
// the signature of ay.h's AyAllocFn (user data, ptr, old size, new size; size 0
// frees); NULL means libc.
typedef struct AyArena {
    AyArenaBlock *head;
    void *(*alloc)(void *ud, void *ptr, size_t old, size_t size);
    void *ud;
    size_t total;  // bytes obtained from `alloc`, for limits and stats
} AyArena;

void ayArena_init(AyArena *a, void *(*alloc)(void *, void *, size_t, size_t), void *ud);
void ayArena_free(AyArena *a);
// Returns zeroed, 8-byte aligned memory, or NULL when out of memory.
void *ayArena_alloc(AyArena *a, size_t size);
// Copies `len` bytes into the arena and NUL-terminates them.
char *ayArena_strdup(AyArena *a, const char *s, size_t len);

// ---------------------------------------------------------------------------
// Field types

typedef struct AyNode AyNode;

// A sequence of child nodes; items may be NULL where the ASDL allows it
// (Dict.keys for `**d`, arguments.kw_defaults).
typedef struct AyNodeList {
    AyNode **items;
    int len;
} AyNodeList;

// A sequence of identifiers (Global.names, Nonlocal.names).
typedef struct AyIdentList {
    const char **items;
    int len;
} AyIdentList;

// A sequence of comparison operators (Compare.ops); `len` equals the length of
// Compare.comparators.
typedef struct AyCmpopList {
    uint8_t *items;
    int len;
} AyCmpopList;

// The value of a Constant node.
typedef enum AyConstKind {
    AY_CONST_NONE,
    AY_CONST_TRUE,
    AY_CONST_FALSE,
    AY_CONST_ELLIPSIS,
    AY_CONST_INT,      // fits in int64: `i`
    AY_CONST_BIGINT,   // does not fit: `s`/`len` hold the decimal digits (with '-' if negative)
    AY_CONST_FLOAT,    // `f`
    AY_CONST_COMPLEX,  // imaginary literal: `f` is the imaginary part
    AY_CONST_STR,      // `s`/`len`: UTF-8, escapes already processed, may contain NUL
    AY_CONST_BYTES,    // `s`/`len`: raw bytes
} AyConstKind;

typedef struct AyConst {
    AyConstKind kind;
    int len;
    union {
        int64_t i;
        double f;
        const char *s;
    };
} AyConst;

typedef enum AyExprContext { AY_LOAD = 1, AY_STORE, AY_DEL } AyExprContext;

// Operator lists, in Python.asdl order; X(AsdlName, symbol).
#define AY_AST_OPERATORS(X) \
    X(Add, "+") X(Sub, "-") X(Mult, "*") X(MatMult, "@") X(Div, "/") X(Mod, "%") \
    X(Pow, "**") X(LShift, "<<") X(RShift, ">>") X(BitOr, "|") X(BitXor, "^") \
    X(BitAnd, "&") X(FloorDiv, "//")
#define AY_AST_UNARYOPS(X) X(Invert, "~") X(Not, "not") X(UAdd, "+") X(USub, "-")
#define AY_AST_BOOLOPS(X) X(And, "and") X(Or, "or")
#define AY_AST_CMPOPS(X) \
    X(Eq, "==") X(NotEq, "!=") X(Lt, "<") X(LtE, "<=") X(Gt, ">") X(GtE, ">=") \
    X(Is, "is") X(IsNot, "is not") X(In, "in") X(NotIn, "not in")

#define AY_ENUM_OP(name, sym) AY_OP_##name,
typedef enum AyOperator { AY_OP_NONE_, AY_AST_OPERATORS(AY_ENUM_OP) AY_OP_COUNT_ } AyOperator;
#undef AY_ENUM_OP
#define AY_ENUM_OP(name, sym) AY_UOP_##name,
typedef enum AyUnaryOp { AY_UOP_NONE_, AY_AST_UNARYOPS(AY_ENUM_OP) } AyUnaryOp;
#undef AY_ENUM_OP
#define AY_ENUM_OP(name, sym) AY_BOOL_##name,
typedef enum AyBoolOp { AY_BOOL_NONE_, AY_AST_BOOLOPS(AY_ENUM_OP) } AyBoolOp;
#undef AY_ENUM_OP
#define AY_ENUM_OP(name, sym) AY_CMP_##name,
typedef enum AyCmpOp { AY_CMP_NONE_, AY_AST_CMPOPS(AY_ENUM_OP) } AyCmpOp;
#undef AY_ENUM_OP

// Field-type names used in the node list below, and their C types.
typedef AyNode *AyF_NODE;          // required child
typedef AyNode *AyF_OPT;           // optional child (NULL = absent)
typedef AyNodeList AyF_LIST;       // child sequence
typedef const char *AyF_IDENT;     // required identifier
typedef const char *AyF_OPTID;     // optional identifier / string (NULL = absent)
typedef AyIdentList AyF_IDLIST;    // identifier sequence
typedef int AyF_INT;               // plain int (AnnAssign.simple, level, conversion, is_async)
typedef int AyF_OPER;              // AyOperator
typedef int AyF_UNOP;              // AyUnaryOp
typedef int AyF_BOOLOP;            // AyBoolOp
typedef AyCmpopList AyF_CMPOPS;    // AyCmpOp sequence
typedef int AyF_CTX;               // AyExprContext
typedef AyConst AyF_CONST;         // constant value

// ---------------------------------------------------------------------------
// The node list: N(Kind, category, fields). Categories: MOD, STMT, EXPR carry
// positions; POS are other nodes with positions (arg, keyword, alias,
// ExceptHandler, patterns, type parameters); PLAIN have none (comprehension, arguments,
// withitem, match_case).
// Field order is the ASDL's; `type_comment` fields are left out (CPython only
// fills them with type_comments=True, and ast.dump omits them when None).

#define AY_AST_NODES(N, F) \
    N(Module, MOD, F(LIST, body) F(LIST, type_ignores)) \
    N(Interactive, MOD, F(LIST, body)) \
    N(Expression, MOD, F(NODE, body)) \
    \
    N(FunctionDef, STMT, F(IDENT, name) F(NODE, args) F(LIST, body) F(LIST, decorator_list) \
      F(OPT, returns) F(LIST, type_params)) \
    N(AsyncFunctionDef, STMT, F(IDENT, name) F(NODE, args) F(LIST, body) \
      F(LIST, decorator_list) F(OPT, returns) F(LIST, type_params)) \
    N(ClassDef, STMT, F(IDENT, name) F(LIST, bases) F(LIST, keywords) F(LIST, body) \
      F(LIST, decorator_list) F(LIST, type_params)) \
    N(Return, STMT, F(OPT, value)) \
    N(Delete, STMT, F(LIST, targets)) \
    N(Assign, STMT, F(LIST, targets) F(NODE, value)) \
    N(AugAssign, STMT, F(NODE, target) F(OPER, op) F(NODE, value)) \
    N(AnnAssign, STMT, F(NODE, target) F(NODE, annotation) F(OPT, value) F(INT, simple)) \
    N(For, STMT, F(NODE, target) F(NODE, iter) F(LIST, body) F(LIST, orelse)) \
    N(AsyncFor, STMT, F(NODE, target) F(NODE, iter) F(LIST, body) F(LIST, orelse)) \
    N(While, STMT, F(NODE, test) F(LIST, body) F(LIST, orelse)) \
    N(If, STMT, F(NODE, test) F(LIST, body) F(LIST, orelse)) \
    N(With, STMT, F(LIST, items) F(LIST, body)) \
    N(AsyncWith, STMT, F(LIST, items) F(LIST, body)) \
    N(Match, STMT, F(NODE, subject) F(LIST, cases)) \
    N(Raise, STMT, F(OPT, exc) F(OPT, cause)) \
    N(Try, STMT, F(LIST, body) F(LIST, handlers) F(LIST, orelse) F(LIST, finalbody)) \
    N(TryStar, STMT, F(LIST, body) F(LIST, handlers) F(LIST, orelse) F(LIST, finalbody)) \
    N(Assert, STMT, F(NODE, test) F(OPT, msg)) \
    N(Import, STMT, F(LIST, names)) \
    N(ImportFrom, STMT, F(OPTID, module) F(LIST, names) F(INT, level)) \
    N(Global, STMT, F(IDLIST, names)) \
    N(Nonlocal, STMT, F(IDLIST, names)) \
    N(Expr, STMT, F(NODE, value)) \
    N(Pass, STMT, ) \
    N(Break, STMT, ) \
    N(Continue, STMT, ) \
    N(TypeAlias, STMT, F(NODE, name) F(LIST, type_params) F(NODE, value)) \
    \
    N(BoolOp, EXPR, F(BOOLOP, op) F(LIST, values)) \
    N(NamedExpr, EXPR, F(NODE, target) F(NODE, value)) \
    N(BinOp, EXPR, F(NODE, left) F(OPER, op) F(NODE, right)) \
    N(UnaryOp, EXPR, F(UNOP, op) F(NODE, operand)) \
    N(Lambda, EXPR, F(NODE, args) F(NODE, body)) \
    N(IfExp, EXPR, F(NODE, test) F(NODE, body) F(NODE, orelse)) \
    N(Dict, EXPR, F(LIST, keys) F(LIST, values)) \
    N(Set, EXPR, F(LIST, elts)) \
    N(ListComp, EXPR, F(NODE, elt) F(LIST, generators)) \
    N(SetComp, EXPR, F(NODE, elt) F(LIST, generators)) \
    N(DictComp, EXPR, F(NODE, key) F(NODE, value) F(LIST, generators)) \
    N(GeneratorExp, EXPR, F(NODE, elt) F(LIST, generators)) \
    N(Await, EXPR, F(NODE, value)) \
    N(Yield, EXPR, F(OPT, value)) \
    N(YieldFrom, EXPR, F(NODE, value)) \
    N(Compare, EXPR, F(NODE, left) F(CMPOPS, ops) F(LIST, comparators)) \
    N(Call, EXPR, F(NODE, func) F(LIST, args) F(LIST, keywords)) \
    N(FormattedValue, EXPR, F(NODE, value) F(INT, conversion) F(OPT, format_spec)) \
    N(JoinedStr, EXPR, F(LIST, values)) \
    N(Constant, EXPR, F(CONST, value) F(OPTID, kind)) \
    N(Attribute, EXPR, F(NODE, value) F(IDENT, attr) F(CTX, ctx)) \
    N(Subscript, EXPR, F(NODE, value) F(NODE, slice) F(CTX, ctx)) \
    N(Starred, EXPR, F(NODE, value) F(CTX, ctx)) \
    N(Name, EXPR, F(IDENT, id) F(CTX, ctx)) \
    N(List, EXPR, F(LIST, elts) F(CTX, ctx)) \
    N(Tuple, EXPR, F(LIST, elts) F(CTX, ctx)) \
    N(Slice, EXPR, F(OPT, lower) F(OPT, upper) F(OPT, step)) \
    \
    N(comprehension, PLAIN, F(NODE, target) F(NODE, iter) F(LIST, ifs) F(INT, is_async)) \
    N(ExceptHandler, POS, F(OPT, type) F(OPTID, name) F(LIST, body)) \
    N(arguments, PLAIN, F(LIST, posonlyargs) F(LIST, args) F(OPT, vararg) \
      F(LIST, kwonlyargs) F(LIST, kw_defaults) F(OPT, kwarg) F(LIST, defaults)) \
    N(arg, POS, F(IDENT, arg) F(OPT, annotation)) \
    N(keyword, POS, F(OPTID, arg) F(NODE, value)) \
    N(alias, POS, F(IDENT, name) F(OPTID, asname)) \
    N(withitem, PLAIN, F(NODE, context_expr) F(OPT, optional_vars)) \
    N(match_case, PLAIN, F(NODE, pattern) F(OPT, guard) F(LIST, body)) \
    \
    N(MatchValue, POS, F(NODE, value)) \
    N(MatchSingleton, POS, F(CONST, value)) \
    N(MatchSequence, POS, F(LIST, patterns)) \
    N(MatchMapping, POS, F(LIST, keys) F(LIST, patterns) F(OPTID, rest)) \
    N(MatchClass, POS, F(NODE, cls) F(LIST, patterns) F(IDLIST, kwd_attrs) F(LIST, kwd_patterns)) \
    N(MatchStar, POS, F(OPTID, name)) \
    N(MatchAs, POS, F(OPT, pattern) F(OPTID, name)) \
    N(MatchOr, POS, F(LIST, patterns)) \
    \
    N(TypeVar, POS, F(IDENT, name) F(OPT, bound)) \
    N(ParamSpec, POS, F(IDENT, name)) \
    N(TypeVarTuple, POS, F(IDENT, name))

#define AY_AST_KIND_ENUM(kind, cat, fields) AyAst_##kind,
typedef enum AyNodeKind { AyAst_None_, AY_AST_NODES(AY_AST_KIND_ENUM, ) AyAst_COUNT_ } AyNodeKind;
#undef AY_AST_KIND_ENUM

typedef enum AyNodeCategory { AY_CAT_MOD, AY_CAT_STMT, AY_CAT_EXPR, AY_CAT_POS, AY_CAT_PLAIN } AyNodeCategory;

// Source positions follow CPython's AST: 1-based lines, 0-based byte columns
// into the UTF-8 line; the end is exclusive.
struct AyNode {
    uint8_t kind;   // AyNodeKind
    uint8_t flags;  // front-end scratch bits (AY_NF_*); meaningless after parsing
    int lineno, col_offset, end_lineno, end_col_offset;
#define AY_AST_FIELD(type, name) AyF_##type name;
#define AY_AST_STRUCT(kind, cat, fields) struct { fields } kind;
    union {
        AY_AST_NODES(AY_AST_STRUCT, AY_AST_FIELD)
    } v;
#undef AY_AST_STRUCT
#undef AY_AST_FIELD
};

// AyNode.flags bits, used only while parsing.
enum {
    AY_NF_PAREN = 1,     // the expression was written in parentheses
    AY_NF_GENEXP_ARG = 2, // an unparenthesized generator expression argument
    AY_NF_WITHITEMS = 4,  // a parenthesized tuple holding `x as y` items
    AY_NF_FRAW = 8        // an f-string literal part not yet unescaped
};

// Kind names ("BinOp") and categories, indexed by AyNodeKind.
extern const char *const ayAst_kind_names[AyAst_COUNT_];
extern const uint8_t ayAst_kind_category[AyAst_COUNT_];

// CPython's class names of the operator, comparison and context kinds
// ("Add", "NotEq", "Load"), indexed by their enums; entry 0 is "?".
typedef struct AyAstNames {
    const char *const *names;
    int count;
} AyAstNames;
extern const AyAstNames ayAst_operator_names, ayAst_unaryop_names, ayAst_boolop_names, ayAst_cmpop_names,
    ayAst_ctx_names;
// names->names[i], or "?" when i is out of range.
const char *ayAst_name(const AyAstNames *names, int i);

// Allocates a zeroed node of `kind` with the given position; NULL on OOM.
AyNode *ayAst_new(AyArena *a, AyNodeKind kind, int lineno, int col, int end_lineno, int end_col);

// Prints `n` in the form of Python 3.12's ast.dump(n, include_attributes=attrs)
// followed by a newline.
void ayAst_dump(FILE *out, const AyNode *n, int attrs);

// Writes Python's repr() of a float (shortest round-trip digits) to `buf`
// (at least 32 bytes); `complex` selects the imaginary-part style ("1e+16j",
// no ".0"). Returns the length.
int ayAst_float_repr(char *buf, double v, int complex);

#endif
