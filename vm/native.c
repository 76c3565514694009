// Argument unpacking for native functions (see native.h).
#include <stdio.h>
#include <string.h>

#include "native.h"
#include "str.h"
#include "vm.h"

bool ayArg_no_kw(AyVM *vm, const char *fname, AyValue kwnames) {
    if (kwnames && AY_AS(AyTuple, kwnames)->len) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool ayArg_count(AyVM *vm, const char *fname, int nargs, int min, int max) {
    if (nargs >= min && nargs <= max) return true;
    if (min == max) {
        if (min == 0)
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes no arguments (%d given)", fname, nargs);
        else if (min == 1)
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes exactly one argument (%d given)", fname, nargs);
        else
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected %d arguments, got %d", fname, min, nargs);
    } else if (nargs < min) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at least %d argument%s, got %d", fname, min,
                     min == 1 ? "" : "s", nargs);
    } else {
        ayErr_format(vm, AY_EXC(vm, TypeError), "%s expected at most %d argument%s, got %d", fname, max,
                     max == 1 ? "" : "s", nargs);
    }
    return false;
}

#define MAX_PARAMS 16

typedef struct Param {
    const char *name;
    int len;
} Param;

bool ayArg_unpack(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kwnames,
                  const char *spec, AyValue *out) {
    Param params[MAX_PARAMS];
    int n = 0, required = 0, posonly = 0, kwonly_from = -1;
    bool optional = false, star = false;
    for (const char *p = spec; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (*p == '|') { optional = true; p++; continue; }
        if (*p == '/') { posonly = n; p++; continue; }
        if (*p == '$') { kwonly_from = n; optional = true; p++; continue; }
        if (*p == '*' && (p[1] == ' ' || !p[1])) { star = true; p++; continue; }
        const char *s = p;
        while (*p && *p != ' ') p++;
        params[n].name = s;
        params[n].len = (int)(p - s);
        if (!optional) required++;
        n++;
    }
    int maxpos = kwonly_from >= 0 ? kwonly_from : n;
    for (int i = 0; i < n; i++) out[i] = AY_NULL;
    if (nargs > maxpos && !star) {
        if (maxpos == required)
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes %s %d positional argument%s (%d given)", fname,
                         required ? "exactly" : "at most", maxpos, maxpos == 1 ? "" : "s", nargs);
        else  // with keyword-only parameters CPython says "positional"
            ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes at most %d %sargument%s (%d given)", fname, maxpos,
                         kwonly_from >= 0 ? "positional " : "", maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    for (int i = 0; i < nargs && i < maxpos; i++) out[i] = args[i];
    int nkw = ayArg_nkw(kwnames);
    for (int k = 0; k < nkw; k++) {
        AyStr *kn = AY_STR(AY_AS(AyTuple, kwnames)->items[k]);
        int found = -1;
        for (int i = posonly; i < n; i++) {
            if (params[i].len == kn->size && memcmp(params[i].name, kn->data, (size_t)kn->size) == 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()", kn, fname);
            return false;
        }
        if (out[found]) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "argument for %s() given by name ('%U') and position (%d)",
                         fname, kn, found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (!out[i]) {
            char name[64];
            snprintf(name, sizeof name, "%.*s", params[i].len, params[i].name);
            if (i < nargs || i >= posonly)
                ayErr_format(vm, AY_EXC(vm, TypeError), "%s() missing required argument '%s' (pos %d)", fname,
                             name, i + 1);
            else
                ayErr_format(vm, AY_EXC(vm, TypeError), "%s() takes at least %d positional argument%s (%d given)",
                             fname, required, required == 1 ? "" : "s", nargs);
            return false;
        }
    }
    return true;
}
