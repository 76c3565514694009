// int (and bool): small ints live inline in AyValue; larger magnitudes are
// AyBigInt objects whose arithmetic is done by GMP (vm/bigint.c).
#ifndef AY_INT_H
#define AY_INT_H

#include "vm.h"

// Any int64 as a Python int (boxed when beyond the small range).
AyValue ayInt_from_i64(AyVM *vm, int64_t i);
AyValue ayInt_from_u64(AyVM *vm, uint64_t u);
// The int64 value of an int (small, big, bool or subclass); OverflowError
// "Python int too large to convert to C int64" style when it does not fit.
int ayInt_as_i64(AyVM *vm, AyValue v, int64_t *out);
// Converts a double to an int (truncating); errors for inf/nan.
AyValue ayInt_from_double(AyVM *vm, double d);
// float(int), with OverflowError "int too large to convert to float".
int ayInt_as_double(AyVM *vm, AyValue v, double *out);
// Sign: -1, 0, 1.
int ayInt_sign(AyVM *vm, AyValue v);
// Parses text as int() does with `base` (0 = from prefix); NULL + ValueError
// mentioning `orig` (repr'd) on failure. `orig` is the str (Unicode digits and
// spaces are accepted) or bytes-like object the text came from, or AY_NULL.
AyValue ayInt_parse(AyVM *vm, const char *s, size_t n, int base, AyValue orig);
// Decimal (or base 2/8/16 with prefix when `base` != 10) text of an int.
AyValue ayInt_to_str(AyVM *vm, AyValue v, int base, bool prefix);
// Appends the digits of |v| in `base` to buf; returns false on error. Decimal
// conversions obey the digit limit below.
bool ayInt_add_digits(AyBuf *buf, AyValue v, int base, bool upper);
// sys.get_int_max_str_digits / sys.set_int_max_str_digits (0 = no limit;
// ValueError unless n == 0 or n >= 640).
bool ayInt_set_max_str_digits(AyVM *vm, int64_t n);
// Python's hash of an int.
int64_t ayInt_hash(AyVM *vm, AyValue v);
// Compares an int with a double exactly (CPython semantics). Returns -1/0/1,
// or 2 when d is NaN (unordered).
int ayInt_cmp_double(AyVM *vm, AyValue i, double d);
int ayInt_cmp(AyVM *vm, AyValue a, AyValue b);
// Arithmetic on any two ints (small or big); the interpreter inlines the
// small cases and calls these on overflow or big operands.
AyValue ayInt_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b);
AyValue ayInt_pow3(AyVM *vm, AyValue a, AyValue b, AyValue m);
// Number of bits of |v| (int.bit_length).
int64_t ayInt_bit_length(AyVM *vm, AyValue v);
// int.from_bytes / int.to_bytes on raw buffers (to_bytes: false + OverflowError
// when v does not fit in n bytes).
AyValue ayInt_from_bytes(AyVM *vm, const uint8_t *data, size_t n, bool little, bool is_signed);
bool ayInt_to_bytes(AyVM *vm, AyValue v, uint8_t *out, size_t n, bool little, bool is_signed);
// Normalises an int subclass/bool to a plain int value.
AyValue ayInt_exact(AyVM *vm, AyValue v);
// Floor division and modulo of small ints with Python's sign rules.
static inline int64_t ayInt_floordiv_i64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static inline int64_t ayInt_mod_i64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}
int64_t ayFloat_hash(double v);
// Number theory on ints (vm/bigint.c), for the math module.
double ayInt_frexp(AyVM *vm, AyValue v, int64_t *e);
AyValue ayInt_gcd(AyVM *vm, AyValue a, AyValue b);
AyValue ayInt_lcm(AyVM *vm, AyValue a, AyValue b);
AyValue ayInt_isqrt(AyVM *vm, AyValue v);
AyValue ayInt_factorial(AyVM *vm, uint64_t n);
AyValue ayInt_perm_comb(AyVM *vm, AyValue n, uint64_t k, bool comb);

// Instances of int subclasses keep their value boxed.
typedef struct AyIntSub {
    AyObj hdr;
    AyDict *dict;
    AyValue value;   // a small int or an exact AyBigInt
} AyIntSub;

#endif
