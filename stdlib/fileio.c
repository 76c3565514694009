// File objects (open(), sys.stdin/stdout/stderr): text and binary files over
// stdio. Writes to the standard streams go through the VM's output hooks so an
// embedding host can capture them.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "stdmod.h"
#include "stdtypes.h"
#include "str.h"
#include "vm.h"

AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);
AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors);
bool ayCodec_known(AyVM *vm, const char *name);  // vm/codecs.c: LookupError if not a text codec
// stdlib/stdmod.c, stdlib/io.c
AyValue ayStd_fspath(AyVM *vm, AyValue v);
AyValue ayIO_unsupported(AyVM *vm, const char *msg);

enum { STD_NONE, STD_IN, STD_OUT, STD_ERR, STD_VIEW };  // STD_VIEW: a .buffer view, never closes its FILE*

// open()'s newline argument: None reads \r\n and \r as \n; '' ends lines at
// any of the three and keeps them; the others end lines at that one only and
// write it for each \n. Binary files are NL_LF.
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };

typedef struct AyFile {
    AyObj hdr;
    FILE *fp;
    AyValue name, mode;
    AyValue encoding, errors;  // open()'s arguments, NULL when not given (UTF-8, strict)
    AyDict *dict;
    uint8_t binary, readable, writable, closed, std, newline;
} AyFile;

static AyType *file_type(AyVM *vm) { return vm->t_file; }

// Binary files are the same objects under CPython's names for them:
// unbuffered (buffering=0) FileIO, else by what they may do.
static AyType *binary_type(AyVM *vm, bool raw, bool readable, bool writable) {
    if (raw) return AY_STD_TYPE(vm, FileIO);
    if (readable && writable) return AY_STD_TYPE(vm, BufferedRandom);
    return readable ? AY_STD_TYPE(vm, BufferedReader) : AY_STD_TYPE(vm, BufferedWriter);
}

