// hand-checked: a host drives the VM's asyncio loop from its own poll() loop,
// and an awaitable host function completes its Future later.
#include <ay.h>
#include <poll.h>
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

// Requests the host answers from its main loop: (future, question).
typedef struct Pending {
    AyHandle *future;
    int64_t question;
} Pending;
static Pending pending[8];
static int npending;

// lookup(n) -> a Future the host resolves with n * 100 later (or fails for n < 0)
static AyStatus lookup(AyVM *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 1) return ay_raise(vm, "TypeError", "lookup() takes 1 argument");
    if (npending == 8) return ay_raise(vm, "RuntimeError", "too many lookups");
    int64_t n;
    AyStatus s = ay_get_int(vm, 1, &n);
    if (s != AY_OK || (s = ay_future_new(vm, 0)) != AY_OK) return s;
    AyHandle *h = ay_handle_new(vm, 0);
    if (!h) return AY_ERR_MEMORY;
    pending[npending].future = h;
    pending[npending].question = n;
    npending++;
    printf("host: lookup(%lld) pending\n", (long long)n);
    return AY_OK;
}

// The host's own work each turn: answers every pending lookup.
static int answer_lookups(AyVM *vm) {
    for (int i = 0; i < npending; i++) {
        CHECK(ay_handle_get(vm, 0, pending[i].future));
        if (pending[i].question < 0) {
            CHECK(ay_future_set_error(vm, 0, "LookupError", "negative question"));
        } else {
            CHECK(ay_set_int(vm, 1, pending[i].question * 100));
            CHECK(ay_future_set_result(vm, 0, 1));
        }
        printf("host: answered lookup(%lld)\n", (long long)pending[i].question);
        ay_handle_free(vm, pending[i].future);
    }
    npending = 0;
    return 0;
}

// Is the task in slot `slot` done?
static int task_done(AyVM *vm, int slot, int scratch) {
    int done = 0;
    if (ay_copy(vm, scratch, slot) != AY_OK || ay_call_method(vm, scratch, "done", 0) != AY_OK ||
        ay_get_bool(vm, scratch, &done) != AY_OK)
        return -1;
    return done;
}

static const char script[] =
    "import asyncio, host\n"
    "async def ticker(name, n, delay):\n"
    "    for i in range(n):\n"
    "        await asyncio.sleep(delay)\n"
    "        print(name, i)\n"
    "    return name\n"
    "async def main():\n"
    "    answer = await host.lookup(7)\n"
    "    print('answer', answer)\n"
    "    try:\n"
    "        await host.lookup(-1)\n"
    "    except LookupError as e:\n"
    "        print('lookup failed:', e)\n"
    "    a = asyncio.create_task(ticker('fast', 3, 0.2))\n"
    "    b = asyncio.create_task(ticker('slow', 2, 0.5))\n"
    "    return await asyncio.gather(a, b)\n";

int main(void) {
    AyVM *vm = ay_new(NULL);
    if (!vm) return 1;
    static const AyFunctionDef funcs[] = {{"lookup", lookup, NULL}, {NULL, NULL, NULL}};
    CHECK(ay_ensure_slots(vm, 4));
    CHECK(ay_def_module(vm, -1, "host", funcs, NULL));
    CHECK(ay_run_string(vm, script, strlen(script), "loop.py"));

    printf("nothing scheduled: timeout %g\n", ay_loop_timeout(vm));
    int fd = ay_loop_backend_fd(vm);
    printf("backend fd: %s\n", fd >= 0 ? "yes" : "no");

    CHECK(ay_eval(vm, 2, "main()"));
    CHECK(ay_loop_spawn(vm, 2));
    CHECK(ay_repr(vm, 3, 2));
    printf("spawned: %.22s\n", ay_get_str(vm, 3, NULL));
    printf("ready to run: timeout %g\n", ay_loop_timeout(vm));

    // the host's main loop: wait on the backend fd for at most the loop's timeout
    int turns = 0, done;
    while ((done = task_done(vm, 2, 3)) == 0 && turns < 10000) {
        double t = ay_loop_timeout(vm);
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, t < 0 ? 100 : (int)(t * 1000) + 1);
        CHECK(ay_loop_run_once(vm, 0));
        if (answer_lookups(vm)) return 1;
        turns++;
    }
    if (done != 1) return 1;
    CHECK(ay_call_method(vm, 2, "result", 0));
    CHECK(ay_repr(vm, 3, 2));
    printf("result: %s\n", ay_get_str(vm, 3, NULL));

    // ay_loop_run_once waiting by itself for a timer
    CHECK(ay_eval(vm, 2, "asyncio.sleep(0.05, 'slept')"));
    CHECK(ay_loop_spawn(vm, 2));
    turns = 0;
    while ((done = task_done(vm, 2, 3)) == 0 && turns < 1000) {
        CHECK(ay_loop_run_once(vm, 1.0));
        turns++;
    }
    CHECK(ay_call_method(vm, 2, "result", 0));
    printf("%s after %s\n", ay_get_str(vm, 2, NULL), turns <= 3 ? "a few turns" : "too many turns");

    // an exception in a spawned task is the task's, not the host's
    const char *bad = "async def bad():\n    raise ValueError('in task')\n";
    CHECK(ay_run_string(vm, bad, strlen(bad), "loop.py"));
    CHECK(ay_eval(vm, 2, "bad()"));
    CHECK(ay_loop_spawn(vm, 2));
    while (task_done(vm, 2, 3) == 0) CHECK(ay_loop_run_once(vm, 0.1));
    AyStatus s = ay_call_method(vm, 2, "result", 0);
    printf("failed task: status %d, %s: %s\n", (int)s, ay_error_type(vm), ay_error_message(vm));

    // spawning something that is not awaitable
    CHECK(ay_set_int(vm, 2, 5));
    s = ay_loop_spawn(vm, 2);
    printf("spawn int: status %d, %s\n", (int)s, ay_error_type(vm));

    // inside asyncio.run the host is not turning its loop: nobody answers
    const char *other = "async def use():\n    return await host.lookup(1)\n"
                        "asyncio.run(asyncio.wait_for(use(), 0.05))\n";
    s = ay_run_string(vm, other, strlen(other), "loop.py");
    printf("unanswered lookup: status %d, %s: %s\n", (int)s, ay_error_type(vm), ay_error_message(vm));
    ay_error_clear(vm);
    for (int i = 0; i < npending; i++) ay_handle_free(vm, pending[i].future);
    ay_free(vm);
    return 0;
}
