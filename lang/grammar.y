// The Python 3.12 grammar for lemon.
//
// You might be reading this as part of the generated grammar.c: edit
// lang/grammar.y instead.
//
// Python's grammar is not LALR(1) as written, so, as CPython's old LL(1)
// grammar did, assignment targets, keyword-argument names and `with` items are
// parsed as ordinary expressions and checked and converted while the AST is
// built (ast_build.c), which is also where "cannot assign to ..." comes from.
// The arithmetic operators use precedence declarations; the boolean and
// comparison levels are separate nonterminals so that `a + not b` is still
// rejected. Every action is one call into ast_build.c; nodes live in the
// arena, so no destructors are needed.

%name ayParse_
%token_prefix AY_TK_
%extra_context {AyParser *p}
%token_type {AyToken}
%default_type {AyNode *}
%stack_size 6000

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

#define YYNOERRORRECOVERY 1
#define YYPARSEFREENEVERNULL 1
// Lemon's trace and coverage support is not used.
#define NDEBUG_LEMON 1
static const AyToken no_token;
}

%syntax_error { ayParse_syntax_error(p, &TOKEN); }
%stack_overflow { ayParse_stack_overflow(p); }
%parse_failure { if (!p->failed) ayParse_syntax_error(p, &p->errtok); }

// Mode selectors (the driver sends one first), then every token the lexer
// produces. Keywords are contiguous.
%token MODE_FILE MODE_EVAL MODE_SINGLE.
%token NAME NUMBER STRING FSTRING_START FSTRING_MIDDLE FSTRING_END NEWLINE INDENT DEDENT ERRORTOKEN.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT
       FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE
       WITH YIELD.
// Soft keywords: the driver sends MATCH, CASE and TYPE only where they start
// a match statement, a case block or a type alias (ayParse_soft_keyword), NAME
// elsewhere, so they need no fallback (which would also make
// ayParse_accepts(CASE) true wherever a NAME is).
%token MATCH CASE TYPE.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COLONEQUAL COMMA SEMI EQUAL DOT ELLIPSIS AT
       RARROW EXCLAMATION EQEQUAL NOTEQUAL LESS GREATER LESSEQUAL GREATEREQUAL TILDE
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
       CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASHEQUAL ATEQUAL.

// Precedence of the arithmetic level, lowest first. LOWEST marks rules like
// `*expr` that must not bind tighter than the operators inside `expr`.
%left LOWEST.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH DOUBLESLASH PERCENT AT.
%right UNARY.
%right DOUBLESTAR.

%type stmts {AyNodeList}
%type stmt {AyNodeList}
%type simple_stmt {AyNodeList}
%type small_stmts {AyNodeList}
%type block {AyNodeList}
%type else_opt {AyNodeList}
%type finally_opt {AyNodeList}
%type elif_chain {AyNodeList}
%type except_clauses {AyNodeList}
%type decorators {AyNodeList}
%type with_items {AyNodeList}
%type assign_chain {AyNodeList}
%type file_body {AyNodeList}
%type single_body {AyNodeList}
%type comp_fors {AyNodeList}
%type comp_ifs {AyNodeList}
%type aliases {AyNodeList}
%type dotted_aliases {AyNodeList}
%type import_targets {AyNodeList}
%type names {AyNodeList}
%type strings {AyNodeList}
%type fparts {AyNodeList}
%type fspec_parts {AyNodeList}
%type tl_items {AySeq}
%type tl {AySeq}
%type el_items {AySeq}
%type el {AySeq}
%type xl_items {AySeq}
%type xl {AySeq}
%type pl_items {AySeq}
%type sl_items {AySeq}
%type dl_items {AySeq}
%type args {AySeq}
%type arglist {AySeq}
%type subs {AySeq}
%type sub_items {AySeq}
%type params {AyParamList}
%type plist {AyParamList}
%type param {AyParam}
%type lparams {AyParamList}
%type lplist {AyParamList}
%type lparam {AyParam}
%type ftail {AyFTail}
%type fdebug {AyToken}
%type fconv {AyFTail}
%type augop {int}
%type comp_op {int}
%type dots {int}
%type type_params {AyNodeList}
%type tparam_list {AyNodeList}

// {==== Entry points ====

start ::= MODE_FILE file_body(B).                 { p->result = ayBuild_module(p, B); }
start ::= MODE_EVAL tl(E) eval_newlines.          { p->result = ayBuild_expression(p, ayBuild_seq_expr(p, E)); }
start ::= MODE_SINGLE single_body(B) eval_newlines. { p->result = ayBuild_interactive(p, B); }

file_body(A) ::= .                                { A.items = NULL; A.len = 0; }
file_body(A) ::= file_body(A) NEWLINE.
file_body(A) ::= file_body(L) stmt(S).            { A = ayBuild_concat(p, L, S); }

eval_newlines ::= .
eval_newlines ::= eval_newlines NEWLINE.

single_body(A) ::= NEWLINE.                       { A.items = NULL; A.len = 0; }
single_body(A) ::= simple_stmt(S).                { A = S; }
single_body(A) ::= compound_stmt(S) NEWLINE.      { A = ayBuild_list1(p, S); }

// }====

// {==== Statements ====

stmts(A) ::= stmt(A).
stmts(A) ::= stmts(L) stmt(S).                    { A = ayBuild_concat(p, L, S); }

stmt(A) ::= simple_stmt(A).
stmt(A) ::= compound_stmt(S).                     { A = ayBuild_list1(p, S); }

simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(L) SEMI(S) NEWLINE. { A = ayBuild_semi(p, L, &S); }
small_stmts(A) ::= small_stmt(S).                 { A = ayBuild_list1(p, S); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S). { A = ayBuild_append(p, L, S); }

block(A) ::= simple_stmt(A).
block(A) ::= NEWLINE INDENT stmts(S) DEDENT.      { A = S; }