// Raises the OSError subclass CPython uses for errno `err`.
AyValue ayErr_oserror(AyVM *vm, int err, AyValue filename) {
    AyType *t = ayErr_oserror_type(vm, err);
    AyValue args[3];
    args[0] = ayV_small(err);
    AyStr *msg = ayStr_new_c(vm, strerror(err));
    if (!msg) return AY_NULL;
    args[1] = ayV_from_obj(msg);
    args[2] = filename;
    AyValue exc = ayExc_new(vm, t, args, filename ? 3 : 2);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static void file_trace(AyVM *vm, AyObj *o) {
    AyFile *f = (AyFile *)o;
    ayGC_mark(vm, f->name);
    ayGC_mark(vm, f->mode);
    ayGC_mark(vm, f->encoding);
    ayGC_mark(vm, f->errors);
    ayGC_mark_obj(vm, (AyObj *)f->dict);
}

static void file_finalize(AyVM *vm, AyObj *o) {
    AyFile *f = (AyFile *)o;
    if (f->fp && !f->closed && f->std == STD_NONE) fclose(f->fp);
    f->fp = NULL;
}

static AyValue closed_error(AyVM *vm) {
    return ayErr_format(vm, AY_EXC(vm, ValueError), "I/O operation on closed file.");
}

static AyFile *self_file(AyVM *vm, AyValue v) {
    AyFile *f = AY_AS(AyFile, v);
    if (f->closed) {
        closed_error(vm);
        return NULL;
    }
    return f;
}

AyValue ayFile_new_std(AyVM *vm, int which) {
    AyFile *f = AY_NEW(vm, AyFile, file_type(vm));
    if (!f) return AY_NULL;
    f->std = (uint8_t)which;
    f->fp = which == STD_IN ? stdin : which == STD_OUT ? stdout : stderr;
    f->readable = which == STD_IN;
    f->writable = which != STD_IN;
    const char *name = which == STD_IN ? "<stdin>" : which == STD_OUT ? "<stdout>" : "<stderr>";
    f->name = ayV_from_obj(ayStr_intern_c(vm, name));
    f->mode = ayV_from_obj(ayStr_intern_c(vm, which == STD_IN ? "r" : "w"));
    return ayV_from_obj(f);
}

static const char *file_codec(AyFile *f) { return f->encoding ? AY_CSTR(f->encoding) : "utf-8"; }
static const char *file_errors(AyFile *f) { return f->errors ? AY_CSTR(f->errors) : "strict"; }

// Whether the file's text is UTF-8 (Ay's own string encoding: no transcoding).
static bool utf8_text(AyFile *f) {
    if (!f->encoding) return true;
    char norm[16];
    size_t k = 0;
    for (const char *p = AY_CSTR(f->encoding); *p && k + 1 < sizeof norm; p++)
        if (*p != '-' && *p != '_') norm[k++] = (char)(*p | 0x20);
    norm[k] = 0;
    return strcmp(norm, "utf8") == 0;
}

// Writes text to a file of ours, each \n as its newline mode says.
static bool write_text(AyFile *f, const char *s, size_t n) {
    if (f->newline != NL_CR && f->newline != NL_CRLF) return fwrite(s, 1, n, f->fp) == n;
    const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
    for (const char *end = s + n, *lf; s < end; s = lf + 1) {
        lf = memchr(s, '\n', (size_t)(end - s));
        size_t run = (size_t)((lf ? lf : end) - s);
        if (fwrite(s, 1, run, f->fp) != run) return false;
        if (!lf) break;
        if (fputs(nl, f->fp) == EOF) return false;
    }
    return true;
}

// Writes a str (or bytes for binary files) to any file-like object.
AyValue ayFile_write_to(AyVM *vm, AyValue file, AyValue s) {
    AyType *ft = file_type(vm);
    if (ayV_is_obj(file) && ayV_obj(file)->type == ft) {
        AyFile *f = AY_AS(AyFile, file);
        if (f->closed) return closed_error(vm);
        if (f->binary) return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not 'str'");
        if (f->std == STD_OUT) ayIO_write_out(vm, AY_CSTR(s), (size_t)AY_STR(s)->size);
        else if (f->std == STD_ERR) ayIO_write_err(vm, AY_CSTR(s), (size_t)AY_STR(s)->size);
        else if (utf8_text(f)) {
            if (!write_text(f, AY_CSTR(s), (size_t)AY_STR(s)->size)) return ayErr_oserror(vm, errno, AY_NULL);
        } else {
            AyValue encoded = ayCodec_encode(vm, AY_STR(s), file_codec(f), file_errors(f));
            const char *data;
            int64_t n;
            if (!encoded || !ayBytes_view(vm, encoded, &data, &n)) return AY_NULL;
            // the encoding keeps \n as the byte 10 (single-byte codecs and UTF-8 alike)
            if (!write_text(f, data, (size_t)n)) return ayErr_oserror(vm, errno, AY_NULL);
        }
        return AY_NONE;
    }
    AyValue args[2] = {file, s};
    return ayObj_call_method(vm, file, vm->s.write, args, 1);
}

AyValue ayFile_flush(AyVM *vm, AyValue file) {
    AyType *ft = file_type(vm);
    if (ayV_is_obj(file) && ayV_obj(file)->type == ft) {
        AyFile *f = AY_AS(AyFile, file);
        if (f->fp && !f->closed) fflush(f->fp);
        return AY_NONE;
    }
    AyValue args[1] = {file};
    return ayObj_call_method(vm, file, vm->s.flush, args, 0);
}

// {==== reading

// Whether the next byte is \n, which is then consumed.
static bool next_is_lf(FILE *fp) {
    int d = fgetc(fp);
    if (d == '\n') return true;
    if (d != EOF) ungetc(d, fp);
    return false;
}

// Reads one line, ended as the file's newline mode says; limit < 0 = no limit.
static bool read_line(AyVM *vm, AyFile *f, AyBuf *b, int64_t limit) {
    for (int64_t n = 0; limit < 0 || n < limit; n++) {
        int c = fgetc(f->fp);
        if (c == EOF) break;
        if (c == '\r' && f->newline != NL_LF) {
            if (f->newline == NL_UNIVERSAL) {
                next_is_lf(f->fp);
                ayBuf_addc(b, '\n');
                break;
            }
            ayBuf_addc(b, '\r');
            if (f->newline == NL_CR) break;
            if (next_is_lf(f->fp)) {
                ayBuf_addc(b, '\n');
                break;
            }
            if (f->newline == NL_ANY) break;
            continue;
        }
        ayBuf_addc(b, (char)c);
        if (c == '\n' && f->newline != NL_CR && f->newline != NL_CRLF) break;
    }
    if (ferror(f->fp)) {
        ayErr_oserror(vm, errno, AY_NULL);
        return false;
    }
    return !b->failed;
}

static AyValue finish_read(AyVM *vm, AyFile *f, AyBuf *b) {
    AyValue r;
    if (f->binary) r = ayBytes_from(vm, b->data ? b->data : "", b->len);
    else r = ayCodec_decode(vm, b->data ? b->data : "", b->len, file_codec(f), file_errors(f));
    ayBuf_free(b);
    return r;
}

static AyValue m_read(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    if (!f->readable) return ayIO_unsupported(vm, "not readable");
    int64_t n = -1;
    if (nargs > 1 && args[1] != AY_NONE && ayObj_as_ssize(vm, args[1], &n) < 0) return AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    if (f->binary || n < 0) {
        char tmp[8192];
        int64_t left = n;
        while (left != 0) {
            size_t want = left < 0 || left > (int64_t)sizeof tmp ? sizeof tmp : (size_t)left;
            size_t got = fread(tmp, 1, want, f->fp);
            if (f->newline == NL_UNIVERSAL) {
                // fold newlines
                for (size_t i = 0; i < got; i++) {
                    if (tmp[i] == '\r') {
                        if (i + 1 < got && tmp[i + 1] == '\n') continue;
                        if (i + 1 == got) {
                            int d = fgetc(f->fp);
                            if (d != '\n' && d != EOF) ungetc(d, f->fp);
                        }
                        ayBuf_addc(&b, '\n');
                    } else {
                        ayBuf_addc(&b, tmp[i]);
                    }
                }
            } else {
                ayBuf_add(&b, tmp, got);
            }
            if (left > 0) left -= (int64_t)got;
            if (got < want) break;
        }
    } else {
        // text read(n): n characters
        for (int64_t i = 0; i < n; i++) {
            int c = fgetc(f->fp);
            if (c == EOF) break;
            if (c == '\r' && f->newline == NL_UNIVERSAL) {
                next_is_lf(f->fp);
                c = '\n';
            }
            ayBuf_addc(&b, (char)c);
            // the rest of a UTF-8 sequence (other encodings: a byte a character)
            int extra = !utf8_text(f) ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
            for (int k = 0; k < extra; k++) {
                int d = fgetc(f->fp);
                if (d == EOF) break;
                ayBuf_addc(&b, (char)d);
            }
        }
    }
    return finish_read(vm, f, &b);
}

static AyValue m_readinto(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "readinto", nargs - 1, 1, 1)) return AY_NULL;
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    if (!f->binary) return ayErr_format(vm, AY_EXC(vm, AttributeError), "'_io.TextIOWrapper' object has no attribute 'readinto'");
    if (!f->readable) return ayIO_unsupported(vm, "read");
    int64_t n;
    char *dst = ayStd_writable_buffer_arg(vm, args[1], "readinto", &n);
    if (!dst) return AY_NULL;
    size_t got = fread(dst, 1, (size_t)n, f->fp);
    if (ferror(f->fp)) return ayErr_oserror(vm, errno, AY_NULL);
    return ayV_small((int64_t)got);
}

