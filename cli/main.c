// The `ay` command: argument handling, then hand over to libay.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ay.h"
#include "parser.h"

static const char usage[] =
    "usage: ay [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd         program passed in as string (terminates option list)\n"
    "  -m mod         run library module as a script (terminates option list)\n"
    "  -i             inspect interactively after running script\n"
    "  -h, --help     print this help message and exit\n"
    "  -V, --version  print the Ay version and exit\n"
    "  --check FILE.. parse and compile each file; report the first error of each\n"
    "  --dump-ast F   print the AST of F as Python's ast.dump() does\n"
    "  --dump-ast-pos F   the same with positions (include_attributes=True)\n"
    "  --dis F        print the bytecode of F\n"
    "  file           program read from script file\n"
    "  -              program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...        arguments passed to program in sys.argv[1:]\n";

// Reads a whole file; returns a malloc'd, NUL-terminated buffer or NULL (errno set).
static char *read_file(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!buf) break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2 + 1);
        if (!bigger) { free(buf); buf = NULL; break; }
        buf = bigger;
        cap *= 2;
    }
    int failed = ferror(f);
    if (f != stdin) fclose(f);
    if (!buf || failed) {
        free(buf);
        errno = buf ? EIO : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

// Parses one file for --check / --dump-ast; returns the process exit status.
static int parse_file(const char *path, int dump, int attrs) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "ay: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
        return 2;
    }
    AyArena arena;
    ayArena_init(&arena, NULL, NULL);
    AySyntaxError err;
    AyNode *mod = ayParse(&arena, src, len, path, AY_PARSE_FILE, &err);
    int status = 0;
    if (!mod) {
        aySyntaxError_print(stderr, path, &err);
        aySyntaxError_clear(&err);
        status = 1;
    } else if (dump) {
        ayAst_dump(stdout, mod, attrs);
    }
    ayArena_free(&arena);
    free(src);
    return status;
}

int main(int argc, char **argv) {
    if (argc >= 2 && (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0)) {
        printf("Ay %s\n", AY_VERSION_STRING);
        return 0;
    }
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "--check") == 0) {
        int status = 0;
        for (int i = 2; i < argc; i++) {
            int s = parse_file(argv[i], 0, 0);
            if (s > status) status = s;
        }
        return status;
    }
    if (argc == 3 && strcmp(argv[1], "--dump-ast") == 0) return parse_file(argv[2], 1, 0);
    if (argc == 3 && strcmp(argv[1], "--dump-ast-pos") == 0) return parse_file(argv[2], 1, 1);
    fputs(usage, stderr);
    return 2;
}
