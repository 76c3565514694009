// Unicode character properties and case mappings with CPython 3.12's results
// (utf8proc's data plus the exceptions in unicode_tables.h).
#ifndef AY_UNICODE_H
#define AY_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

// Full case mappings (SpecialCasing included): write up to 3 code points to
// `out` and return how many. ayUni_to_lower ignores context (final sigma is
// the caller's business: see ayUni_final_sigma).
int ayUni_to_upper(uint32_t c, uint32_t out[3]);
int ayUni_to_lower(uint32_t c, uint32_t out[3]);
int ayUni_to_title(uint32_t c, uint32_t out[3]);
int ayUni_to_fold(uint32_t c, uint32_t out[3]);

bool ayUni_is_lower(uint32_t c);      // Lowercase property
bool ayUni_is_upper(uint32_t c);      // Uppercase property
bool ayUni_is_title(uint32_t c);      // category Lt
bool ayUni_is_cased(uint32_t c);
bool ayUni_is_case_ignorable(uint32_t c);
bool ayUni_is_alpha(uint32_t c);
bool ayUni_is_decimal(uint32_t c);
bool ayUni_is_digit(uint32_t c);
bool ayUni_is_numeric(uint32_t c);
bool ayUni_is_alnum(uint32_t c);
bool ayUni_is_space(uint32_t c);
bool ayUni_is_printable(uint32_t c);
bool ayUni_is_linebreak(uint32_t c);  // the line boundaries of str.splitlines
bool ayUni_is_id_start(uint32_t c);   // XID_Start or '_'
bool ayUni_is_id_continue(uint32_t c);

// Whether the capital sigma at code point index i of the UTF-8 text
// [s, s + n) (byte offset `at`) lowercases to final sigma U+03C2.
bool ayUni_final_sigma(const char *s, size_t n, size_t at);

#endif
