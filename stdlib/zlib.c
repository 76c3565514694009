// The zlib module over the system zlib: one-shot compress/decompress,
// streaming compressobj/decompressobj, and the checksums.
#include <string.h>
#include <zlib.h>

#include "stdmod.h"

// Raises zlib.error("Error N while <action>: <message>").
static AyValue zlib_error(AyVM *vm, z_stream *zs, int err, const char *action) {
    const char *msg = zs && zs->msg ? zs->msg : NULL;
    if (!msg) {
        switch (err) {
        case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: msg = "invalid input data"; break;
        case Z_VERSION_ERROR: msg = "library version mismatch"; break;
        default: break;
        }
    }
    if (err == Z_MEM_ERROR) return ayErr_nomemory(vm);
    if (msg) return ayErr_format(vm, AY_STD_TYPE(vm, zlib_error), "Error %d while %s: %s", err, action, msg);
    return ayErr_format(vm, AY_STD_TYPE(vm, zlib_error), "Error %d while %s", err, action);
}

static bool int_opt(AyVM *vm, AyValue v, int64_t dflt, int *out) {
    int64_t i = dflt;
    if (v && !ayStd_int_arg(vm, v, &i)) return false;
    *out = (int)i;
    return true;
}

// Runs deflate/inflate over the pending input into `out` (at most
// max_length bytes when > 0). Returns the last zlib status (< 0 error other
// than Z_BUF_ERROR, Z_STREAM_END at the end of a stream).
static int pump(AyVM *vm, z_stream *zs, bool compress, int flush, AyBuf *out, int64_t max_length) {
    for (;;) {
        size_t room = 16384;
        if (max_length > 0 && out->len + room > (size_t)max_length) room = (size_t)max_length - out->len;
        if (room == 0) return Z_OK;
        if (!ayBuf_reserve(out, room)) return Z_MEM_ERROR;
        zs->next_out = (Bytef *)out->data + out->len;
        zs->avail_out = (uInt)room;
        int err = compress ? deflate(zs, flush) : inflate(zs, flush);
        out->len += room - zs->avail_out;
        // output space left over means zlib has done all it can with this input
        if (err == Z_STREAM_END || (err != Z_OK && err != Z_BUF_ERROR) || zs->avail_out != 0) return err;
    }
}

static AyValue buf_to_bytes(AyVM *vm, AyBuf *b) {
    AyValue r = ayBytes_from(vm, b->data ? b->data : "", b->len);
    ayBuf_free(b);
    return r;
}

// {==== one-shot

static AyValue z_compress(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    const char *d;
    int64_t n;
    int level, wbits;
    if (!ayArg_unpack(vm, "compress", args, nargs, kw, "data / | level wbits", a) || !ayStd_buffer_arg(vm, a[0], &d, &n) ||
        !int_opt(vm, a[1], Z_DEFAULT_COMPRESSION, &level) || !int_opt(vm, a[2], MAX_WBITS, &wbits))
        return AY_NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_STREAM_ERROR) return ayErr_format(vm, AY_STD_TYPE(vm, zlib_error), "Bad compression level");
    if (err != Z_OK) return zlib_error(vm, &zs, err, "compressing data");
    zs.next_in = (Bytef *)d;
    zs.avail_in = (uInt)n;
    AyBuf out;
    ayBuf_init(&out, vm);
    err = pump(vm, &zs, true, Z_FINISH, &out, 0);
    deflateEnd(&zs);
    if (err != Z_STREAM_END) {
        ayBuf_free(&out);
        return zlib_error(vm, &zs, err, "compressing data");
    }
    return buf_to_bytes(vm, &out);
}

static AyValue z_decompress(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    const char *d;
    int64_t n;
    int wbits, bufsize;
    if (!ayArg_unpack(vm, "decompress", args, nargs, kw, "data / | wbits bufsize", a) ||
        !ayStd_buffer_arg(vm, a[0], &d, &n) || !int_opt(vm, a[1], MAX_WBITS, &wbits) ||
        !int_opt(vm, a[2], 16384, &bufsize))
        return AY_NULL;
    if (bufsize < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "bufsize must be non-negative");
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = inflateInit2(&zs, wbits);
    if (err != Z_OK) return zlib_error(vm, &zs, err, "preparing to decompress data");
    zs.next_in = (Bytef *)d;
    zs.avail_in = (uInt)n;
    AyBuf out;
    ayBuf_init(&out, vm);
    err = pump(vm, &zs, false, Z_NO_FLUSH, &out, 0);
    if (err != Z_STREAM_END) {
        ayBuf_free(&out);
        zlib_error(vm, &zs, err == Z_OK ? Z_BUF_ERROR : err, "decompressing data");
        inflateEnd(&zs);
        return AY_NULL;
    }
    inflateEnd(&zs);
    return buf_to_bytes(vm, &out);
}

