// Internal interface shared by the parser driver (parser.c), the grammar
// actions (grammar.y) and the AST builders (ast_build.c, strlit.c). Not part
// of libay's interface.
#ifndef AY_PARSE_INT_H
#define AY_PARSE_INT_H

#include <stdint.h>

#include "ast.h"
#include "lexer.h"
#include "parser.h"

// ASTs deeper than this are rejected ("too complex"), so that every later
// recursive pass (dump, compiler) has a bounded depth.
#define AY_MAX_AST_DEPTH 3000

// A list of expressions being collected by the grammar, with the end of the
// construct (a trailing comma counts) and whether a trailing comma was seen.
typedef struct AySeq {
    AyNodeList list;
    int comma;
    int end_lineno, end_col;
} AySeq;

// One item of a def/lambda parameter list before validation.
typedef enum AyParamKind { AY_P_NAME, AY_P_SLASH, AY_P_STAR, AY_P_VARARG, AY_P_KWARG } AyParamKind;
typedef struct AyParam {
    AyParamKind kind;
    AyNode *arg;   // the arg node (NAME, VARARG, KWARG)
    AyNode *dflt;  // default value or NULL
    AyToken tok;   // the '/', '*' or '**' token
} AyParam;
typedef struct AyParamList {
    AyParam *items;
    int len;
} AyParamList;

// The parts of an f-string replacement field after the expression.
typedef struct AyFTail {
    AyToken debug;  // '=' (type 0 if absent)
    AyToken conv;   // the conversion NAME (type 0 if absent)
    AyToken bang;   // '!'
    AyToken colon;  // ':' before the spec
    AyNode *spec;   // format spec JoinedStr, or NULL
} AyFTail;

// Where a parenthesized expression's parentheses are (the node's own
// position excludes them, but its parents' positions include them).
typedef struct AyParenExtent {
    const AyNode *node;
    int lineno, col, end_lineno, end_col;
} AyParenExtent;

typedef struct AyParser {
    AyArena *arena;
    AyParseMode mode;
    const char *buf;  // the normalised source (NUL-terminated)
    size_t len;
    AyLexer lx;
    AyNode *result;

    // Error state: the first error wins.
    int failed;
    int syntax_error;       // lemon rejected `errtok`
    AyToken errtok;
    const char *err_type;
    char err_msg[256];
    int err_lineno, err_col, err_end_lineno, err_end_col;  // 0-based byte columns (-1: none)
    int err_incomplete;
    int err_is_memory;
    int err_chars;          // offsets computed by the tokenizer: in characters
    int string_input;       // AY_PARSE_STRING_INPUT
    int added_newline;      // the source lacked the final newline the buffer has
    AyToken lookahead;      // the token being passed to lemon
    int max_line;           // furthest line CPython's parser would have read
    int ahead_error;        // lookahead for error analysis hit a tokenizer error
    int probing;            // replaying for error analysis: build no AST
    int err_no_override;    // a later tokenizer error does not replace this one
    AyParseWarnFn warn;     // SyntaxWarnings go here (or nowhere when NULL)
    void *warn_ud;

    // Interned identifiers (open addressing).
    const char **names;
    uint32_t *name_hash;
    size_t names_cap, names_len;

    // Parenthesized expression extents (open addressing on the node pointer).
    AyParenExtent *parens;
    size_t parens_cap, parens_len;

    // Scratch buffer for string decoding.
    char *scratch;
    size_t scratch_cap;
} AyParser;

// {==== parser.c / parse_error.c ====
// lemon's interface (grammar.c).
void *ayParse_Alloc(void *(*)(size_t), AyParser *);
void ayParse_Free(void *, void (*)(void *));
void ayParse_(void *, int, AyToken);
// Whether the parser would shift `token` now (state unchanged).
int ayParse_accepts(void *, int);
// The AyParser a lemon parser was created with.
AyParser *ayParse_context(void *);

// Tokens kept for error analysis (a ring buffer of the most recent ones).
enum { AY_PARSE_HISTORY = 4096 };
typedef struct AyParseDriver {
    AyParser *p;
    AyToken hist[AY_PARSE_HISTORY];
    int hist_level[AY_PARSE_HISTORY];  // bracket depth before each token
    long ntok;                         // tokens passed to the parser so far
    void *probe;                       // parser replayed to before the failure
} AyParseDriver;

