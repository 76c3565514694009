// ptydrive: runs a program on a pseudo-terminal, types keystrokes from a
// session script, and prints the transcript of the screen: each line as the
// terminal shows it once the cursor leaves it (a line editor's redrawing,
// cursor moves and erasing applied; colours and other escapes dropped).
//
// Usage: ptydrive SESSION COMMAND [ARG...]
//
// Session lines (leading "#" lines are comments):
//   line TEXT     wait for a prompt (">>> " or "... " at the end of the
//                 output), then type TEXT and Enter ("line" alone: just Enter)
//   send TEXT     type TEXT now (escapes: \n \r \t \e (Esc) \\, and ^C ^D)
//   wait TEXT     wait until TEXT appears in the output not yet waited for
//   prompt        wait for a prompt
//   sleep SECS    pause
// After the script, ptydrive waits for the program to exit and prints
// "[exit N]" (or "[signal N]"). Each wait gives up after PTYDRIVE_TIMEOUT
// seconds (default 10), printing "[timeout waiting for ...]".
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *out;           // the finished lines of the screen
static size_t out_len, out_cap;
static size_t waited;       // `wait` matched the text before this offset (of out + the current line)
static int master = -1;
static double timeout_secs = 10;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void append(const char *s, size_t n) {
    if (out_len + n + 1 > out_cap) {
        out_cap = (out_len + n + 1) * 2;
        out = realloc(out, out_cap);
        if (!out) exit(2);
    }
    memcpy(out + out_len, s, n);
    out_len += n;
    out[out_len] = 0;
}

// The line the cursor is on, as a terminal shows it: one cell per character
// (UTF-8 bytes of one character share a cell), so that a line editor's
// redrawing (carriage return, cursor moves, erase) leaves what a person sees.
#define MAX_COLS 4096
static char cells[MAX_COLS][5];
static int line_len, col;

static void put_cell(const char *c) {
    if (col >= MAX_COLS) return;
    while (line_len < col) strcpy(cells[line_len++], " ");
    snprintf(cells[col], sizeof cells[col], "%s", c);
    col++;
    if (col > line_len) line_len = col;
}

// The current line's text into buf (NUL-terminated); returns its length.
static size_t line_text(char *buf, size_t cap) {
    size_t n = 0;
    for (int i = 0; i < line_len; i++) {
        size_t k = strlen(cells[i]);
        if (n + k + 1 > cap) break;
        memcpy(buf + n, cells[i], k);
        n += k;
    }
    buf[n] = 0;
    return n;
}

static void end_line(void) {
    static char buf[MAX_COLS * 4 + 1];
    append(buf, line_text(buf, sizeof buf));
    append("\n", 1);
    line_len = col = 0;
}

// Everything on screen so far: the finished lines and the current one.
static char *screen(void) {
    static char buf[MAX_COLS * 4 + 1];
    size_t n = line_text(buf, sizeof buf);
    char *s = malloc(out_len + n + 1);
    if (!s) exit(2);
    memcpy(s, out, out_len);
    memcpy(s + out_len, buf, n + 1);
    return s;
}

// Control sequence state carried across reads.
static enum { TEXT, ESC, CSI, OSC } esc_state;
static char csi[32];
static size_t csi_len;

static void run_csi(char final) {
    csi[csi_len] = 0;
    int n = atoi(csi[0] == '?' ? csi + 1 : csi);
    switch (final) {
    case 'C': col += n ? n : 1; if (col > MAX_COLS - 1) col = MAX_COLS - 1; break;   // cursor forward
    case 'D': col -= n ? n : 1; if (col < 0) col = 0; break;                         // cursor back
    case 'G': col = n ? n - 1 : 0; break;                                            // to column
    case 'K': if (n == 0) line_len = col < line_len ? col : line_len; break;         // erase to end of line
    case 'P':                                                                        // delete characters
        for (int k = n ? n : 1; k > 0 && col < line_len; k--) {
            memmove(cells[col], cells[col + 1], sizeof cells[0] * (size_t)(line_len - col - 1));
            line_len--;
        }
        break;
    case '@':                                                                        // insert blanks
        for (int k = n ? n : 1; k > 0 && line_len < MAX_COLS; k--) {
            memmove(cells[col + 1], cells[col], sizeof cells[0] * (size_t)(line_len - col));
            strcpy(cells[col], " ");
            line_len++;
        }
        break;
    default: break;  // colours, modes, other lines: not part of the transcript
    }
}

static void absorb(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (esc_state) {
        case TEXT:
            if (c == 0x1b) esc_state = ESC;
            else if (c == '\n') end_line();
            else if (c == '\r') col = 0;
            else if (c == '\b') col -= col > 0;
            else if (c == '\t') do put_cell(" "); while (col % 8);
            else if (c >= 0x80 && c < 0xc0 && col > 0) {  // a UTF-8 continuation byte
                size_t k = strlen(cells[col - 1]);
                if (k < 4) cells[col - 1][k] = (char)c, cells[col - 1][k + 1] = 0;
            } else if (c >= 0x20 && c != 0x7f) {
                char cell[2] = {(char)c, 0};
                put_cell(cell);
            }
            break;
        case ESC:
            esc_state = c == '[' ? CSI : c == ']' ? OSC : TEXT;
            csi_len = 0;
            break;
        case CSI:
            if (c >= 0x40 && c <= 0x7e) {
                run_csi((char)c);
                esc_state = TEXT;
            } else if (csi_len < sizeof csi - 1) {
                csi[csi_len++] = (char)c;
            }
            break;
        case OSC:
            if (c == 7) esc_state = TEXT;
            break;
        }
    }
}

