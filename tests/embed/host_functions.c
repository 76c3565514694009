// hand-checked: C functions and modules called from Ay, calling back into Ay,
// errors both ways, handles and host pointers (the embedding API).
#include <ay.h>
#include <stdio.h>
#include <string.h>

#define CHECK(call)                                                                       \
    do {                                                                                  \
        AyStatus s_ = (call);                                                             \
        if (s_ != AY_OK) {                                                                \
            printf("line %d: %s -> %d\n", __LINE__, #call, (int)s_);                     \
            ay_print_error(vm);                                                           \
            return 1;                                                                     \
        }                                                                                 \
    } while (0)

static int finalized;

// add(a, b) -> a + b for ints
static AyStatus add(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 2) return ay_raise(vm, "TypeError", "add() takes 2 arguments (%d given)", nargs);
    int64_t a, b;
    AyStatus s = ay_get_int(vm, 1, &a);
    if (s != AY_OK) return s;
    if ((s = ay_get_int(vm, 2, &b)) != AY_OK) return s;
    return ay_set_int(vm, 0, a + b);
}

// apply(f, x) -> f(x) * scale, scale from the module's user data
static AyStatus apply(AyVM *vm, int nargs, void *ud) {
    if (nargs != 2) return ay_raise(vm, "TypeError", "apply() takes 2 arguments");
    AyStatus s = ay_call(vm, 1, 1);  // slot 1 = f(x)
    if (s != AY_OK) return s;
    int64_t r;
    if ((s = ay_get_int(vm, 1, &r)) != AY_OK) return s;
    return ay_set_int(vm, 0, r * *(int *)ud);
}

// words(text) -> list of the space-separated words, built in a larger window
static AyStatus words(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 1) return ay_raise(vm, "TypeError", "words() takes 1 argument");
    size_t n;
    const char *text = ay_get_str(vm, 1, &n);
    if (!text) return AY_ERR_RUNTIME;
    AyStatus s = ay_ensure_slots(vm, 4);
    if (s != AY_OK || (s = ay_new_list(vm, 0)) != AY_OK) return s;
    const char *p = text, *end = text + n;
    while (p < end) {
        const char *w = memchr(p, ' ', (size_t)(end - p));
        if (!w) w = end;
        if (w > p && ((s = ay_set_str(vm, 3, p, (size_t)(w - p))) != AY_OK || (s = ay_list_append(vm, 0, 3)) != AY_OK))
            return s;
        p = w + 1;
    }
    return AY_OK;
}

// silent() returns None without touching slot 0
static AyStatus silent(AyVM *vm, int nargs, void *ud) {
    (void)vm, (void)nargs, (void)ud;
    return AY_OK;
}

// broken() fails without raising anything
static AyStatus broken(AyVM *vm, int nargs, void *ud) {
    (void)vm, (void)nargs, (void)ud;
    return AY_ERR_RUNTIME;
}

// tolerant(f) calls f(), ignores its error and returns "recovered"
static AyStatus tolerant(AyVM *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    if (ay_call(vm, 1, 0) == AY_OK) return ay_set_str(vm, 0, "no error", (size_t)-1);
    printf("  tolerant saw %s\n", ay_error_type(vm));
    return ay_set_str(vm, 0, "recovered", (size_t)-1);
}

// misuse() reads a slot that does not exist
static AyStatus misuse(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    int64_t i;
    return ay_get_int(vm, nargs + 5, &i);
}

// keep(f) stores f in a handle; run_kept() calls it
static AyHandle *kept;
static AyStatus keep(AyVM *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    ay_handle_free(vm, kept);
    kept = ay_handle_new(vm, 1);
    return kept ? AY_OK : AY_ERR_MEMORY;
}
static AyStatus run_kept(AyVM *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    AyStatus s = ay_handle_get(vm, 0, kept);
    return s == AY_OK ? ay_call(vm, 0, 0) : s;
}

static void count_finalize(void *p) {
    finalized++;
    printf("  finalize %s\n", (const char *)p);
}

// make_pointer(name) -> host pointer to a static string, finalized when collected
static AyStatus make_pointer(AyVM *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    const char *name = ay_get_str(vm, 1, NULL);
    if (!name) return AY_ERR_RUNTIME;
    static const char *names[] = {"first", "second"};
    return ay_set_pointer(vm, 0, (void *)(strcmp(name, "first") == 0 ? names[0] : names[1]), count_finalize);
}
static AyStatus pointer_name(AyVM *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    const char *p = ay_get_pointer(vm, 1);
    return p ? ay_set_str(vm, 0, p, (size_t)-1) : AY_ERR_RUNTIME;
}

