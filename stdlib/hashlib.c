// The _hashlib module: message digests through OpenSSL's EVP interface
// (lib/hashlib.py is the public module), plus PBKDF2 and a constant-time
// comparison for hmac.
//
// libcrypto is opened with dlopen when _hashlib is first imported, not linked:
// mapping it costs every Ay process 1.4 MB of RSS, and few scripts hash.
#include <dlfcn.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <string.h>

#include "stdmod.h"

// The libcrypto functions _hashlib calls: X(return type, name, parameters).
#define CRYPTO_FUNCS(X)                                                                           \
    X(EVP_MD_CTX *, EVP_MD_CTX_new, (void))                                                       \
    X(void, EVP_MD_CTX_free, (EVP_MD_CTX *))                                                      \
    X(int, EVP_MD_CTX_copy_ex, (EVP_MD_CTX *, const EVP_MD_CTX *))                                \
    X(const EVP_MD *, EVP_MD_CTX_get0_md, (const EVP_MD_CTX *))                                   \
    X(const EVP_MD *, EVP_get_digestbyname, (const char *))                                       \
    X(int, EVP_DigestInit_ex, (EVP_MD_CTX *, const EVP_MD *, ENGINE *))                           \
    X(int, EVP_DigestUpdate, (EVP_MD_CTX *, const void *, size_t))                                \
    X(int, EVP_DigestFinal_ex, (EVP_MD_CTX *, unsigned char *, unsigned int *))                   \
    X(int, EVP_DigestFinalXOF, (EVP_MD_CTX *, unsigned char *, size_t))                           \
    X(unsigned long, EVP_MD_get_flags, (const EVP_MD *))                                          \
    X(int, EVP_MD_get_size, (const EVP_MD *))                                                     \
    X(int, EVP_MD_get_block_size, (const EVP_MD *))                                               \
    X(int, PKCS5_PBKDF2_HMAC, (const char *, int, const unsigned char *, int, int, const EVP_MD *, \
                               int, unsigned char *))

// Resolved once per process, then only read: it plays the part of the
// dynamic linker's table, so it is not per-VM state.
static struct {
#define FIELD(ret, name, params) ret(*name) params;
    CRYPTO_FUNCS(FIELD)
#undef FIELD
} crypto;
static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;
static bool crypto_ok;

static void crypto_load(void) {
    static const char *const names[] = {"libcrypto.so.3", "libcrypto.so"};
    void *lib = NULL;
    for (size_t i = 0; !lib && i < sizeof names / sizeof names[0]; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) return;
#define RESOLVE(ret, name, params) \
    if (!(*(void **)&crypto.name = dlsym(lib, #name))) return;
    CRYPTO_FUNCS(RESOLVE)
#undef RESOLVE
    crypto_ok = true;
}

typedef struct HashObj {
    AyObj hdr;
    EVP_MD_CTX *ctx;
    AyValue name;   // the Python name ("sha256", "sha3_256"...)
} HashObj;

static void hash_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((HashObj *)o)->name); }
static void hash_finalize(AyVM *vm, AyObj *o) {
    HashObj *h = (HashObj *)o;
    if (h->ctx) crypto.EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
}

// Python names -> OpenSSL names where they differ.
static const char *openssl_name(const char *name) {
    static const struct { const char *py, *ssl; } map[] = {
        {"sha3_224", "sha3-224"}, {"sha3_256", "sha3-256"}, {"sha3_384", "sha3-384"}, {"sha3_512", "sha3-512"},
        {"shake_128", "shake128"}, {"shake_256", "shake256"}, {"blake2b", "blake2b512"}, {"blake2s", "blake2s256"},
        {"sha512_224", "sha512-224"}, {"sha512_256", "sha512-256"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i].py, name) == 0) return map[i].ssl;
    return name;
}

static bool is_xof(HashObj *h) { return (crypto.EVP_MD_get_flags(crypto.EVP_MD_CTX_get0_md(h->ctx)) & EVP_MD_FLAG_XOF) != 0; }

static bool hash_update(AyVM *vm, HashObj *h, AyValue data) {
    if (ayV_is_str(vm, data)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "Strings must be encoded before hashing");
        return false;
    }
    const char *d;
    int64_t n;
    if (!ayBytes_view(vm, data, &d, &n)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "object supporting the buffer API required");
        return false;
    }
    if (!crypto.EVP_DigestUpdate(h->ctx, d, (size_t)n)) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "digest update failed");
        return false;
    }
    return true;
}

