// AyValue: every Ay value in one 64-bit word.
//
// Encoding ("offset NaN-boxing"): the top 16 bits say what the word is.
//
//   0x0000 xxxx xxxx xxxx   pointer to a GC object (>= AY_MIN_PTR) or a special
//                           constant (< AY_MIN_PTR): AY_NULL, None, True, False,
//                           NotImplemented, Ellipsis
//   0x0001 .. 0xFFFB        a double, stored as its IEEE bits + 2^48
//   0xFFFC .. 0xFFFF        a small int: 50-bit two's complement payload
//
// Doubles occupy bit patterns 0x0000.. to 0xFFFB.. after the offset; the only
// doubles that would not fit are NaNs with unusual payloads, which arithmetic
// never produces from canonical NaNs. Code that makes a double from raw bits
// (struct.unpack, the C API) must go through ayV_float_checked.
//
// AY_NULL (0) is not a Python value: it marks "no value" (unbound local, empty
// slot) and is what C functions return to signal a pending exception.
#ifndef AY_VALUE_H
#define AY_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t AyValue;
typedef struct AyObj AyObj;

#define AY_DOUBLE_OFFSET ((uint64_t)1 << 48)
#define AY_INT_TAG       0xFFFC000000000000ull
#define AY_INT_BITS      50
#define AY_SMALL_MAX     (((int64_t)1 << (AY_INT_BITS - 1)) - 1)
#define AY_SMALL_MIN     (-((int64_t)1 << (AY_INT_BITS - 1)))
#define AY_PAYLOAD_MASK  (((uint64_t)1 << AY_INT_BITS) - 1)
#define AY_MIN_PTR       64

// Special constants. Order matters: True/False are adjacent for ayV_bool.
#define AY_NULL           ((AyValue)0)
#define AY_NONE           ((AyValue)8)
#define AY_FALSE          ((AyValue)16)
#define AY_TRUE           ((AyValue)24)
#define AY_NOTIMPLEMENTED ((AyValue)32)
#define AY_ELLIPSIS       ((AyValue)40)

static inline bool ayV_is_obj(AyValue v) { return v - AY_MIN_PTR < AY_DOUBLE_OFFSET - AY_MIN_PTR; }
static inline bool ayV_is_int(AyValue v) { return v >= AY_INT_TAG; }
static inline bool ayV_is_float(AyValue v) { return v - AY_DOUBLE_OFFSET < AY_INT_TAG - AY_DOUBLE_OFFSET; }
static inline bool ayV_is_special(AyValue v) { return v < AY_MIN_PTR; }
// True when both are small ints (one test instead of two).
static inline bool ayV_both_int(AyValue a, AyValue b) { return (a & b) >= AY_INT_TAG; }

static inline AyObj *ayV_obj(AyValue v) { return (AyObj *)(uintptr_t)v; }
static inline AyValue ayV_from_obj(const void *o) { return (AyValue)(uintptr_t)o; }

static inline int64_t ayV_int(AyValue v) {
    return (int64_t)(v << (64 - AY_INT_BITS)) >> (64 - AY_INT_BITS);
}
static inline bool ayV_fits_small(int64_t i) { return i >= AY_SMALL_MIN && i <= AY_SMALL_MAX; }
// Precondition: ayV_fits_small(i).
static inline AyValue ayV_small(int64_t i) { return ((uint64_t)i & AY_PAYLOAD_MASK) | AY_INT_TAG; }

static inline double ayV_float(AyValue v) {
    uint64_t bits = v - AY_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline AyValue ayV_from_float(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits + AY_DOUBLE_OFFSET;
}
// For doubles from untrusted bits: NaNs become the canonical quiet NaN.
static inline AyValue ayV_float_checked(double d) {
    if (d != d) return (AyValue)0x7FF8000000000000ull + AY_DOUBLE_OFFSET;
    return ayV_from_float(d);
}

static inline AyValue ayV_bool(bool b) { return b ? AY_TRUE : AY_FALSE; }

#endif