static int run(AyVM *vm, const char *src) {
    AyStatus s = ay_run_string(vm, src, strlen(src), "<test>");
    if (s != AY_OK) {
        printf("status %d:\n", (int)s);
        fputs(ay_error_traceback(vm), stdout);
        ay_error_clear(vm);
    }
    return (int)s;
}

int main(void) {
    AyVM *vm = ay_new(NULL);
    if (!vm) return 1;
    static int scale = 10;
    static const AyFunctionDef funcs[] = {
        {"add", add, "add(a, b) -> a + b"},
        {"apply", apply, NULL},
        {"words", words, NULL},
        {"silent", silent, NULL},
        {"broken", broken, NULL},
        {"tolerant", tolerant, NULL},
        {"misuse", misuse, NULL},
        {"keep", keep, NULL},
        {"run_kept", run_kept, NULL},
        {"make_pointer", make_pointer, NULL},
        {"pointer_name", pointer_name, NULL},
        {NULL, NULL, NULL},
    };
    CHECK(ay_ensure_slots(vm, 2));
    CHECK(ay_def_module(vm, 0, "host", funcs, &scale));
    CHECK(ay_set_str(vm, 1, "a module made in C", (size_t)-1));
    CHECK(ay_set_attr(vm, 0, "__doc__", 1));
    run(vm, "import host\n"
            "print(host, host.__doc__)\n"
            "print(host.add, host.add.__name__, host.add.__module__, host.add.__doc__)\n"
            "print(host.add(2, 3), host.add(True, 2**40))\n"
            "print(host.apply(lambda x: x + 1, 4))\n"
            "print(host.apply(lambda x: host.add(x, x), 4))\n"
            "print(host.words('the quick  brown fox'))\n"
            "print(host.silent(1, 2, 3))\n"
            "print(host.tolerant(lambda: 1 / 0))\n"
            "for bad in (lambda: host.add(1), lambda: host.add('x', 1), lambda: host.add(1, b=2),\n"
            "            host.broken, host.misuse, lambda: host.apply(None, 1)):\n"
            "    try:\n"
            "        bad()\n"
            "    except Exception as e:\n"
            "        print(type(e).__name__, e)\n");
    // an exception raised in Ay, passing through C, caught in Ay
    run(vm, "def boom(x):\n"
            "    raise KeyError(x)\n"
            "try:\n"
            "    host.apply(boom, 'k')\n"
            "except KeyError as e:\n"
            "    print('caught', repr(e))\n");
    // ... and escaping to the host, with the C function absent from the traceback
    run(vm, "def outer():\n"
            "    return host.apply(boom, 'deep')\n"
            "outer()\n");

    // handles keep a value alive across collections
    run(vm, "def make():\n"
            "    secret = [1, 2, 3]\n"
            "    host.keep(lambda: sum(secret))\n"
            "make()\n"
            "import gc; gc.collect()\n"
            "print('kept:', host.run_kept())\n");
    CHECK(ay_handle_get(vm, 0, kept));
    CHECK(ay_call(vm, 0, 0));
    int64_t total;
    CHECK(ay_get_int(vm, 0, &total));
    printf("kept from the host: %lld\n", (long long)total);
    ay_handle_free(vm, kept);
    kept = NULL;

    // host pointers and their finalizers
    run(vm, "p = host.make_pointer('first')\n"
            "print(host.pointer_name(p), type(p).__name__, repr(p).startswith('<host pointer 0x'))\n"
            "q = host.make_pointer('second')\n"
            "del p\n"
            "gc.collect()\n"
            "print('after collect')\n");
    printf("finalized before free: %d\n", finalized);
    run(vm, "host.pointer_name(42)\n");
    // only the API makes host functions and pointers: scripts cannot make empty ones
    run(vm, "for t in (type(host.add), type(q)):\n"
            "    try:\n"
            "        t()\n"
            "    except TypeError as e:\n"
            "        print(e)\n");

    // a host function made without a module, called from C and from Ay
    CHECK(ay_def_function(vm, 0, "plus", add, NULL));
    CHECK(ay_set_global(vm, NULL, "plus", 0));
    CHECK(ay_set_int(vm, 1, 40));
    CHECK(ay_ensure_slots(vm, 3));
    CHECK(ay_set_int(vm, 2, 2));
    CHECK(ay_call(vm, 0, 2));
    CHECK(ay_get_int(vm, 0, &total));
    printf("plus(40, 2) from C: %lld\n", (long long)total);
    run(vm, "print(plus, plus.__module__, plus(1, 1))\n");
    printf("slots after all that: %d\n", ay_slot_count(vm));
    ay_free(vm);
    printf("finalized after free: %d\n", finalized);
    return 0;
}
