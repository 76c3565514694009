// The allocation funnel and the tracing collector (precise, non-moving
// mark-sweep). See vm.h for the rule that makes C code safe: collection runs
// only at safepoints, so only values held across calls into Ay code need roots.
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "vm.h"
#include "thread.h"
#include "weakref.h"

// First collection after this many bytes; later ones when the heap doubles.
#define GC_MIN_THRESHOLD (4u << 20)
// A mark stack grown past this many entries (by tracing a long list) is
// released after the collection rather than kept resident until the next.
#define GC_GRAY_KEEP 4096

// {==== allocation

void *ayMem_realloc(AyVM *vm, void *p, size_t old, size_t size) {
    if (size > old && vm->mem_limit && vm->bytes + (size - old) > vm->mem_limit) {
        vm->gc_requested = true;  // a collection at the next safepoint may help the retry
        ayErr_nomemory(vm);
        return NULL;
    }
    void *q = vm->alloc(vm->alloc_ud, p, old, size);
    if (!q && size) {
        ayErr_nomemory(vm);
        return NULL;
    }
    vm->bytes += size - old;
#ifdef AY_GC_STRESS
    if (size) vm->gc_requested = true;
#else
    if (vm->bytes > vm->gc_threshold) vm->gc_requested = true;
#endif
    return q;
}

void *ayMem_alloc(AyVM *vm, size_t size) { return ayMem_realloc(vm, NULL, 0, size); }

void ayMem_free(AyVM *vm, void *p, size_t size) {
    if (p) ayMem_realloc(vm, p, size, 0);
}

// {==== small-object pages

// A page of equal slots for one size class; free slots have a NULL type.
// Slots are handed out from the bottom (`top` counts those ever used) so a
// fresh page's memory is touched only as it fills: a small heap stays small
// in RSS even with a page per size class.
typedef struct AySlabPage {
    struct AySlabPage *next;
    uint32_t slot_size, nslots, top;
    _Alignas(8) char slots[];  // objects are 8-aligned: code tags pointers' low bits
} AySlabPage;

#define SLAB_PAGE_BYTES 32768

static AyObj *slot_at(AySlabPage *pg, uint32_t i) { return (AyObj *)(pg->slots + (size_t)i * pg->slot_size); }

// Adds an empty page to a class; it becomes the one slab_alloc bumps through.
static AySlabPage *slab_grow(AyVM *vm, int cls) {
    AySlabPage *pg = ayMem_alloc(vm, SLAB_PAGE_BYTES);
    if (!pg) return NULL;
    struct AySlabPool *pool = &vm->slabs[cls];
    pg->slot_size = (uint32_t)(cls + 1) * 8;
    pg->nslots = (uint32_t)((SLAB_PAGE_BYTES - sizeof(AySlabPage)) / pg->slot_size);
    pg->top = 0;
    pg->next = pool->pages;
    pool->pages = pg;
    return pg;
}

static AyObj *slab_alloc(AyVM *vm, size_t size) {
    int cls = (int)((size + 7) >> 3) - 1;
    struct AySlabPool *pool = &vm->slabs[cls];
    AyObj *o = pool->free;
    if (o) {
        pool->free = (AyObj *)(uintptr_t)o->gc;
    } else {
        AySlabPage *pg = pool->pages;
        if ((!pg || pg->top == pg->nslots) && !(pg = slab_grow(vm, cls))) return NULL;
        o = slot_at(pg, pg->top++);
    }
    memset(o, 0, size);
    o->gc = (uint64_t)(cls + 1) << AY_GC_CLASS_SHIFT;
#ifdef AY_GC_STRESS
    vm->gc_requested = true;
#endif
    return o;
}

// }====

static AyObj *large_alloc(AyVM *vm, size_t size) {
    AyObj *o = ayMem_alloc(vm, size);
    if (!o) return NULL;
    memset(o, 0, size);
    o->gc = (uint64_t)(uintptr_t)vm->objects;
    vm->objects = o;
    return o;
}

