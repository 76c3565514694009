// hand-checked: independent VMs in one process, interleaved and on two
// threads at once, each with its own output hook, modules and globals.
#include <ay.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef struct Output {
    char text[4096];
    size_t len;
} Output;

static void collect(void *ud, const char *s, size_t n) {
    Output *o = ud;
    if (o->len + n < sizeof o->text) {
        memcpy(o->text + o->len, s, n);
        o->len += n;
        o->text[o->len] = 0;
    }
}

static AyStatus whoami(AyVM *vm, int nargs, void *ud) {
    (void)nargs;
    return ay_set_str(vm, 0, ud, (size_t)-1);
}

static AyVM *make_vm(Output *out, const char *name) {
    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.write_out = collect;
    cfg.io_ud = out;
    AyVM *vm = ay_new(&cfg);
    static const AyFunctionDef funcs[] = {{"whoami", whoami, NULL}, {NULL, NULL, NULL}};
    if (vm && ay_def_module(vm, -1, "host", funcs, (void *)name) != AY_OK) {
        ay_free(vm);
        return NULL;
    }
    return vm;
}

static AyStatus run(AyVM *vm, const char *src) { return ay_run_string(vm, src, strlen(src), "<vm>"); }

static void *busy(void *arg) {
    AyVM *vm = arg;
    run(vm, "import host\n"
            "total = 0\n"
            "for i in range(200000):\n"
            "    total += i % 7\n"
            "print(host.whoami(), 'total', total)\n");
    return NULL;
}

int main(void) {
    Output out_a = {{0}, 0}, out_b = {{0}, 0};
    AyVM *a = make_vm(&out_a, "vm-a");
    AyVM *b = make_vm(&out_b, "vm-b");
    if (!a || !b) return 1;

    run(a, "x = 'only in a'\nimport sys\nsys.path.append('/a')\n");
    run(b, "x = 'only in b'\n");
    run(a, "import host\nprint(host.whoami(), x, '/a' in sys.path)\n");
    run(b, "import host, sys\nprint(host.whoami(), x, '/a' in sys.path)\n");
    // an error in one leaves the other untouched
    AyStatus s = run(a, "raise ValueError('a failed')\n");
    printf("a: status %d %s; b: %s\n", (int)s, ay_error_type(a), ay_error_type(b) ? "error" : "no error");
    ay_error_clear(a);
    // a builtin changed in one is not changed in the other
    run(a, "import builtins\nbuiltins.len = lambda x: -1\nprint('a len', len([1, 2]))\n");
    run(b, "print('b len', len([1, 2]))\n");

    // both at once on two threads
    pthread_t ta, tb;
    pthread_create(&ta, NULL, busy, a);
    pthread_create(&tb, NULL, busy, b);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);

    ay_free(a);
    run(b, "print('b outlives a')\n");
    ay_free(b);
    printf("--- a wrote:\n%s--- b wrote:\n%s", out_a.text, out_b.text);
    return 0;
}