// new(name, data=b'', *, usedforsecurity=True)
static AyValue h_new(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "new", args, nargs, kw, "name | data $ usedforsecurity string", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "new() argument 'name' must be str, not %T", a[0]);
    // CPython accepts any case ("SHA256")
    char lower[64];
    snprintf(lower, sizeof lower, "%s", AY_CSTR(a[0]));
    for (char *p = lower; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
    const EVP_MD *md = crypto.EVP_get_digestbyname(openssl_name(lower));
    if (!md) return ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported hash type %s", AY_CSTR(a[0]));
    HashObj *h = AY_NEW(vm, HashObj, AY_STD_TYPE(vm, hash_object));
    if (!h) return AY_NULL;
    h->ctx = crypto.EVP_MD_CTX_new();
    if (!h->ctx || !crypto.EVP_DigestInit_ex(h->ctx, md, NULL)) return ayErr_format(vm, AY_EXC(vm, ValueError), "digest init failed");
    AyStr *name = ayStr_new_c(vm, lower);
    if (!name) return AY_NULL;
    h->name = ayV_from_obj(name);
    AyValue data = a[1] ? a[1] : a[3];
    if (data && !hash_update(vm, h, data)) return AY_NULL;
    return ayV_from_obj(h);
}

static AyValue m_update(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "update", nargs - 1, 1, 1)) return AY_NULL;
    return hash_update(vm, AY_AS(HashObj, args[0]), args[1]) ? AY_NONE : AY_NULL;
}

// The digest of a copy of the state (the object stays usable); `length` for XOFs.
static bool final_digest(AyVM *vm, HashObj *h, unsigned char *out, size_t *n, int64_t length) {
    EVP_MD_CTX *copy = crypto.EVP_MD_CTX_new();
    bool ok = copy && crypto.EVP_MD_CTX_copy_ex(copy, h->ctx);
    if (ok && length >= 0) {
        ok = crypto.EVP_DigestFinalXOF(copy, out, (size_t)length);
        *n = (size_t)length;
    } else if (ok) {
        unsigned int len = 0;
        ok = crypto.EVP_DigestFinal_ex(copy, out, &len);
        *n = len;
    }
    crypto.EVP_MD_CTX_free(copy);
    if (!ok) ayErr_format(vm, AY_EXC(vm, ValueError), "digest failed");
    return ok;
}

// digest() / hexdigest(), with a required length for shake_*.
static AyValue digest_impl(AyVM *vm, AyValue *args, int nargs, AyValue kw, bool hex) {
    HashObj *h = AY_AS(HashObj, args[0]);
    int64_t length = -1;
    if (is_xof(h)) {
        AyValue a[2];
        if (!ayArg_unpack(vm, hex ? "hexdigest" : "digest", args, nargs, kw, "self length", a) ||
            !ayStd_int_arg(vm, a[1], &length))
            return AY_NULL;
        if (length < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "negative digest length");
    } else if (!ayArg_count(vm, hex ? "hexdigest" : "digest", nargs - 1, 0, 0)) {
        return AY_NULL;
    }
    size_t cap = length >= 0 ? (size_t)length : EVP_MAX_MD_SIZE;
    unsigned char *buf = ayMem_alloc(vm, cap + 1);
    if (!buf) return AY_NULL;
    size_t n = 0;
    AyValue r = AY_NULL;
    if (final_digest(vm, h, buf, &n, length)) {
        if (!hex) {
            r = ayBytes_from(vm, (const char *)buf, n);
        } else {
            AyBuf b;
            ayBuf_init(&b, vm);
            for (size_t i = 0; i < n; i++) ayBuf_printf(&b, "%02x", buf[i]);
            r = ayBuf_finish(&b);
        }
    }
    ayMem_free(vm, buf, cap + 1);
    return r;
}
static AyValue m_digest(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return digest_impl(vm, args, nargs, kw, false); }
static AyValue m_hexdigest(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return digest_impl(vm, args, nargs, kw, true); }

static AyValue m_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    HashObj *h = AY_AS(HashObj, args[0]);
    HashObj *c = AY_NEW(vm, HashObj, AY_STD_TYPE(vm, hash_object));
    if (!c) return AY_NULL;
    c->ctx = crypto.EVP_MD_CTX_new();
    if (!c->ctx || !crypto.EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) return ayErr_format(vm, AY_EXC(vm, ValueError), "copy failed");
    c->name = h->name;
    return ayV_from_obj(c);
}