static AyValue m_readline(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    int64_t limit = -1;
    if (nargs > 1 && args[1] != AY_NONE && ayObj_as_ssize(vm, args[1], &limit) < 0) return AY_NULL;
    if (f->std == STD_IN) fflush(stdout);
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!read_line(vm, f, &b, limit)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return finish_read(vm, f, &b);
}

static AyValue m_readlines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    for (;;) {
        AyBuf b;
        ayBuf_init(&b, vm);
        if (!read_line(vm, f, &b, -1)) {
            ayBuf_free(&b);
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
        if (b.len == 0) {
            ayBuf_free(&b);
            break;
        }
        AyValue line = finish_read(vm, f, &b);
        if (!line || !ayList_append(vm, l, line)) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    }
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(l);
}

static AyValue file_next(AyVM *vm, AyValue self) {
    AyFile *f = self_file(vm, self);
    if (!f) return AY_NULL;
    AyBuf b;
    ayBuf_init(&b, vm);
    if (!read_line(vm, f, &b, -1)) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    if (b.len == 0) {
        ayBuf_free(&b);
        return AY_NULL;
    }
    return finish_read(vm, f, &b);
}

static AyValue iter_self(AyVM *vm, AyValue v) {
    if (AY_AS(AyFile, v)->closed) return closed_error(vm);
    return v;
}

