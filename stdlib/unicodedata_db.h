// The Unicode Character Database tables of the unicodedata module, generated
// at build time by tools/gen_unicodedata.py from Debian's unicode-data files.
#ifndef AY_UNICODEDATA_DB_H
#define AY_UNICODEDATA_DB_H

#include <stdint.h>

// Properties shared by many code points (indexes into the name lists below).
typedef struct AyUDRecord {
    uint8_t category, bidi, combining, mirrored, width;
} AyUDRecord;

typedef struct AyUDAlias {
    uint32_t cp;
    const char *name;
} AyUDAlias;

typedef struct AyUDSequence {
    const char *name;
    int len;
    uint32_t cps[4];
} AyUDSequence;

typedef struct AyUDNumber {
    uint32_t cp;
    double numeric;          // every listed character has one
    int8_t decimal, digit;   // -1: none
} AyUDNumber;

enum { AY_UD_SHIFT = 7 };  // code points per block of the two-level index: 1 << SHIFT

extern const char *const ayUD_categories[], *const ayUD_bidis[], *const ayUD_widths[];
extern const AyUDRecord ayUD_records[];
// record of cp = ayUD_records[ayUD_record_of[(ayUD_block_of[cp >> SHIFT] << SHIFT) + (cp & mask)]]
extern const uint16_t ayUD_block_of[], ayUD_record_of[];

// Names: the distinct words (sorted, NUL-separated, at ayUD_word_offsets);
// each named code point's words as ids, the last one with bit 15 set.
extern const char ayUD_words[];
extern const uint32_t ayUD_word_offsets[];
extern const int ayUD_word_count;
extern const uint16_t ayUD_name_words[];
extern const uint32_t ayUD_name_cps[], ayUD_name_starts[];
extern const int ayUD_name_count;

extern const AyUDAlias ayUD_aliases[];
extern const int ayUD_alias_count;
extern const AyUDSequence ayUD_sequences[];
extern const int ayUD_sequence_count;
extern const uint32_t ayUD_decomp_cps[];
extern const char *const ayUD_decomps[];
extern const int ayUD_decomp_count;
extern const AyUDNumber ayUD_numbers[];  // sorted by cp
extern const int ayUD_number_count;

#endif
