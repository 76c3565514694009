// _random: the Mersenne Twister (MT19937) behind random.Random. Seeding and
// output follow CPython's, so a given seed yields CPython's exact sequences.
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "seq.h"
#include "stdtypes.h"
#include "str.h"

#define MT_N 624
#define MT_M 397

typedef struct Random {
    AyObj hdr;
    int index;           // next word of `state` to temper; MT_N = regenerate
    uint32_t state[MT_N];
} Random;

#define RND(v) AY_AS(Random, v)

// {==== the generator

static void init_genrand(Random *r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

// Seeds from an array of 32-bit words (the reference init_by_array).
static void init_by_array(Random *r, const uint32_t *key, size_t len) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    uint32_t *mt = r->state;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;  // a non-zero initial state is assured
    r->index = MT_N;
}

static uint32_t genrand_uint32(Random *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        static const uint32_t mag01[2] = {0, 0x9908b0dfu};
        int k = 0;
        uint32_t y;
        for (; k < MT_N - MT_M; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// A double in [0, 1) with 53 random bits.
static double genrand_double(Random *r) {
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// }====
// {==== seeding

static void seed_from_os(Random *r) {
    uint32_t key[MT_N];
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        // no entropy source: fall back to the clock and the process id
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        init_by_array(r, key, 3);
        return;
    }
    init_by_array(r, key, MT_N);
}

// seed(n): None seeds from the OS; an int by the 32-bit words of |n|; any
// other object by its hash.
static bool seed_with(AyVM *vm, Random *r, AyValue arg) {
    if (!arg || arg == AY_NONE) {
        seed_from_os(r);
        return true;
    }
    AyValue n;
    if (ayV_is_anyint(vm, arg)) {
        n = ayInt_exact(vm, arg);
    } else {
        int64_t h = ayObj_hash(vm, arg);
        if (h == -1 && ayErr_occurred(vm)) return false;
        n = ayInt_from_i64(vm, h);
    }
    if (!n) return false;
    if (ayInt_sign(vm, n) < 0) n = ayObj_neg(vm, n);
    if (!n) return false;
    int64_t bits = ayInt_bit_length(vm, n);
    size_t nwords = bits ? (size_t)(bits - 1) / 32 + 1 : 1;
    uint8_t *bytes = ayMem_alloc(vm, nwords * 4);
    uint32_t *key = bytes ? ayMem_alloc(vm, nwords * 4) : NULL;
    bool ok = key && ayInt_to_bytes(vm, n, bytes, nwords * 4, true, false);
    if (ok) {
        for (size_t i = 0; i < nwords; i++)
            key[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 | (uint32_t)bytes[4 * i + 2] << 16 |
                     (uint32_t)bytes[4 * i + 3] << 24;
        init_by_array(r, key, nwords);
    }
    if (bytes) ayMem_free(vm, bytes, nwords * 4);
    if (key) ayMem_free(vm, key, nwords * 4);
    return ok;
}

// }====
// {==== the Random type

// Construction takes any arguments: __init__ seeds (CPython 3.11+), so a
// subclass whose __init__ takes other arguments seeds how it likes.
static AyValue random_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    Random *r = (Random *)ayGC_new(vm, type, type->basic_size);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue random_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyType *t = ayV_type(vm, self);
    if ((t == AY_STD_TYPE(vm, Random) || t->tp_init == random_init) && !ayArg_no_kw(vm, "Random", kwnames))
        return AY_NULL;
    if (nargs > 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "Random() requires 0 or 1 argument");
    return seed_with(vm, RND(self), nargs ? args[0] : AY_NULL) ? AY_NONE : AY_NULL;
}

static AyValue m_seed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "seed", kw) || !ayArg_count(vm, "seed", nargs - 1, 0, 1)) return AY_NULL;
    return seed_with(vm, RND(args[0]), nargs > 1 ? args[1] : AY_NULL) ? AY_NONE : AY_NULL;
}