// Reads what the program wrote, waiting up to `secs`: 1 read something,
// 0 nothing came, -1 end (EIO once the program has exited).
static int pump(double secs) {
    struct pollfd p = {.fd = master, .events = POLLIN};
    int r = poll(&p, 1, (int)(secs * 1000));
    if (r <= 0) return 0;
    char buf[4096];
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) return -1;
    absorb(buf, (size_t)n);
    return 1;
}

// The cursor sits after ">>> " or "... " at the end of the current line.
static bool at_prompt(void) {
    static char buf[MAX_COLS * 4 + 1];
    size_t n = line_text(buf, sizeof buf);
    return col == line_len && n >= 4 &&
           (memcmp(buf + n - 4, ">>> ", 4) == 0 || memcmp(buf + n - 4, "... ", 4) == 0);
}

static void timed_out(const char *what) {
    char msg[256];
    if (line_len) end_line();
    snprintf(msg, sizeof msg, "[timeout waiting for %s]\n", what);
    append(msg, strlen(msg));
}

// Waits for a prompt, and for the screen to settle (as a person would
// before typing: the line editor may still be setting the terminal up).
static bool wait_prompt(void) {
    double end = now() + timeout_secs;
    for (;;) {
        int got = pump(0.05);
        if (got < 0 || now() > end) {
            timed_out("a prompt");
            return false;
        }
        if (got == 0 && at_prompt()) return true;
    }
}

static bool wait_text(const char *text) {
    double end = now() + timeout_secs;
    for (;;) {
        char *all = screen();
        char *hit = strlen(all) >= waited ? strstr(all + waited, text) : NULL;
        if (hit) waited = (size_t)(hit - all) + strlen(text);
        free(all);
        if (hit) return true;
        if (now() > end || pump(0.05) < 0) {
            timed_out(text);
            return false;
        }
    }
}

// Decodes the session's escapes into `dst`; returns the length.
static size_t unescape(const char *src, char *dst) {
    size_t n = 0;
    for (const char *p = src; *p; p++) {
        if (p[0] == '^' && (p[1] == 'C' || p[1] == 'D')) {
            dst[n++] = p[1] == 'C' ? 3 : 4;
            p++;
        } else if (p[0] == '\\' && p[1]) {
            p++;
            dst[n++] = *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p == 't' ? '\t' : *p == 'e' ? '\x1b' : *p;
        } else {
            dst[n++] = *p;
        }
    }
    return n;
}

static void type_text(const char *s, size_t n) {
    // one key at a time, as a person types: the line editor sees each
    for (size_t i = 0; i < n; i++) {
        if (write(master, s + i, 1) != 1) return;
        pump(0.001);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: ptydrive SESSION COMMAND [ARG...]\n");
        return 2;
    }
    const char *t = getenv("PTYDRIVE_TIMEOUT");
    if (t && atof(t) > 0) timeout_secs = atof(t);
    FILE *session = fopen(argv[1], "r");
    if (!session) {
        perror(argv[1]);
        return 2;
    }
    struct winsize ws = {.ws_row = 24, .ws_col = 200};
    pid_t pid = forkpty(&master, NULL, NULL, &ws);
    if (pid < 0) {
        perror("forkpty");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    char line[4096], keys[4096];
    bool ok = true;
    while (ok && fgets(line, sizeof line, session)) {
        line[strcspn(line, "\n")] = 0;
        if (line[0] == '#' || line[0] == 0) continue;
        char *arg = strchr(line, ' ');
        if (arg) *arg++ = 0;
        else arg = line + strlen(line);
        if (strcmp(line, "line") == 0) {
            ok = wait_prompt();
            size_t n = unescape(arg, keys);
            keys[n++] = '\r';
            if (ok) type_text(keys, n);
        } else if (strcmp(line, "send") == 0) {
            type_text(keys, unescape(arg, keys));
        } else if (strcmp(line, "wait") == 0) {
            ok = wait_text(arg);
        } else if (strcmp(line, "prompt") == 0) {
            ok = wait_prompt();
        } else if (strcmp(line, "sleep") == 0) {
            double end = now() + atof(arg);
            while (now() < end) pump(end - now());
        } else {
            fprintf(stderr, "ptydrive: unknown command '%s'\n", line);
            ok = false;
        }
    }
    fclose(session);
    // read the rest of the output until the program exits and its end of the
    // terminal closes
    double end = now() + timeout_secs;
    int status = 0;
    pid_t exited = 0;
    while (ok && !exited && now() < end) {
        if (pump(0.05) < 0) break;
        exited = waitpid(pid, &status, WNOHANG);
    }
    while (pump(0.05) > 0) {
    }
    // the terminal closes a moment before the process is gone
    while (!exited && ok && now() < end) {
        exited = waitpid(pid, &status, WNOHANG);
        if (!exited) pump(0.01);
    }
    if (!exited) {
        if (ok) timed_out("the program to exit");
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    char tail[64];
    if (WIFEXITED(status)) snprintf(tail, sizeof tail, "[exit %d]\n", WEXITSTATUS(status));
    else snprintf(tail, sizeof tail, "[signal %d]\n", WTERMSIG(status));
    if (line_len) end_line();
    append(tail, strlen(tail));
    fwrite(out, 1, out_len, stdout);
    return 0;
}
