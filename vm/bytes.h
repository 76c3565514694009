// bytes, bytearray and memoryview: the internal C API.
#ifndef AY_BYTES_H
#define AY_BYTES_H

#include "vm.h"

// A new bytes object; ayBytes_new_uninit leaves the n bytes for the caller.
AyValue ayBytes_from(AyVM *vm, const char *s, size_t n);
AyValue ayBytes_new_uninit(AyVM *vm, int64_t n, char **data);
AyValue ayByteArray_from(AyVM *vm, const char *s, size_t n);

// The bytes of a bytes-like object (bytes, bytearray, contiguous memoryview
// or a subclass of those); false when v is not one. The pointer is valid
// until Ay code runs or the object is resized.
bool ayBytes_view(AyVM *vm, AyValue v, const char **data, int64_t *n);
// Same, raising "a bytes-like object is required, not 'T'" on failure.
bool ayBytes_need_view(AyVM *vm, AyValue v, const char **data, int64_t *n);
bool ayBytes_is_bytearray(AyVM *vm, AyValue v);
// A new bytes or bytearray (by the builtin type of `like`) holding n bytes.
AyValue ayBytes_new_like(AyVM *vm, AyValue like, const char *s, size_t n);

// repr of bytes content: b'...' with CPython's quoting and escapes.
bool ayBytes_add_repr(AyBuf *b, const char *s, int64_t n);

// Resizing a bytearray: fails with BufferError while memoryviews export it.
bool ayByteArray_resize(AyVM *vm, AyByteArray *b, int64_t n);
bool ayByteArray_check_resizable(AyVM *vm, AyByteArray *b);

// bytes % args (vm/bytes_format.c).
AyValue ayBytes_percent(AyVM *vm, AyValue fmt, AyValue args);

// memoryview (vm/memoryview.c)
#define AY_MV_MAXDIM 8
typedef struct AyMemoryView {
    AyObj hdr;
    AyValue obj;         // the exporting object (bytes or bytearray)
    int64_t offset;      // byte offset of the first item in the exporter's buffer
    int64_t shape[AY_MV_MAXDIM];
    int64_t strides[AY_MV_MAXDIM];  // bytes between items (negative for reversed views)
    int32_t itemsize;
    uint8_t ndim;
    uint8_t readonly;
    uint8_t released;
    char format[3];      // struct format code ("B", "H", "d"...), NUL-terminated
} AyMemoryView;

// The view's first byte when it is C-contiguous and not released, else NULL
// (no exception set).
const char *ayMemoryView_contiguous(AyVM *vm, AyMemoryView *m, int64_t *nbytes);
// The view's bytes in logical order as a new bytes object (any layout).
AyValue ayMemoryView_tobytes(AyVM *vm, AyMemoryView *m);
// bytes.hex and friends (vm/bytes_methods.c).
AyValue ayBytes_hex(AyVM *vm, const char *d, int64_t n, AyValue sep, AyValue bytes_per_sep);

#endif
