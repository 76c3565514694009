// A small host application embedding Ay (see docs/embedding.md):
//   - two independent VMs, each with its own output;
//   - a C module ("app") whose functions scripts call, calling back into Ay;
//   - an async script whose awaitable C function is answered by the host's
//     own main loop, which also drives Ay's event loop;
//   - an infinite loop stopped from a watchdog thread;
//   - a memory limit: the script gets MemoryError, the host carries on.
//
// Build against an installed Ay:  cc host.c $(pkg-config --cflags --libs ay) -pthread
#include <ay.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

// ---------------------------------------------------------------------------
// The "app" module

// app.log(message): the host decides where script messages go.
static AyStatus app_log(AyVM *vm, int nargs, void *ud) {
    if (nargs != 1) return ay_raise(vm, "TypeError", "log() takes 1 argument (%d given)", nargs);
    AyStatus s = ay_to_str(vm, 1, 1);  // accept anything printable
    if (s != AY_OK) return s;
    printf("[%s] %s\n", (const char *)ud, ay_get_str(vm, 1, NULL));
    return AY_OK;  // returns None
}

// app.each(items, fn): calls fn(item) for each item and returns the results'
// sum; C calling back into Ay.
static AyStatus app_each(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 2) return ay_raise(vm, "TypeError", "each() takes 2 arguments (%d given)", nargs);
    AyStatus s = ay_ensure_slots(vm, 6);
    if (s != AY_OK || (s = ay_iter(vm, 3, 1)) != AY_OK) return s;  // slot 3: iter(items)
    int64_t sum = 0, r;
    while ((s = ay_next(vm, 5, 3)) == AY_OK) {                       // slot 5: item
        if ((s = ay_copy(vm, 4, 2)) != AY_OK || (s = ay_call(vm, 4, 1)) != AY_OK ||  // slot 4: fn(item)
            (s = ay_get_int(vm, 4, &r)) != AY_OK)
            return s;
        sum += r;
    }
    return s == AY_DONE ? ay_set_int(vm, 0, sum) : s;
}

// app.fetch(key): an awaitable. Returns a Future that the host's main loop
// completes later (as a real host would when its network reply arrives).
static AyHandle *fetch_future;
static char fetch_key[64];

static AyStatus app_fetch(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    const char *key = nargs == 1 ? ay_get_str(vm, 1, NULL) : NULL;
    if (!key) return nargs == 1 ? AY_ERR_RUNTIME : ay_raise(vm, "TypeError", "fetch() takes 1 argument");
    if (fetch_future) return ay_raise(vm, "RuntimeError", "one fetch at a time");
    AyStatus s = ay_future_new(vm, 0);
    if (s != AY_OK) return s;
    fetch_future = ay_handle_new(vm, 0);
    snprintf(fetch_key, sizeof fetch_key, "%s", key);
    return fetch_future ? AY_OK : AY_ERR_MEMORY;
}

static const AyFunctionDef app_functions[] = {
    {"log", app_log, "log(message): write a line to the host's log"},
    {"each", app_each, "each(items, fn) -> sum of fn(item)"},
    {"fetch", app_fetch, "await fetch(key) -> the host's value for key"},
    {NULL, NULL, NULL},
};

// ---------------------------------------------------------------------------
// Helpers

static void print_to(void *ud, const char *s, size_t n) { printf("%s| %.*s", (const char *)ud, (int)n, s); }

static AyVM *new_vm(const char *name) {
    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.write_out = print_to;  // the script's print() goes through the host
    cfg.io_ud = (void *)name;
    AyVM *vm = ay_new(&cfg);
    if (vm && ay_def_module(vm, -1, "app", app_functions, (void *)name) != AY_OK) {
        ay_free(vm);
        vm = NULL;
    }
    return vm;
}

static int run(AyVM *vm, const char *src) {
    AyStatus s = ay_run_string(vm, src, strlen(src), "<host>");
    if (s != AY_OK) ay_print_error(vm);  // the traceback, as Python prints it
    return s == AY_OK ? 0 : 1;
}

static void *watchdog(void *vm) {
    struct timespec ts = {0, 200 * 1000 * 1000};
    nanosleep(&ts, NULL);
    ay_interrupt(vm);  // thread safe
    return NULL;
}