static AyValue checksum(AyVM *vm, AyValue *args, int nargs, const char *fname, uLong dflt, bool adler) {
    const char *d;
    int64_t n;
    if (!ayArg_count(vm, fname, nargs, 1, 2) || !ayStd_buffer_arg(vm, args[0], &d, &n)) return AY_NULL;
    uLong v = dflt;
    if (nargs > 1) {
        AyValue masked = ayInt_binop(vm, AY_BINOP_AND, ayInt_exact(vm, args[1]), ayInt_from_i64(vm, 0xFFFFFFFF));
        int64_t i;
        if (!masked || !ayStd_int_arg(vm, masked, &i)) return AY_NULL;
        v = (uLong)i;
    }
    for (int64_t off = 0; off < n;) {
        uInt chunk = n - off > 0x40000000 ? 0x40000000 : (uInt)(n - off);
        v = adler ? adler32(v, (const Bytef *)d + off, chunk) : crc32(v, (const Bytef *)d + off, chunk);
        off += chunk;
    }
    return ayInt_from_i64(vm, (int64_t)(v & 0xFFFFFFFF));
}
static AyValue z_crc32(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return checksum(vm, args, nargs, "crc32", 0, false); }
static AyValue z_adler32(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return checksum(vm, args, nargs, "adler32", 1, true); }

// }====
// {==== stream objects

typedef struct ZStream {
    AyObj hdr;
    z_stream zs;
    bool ready, compress, eof;
    AyValue unused_data, unconsumed_tail;   // bytes (decompressors)
} ZStream;

static void zstream_trace(AyVM *vm, AyObj *o) {
    ZStream *z = (ZStream *)o;
    ayGC_mark(vm, z->unused_data);
    ayGC_mark(vm, z->unconsumed_tail);
}

static void zstream_finalize(AyVM *vm, AyObj *o) {
    ZStream *z = (ZStream *)o;
    if (z->ready) {
        if (z->compress) deflateEnd(&z->zs);
        else inflateEnd(&z->zs);
    }
    z->ready = false;
}

static AyValue z_compressobj(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[6];
    int level, method, wbits, memlevel, strategy;
    if (!ayArg_unpack(vm, "compressobj", args, nargs, kw, "| level method wbits memLevel strategy zdict", a) ||
        !int_opt(vm, a[0], Z_DEFAULT_COMPRESSION, &level) || !int_opt(vm, a[1], Z_DEFLATED, &method) ||
        !int_opt(vm, a[2], MAX_WBITS, &wbits) || !int_opt(vm, a[3], 8, &memlevel) ||
        !int_opt(vm, a[4], Z_DEFAULT_STRATEGY, &strategy))
        return AY_NULL;
    ZStream *z = AY_NEW(vm, ZStream, AY_STD_TYPE(vm, zlib_Compress));
    if (!z) return AY_NULL;
    z->compress = true;
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err == Z_STREAM_ERROR) return ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid initialization option");
    if (err != Z_OK) return zlib_error(vm, &z->zs, err, "creating compression object");
    z->ready = true;
    if (a[5] && a[5] != AY_NONE) {
        const char *d;
        int64_t n;
        if (!ayStd_buffer_arg(vm, a[5], &d, &n)) return AY_NULL;
        err = deflateSetDictionary(&z->zs, (const Bytef *)d, (uInt)n);
        if (err != Z_OK) return ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid dictionary");
    }
    return ayV_from_obj(z);
}

static AyValue z_decompressobj(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    int wbits;
    if (!ayArg_unpack(vm, "decompressobj", args, nargs, kw, "| wbits zdict", a) || !int_opt(vm, a[0], MAX_WBITS, &wbits))
        return AY_NULL;
    ZStream *z = AY_NEW(vm, ZStream, AY_STD_TYPE(vm, zlib_Decompress));
    if (!z) return AY_NULL;
    z->unused_data = z->unconsumed_tail = ayBytes_from(vm, "", 0);
    int err = inflateInit2(&z->zs, wbits);
    if (err == Z_STREAM_ERROR) return ayErr_format(vm, AY_EXC(vm, ValueError), "Invalid initialization option");
    if (err != Z_OK) return zlib_error(vm, &z->zs, err, "creating decompression object");
    z->ready = true;
    if (a[1] && a[1] != AY_NONE && (wbits < 0)) {
        const char *d;
        int64_t n;
        if (!ayStd_buffer_arg(vm, a[1], &d, &n)) return AY_NULL;
        inflateSetDictionary(&z->zs, (const Bytef *)d, (uInt)n);
    }
    return ayV_from_obj(z);
}

