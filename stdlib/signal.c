// The _signal module (lib/signal.py adds the enums): Python-level signal
// handlers. The C handler only records the signal and interrupts the VM;
// the Python handler runs at the VM's next safepoint (run_handlers).
//
// Signal dispositions are process-wide, so the caught-signal flags and the
// VM that receives them are too: the VM that last installed a Python
// handler gets the signals.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "interp.h"
#include "stdmod.h"

#define NSIGNALS 65

static volatile sig_atomic_t tripped[NSIGNALS];
static AyVM *volatile signal_vm;
static volatile int wakeup_fd = -1;

static void c_handler(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIGNALS) tripped[sig] = 1;
    if (wakeup_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(wakeup_fd, &byte, 1);
        (void)ignored;
    }
    AyVM *vm = signal_vm;
    if (vm) vm->interrupt = 1;
    errno = saved;
}

// The list of Python handlers, indexed by signal number (in _signal's dict).
static AyList *handler_table(AyVM *vm) {
    AyValue m = ayDict_get_cstr(vm, vm->modules, "_signal");
    AyValue t = m && ayV_is_type(vm, m, vm->t_module) ? ayDict_get_cstr(vm, AY_AS(AyModule, m)->dict, "_handlers") : AY_NULL;
    return t && ayV_is_list(vm, t) && AY_AS(AyList, t)->len == NSIGNALS ? AY_AS(AyList, t) : NULL;
}

// VM hook: calls the handlers of the signals caught since the last time;
// an interrupt with no signal caught is a host interrupt (KeyboardInterrupt).
static bool run_handlers(AyVM *vm) {
    bool any = false;
    for (int sig = 1; sig < NSIGNALS; sig++) {
        if (!tripped[sig]) continue;
        tripped[sig] = 0;
        any = true;
        AyList *table = handler_table(vm);
        AyValue h = table ? table->items[sig] : AY_NULL;
        if (!h || ayV_is_anyint(vm, h)) continue;
        if (!ayObj_call2(vm, h, ayV_small(sig), AY_NONE)) return false;
    }
    if (!any) {
        ayErr_set(vm, ayV_from_obj(AY_EXC(vm, KeyboardInterrupt)));
        return false;
    }
    return true;
}

static bool signum_arg(AyVM *vm, AyValue v, int *out) {
    int64_t sig;
    if (!ayStd_int_arg(vm, v, &sig)) return false;
    if (sig < 1 || sig >= NSIGNALS) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "signal number out of range");
        return false;
    }
    *out = (int)sig;
    return true;
}

static AyValue s_default_int_handler(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, KeyboardInterrupt)));
}

static AyValue s_signal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int sig;
    if (!ayArg_count(vm, "signal", nargs, 2, 2) || !signum_arg(vm, args[0], &sig)) return AY_NULL;
    AyValue handler = args[1];
    void (*disposition)(int) = c_handler;
    if (ayV_is_anyint(vm, handler)) {
        int64_t h;
        if (!ayStd_int_arg(vm, handler, &h)) return AY_NULL;
        if (h != 0 && h != 1)
            return ayErr_format(vm, AY_EXC(vm, TypeError),
                                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        disposition = h ? SIG_IGN : SIG_DFL;
        handler = ayV_small(h);
    } else if (!ayV_type(vm, handler)->call) {
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    AyList *table = handler_table(vm);
    if (!table) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "the _signal module is not initialized");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = disposition;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    if (disposition == c_handler) {
        signal_vm = vm;
        vm->run_signal_handlers = run_handlers;
    }
    AyValue old = table->items[sig];
    table->items[sig] = handler;
    return old;
}

static AyValue s_getsignal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int sig;
    if (!ayArg_count(vm, "getsignal", nargs, 1, 1) || !signum_arg(vm, args[0], &sig)) return AY_NULL;
    AyList *table = handler_table(vm);
    return table ? table->items[sig] : AY_NONE;
}

// Runs pending handlers now (as CPython does after raise_signal / pause).
static AyValue after_signal(AyVM *vm) {
    if (vm->interrupt && !ayEval_safepoint(vm)) return AY_NULL;
    return AY_NONE;
}

static AyValue s_raise_signal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int sig;
    if (!ayArg_count(vm, "raise_signal", nargs, 1, 1) || !signum_arg(vm, args[0], &sig)) return AY_NULL;
    if (raise(sig) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return after_signal(vm);
}

static AyValue s_pause(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    pause();
    return after_signal(vm);
}

static AyValue s_alarm(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t secs;
    if (!ayArg_count(vm, "alarm", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &secs)) return AY_NULL;
    return ayV_small(alarm((unsigned)secs));
}

static AyValue s_strsignal(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int sig;
    if (!ayArg_count(vm, "strsignal", nargs, 1, 1) || !signum_arg(vm, args[0], &sig)) return AY_NULL;
    const char *s = strsignal(sig);
    if (!s || strncmp(s, "Unknown signal", 14) == 0 || strncmp(s, "Real-time signal", 16) == 0) return AY_NONE;
    AyStr *r = ayStr_new_c(vm, s);
    return r ? ayV_from_obj(r) : AY_NULL;
}

static AyValue sigset_to_set(AyVM *vm, const sigset_t *set) {
    AySet *s = aySet_new(vm, vm->t_set);
    if (!s) return AY_NULL;
    for (int sig = 1; sig < NSIGNALS; sig++)
        if (sigismember(set, sig) == 1 && aySet_add(vm, s, ayV_small(sig)) < 0) return AY_NULL;
    return ayV_from_obj(s);
}

static AyValue s_valid_signals(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    sigset_t all;
    sigfillset(&all);
    return sigset_to_set(vm, &all);
}

