// Helpers shared by the sequence types, and the tuple/list iterators.
#include "containers.h"
#include "seq.h"
#include "vm.h"

int aySeq_repr_enter(AyVM *vm, AyValue v) {
    AyList *stack = AY_AS(AyList, vm->repr_stack);
    for (int64_t i = 0; i < stack->len; i++)
        if (stack->items[i] == v) return 1;
    return ayList_append(vm, stack, v) ? 0 : -1;
}

void aySeq_repr_leave(AyVM *vm, AyValue v) {
    AyList *stack = AY_AS(AyList, vm->repr_stack);
    for (int64_t i = stack->len - 1; i >= 0; i--) {
        if (stack->items[i] == v) {
            for (int64_t j = i; j + 1 < stack->len; j++) stack->items[j] = stack->items[j + 1];
            stack->len--;
            return;
        }
    }
}

AyValue aySeq_richcmp(AyVM *vm, const AyValue *a, int64_t na, const AyValue *b, int64_t nb, AyCmp op) {
    if ((op == AY_EQ || op == AY_NE) && na != nb) return ayV_bool(op == AY_NE);
    int64_t i = 0;
    for (; i < na && i < nb; i++) {
        int r = ayObj_eq(vm, a[i], b[i]);
        if (r < 0) return AY_NULL;
        if (!r) break;
    }
    if (i >= na || i >= nb) {
        switch (op) {
        case AY_LT: return ayV_bool(na < nb);
        case AY_LE: return ayV_bool(na <= nb);
        case AY_EQ: return ayV_bool(na == nb);
        case AY_NE: return ayV_bool(na != nb);
        case AY_GT: return ayV_bool(na > nb);
        default: return ayV_bool(na >= nb);
        }
    }
    if (op == AY_EQ) return AY_FALSE;
    if (op == AY_NE) return AY_TRUE;
    return ayObj_richcmp(vm, a[i], b[i], op);
}

static bool clamp_arg(AyVM *vm, AyValue v, int64_t len, int64_t *out) {
    if (v == AY_NONE) return true;
    int64_t i;
    if (ayObj_as_ssize(vm, v, &i) < 0) {
        if (!ayErr_matches(vm, AY_EXC(vm, OverflowError))) return false;
        ayErr_clear(vm);
        i = ayObj_truth(vm, ayObj_richcmp(vm, v, ayV_small(0), AY_LT)) ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len) {
        i = len;
    }
    *out = i;
    return true;
}

bool aySeq_range_args(AyVM *vm, AyValue *args, int nargs, int64_t len, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = len;
    if (nargs > 0 && !clamp_arg(vm, args[0], len, start)) return false;
    if (nargs > 1 && !clamp_arg(vm, args[1], len, stop)) return false;
    return true;
}

typedef struct SeqIter {
    AyObj hdr;
    AyValue seq;   // AY_NULL once exhausted
    int64_t index;
} SeqIter;

static void seqiter_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((SeqIter *)o)->seq); }

AyValue aySeqIter_new(AyVM *vm, AyType *type, AyValue seq) {
    SeqIter *it = AY_NEW(vm, SeqIter, type);
    if (!it) return AY_NULL;
    it->seq = seq;
    return ayV_from_obj(it);
}

static AyValue tupleiter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyTuple *t = AY_AS(AyTuple, it->seq);
    if (it->index < t->len) return t->items[it->index++];
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue listiter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyList *l = AY_AS(AyList, it->seq);
    if (it->index < l->len) return l->items[it->index++];
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue listreviter_next(AyVM *vm, AyValue v) {
    SeqIter *it = AY_AS(SeqIter, v);
    if (!it->seq) return AY_NULL;
    AyList *l = AY_AS(AyList, it->seq);
    if (it->index >= 0 && it->index < l->len) return l->items[it->index--];
    it->seq = AY_NULL;
    return AY_NULL;
}

static AyValue iter_self(AyVM *vm, AyValue v) { return v; }

static AyValue seqiter_length_hint(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    SeqIter *it = AY_AS(SeqIter, args[0]);
    if (!it->seq) return ayV_small(0);
    int64_t len = ayObj_len(vm, it->seq);
    if (len < 0) return AY_NULL;
    int64_t left = it->hdr.type == vm->t_list_reverseiterator ? it->index + 1 : len - it->index;
    return ayV_small(left < 0 ? 0 : left);
}

#include "native.h"

static const AyMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {NULL},
};

void ayIter_setup(AyVM *vm) {
    AyType *types[] = {vm->t_tuple_iterator, vm->t_list_iterator, vm->t_list_reverseiterator};
    AyValue (*nexts[])(AyVM *, AyValue) = {tupleiter_next, listiter_next, listreviter_next};
    for (int i = 0; i < 3; i++) {
        types[i]->basic_size = sizeof(SeqIter);
        types[i]->trace = seqiter_trace;
        types[i]->iter = iter_self;
        types[i]->next = nexts[i];
        ayType_add_methods(vm, types[i], seqiter_methods);
    }
}