static ZStream *ready_stream(AyVM *vm, AyValue self) {
    ZStream *z = AY_AS(ZStream, self);
    if (!z->ready) {
        ayErr_format(vm, AY_STD_TYPE(vm, zlib_error), "Error -2 while %s: inconsistent stream state",
                     z->compress ? "compressing data" : "decompressing data");
        return NULL;
    }
    return z;
}

static AyValue comp_compress(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    const char *d;
    int64_t n;
    ZStream *z = ready_stream(vm, args[0]);
    if (!z || !ayArg_count(vm, "compress", nargs - 1, 1, 1) || !ayStd_buffer_arg(vm, args[1], &d, &n)) return AY_NULL;
    z->zs.next_in = (Bytef *)d;
    z->zs.avail_in = (uInt)n;
    AyBuf out;
    ayBuf_init(&out, vm);
    int err = pump(vm, &z->zs, true, Z_NO_FLUSH, &out, 0);
    if (err != Z_OK && err != Z_BUF_ERROR) {
        ayBuf_free(&out);
        return zlib_error(vm, &z->zs, err, "compressing data");
    }
    return buf_to_bytes(vm, &out);
}

static AyValue comp_flush(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t mode = Z_FINISH;
    if (!ayArg_count(vm, "flush", nargs - 1, 0, 1) || (nargs > 1 && !ayStd_int_arg(vm, args[1], &mode))) return AY_NULL;
    ZStream *z = AY_AS(ZStream, args[0]);
    if (mode == Z_NO_FLUSH) return ayBytes_from(vm, "", 0);
    if (!ready_stream(vm, args[0])) return AY_NULL;
    z->zs.avail_in = 0;
    AyBuf out;
    ayBuf_init(&out, vm);
    int err = pump(vm, &z->zs, true, (int)mode, &out, 0);
    if (mode == Z_FINISH && err == Z_STREAM_END) {
        deflateEnd(&z->zs);
        z->ready = false;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        ayBuf_free(&out);
        return zlib_error(vm, &z->zs, err, "flushing");
    }
    return buf_to_bytes(vm, &out);
}

static AyValue comp_copy(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ZStream *z = ready_stream(vm, args[0]);
    if (!z) return AY_NULL;
    ZStream *c = AY_NEW(vm, ZStream, ayV_type(vm, args[0]));
    if (!c) return AY_NULL;
    c->compress = z->compress;
    int err = z->compress ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (err != Z_OK) return zlib_error(vm, &z->zs, err, "copying compression object");
    c->ready = true;
    c->eof = z->eof;
    c->unused_data = z->unused_data;
    c->unconsumed_tail = z->unconsumed_tail;
    return ayV_from_obj(c);
}

// Keeps the input after the end of the stream (unused_data) or not yet
// consumed because of max_length (unconsumed_tail).
static bool save_leftover(AyVM *vm, ZStream *z, int err) {
    const char *rest = (const char *)z->zs.next_in;
    size_t nrest = z->zs.avail_in;
    if (err == Z_STREAM_END) {
        z->eof = true;
        if (nrest) {
            const char *old;
            int64_t nold;
            ayBytes_view(vm, z->unused_data, &old, &nold);
            AyBuf b;
            ayBuf_init(&b, vm);
            ayBuf_add(&b, old, (size_t)nold);
            ayBuf_add(&b, rest, nrest);
            AyValue v = buf_to_bytes(vm, &b);
            if (!v) return false;
            z->unused_data = v;
        }
        nrest = 0;
    }
    AyValue tail = ayBytes_from(vm, rest ? rest : "", nrest);
    if (!tail) return false;
    z->unconsumed_tail = tail;
    return true;
}

