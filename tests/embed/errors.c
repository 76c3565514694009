// hand-checked: error paths of the embedding API return codes and leave the
// exception readable; nothing aborts the host.
#include <ay.h>
#include <stdio.h>
#include <string.h>

static AyStatus run(AyVM *vm, const char *src) { return ay_run_string(vm, src, strlen(src), "script.py"); }

// Prints a status with the pending exception's type and message.
static void show(AyVM *vm, const char *label, AyStatus s) {
    const char *type = ay_error_type(vm), *msg = ay_error_message(vm);
    printf("%s: status %d, %s: %s\n", label, (int)s, type ? type : "(none)", msg ? msg : "(none)");
}

// Collects what the VM writes to stderr.
static char err_text[4096];
static void on_err(void *ud, const char *s, size_t n) {
    (void)ud;
    size_t have = strlen(err_text);
    if (have + n < sizeof err_text) memcpy(err_text + have, s, n), err_text[have + n] = 0;
}

int main(void) {
    AyConfig cfg;
    ay_config_init(&cfg);
    cfg.write_err = on_err;
    AyVM *vm = ay_new(&cfg);
    if (!vm) return 1;

    AyStatus s = run(vm, "x = (1,\n");
    show(vm, "syntax", s);
    fputs(ay_error_traceback(vm), stdout);
    s = run(vm, "def f():\n  return 1\n   return 2\n");
    show(vm, "indentation", s);

    s = run(vm, "def f(n):\n    return 10 // n\nf(0)\n");
    show(vm, "runtime", s);
    fputs(ay_error_traceback(vm), stdout);
    ay_print_error(vm);  // to the write_err hook, and clears it
    printf("printed to stderr hook: %s", err_text);
    printf("after print: %s\n", ay_error_type(vm) ? "pending" : "cleared");

    s = run(vm, "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad value') from e\n");
    show(vm, "chained", s);
    fputs(ay_error_traceback(vm), stdout);
    ay_error_clear(vm);
    printf("after clear: %s %s\n", ay_error_type(vm) ? "pending" : "cleared", ay_error_message(vm) ? "?" : "no message");

    s = run(vm, "class E(Exception):\n    def __str__(self): raise RuntimeError('no str')\nraise E()\n");
    show(vm, "bad __str__", s);

    s = run(vm, "import sys\nsys.exit(3)\n");
    printf("exit: status %d, code %d\n", (int)s, ay_exit_code(vm));
    s = run(vm, "raise SystemExit\n");
    printf("exit none: status %d, code %d\n", (int)s, ay_exit_code(vm));
    err_text[0] = 0;
    s = run(vm, "raise SystemExit('goodbye')\n");
    printf("exit message: status %d, code %d, stderr %s", (int)s, ay_exit_code(vm), err_text);

    s = run(vm, "raise KeyboardInterrupt\n");
    show(vm, "keyboard interrupt", s);
    s = run(vm, "import no_such_module\n");
    show(vm, "import", s);
    s = ay_run_file(vm, "/no/such/file.py");
    show(vm, "missing file", s);
    s = ay_run_module(vm, "no_such_module");
    show(vm, "missing module", s);
    s = ay_run_file(vm, "script_error.py");
    show(vm, "file", s);
    fputs(ay_error_traceback(vm), stdout);

    // ay_raise and ay_raise_slot
    s = ay_raise(vm, "ValueError", "bad %s #%d", "thing", 7);
    show(vm, "ay_raise", s);
    s = ay_raise(vm, "NoSuchError", "unknown names give %s", "RuntimeError");
    show(vm, "ay_raise unknown", s);
    s = ay_raise(vm, "ValueError", "not utf-8: \xff\xfe");
    show(vm, "ay_raise bytes", s);
    ay_ensure_slots(vm, 2);
    ay_eval(vm, 0, "OSError(2, 'gone')");
    s = ay_raise_slot(vm, 0);
    show(vm, "ay_raise_slot", s);
    ay_set_int(vm, 0, 5);
    s = ay_raise_slot(vm, 0);
    show(vm, "ay_raise_slot int", s);

    // misuse: codes, never crashes
    s = ay_set_int(vm, 99, 1);
    show(vm, "bad slot", s);
    s = ay_set_int(vm, -1, 1);
    show(vm, "negative slot", s);
    s = ay_call(vm, 0, 5);
    show(vm, "too many args", s);
    s = ay_run_string(vm, NULL, 0, NULL);
    show(vm, "NULL source", s);
    s = ay_get_attr(vm, 0, 1, NULL);
    show(vm, "NULL name", s);
    s = ay_eval(vm, 0, "1 +");
    show(vm, "eval syntax", s);
    s = ay_ensure_slots(vm, -3);
    show(vm, "negative count", s);
    s = ay_def_function(vm, 0, "f", NULL, NULL);
    show(vm, "NULL function", s);
    s = ay_interrupt_with(vm, "NotAnException");
    printf("interrupt_with unknown: status %d\n", (int)s);
    printf("kind of bad slot: %d, type name '%s'\n", (int)ay_kind(vm, 42), ay_type_name(vm, 42));

    // the VM still works afterwards
    s = run(vm, "print('still fine')\n");
    printf("status %d\n", (int)s);
    ay_free(vm);
    return 0;
}
