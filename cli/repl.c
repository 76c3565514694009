// The interactive prompt: reads statements with libedit, runs them in
// __main__, echoes expression values, keeps going after errors.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "str.h"
#include "vm.h"

void ay_print_error(AyVM *vm);

static AyDict *main_dict(AyVM *vm) {
    AyValue m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    if (m && ayV_is_type(vm, m, vm->t_module)) return AY_AS(AyModule, m)->dict;
    ay_run_string(vm, "", 0, "<stdin>");
    m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    return m ? AY_AS(AyModule, m)->dict : NULL;
}

// True when `src` is an incomplete statement (more lines are needed).
static bool incomplete(AyVM *vm, const char *src) {
    AyArena arena;
    ayArena_init(&arena, NULL, NULL);
    AySyntaxError err;
    AyNode *mod = ayParse(&arena, src, strlen(src), "<stdin>", AY_PARSE_SINGLE, &err);
    bool inc = !mod && err.incomplete;
    if (!mod) aySyntaxError_clear(&err);
    ayArena_free(&arena);
    return inc;
}

int ayCli_repl(AyVM *vm, int inspect) {
    AyDict *globals = main_dict(vm);
    if (!globals) return 1;
    if (!inspect) printf("Ay %s (Python 3.12 language) -- Ctrl-D to exit\n", AY_VERSION_STRING);
    char *buf = NULL;
    size_t len = 0;
    for (;;) {
        char *line = readline(len ? "... " : ">>> ");
        if (!line) {
            putchar('\n');
            break;
        }
        size_t ln = strlen(line);
        char *nb = realloc(buf, len + ln + 2);
        if (!nb) break;
        buf = nb;
        memcpy(buf + len, line, ln);
        len += ln;
        buf[len++] = '\n';
        buf[len] = 0;
        if (ln) add_history(line);
        free(line);
        // a block continues until an empty line
        bool block_open = len > 1 && (incomplete(vm, buf) || (strchr(buf, '\n') != buf + len - 1 && ln != 0));
        if (block_open) continue;
        AyCode *code = ayCompile_source(vm, buf, len, "<stdin>", AY_PARSE_SINGLE,
                                        AY_COMPILE_INTERACTIVE | AY_COMPILE_TOPLEVEL_AWAIT);
        len = 0;
        if (!code) {
            ay_print_error(vm);
            continue;
        }
        ayGC_push_root(vm, ayV_from_obj(code));
        AyValue r = ayEval_code(vm, code, globals, AY_NULL);
        ayGC_pop_roots(vm, 1);
        if (!r) {
            const char *t = ay_error_type(vm);
            if (t && strcmp(t, "SystemExit") == 0) {
                free(buf);
                return ay_exit_code(vm);
            }
            ay_print_error(vm);
        }
        fflush(stdout);
    }
    free(buf);
    return 0;
}