static AyValue hash_name_get(AyVM *vm, AyValue self) { return AY_AS(HashObj, self)->name; }
static AyValue hash_digest_size_get(AyVM *vm, AyValue self) {
    HashObj *h = AY_AS(HashObj, self);
    return ayV_small(is_xof(h) ? 0 : crypto.EVP_MD_get_size(crypto.EVP_MD_CTX_get0_md(h->ctx)));
}
static AyValue hash_block_size_get(AyVM *vm, AyValue self) {
    return ayV_small(crypto.EVP_MD_get_block_size(crypto.EVP_MD_CTX_get0_md(AY_AS(HashObj, self)->ctx)));
}
static AyValue hash_repr(AyVM *vm, AyValue self) {
    HashObj *h = AY_AS(HashObj, self);
    return ayStr_from_fmt(vm, "<%S %s object @ %p>", h->name, is_xof(h) ? "_hashlib.HASHXOF" : "_hashlib.HASH", (void *)h);
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
static AyValue h_pbkdf2_hmac(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[5];
    if (!ayArg_unpack(vm, "pbkdf2_hmac", args, nargs, kw, "hash_name password salt iterations | dklen", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
    const EVP_MD *md = crypto.EVP_get_digestbyname(openssl_name(AY_CSTR(a[0])));
    if (!md) return ayErr_format(vm, AY_EXC(vm, ValueError), "unsupported hash type %s", AY_CSTR(a[0]));
    const char *pw, *salt;
    int64_t npw, nsalt, iters, dklen = crypto.EVP_MD_get_size(md);
    if (!ayStd_buffer_arg(vm, a[1], &pw, &npw) || !ayStd_buffer_arg(vm, a[2], &salt, &nsalt) ||
        !ayStd_int_arg(vm, a[3], &iters) || (a[4] && a[4] != AY_NONE && !ayStd_int_arg(vm, a[4], &dklen)))
        return AY_NULL;
    if (iters < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "iteration value must be greater than 0.");
    if (dklen < 1) return ayErr_format(vm, AY_EXC(vm, ValueError), "key length must be greater than 0.");
    char *out;
    AyValue r = ayBytes_new_uninit(vm, dklen, &out);
    if (!r) return AY_NULL;
    if (!crypto.PKCS5_PBKDF2_HMAC(pw, (int)npw, (const unsigned char *)salt, (int)nsalt, (int)iters, md, (int)dklen,
                           (unsigned char *)out))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "pbkdf2 failed");
    return r;
}

// compare_digest(a, b): equality of two str (ASCII) or bytes-like values in
// time independent of where they differ.
// No early exit: the time taken must not tell where two digests differ.
static bool same_bytes(const char *x, const char *y, size_t n) {
    volatile unsigned char diff = 0;
    for (size_t i = 0; i < n; i++) diff |= (unsigned char)(x[i] ^ y[i]);
    return diff == 0;
}

static AyValue h_compare_digest(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "compare_digest", nargs, 2, 2)) return AY_NULL;
    const char *x, *y;
    int64_t nx, ny;
    if (ayV_is_str(vm, args[0]) && ayV_is_str(vm, args[1])) {
        if (AY_STR(args[0])->len != AY_STR(args[0])->size || AY_STR(args[1])->len != AY_STR(args[1])->size)
            return ayErr_format(vm, AY_EXC(vm, TypeError), "comparing strings with non-ASCII characters is not supported");
        x = AY_CSTR(args[0]), nx = AY_STR(args[0])->size;
        y = AY_CSTR(args[1]), ny = AY_STR(args[1])->size;
    } else if (!ayBytes_view(vm, args[0], &x, &nx) || !ayBytes_view(vm, args[1], &y, &ny)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "unsupported operand types(s) or combination of types: '%T' and '%T'",
                            args[0], args[1]);
    }
    if (nx != ny) return AY_FALSE;
    return ayV_bool(same_bytes(x, y, (size_t)nx));
}

static const AyMethodDef hash_methods[] = {
    {"update", m_update, 0, NULL},
    {"digest", m_digest, 0, NULL},
    {"hexdigest", m_hexdigest, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {NULL},
};
static const AyGetSetDef hash_getsets[] = {
    {"name", hash_name_get, NULL},
    {"digest_size", hash_digest_size_get, NULL},
    {"block_size", hash_block_size_get, NULL},
    {NULL},
};
static const AyMethodDef hashlib_funcs[] = {
    {"new", h_new, 0, NULL},
    {"pbkdf2_hmac", h_pbkdf2_hmac, 0, NULL},
    {"compare_digest", h_compare_digest, 0, NULL},
    {NULL},
};

AyValue ayMod_hashlib(AyVM *vm) {
    pthread_once(&crypto_once, crypto_load);
    if (!crypto_ok) return ayErr_format(vm, AY_EXC(vm, ImportError), "_hashlib needs libcrypto.so.3 (OpenSSL 3), which cannot be loaded");
    AyModule *m = ayModule_new_native(vm, "_hashlib", hashlib_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyType *t = ayStd_new_type(vm, AY_STD_hash_object, "_hashlib", "_hashlib.HASH", vm->t_object, sizeof(HashObj), 0);
    t->trace = hash_trace;
    t->finalize = hash_finalize;
    t->repr = hash_repr;
    ayType_add_methods(vm, t, hash_methods);
    ayType_add_getsets(vm, t, hash_getsets);
    ayType_ready(vm, t);
    ayModule_add(vm, m, "HASH", ayV_from_obj(t));
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
