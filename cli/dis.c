// `ay --dis FILE`: print the bytecode of a file and the code objects nested in it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "str.h"
#include "vm.h"

AyStatus ayCli_disassemble(AyVM *vm, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ayErr_format(vm, AY_EXC(vm, FileNotFoundError), "[Errno 2] No such file or directory: '%s'", path);
        return AY_ERR_RUNTIME;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (n + 1 >= cap) {
            cap = cap ? cap * 2 : 4096;
            char *b = realloc(buf, cap);
            if (!b) break;
            buf = b;
        }
        buf[n++] = (char)c;
    }
    fclose(f);
    AyCode *code = ayCompile_source(vm, buf ? buf : "", n, path, AY_PARSE_FILE, 0);
    free(buf);
    if (!code) return AY_ERR_SYNTAX;
    ayCode_disassemble(vm, code, stdout);
    return AY_OK;
}
