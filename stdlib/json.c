// The _json module: the JSON encoder and decoder in C (lib/json/ is the
// public API: options, JSONEncoder/JSONDecoder classes, dump/load).
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stdmod.h"

// Nesting depth beyond which encoding/decoding raises RecursionError (keeps
// the C stack bounded).
#define JSON_MAX_DEPTH 2000

// {==== string escaping

static void add_u_escape(AyBuf *b, uint32_t u) { ayBuf_printf(b, "\\u%04x", (unsigned)u); }

// Appends the JSON string literal of UTF-8 text s (quotes included).
static void add_json_string(AyBuf *b, const char *s, size_t n, bool ensure_ascii) {
    ayBuf_addc(b, '"');
    const char *p = s, *end = s + n, *run = s;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: break;
        }
        // ensure_ascii escapes everything outside ' '..'~' (DEL too)
        if (!esc && c >= 0x20 && (c < 0x7f || !ensure_ascii)) {
            p++;
            continue;
        }
        ayBuf_add(b, run, (size_t)(p - run));
        if (esc) {
            ayBuf_adds(b, esc);
            p++;
        } else if (c < 0x80) {
            add_u_escape(b, c);
            p++;
        } else {
            uint32_t cp = ayUtf8_decode(&p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                add_u_escape(b, 0xD800 | (cp >> 10));
                add_u_escape(b, 0xDC00 | (cp & 0x3FF));
            } else {
                add_u_escape(b, cp);
            }
        }
        run = p;
    }
    ayBuf_add(b, run, (size_t)(p - run));
    ayBuf_addc(b, '"');
}