// Frees AyParseDriver.probe.
void ayParse_free_probe(void *probe);

// Records the message for token `t`, rejected by lemon at bracket depth
// `level` (CPython's second-pass errors).
void ayParse_analyze(AyParseDriver *d, const AyToken *t, int level);
// After a parser error: a later tokenizer error, or a bracket left open on
// an earlier line, replaces it (CPython tokenizes the rest of the input).
void ayParse_check_rest(AyParser *p, int last_line);

// Records an error at a node/token range (0-based byte columns; an end
// column of -1 means "no end"). Only the first error is kept.
void ayParse_error_at(AyParser *p, const char *type, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...);
void ayParse_error_node(AyParser *p, const AyNode *n, const char *fmt, ...);
void ayParse_error_tok(AyParser *p, const AyToken *t, const char *fmt, ...);
void ayParse_oom(AyParser *p);
// The token type to give lemon for NAME token `t`: MATCH or CASE where the
// soft keyword starts a match statement or a case block, else NAME.
int ayParse_soft_keyword(AyParser *p, void *lemon, const AyToken *t);
// Called by lemon on a token it cannot shift.
void ayParse_syntax_error(AyParser *p, const AyToken *t);
void ayParse_stack_overflow(AyParser *p);
// Interns an identifier (NFKC-normalising non-ASCII ones).
const char *ayParse_intern(AyParser *p, const char *s, int len);
// Grows a scratch buffer to at least `n` bytes; NULL on OOM.
char *ayParse_scratch(AyParser *p, size_t n);
// }====

// {==== ast_build.c ====
// List helpers: lists grow in the arena by doubling (capacity is implied by
// the length: the next power of two).
AyNodeList ayBuild_list1(AyParser *p, AyNode *n);
AyNodeList ayBuild_append(AyParser *p, AyNodeList l, AyNode *n);
AyNodeList ayBuild_concat(AyParser *p, AyNodeList a, AyNodeList b);
AySeq ayBuild_seq1(AyParser *p, AyNode *n);
AySeq ayBuild_seq_append(AyParser *p, AySeq s, AyNode *n);
AySeq ayBuild_seq_comma(AySeq s, const AyToken *comma);
AyParamList ayBuild_params1(AyParser *p, AyParam item);
AyParamList ayBuild_params_append(AyParser *p, AyParamList l, AyParam item);

// Outer extent of an expression (including its parentheses).
void ayBuild_extent(AyParser *p, const AyNode *n, int *lineno, int *col, int *end_lineno,
                    int *end_col);
AyNode *ayBuild_paren(AyParser *p, AyNode *e, const AyToken *l, const AyToken *r);

// Atoms.
AyNode *ayBuild_name(AyParser *p, const AyToken *t);
AyNode *ayBuild_number(AyParser *p, const AyToken *t);
AyNode *ayBuild_const(AyParser *p, const AyToken *t, AyConstKind kind);
AyNode *ayBuild_string(AyParser *p, const AyToken *t);
AyNode *ayBuild_strings(AyParser *p, AyNodeList parts);
AyNode *ayBuild_fmiddle(AyParser *p, const AyToken *t, int decode);
AyNode *ayBuild_fstring(AyParser *p, const AyToken *start, AyNodeList parts, const AyToken *end);
AyNode *ayBuild_fvalue(AyParser *p, const AyToken *lbrace, AyNode *e, AyFTail tail,
                       const AyToken *rbrace);