// Room for one more entry in the registry of finalizable objects.
static bool reserve_finalizable(AyVM *vm) {
    if (vm->nfinalizable < vm->capfinalizable) return true;
    size_t cap = vm->capfinalizable ? vm->capfinalizable * 2 : 64;
    AyObj **a = ayMem_realloc(vm, vm->finalizable, vm->capfinalizable * sizeof(AyObj *), cap * sizeof(AyObj *));
    if (!a) return false;
    vm->finalizable = a;
    vm->capfinalizable = cap;
    return true;
}

AyObj *ayGC_new(AyVM *vm, AyType *type, size_t size) {
    if (type->del && !reserve_finalizable(vm)) return NULL;
    AyObj *o = size <= AY_SLAB_MAX ? slab_alloc(vm, size) : large_alloc(vm, size);
    if (!o) return NULL;
    o->type = type;
    if (type->del) {
        o->gc |= AY_GC_HASDEL;
        vm->finalizable[vm->nfinalizable++] = o;
    }
    return o;
}

AyType *ayGC_new_type(AyVM *vm, AyType *meta, size_t size) {
    AyType *t = (AyType *)large_alloc(vm, size);  // types stay on the list __subclasses__ searches
    if (!t) return NULL;
    t->hdr.type = meta;
    t->hdr.gc |= AY_GC_TYPE;
    t->tag = ++vm->type_tags;
    vm->type_epoch++;  // it may reuse the address of a collected type the cache still names
    t->self_size = (uint32_t)size;
    return t;
}

static size_t obj_size(AyObj *o) {
    if (o->gc & AY_GC_TYPE) return ((AyType *)o)->self_size;
    return ayObj_size(o);
}

// }====
// {==== roots for C code

void ayGC_push_root(AyVM *vm, AyValue v) {
    if (vm->nroots == vm->caproots) {
        size_t cap = vm->caproots ? vm->caproots * 2 : 64;
        AyValue *r = vm->alloc(vm->alloc_ud, vm->roots, vm->caproots * sizeof(AyValue),
                               cap * sizeof(AyValue));
        if (!r) abort();  // the root stack is tiny; failing to grow it is unrecoverable
        vm->roots = r;
        vm->caproots = cap;
    }
    vm->roots[vm->nroots++] = v;
}

void ayGC_pop_roots(AyVM *vm, size_t n) { vm->nroots -= n; }

// }====
// {==== marking

static void gray_push(AyVM *vm, AyObj *o) {
    if (vm->ngray == vm->capgray) {
        size_t cap = vm->capgray ? vm->capgray * 2 : 1024;
        AyObj **g = vm->alloc(vm->alloc_ud, vm->gray, vm->capgray * sizeof(AyObj *),
                              cap * sizeof(AyObj *));
        if (!g) abort();  // cannot mark without memory; see docs/embedding.md
        vm->gray = g;
        vm->capgray = cap;
    }
    vm->gray[vm->ngray++] = o;
}

void ayGC_mark_obj(AyVM *vm, AyObj *o) {
    if (!o || (o->gc & AY_GC_MARK)) return;
    o->gc |= AY_GC_MARK;
    gray_push(vm, o);
}

void ayGC_mark(AyVM *vm, AyValue v) {
    if (ayV_is_obj(v)) ayGC_mark_obj(vm, ayV_obj(v));
}

// Marks a frame's fixed fields and its live slots (locals and operand stack up
// to the saved stack pointer).
void ayGC_mark_frame(AyVM *vm, AyFrame *f) {
    ayGC_mark_obj(vm, (AyObj *)f->code);
    ayGC_mark_obj(vm, (AyObj *)f->func);
    ayGC_mark_obj(vm, (AyObj *)f->globals);
    ayGC_mark_obj(vm, (AyObj *)f->builtins);
    ayGC_mark(vm, f->locals);
    ayGC_mark_obj(vm, (AyObj *)f->gen);
    for (AyValue *p = f->localsplus; p < f->sp; p++) ayGC_mark(vm, *p);
}

