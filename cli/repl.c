// The interactive prompt: reads statements (multi-line blocks end as in
// CPython's REPL), runs them in __main__ with expression values echoed,
// and goes on after errors and Ctrl-C.
//
// Top-level `await` works as in `python -m asyncio`: the first input that
// awaits creates an event loop, and from then on every input runs inside it
// (so `t = asyncio.create_task(job())` then `await t` works) and the loop
// keeps running while the prompt waits, so background tasks go on. Before
// that the prompt is CPython's plain REPL, where asyncio.run() works.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api.h"
#include "code.h"
#include "compile.h"
#include "containers.h"
#include "interp.h"
#include "parser.h"
#include "repl.h"
#include "str.h"
#include "vm.h"

int ayCli_repl(AyVM *vm, int flags);

// {==== Ctrl-C

// The session Ctrl-C goes to (a process has one terminal).
static Repl *sigint_repl;

static void on_sigint(int sig) {
    (void)sig;
    Repl *r = sigint_repl;
    if (!r) return;
    if (r->running) ay_interrupt(r->vm);  // KeyboardInterrupt in the running input
    else r->sigint = 1;                  // abandon the line being typed
}

// Without SA_RESTART, so that waiting for a key ends with EINTR.
static void catch_sigint(Repl *r, struct sigaction *saved) {
    sigint_repl = r;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, saved);
}

// }====
// {==== where an input ends

static bool is_compound(const AyNode *stmt) {
    switch (stmt->kind) {
    case AyAst_FunctionDef: case AyAst_AsyncFunctionDef: case AyAst_ClassDef: case AyAst_If:
    case AyAst_For: case AyAst_AsyncFor: case AyAst_While: case AyAst_Try: case AyAst_TryStar:
    case AyAst_With: case AyAst_AsyncWith: case AyAst_Match:
        return true;
    default:
        return false;
    }
}

// Whether `src` holds only blank lines and comments (nothing to run: the
// prompt starts over, as in CPython 3.12).
static bool is_blank(const char *src) {
    for (const char *p = src; *p; p++) {
        if (*p == '#') {
            while (*p && *p != '\n') p++;
            if (!*p) break;
        } else if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\f' && *p != '\r') {
            return false;
        }
    }
    return true;
}

// Whether `src` needs more lines: it is cut short (open bracket, string or
// block), or it is a compound statement, which only an empty line ends.
// Anything else, syntax errors included, is ready to compile.
static bool needs_more(const char *src, size_t len, bool ended_by_empty_line) {
    AyArena arena;
    ayArena_init(&arena, NULL, NULL);
    AySyntaxError err;
    AyNode *mod = ayParse(&arena, src, len, "<stdin>", (AyParseMode)(AY_PARSE_SINGLE | AY_PARSE_STRING_INPUT), &err);
    bool more;
    if (!mod) {
        more = err.incomplete;
        aySyntaxError_clear(&err);
    } else {
        const AyNodeList *body = &mod->v.Interactive.body;
        more = body->len > 0 && is_compound(body->items[0]) && !ended_by_empty_line;
    }
    ayArena_free(&arena);
    return more;
}

// }====
// {==== running an input

// Drops the traceback entries above the first one in typed code: an input
// awaited as a Task is re-raised by the loop's run_until_complete, which is
// the REPL's doing, not the user's.
static void trim_traceback(AyVM *vm) {
    if (!ayV_is_exc(vm, vm->exc)) return;
    AyExc *e = AY_AS(AyExc, vm->exc);
    for (AyTraceback *tb = e->traceback; tb; tb = tb->next) {
        if (strcmp(AY_CSTR(ayV_from_obj(tb->code->filename)), "<stdin>") == 0) {
            e->traceback = tb;
            return;
        }
    }
}

// Ends the session on SystemExit; prints any other pending exception.
static void report(Repl *r) {
    AyVM *vm = r->vm;
    if (!vm->exc) return;
    if (ayErr_matches(vm, AY_EXC(vm, SystemExit))) {
        r->exit_code = ay_exit_code(vm);
        return;
    }
    trim_traceback(vm);
    ay_print_error(vm);
}