static AyValue decomp_decompress(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    const char *d;
    int64_t n, max_length = 0;
    if (!ayArg_unpack(vm, "decompress", args, nargs, kw, "self data / | max_length", a)) return AY_NULL;
    ZStream *z = ready_stream(vm, a[0]);
    if (!z || !ayStd_buffer_arg(vm, a[1], &d, &n) || (a[2] && !ayStd_int_arg(vm, a[2], &max_length))) return AY_NULL;
    if (max_length < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "max_length must be non-negative");
    AyBuf out;
    ayBuf_init(&out, vm);
    int err = Z_OK;
    if (!z->eof) {
        z->zs.next_in = (Bytef *)d;
        z->zs.avail_in = (uInt)n;
        err = pump(vm, &z->zs, false, Z_SYNC_FLUSH, &out, max_length);
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
            ayBuf_free(&out);
            return zlib_error(vm, &z->zs, err, "decompressing data");
        }
    } else {
        z->zs.next_in = (Bytef *)d;
        z->zs.avail_in = (uInt)n;
        err = Z_STREAM_END;
    }
    ayGC_push_root(vm, a[1]);
    bool ok = save_leftover(vm, z, err);
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        ayBuf_free(&out);
        return AY_NULL;
    }
    return buf_to_bytes(vm, &out);
}

static AyValue decomp_flush(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ZStream *z = AY_AS(ZStream, args[0]);
    if (!z->ready || z->eof) return ayBytes_from(vm, "", 0);
    const char *d;
    int64_t n;
    ayBytes_view(vm, z->unconsumed_tail, &d, &n);
    z->zs.next_in = (Bytef *)d;
    z->zs.avail_in = (uInt)n;
    AyBuf out;
    ayBuf_init(&out, vm);
    int err = pump(vm, &z->zs, false, Z_FINISH, &out, 0);
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        ayBuf_free(&out);
        return zlib_error(vm, &z->zs, err, "flushing");
    }
    if (!save_leftover(vm, z, err)) {
        ayBuf_free(&out);
        return AY_NULL;
    }
    return buf_to_bytes(vm, &out);
}

static AyValue decomp_unused_get(AyVM *vm, AyValue self) { return AY_AS(ZStream, self)->unused_data; }
static AyValue decomp_tail_get(AyVM *vm, AyValue self) { return AY_AS(ZStream, self)->unconsumed_tail; }
static AyValue decomp_eof_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(ZStream, self)->eof); }

// }====

static const AyMethodDef compress_methods[] = {
    {"compress", comp_compress, 0, NULL},
    {"flush", comp_flush, 0, NULL},
    {"copy", comp_copy, 0, NULL},
    {NULL},
};
static const AyMethodDef decompress_methods[] = {
    {"decompress", decomp_decompress, 0, NULL},
    {"flush", decomp_flush, 0, NULL},
    {"copy", comp_copy, 0, NULL},
    {NULL},
};
static const AyGetSetDef decompress_getsets[] = {
    {"unused_data", decomp_unused_get, NULL},
    {"unconsumed_tail", decomp_tail_get, NULL},
    {"eof", decomp_eof_get, NULL},
    {NULL},
};
static const AyMethodDef zlib_funcs[] = {
    {"compress", z_compress, 0, NULL},
    {"decompress", z_decompress, 0, NULL},
    {"compressobj", z_compressobj, 0, NULL},
    {"decompressobj", z_decompressobj, 0, NULL},
    {"crc32", z_crc32, 0, NULL},
    {"adler32", z_adler32, 0, NULL},
    {NULL},
};
static const AyIntConst zlib_consts[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES}, {NULL, 0},
};

AyValue ayMod_zlib(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "zlib", zlib_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, zlib_consts);
    ayModule_add(vm, m, "ZLIB_VERSION", ayV_from_obj(ayStr_new_c(vm, ZLIB_VERSION)));
    ayModule_add(vm, m, "ZLIB_RUNTIME_VERSION", ayV_from_obj(ayStr_new_c(vm, zlibVersion())));
    AyType *err = ayStd_new_exception(vm, AY_STD_zlib_error, "zlib", "zlib.error", AY_EXC(vm, Exception));
    ayModule_add(vm, m, "error", ayV_from_obj(err));
    AyType *ct = ayStd_new_type(vm, AY_STD_zlib_Compress, "zlib", "zlib.Compress", vm->t_object, sizeof(ZStream), 0);
    ct->trace = zstream_trace;
    ct->finalize = zstream_finalize;
    ayType_add_methods(vm, ct, compress_methods);
    ayType_ready(vm, ct);
    AyType *dt = ayStd_new_type(vm, AY_STD_zlib_Decompress, "zlib", "zlib.Decompress", vm->t_object, sizeof(ZStream), 0);
    dt->trace = zstream_trace;
    dt->finalize = zstream_finalize;
    ayType_add_methods(vm, dt, decompress_methods);
    ayType_add_getsets(vm, dt, decompress_getsets);
    ayType_ready(vm, dt);
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
