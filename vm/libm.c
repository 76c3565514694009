// The libm table of vm/libm.h: filled from dlopen on the first call.
#include "libm.h"

#include <dlfcn.h>
#include <gnu/lib-names.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_once_t libm_once = PTHREAD_ONCE_INIT;

static void fail(const char *what) {
    fprintf(stderr, "ay: cannot load the C math library: %s\n", what ? what : "unknown error");
    abort();
}

// Replaces every stub in the table. Once per process: the table stands in for
// the dynamic linker's, so it is shared by all VMs and only read afterwards.
static void libm_resolve(void) {
    void *lib = dlopen(LIBM_SO, RTLD_NOW | RTLD_LOCAL);
    if (!lib) fail(dlerror());
#define RESOLVE(ret, name, params, args) \
    if (!(*(void **)&ayLibm.name = dlsym(lib, #name))) fail(dlerror());
    AY_LIBM_FUNCS(RESOLVE)
#undef RESOLVE
}

#define STUB(ret, name, params, args)          \
    static ret first_##name params {           \
        pthread_once(&libm_once, libm_resolve); \
        return ayLibm.name args;               \
    }
AY_LIBM_FUNCS(STUB)
#undef STUB

AyLibm ayLibm = {
#define INIT(ret, name, params, args) .name = first_##name,
    AY_LIBM_FUNCS(INIT)
#undef INIT
};
