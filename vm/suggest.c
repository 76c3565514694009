// "Did you mean" hints for NameError, AttributeError and ImportError, computed when the
// exception is displayed, with CPython 3.12's rules: a Levenshtein distance
// where case changes cost half of other edits, at most a third of the
// characters changed, and no hints among more than 750 candidates.
#include <string.h>

#include "code.h"
#include "containers.h"
#include "stdlib_names.h"
#include "str.h"
#include "vm.h"

#define MAX_CANDIDATES 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

// Edit distance of a and b, or anything above max_cost once it exceeds it.
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (!na || !nb) return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    // one row of the matrix, updated in place: row[i] = cost(b[:j], a[:i+1])
    size_t row[MAX_STRING_SIZE];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = result = j * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diag + substitution_cost(b[j], a[i]);
            diag = row[i];
            size_t insert_delete = (result < diag ? result : diag) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// The closest of `n` candidate names to `name`, or NULL.
static AyStr *closest(AyStr *name, AyValue *cands, int64_t n) {
    if (n >= MAX_CANDIDATES) return NULL;
    AyStr *best = NULL;
    size_t best_dist = (size_t)-1;
    for (int64_t i = 0; i < n; i++) {
        if (!ayV_is_obj(cands[i]) || ayV_obj(cands[i])->type != name->hdr.type) continue;
        AyStr *c = (AyStr *)ayV_obj(cands[i]);
        if (ayStr_eq(c, name)) continue;
        size_t max = (size_t)(name->size + c->size + 3) * MOVE_COST / 6;
        if (best && best_dist - 1 < max) max = best_dist - 1;
        size_t d = distance(name->data, (size_t)name->size, c->data, (size_t)c->size, max);
        if (d > max) continue;
        if (!best || d < best_dist) {
            best = c;
            best_dist = d;
        }
    }
    return best;
}

static AyStr *closest_in_dict(AyVM *vm, AyStr *name, AyDict *d) {
    AyList *keys = d ? ayList_new(vm, 0) : NULL;
    if (!keys) return NULL;
    int64_t pos = 0;
    AyValue k;
    while (ayDict_next(d, &pos, &k, NULL))
        if (!ayList_append(vm, keys, k)) return NULL;
    return closest(name, keys->items, keys->len);
}

static bool is_stdlib_module(AyStr *name) {
    static const char *const names[] = {
#define NAME(s) s,
        AY_STDLIB_MODULE_NAMES(NAME)
#undef NAME
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i], name->data) == 0) return true;
    return false;
}

static AyStr *attr_str(AyVM *vm, AyValue exc, AyStr *attr) {
    AyValue v = ayObj_getattr_opt(vm, exc, attr);
    ayErr_clear(vm);
    return v && ayV_is_str(vm, v) ? AY_STR(v) : NULL;
}

static AyValue name_error_hint(AyVM *vm, AyValue exc) {
    AyStr *name = attr_str(vm, exc, vm->s.name);
    AyTraceback *tb = AY_AS(AyExc, exc)->traceback;
    if (!name || !tb) return AY_NULL;
    while (tb->next) tb = tb->next;
    AyCode *code = tb->code;
    AyStr *hint = NULL;
    AyTuple *locals = ayTuple_new(vm, code->nlocals);
    if (!locals) return AY_NULL;
    for (int i = 0; i < code->nlocals; i++) locals->items[i] = ayV_from_obj(code->localnames[i]);
    hint = closest(name, locals->items, locals->len);
    if (!hint) hint = closest_in_dict(vm, name, tb->globals);
    if (!hint) hint = closest_in_dict(vm, name, vm->builtins);
    bool stdlib = is_stdlib_module(name);
    if (!hint && !stdlib) return AY_NULL;
    if (!stdlib) return ayStr_from_fmt(vm, ". Did you mean: '%U'?", hint);
    if (!hint) return ayStr_from_fmt(vm, ". Did you forget to import '%U'?", name);
    return ayStr_from_fmt(vm, ". Did you mean: '%U'? Or did you forget to import '%U'?", hint, name);
}

// The closest of dir(obj) to name, as a hint.
static AyValue names_hint(AyVM *vm, AyStr *name, AyValue obj) {
    AyValue dir = ayDict_get_cstr(vm, vm->builtins, "dir");
    AyValue names = dir ? ayObj_call1(vm, dir, obj) : AY_NULL;
    if (!names || !ayV_is_list(vm, names)) {
        ayErr_clear(vm);
        return AY_NULL;
    }
    AyStr *hint = closest(name, AY_AS(AyList, names)->items, AY_AS(AyList, names)->len);
    return hint ? ayStr_from_fmt(vm, ". Did you mean: '%U'?", hint) : AY_NULL;
}

static AyValue attribute_error_hint(AyVM *vm, AyValue exc) {
    AyStr *name = attr_str(vm, exc, vm->s.name);
    AyValue obj = name ? ayObj_getattr_opt(vm, exc, vm->s.obj) : AY_NULL;
    ayErr_clear(vm);
    if (!obj) return AY_NULL;
    return names_hint(vm, name, obj);
}

// `from mod import nmae`: the closest name the module has.
static AyValue import_error_hint(AyVM *vm, AyValue exc) {
    AyStr *name_from = ayStr_intern_c(vm, "name_from");
    AyStr *name = name_from ? attr_str(vm, exc, name_from) : NULL;
    AyStr *modname = name ? attr_str(vm, exc, vm->s.name) : NULL;
    AyValue mod = modname ? ayDict_get_str(vm, vm->modules, modname) : AY_NULL;
    if (!mod) return AY_NULL;
    return names_hint(vm, name, mod);
}

AyValue ayErr_suggestion(AyVM *vm, AyValue exc) {
    AyType *t = ayV_type(vm, exc);
    AyValue r = AY_NULL;
    if (ayType_is_subtype(t, AY_EXC(vm, NameError))) r = name_error_hint(vm, exc);
    else if (ayType_is_subtype(t, AY_EXC(vm, AttributeError))) r = attribute_error_hint(vm, exc);
    else if (ayType_is_subtype(t, AY_EXC(vm, ImportError))) r = import_error_hint(vm, exc);
    ayErr_clear(vm);
    return r;
}

void ayErr_set_attribute_context(AyVM *vm, AyValue obj, AyStr *name) {
    AyValue exc = vm->exc;
    if (!ayV_is_exc(vm, exc) || ayV_type(vm, exc) != AY_EXC(vm, AttributeError)) return;
    AyDict *d = AY_AS(AyExc, exc)->dict;
    AyValue known = d ? ayDict_get_str(vm, d, vm->s.name) : AY_NULL;
    if (known && known != AY_NONE) return;
    vm->exc = AY_NULL;  // allocation must not see a pending exception
    ayObj_generic_setattr(vm, exc, vm->s.name, ayV_from_obj(name));
    ayObj_generic_setattr(vm, exc, vm->s.obj, obj);
    ayErr_clear(vm);
    vm->exc = exc;
}
