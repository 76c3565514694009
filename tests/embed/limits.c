// hand-checked: a host stops runaway scripts (interrupt from another thread,
// a chosen exception, the tick budget), caps memory, and counts every byte
// through its own allocator (all returned by ay_free).
#include <ay.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static AyStatus run(AyVM *vm, const char *src) { return ay_run_string(vm, src, strlen(src), "<limits>"); }

static void show(AyVM *vm, const char *label, AyStatus s) {
    const char *type = ay_error_type(vm), *msg = ay_error_message(vm);
    printf("%s: status %d, %s: %s\n", label, (int)s, type ? type : "(none)", msg ? msg : "(none)");
    ay_error_clear(vm);
}

// The host's allocator: counts live bytes and blocks.
typedef struct Counter {
    size_t bytes, blocks, peak;
} Counter;

static void *counting_alloc(void *ud, void *ptr, size_t old, size_t size) {
    Counter *c = ud;
    if (ptr) c->bytes -= old, c->blocks--;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    void *p = realloc(ptr, size);
    if (!p) {
        if (ptr) c->bytes += old, c->blocks++;
        return NULL;
    }
    c->bytes += size, c->blocks++;
    if (c->bytes > c->peak) c->peak = c->bytes;
    return p;
}

static void *interrupter(void *arg) {
    AyVM *vm = arg;
    struct timespec ts = {0, 100 * 1000 * 1000};
    nanosleep(&ts, NULL);
    ay_interrupt(vm);
    return NULL;
}

static void *timeout_interrupter(void *arg) {
    AyVM *vm = arg;
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    ay_interrupt_with(vm, "TimeoutError");
    return NULL;
}

int main(void) {
    Counter counter = {0, 0, 0};
    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.alloc = counting_alloc;
    cfg.alloc_ud = &counter;
    AyVM *vm = ay_new(&cfg);
    if (!vm) return 1;
    printf("allocator used: %s\n", counter.blocks > 0 && counter.bytes > 0 ? "yes" : "no");

    // ay_interrupt from another thread stops an infinite loop
    pthread_t th;
    pthread_create(&th, NULL, interrupter, vm);
    AyStatus s = run(vm, "n = 0\nwhile True:\n    n += 1\n");
    pthread_join(th, NULL);
    show(vm, "interrupted loop", s);
    s = run(vm, "print('ran', n > 0)\n");
    printf("status after interrupt: %d\n", (int)s);

    // the script may catch it (as Ctrl-C), and the VM goes on
    pthread_create(&th, NULL, interrupter, vm);
    s = run(vm, "try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught KeyboardInterrupt')\n");
    pthread_join(th, NULL);
    printf("status: %d\n", (int)s);

    // a chosen exception
    pthread_create(&th, NULL, timeout_interrupter, vm);
    s = run(vm, "def spin():\n    while True: pass\nspin()\n");
    pthread_join(th, NULL);
    printf("timeout: status %d, %s\n", (int)s, ay_error_type(vm));
    fputs(ay_error_traceback(vm), stdout);
    ay_error_clear(vm);

    // the tick budget
    printf("budget at start: %lld\n", (long long)ay_budget(vm));
    ay_set_budget(vm, 1000);
    s = run(vm, "total = 0\nfor i in range(500):\n    total += i\nprint('within budget', total)\n");
    printf("status %d, ticks left %s\n", (int)s, ay_budget(vm) > 0 && ay_budget(vm) < 1000 ? "some" : "?");
    ay_set_budget(vm, 1000);
    s = run(vm, "while True: pass\n");
    show(vm, "budget exhausted", s);
    // catching it does not help: the next tick raises again
    ay_set_budget(vm, 100);
    s = run(vm, "for attempt in range(3):\n"
                "    try:\n"
                "        while True: pass\n"
                "    except KeyboardInterrupt as e:\n"
                "        print('caught', e)\n");
    show(vm, "raised again", s);
    s = run(vm, "print('never runs')\n");
    show(vm, "exhausted before the first line", s);
    ay_set_budget(vm, -1);
    s = run(vm, "print('unlimited again', sum(range(10**5)))\n");
    printf("status %d, budget %lld\n", (int)s, (long long)ay_budget(vm));
    // recursion counts too
    ay_set_budget(vm, 50);
    s = run(vm, "def f(n): return f(n + 1) if n < 10**6 else n\nf(0)\n");
    show(vm, "recursive", s);
    ay_set_budget(vm, -1);

    // the memory limit raises MemoryError in the script
    size_t used = ay_mem_used(vm);
    ay_set_mem_limit(vm, used + 4 * 1024 * 1024);
    s = run(vm, "big = []\nwhile True:\n    big.append('x' * 1000)\n");
    show(vm, "memory limit", s);
    ay_set_mem_limit(vm, 0);
    s = run(vm, "del big\nimport gc; gc.collect()\n");
    printf("freed: status %d\n", (int)s);
    ay_set_mem_limit(vm, ay_mem_used(vm) + 4 * 1024 * 1024);
    s = run(vm, "try:\n"
                "    hog = bytearray(100 * 1024 * 1024)\n"
                "except MemoryError:\n"
                "    print('caught MemoryError')\n");
    printf("status %d\n", (int)s);
    ay_set_mem_limit(vm, 0);
    printf("peak below 64 MB: %s\n", counter.peak < 64u * 1024 * 1024 ? "yes" : "no");

    ay_free(vm);
    printf("after ay_free: %zu bytes in %zu blocks\n", counter.bytes, counter.blocks);

    // a limit too small to start gives NULL, not a crash
    cfg.mem_limit = 1000;
    AyVM *tiny = ay_new(&cfg);
    printf("tiny VM: %s; after: %zu bytes in %zu blocks\n", tiny ? "made" : "NULL", counter.bytes, counter.blocks);
    if (tiny) ay_free(tiny);
    return 0;
}
