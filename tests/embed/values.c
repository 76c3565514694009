// hand-checked: values in and out of slots (the embedding API, no CPython equivalent).
#include <ay.h>
#include <stdio.h>
#include <string.h>

#define CHECK(call)                                                                   \
    do {                                                                              \
        AyStatus s_ = (call);                                                         \
        if (s_ != AY_OK) {                                                            \
            printf("line %d: %s -> %d %s\n", __LINE__, #call, (int)s_,                \
                   ay_error_message(vm) ? ay_error_message(vm) : "");                 \
            return 1;                                                                 \
        }                                                                             \
    } while (0)

static const char *kind_name(AyKind k) {
    static const char *names[] = {"none", "bool", "int", "float", "str", "bytes", "list",
                                  "tuple", "dict", "pointer", "object", "bad slot"};
    return names[k];
}

// Prints the status of a call expected to fail and its pending exception.
static void fails(AyVM *vm, const char *label, AyStatus s) {
    const char *type = ay_error_type(vm);
    const char *msg = ay_error_message(vm);
    printf("%s: status %d, %s: %s\n", label, (int)s, type ? type : "(none)", msg ? msg : "");
}

// Prints repr(slot) through the API.
static int show(AyVM *vm, const char *label, int slot, int scratch) {
    if (ay_repr(vm, scratch, slot) != AY_OK) return 1;
    printf("%s: %s (%s, %s)\n", label, ay_get_str(vm, scratch, NULL), kind_name(ay_kind(vm, slot)),
           ay_type_name(vm, slot));
    return 0;
}

int main(void) {
    AyVM *vm = ay_new(NULL);
    if (!vm) return 1;
    printf("slots at start: %d\n", ay_slot_count(vm));
    CHECK(ay_ensure_slots(vm, 8));
    printf("slots: %d\n", ay_slot_count(vm));

    // scalars
    CHECK(ay_set_int(vm, 0, 42));
    show(vm, "int", 0, 7);
    CHECK(ay_set_int(vm, 0, INT64_MIN));
    show(vm, "int64 min", 0, 7);
    int64_t i = 0;
    CHECK(ay_get_int(vm, 0, &i));
    printf("round trip: %d\n", i == INT64_MIN);
    CHECK(ay_set_int_text(vm, 1, "123456789012345678901234567890", 10));
    show(vm, "big", 1, 7);
    fails(vm, "big as int64", ay_get_int(vm, 1, &i));
    CHECK(ay_set_int_text(vm, 1, "0x_ff", 0));
    CHECK(ay_get_int(vm, 1, &i));
    printf("0x_ff = %lld\n", (long long)i);
    fails(vm, "bad text", ay_set_int_text(vm, 1, "12a", 10));
    CHECK(ay_set_float(vm, 2, 2.5));
    show(vm, "float", 2, 7);
    double d = 0;
    CHECK(ay_get_float(vm, 0, &d));  // an int converts
    printf("int as float: %g\n", d);
    fails(vm, "float as int", ay_get_int(vm, 2, &i));
    CHECK(ay_set_bool(vm, 3, 7));
    show(vm, "bool", 3, 7);
    CHECK(ay_set_none(vm, 3));
    show(vm, "none", 3, 7);
    int truth = -1;
    CHECK(ay_get_bool(vm, 3, &truth));
    printf("truth of None: %d\n", truth);

    // text and bytes
    CHECK(ay_set_str(vm, 4, "h\xc3\xa9llo", (size_t)-1));
    show(vm, "str", 4, 7);
    size_t n = 0;
    const char *s = ay_get_str(vm, 4, &n);
    printf("utf-8 bytes: %zu, len(): %lld\n", n, (long long)ay_len(vm, 4));
    fails(vm, "bad utf-8", ay_set_str(vm, 4, "\xff", 1));
    printf("str still: %s\n", s);
    CHECK(ay_set_bytes(vm, 5, "a\0b", 3));
    show(vm, "bytes", 5, 7);
    const char *b = ay_get_bytes(vm, 5, &n);
    printf("bytes: %zu [%d %d %d]\n", n, b[0], b[1], b[2]);
    printf("str of int: %p\n", (void *)ay_get_str(vm, 0, NULL));
    fails(vm, "str of int", AY_OK);
    CHECK(ay_to_str(vm, 6, 1));
    printf("str(0xff): %s\n", ay_get_str(vm, 6, NULL));

    // containers
    CHECK(ay_new_list(vm, 0));
    for (int k = 1; k <= 3; k++) {
        CHECK(ay_set_int(vm, 1, k * k));
        CHECK(ay_list_append(vm, 0, 1));
    }
    show(vm, "list", 0, 7);
    CHECK(ay_get_index(vm, 1, 0, -1));
    show(vm, "list[-1]", 1, 7);
    fails(vm, "list[9]", ay_get_index(vm, 1, 0, 9));
    CHECK(ay_new_dict(vm, 2));
    CHECK(ay_set_str(vm, 3, "key", 3));
    CHECK(ay_set_item(vm, 2, 3, 0));
    show(vm, "dict", 2, 7);
    CHECK(ay_get_item(vm, 4, 2, 3));
    show(vm, "dict['key']", 4, 7);
    CHECK(ay_set_str(vm, 3, "nope", 4));
    fails(vm, "missing key", ay_get_item(vm, 4, 2, 3));
    CHECK(ay_set_int(vm, 4, 1));
    CHECK(ay_set_str(vm, 5, "two", 3));
    CHECK(ay_new_tuple(vm, 6, 4, 2));
    show(vm, "tuple", 6, 7);
    CHECK(ay_new_tuple(vm, 6, 0, 0));
    show(vm, "empty tuple", 6, 7);

    // iteration
    CHECK(ay_iter(vm, 1, 0));
    AyStatus st;
    printf("items:");
    while ((st = ay_next(vm, 2, 1)) == AY_OK) {
        CHECK(ay_get_int(vm, 2, &i));
        printf(" %lld", (long long)i);
    }
    printf(" (end status %d)\n", (int)st);

    // globals, attributes, eval
    const char *src = "class P:\n    def __init__(self): self.x = 5\np = P()\n";
    CHECK(ay_run_string(vm, src, strlen(src), "<p>"));
    CHECK(ay_get_global(vm, 0, NULL, "p"));
    CHECK(ay_get_attr(vm, 1, 0, "x"));
    show(vm, "p.x", 1, 7);
    CHECK(ay_set_int(vm, 1, 6));
    CHECK(ay_set_attr(vm, 0, "y", 1));
    CHECK(ay_eval(vm, 2, "p.x * p.y"));
    show(vm, "p.x * p.y", 2, 7);
    fails(vm, "p.z", ay_get_attr(vm, 1, 0, "z"));
    CHECK(ay_set_global(vm, NULL, "answer", 2));
    CHECK(ay_eval(vm, 3, "answer + 0.5"));
    show(vm, "answer + 0.5", 3, 7);
    CHECK(ay_get_global(vm, 3, "math", "pi"));
    show(vm, "math.pi", 3, 7);
    fails(vm, "missing global", ay_get_global(vm, 3, NULL, "nothing"));
    CHECK(ay_import(vm, 3, "json"));
    CHECK(ay_get_attr(vm, 3, 3, "dumps"));
    CHECK(ay_copy(vm, 4, 2));
    CHECK(ay_call(vm, 3, 1));
    show(vm, "json.dumps(p.x * p.y)", 3, 7);
    ay_free(vm);
    return 0;
}
