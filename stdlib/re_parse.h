// Translation of Python regular expression syntax into PCRE2 syntax, with
// CPython's error messages and positions (stdlib/re_parse.c).
#ifndef AY_RE_PARSE_H
#define AY_RE_PARSE_H

#include "vm.h"

// Python's re flags.
enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

enum { RE_MAX_WARNINGS = 4 };

typedef struct ReTranslation {
    AyBuf pcre;          // the PCRE2 pattern (UTF-8 for str patterns)
    int flags;           // the pattern's flags with leading inline flags applied
    int groups;          // number of capturing groups
    AyDict *groupindex;  // group name -> number
    int *parents;        // [gid] = the innermost group containing group gid
                         // (0: none), for Match.lastindex; ayMem_alloc'd,
                         // (groups + 1) ints, owned by the caller on success
    // on failure: the message and its position in the pattern (code points;
    // -1 when CPython gives none)
    char error[200];
    int64_t error_pos;
    // FutureWarning texts to issue on success
    char warnings[RE_MAX_WARNINGS][96];
    int nwarnings;
} ReTranslation;

// Translates `pat` (code points of a str pattern, or bytes when is_bytes)
// of length n. Returns false with tr->error set on a syntax error; raises
// (returns false with an exception pending, error[0] == 0) on MemoryError.
// tr->pcre must be freed by the caller either way.
bool ayRe_translate(AyVM *vm, const uint32_t *pat, int64_t n, bool is_bytes, int flags, ReTranslation *tr);

// Python's \N{...} lookup (lang/uninames.c): the code point or -1.
int ayStr_lookup_name(const char *name, int len);

#endif