AyNode *ayBuild_fspec(AyParser *p, const AyToken *colon, AyNodeList parts);
AyNode *ayBuild_tuple(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_seq_expr(AyParser *p, AySeq s);
AyNode *ayBuild_group(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_list(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_set(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_dict(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_dict_item(AyParser *p, AyNode *k, AyNode *v);
AyNode *ayBuild_comp(AyParser *p, AyNodeKind kind, AyNode *elt, AyNode *value,
                     AyNodeList gens, const AyToken *l, const AyToken *r);
AyNode *ayBuild_comp_for(AyParser *p, const AyToken *async, AySeq target, AyNode *iter,
                         AyNodeList ifs);
AyNode *ayBuild_withas(AyParser *p, AyNode *e, const AyToken *as, AyNode *target);

// Validates an assignment (type 0), del (1) or for (2) target and sets its
// context; `next` is what follows the target's '=' (for the "Maybe you
// meant '=='" variant of the message).
int ayBuild_to_target(AyParser *p, AyNode *e, int type, const AyNode *next, int next_is_last);
// How error messages name an expression ("literal", "function call", ...).
const char *ayBuild_expr_name(const AyNode *e);
// Raises CPython's error for an assignment with an invalid target, if any.
int ayBuild_check_assign(AyParser *p, AyNodeList targets, AyNode *value);

// Operators.
AyNode *ayBuild_binop(AyParser *p, AyNode *l, int op, AyNode *r);
AyNode *ayBuild_unary(AyParser *p, const AyToken *t, int op, AyNode *e);
AyNode *ayBuild_boolop(AyParser *p, AyNode *l, int op, AyNode *r);
AyNode *ayBuild_compare(AyParser *p, AyNode *l, int op, AyNode *r);
AyNode *ayBuild_ifexp(AyParser *p, AyNode *body, AyNode *test, AyNode *orelse);
AyNode *ayBuild_named(AyParser *p, AyNode *target, AyNode *value);
AyNode *ayBuild_starred(AyParser *p, const AyToken *t, AyNode *e);
AyNode *ayBuild_await(AyParser *p, const AyToken *t, AyNode *e);
AyNode *ayBuild_yield(AyParser *p, const AyToken *t, AyNode *value, int from, const AySeq *s);
AyNode *ayBuild_lambda(AyParser *p, const AyToken *t, AyParamList params, AyNode *body);

// Trailers.
AyNode *ayBuild_attribute(AyParser *p, AyNode *e, const AyToken *name);
AyNode *ayBuild_call(AyParser *p, AyNode *f, AySeq args, const AyToken *l, const AyToken *r);
AyNode *ayBuild_subscript(AyParser *p, AyNode *e, AySeq s, const AyToken *r);
AyNode *ayBuild_slice(AyParser *p, AyNode *lo, AyNode *hi, AyNode *step, const AyToken *first,
                      const AyToken *last);
AyNode *ayBuild_keyword(AyParser *p, AyNode *name, AyNode *value, const AyToken *eq);
AyNode *ayBuild_kwunpack(AyParser *p, const AyToken *t, AyNode *value);
AyNode *ayBuild_genexp_arg(AyParser *p, AyNode *elt, AyNodeList gens);

// Parameters.
AyParam ayBuild_param(AyParser *p, AyParamKind kind, const AyToken *name, AyNode *ann,
                      AyNode *dflt, const AyToken *tok);
AyNode *ayBuild_arguments(AyParser *p, AyParamList params, int lambda);

// Statements.
AyNode *ayBuild_expr_stmt(AyParser *p, AyNode *e);
AyNode *ayBuild_assign(AyParser *p, AyNodeList targets, AyNode *value);
AyNode *ayBuild_augassign(AyParser *p, AyNode *target, int op, AyNode *value);
AyNode *ayBuild_annassign(AyParser *p, AyNode *target, AyNode *ann, AyNode *value);
AyNode *ayBuild_simple(AyParser *p, AyNodeKind kind, const AyToken *t);
AyNode *ayBuild_return(AyParser *p, const AyToken *t, AyNode *value);
AyNode *ayBuild_delete(AyParser *p, const AyToken *t, AySeq targets);
AyNode *ayBuild_raise(AyParser *p, const AyToken *t, AyNode *exc, AyNode *cause);
AyNode *ayBuild_assert(AyParser *p, const AyToken *t, AyNode *test, AyNode *msg);
AyNode *ayBuild_global(AyParser *p, AyNodeKind kind, const AyToken *t, AyNodeList names);
AyNode *ayBuild_import(AyParser *p, const AyToken *t, AyNodeList names);
AyNode *ayBuild_import_from(AyParser *p, const AyToken *t, int level, AyNode *module,
                            AyNodeList names, const AyToken *end);
AyNode *ayBuild_alias(AyParser *p, AyNode *dotted, const AyToken *asname);
AyNode *ayBuild_dotted(AyParser *p, AyNode *left, const AyToken *name);
AyNode *ayBuild_star_alias(AyParser *p, const AyToken *t);
AyNode *ayBuild_if(AyParser *p, const AyToken *t, AyNode *test, AyNodeList body,
                   AyNodeList orelse);
AyNode *ayBuild_while(AyParser *p, const AyToken *t, AyNode *test, AyNodeList body,
                      AyNodeList orelse);
AyNode *ayBuild_for(AyParser *p, const AyToken *t, AySeq target, AyNode *iter, AyNodeList body,
                    AyNodeList orelse);
AyNode *ayBuild_with(AyParser *p, const AyToken *t, AyNodeList items, AyNodeList body);
AyNode *ayBuild_withitem(AyParser *p, AyNode *e, AyNode *target);
AyNode *ayBuild_try(AyParser *p, const AyToken *t, AyNodeList body, AyNodeList handlers,
                    AyNodeList orelse, AyNodeList finalbody);
AyNode *ayBuild_handler(AyParser *p, const AyToken *t, int star, AyNode *type,
                        const AyToken *name, AyNodeList body);
AyNode *ayBuild_funcdef(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params,
                        AyNode *args, AyNode *returns, AyNodeList body);
AyNode *ayBuild_classdef(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params,
                         AySeq args, AyNodeList body);
// A TypeVar, TypeVarTuple or ParamSpec from its first token `t` and name; a
// bound (after `colon`) is an error for the last two.
AyNode *ayBuild_type_param(AyParser *p, AyNodeKind kind, const AyToken *t, const AyToken *name,
                           const AyToken *colon, AyNode *bound);
AyNode *ayBuild_type_alias(AyParser *p, const AyToken *t, const AyToken *name, AyNodeList type_params,
                           AyNode *value);
AyNode *ayBuild_async(AyParser *p, const AyToken *t, AyNode *stmt);
AyNode *ayBuild_decorated(AyParser *p, AyNodeList decorators, AyNode *def);
// A statement line ending in ';': the enclosing block ends at the ';'.
AyNodeList ayBuild_semi(AyParser *p, AyNodeList stmts, const AyToken *semi);
AyNode *ayBuild_module(AyParser *p, AyNodeList body);
AyNode *ayBuild_interactive(AyParser *p, AyNodeList body);
AyNode *ayBuild_expression(AyParser *p, AyNode *body);
// }====

// {==== ast_match.c: the match statement and patterns ====
AyNode *ayBuild_match_head(AyParser *p, const AyToken *t, AySeq subject, const AyToken *colon);
AyNode *ayBuild_match(AyParser *p, AyNode *head, AyNodeList cases);
AyNode *ayBuild_match_case(AyParser *p, AyNode *pattern, AyNode *guard, AyNodeList body);
AyNode *ayBuild_patterns(AyParser *p, AySeq s);
AyNode *ayBuild_pattern_group(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_pattern_list(AyParser *p, AySeq s, const AyToken *l, const AyToken *r);
AyNode *ayBuild_pattern_star(AyParser *p, const AyToken *star, const AyToken *name);
AyNode *ayBuild_pattern_capture(AyParser *p, const AyToken *name);
AyNode *ayBuild_pattern_as(AyParser *p, AyNode *pattern, const AyToken *name);
AyNode *ayBuild_pattern_or(AyParser *p, AySeq s);
AyNode *ayBuild_pattern_value(AyParser *p, AyNode *value);
AyNode *ayBuild_pattern_singleton(AyParser *p, const AyToken *t, AyConstKind kind);
AyNode *ayBuild_pattern_complex(AyParser *p, AyNode *real, int op, const AyToken *imag);
AyNode *ayBuild_pattern_mapping(AyParser *p, const AyToken *l, AySeq items, const AyToken *rest,
                                const AyToken *r);
AyNode *ayBuild_keyword_pattern(AyParser *p, const AyToken *name, AyNode *pattern);
AyNode *ayBuild_pattern_class(AyParser *p, AyNode *cls, AySeq args, const AyToken *r);
// }====

// {==== strlit.c ====
// Decodes a STRING token into `*c` (str or bytes); returns 0 or -1 with an
// error recorded.
int ayStr_decode_token(AyParser *p, const AyToken *t, AyConst *c, int *is_u);
// Decodes an f-string literal part (escapes unless raw).
int ayStr_decode_fpart(AyParser *p, const AyToken *t, const char *s, int len, int raw, AyConst *c);
// Parses a NUMBER token.
int ayStr_number(AyParser *p, const AyToken *t, AyConst *c);
// }====

#endif