small_stmt(A) ::= tl_or_yield(E).                 { A = ayBuild_expr_stmt(p, E); }
small_stmt(A) ::= assign_chain(T) EQUAL tl_or_yield(V). { A = ayBuild_assign(p, T, V); }
small_stmt(A) ::= tl_or_yield(T) augop(O) tl_or_yield(V). { A = ayBuild_augassign(p, T, O, V); }
small_stmt(A) ::= tl_or_yield(T) COLON test(N).   { A = ayBuild_annassign(p, T, N, NULL); }
small_stmt(A) ::= tl_or_yield(T) COLON test(N) EQUAL tl_or_yield(V). { A = ayBuild_annassign(p, T, N, V); }
small_stmt(A) ::= PASS(T).                        { A = ayBuild_simple(p, AyAst_Pass, &T); }
small_stmt(A) ::= BREAK(T).                       { A = ayBuild_simple(p, AyAst_Break, &T); }
small_stmt(A) ::= CONTINUE(T).                    { A = ayBuild_simple(p, AyAst_Continue, &T); }
small_stmt(A) ::= RETURN(T).                      { A = ayBuild_return(p, &T, NULL); }
small_stmt(A) ::= RETURN(T) tl(E).                { A = ayBuild_return(p, &T, ayBuild_seq_expr(p, E)); }
small_stmt(A) ::= DEL(T) tl(E).                   { A = ayBuild_delete(p, &T, E); }
small_stmt(A) ::= RAISE(T).                       { A = ayBuild_raise(p, &T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(E).               { A = ayBuild_raise(p, &T, E, NULL); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C).  { A = ayBuild_raise(p, &T, E, C); }
small_stmt(A) ::= ASSERT(T) test(E).              { A = ayBuild_assert(p, &T, E, NULL); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). { A = ayBuild_assert(p, &T, E, M); }
small_stmt(A) ::= GLOBAL(T) names(N).             { A = ayBuild_global(p, AyAst_Global, &T, N); }
small_stmt(A) ::= NONLOCAL(T) names(N).           { A = ayBuild_global(p, AyAst_Nonlocal, &T, N); }
small_stmt(A) ::= IMPORT(T) dotted_aliases(N).    { A = ayBuild_import(p, &T, N); }
small_stmt(A) ::= FROM(T) dots(D) dotted(M) IMPORT import_targets(N) import_end(E). { A = ayBuild_import_from(p, &T, D, M, N, &E); }
small_stmt(A) ::= FROM(T) dotted(M) IMPORT import_targets(N) import_end(E). { A = ayBuild_import_from(p, &T, 0, M, N, &E); }
small_stmt(A) ::= FROM(T) dots(D) IMPORT import_targets(N) import_end(E). { A = ayBuild_import_from(p, &T, D, NULL, N, &E); }
small_stmt(A) ::= TYPE(T) NAME(N) type_params(P) EQUAL test(V). { A = ayBuild_type_alias(p, &T, &N, P, V); }

%type import_end {AyToken}
import_end(A) ::= .                               { A = no_token; }
import_end(A) ::= RPAR(A).

assign_chain(A) ::= tl_or_yield(E).               { A = ayBuild_list1(p, E); }
assign_chain(A) ::= assign_chain(L) EQUAL tl_or_yield(E). { A = ayBuild_append(p, L, E); }

tl_or_yield(A) ::= tl(E).                         { A = ayBuild_seq_expr(p, E); }
tl_or_yield(A) ::= yield_expr(A).

augop(A) ::= PLUSEQUAL.                           { A = AY_OP_Add; }
augop(A) ::= MINEQUAL.                            { A = AY_OP_Sub; }
augop(A) ::= STAREQUAL.                           { A = AY_OP_Mult; }
augop(A) ::= ATEQUAL.                             { A = AY_OP_MatMult; }
augop(A) ::= SLASHEQUAL.                          { A = AY_OP_Div; }
augop(A) ::= PERCENTEQUAL.                        { A = AY_OP_Mod; }
augop(A) ::= AMPEREQUAL.                          { A = AY_OP_BitAnd; }
augop(A) ::= VBAREQUAL.                           { A = AY_OP_BitOr; }
augop(A) ::= CIRCUMFLEXEQUAL.                     { A = AY_OP_BitXor; }
augop(A) ::= LEFTSHIFTEQUAL.                      { A = AY_OP_LShift; }
augop(A) ::= RIGHTSHIFTEQUAL.                     { A = AY_OP_RShift; }
augop(A) ::= DOUBLESTAREQUAL.                     { A = AY_OP_Pow; }
augop(A) ::= DOUBLESLASHEQUAL.                    { A = AY_OP_FloorDiv; }

names(A) ::= NAME(N).                             { A = ayBuild_list1(p, ayBuild_name(p, &N)); }
names(A) ::= names(L) COMMA NAME(N).              { A = ayBuild_append(p, L, ayBuild_name(p, &N)); }

// Imports. `dotted` is a Name node whose id is the dotted path.
dotted(A) ::= NAME(N).                            { A = ayBuild_dotted(p, NULL, &N); }
dotted(A) ::= dotted(L) DOT NAME(N).              { A = ayBuild_dotted(p, L, &N); }
dots(A) ::= DOT.                                  { A = 1; }
dots(A) ::= ELLIPSIS.                             { A = 3; }
dots(A) ::= dots(L) DOT.                          { A = L + 1; }
dots(A) ::= dots(L) ELLIPSIS.                     { A = L + 3; }
dotted_aliases(A) ::= dotted(D).                  { A = ayBuild_list1(p, ayBuild_alias(p, D, NULL)); }
dotted_aliases(A) ::= dotted(D) AS NAME(N).       { A = ayBuild_list1(p, ayBuild_alias(p, D, &N)); }
dotted_aliases(A) ::= dotted_aliases(L) COMMA dotted(D). { A = ayBuild_append(p, L, ayBuild_alias(p, D, NULL)); }
dotted_aliases(A) ::= dotted_aliases(L) COMMA dotted(D) AS NAME(N). { A = ayBuild_append(p, L, ayBuild_alias(p, D, &N)); }
import_targets(A) ::= STAR(T).                    { A = ayBuild_list1(p, ayBuild_star_alias(p, &T)); }
import_targets(A) ::= aliases(A).
import_targets(A) ::= LPAR aliases(S).            { A = S; }
import_targets(A) ::= LPAR aliases(S) COMMA.      { A = S; }
aliases(A) ::= NAME(D).                           { A = ayBuild_list1(p, ayBuild_alias(p, ayBuild_dotted(p, NULL, &D), NULL)); }
aliases(A) ::= NAME(D) AS NAME(N).                { A = ayBuild_list1(p, ayBuild_alias(p, ayBuild_dotted(p, NULL, &D), &N)); }
aliases(A) ::= aliases(L) COMMA NAME(D).          { A = ayBuild_append(p, L, ayBuild_alias(p, ayBuild_dotted(p, NULL, &D), NULL)); }
aliases(A) ::= aliases(L) COMMA NAME(D) AS NAME(N). { A = ayBuild_append(p, L, ayBuild_alias(p, ayBuild_dotted(p, NULL, &D), &N)); }

// }====

// {==== Compound statements ====

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= WHILE(T) namedexpr(C) COLON block(B) else_opt(E). { A = ayBuild_while(p, &T, C, B, E); }
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F).    { A = ayBuild_decorated(p, D, F); }
compound_stmt(A) ::= decorators(D) classdef(F).   { A = ayBuild_decorated(p, D, F); }
compound_stmt(A) ::= decorators(D) ASYNC(T) funcdef(F). { A = ayBuild_decorated(p, D, ayBuild_async(p, &T, F)); }
compound_stmt(A) ::= ASYNC(T) funcdef(F).         { A = ayBuild_async(p, &T, F); }
compound_stmt(A) ::= ASYNC(T) with_stmt(F).       { A = ayBuild_async(p, &T, F); }
compound_stmt(A) ::= ASYNC(T) for_stmt(F).        { A = ayBuild_async(p, &T, F); }
compound_stmt(A) ::= match_stmt(A).

if_stmt(A) ::= IF(T) namedexpr(C) COLON block(B) elif_chain(E). { A = ayBuild_if(p, &T, C, B, E); }
elif_chain(A) ::= .                               { A.items = NULL; A.len = 0; }
elif_chain(A) ::= ELSE COLON block(B).            { A = B; }
elif_chain(A) ::= ELIF(T) namedexpr(C) COLON block(B) elif_chain(E). { A = ayBuild_list1(p, ayBuild_if(p, &T, C, B, E)); }

else_opt(A) ::= .                                 { A.items = NULL; A.len = 0; }
else_opt(A) ::= ELSE COLON block(B).              { A = B; }
finally_opt(A) ::= .                              { A.items = NULL; A.len = 0; }
finally_opt(A) ::= FINALLY COLON block(B).        { A = B; }

for_stmt(A) ::= FOR(T) xl(X) IN tl(I) COLON block(B) else_opt(E). { A = ayBuild_for(p, &T, X, ayBuild_seq_expr(p, I), B, E); }

try_stmt(A) ::= TRY(T) COLON block(B) except_clauses(H) else_opt(E) finally_opt(F). { A = ayBuild_try(p, &T, B, H, E, F); }
try_stmt(A) ::= TRY(T) COLON block(B) FINALLY COLON block(F). { AyNodeList none = {0}; A = ayBuild_try(p, &T, B, none, none, F); }
except_clauses(A) ::= except_clause(H).          { A = ayBuild_list1(p, H); }
except_clauses(A) ::= except_clauses(L) except_clause(H). { A = ayBuild_append(p, L, H); }
except_clause(A) ::= EXCEPT(T) COLON block(B).   { A = ayBuild_handler(p, &T, 0, NULL, NULL, B); }
except_clause(A) ::= EXCEPT(T) test(E) COLON block(B). { A = ayBuild_handler(p, &T, 0, E, NULL, B); }
except_clause(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON block(B). { A = ayBuild_handler(p, &T, 0, E, &N, B); }
except_clause(A) ::= EXCEPT(T) STAR test(E) COLON block(B). { A = ayBuild_handler(p, &T, 1, E, NULL, B); }
except_clause(A) ::= EXCEPT(T) STAR test(E) AS NAME(N) COLON block(B). { A = ayBuild_handler(p, &T, 1, E, &N, B); }

with_stmt(A) ::= WITH(T) with_items(I) COLON block(B). { A = ayBuild_with(p, &T, I, B); }
with_items(A) ::= with_item(I).                   { A = ayBuild_list1(p, I); }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = ayBuild_append(p, L, I); }
with_item(A) ::= test(E).                         { A = ayBuild_withitem(p, E, NULL); }
with_item(A) ::= test(E) AS expr(V).              { A = ayBuild_withitem(p, E, V); }

funcdef(A) ::= DEF(T) NAME(N) type_params(G) LPAR params(P) RPAR COLON block(B). { A = ayBuild_funcdef(p, &T, &N, G, ayBuild_arguments(p, P, 0), NULL, B); }
funcdef(A) ::= DEF(T) NAME(N) type_params(G) LPAR params(P) RPAR RARROW test(R) COLON block(B). { A = ayBuild_funcdef(p, &T, &N, G, ayBuild_arguments(p, P, 0), R, B); }

classdef(A) ::= CLASS(T) NAME(N) type_params(G) COLON block(B). { AySeq none = {0}; A = ayBuild_classdef(p, &T, &N, G, none, B); }
classdef(A) ::= CLASS(T) NAME(N) type_params(G) LPAR RPAR COLON block(B). { AySeq none = {0}; A = ayBuild_classdef(p, &T, &N, G, none, B); }
classdef(A) ::= CLASS(T) NAME(N) type_params(G) LPAR args(S) RPAR COLON block(B). { A = ayBuild_classdef(p, &T, &N, G, S, B); }

// PEP 695 type parameters of a def, class or type alias (possibly none).
type_params(A) ::= .                              { A.items = NULL; A.len = 0; }
type_params(A) ::= LSQB tparam_list(L) RSQB.           { A = L; }
type_params(A) ::= LSQB tparam_list(L) COMMA RSQB.     { A = L; }
tparam_list(A) ::= tparam(T).                     { A = ayBuild_list1(p, T); }
tparam_list(A) ::= tparam_list(L) COMMA tparam(T). { A = ayBuild_append(p, L, T); }
tparam(A) ::= NAME(N).                            { A = ayBuild_type_param(p, AyAst_TypeVar, &N, &N, NULL, NULL); }
tparam(A) ::= NAME(N) COLON(C) test(B).           { A = ayBuild_type_param(p, AyAst_TypeVar, &N, &N, &C, B); }
tparam(A) ::= STAR(S) NAME(N).                    { A = ayBuild_type_param(p, AyAst_TypeVarTuple, &S, &N, NULL, NULL); }
tparam(A) ::= STAR(S) NAME(N) COLON(C) test(B).   { A = ayBuild_type_param(p, AyAst_TypeVarTuple, &S, &N, &C, B); }
tparam(A) ::= DOUBLESTAR(S) NAME(N).              { A = ayBuild_type_param(p, AyAst_ParamSpec, &S, &N, NULL, NULL); }
tparam(A) ::= DOUBLESTAR(S) NAME(N) COLON(C) test(B). { A = ayBuild_type_param(p, AyAst_ParamSpec, &S, &N, &C, B); }

decorators(A) ::= decorator(D).                   { A = ayBuild_list1(p, D); }
decorators(A) ::= decorators(L) decorator(D).     { A = ayBuild_append(p, L, D); }
decorator(A) ::= AT namedexpr(E) NEWLINE.         { A = E; }

// Parameters: a flat list, validated by ayBuild_arguments.
params(A) ::= .                                   { A.items = NULL; A.len = 0; }
params(A) ::= plist(A).
params(A) ::= plist(A) COMMA.
plist(A) ::= param(I).                            { A = ayBuild_params1(p, I); }
plist(A) ::= plist(L) COMMA param(I).             { A = ayBuild_params_append(p, L, I); }
param(A) ::= NAME(N).                             { A = ayBuild_param(p, AY_P_NAME, &N, NULL, NULL, &N); }
param(A) ::= NAME(N) COLON test(T).               { A = ayBuild_param(p, AY_P_NAME, &N, T, NULL, &N); }
param(A) ::= NAME(N) EQUAL(Q) test(D).            { A = ayBuild_param(p, AY_P_NAME, &N, NULL, D, &Q); }
param(A) ::= NAME(N) COLON test(T) EQUAL(Q) test(D). { A = ayBuild_param(p, AY_P_NAME, &N, T, D, &Q); }
param(A) ::= SLASH(S).                            { A = ayBuild_param(p, AY_P_SLASH, NULL, NULL, NULL, &S); }
param(A) ::= STAR(S).                             { A = ayBuild_param(p, AY_P_STAR, NULL, NULL, NULL, &S); }
param(A) ::= STAR(S) NAME(N).                     { A = ayBuild_param(p, AY_P_VARARG, &N, NULL, NULL, &S); }
param(A) ::= STAR(S) NAME(N) COLON test(T).       { A = ayBuild_param(p, AY_P_VARARG, &N, T, NULL, &S); }
param(A) ::= STAR(S) NAME(N) COLON STAR(X) expr(T). [LOWEST] { A = ayBuild_param(p, AY_P_VARARG, &N, ayBuild_starred(p, &X, T), NULL, &S); }
param(A) ::= STAR NAME(N) EQUAL(Q) test(D).    { A = ayBuild_param(p, AY_P_VARARG, &N, NULL, D, &Q); }
param(A) ::= DOUBLESTAR(S) NAME(N).               { A = ayBuild_param(p, AY_P_KWARG, &N, NULL, NULL, &S); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). { A = ayBuild_param(p, AY_P_KWARG, &N, T, NULL, &S); }
param(A) ::= DOUBLESTAR NAME(N) EQUAL(Q) test(D). { A = ayBuild_param(p, AY_P_KWARG, &N, NULL, D, &Q); }

lparams(A) ::= lplist(A).
lparams(A) ::= lplist(A) COMMA.
lplist(A) ::= lparam(I).                          { A = ayBuild_params1(p, I); }
lplist(A) ::= lplist(L) COMMA lparam(I).          { A = ayBuild_params_append(p, L, I); }
lparam(A) ::= NAME(N).                            { A = ayBuild_param(p, AY_P_NAME, &N, NULL, NULL, &N); }
lparam(A) ::= NAME(N) EQUAL(Q) test(D).           { A = ayBuild_param(p, AY_P_NAME, &N, NULL, D, &Q); }
lparam(A) ::= SLASH(S).                           { A = ayBuild_param(p, AY_P_SLASH, NULL, NULL, NULL, &S); }
lparam(A) ::= STAR(S).                            { A = ayBuild_param(p, AY_P_STAR, NULL, NULL, NULL, &S); }
lparam(A) ::= STAR(S) NAME(N).                    { A = ayBuild_param(p, AY_P_VARARG, &N, NULL, NULL, &S); }
lparam(A) ::= STAR NAME(N) EQUAL(Q) test(D).   { A = ayBuild_param(p, AY_P_VARARG, &N, NULL, D, &Q); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).              { A = ayBuild_param(p, AY_P_KWARG, &N, NULL, NULL, &S); }
lparam(A) ::= DOUBLESTAR NAME(N) EQUAL(Q) test(D). { A = ayBuild_param(p, AY_P_KWARG, &N, NULL, D, &Q); }

// }====

// {==== The match statement ====

// Patterns have their own grammar (they only follow CASE); literal values
// and dotted names inside them are built as the expression nodes CPython
// uses. ast_match.c builds the nodes and checks what the grammar cannot.
%type case_blocks {AyNodeList}
%type pat_list {AySeq}
%type pat_items {AySeq}
%type or_items {AySeq}
%type class_args {AySeq}
%type class_arg_items {AySeq}
%type map_items {AySeq}

match_stmt(A) ::= match_head(H) NEWLINE INDENT case_blocks(C) DEDENT. { A = ayBuild_match(p, H, C); }
match_head(A) ::= MATCH(T) el(S) COLON(C).        { A = ayBuild_match_head(p, &T, S, &C); }
case_blocks(A) ::= case_block(C).                 { A = ayBuild_list1(p, C); }
case_blocks(A) ::= case_blocks(L) case_block(C).  { A = ayBuild_append(p, L, C); }
case_block(A) ::= CASE case_patterns(P) COLON block(B). { A = ayBuild_match_case(p, P, NULL, B); }
case_block(A) ::= CASE case_patterns(P) IF namedexpr(G) COLON block(B). { A = ayBuild_match_case(p, P, G, B); }
// Reduced with the guard's `if` or the ':' as lookahead (errors point there).
case_patterns(A) ::= pat_list(P).                 { A = ayBuild_patterns(p, P); }

// Comma lists of patterns and star patterns (top level, [...] and (...)).
pat_list(A) ::= pat_items(A).
pat_list(A) ::= pat_items(L) COMMA(C).            { A = ayBuild_seq_comma(L, &C); }
pat_items(A) ::= star_pattern(E).                 { A = ayBuild_seq1(p, E); }
pat_items(A) ::= pat_items(L) COMMA star_pattern(E). { A = ayBuild_seq_append(p, L, E); }
star_pattern(A) ::= pattern(A).
star_pattern(A) ::= STAR(S) NAME(N).              { A = ayBuild_pattern_star(p, &S, &N); }

pattern(A) ::= or_items(S).                       { A = ayBuild_pattern_or(p, S); }
pattern(A) ::= or_items(S) AS NAME(N).            { A = ayBuild_pattern_as(p, ayBuild_pattern_or(p, S), &N); }
or_items(A) ::= closed_pattern(E).                { A = ayBuild_seq1(p, E); }
or_items(A) ::= or_items(L) VBAR closed_pattern(E). { A = ayBuild_seq_append(p, L, E); }

closed_pattern(A) ::= NAME(N).                    { A = ayBuild_pattern_capture(p, &N); }
closed_pattern(A) ::= pattern_literal(E).         { A = ayBuild_pattern_value(p, E); }
closed_pattern(A) ::= pattern_attr(E).            { A = ayBuild_pattern_value(p, E); }
closed_pattern(A) ::= NONE(T).                    { A = ayBuild_pattern_singleton(p, &T, AY_CONST_NONE); }
closed_pattern(A) ::= TRUE(T).                    { A = ayBuild_pattern_singleton(p, &T, AY_CONST_TRUE); }
closed_pattern(A) ::= FALSE(T).                   { A = ayBuild_pattern_singleton(p, &T, AY_CONST_FALSE); }
closed_pattern(A) ::= LPAR(L) RPAR(R).            { AySeq none = {0}; A = ayBuild_pattern_group(p, none, &L, &R); }
closed_pattern(A) ::= LPAR(L) pat_list(S) RPAR(R). { A = ayBuild_pattern_group(p, S, &L, &R); }
closed_pattern(A) ::= LSQB(L) RSQB(R).            { AySeq none = {0}; A = ayBuild_pattern_list(p, none, &L, &R); }
closed_pattern(A) ::= LSQB(L) pat_list(S) RSQB(R). { A = ayBuild_pattern_list(p, S, &L, &R); }
closed_pattern(A) ::= LBRACE(L) RBRACE(R).        { AySeq none = {0}; A = ayBuild_pattern_mapping(p, &L, none, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(S) RBRACE(R). { A = ayBuild_pattern_mapping(p, &L, S, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(S) COMMA RBRACE(R). { A = ayBuild_pattern_mapping(p, &L, S, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) DOUBLESTAR NAME(N) RBRACE(R). { AySeq none = {0}; A = ayBuild_pattern_mapping(p, &L, none, &N, &R); }
closed_pattern(A) ::= LBRACE(L) DOUBLESTAR NAME(N) COMMA RBRACE(R). { AySeq none = {0}; A = ayBuild_pattern_mapping(p, &L, none, &N, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(S) COMMA DOUBLESTAR NAME(N) RBRACE(R). { A = ayBuild_pattern_mapping(p, &L, S, &N, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(S) COMMA DOUBLESTAR NAME(N) COMMA RBRACE(R). { A = ayBuild_pattern_mapping(p, &L, S, &N, &R); }
closed_pattern(A) ::= NAME(N) LPAR RPAR(R).       { AySeq none = {0}; A = ayBuild_pattern_class(p, ayBuild_name(p, &N), none, &R); }
closed_pattern(A) ::= NAME(N) LPAR class_args(S) RPAR(R). { A = ayBuild_pattern_class(p, ayBuild_name(p, &N), S, &R); }
closed_pattern(A) ::= pattern_attr(C) LPAR RPAR(R). { AySeq none = {0}; A = ayBuild_pattern_class(p, C, none, &R); }
closed_pattern(A) ::= pattern_attr(C) LPAR class_args(S) RPAR(R). { A = ayBuild_pattern_class(p, C, S, &R); }

// Literal values: signed numbers, complex literals, strings.
pattern_literal(A) ::= signed_number(A).
pattern_literal(A) ::= signed_number(L) PLUS NUMBER(N). { A = ayBuild_pattern_complex(p, L, AY_OP_Add, &N); }
pattern_literal(A) ::= signed_number(L) MINUS NUMBER(N). { A = ayBuild_pattern_complex(p, L, AY_OP_Sub, &N); }
pattern_literal(A) ::= strings(S).                { A = ayBuild_strings(p, S); }
signed_number(A) ::= NUMBER(N).                   { A = ayBuild_number(p, &N); }
signed_number(A) ::= MINUS(M) NUMBER(N).          { A = ayBuild_unary(p, &M, AY_UOP_USub, ayBuild_number(p, &N)); }
// A dotted name (at least one dot): a value pattern or a class.
pattern_attr(A) ::= NAME(N) DOT NAME(M).          { A = ayBuild_attribute(p, ayBuild_name(p, &N), &M); }
pattern_attr(A) ::= pattern_attr(L) DOT NAME(M).  { A = ayBuild_attribute(p, L, &M); }

// Class pattern arguments: patterns and keyword nodes holding patterns.
class_args(A) ::= class_arg_items(A).
class_args(A) ::= class_arg_items(L) COMMA(C).    { A = ayBuild_seq_comma(L, &C); }
class_arg_items(A) ::= class_arg(E).              { A = ayBuild_seq1(p, E); }
class_arg_items(A) ::= class_arg_items(L) COMMA class_arg(E). { A = ayBuild_seq_append(p, L, E); }
class_arg(A) ::= pattern(A).
class_arg(A) ::= NAME(N) EQUAL pattern(P).        { A = ayBuild_keyword_pattern(p, &N, P); }

// Mapping items: key and pattern, alternating.
map_items(A) ::= map_key(K) COLON pattern(P).     { A = ayBuild_seq_append(p, ayBuild_seq1(p, K), P); }
map_items(A) ::= map_items(L) COMMA map_key(K) COLON pattern(P). { A = ayBuild_seq_append(p, ayBuild_seq_append(p, L, K), P); }
map_key(A) ::= pattern_literal(A).
map_key(A) ::= pattern_attr(A).
map_key(A) ::= NONE(T).                           { A = ayBuild_const(p, &T, AY_CONST_NONE); }
map_key(A) ::= TRUE(T).                           { A = ayBuild_const(p, &T, AY_CONST_TRUE); }
map_key(A) ::= FALSE(T).                          { A = ayBuild_const(p, &T, AY_CONST_FALSE); }

// }====

// {==== Expressions ====

// Comma-separated `test` / `*expr` lists (star_expressions): statement
// values, return, del, for iterables, subscripts' bodies, yield values.
tl(A) ::= tl_items(A).
tl(A) ::= tl_items(L) COMMA(C).                   { A = ayBuild_seq_comma(L, &C); }
tl_items(A) ::= texpr(E).                         { A = ayBuild_seq1(p, E); }
tl_items(A) ::= tl_items(L) COMMA texpr(E).       { A = ayBuild_seq_append(p, L, E); }
texpr(A) ::= test(A).
texpr(A) ::= STAR(S) expr(E). [LOWEST]            { A = ayBuild_starred(p, &S, E); }

// Comma-separated `expr` / `*expr` lists: for-loop and comprehension targets.
xl(A) ::= xl_items(A).
xl(A) ::= xl_items(L) COMMA(C).                   { A = ayBuild_seq_comma(L, &C); }
xl_items(A) ::= xexpr(E).                         { A = ayBuild_seq1(p, E); }
xl_items(A) ::= xl_items(L) COMMA xexpr(E).       { A = ayBuild_seq_append(p, L, E); }
xexpr(A) ::= expr(A).
xexpr(A) ::= STAR(S) expr(E). [LOWEST]            { A = ayBuild_starred(p, &S, E); }

yield_expr(A) ::= YIELD(T).                       { A = ayBuild_yield(p, &T, NULL, 0, NULL); }
yield_expr(A) ::= YIELD(T) FROM test(E).          { A = ayBuild_yield(p, &T, E, 1, NULL); }
yield_expr(A) ::= YIELD(T) tl(E).                 { A = ayBuild_yield(p, &T, ayBuild_seq_expr(p, E), 0, &E); }

namedexpr(A) ::= test(A).
namedexpr(A) ::= test(T) COLONEQUAL test(V).      { A = ayBuild_named(p, T, V); }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(C) ELSE test(E). { A = ayBuild_ifexp(p, B, C, E); }
test(A) ::= LAMBDA(T) COLON test(B).              { AyParamList none = {0}; A = ayBuild_lambda(p, &T, none, B); }
test(A) ::= LAMBDA(T) lparams(P) COLON test(B).   { A = ayBuild_lambda(p, &T, P, B); }

or_test(A) ::= and_test(A).
or_test(A) ::= or_test(L) OR and_test(R).         { A = ayBuild_boolop(p, L, AY_BOOL_Or, R); }
and_test(A) ::= not_test(A).
and_test(A) ::= and_test(L) AND not_test(R).      { A = ayBuild_boolop(p, L, AY_BOOL_And, R); }
not_test(A) ::= NOT(T) not_test(E).               { A = ayBuild_unary(p, &T, AY_UOP_Not, E); }
not_test(A) ::= comparison(A).
comparison(A) ::= expr(A).
comparison(A) ::= comparison(L) comp_op(O) expr(R). { A = ayBuild_compare(p, L, O, R); }
comp_op(A) ::= LESS.                              { A = AY_CMP_Lt; }
comp_op(A) ::= GREATER.                           { A = AY_CMP_Gt; }
comp_op(A) ::= EQEQUAL.                           { A = AY_CMP_Eq; }
comp_op(A) ::= GREATEREQUAL.                      { A = AY_CMP_GtE; }
comp_op(A) ::= LESSEQUAL.                         { A = AY_CMP_LtE; }
comp_op(A) ::= NOTEQUAL.                          { A = AY_CMP_NotEq; }
comp_op(A) ::= IN.                                { A = AY_CMP_In; }
comp_op(A) ::= NOT IN.                            { A = AY_CMP_NotIn; }
comp_op(A) ::= IS.                                { A = AY_CMP_Is; }
comp_op(A) ::= IS NOT.                            { A = AY_CMP_IsNot; }

expr(A) ::= expr(L) VBAR expr(R).                 { A = ayBuild_binop(p, L, AY_OP_BitOr, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R).           { A = ayBuild_binop(p, L, AY_OP_BitXor, R); }
expr(A) ::= expr(L) AMPER expr(R).                { A = ayBuild_binop(p, L, AY_OP_BitAnd, R); }
expr(A) ::= expr(L) LEFTSHIFT expr(R).            { A = ayBuild_binop(p, L, AY_OP_LShift, R); }
expr(A) ::= expr(L) RIGHTSHIFT expr(R).           { A = ayBuild_binop(p, L, AY_OP_RShift, R); }
expr(A) ::= expr(L) PLUS expr(R).                 { A = ayBuild_binop(p, L, AY_OP_Add, R); }
expr(A) ::= expr(L) MINUS expr(R).                { A = ayBuild_binop(p, L, AY_OP_Sub, R); }
expr(A) ::= expr(L) STAR expr(R).                 { A = ayBuild_binop(p, L, AY_OP_Mult, R); }
expr(A) ::= expr(L) AT expr(R).                   { A = ayBuild_binop(p, L, AY_OP_MatMult, R); }
expr(A) ::= expr(L) SLASH expr(R).                { A = ayBuild_binop(p, L, AY_OP_Div, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R).          { A = ayBuild_binop(p, L, AY_OP_FloorDiv, R); }
expr(A) ::= expr(L) PERCENT expr(R).              { A = ayBuild_binop(p, L, AY_OP_Mod, R); }
expr(A) ::= expr(L) DOUBLESTAR expr(R).           { A = ayBuild_binop(p, L, AY_OP_Pow, R); }
expr(A) ::= MINUS(T) expr(E). [UNARY]             { A = ayBuild_unary(p, &T, AY_UOP_USub, E); }
expr(A) ::= PLUS(T) expr(E). [UNARY]              { A = ayBuild_unary(p, &T, AY_UOP_UAdd, E); }
expr(A) ::= TILDE(T) expr(E). [UNARY]             { A = ayBuild_unary(p, &T, AY_UOP_Invert, E); }
expr(A) ::= primary(A).

primary(A) ::= trailed(A).
primary(A) ::= AWAIT(T) trailed(E).               { A = ayBuild_await(p, &T, E); }

trailed(A) ::= atom(A).
trailed(A) ::= trailed(E) DOT NAME(N).            { A = ayBuild_attribute(p, E, &N); }
trailed(A) ::= trailed(E) LPAR(L) RPAR(R).        { AySeq none = {0}; A = ayBuild_call(p, E, none, &L, &R); }
trailed(A) ::= trailed(E) LPAR(L) args(S) RPAR(R). { A = ayBuild_call(p, E, S, &L, &R); }
trailed(A) ::= trailed(E) LSQB subs(S) RSQB(R).   { A = ayBuild_subscript(p, E, S, &R); }

// Call arguments: a flat list of positional expressions, Starred, keyword
// nodes and generator expressions; ayBuild_call checks the order.
args(A) ::= arglist(A).
args(A) ::= arglist(L) COMMA(C).                  { A = ayBuild_seq_comma(L, &C); }
arglist(A) ::= arg(E).                            { A = ayBuild_seq1(p, E); }
arglist(A) ::= arglist(L) COMMA arg(E).           { A = ayBuild_seq_append(p, L, E); }
arg(A) ::= namedexpr(A).
arg(A) ::= namedexpr(E) comp_fors(G).             { A = ayBuild_genexp_arg(p, E, G); }
arg(A) ::= test(N) EQUAL(Q) test(V).              { A = ayBuild_keyword(p, N, V, &Q); }
arg(A) ::= STAR(S) test(E).                       { A = ayBuild_starred(p, &S, E); }
arg(A) ::= DOUBLESTAR(S) test(E).                 { A = ayBuild_kwunpack(p, &S, E); }

// Subscripts: one slice, or a comma list of slices and starred items.
subs(A) ::= sub_items(A).
subs(A) ::= sub_items(L) COMMA(C).                { A = ayBuild_seq_comma(L, &C); }
sub_items(A) ::= sub(E).                          { A = ayBuild_seq1(p, E); }
sub_items(A) ::= sub_items(L) COMMA sub(E).       { A = ayBuild_seq_append(p, L, E); }
sub(A) ::= namedexpr(A).
sub(A) ::= STAR(S) expr(E). [LOWEST]              { A = ayBuild_starred(p, &S, E); }
sub(A) ::= COLON(C).                              { A = ayBuild_slice(p, NULL, NULL, NULL, &C, &C); }
sub(A) ::= COLON(C) test(H).                      { A = ayBuild_slice(p, NULL, H, NULL, &C, NULL); }
sub(A) ::= test(L) COLON(C).                      { A = ayBuild_slice(p, L, NULL, NULL, NULL, &C); }
sub(A) ::= test(L) COLON test(H).                 { A = ayBuild_slice(p, L, H, NULL, NULL, NULL); }
sub(A) ::= COLON(C) COLON(D).                     { A = ayBuild_slice(p, NULL, NULL, NULL, &C, &D); }
sub(A) ::= COLON(C) test(H) COLON(D).             { A = ayBuild_slice(p, NULL, H, NULL, &C, &D); }
sub(A) ::= test(L) COLON COLON(D).                { A = ayBuild_slice(p, L, NULL, NULL, NULL, &D); }
sub(A) ::= test(L) COLON test(H) COLON(D).        { A = ayBuild_slice(p, L, H, NULL, NULL, &D); }
sub(A) ::= COLON(C) COLON test(S).                { A = ayBuild_slice(p, NULL, NULL, S, &C, NULL); }
sub(A) ::= COLON(C) test(H) COLON test(S).        { A = ayBuild_slice(p, NULL, H, S, &C, NULL); }
sub(A) ::= test(L) COLON COLON test(S).           { A = ayBuild_slice(p, L, NULL, S, NULL, NULL); }
sub(A) ::= test(L) COLON test(H) COLON test(S).   { A = ayBuild_slice(p, L, H, S, NULL, NULL); }

atom(A) ::= NAME(T).                              { A = ayBuild_name(p, &T); }
atom(A) ::= NUMBER(T).                            { A = ayBuild_number(p, &T); }
atom(A) ::= strings(S).                           { A = ayBuild_strings(p, S); }
atom(A) ::= NONE(T).                              { A = ayBuild_const(p, &T, AY_CONST_NONE); }
atom(A) ::= TRUE(T).                              { A = ayBuild_const(p, &T, AY_CONST_TRUE); }
atom(A) ::= FALSE(T).                             { A = ayBuild_const(p, &T, AY_CONST_FALSE); }
atom(A) ::= ELLIPSIS(T).                          { A = ayBuild_const(p, &T, AY_CONST_ELLIPSIS); }
atom(A) ::= LPAR(L) RPAR(R).                      { AySeq none = {0}; A = ayBuild_tuple(p, none, &L, &R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).        { A = ayBuild_paren(p, E, &L, &R); }
atom(A) ::= LPAR(L) pl(S) RPAR(R).                { A = ayBuild_group(p, S, &L, &R); }
atom(A) ::= LPAR(L) namedexpr(E) comp_fors(G) RPAR(R). { A = ayBuild_comp(p, AyAst_GeneratorExp, E, NULL, G, &L, &R); }
atom(A) ::= LSQB(L) RSQB(R).                      { AySeq none = {0}; A = ayBuild_list(p, none, &L, &R); }
atom(A) ::= LSQB(L) el(S) RSQB(R).                { A = ayBuild_list(p, S, &L, &R); }
atom(A) ::= LSQB(L) namedexpr(E) comp_fors(G) RSQB(R). { A = ayBuild_comp(p, AyAst_ListComp, E, NULL, G, &L, &R); }
atom(A) ::= LBRACE(L) RBRACE(R).                  { AySeq none = {0}; A = ayBuild_dict(p, none, &L, &R); }
atom(A) ::= LBRACE(L) dl_items(S) RBRACE(R).      { A = ayBuild_dict(p, S, &L, &R); }
atom(A) ::= LBRACE(L) dl_items(S) COMMA RBRACE(R). { A = ayBuild_dict(p, S, &L, &R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_fors(G) RBRACE(R). { A = ayBuild_comp(p, AyAst_DictComp, K, V, G, &L, &R); }
atom(A) ::= LBRACE(L) sl_items(S) RBRACE(R).      { A = ayBuild_set(p, S, &L, &R); }
atom(A) ::= LBRACE(L) sl_items(S) COMMA RBRACE(R). { A = ayBuild_set(p, S, &L, &R); }
atom(A) ::= LBRACE(L) namedexpr(E) comp_fors(G) RBRACE(R). { A = ayBuild_comp(p, AyAst_SetComp, E, NULL, G, &L, &R); }

// Parenthesized lists may hold `expr as target` items (with statements).
%type pl {AySeq}
pl(A) ::= pl_items(A).
pl(A) ::= pl_items(L) COMMA(C).                   { A = ayBuild_seq_comma(L, &C); }
pl_items(A) ::= pexpr(E).                         { A = ayBuild_seq1(p, E); }
pl_items(A) ::= pl_items(L) COMMA pexpr(E).       { A = ayBuild_seq_append(p, L, E); }
pexpr(A) ::= namedexpr(A).
pexpr(A) ::= STAR(S) expr(E). [LOWEST]            { A = ayBuild_starred(p, &S, E); }
pexpr(A) ::= test(E) AS(T) expr(V).               { A = ayBuild_withas(p, E, &T, V); }

el(A) ::= el_items(A).
el(A) ::= el_items(L) COMMA(C).                   { A = ayBuild_seq_comma(L, &C); }
el_items(A) ::= eexpr(E).                         { A = ayBuild_seq1(p, E); }
el_items(A) ::= el_items(L) COMMA eexpr(E).       { A = ayBuild_seq_append(p, L, E); }
eexpr(A) ::= namedexpr(A).
eexpr(A) ::= STAR(S) expr(E). [LOWEST]            { A = ayBuild_starred(p, &S, E); }

sl_items(A) ::= namedexpr(E).                     { A = ayBuild_seq1(p, E); }
sl_items(A) ::= STAR(S) expr(E). [LOWEST]         { A = ayBuild_seq1(p, ayBuild_starred(p, &S, E)); }
sl_items(A) ::= sl_items(L) COMMA namedexpr(E).   { A = ayBuild_seq_append(p, L, E); }
sl_items(A) ::= sl_items(L) COMMA STAR(S) expr(E). [LOWEST] { A = ayBuild_seq_append(p, L, ayBuild_starred(p, &S, E)); }

// Dict items are Dict-kind pairs (key NULL for `**d`), unpacked by ayBuild_dict.
dl_items(A) ::= dict_item(E).                     { A = ayBuild_seq1(p, E); }
dl_items(A) ::= dl_items(L) COMMA dict_item(E).   { A = ayBuild_seq_append(p, L, E); }
dict_item(A) ::= test(K) COLON test(V).           { A = ayBuild_dict_item(p, K, V); }
dict_item(A) ::= DOUBLESTAR expr(V). [LOWEST]     { A = ayBuild_dict_item(p, NULL, V); }

comp_fors(A) ::= comp_for(C).                     { A = ayBuild_list1(p, C); }
comp_fors(A) ::= comp_fors(L) comp_for(C).        { A = ayBuild_append(p, L, C); }
comp_for(A) ::= FOR xl(T) IN or_test(I) comp_ifs(F). { A = ayBuild_comp_for(p, NULL, T, I, F); }
comp_for(A) ::= ASYNC(S) FOR xl(T) IN or_test(I) comp_ifs(F). { A = ayBuild_comp_for(p, &S, T, I, F); }
comp_ifs(A) ::= .                                 { A.items = NULL; A.len = 0; }
comp_ifs(A) ::= comp_ifs(L) IF or_test(C).        { A = ayBuild_append(p, L, C); }

// }====

// {==== Strings and f-strings ====

strings(A) ::= STRING(T).                         { A = ayBuild_list1(p, ayBuild_string(p, &T)); }
strings(A) ::= fstring(F).                        { A = ayBuild_list1(p, F); }
strings(A) ::= strings(L) STRING(T).              { A = ayBuild_append(p, L, ayBuild_string(p, &T)); }
strings(A) ::= strings(L) fstring(F).             { A = ayBuild_append(p, L, F); }

fstring(A) ::= FSTRING_START(S) fparts(P) FSTRING_END(E). { A = ayBuild_fstring(p, &S, P, &E); }
fparts(A) ::= .                                   { A.items = NULL; A.len = 0; }
fparts(A) ::= fparts(L) FSTRING_MIDDLE(T).        { A = ayBuild_append(p, L, ayBuild_fmiddle(p, &T, 0)); }
fparts(A) ::= fparts(L) freplacement(F).          { A = ayBuild_append(p, L, F); }

freplacement(A) ::= LBRACE(L) tl_or_yield(E) ftail(T) RBRACE(R). { A = ayBuild_fvalue(p, &L, E, T, &R); }
ftail(A) ::= fdebug(D) fconv(C).                  { A = C; A.debug = D; }
ftail(A) ::= fdebug(D) fconv(C) COLON(K) fspec_parts(S). { A = C; A.debug = D; A.colon = K; A.spec = ayBuild_fspec(p, &K, S); }
fdebug(A) ::= .                                   { A = no_token; }
fdebug(A) ::= EQUAL(A).
fconv(A) ::= .                                    { memset(&A, 0, sizeof A); }
fconv(A) ::= EXCLAMATION(B) NAME(N).              { memset(&A, 0, sizeof A); A.bang = B; A.conv = N; }
fspec_parts(A) ::= .                              { A.items = NULL; A.len = 0; }
fspec_parts(A) ::= fspec_parts(L) FSTRING_MIDDLE(T). { A = ayBuild_append(p, L, ayBuild_fmiddle(p, &T, 1)); }
fspec_parts(A) ::= fspec_parts(L) freplacement(F). { A = ayBuild_append(p, L, F); }

// }====

%code {
// Whether the parser would accept `token` now (shift it after zero or more
// reductions), without changing its state: used to pick error messages.
int ayParse_accepts(void *yyp, int token) {
    yyParser *pp = (yyParser *)yyp;
    int n = (int)(pp->yytos - pp->yystack);
    int cap = n + 256;
    YYACTIONTYPE *st = malloc(sizeof *st * (size_t)cap);
    if (!st) return 0;
    for (int i = 0; i <= n; i++) st[i] = pp->yystack[i].stateno;
    int top = n, result = 0;
    YYACTIONTYPE act = st[top];
    for (int steps = 0; steps < 100000; steps++) {
        act = yy_find_shift_action((YYCODETYPE)token, act);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int size = yyRuleInfoNRhs[rule];
            if (top + size < 0 || top + size + 1 >= cap) break;
            act = yy_find_reduce_action(st[top + size], (YYCODETYPE)yyRuleInfoLhs[rule]);
            top += size + 1;
            st[top] = act;
        } else {
            result = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
            break;
        }
    }
    free(st);
    return result;
}

// The %extra_context a parser was created with.
AyParser *ayParse_context(void *yyp) { return ((yyParser *)yyp)->p; }
}
