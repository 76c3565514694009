// The REPL's line editor on libedit: reading keys (with Ctrl-C, and with the
// event loop running between keys in asyncio mode), history in
// ~/.ay_history, and Tab completion through rlcompleter.
#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "api.h"
#include "module.h"
#include "repl.h"

// {==== libedit, opened when a REPL starts
//
// Linking libedit (and the terminfo library it pulls in) would map them into
// every ay process; scripts never edit lines. Without it the REPL reads plain
// lines.

#define EDIT_FUNCS(X)                                                     \
    X(EditLine *, el_init, (const char *, FILE *, FILE *, FILE *))        \
    X(void, el_end, (EditLine *))                                         \
    X(int, el_set, (EditLine *, int, ...))                                \
    X(int, el_wset, (EditLine *, int, ...))                               \
    X(int, el_get, (EditLine *, int, ...))                                \
    X(const char *, el_gets, (EditLine *, int *))                         \
    X(int, el_insertstr, (EditLine *, const char *))                      \
    X(const LineInfo *, el_line, (EditLine *))                            \
    X(void, el_reset, (EditLine *))                                       \
    X(int, el_source, (EditLine *, const char *))                         \
    X(History *, history_init, (void))                                    \
    X(void, history_end, (History *))                                     \
    X(int, history, (History *, HistEvent *, int, ...))

// Resolved once, then only read (the process's one REPL uses it).
static struct {
#define FIELD(ret, name, params) ret(*name) params;
    EDIT_FUNCS(FIELD)
#undef FIELD
} edit;

static bool edit_load(void) {
    static int state;  // 0 not tried, 1 loaded, -1 unavailable
    if (state) return state > 0;
    state = -1;
    void *lib = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!lib) return false;
