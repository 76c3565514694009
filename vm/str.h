// str: immutable Unicode text stored as UTF-8 (see AyStr in object.h).
#ifndef AY_STR_H
#define AY_STR_H

#include "vm.h"

// New str from `n` bytes of valid UTF-8; NULL on error.
AyStr *ayStr_new(AyVM *vm, const char *s, size_t n);
AyStr *ayStr_new_c(AyVM *vm, const char *s);
// Turns a buffer of valid UTF-8 holding `len` code points into a str (and
// frees it); like ayBuf_finish without counting.
AyValue ayStr_from_buf(AyBuf *b, int64_t len);
// A str of the n bytes at p, which lie inside `parent` (cheaper when it is ASCII).
AyStr *ayStr_sub(AyVM *vm, AyStr *parent, const char *p, size_t n);
// An uninitialised str of `nbytes` bytes for the caller to fill, then finish
// with ayStr_finish (which counts code points).
AyStr *ayStr_alloc(AyVM *vm, size_t nbytes);
AyStr *ayStr_finish(AyStr *s);
// The canonical (interned) str with this text; never NULL unless out of memory.
AyStr *ayStr_intern(AyVM *vm, const char *s, size_t n);
AyStr *ayStr_intern_c(AyVM *vm, const char *s);
AyStr *ayStr_intern_str(AyVM *vm, AyStr *s);
// A str from a printf-like format with the directives of ayErr_format.
AyValue ayStr_from_fmt(AyVM *vm, const char *fmt, ...);
AyValue ayStr_from_vfmt(AyVM *vm, const char *fmt, va_list ap);
int64_t ayStr_hash(AyStr *s);
bool ayStr_eq(AyStr *a, AyStr *b);
bool ayStr_is_identifier(AyStr *s);  // str.isidentifier()
int ayStr_cmp(AyStr *a, AyStr *b);  // <0, 0, >0 by code point
// repr(s) as Python prints it.
AyValue ayStr_repr(AyVM *vm, AyStr *s);
// Appends repr(s) to a buffer (`ascii`: escape all non-ASCII as ascii() does).
bool ayStr_add_repr(AyBuf *b, const char *s, size_t n, bool ascii);
AyValue ayStr_concat(AyVM *vm, AyStr *a, AyStr *b);
// Byte offset of code point index `i` (0 <= i <= len). ayStr_index_offset
// also builds the str's offset table on first use (O(1) amortised indexing).
int64_t ayStr_offset(AyStr *s, int64_t i);
int64_t ayStr_index_offset(AyVM *vm, AyStr *s, int64_t i);
void ayStr_release_index(AyVM *vm, AyStr *s);
// s[start::step] with n code points (normalised by aySlice_indices).
AyValue ayStr_slice(AyVM *vm, AyStr *s, int64_t start, int64_t step, int64_t n);
AyValue ayStr_repeat(AyVM *vm, AyStr *s, int64_t n);
// The `seq * non-int` path of str/bytes/bytearray multiplication (tries the
// other operand's reflected slot, then raises CPython's TypeError).
AyValue ayStr_repeat_nonint(AyVM *vm, AyValue a, AyValue b, AyBinaryFn self_slot, bool seq_left);
// Finds needle in haystack[from:to) (byte offsets); the byte offset or -1.
int64_t ayStr_find_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn);
// Last occurrence of needle in haystack[from:to); the byte offset or -1.
int64_t ayStr_rfind_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn);
// The one-character str at code point index i (0 <= i < len).
AyValue ayStr_char_at(AyVM *vm, AyStr *s, int64_t i);
// A one-character str for code point `cp`.
AyValue ayStr_from_codepoint(AyVM *vm, uint32_t cp);
// Decodes one UTF-8 sequence at p (valid UTF-8 assumed); advances *p.
uint32_t ayUtf8_decode(const char **p);
// Encodes cp as UTF-8 into out (4 bytes max); returns the length.
int ayUtf8_encode(uint32_t cp, char *out);
// Validates UTF-8; returns the byte offset of the first bad byte or -1.
int64_t ayUtf8_check(const char *s, size_t n);
// Number of code points in valid UTF-8.
int64_t ayUtf8_count(const char *s, size_t n);
uint64_t ayHash_bytes(const void *p, size_t n);
// str.isidentifier()
bool ayStr_is_identifier(AyStr *s);

// Text codecs (vm/codecs.c): encode a str / decode bytes by encoding name and
// error handler name, with CPython's lookup rules and exceptions.
AyValue ayCodec_encode(AyVM *vm, AyStr *s, const char *encoding, const char *errors);
AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors);
// Parses the (encoding, errors) arguments of encode()/decode() for `fname`.
bool ayCodec_args(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kwnames, const char **enc,
                  const char **errors);
void ayStr_setup(AyVM *vm);

#define AY_STR(v) ((AyStr *)ayV_obj(v))
#define AY_CSTR(v) (((AyStr *)ayV_obj(v))->data)

#endif