// ---------------------------------------------------------------------------

int main(void) {
    AyVM *calc = new_vm("calc"), *web = new_vm("web");
    if (!calc || !web) return 1;

    // 1. scripts call C, C calls back into Ay
    run(calc, "import app\n"
              "app.log('hello from calc')\n"
              "print('sum of squares:', app.each(range(5), lambda x: x * x))\n");
    // the VMs are independent: web has no such variable
    run(calc, "secret = 42\n");
    run(web, "print('web sees secret:', 'secret' in globals())\n");

    // 2. the host calls an Ay function with arguments and reads the result
    run(calc, "def area(w, h):\n    return w * h\n");
    ay_ensure_slots(calc, 3);
    ay_get_global(calc, 0, NULL, "area");
    ay_set_int(calc, 1, 6);
    ay_set_float(calc, 2, 7.5);
    if (ay_call(calc, 0, 2) == AY_OK) {
        double a;
        ay_get_float(calc, 0, &a);
        printf("host: area(6, 7.5) = %g\n", a);
    }

    // 3. an async script driven by the host's own main loop
    run(web, "import app, asyncio\n"
             "async def page(name):\n"
             "    app.log('fetching ' + name)\n"
             "    body = await app.fetch(name)\n"
             "    await asyncio.sleep(0.01)\n"
             "    return f'<h1>{body}</h1>'\n");
    ay_ensure_slots(web, 2);
    ay_eval(web, 0, "page('index')");
    ay_loop_spawn(web, 0);  // slot 0: the Task
    int fd = ay_loop_backend_fd(web), done = 0;
    while (!done) {
        // a real host would poll its own sockets/GUI here too
        double t = ay_loop_timeout(web);
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, t < 0 ? 50 : (int)(t * 1000) + 1);
        if (ay_loop_run_once(web, 0) != AY_OK) return 1;
        if (fetch_future) {  // the host "receives" the reply and completes the Future
            printf("host: answering fetch('%s')\n", fetch_key);
            ay_ensure_slots(web, 3);
            ay_handle_get(web, 1, fetch_future);        // slot 1: the Future
            ay_set_str(web, 2, "Welcome", (size_t)-1);  // slot 2: the reply
            ay_future_set_result(web, 1, 2);
            ay_handle_free(web, fetch_future);
            fetch_future = NULL;
        }
        ay_copy(web, 1, 0);
        ay_call_method(web, 1, "done", 0);
        ay_get_bool(web, 1, &done);
    }
    ay_call_method(web, 0, "result", 0);
    printf("host: page = %s\n", ay_get_str(web, 0, NULL));

    // 4. a runaway script stopped by a watchdog thread
    pthread_t th;
    pthread_create(&th, NULL, watchdog, calc);
    const char *runaway = "while True:\n    pass\n";
    AyStatus s = ay_run_string(calc, runaway, strlen(runaway), "<runaway>");
    pthread_join(th, NULL);
    printf("host: runaway script stopped (%s), calc still works:\n",
           s == AY_ERR_INTERRUPT ? "KeyboardInterrupt" : "?");
    ay_error_clear(calc);
    run(calc, "print('secret is', secret)\n");

    // 5. errors come back as codes and tracebacks
    run(calc, "app.each([1, 2], lambda x: x / 0)\n");

    // 6. a memory limit: MemoryError in the script, which may handle it
    ay_set_mem_limit(calc, ay_mem_used(calc) + 16 * 1024 * 1024);
    run(calc, "try:\n"
              "    hog = [bytes(1000) for _ in range(10**6)]\n"
              "except MemoryError:\n"
              "    print('MemoryError: the script lives on')\n");
    const char *greedy = "hog = 'x' * 10**9\n";
    s = ay_run_string(calc, greedy, strlen(greedy), "<greedy>");
    printf("host: greedy script stopped (%s)\n", s == AY_ERR_MEMORY ? ay_error_type(calc) : "?");
    ay_error_clear(calc);
    ay_set_mem_limit(calc, 0);
    run(calc, "print('secret is still', secret)\n");

    ay_free(calc);
    ay_free(web);
    return 0;
}