static void mark_roots(AyVM *vm) {
    for (AyFrame *f = vm->frame; f; f = f->prev) ayGC_mark_frame(vm, f);
    for (size_t i = 0; i < vm->nroots; i++) ayGC_mark(vm, vm->roots[i]);
    ayGC_mark(vm, vm->exc);
    ayGC_mark(vm, vm->exc_info);
#define MARK_TYPE(f, name) ayGC_mark_obj(vm, (AyObj *)vm->t_##f);
    AY_BUILTIN_TYPES(MARK_TYPE)
#undef MARK_TYPE
    for (int i = 0; i < AY_EXC_COUNT; i++) ayGC_mark_obj(vm, (AyObj *)vm->exc_types[i]);
    ayGC_mark_obj(vm, (AyObj *)vm->t_file);
    for (int i = 0; i < AY_STD_TYPES_MAX; i++) ayGC_mark_obj(vm, (AyObj *)vm->std_types[i]);
    for (size_t i = 0; i < vm->capinterned; i++) ayGC_mark_obj(vm, (AyObj *)vm->interned[i]);
    ayGC_mark_obj(vm, (AyObj *)vm->empty_tuple);
    ayGC_mark_obj(vm, (AyObj *)vm->empty_str);
    ayGC_mark(vm, vm->dummy);
    ayGC_mark_obj(vm, (AyObj *)vm->builtins);
    ayGC_mark_obj(vm, (AyObj *)vm->modules);
    ayGC_mark(vm, vm->sys);
    ayGC_mark(vm, vm->memory_error);
    ayGC_mark(vm, vm->repr_stack);
    ayGC_mark(vm, vm->atexit);
    ayGC_mark(vm, vm->asyncgen_hooks);
    ayGC_mark(vm, vm->deprecations_shown);
    if (vm->threads) ayThread_trace(vm);
    for (size_t i = 0; i < vm->nfinq; i++) ayGC_mark_obj(vm, vm->finq[i]);
    if (vm->aio) ayAio_trace(vm);
    if (vm->api) ayApi_trace(vm);
}

static void propagate(AyVM *vm) {
    while (vm->ngray) {
        AyObj *o = vm->gray[--vm->ngray];
        ayGC_mark_obj(vm, (AyObj *)o->type);
        if (o->type->trace) o->type->trace(vm, o);
    }
}

// }====
// {==== finalization and weak references

static void finq_push(AyVM *vm, AyObj *o) {
    if (vm->nfinq == vm->capfinq) {
        size_t cap = vm->capfinq ? vm->capfinq * 2 : 64;
        AyObj **q = vm->alloc(vm->alloc_ud, vm->finq, vm->capfinq * sizeof(AyObj *), cap * sizeof(AyObj *));
        if (!q) abort();  // like the mark stack: the collector cannot proceed without it
        vm->finq = q;
        vm->capfinq = cap;
    }
    vm->finq[vm->nfinq++] = o;
}

// Weak references to objects that are now unreachable are cleared; those
// that have a callback and are themselves alive queue it.
static void clear_weakrefs(AyVM *vm) {
    for (AyWeakRef *w = vm->weakrefs; w; w = w->next) {
        if (!w->referent || (w->referent->gc & AY_GC_MARK)) continue;
        w->referent = NULL;
        if (w->callback && (w->hdr.gc & AY_GC_MARK)) finq_push(vm, &w->hdr);
    }
}

// Unreachable objects with a finalizer that has not run yet are queued and
// kept alive (with everything they reach) until it has run; a later
// collection frees them if they stay unreachable.
static void queue_if_finalizable(AyVM *vm, AyObj *o) {
    if ((o->gc & (AY_GC_HASDEL | AY_GC_MARK | AY_GC_FINALIZED)) != AY_GC_HASDEL || !o->type || !o->type->del) return;
    o->gc |= AY_GC_FINALIZED;
    finq_push(vm, o);
}