static bool iterable_to_sigset(AyVM *vm, AyValue v, sigset_t *set) {
    sigemptyset(set);
    AyValue list = ayObj_to_list(vm, v);
    if (!list) return false;
    for (int64_t i = 0; i < AY_AS(AyList, list)->len; i++) {
        int sig;
        if (!signum_arg(vm, AY_AS(AyList, list)->items[i], &sig)) return false;
        sigaddset(set, sig);
    }
    return true;
}

static AyValue s_pthread_sigmask(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t how;
    sigset_t set, old;
    if (!ayArg_count(vm, "pthread_sigmask", nargs, 2, 2) || !ayStd_int_arg(vm, args[0], &how) ||
        !iterable_to_sigset(vm, args[1], &set))
        return AY_NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) return ayErr_oserror(vm, err, AY_NULL);
    AyValue r = sigset_to_set(vm, &old);
    return r && after_signal(vm) ? r : AY_NULL;
}

static AyValue s_sigpending(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    sigset_t set;
    if (sigpending(&set) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return sigset_to_set(vm, &set);
}

static AyValue s_siginterrupt(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int sig;
    if (!ayArg_count(vm, "siginterrupt", nargs, 2, 2) || !signum_arg(vm, args[0], &sig)) return AY_NULL;
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    if (ayObj_truth(vm, args[1])) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return AY_NONE;
}

static double tv_secs(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

static struct timeval secs_tv(double s) {
    struct timeval tv;
    tv.tv_sec = (time_t)s;
    tv.tv_usec = (suseconds_t)((s - (double)tv.tv_sec) * 1e6);
    if (tv.tv_sec == 0 && tv.tv_usec == 0 && s > 0) tv.tv_usec = 1;
    return tv;
}

static AyValue itimer_pair(AyVM *vm, const struct itimerval *v) {
    return ayTuple_pack2(vm, ayV_from_float(tv_secs(v->it_value)), ayV_from_float(tv_secs(v->it_interval)));
}

static AyValue s_setitimer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t which;
    double secs, interval = 0;
    if (!ayArg_count(vm, "setitimer", nargs, 2, 3) || !ayStd_int_arg(vm, args[0], &which) ||
        ayFloat_as_double(vm, args[1], &secs) < 0 || (nargs > 2 && ayFloat_as_double(vm, args[2], &interval) < 0))
        return AY_NULL;
    struct itimerval nv = {secs_tv(interval), secs_tv(secs)}, old;
    if (setitimer((int)which, &nv, &old) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return itimer_pair(vm, &old);
}

static AyValue s_getitimer(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t which;
    if (!ayArg_count(vm, "getitimer", nargs, 1, 1) || !ayStd_int_arg(vm, args[0], &which)) return AY_NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) return ayErr_oserror(vm, errno, AY_NULL);
    return itimer_pair(vm, &v);
}

static AyValue s_set_wakeup_fd(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    int64_t fd;
    if (!ayArg_unpack(vm, "set_wakeup_fd", args, nargs, kw, "fd $ warn_on_full_buffer", a) ||
        !ayStd_int_arg(vm, a[0], &fd))
        return AY_NULL;
    int old = wakeup_fd;
    wakeup_fd = (int)fd;
    return ayV_small(old);
}

static const AyMethodDef signal_funcs[] = {
    {"signal", s_signal, 0, NULL},
    {"getsignal", s_getsignal, 0, NULL},
    {"default_int_handler", s_default_int_handler, 0, NULL},
    {"raise_signal", s_raise_signal, 0, NULL},
    {"pause", s_pause, 0, NULL},
    {"alarm", s_alarm, 0, NULL},
    {"strsignal", s_strsignal, 0, NULL},
    {"valid_signals", s_valid_signals, 0, NULL},
    {"pthread_sigmask", s_pthread_sigmask, 0, NULL},
    {"sigpending", s_sigpending, 0, NULL},
    {"siginterrupt", s_siginterrupt, 0, NULL},
    {"setitimer", s_setitimer, 0, NULL},
    {"getitimer", s_getitimer, 0, NULL},
    {"set_wakeup_fd", s_set_wakeup_fd, 0, NULL},
    {NULL},
};

static const AyIntConst signal_consts[] = {
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIGNALS},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},
    {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
    {NULL, 0},
};

AyValue ayMod_signal(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_signal", signal_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayStd_add_ints(vm, m, signal_consts);
    AyType *itimer_error = ayStd_new_exception(vm, AY_STD_ItimerError, "signal", "signal.itimer_error",
                                               AY_EXC(vm, OSError));
    ayModule_add(vm, m, "ItimerError", ayV_from_obj(itimer_error));
    // the current dispositions; SIGINT gets the KeyboardInterrupt handler as in CPython
    AyList *table = ayList_new(vm, NSIGNALS);
    for (int sig = 0; sig < NSIGNALS; sig++) {
        struct sigaction sa;
        AyValue h = ayV_small(0);
        if (sig > 0 && sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN) h = ayV_small(1);
        ayList_append(vm, table, h);
    }
    ayModule_add(vm, m, "_handlers", ayV_from_obj(table));
    struct sigaction cur;
    if (sigaction(SIGINT, NULL, &cur) == 0 && cur.sa_handler == SIG_DFL) {
        AyValue dih = ayDict_get_cstr(vm, m->dict, "default_int_handler");
        // the table must be reachable through sys.modules for the C handler's hook
        ayDict_set_cstr(vm, vm->modules, "_signal", ayV_from_obj(m));
        AyValue args[2] = {ayV_small(SIGINT), dih};
        if (!s_signal(vm, args, 2, AY_NULL)) ayErr_clear(vm);
    }
    ayGC_pop_roots(vm, 1);
    return ayV_from_obj(m);
}