#define RESOLVE(ret, name, params) \
    if (!(*(void **)&edit.name = dlsym(lib, #name))) return false;
    EDIT_FUNCS(RESOLVE)
#undef RESOLVE
    state = 1;
    return true;
}

// }====

// {==== reading keys

// Waits until stdin has a byte; runs the event loop meanwhile in asyncio
// mode. 1: readable, 0: end of input, -1: Ctrl-C or SystemExit.
static int wait_stdin(Repl *r) {
    for (;;) {
        if (r->sigint || r->exit_code >= 0) return -1;
        struct pollfd p[2] = {{0, POLLIN, 0}, {-1, POLLIN, 0}};
        int timeout = -1;
        if (r->asyncio) {
            double t = ay_loop_timeout(r->vm);
            p[1].fd = ay_loop_backend_fd(r->vm);
            timeout = t < 0 ? -1 : (int)(t * 1000) + (t > 0);
        }
        int n = poll(p, p[1].fd >= 0 ? 2 : 1, timeout);
        if (n < 0 && errno != EINTR) return 0;
        if (n > 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) return 1;
        if (r->asyncio && n >= 0) ayRepl_loop_turn(r, 0);
    }
}

static bool line_is_empty(EditLine *el) {
    const LineInfo *li = edit.el_line(el);
    return li->lastchar == li->buffer;
}

// libedit's read function: one character, decoded from the terminal's UTF-8.
// 1: a character, 0: end of input, -1: interrupted.
static int read_key(EditLine *el, wchar_t *out) {
    Repl *r;
    edit.el_get(el, EL_CLIENTDATA, &r);
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        int w = wait_stdin(r);
        if (w <= 0) return w;
        char byte;
        ssize_t n = read(0, &byte, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        if (byte == 4 && line_is_empty(el)) return 0;  // Ctrl-D on an empty line: end (not echoed as ^D)
        wchar_t wc;
        size_t k = mbrtowc(&wc, &byte, 1, &state);
        if (k == (size_t)-2) continue;  // more bytes of this character to come
        if (k == (size_t)-1) {          // not UTF-8: take the byte as it is
            memset(&state, 0, sizeof state);
            wc = (unsigned char)byte;
        }
        *out = wc;
        return 1;
    }
}

// Plain reading when stdin is not a terminal (prompts on stderr).
static ReplRead read_plain(Repl *r, const char *prompt, char **line) {
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 0;
    *line = NULL;
    if (wait_stdin(r) < 0) {
        free(*line);
        return r->sigint ? REPL_INTERRUPTED : REPL_EOF;
    }
    ssize_t n = getline(line, &cap, stdin);
    if (n < 0) {
        free(*line);
        *line = NULL;
        return REPL_EOF;
    }
    if (n > 0 && (*line)[n - 1] == '\n') (*line)[n - 1] = 0;
    return REPL_LINE;
}

static char *current_prompt(EditLine *el) {
    Repl *r;
    edit.el_get(el, EL_CLIENTDATA, &r);
    return (char *)r->prompt;
}

ReplRead ayRepl_read_line(Repl *r, const char *prompt, char **line) {
    r->sigint = 0;
    if (!r->el) return read_plain(r, prompt, line);
    r->prompt = prompt;
    int count = 0;
    const char *s = edit.el_gets(r->el, &count);
    if (!s || count <= 0) {
        edit.el_reset(r->el);  // drop a half-typed line
        if (r->sigint) return REPL_INTERRUPTED;
        return REPL_EOF;
    }
    size_t n = strlen(s);
    if (n && s[n - 1] == '\n') n--;
    *line = strndup(s, n);
    return *line ? REPL_LINE : REPL_EOF;
}

// }====
// {==== completion

// The completions of `text` (rlcompleter._line_matches) as an Ay list in
// slot REPL_SCRATCH; false when there are none or completing failed.
static bool find_matches(Repl *r, const char *before, size_t nbefore, const char *text, size_t ntext) {
    AyVM *vm = r->vm;
    int c = REPL_SCRATCH;
    if (ay_kind(vm, REPL_COMPLETER) != AY_KIND_OBJECT &&
        ay_get_global(vm, REPL_COMPLETER, "rlcompleter", "_line_matches") != AY_OK)
        return false;
    if (ay_copy(vm, c, REPL_COMPLETER) != AY_OK || ay_import(vm, c + 1, "__main__") != AY_OK ||
        ay_get_attr(vm, c + 1, c + 1, "__dict__") != AY_OK || ay_set_str(vm, c + 2, before, nbefore) != AY_OK ||
        ay_set_str(vm, c + 3, text, ntext) != AY_OK)
        return false;
    // the library modules compiled into the binary are importable too
    AyValue frozen = ayImport_frozen_names(vm);
    if (!frozen) return false;
    *ayApi_slot(vm, c + 4, __func__) = frozen;
    return ay_call(vm, c, 4) == AY_OK && ay_kind(vm, c) == AY_KIND_LIST && ay_len(vm, c) > 0;
}

// The length of the common prefix of every match (slot REPL_SCRATCH).
static size_t common_prefix(Repl *r, int64_t n) {
    const char *first = NULL;
    size_t common = 0;
    for (int64_t i = 0; i < n; i++) {
        if (ay_get_index(r->vm, REPL_SCRATCH + 1, REPL_SCRATCH, i) != AY_OK) return 0;
        const char *m = ay_get_str(r->vm, REPL_SCRATCH + 1, NULL);
        if (!m) return 0;
        if (!first) {
            first = m;  // stays alive: it is in the list
            common = strlen(m);
        } else {
            size_t k = 0;
            while (k < common && m[k] == first[k]) k++;
            common = k;
        }
    }
    return common;
}

// Lists the matches below the line, in columns.
static void show_matches(Repl *r, int64_t n) {
    size_t width = 0;
    for (int64_t i = 0; i < n; i++) {
        ay_get_index(r->vm, REPL_SCRATCH + 1, REPL_SCRATCH, i);
        size_t len;
        if (ay_get_str(r->vm, REPL_SCRATCH + 1, &len) && len > width) width = len;
    }
    struct winsize ws;
    int cols = ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col ? ws.ws_col : 80;
    int per_row = cols / (int)(width + 2);
    if (per_row < 1) per_row = 1;
    fputc('\n', stdout);
    for (int64_t i = 0; i < n; i++) {
        ay_get_index(r->vm, REPL_SCRATCH + 1, REPL_SCRATCH, i);
        const char *m = ay_get_str(r->vm, REPL_SCRATCH + 1, NULL);
        bool last = (i + 1) % per_row == 0 || i + 1 == n;
        printf("%-*s%s", last ? 0 : (int)width + 2, m ? m : "", last ? "\n" : "");
    }
    fflush(stdout);
}

// Tab: completes the name before the cursor, or lists the choices.
static unsigned char complete(EditLine *el, int ch) {
    (void)ch;
    Repl *r;
    edit.el_get(el, EL_CLIENTDATA, &r);
    const LineInfo *li = edit.el_line(el);
    const char *start = li->cursor;
    while (start > li->buffer) {
        unsigned char c = (unsigned char)start[-1];
        if (!(c == '_' || c == '.' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')))
            break;
        start--;
    }
    size_t ntext = (size_t)(li->cursor - start);
    if (!find_matches(r, li->buffer, (size_t)(start - li->buffer), start, ntext)) {
        ay_error_clear(r->vm);
        return CC_ERROR;
    }
    int64_t n = ay_len(r->vm, REPL_SCRATCH);
    size_t common = common_prefix(r, n);
    if (ay_get_index(r->vm, REPL_SCRATCH + 1, REPL_SCRATCH, 0) != AY_OK) return CC_ERROR;
    const char *first = ay_get_str(r->vm, REPL_SCRATCH + 1, NULL);
    if (!first) return CC_ERROR;
    if (n == 1 && strcmp(first, "\t") == 0) return edit.el_insertstr(el, "\t") == 0 ? CC_REFRESH : CC_ERROR;
    // matches replace the text: insert what they add to it in common
    if (common > ntext) {
        char *insert = strndup(first + ntext, common - ntext);
        int ok = insert ? edit.el_insertstr(el, insert) : -1;
        free(insert);
        return ok == 0 ? CC_REFRESH : CC_ERROR;
    }
    if (n == 1) return CC_REFRESH;
    show_matches(r, n);
    return CC_REDISPLAY;
}

// }====
// {==== setup

void ayRepl_history_add(Repl *r, const char *line) {
    HistEvent ev;
    if (r->hist && line[0]) edit.history(r->hist, &ev, H_ENTER, line);
}

void ayRepl_edit_open(Repl *r) {
    if (!isatty(0) || !isatty(1) || !edit_load()) return;
    // libedit decodes keys and prints by the locale: make it UTF-8 when unset
    const char *loc = setlocale(LC_CTYPE, "");
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0) setlocale(LC_CTYPE, "C.UTF-8");
    r->el = edit.el_init("ay", stdin, stdout, stderr);
    if (!r->el) return;
    edit.el_set(r->el, EL_CLIENTDATA, r);
    edit.el_set(r->el, EL_EDITOR, "emacs");
    edit.el_set(r->el, EL_SIGNAL, 0);  // Ctrl-C is ours (cli/repl.c)
    edit.el_set(r->el, EL_PROMPT, current_prompt);
    edit.el_set(r->el, EL_GETCFN, read_key);
    // the wide form keeps our static strings; the narrow one copies them and never frees the copies
    edit.el_wset(r->el, EL_ADDFN, L"ay-complete", L"complete the name before the cursor", complete);
    edit.el_set(r->el, EL_BIND, "^I", "ay-complete", NULL);
    edit.el_source(r->el, NULL);  // the user's ~/.editrc
    r->hist = edit.history_init();
    if (r->hist) {
        HistEvent ev;
        edit.history(r->hist, &ev, H_SETSIZE, 1000);
        edit.history(r->hist, &ev, H_SETUNIQUE, 1);
        edit.el_set(r->el, EL_HIST, edit.history, r->hist);
        const char *home = getenv("HOME");
        if (home && home[0] && asprintf(&r->history_path, "%s/.ay_history", home) < 0) r->history_path = NULL;
        if (r->history_path) edit.history(r->hist, &ev, H_LOAD, r->history_path);
    }
}

void ayRepl_edit_close(Repl *r) {
    if (r->hist) {
        HistEvent ev;
        if (r->history_path) edit.history(r->hist, &ev, H_SAVE, r->history_path);
        edit.history_end(r->hist);
    }
    free(r->history_path);
    if (r->el) edit.el_end(r->el);
    r->el = NULL;
    r->hist = NULL;
    r->history_path = NULL;
}

// }====