// }====
// {==== writing and the rest

static AyValue m_write(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "write", nargs - 1, 1, 1)) return AY_NULL;
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    if (!f->writable) return ayIO_unsupported(vm, "not writable");
    if (f->binary) {
        const char *d;
        int64_t n;
        if (!ayBytes_view(vm, args[1], &d, &n))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "a bytes-like object is required, not '%T'", args[1]);
        // the standard streams' binary views go through the host's output hooks too
        if (f->std == STD_OUT) ayIO_write_out(vm, d, (size_t)n);
        else if (f->std == STD_ERR) ayIO_write_err(vm, d, (size_t)n);
        else if (fwrite(d, 1, (size_t)n, f->fp) != (size_t)n) return ayErr_oserror(vm, errno, AY_NULL);
        return ayV_small(n);
    }
    if (!ayV_is_str(vm, args[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "write() argument must be str, not %T", args[1]);
    if (!ayFile_write_to(vm, args[0], args[1])) return AY_NULL;
    return ayV_small(AY_STR(args[1])->len);
}

static AyValue m_writelines(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "writelines", nargs - 1, 1, 1)) return AY_NULL;
    AyValue it = ayObj_iter(vm, args[1]);
    if (!it) return AY_NULL;
    ayGC_push_root(vm, it);
    AyValue r = AY_NONE;
    for (AyValue line; (line = ayObj_next(vm, it));) {
        AyValue wa[2] = {args[0], line};
        if (!m_write(vm, wa, 2, AY_NULL)) {
            r = AY_NULL;
            break;
        }
    }
    if (ayErr_occurred(vm)) r = AY_NULL;
    ayGC_pop_roots(vm, 1);
    return r;
}

static AyValue m_flush(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = AY_AS(AyFile, args[0]);
    if (f->closed) return closed_error(vm);
    if (f->fp) fflush(f->fp);
    return AY_NONE;
}

static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = AY_AS(AyFile, args[0]);
    if (f->closed) return AY_NONE;
    f->closed = 1;
    if (f->fp && f->std == STD_NONE) {
        int r = fclose(f->fp);
        f->fp = NULL;
        if (r != 0) return ayErr_oserror(vm, errno, AY_NULL);
    } else if (f->fp) {
        fflush(f->fp);
    }
    return AY_NONE;
}

static AyValue m_enter(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (AY_AS(AyFile, args[0])->closed) return closed_error(vm);
    return args[0];
}

static AyValue m_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!m_close(vm, args, 1, AY_NULL)) return AY_NULL;
    return AY_NONE;
}

static AyValue m_fileno(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    return ayV_small(fileno(f->fp));
}

static AyValue m_isatty(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    return ayV_bool(isatty(fileno(f->fp)));
}

