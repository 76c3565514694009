// hand-checked: calls with keyword arguments (ay_call_kw), the module search
// path from the config (module_path) and from ay_path_insert, and sys.argv
// from the config (the embedding API, no CPython equivalent).
#define _POSIX_C_SOURCE 200809L  // mkdtemp
#include <ay.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHECK(call)                                                                   \
    do {                                                                              \
        AyStatus s_ = (call);                                                         \
        if (s_ != AY_OK) {                                                            \
            printf("line %d: %s -> %d %s\n", __LINE__, #call, (int)s_,                \
                   ay_error_message(vm) ? ay_error_message(vm) : "");                 \
            return 1;                                                                 \
        }                                                                             \
    } while (0)

static void fails(AyVM *vm, const char *label, AyStatus s) {
    const char *type = ay_error_type(vm), *msg = ay_error_message(vm);
    printf("%s: status %d, %s: %s\n", label, (int)s, type ? type : "(none)", msg ? msg : "");
    ay_error_clear(vm);
}

static AyStatus run(AyVM *vm, const char *src) { return ay_run_string(vm, src, strlen(src), "<calls>"); }

// Writes `text` to dir/name.
static int write_file(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return 1;
    fputs(text, f);
    return fclose(f) != 0;
}

static void remove_file(const char *dir, const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    remove(path);
}

int main(void) {
    char first[] = "/tmp/ay-embed-calls-XXXXXX", second[] = "/tmp/ay-embed-calls-XXXXXX";
    if (!mkdtemp(first) || !mkdtemp(second)) return 1;
    if (write_file(first, "greet.py", "def hello(name, *, punct='.'):\n    return 'hello ' + name + punct\n") ||
        write_file(second, "shadow.py", "where = 'second'\n") || write_file(first, "shadow.py", "where = 'first'\n"))
        return 1;

    char *argv[] = {"host-app", "--verbose", "input.txt"};
    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.module_path = first;
    cfg.argc = 3;
    cfg.argv = argv;
    AyVM *vm = ay_new(&cfg);
    if (!vm) return 1;
    CHECK(ay_ensure_slots(vm, 6));

    // sys.argv and the search path come from the config
    CHECK(run(vm, "import sys\nprint(sys.argv)\n"));
    CHECK(run(vm, "import greet\nprint(greet.hello('config'))\n"));

    // ay_call_kw: positional arguments in slots, keywords from a dict
    CHECK(ay_get_global(vm, 0, "greet", "hello"));
    CHECK(ay_set_str(vm, 1, "kw", (size_t)-1));
    CHECK(ay_new_dict(vm, 2));
    CHECK(ay_set_str(vm, 3, "punct", (size_t)-1));
    CHECK(ay_set_str(vm, 4, "!", (size_t)-1));
    CHECK(ay_set_item(vm, 2, 3, 4));
    CHECK(ay_call_kw(vm, 0, 1, 2));
    printf("ay_call_kw: %s\n", ay_get_str(vm, 0, NULL));
    // an empty dict is no keywords
    CHECK(ay_get_global(vm, 0, "greet", "hello"));
    CHECK(ay_new_dict(vm, 2));
    CHECK(ay_call_kw(vm, 0, 1, 2));
    printf("no keywords: %s\n", ay_get_str(vm, 0, NULL));
    // mistakes are exceptions
    CHECK(ay_get_global(vm, 0, "greet", "hello"));
    CHECK(ay_set_int(vm, 2, 5));
    fails(vm, "kwargs not a dict", ay_call_kw(vm, 0, 1, 2));
    CHECK(ay_new_dict(vm, 2));
    CHECK(ay_set_int(vm, 3, 1));
    CHECK(ay_set_item(vm, 2, 3, 4));
    fails(vm, "non-str key", ay_call_kw(vm, 0, 1, 2));
    CHECK(ay_new_dict(vm, 2));
    CHECK(ay_set_str(vm, 3, "colour", (size_t)-1));
    CHECK(ay_set_item(vm, 2, 3, 4));
    fails(vm, "unknown keyword", ay_call_kw(vm, 0, 1, 2));
    fails(vm, "slot out of range", ay_call_kw(vm, 0, 1, 9));

    // ay_path_insert: index 0 is searched before the config's directory
    CHECK(ay_path_insert(vm, 0, second));
    CHECK(run(vm, "import shadow\nprint('shadow from', shadow.where)\n"));
    CHECK(run(vm, "print('inserted first:', sys.path.index(shadow.__file__.rsplit('/', 1)[0]) == 0)\n"));
    CHECK(ay_path_insert(vm, 1000, "/nonexistent/last"));
    CHECK(run(vm, "print('past the end appends:', sys.path[-1])\n"));
    fails(vm, "NULL directory", ay_path_insert(vm, 0, NULL));
    ay_free(vm);

    remove_file(first, "greet.py");
    remove_file(first, "shadow.py");
    remove_file(second, "shadow.py");
    rmdir(first);
    rmdir(second);
    return 0;
}