// Queues the unreachable objects of the registry; it keeps only the
// reachable ones (a queued object is never queued again, and those found
// dead earlier were queued then).
static void queue_finalizers(AyVM *vm) {
    size_t first = vm->nfinq, kept = 0;
    for (size_t i = 0; i < vm->nfinalizable; i++) {
        AyObj *o = vm->finalizable[i];
        if (o->gc & AY_GC_MARK) vm->finalizable[kept++] = o;
        else queue_if_finalizable(vm, o);
    }
    vm->nfinalizable = kept;
    for (size_t i = first; i < vm->nfinq; i++) ayGC_mark_obj(vm, vm->finq[i]);
    propagate(vm);
}

// Drops dead weak references from the list before the sweep frees them.
static void unlink_dead_weakrefs(AyVM *vm) {
    AyWeakRef **p = &vm->weakrefs;
    while (*p) {
        if ((*p)->hdr.gc & AY_GC_MARK) p = &(*p)->next;
        else *p = (*p)->next;
    }
}

void ayGC_run_finalizers(AyVM *vm) {
    if (vm->finalizing || !vm->nfinq) return;
    vm->finalizing = true;
    AyValue exc = vm->exc, exc_info = vm->exc_info;
    ayGC_push_root(vm, exc);
    ayGC_push_root(vm, exc_info);
    vm->exc = AY_NULL;
    // FIFO: finalizers queued while these run (by nested collections) run too
    for (size_t i = 0; i < vm->nfinq; i++) {
        AyObj *o = vm->finq[i];
        if (ayV_type(vm, ayV_from_obj(o))->del && !ayWeakRef_check(vm, ayV_from_obj(o))) {
            o->type->del(vm, ayV_from_obj(o));
        } else {
            AyWeakRef *w = (AyWeakRef *)o;
            AyValue cb = w->callback;
            w->callback = AY_NULL;
            AyValue arg = ayV_from_obj(o);
            if (cb && !ayObj_call(vm, cb, &arg, 1, AY_NULL)) ayErr_write_unraisable(vm, cb);
        }
        if (vm->exc) ayErr_write_unraisable(vm, ayV_from_obj(o));
    }
    vm->nfinq = 0;
    vm->exc = exc;
    vm->exc_info = exc_info;
    ayGC_pop_roots(vm, 2);
    vm->finalizing = false;
}

// }====
// {==== sweeping

// Releases what an object owns; the caller frees its memory.
static void release(AyVM *vm, AyObj *o) {
    if (!(o->gc & AY_GC_TYPE) && o->type->finalize) o->type->finalize(vm, o);
}

static void free_obj(AyVM *vm, AyObj *o) {
    size_t size = obj_size(o);
    vm->alloc(vm->alloc_ud, o, size, 0);
    vm->bytes -= size;
}

static bool dead(AyObj *o, bool all) { return all || !(o->gc & AY_GC_MARK); }

// Sweeping runs in two phases. First every dead object releases what it
// owns while all objects are still intact, so a `finalize` may look at
// another object and tell by its mark whether it survives (see
// memoryview's export count); then the memory goes.
static void release_dead(AyVM *vm, bool all) {
    for (int c = 0; c < AY_SLAB_CLASSES; c++)
        for (AySlabPage *pg = vm->slabs[c].pages; pg; pg = pg->next)
            for (uint32_t i = 0; i < pg->top; i++) {
                AyObj *o = slot_at(pg, i);
                if (o->type && dead(o, all)) release(vm, o);
            }
    for (AyObj *o = vm->objects; o; o = (AyObj *)(uintptr_t)(o->gc & AY_GC_PTR_MASK))
        if (dead(o, all)) release(vm, o);
}