// Host function the loop calls to run a plain input inside it; what the
// input raises is kept for the REPL to print (the loop would only log it).
static AyStatus run_pending(AyVM *vm, int nargs, void *ud) {
    (void)nargs;
    Repl *r = ud;
    AyCode *code = r->pending_code;
    r->pending_code = NULL;
    if (ay_ensure_slots(vm, 2) != AY_OK || ay_handle_get(vm, 1, r->loop) != AY_OK ||
        ay_call_method(vm, 1, "stop", 0) != AY_OK || !code)
        return ayApi_status(vm);
    AyValue m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    AyValue result = ayEval_code(vm, code, AY_AS(AyModule, m)->dict, AY_NULL);
    if (!result) {
        AyValue exc = ayErr_fetch(vm);
        *ayApi_slot(vm, 0, __func__) = exc;
        ay_handle_free(vm, r->raised);
        r->raised = ay_handle_new(vm, 0);
        ay_set_none(vm, 0);
    }
    return AY_OK;
}

// Turns asyncio mode on: a new event loop, set as the current one.
static bool start_asyncio(Repl *r) {
    AyVM *vm = r->vm;
    int s = REPL_SCRATCH;
    if (ay_import(vm, s, "asyncio") != AY_OK || ay_get_attr(vm, s + 1, s, "new_event_loop") != AY_OK ||
        ay_call(vm, s + 1, 0) != AY_OK || ay_get_attr(vm, s + 2, s, "set_event_loop") != AY_OK ||
        ay_copy(vm, s + 3, s + 1) != AY_OK || ay_call(vm, s + 2, 1) != AY_OK ||
        !(r->loop = ay_handle_new(vm, s + 1)) || ay_def_function(vm, s, "run_input", run_pending, r) != AY_OK ||
        !(r->runner = ay_handle_new(vm, s)))
        return false;
    r->asyncio = true;
    return true;
}

// A plain input inside the loop: loop.call_soon(runner); loop.run_forever().
static void run_in_loop(Repl *r, AyCode *code) {
    AyVM *vm = r->vm;
    int s = REPL_SCRATCH;
    r->pending_code = code;
    if (ay_handle_get(vm, s, r->loop) == AY_OK && ay_handle_get(vm, s + 1, r->runner) == AY_OK &&
        ay_call_method(vm, s, "call_soon", 1) == AY_OK && ay_handle_get(vm, s, r->loop) == AY_OK)
        ay_call_method(vm, s, "run_forever", 0);
    r->pending_code = NULL;  // interrupted before it ran: it must not run later
    if (vm->exc || !r->raised) return;
    ay_handle_get(vm, s, r->raised);
    ay_handle_free(vm, r->raised);
    r->raised = NULL;
    ay_raise_slot(vm, s);
}

// An input that awaits: a Task on the loop, run until it is done. Ctrl-C
// while it waits cancels it, as in `python -m asyncio`.
static void run_coroutine(Repl *r, AyValue coro) {
    AyVM *vm = r->vm;
    int s = REPL_SCRATCH;
    *ayApi_slot(vm, s + 1, __func__) = coro;
    if (ay_handle_get(vm, s, r->loop) != AY_OK || ay_call_method(vm, s, "create_task", 1) != AY_OK) return;
    ay_copy(vm, s + 2, s);  // the task
    if (ay_handle_get(vm, s, r->loop) != AY_OK || ay_copy(vm, s + 1, s + 2) != AY_OK) return;
    AyStatus status = ay_call_method(vm, s, "run_until_complete", 1);
    if (status != AY_ERR_INTERRUPT) return;
    int done = 1;
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    if (ay_copy(vm, s, s + 2) == AY_OK && ay_call_method(vm, s, "done", 0) == AY_OK) ay_get_bool(vm, s, &done);
    ayGC_pop_roots(vm, 1);
    if (done) {
        ayErr_set(vm, exc);  // raised by the input's own code: a traceback shows where
        return;
    }
    ay_copy(vm, s, s + 2);
    ay_call_method(vm, s, "cancel", 0);
    ay_error_clear(vm);
    fputs("\nKeyboardInterrupt\n", stdout);
}

