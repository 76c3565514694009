// libFuzzer target for the front end: any bytes, parsed in each of the three
// modes (file, eval, single), then dumped or reported. Must never crash, leak,
// hang or trip a sanitizer. Built by `make fuzz`.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink(void) {
    static FILE *f;
    if (!f) f = fopen("/dev/null", "w");
    return f;
}

static void run(const uint8_t *data, size_t size, int mode) {
    AyArena arena;
    ayArena_init(&arena, NULL, NULL);
    AySyntaxError err;
    AyNode *n = ayParse(&arena, (const char *)data, size, "<fuzz>", mode, &err);
    if (n) {
        ayAst_dump(sink(), n, 1);
    } else {
        aySyntaxError_print(sink(), "<fuzz>", &err);
        aySyntaxError_clear(&err);
    }
    ayArena_free(&arena);
}

// Each input is tried as a module, an expression and an interactive
// statement, from a file and from a string.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    run(data, size, AY_PARSE_FILE);
    run(data, size, AY_PARSE_EVAL | AY_PARSE_STRING_INPUT);
    run(data, size, AY_PARSE_SINGLE | AY_PARSE_STRING_INPUT);
    return 0;
}