// Frees the unmarked objects of every page (all of them when `all`) and
// rebuilds the free lists in address order; pages left empty go back.
static void sweep_slabs(AyVM *vm, bool all) {
    for (int c = 0; c < AY_SLAB_CLASSES; c++) {
        struct AySlabPool *pool = &vm->slabs[c];
        pool->free = NULL;
        AySlabPage **link = &pool->pages;
        while (*link) {
            AySlabPage *pg = *link;
            AyObj *head = NULL, *tail = NULL;
            uint32_t live = 0;
            for (uint32_t i = pg->top; i-- > 0;) {
                AyObj *o = slot_at(pg, i);
                if (o->type) {
                    if (!dead(o, all)) {
                        o->gc &= ~AY_GC_MARK;
                        live++;
                        continue;
                    }
                    o->type = NULL;
                }
                o->gc = (uint64_t)(uintptr_t)head;
                head = o;
                if (!tail) tail = o;
            }
            if (!live) {
                *link = pg->next;
                ayMem_free(vm, pg, SLAB_PAGE_BYTES);
                continue;
            }
            if (head) {
                tail->gc = (uint64_t)(uintptr_t)pool->free;
                pool->free = head;
            }
            link = &pg->next;
        }
    }
}

static AyObj *next_of(AyObj *o) { return (AyObj *)(uintptr_t)(o->gc & AY_GC_PTR_MASK); }

static void set_next(AyVM *vm, AyObj *prev, AyObj *next) {
    if (prev) prev->gc = (prev->gc & ~AY_GC_PTR_MASK) | (uint64_t)(uintptr_t)next;
    else vm->objects = next;
}

// Frees unmarked large objects (all of them when `all`). Type objects go in a
// second pass because sizing an instance consults its type; they are told
// apart by a GC flag and sized by their own field, since their metaclass may
// already be gone. The first pass runs before the slab pages are swept, so a
// size may also come from a dead small object (a generator's from its code).
static void sweep_pass(AyVM *vm, bool all, bool types) {
    AyObj *prev = NULL, *o = vm->objects;
    while (o) {
        AyObj *next = next_of(o);
        bool is_type = (o->gc & AY_GC_TYPE) != 0;
        if (is_type != types) {
            prev = o;
        } else if (all || !(o->gc & AY_GC_MARK)) {
            set_next(vm, prev, next);
            free_obj(vm, o);
        } else {
            o->gc &= ~AY_GC_MARK;
            prev = o;
        }
        o = next;
    }
}

static void sweep(AyVM *vm) {
    release_dead(vm, false);
    sweep_pass(vm, false, false);
    sweep_slabs(vm, false);
    sweep_pass(vm, false, true);
}

// }====

void ayGC_collect(AyVM *vm) {
    vm->gc_requested = false;
    if (vm->gc_disabled) return;
    mark_roots(vm);
    propagate(vm);
    if (vm->aio) {
        ayAio_after_mark(vm);
        propagate(vm);
    }
    clear_weakrefs(vm);
    queue_finalizers(vm);
    unlink_dead_weakrefs(vm);
    sweep(vm);
    if (vm->capgray > GC_GRAY_KEEP) {
        vm->alloc(vm->alloc_ud, vm->gray, vm->capgray * sizeof(AyObj *), 0);
        vm->gray = NULL;
        vm->capgray = 0;
    }
    vm->gc_count++;
    size_t next = vm->bytes * 2;
    if (next < GC_MIN_THRESHOLD) next = GC_MIN_THRESHOLD;
    if (vm->mem_limit && next > vm->mem_limit - vm->mem_limit / 8) next = vm->mem_limit - vm->mem_limit / 8;
    vm->gc_threshold = next;
    ayGC_run_finalizers(vm);
    if (vm->aio) ayAio_run_finalizers(vm);
}

void ayGC_free_all(AyVM *vm) {
    release_dead(vm, true);
    sweep_pass(vm, true, false);
    sweep_slabs(vm, true);
    sweep_pass(vm, true, true);
    if (vm->finq) vm->alloc(vm->alloc_ud, vm->finq, vm->capfinq * sizeof(AyObj *), 0);
    if (vm->finalizable) vm->alloc(vm->alloc_ud, vm->finalizable, vm->capfinalizable * sizeof(AyObj *), 0);
}