static void run_input(Repl *r, const char *src, size_t len) {
    AyVM *vm = r->vm;
    // typed text: error columns count characters, as for compile()
    AyCode *code = ayCompile_source(vm, src, len, "<stdin>", (AyParseMode)(AY_PARSE_SINGLE | AY_PARSE_STRING_INPUT),
                                    AY_COMPILE_INTERACTIVE | AY_COMPILE_TOPLEVEL_AWAIT);
    if (!code) {
        report(r);
        return;
    }
    ayGC_push_root(vm, ayV_from_obj(code));
    bool awaits = (code->flags & AY_CO_COROUTINE) != 0;
    if (awaits && !r->asyncio && !start_asyncio(r)) {
        report(r);
        ayGC_pop_roots(vm, 1);
        return;
    }
    AyValue m = ayDict_get_str(vm, vm->modules, vm->s.__main__);
    r->running = 1;
    if (awaits) {
        AyValue coro = ayEval_code(vm, code, AY_AS(AyModule, m)->dict, AY_NULL);
        if (coro) run_coroutine(r, coro);
    } else if (r->asyncio) {
        run_in_loop(r, code);
    } else {
        ayEval_code(vm, code, AY_AS(AyModule, m)->dict, AY_NULL);
    }
    r->running = 0;
    vm->interrupt = 0;  // a Ctrl-C that came as the input finished
    ayGC_pop_roots(vm, 1);
    report(r);
}

void ayRepl_loop_turn(Repl *r, double timeout) {
    r->running = 1;
    ay_loop_run_once(r->vm, timeout);
    r->running = 0;
    report(r);
}

// }====
// {==== the session

// Reads one input (a statement, or a block ended by an empty line) into a
// malloc'd string; NULL at the end of input.
static char *read_input(Repl *r) {
    char *buf = NULL;
    size_t len = 0;
    for (;;) {
        fflush(stdout);
        char *line = NULL;
        ReplRead got = ayRepl_read_line(r, len ? "... " : ">>> ", &line);
        if (got == REPL_INTERRUPTED) {
            fputs("\nKeyboardInterrupt\n", stdout);
            len = 0;
            continue;
        }
        if (got == REPL_EOF) {
            if (r->exit_code >= 0) break;
            if (r->el) fputc('\n', stdout);
            if (!len) break;
            return buf;  // end of input closes an open block, as in CPython
        }
        ayRepl_history_add(r, line);
        size_t n = strlen(line);
        char *bigger = realloc(buf, len + n + 2);
        if (!bigger) {
            free(line);
            break;
        }
        buf = bigger;
        memcpy(buf + len, line, n);
        len += n;
        buf[len++] = '\n';
        buf[len] = 0;
        free(line);
        if (is_blank(buf)) {
            len = 0;
            continue;
        }
        if (!needs_more(buf, len, n == 0)) return buf;
    }
    free(buf);
    return NULL;
}

int ayCli_repl(AyVM *vm, int flags) {
    Repl r;
    memset(&r, 0, sizeof r);
    r.vm = vm;
    r.exit_code = -1;
    if (ay_ensure_slots(vm, REPL_SLOTS) != AY_OK || !ayApi_main_dict(vm)) return 1;
    struct sigaction saved;
    catch_sigint(&r, &saved);
    ayRepl_edit_open(&r);
    if (flags & AY_REPL_ASYNCIO) {
        printf("asyncio REPL (Ay %s, Python 3.12 language)\nUse \"await\" directly instead of \"asyncio.run()\".\n",
               AY_VERSION_STRING);
        if (!start_asyncio(&r) || ay_import(vm, REPL_SCRATCH, "asyncio") != AY_OK ||
            ay_set_global(vm, NULL, "asyncio", REPL_SCRATCH) != AY_OK)
            report(&r);
    } else if (!(flags & AY_REPL_INSPECT)) {
        printf("Ay %s (Python 3.12 language) -- Ctrl-D to exit\n", AY_VERSION_STRING);
    }
    char *src;
    while (r.exit_code < 0 && (src = read_input(&r))) {
        run_input(&r, src, strlen(src));
        free(src);
    }
    fflush(stdout);
    ayRepl_edit_close(&r);
    sigaction(SIGINT, &saved, NULL);
    sigint_repl = NULL;
    ay_handle_free(vm, r.loop);
    ay_handle_free(vm, r.runner);
    ay_handle_free(vm, r.raised);
    return r.exit_code >= 0 ? r.exit_code : 0;
}

// }====