static AyValue quote_str(AyVM *vm, AyValue *args, int nargs, bool ensure_ascii, const char *fname) {
    if (!ayArg_count(vm, fname, nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be a string, not %T", args[0]);
    AyBuf b;
    ayBuf_init(&b, vm);
    add_json_string(&b, AY_CSTR(args[0]), (size_t)AY_STR(args[0])->size, ensure_ascii);
    return ayBuf_finish(&b);
}
static AyValue j_encode_basestring_ascii(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return quote_str(vm, args, nargs, true, "encode_basestring_ascii");
}
static AyValue j_encode_basestring(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return quote_str(vm, args, nargs, false, "encode_basestring");
}

// }====
// {==== encoding

typedef struct Encoder {
    AyVM *vm;
    AyBuf out;
    AyValue indent;          // str or AY_NULL (compact)
    AyValue item_sep, key_sep, default_fn;
    bool sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan;
    AyValue *markers;        // containers being encoded (circular check)
    int nmarkers, capmarkers;
    int depth;
} Encoder;

static bool add_float(AyVM *vm, AyBuf *b, double d, bool allow_nan) {
    if (isfinite(d)) {
        char buf[40];
        ayBuf_add(b, buf, (size_t)ayFloat_repr_buf(d, buf));
        return true;
    }
    const char *py = isnan(d) ? "nan" : d > 0 ? "inf" : "-inf";
    if (!allow_nan) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "Out of range float values are not JSON compliant: %s", py);
        return false;
    }
    ayBuf_adds(b, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return true;
}

static bool enc_float(Encoder *e, double d) { return add_float(e->vm, &e->out, d, e->allow_nan); }

static bool enc_int(Encoder *e, AyValue v) {
    AyValue s = ayInt_to_str(e->vm, ayInt_exact(e->vm, v), 10, false);
    if (!s) return false;
    ayBuf_add(&e->out, AY_CSTR(s), (size_t)AY_STR(s)->size);
    return true;
}

static void enc_newline(Encoder *e) {
    ayBuf_addc(&e->out, '\n');
    for (int i = 0; i < e->depth; i++) ayBuf_add(&e->out, AY_CSTR(e->indent), (size_t)AY_STR(e->indent)->size);
}

static void enc_str_value(Encoder *e, AyValue v) { ayBuf_add(&e->out, AY_CSTR(v), (size_t)AY_STR(v)->size); }

static bool mark_push(Encoder *e, AyValue v) {
    if (!e->check_circular) return true;
    for (int i = 0; i < e->nmarkers; i++)
        if (e->markers[i] == v) {
            ayErr_format(e->vm, AY_EXC(e->vm, ValueError), "Circular reference detected");
            return false;
        }
    if (e->nmarkers == e->capmarkers) {
        int cap = e->capmarkers ? e->capmarkers * 2 : 16;
        AyValue *m = ayMem_realloc(e->vm, e->markers, sizeof(AyValue) * (size_t)e->capmarkers, sizeof(AyValue) * (size_t)cap);
        if (!m) return false;
        e->markers = m;
        e->capmarkers = cap;
    }
    e->markers[e->nmarkers++] = v;
    return true;
}

static void mark_pop(Encoder *e) {
    if (e->check_circular) e->nmarkers--;
}

static bool enc_value(Encoder *e, AyValue v);

// Open/close of a non-empty container with the indentation rules.
static void enc_open(Encoder *e, char c) {
    ayBuf_addc(&e->out, c);
    if (e->indent) {
        e->depth++;
        enc_newline(e);
    }
}
static void enc_close(Encoder *e, char c) {
    if (e->indent) {
        e->depth--;
        enc_newline(e);
    }
    ayBuf_addc(&e->out, c);
}
static void enc_item_sep(Encoder *e) {
    enc_str_value(e, e->item_sep);
    if (e->indent) enc_newline(e);
}

static bool enc_sequence(Encoder *e, AyValue seq) {
    AyValue *items;
    int64_t n;
    AyValue hold = ayObj_sequence_items(e->vm, seq, &items, &n);
    if (!hold) return false;
    if (n == 0) {
        ayBuf_adds(&e->out, "[]");
        return true;
    }
    if (!mark_push(e, seq)) return false;
    enc_open(e, '[');
    for (int64_t i = 0; i < n; i++) {
        // re-read: a default() hook may have changed a list
        AyValue *cur;
        int64_t cn;
        ayObj_sequence_items(e->vm, seq, &cur, &cn);
        if (i >= cn) break;
        if (i) enc_item_sep(e);
        if (!enc_value(e, cur[i])) return false;
    }
    enc_close(e, ']');
    mark_pop(e);
    return true;
}

// A dict key as JSON object key text, or AY_NONE to skip it (skipkeys).
static AyValue key_text(Encoder *e, AyValue k) {
    AyVM *vm = e->vm;
    if (ayV_is_str(vm, k)) return k;
    if (k == AY_TRUE) return ayV_from_obj(ayStr_intern_c(vm, "true"));
    if (k == AY_FALSE) return ayV_from_obj(ayStr_intern_c(vm, "false"));
    if (k == AY_NONE) return ayV_from_obj(ayStr_intern_c(vm, "null"));
    if (ayV_is_anyfloat(vm, k)) {
        AyBuf b;
        ayBuf_init(&b, vm);
        if (!add_float(vm, &b, ayFloat_value(k), e->allow_nan)) {
            ayBuf_free(&b);
            return AY_NULL;
        }
        return ayBuf_finish(&b);
    }
    if (ayV_is_anyint(vm, k)) return ayInt_to_str(vm, ayInt_exact(vm, k), 10, false);
    if (e->skipkeys) return AY_NONE;
    return ayErr_format(vm, AY_EXC(vm, TypeError), "keys must be str, int, float, bool or None, not %T", k);
}

static bool enc_dict(Encoder *e, AyValue d) {
    AyVM *vm = e->vm;
    AyDict *dict = AY_AS(AyDict, d);
    if (dict->used == 0) {
        ayBuf_adds(&e->out, "{}");
        return true;
    }
    if (!mark_push(e, d)) return false;
    // the items, sorted by key when asked (Python's sorted(), so the same errors)
    AyList *items = ayList_new(vm, dict->used);
    if (!items) return false;
    ayGC_push_root(vm, ayV_from_obj(items));
    bool ok = true;
    AyValue k, v;
    for (int64_t pos = 0; ok && ayDict_next(dict, &pos, &k, &v);) {
        AyValue pair = ayTuple_pack2(vm, k, v);
        ok = pair && ayList_append(vm, items, pair);
    }
    if (ok && e->sort_keys) ok = ayList_sort(vm, items, AY_NULL, false);
    bool first = true;
    for (int64_t i = 0; ok && i < items->len; i++) {
        AyTuple *pair = AY_AS(AyTuple, items->items[i]);
        AyValue key = key_text(e, pair->items[0]);
        if (!key) {
            ok = false;
            break;
        }
        if (key == AY_NONE) continue;
        if (first) enc_open(e, '{');
        else enc_item_sep(e);
        first = false;
        add_json_string(&e->out, AY_CSTR(key), (size_t)AY_STR(key)->size, e->ensure_ascii);
        enc_str_value(e, e->key_sep);
        ok = enc_value(e, pair->items[1]);
    }
    ayGC_pop_roots(vm, 1);
    if (!ok) return false;
    if (first) ayBuf_adds(&e->out, "{}");
    else enc_close(e, '}');
    mark_pop(e);
    return true;
}

static bool enc_value(Encoder *e, AyValue v) {
    AyVM *vm = e->vm;
    if (e->out.failed) return false;
    if (v == AY_NONE) ayBuf_adds(&e->out, "null");
    else if (v == AY_TRUE) ayBuf_adds(&e->out, "true");
    else if (v == AY_FALSE) ayBuf_adds(&e->out, "false");
    else if (ayV_is_str(vm, v)) add_json_string(&e->out, AY_CSTR(v), (size_t)AY_STR(v)->size, e->ensure_ascii);
    else if (ayV_is_anyint(vm, v)) return enc_int(e, v);
    else if (ayV_is_anyfloat(vm, v)) return enc_float(e, ayFloat_value(v));
    else {
        if (e->depth >= JSON_MAX_DEPTH || e->nmarkers >= JSON_MAX_DEPTH) {
            ayErr_format(vm, AY_EXC(vm, RecursionError), "maximum recursion depth exceeded while encoding a JSON object");
            return false;
        }
        if (ayV_is_list(vm, v) || ayV_is_tuple(vm, v)) return enc_sequence(e, v);
        if (ayV_is_dict(vm, v)) return enc_dict(e, v);
        if (!mark_push(e, v)) return false;
        AyValue r = e->default_fn ? ayObj_call1(vm, e->default_fn, v)
                                  : ayErr_format(vm, AY_EXC(vm, TypeError), "Object of type %T is not JSON serializable", v);
        if (!r) return false;
        ayGC_push_root(vm, r);
        bool ok = enc_value(e, r);
        ayGC_pop_roots(vm, 1);
        if (!ok) return false;
        mark_pop(e);
    }
    return !e->out.failed;
}

// encode(obj, *, indent=None, separators=None, sort_keys=False, skipkeys=False,
//        ensure_ascii=True, check_circular=True, allow_nan=True, default=None)
static AyValue j_encode(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[9];
    if (!ayArg_unpack(vm, "encode", args, nargs, kw,
                      "obj $ indent separators sort_keys skipkeys ensure_ascii check_circular allow_nan default", a))
        return AY_NULL;
    Encoder e = {.vm = vm};
    if (a[1] && a[1] != AY_NONE) {
        if (ayV_is_str(vm, a[1])) {
            e.indent = a[1];
        } else {
            int64_t n;
            if (!ayStd_int_arg(vm, a[1], &n)) return AY_NULL;
            AyValue sp = ayStr_repeat(vm, AY_STR(ayV_from_obj(ayStr_intern_c(vm, " "))), n < 0 ? 0 : n);
            if (!sp) return AY_NULL;
            e.indent = sp;
        }
    }
    if (a[2] && a[2] != AY_NONE) {
        AyValue *items;
        int64_t n;
        AyValue hold = ayObj_sequence_items(vm, a[2], &items, &n);
        if (!hold) return AY_NULL;
        if (n != 2) return ayErr_format(vm, AY_EXC(vm, ValueError), "too many values to unpack (expected 2)");
        if (!ayV_is_str(vm, items[0]) || !ayV_is_str(vm, items[1]))
            return ayErr_format(vm, AY_EXC(vm, TypeError), "make_encoder() argument 6 must be str, not %T",
                                ayV_is_str(vm, items[0]) ? items[1] : items[0]);
        e.item_sep = items[0];
        e.key_sep = items[1];
    } else {
        e.item_sep = ayV_from_obj(ayStr_intern_c(vm, e.indent ? "," : ", "));
        e.key_sep = ayV_from_obj(ayStr_intern_c(vm, ": "));
    }
    e.sort_keys = a[3] && ayObj_truth(vm, a[3]) > 0;
    e.skipkeys = a[4] && ayObj_truth(vm, a[4]) > 0;
    e.ensure_ascii = !a[5] || ayObj_truth(vm, a[5]) > 0;
    e.check_circular = !a[6] || ayObj_truth(vm, a[6]) > 0;
    e.allow_nan = !a[7] || ayObj_truth(vm, a[7]) > 0;
    e.default_fn = a[8] && a[8] != AY_NONE ? a[8] : AY_NULL;
    AyValue roots[4] = {e.indent ? e.indent : AY_NONE, e.item_sep, e.key_sep, a[1] ? a[1] : AY_NONE};
    for (int i = 0; i < 4; i++) ayGC_push_root(vm, roots[i]);
    ayBuf_init(&e.out, vm);
    bool ok = enc_value(&e, a[0]);
    ayGC_pop_roots(vm, 4);
    if (e.markers) ayMem_free(vm, e.markers, sizeof(AyValue) * (size_t)e.capmarkers);
    if (!ok) {
        ayBuf_free(&e.out);
        return AY_NULL;
    }
    return ayBuf_finish(&e.out);
}

// }====
// {==== decoding

typedef struct Decoder {
    AyVM *vm;
    AyValue doc;             // the str being decoded
    const char *s;
    size_t n;
    bool strict;
    AyValue object_hook, pairs_hook, parse_float, parse_int, parse_constant;
    int depth;
} Decoder;

// Raises JSONDecodeError(msg, doc, pos) with pos in code points.
static AyValue decode_error(Decoder *d, const char *msg, size_t byte_pos) {
    AyVM *vm = d->vm;
    int64_t pos = AY_STR(d->doc)->len == AY_STR(d->doc)->size ? (int64_t)byte_pos : ayUtf8_count(d->s, byte_pos);
    AyType *cls = AY_STD_TYPE(vm, JSONDecodeError);
    AyStr *m = ayStr_new_c(vm, msg);
    if (!m) return AY_NULL;
    AyValue args[3] = {ayV_from_obj(m), d->doc, ayV_small(pos)};
    AyValue exc = cls ? ayObj_call(vm, ayV_from_obj(cls), args, 3, AY_NULL) : ayExc_new(vm, AY_EXC(vm, ValueError), args, 1);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static size_t skip_ws(Decoder *d, size_t i) {
    while (i < d->n && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r')) i++;
    return i;
}

static int hex4(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// A string whose opening quote is at s[i-1]; *end gets the index after the
// closing quote.
static AyValue scan_string(Decoder *d, size_t i, size_t *end) {
    size_t start = i - 1;
    AyBuf b;
    ayBuf_init(&b, d->vm);
    size_t run = i;
    for (;;) {
        if (i >= d->n) {
            ayBuf_free(&b);
            return decode_error(d, "Unterminated string starting at", start);
        }
        unsigned char c = (unsigned char)d->s[i];
        if (c == '"') break;
        if (c < 0x20 && d->strict) {
            ayBuf_free(&b);
            return decode_error(d, "Invalid control character at", i);
        }
        if (c != '\\') {
            i++;
            continue;
        }
        ayBuf_add(&b, d->s + run, i - run);
        if (i + 1 >= d->n) {
            ayBuf_free(&b);
            return decode_error(d, "Unterminated string starting at", start);
        }
        char e = d->s[i + 1];
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char out[] = "\"\\/\b\f\n\r\t";
            ayBuf_addc(&b, out[simple - "\"\\/bfnrt"]);
            i += 2;
        } else if (e == 'u') {
            // an escape needs its 4 digits and something after them (CPython's check)
            int u = i + 6 < d->n ? hex4(d->s + i + 2) : -1;
            if (u < 0) {
                ayBuf_free(&b);
                return decode_error(d, "Invalid \\uXXXX escape", i + 1);
            }
            i += 6;
            uint32_t cp = (uint32_t)u;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < d->n && d->s[i] == '\\' && d->s[i + 1] == 'u') {
                int lo = i + 6 < d->n ? hex4(d->s + i + 2) : -1;
                if (lo < 0) {
                    ayBuf_free(&b);
                    return decode_error(d, "Invalid \\uXXXX escape", i + 1);
                }
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    i += 6;
                }
            }
            char u8[4];
            ayBuf_add(&b, u8, (size_t)ayUtf8_encode(cp, u8));
        } else {
            ayBuf_free(&b);
            return decode_error(d, "Invalid \\escape", i);
        }
        run = i;
    }
    ayBuf_add(&b, d->s + run, i - run);
    *end = i + 1;
    return ayBuf_finish(&b);
}

static AyValue scan_value(Decoder *d, size_t i, size_t *end);

static AyValue depth_error(Decoder *d, const char *what) {
    return ayErr_format(d->vm, AY_EXC(d->vm, RecursionError),
                        "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
}

static AyValue scan_array(Decoder *d, size_t i, size_t *end) {
    AyVM *vm = d->vm;
    if (++d->depth > JSON_MAX_DEPTH) return depth_error(d, "array");
    AyList *l = ayList_new(vm, 0);
    if (!l) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(l));
    AyValue result = AY_NULL;
    i = skip_ws(d, i);
    if (i < d->n && d->s[i] == ']') {
        *end = i + 1;
        result = ayV_from_obj(l);
        goto done;
    }
    for (;;) {
        size_t next;
        AyValue v = scan_value(d, i, &next);
        if (!v || !ayList_append(vm, l, v)) goto done;
        i = skip_ws(d, next);
        if (i < d->n && d->s[i] == ']') {
            *end = i + 1;
            result = ayV_from_obj(l);
            goto done;
        }
        if (i >= d->n || d->s[i] != ',') {
            decode_error(d, "Expecting ',' delimiter", i);
            goto done;
        }
        i = skip_ws(d, i + 1);
    }
done:
    ayGC_pop_roots(vm, 1);
    d->depth--;
    return result;
}

static AyValue scan_object(Decoder *d, size_t i, size_t *end) {
    AyVM *vm = d->vm;
    if (++d->depth > JSON_MAX_DEPTH) return depth_error(d, "object");
    bool pairs = d->pairs_hook != AY_NULL;
    AyValue container = pairs ? ayV_from_obj(ayList_new(vm, 0)) : ayV_from_obj(ayDict_new(vm));
    if (!ayV_obj(container)) return AY_NULL;
    ayGC_push_root(vm, container);
    AyValue result = AY_NULL;
    i = skip_ws(d, i);
    if (i < d->n && d->s[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= d->n || d->s[i] != '"') {
                decode_error(d, "Expecting property name enclosed in double quotes", i);
                goto done;
            }
            size_t next;
            AyValue key = scan_string(d, i + 1, &next);
            if (!key) goto done;
            ayGC_push_root(vm, key);
            i = skip_ws(d, next);
            if (i >= d->n || d->s[i] != ':') {
                ayGC_pop_roots(vm, 1);
                decode_error(d, "Expecting ':' delimiter", i);
                goto done;
            }
            i = skip_ws(d, i + 1);
            AyValue v = scan_value(d, i, &next);
            bool ok = v != AY_NULL;
            if (ok && pairs) {
                AyValue pair = ayTuple_pack2(vm, key, v);
                ok = pair && ayList_append(vm, AY_AS(AyList, container), pair);
            } else if (ok) {
                ok = ayDict_set(vm, AY_AS(AyDict, container), key, v) == 0;
            }
            ayGC_pop_roots(vm, 1);
            if (!ok) goto done;
            i = skip_ws(d, next);
            if (i < d->n && d->s[i] == '}') {
                i++;
                break;
            }
            if (i >= d->n || d->s[i] != ',') {
                decode_error(d, "Expecting ',' delimiter", i);
                goto done;
            }
            i = skip_ws(d, i + 1);
        }
    }
    *end = i;
    if (pairs) result = ayObj_call1(vm, d->pairs_hook, container);
    else if (d->object_hook) result = ayObj_call1(vm, d->object_hook, container);
    else result = container;
done:
    ayGC_pop_roots(vm, 1);
    d->depth--;
    return result;
}

