// Numbers shared between int, float, complex, formatting and the math module:
// float values (plain or subclass instances), float text conversions and the
// complex layout.
#ifndef AY_NUM_H
#define AY_NUM_H

#include <stdbool.h>
#include <stdint.h>

#include <stddef.h>

#include "vm.h"

// Instances of float subclasses: the double is stored in the object. The
// float type's basic_size ends before `dict`, so vm/class.c appends the
// attribute dict exactly there.
typedef struct AyFloatSub {
    AyObj hdr;
    double value;
    AyDict *dict;
} AyFloatSub;

// Python's hash of a double (equal to the hash of an equal int).
int64_t ayFloat_hash(double v);

// float or an instance of a float subclass.
static inline bool ayV_is_anyfloat(AyVM *vm, AyValue v) {
    return ayV_is_float(v) || ayV_has_flag(vm, v, AY_TF_FLOAT_SUB);
}
// The double of a value for which ayV_is_anyfloat holds.
static inline double ayFloat_value(AyValue v) {
    return ayV_is_float(v) ? ayV_float(v) : ((AyFloatSub *)ayV_obj(v))->value;
}

typedef struct AyComplex {
    AyObj hdr;
    double real, imag;
} AyComplex;

AyValue ayComplex_new_value(AyVM *vm, double real, double imag);
// A complex subclass instance (or complex) of `type`.
AyValue ayComplex_new_type(AyVM *vm, AyType *type, double real, double imag);
static inline bool ayV_is_complex(AyVM *vm, AyValue v) {
    return ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->t_complex);
}

// A NaN not identical to any other value (what float("nan") returns).
AyValue ayFloat_new_nan(AyVM *vm, bool negative);
// A number as a double the way float arithmetic sees it: 1 = done, 0 = not a
// float/int (no error), -1 = error (int too large).
int ayFloat_coerce(AyVM *vm, AyValue v, double *out);
// float(v) with CPython's rules (__float__, __index__, str/bytes parsing).
AyValue ayFloat_from_object(AyVM *vm, AyValue v);
// Any object with __float__/__index__ (or a float/int) as a double; TypeError
// "must be real number, not X" otherwise (what math functions need).
int ayFloat_as_double(AyVM *vm, AyValue v, double *out);
// Parses float() text; false if it is not a valid float literal. Handles
// surrounding whitespace, underscores, inf/nan and non-ASCII digits.
bool ayFloat_parse_text(AyVM *vm, const char *s, size_t n, double *out);
// x ** y for doubles with CPython's special cases and errors.
AyValue ayFloat_pow(AyVM *vm, double x, double y);
// round(x, ndigits) (ndigits AY_NULL or None: to an int).
AyValue ayFloat_round(AyVM *vm, double x, AyValue ndigits);
// floor division and modulo of doubles with Python's sign rules; false +
// ZeroDivisionError when y == 0 (`what` names the operation for the message).
bool ayFloat_divmod(AyVM *vm, double x, double y, double *div, double *mod);
AyValue ayFloat_binop(AyVM *vm, AyBinOp op, double x, double y);
// repr(x) (shortest round-trip) into out (>= 32 bytes); returns the length.
int ayFloat_repr_buf(double d, char *out);
// Text of a non-ASCII number literal made ASCII: Unicode decimal digits become
// '0'..'9', Unicode whitespace becomes ' ', anything else non-ASCII '?'.
// Returns `s` itself when it is already ASCII, else a buffer from ayMem_alloc
// (n + 1 bytes), or NULL (MemoryError). Release it with ayNum_free_ascii
// passing the same s and n.
char *ayNum_to_ascii(AyVM *vm, const char *s, size_t n, size_t *outlen);
void ayNum_free_ascii(AyVM *vm, const char *s, char *conv, size_t n);

// Binary-operator slots as dunder methods ((5).__add__(3), float.__rmul__...):
// NAME(self, other) calls SLOT(self, other), the reflected form SLOT(other, self).
bool ayNum_check_one_arg(AyVM *vm, int nargs, AyValue kwnames);
#define AY_NUM_DUNDER(name, slot) \
    static AyValue name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        if (!ayNum_check_one_arg(vm, nargs, kw)) return AY_NULL; \
        return slot(vm, args[0], args[1]); \
    }
#define AY_NUM_RDUNDER(name, slot) \
    static AyValue name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { \
        if (!ayNum_check_one_arg(vm, nargs, kw)) return AY_NULL; \
        return slot(vm, args[1], args[0]); \
    }
// An index argument as int64, clamped to the int64 range on overflow (CPython's
// PyNumber_AsSsize_t(o, NULL)); -1 + TypeError when v has no __index__.
int ayNum_index_clamped(AyVM *vm, AyValue v, int64_t *out);
// Prints a DeprecationWarning as CPython's default filters would (from
// __main__ code only, once per line).
void ayNum_deprecation(AyVM *vm, const char *msg);
// OverflowError(34, 'Numerical result out of range') as a failing libm call raises it.
AyValue ayNum_erange(AyVM *vm);

// Shortest round-trip digits of a finite v > 0 (vm/dtoa.c): the digits (no
// trailing zeros, NUL-terminated, at most 17) and the decimal point position
// (v = 0.DIGITS * 10^decpt). Returns the number of digits.
int ayDtoa_shortest(double v, char *digits, int *decpt);
// Correctly rounded digits of a finite v >= 0: `mode` 2 = `ndigits` significant
// digits (ndigits >= 1), 3 = `ndigits` digits after the decimal point (may be
// negative). Trailing zeros are removed; a value that rounds to zero gives no
// digits with decpt = -ndigits (mode 3). Returns a malloc'd digit string, or
// NULL when out of memory.
char *ayDtoa_digits(double v, int mode, int ndigits, int *decpt, int *ndig);

// Flags of ayDtoa_format (CPython's Py_DTSF_*).
enum {
    AY_DTSF_ADD_DOT_0 = 1,   // integral values get ".0" (repr, format without type)
    AY_DTSF_ALT = 2,         // '#': keep the point and trailing zeros
    AY_DTSF_NO_NEG_0 = 4,    // 'z': no '-' on values that round to zero
    AY_DTSF_SIGN = 8,        // '+' on non-negative values (and nan)
};
// v as text (PyOS_double_to_string): type 'e' 'E' 'f' 'F' 'g' 'G' or 'r'
// (repr; precision ignored). A leading '-' for negative values. Returns a
// malloc'd NUL-terminated string (length in *len), NULL when out of memory.
char *ayDtoa_format(double v, char type, int precision, int flags, size_t *len);

#endif