static AyValue m_seek(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    int64_t off = 0, whence = 0;
    if (nargs > 1 && ayObj_as_ssize(vm, args[1], &off) < 0) return AY_NULL;
    if (nargs > 2 && ayObj_as_ssize(vm, args[2], &whence) < 0) return AY_NULL;
    if (fseeko(f->fp, (off_t)off, (int)whence) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return ayV_small(ftello(f->fp));
}

static AyValue m_tell(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    return ayV_small(ftello(f->fp));
}

static AyValue m_readable(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(AY_AS(AyFile, args[0])->readable); }
static AyValue m_writable(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(AY_AS(AyFile, args[0])->writable); }

static AyValue m_seekable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    return ayV_bool(lseek(fileno(f->fp), 0, SEEK_CUR) >= 0);
}

// truncate(size=None): at the current position by default; returns the size.
static AyValue m_truncate(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFile *f = self_file(vm, args[0]);
    if (!f) return AY_NULL;
    if (!f->writable) return ayIO_unsupported(vm, "File not open for writing");
    fflush(f->fp);
    int64_t size = ftello(f->fp);
    if (nargs > 1 && args[1] != AY_NONE && ayObj_as_ssize(vm, args[1], &size) < 0) return AY_NULL;
    if (ftruncate(fileno(f->fp), size) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return ayInt_from_i64(vm, size);
}

static const AyMethodDef file_methods[] = {
    {"seekable", m_seekable, 0, NULL},
    {"truncate", m_truncate, 0, NULL},
    {"read", m_read, 0, NULL},
    {"readline", m_readline, 0, NULL},
    {"readinto", m_readinto, 0, NULL},
    {"readlines", m_readlines, 0, NULL},
    {"write", m_write, 0, NULL},
    {"writelines", m_writelines, 0, NULL},
    {"flush", m_flush, 0, NULL},
    {"close", m_close, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"isatty", m_isatty, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"tell", m_tell, 0, NULL},
    {"readable", m_readable, 0, NULL},
    {"writable", m_writable, 0, NULL},
    {NULL},
};

static AyValue file_name_get(AyVM *vm, AyValue self) { return AY_AS(AyFile, self)->name; }
static AyValue file_mode_get(AyVM *vm, AyValue self) { return AY_AS(AyFile, self)->mode; }
static AyValue file_closed_get(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AyFile, self)->closed); }
// open() without an encoding reads as the locale says (UTF-8 here; CPython names it so)
static AyValue file_encoding_get(AyVM *vm, AyValue self) {
    AyFile *f = AY_AS(AyFile, self);
    if (f->encoding) return f->encoding;
    return ayV_from_obj(ayStr_intern_c(vm, f->std == STD_NONE ? "UTF-8" : "utf-8"));
}

// The binary stream under a text file (sys.stdout.buffer): a binary file
// object on the same FILE*, made once and kept in the file's dict.
static AyValue file_buffer_get(AyVM *vm, AyValue self) {
    AyFile *f = AY_AS(AyFile, self);
    if (f->binary) return ayErr_format(vm, AY_EXC(vm, AttributeError), "'_io.BufferedWriter' object has no attribute 'buffer'");
    AyStr *key = ayStr_intern_c(vm, "buffer");
    AyValue cached = f->dict ? ayDict_get_str(vm, f->dict, key) : AY_NULL;
    if (cached) return cached;
    AyFile *b = AY_NEW(vm, AyFile, binary_type(vm, false, f->readable, f->writable));
    if (!b) return AY_NULL;
    b->fp = f->fp;
    b->name = f->name;
    b->mode = f->mode;
    b->binary = 1;
    b->newline = NL_LF;
    b->readable = f->readable;
    b->writable = f->writable;
    // never closes the FILE* itself: the text file owns it
    b->std = f->std != STD_NONE ? f->std : STD_VIEW;
    if (!f->dict && !(f->dict = ayDict_new(vm))) return AY_NULL;
    if (ayDict_set(vm, f->dict, ayV_from_obj(key), ayV_from_obj(b)) < 0) return AY_NULL;
    return ayV_from_obj(b);
}
static AyValue file_errors_get(AyVM *vm, AyValue self) {
    AyFile *f = AY_AS(AyFile, self);
    return f->errors ? f->errors : ayV_from_obj(ayStr_intern_c(vm, "strict"));
}
// interactive standard streams are line buffered
static AyValue file_line_buffering_get(AyVM *vm, AyValue self) {
    AyFile *f = AY_AS(AyFile, self);
    return ayV_bool((f->std == STD_OUT || f->std == STD_ERR) && f->fp && isatty(fileno(f->fp)));
}

