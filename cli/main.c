// The `ay` command: argument handling, then hand over to libay.
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ay.h"
#include "api.h"
#include "compile.h"
#include "parser.h"
#include "repl.h"

// The CLI may use internals for the developer options (--dis, --dump-ast).
AyStatus ayCli_disassemble(AyVM *vm, const char *path);
int ayCli_repl(AyVM *vm, int flags);  // flags: AY_REPL_* (cli/repl.h)

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
    "  arg ...        arguments passed to program in sys.argv[1:]\n"
    "Environment:\n"
    "  AY_PATH        ':'-separated list of directories prefixed to the module search path\n";

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
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
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

// Parses one file for --check (then compiles it with `vm`, for the errors
// CPython's compiler reports) or --dump-ast (`vm` NULL); returns the process
// exit status.
static int parse_file(AyVM *vm, const char *path, int dump, int attrs) {
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
    } else if (!ayCompile_ast(vm, &arena, mod, path, src, len, 0, &err)) {
        if (err.msg[0]) aySyntaxError_print(stderr, path, &err);
        else fputs("MemoryError\n", stderr);
        aySyntaxError_clear(&err);
        status = 1;
    }
    ayArena_free(&arena);
    free(src);
    return status;
}

// An absolute version of `path` (like os.path.abspath, without resolving links).
static char *abspath(const char *path) {
    char cwd[PATH_MAX];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(path);
    const char *p = path;
    while (p[0] == '.' && p[1] == '/') p += 2;
    // joined by hand: snprintf would map libc's printf code (two 64 KB windows)
    // into every run for this alone
    size_t ncwd = strlen(cwd), np = strlen(p);
    char *r = malloc(ncwd + np + 2);
    if (r) {
        memcpy(r, cwd, ncwd);
        r[ncwd] = '/';
        memcpy(r + ncwd + 1, p, np + 1);
    }
    return r;
}

// Maps the outcome of running code to the process exit status, printing
// tracebacks the way CPython does.
static int finish(AyVM *vm, AyStatus s) {
    if (s == AY_OK) return 0;
    if (s == AY_EXIT) return ay_exit_code(vm);
    int code = 1;
    const char *type = ay_error_type(vm);
    if (type && strcmp(type, "KeyboardInterrupt") == 0) code = 130;
    ay_print_error(vm);
    if (code == 130) {
        // like CPython, die by the signal so the parent sees it
        fflush(stdout);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return code;
}

int main(int argc, char **argv) {
    // as CPython: writing to a closed pipe raises BrokenPipeError instead of
    // killing the process (child processes get the default back)
    signal(SIGPIPE, SIG_IGN);
    if (argc >= 2 && (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0)) {
        printf("Ay %s\n", AY_VERSION_STRING);
        return 0;
    }
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "--check") == 0) {
        AyVM *vm = ay_new(NULL);
        if (!vm) return 1;
        int status = 0;
        for (int i = 2; i < argc; i++) {
            int s = parse_file(vm, argv[i], 0, 0);
            if (s > status) status = s;
        }
        ay_free(vm);
        return status;
    }
    if (argc == 3 && strcmp(argv[1], "--dump-ast") == 0) return parse_file(NULL, argv[2], 1, 0);
    if (argc == 3 && strcmp(argv[1], "--dump-ast-pos") == 0) return parse_file(NULL, argv[2], 1, 1);

    int i = 1, inspect = 0;
    const char *command = NULL, *module = NULL, *dis = NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-i") == 0) inspect = 1;
        else if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            command = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-m") == 0 && i + 1 < argc) {
            module = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "--dis") == 0 && i + 1 < argc) {
            dis = argv[++i];
        } else if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-S") == 0 || strcmp(a, "-E") == 0 ||
                   strcmp(a, "-s") == 0) {
            // CPython options with no effect here
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        } else {
            break;
        }
    }
    // sys.argv: the script (or -c / -m) and what follows
    const char *script = (!command && !module && i < argc) ? argv[i] : NULL;
    int nargs = 0;
    char **pyargv = malloc(sizeof(char *) * (size_t)(argc + 2));
    if (!pyargv) return 1;
    if (command) pyargv[nargs++] = "-c";
    else if (module) pyargv[nargs++] = (char *)module;
    char *script_path = script && strcmp(script, "-") != 0 ? abspath(script) : NULL;  // freed at the end
    if (script_path) pyargv[nargs++] = script_path;
    else if (script) pyargv[nargs++] = "-";
    else if (!command && !module) pyargv[nargs++] = "";  // the REPL or a script on stdin
    for (int k = script ? i + 1 : i; k < argc; k++) pyargv[nargs++] = argv[k];

    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.argc = nargs;
    cfg.argv = pyargv;
    cfg.module_path = getenv("AY_PATH");
    AyVM *vm = ay_new(&cfg);
    if (!vm) {
        fprintf(stderr, "ay: out of memory\n");
        free(script_path);
        free(pyargv);
        return 1;
    }
    int status = 0;
    if (dis) {
        status = finish(vm, ayCli_disassemble(vm, dis));
    } else if (command) {
        ay_path_insert(vm, 0, "");
        status = finish(vm, ayApi_run_string_input(vm, command, strlen(command), "<string>"));
    } else if (module && strcmp(module, "asyncio") == 0) {
        // as `python -m asyncio`: the REPL with every input in the event loop
        ay_path_insert(vm, 0, "");
        status = ayCli_repl(vm, AY_REPL_ASYNCIO);
    } else if (module) {
        char cwd[PATH_MAX];
        ay_path_insert(vm, 0, getcwd(cwd, sizeof cwd) ? cwd : "");
        status = finish(vm, ay_run_module(vm, module));
    } else if (script && strcmp(script, "-") != 0) {
        char *full = pyargv[0];
        char *dir = strdup(full);
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash) *slash = 0;
        ay_path_insert(vm, 0, dir ? dir : "");
        free(dir);
        size_t len;
        char *src = read_file(script, &len);
        if (!src) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], full, errno, strerror(errno));
            status = 2;
            goto done;
        }
        status = finish(vm, ay_run_string(vm, src, len, full));
        free(src);
        if (inspect) status = ayCli_repl(vm, AY_REPL_INSPECT);
    } else if (!isatty(0) || (script && strcmp(script, "-") == 0)) {
        ay_path_insert(vm, 0, "");
        size_t len;
        char *src = read_file("-", &len);
        if (!src) {
            status = 1;
            goto done;
        }
        status = finish(vm, ay_run_string(vm, src, len, "<stdin>"));
        free(src);
    } else {
        ay_path_insert(vm, 0, "");
        status = ayCli_repl(vm, 0);
    }
done:
    fflush(stdout);
    ay_free(vm);
    free(script_path);
    free(pyargv);
    return status;
}
