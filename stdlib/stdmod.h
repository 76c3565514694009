// Helpers shared by the native "system and text" stdlib modules (os, time,
// io, re, json, struct, binascii, zlib, hashlib...): bytes and OS errors.
#ifndef AY_STDMOD_H
#define AY_STDMOD_H

#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "num.h"
#include "stdtypes.h"
#include "str.h"
#include "vm.h"

// vm/bytes.c
AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);
AyValue ayBytes_new_uninit(AyVM *vm, int64_t n, char **data);
AyValue ayByteArray_from(AyVM *vm, const char *s, size_t n);
// The bytes of a bytes-like object (bytes, bytearray); false if not one.
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);
// stdlib/mod_ast.c: compile() of an ast.AST tree, or of source with the
// PyCF_ONLY_AST flag (then the tree); AY_NULL with no exception pending when
// the source is neither.
enum { AY_PYCF_ONLY_AST = 0x400, AY_PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000 };
AyValue ayAst_compile_hook(AyVM *vm, AyValue source, AyValue filename, AyValue mode, int64_t flags);
// vm/codecs.c
AyValue ayCodec_encode(AyVM *vm, AyStr *s, const char *encoding, const char *errors);
AyValue ayCodec_decode(AyVM *vm, const char *data, size_t n, const char *encoding, const char *errors);
// stdlib/fileio.c: raises the OSError subclass CPython uses for errno `err`
// (filename may be AY_NULL).
AyValue ayErr_oserror(AyVM *vm, int err, AyValue filename);

// A new exception class `module.name` deriving from `base`, recorded in the
// std type slot `slot` (CPython's PyErr_NewException).
AyType *ayStd_new_exception(AyVM *vm, AyStdType slot, const char *module, const char *tp_name, AyType *base);
// Adds int constants to a module.
typedef struct AyIntConst {
    const char *name;
    int64_t value;
} AyIntConst;
void ayStd_add_ints(AyVM *vm, AyModule *m, const AyIntConst *consts);
// A bytes-like argument (bytes, bytearray) or TypeError "a bytes-like object
// is required, not 'T'".
bool ayStd_buffer_arg(AyVM *vm, AyValue v, const char **data, int64_t *n);
// The memory of a writable bytes-like argument (bytearray, a writable
// contiguous memoryview) and its size, or NULL with TypeError "NAME()
// argument must be read-write bytes-like object, not T".
char *ayStd_writable_buffer_arg(AyVM *vm, AyValue v, const char *fname, int64_t *n);
// An int argument that must fit int64 ("'T' object cannot be interpreted as an
// integer" otherwise).
bool ayStd_int_arg(AyVM *vm, AyValue v, int64_t *out);
// A file descriptor argument: an int or an object with fileno() (CPython's
// PyObject_AsFileDescriptor messages).
bool ayStd_fileno_arg(AyVM *vm, AyValue v, int *fd);
// A name from the OS (file name, environment, user database) as bytes or as
// str decoded from UTF-8 with surrogateescape, as CPython's os module gives.
AyValue ayStd_os_name(AyVM *vm, const char *s, size_t n, bool as_bytes);
// os.fspath(v): str or bytes as is, else v.__fspath__() (checked).
AyValue ayStd_fspath(AyVM *vm, AyValue v);
// Raises io.UnsupportedOperation(msg) (stdlib/io.c).
AyValue ayIO_unsupported(AyVM *vm, const char *msg);
// After EINTR in a blocking call: runs the Python signal handlers if a
// signal arrived (false: one raised, e.g. KeyboardInterrupt).
bool ayStd_check_signals(AyVM *vm);
// Flushes sys.stdout and sys.stderr (before fork/exec/system), ignoring errors.
void ayStd_flush_std(AyVM *vm);

#endif