static const AyGetSetDef file_getsets[] = {
    {"buffer", file_buffer_get, NULL},
    {"errors", file_errors_get, NULL},
    {"line_buffering", file_line_buffering_get, NULL},
    {"name", file_name_get, NULL},
    {"mode", file_mode_get, NULL},
    {"closed", file_closed_get, NULL},
    {"encoding", file_encoding_get, NULL},
    {NULL},
};

static AyValue file_repr(AyVM *vm, AyValue self) {
    AyFile *f = AY_AS(AyFile, self);
    if (ayV_type(vm, self) == AY_STD_TYPE(vm, FileIO))
        return ayStr_from_fmt(vm, "<_io.FileIO name=%R mode=%R closefd=True>", f->name, f->mode);
    if (f->binary) return ayStr_from_fmt(vm, "<%s name=%R>", ayType_name(ayV_type(vm, self)), f->name);
    return ayStr_from_fmt(vm, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode,
                          file_encoding_get(vm, self));
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)
// `file` is a path (str, bytes, os.PathLike) or a file descriptor.
static AyValue b_open(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[7];
    if (!ayArg_unpack(vm, "open", args, nargs, kwnames, "file | mode buffering encoding errors newline closefd", a))
        return AY_NULL;
    if (a[1] && !ayV_is_str(vm, a[1]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "open() argument 'mode' must be str, not %T", a[1]);
    const char *mode = a[1] ? AY_CSTR(a[1]) : "r";
    bool r = strchr(mode, 'r'), w = strchr(mode, 'w'), ap = strchr(mode, 'a'), x = strchr(mode, 'x'),
         plus = strchr(mode, '+'), bin = strchr(mode, 'b');
    if ((int)r + (int)w + (int)ap + (int)x != 1 || strspn(mode, "rwaxbt+") != strlen(mode))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "invalid mode: '%s'", mode);
    int newline = bin ? NL_LF : NL_UNIVERSAL;
    if (a[5] && a[5] != AY_NONE) {
        if (!ayV_is_str(vm, a[5]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "open() argument 'newline' must be str or None, not %T", a[5]);
        static const char *const modes[] = {[NL_ANY] = "", [NL_LF] = "\n", [NL_CR] = "\r", [NL_CRLF] = "\r\n"};
        for (newline = NL_ANY; newline <= NL_CRLF && strcmp(AY_CSTR(a[5]), modes[newline]) != 0; newline++) {}
        if (newline > NL_CRLF) return ayErr_format(vm, AY_EXC(vm, ValueError), "illegal newline value: %S", a[5]);
        if (bin) return ayErr_format(vm, AY_EXC(vm, ValueError), "binary mode doesn't take a newline argument");
    }
    if (bin && a[3] && a[3] != AY_NONE)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "binary mode doesn't take an encoding argument");
    if (bin && a[4] && a[4] != AY_NONE)
        return ayErr_format(vm, AY_EXC(vm, ValueError), "binary mode doesn't take an errors argument");
    for (int i = 3; i <= 4; i++)
        if (a[i] && a[i] != AY_NONE && !ayV_is_str(vm, a[i]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "open() argument '%s' must be str or None, not %T",
                                i == 3 ? "encoding" : "errors", a[i]);
    if (a[3] && ayV_is_str(vm, a[3]) && strcmp(AY_CSTR(a[3]), "locale") == 0)
        a[3] = AY_NONE;  // io.text_encoding()'s name for the default
    if (a[3] && a[3] != AY_NONE && !ayCodec_known(vm, AY_CSTR(a[3]))) return AY_NULL;
    const char *cmode = r ? (plus ? "r+" : "r") : w ? (plus ? "w+" : "w") : ap ? (plus ? "a+" : "a") : (plus ? "w+x" : "wx");
    FILE *fp;
    AyValue name = a[0];
    if (ayV_is_anyint(vm, a[0])) {
        int64_t fd;
        if (ayObj_as_ssize(vm, a[0], &fd) < 0) return AY_NULL;
        if (fd < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "negative file descriptor");
        // closefd=False: the file works on a duplicate, so closing it leaves fd open
        bool closefd = !a[6] || ayObj_truth(vm, a[6]);
        int use = closefd ? (int)fd : dup((int)fd);
        fp = use < 0 ? NULL : fdopen(use, x ? (plus ? "w+" : "w") : cmode);
        if (!fp) return ayErr_oserror(vm, errno, AY_NULL);
    } else {
        AyValue path = ayStd_fspath(vm, a[0]);
        if (!path) return AY_NULL;
        if (a[6] && !ayObj_truth(vm, a[6]))
            return ayErr_format(vm, AY_EXC(vm, ValueError), "Cannot use closefd=False with file name");
        const char *cpath;
        int64_t n;
        if (ayV_is_str(vm, path)) cpath = AY_CSTR(path), n = AY_STR(path)->size;
        else ayBytes_view(vm, path, &cpath, &n);
        if ((int64_t)strlen(cpath) != n) return ayErr_format(vm, AY_EXC(vm, ValueError), "embedded null byte");
        fp = fopen(cpath, cmode);
        if (!fp) return ayErr_oserror(vm, errno, path);
        name = path;
    }
    bool raw = bin && a[2] && ayV_is_int(a[2]) && ayV_int(a[2]) == 0;
    AyFile *f = AY_NEW(vm, AyFile, bin ? binary_type(vm, raw, r || plus, w || ap || x || plus) : file_type(vm));
    if (!f) {
        fclose(fp);
        return AY_NULL;
    }
    f->fp = fp;
    f->name = name;
    f->mode = a[1] ? a[1] : ayV_from_obj(ayStr_intern_c(vm, "r"));
    f->binary = bin;
    f->newline = (uint8_t)newline;
    if (a[3] && a[3] != AY_NONE) f->encoding = a[3];
    if (a[4] && a[4] != AY_NONE) f->errors = a[4];
    f->readable = r || plus;
    f->writable = w || ap || x || plus;
    return ayV_from_obj(f);
}

static const AyMethodDef open_def[] = {
    {"open", b_open, 0, NULL},
    {NULL},
};

static void file_slots(AyVM *vm, AyType *t) {
    t->trace = file_trace;
    t->finalize = file_finalize;
    t->iter = iter_self;
    t->next = file_next;
    t->repr = file_repr;
    t->dict_offset = offsetof(AyFile, dict);
    ayType_add_methods(vm, t, file_methods);
    ayType_add_getsets(vm, t, file_getsets);
    ayType_ready(vm, t);
}

void ayFileIO_setup(AyVM *vm) {
    AyType *t = ayType_new_builtin(vm, "TextIOWrapper", vm->t_object, sizeof(AyFile), 0);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "_io"));
    file_slots(vm, t);
    vm->t_file = t;
    static const struct {
        AyStdType slot;
        const char *name;
    } binary[] = {{AY_STD_BufferedReader, "_io.BufferedReader"}, {AY_STD_BufferedWriter, "_io.BufferedWriter"},
                  {AY_STD_BufferedRandom, "_io.BufferedRandom"}, {AY_STD_FileIO, "_io.FileIO"}};
    for (size_t i = 0; i < sizeof binary / sizeof binary[0]; i++)
        file_slots(vm, ayStd_new_type(vm, binary[i].slot, "_io", binary[i].name, vm->t_object, sizeof(AyFile), 0));
    ayNative_add_all(vm, vm->builtins, open_def, AY_NULL);
}