static AyValue m_random(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "random", nargs - 1, kw, 0, 0)) return AY_NULL;
    return ayV_from_float(genrand_double(RND(args[0])));
}

static AyValue m_getrandbits(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "getrandbits", kw) || !ayArg_count(vm, "getrandbits", nargs - 1, 1, 1)) return AY_NULL;
    if (!ayV_is_anyint(vm, args[1]) && !ayV_type(vm, args[1])->index)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[1]);
    int64_t k;
    if (ayObj_as_ssize(vm, args[1], &k) < 0) return AY_NULL;
    if (k < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "number of bits must be non-negative");
    Random *r = RND(args[0]);
    if (k == 0) return ayV_small(0);
    if (k <= 32) return ayV_small(genrand_uint32(r) >> (32 - k));
    // little-endian 32-bit words, the last one keeping its high bits
    size_t nwords = (size_t)(k - 1) / 32 + 1;
    uint8_t *bytes = ayMem_alloc(vm, nwords * 4);
    if (!bytes) return AY_NULL;
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= 32 - k;
        for (int b = 0; b < 4; b++) bytes[4 * i + (size_t)b] = (uint8_t)(w >> (8 * b));
    }
    AyValue result = ayInt_from_bytes(vm, bytes, nwords * 4, true, false);
    ayMem_free(vm, bytes, nwords * 4);
    return result;
}

// The state as a tuple of 625 ints: the 624 words and the position.
static AyValue m_getstate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "getstate", nargs - 1, kw, 0, 0)) return AY_NULL;
    Random *r = RND(args[0]);
    AyTuple *t = ayTuple_new(vm, MT_N + 1);
    if (!t) return AY_NULL;
    for (int i = 0; i < MT_N; i++) t->items[i] = ayV_small(r->state[i]);
    t->items[MT_N] = ayV_small(r->index);
    return ayV_from_obj(t);
}

static AyValue m_setstate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!aySeq_args(vm, "setstate", nargs - 1, kw, 1, 1)) return AY_NULL;
    AyValue st = args[1];
    if (!ayV_is_tuple(vm, st)) return ayErr_format(vm, AY_EXC(vm, TypeError), "state vector must be a tuple");
    AyTuple *t = AY_AS(AyTuple, st);
    if (t->len != MT_N + 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        AyValue w = t->items[i];
        int64_t v;
        if (!ayV_is_anyint(vm, w)) return ayErr_format(vm, AY_EXC(vm, TypeError), "an integer is required (got type %T)", w);
        if (ayInt_as_i64(vm, w, &v) < 0) return AY_NULL;
        if (v < 0 || v > 0xffffffffLL)
            return ayErr_format(vm, AY_EXC(vm, OverflowError), "Python int too large to convert to C unsigned long");
        words[i] = (uint32_t)v;
    }
    int64_t index;
    if (!ayV_is_anyint(vm, t->items[MT_N]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "an integer is required (got type %T)", t->items[MT_N]);
    if (ayInt_as_i64(vm, t->items[MT_N], &index) < 0) return AY_NULL;
    if (index < 0 || index > MT_N) return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid state");
    Random *r = RND(args[0]);
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return AY_NONE;
}

static const AyMethodDef random_methods[] = {
    {"seed", m_seed, 0, NULL},
    {"random", m_random, 0, NULL},
    {"getrandbits", m_getrandbits, 0, NULL},
    {"getstate", m_getstate, 0, NULL},
    {"setstate", m_setstate, 0, NULL},
    {NULL},
};

AyValue ayMod_random(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_random", (AyMethodDef[]){{NULL}});
    if (!m) return AY_NULL;
    AyType *t = ayStd_new_type(vm, AY_STD_Random, "_random", "_random.Random", vm->t_object, sizeof(Random),
                               AY_TF_BASETYPE);
    t->tp_new = random_new;
    t->tp_init = random_init;
    ayType_add_slot_wrappers(vm, t);
    ayType_add_methods(vm, t, random_methods);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "Random", ayV_from_obj(t));
    return ayV_from_obj(m);
}

// }====
