// The interactive prompt (cli/repl.c) and its line editor (cli/repl_edit.c).
#ifndef AY_CLI_REPL_H
#define AY_CLI_REPL_H

#include <histedit.h>
#include <signal.h>
#include <stdbool.h>

#include "ay.h"

// ayCli_repl flags
enum {
    AY_REPL_INSPECT = 1,  // after a script (-i): no banner
    AY_REPL_ASYNCIO = 2,  // `ay -m asyncio`: every input runs in the event loop from the start
};

// The REPL's slots in the VM's top-level window (the public API's values).
enum {
    REPL_COMPLETER,   // rlcompleter._line_matches, once Tab was pressed
    REPL_SCRATCH,     // first of the slots used for a moment
    REPL_SLOTS = REPL_SCRATCH + 5,
};

typedef struct Repl {
    AyVM *vm;
    bool asyncio;                    // inputs run inside the REPL's event loop
    volatile sig_atomic_t running;   // an input is running: Ctrl-C interrupts it
    volatile sig_atomic_t sigint;    // Ctrl-C came while reading input
    int exit_code;                   // >= 0 once SystemExit ended the session
    // line editing (NULL when stdin is not a terminal)
    EditLine *el;
    History *hist;
    char *history_path;
    const char *prompt;
    // asyncio mode: the loop, the host function that runs a plain input
    // inside it (pending_code), and what that input raised
    AyHandle *loop, *runner, *raised;
    struct AyCode *pending_code;
} Repl;

typedef enum ReplRead { REPL_LINE, REPL_EOF, REPL_INTERRUPTED } ReplRead;

// Starts line editing on the terminal (history from ~/.ay_history, Tab
// completion); does nothing when stdin is not a terminal.
void ayRepl_edit_open(Repl *r);
// Saves the history and restores the terminal.
void ayRepl_edit_close(Repl *r);
// Reads a line (without its newline) into a malloc'd *line. In asyncio mode
// the event loop runs while waiting, so background tasks go on.
ReplRead ayRepl_read_line(Repl *r, const char *prompt, char **line);
// Adds a line to the history.
void ayRepl_history_add(Repl *r, const char *line);
// Runs one turn of the event loop, printing what escapes it (asyncio mode).
void ayRepl_loop_turn(Repl *r, double timeout);

#endif