static AyValue scan_number(Decoder *d, size_t i, size_t *end) {
    AyVM *vm = d->vm;
    size_t start = i;
    if (i < d->n && d->s[i] == '-') i++;
    if (i < d->n && d->s[i] == '0') {
        i++;
    } else if (i < d->n && d->s[i] >= '1' && d->s[i] <= '9') {
        while (i < d->n && d->s[i] >= '0' && d->s[i] <= '9') i++;
    } else {
        return decode_error(d, "Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < d->n && d->s[i] == '.' && d->s[i + 1] >= '0' && d->s[i + 1] <= '9') {
        i += 2;
        while (i < d->n && d->s[i] >= '0' && d->s[i] <= '9') i++;
        is_float = true;
    }
    if (i < d->n && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t j = i + 1;
        if (j < d->n && (d->s[j] == '+' || d->s[j] == '-')) j++;
        if (j < d->n && d->s[j] >= '0' && d->s[j] <= '9') {
            while (j < d->n && d->s[j] >= '0' && d->s[j] <= '9') j++;
            i = j;
            is_float = true;
        }
    }
    *end = i;
    AyValue hook = is_float ? d->parse_float : d->parse_int;
    if (hook) {
        AyStr *text = ayStr_new(vm, d->s + start, i - start);
        return text ? ayObj_call1(vm, hook, ayV_from_obj(text)) : AY_NULL;
    }
    if (is_float) {
        char buf[64];
        char *heap = NULL, *text = buf;
        size_t len = i - start;
        if (len >= sizeof buf) text = heap = malloc(len + 1);
        if (!text) return ayErr_nomemory(vm);
        memcpy(text, d->s + start, len);
        text[len] = 0;
        double v = strtod(text, NULL);
        free(heap);
        return ayV_from_float(v);
    }
    return ayInt_parse(vm, d->s + start, i - start, 10, AY_NONE);
}

static bool has_word(Decoder *d, size_t i, const char *w) {
    size_t n = strlen(w);
    return i + n <= d->n && memcmp(d->s + i, w, n) == 0;
}

static AyValue constant(Decoder *d, const char *name, double value) {
    if (d->parse_constant) {
        AyStr *s = ayStr_new_c(d->vm, name);
        return s ? ayObj_call1(d->vm, d->parse_constant, ayV_from_obj(s)) : AY_NULL;
    }
    return ayV_from_float(value);
}

static AyValue scan_value(Decoder *d, size_t i, size_t *end) {
    if (i >= d->n) return decode_error(d, "Expecting value", i);
    switch (d->s[i]) {
    case '"': return scan_string(d, i + 1, end);
    case '{': return scan_object(d, i + 1, end);
    case '[': return scan_array(d, i + 1, end);
    case 'n':
        if (has_word(d, i, "null")) return *end = i + 4, AY_NONE;
        break;
    case 't':
        if (has_word(d, i, "true")) return *end = i + 4, AY_TRUE;
        break;
    case 'f':
        if (has_word(d, i, "false")) return *end = i + 5, AY_FALSE;
        break;
    case 'N':
        if (has_word(d, i, "NaN")) return *end = i + 3, constant(d, "NaN", NAN);
        break;
    case 'I':
        if (has_word(d, i, "Infinity")) return *end = i + 8, constant(d, "Infinity", INFINITY);
        break;
    case '-':
        if (has_word(d, i, "-Infinity")) return *end = i + 9, constant(d, "-Infinity", -INFINITY);
        return scan_number(d, i, end);
    default:
        if (d->s[i] >= '0' && d->s[i] <= '9') return scan_number(d, i, end);
        break;
    }
    return decode_error(d, "Expecting value", i);
}

static AyValue opt_hook(AyValue v) { return v && v != AY_NONE ? v : AY_NULL; }

// decode(s, idx=0, *, strict=True, object_hook=None, object_pairs_hook=None,
//        parse_float=None, parse_int=None, parse_constant=None) -> (obj, end)
// Decodes one value starting exactly at code point idx.
static AyValue j_decode(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[8];
    if (!ayArg_unpack(vm, "decode", args, nargs, kw,
                      "s | idx $ strict object_hook object_pairs_hook parse_float parse_int parse_constant", a))
        return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be a string, not %T", a[0]);
    AyStr *doc = AY_STR(a[0]);
    int64_t idx = 0;
    if (a[1] && !ayStd_int_arg(vm, a[1], &idx)) return AY_NULL;
    if (idx < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "idx cannot be negative");
    Decoder d = {vm, a[0], doc->data, (size_t)doc->size, !a[2] || ayObj_truth(vm, a[2]) > 0,
                 opt_hook(a[3]), opt_hook(a[4]), opt_hook(a[5]), opt_hook(a[6]), opt_hook(a[7]), 0};
    if (d.parse_float == ayV_from_obj(vm->t_float)) d.parse_float = AY_NULL;
    if (d.parse_int == ayV_from_obj(vm->t_int)) d.parse_int = AY_NULL;
    size_t start = idx >= doc->len ? (size_t)doc->size : (size_t)ayStr_index_offset(vm, doc, idx);
    if (idx > doc->len) return decode_error(&d, "Expecting value", (size_t)doc->size);
    size_t end;
    AyValue v = scan_value(&d, start, &end);
    if (!v) return AY_NULL;
    ayGC_push_root(vm, v);
    int64_t end_cp = doc->len == doc->size ? (int64_t)end : ayUtf8_count(doc->data, end);
    AyValue r = ayTuple_pack2(vm, v, ayInt_from_i64(vm, end_cp));
    ayGC_pop_roots(vm, 1);
    return r;
}

// scanstring(s, end, strict=True) -> (str, end): a string literal whose
// opening quote is at code point end-1.
static AyValue j_scanstring(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "scanstring", args, nargs, kw, "s end | strict", a)) return AY_NULL;
    if (!ayV_is_str(vm, a[0]))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "first argument must be a string, not %T", a[0]);
    int64_t idx;
    if (!ayStd_int_arg(vm, a[1], &idx)) return AY_NULL;
    AyStr *doc = AY_STR(a[0]);
    if (idx < 0 || idx > doc->len) return ayErr_format(vm, AY_EXC(vm, ValueError), "end is out of bounds");
    Decoder d = {vm, a[0], doc->data, (size_t)doc->size, !a[2] || ayObj_truth(vm, a[2]) > 0};
    size_t end;
    AyValue s = scan_string(&d, (size_t)ayStr_index_offset(vm, doc, idx), &end);
    if (!s) return AY_NULL;
    int64_t end_cp = doc->len == doc->size ? (int64_t)end : ayUtf8_count(doc->data, end);
    return ayTuple_pack2(vm, s, ayInt_from_i64(vm, end_cp));
}

// Records the JSONDecodeError class (defined in lib/json/decoder.py).
static AyValue j_set_error(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_set_error", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_typeobj(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "a class is required");
    vm->std_types[AY_STD_JSONDecodeError] = AY_AS(AyType, args[0]);
    return AY_NONE;
}

// }====

static const AyMethodDef json_funcs[] = {
    {"encode", j_encode, 0, NULL},
    {"encode_basestring_ascii", j_encode_basestring_ascii, 0, NULL},
    {"encode_basestring", j_encode_basestring, 0, NULL},
    {"decode", j_decode, 0, NULL},
    {"scanstring", j_scanstring, 0, NULL},
    {"_set_error", j_set_error, 0, NULL},
    {NULL},
};

AyValue ayMod_json(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_json", json_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
