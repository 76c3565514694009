# Ay build. `make` builds ./ay and libay.a (release, -O2); see `make help`.
#
# Variants build into build/<variant>/ so they never mix objects:
#   release  -O2, the default; ./ay is a copy of build/release/ay
#   debug    -O0 -g, assertions on
#   asan     ASan + UBSan
#   gcstress collects garbage at every safepoint that follows an allocation
VARIANT ?= release
BUILD := build/$(VARIANT)

CC ?= cc
WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
comma := ,
# -ffunction-sections: the ay program's link lays out functions one by one (LAYOUT_LD below).
# -fno-math-errno: sqrt is the instruction, not a libm call (vm/libm.h).
CFLAGS_COMMON := -std=gnu11 -D_GNU_SOURCE $(WARN) -fvisibility=hidden -fPIC -ffunction-sections -fno-math-errno \
                 -Iinclude -Ilang -Ivm -Istdlib -I$(BUILD)/gen
CFLAGS_release  := -O2 -g -DNDEBUG
CFLAGS_debug    := -O0 -g3
CFLAGS_asan     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CFLAGS_gcstress := -O1 -g -DAY_GC_STRESS
# Any other VARIANT name is a private release-style build dir (parallel work).
CFLAGS := $(CFLAGS_COMMON) $(or $(CFLAGS_$(VARIANT)),$(CFLAGS_release)) $(EXTRA_CFLAGS)
LDFLAGS_asan := -fsanitize=address,undefined
LDFLAGS := $(LDFLAGS_$(VARIANT)) $(EXTRA_LDFLAGS)
# libm is opened on first use (vm/libm.h); it is linked only for what -O0 code
# calls instead of inlining (floor, sqrt...). It follows libc so that what both
# have (ldexp, frexp...) binds to libc, and --as-needed drops it when unused.
SYS_LIBS := -lpthread -ldl -lc -lm
LIBS := -Wl,--as-needed -lgmp -luv -lffi -lutf8proc -lpcre2-8 -lz $(SYS_LIBS)
# The ay program links the static archives the same Debian -dev packages ship:
# only the code it calls is copied in, and at startup the dynamic loader maps,
# relocates and searches three objects (ay, libm, libc) instead of nine.
# libay.so and ay.pc keep the shared libraries.
STATIC_LIBS := -l:libgmp.a -l:libuv_a.a -l:libffi.a -l:libutf8proc.a -l:libpcre2-8.a -l:libz.a

# Debian packages the build and the tests need (`make deps` installs missing ones).
DEB_PACKAGES := build-essential re2c lemon pkg-config libgmp-dev libuv1-dev libffi-dev \
                libedit-dev libutf8proc-dev libpcre2-dev zlib1g-dev libssl-dev \
                python3 unicode-data

LANG_SRC   := $(wildcard lang/*.c)
VM_SRC     := $(wildcard vm/*.c)
STDLIB_SRC := $(wildcard stdlib/*.c stdlib/*/*.c)
CLI_SRC    := $(wildcard cli/*.c)
LIB_PY     := $(shell find lib -name '*.py' 2>/dev/null | sort)

LIB_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(LANG_SRC) $(VM_SRC) $(STDLIB_SRC)) \
           $(BUILD)/gen/lexer.o $(BUILD)/gen/grammar.o $(BUILD)/gen/frozen.o \
           $(BUILD)/gen/unicodedata_db.o
CLI_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC))

.PHONY: all deps test debug asan gcstress clean help bench FORCE deps-fuzz stdlib-check bench-parse \
        install install-files embed-tests hot-functions
.DEFAULT_GOAL := all

all: $(BUILD)/ay $(BUILD)/libay.a $(BUILD)/libay.so
ifeq ($(VARIANT),release)
all: ay libay.a
ay: $(BUILD)/ay
	cp $< $@
libay.a: $(BUILD)/libay.a
	cp $< $@
endif

# The kernel maps a program's file 64 KB around each page it faults on, so what
# a run costs is how many 64 KB windows it touches. The ay program's link
# script (LAYOUT_LD) gathers the functions every run executes (start-up, the
# front end, the interpreter's common paths, exit; tools/hot-functions.txt) at
# the start of the text, and moves the read-only data only some scripts read
# (frozen lib/ sources, Unicode names and tables, the C modules a script must
# import, the static libraries' tables and strings) after the rest, so the
# strings and tables start-up reads sit together in as few windows as they
# fill. The program is not position-independent: a PIE's 4500
# relocations are 108 KB that the loader reads at every start (Debian builds
# its python3 the same way).
LAYOUT_LD := $(BUILD)/gen/layout.ld
# C modules a script has to import (none is at start-up; archive member names,
# so not asyncio/module.o, whose name vm/module.o shares) keep their tables and
# strings there too.
IMPORTED_MODULES := ast_dump ast_match binascii collections context disassemble ffi ffi_types functools future \
                    handle hashlib heapq_bisect itertools itertools_comb json loop loop_io mod_ast mod_atexit \
                    mod_cmath mod_dis mod_math mod_thread operator random re re_parse select signal sleep struct \
                    subprocess task tcp time unicodedata zlib
COLD_RODATA := libay.a:frozen.o libay.a:uninames.o libay.a:unicodedata_db.o \
               $(patsubst %,libay.a:%.o,$(IMPORTED_MODULES)) $(patsubst -l:%,%:*,$(STATIC_LIBS))
$(LAYOUT_LD): tools/hot-functions.txt Makefile | $(BUILD)/gen
	{ echo 'SECTIONS { .text.hot_path : {'; \
	  sed -n -e 's/^\([A-Za-z_][A-Za-z0-9_]*\)$$/*(.text.\1 .text.\1.*)/p' \
	         -e 's/^\(lib[^()]*\.a\)(\([^()]*\))$$/*\1:\2(.text .text.*)/p' $<; \
	  echo '} } INSERT BEFORE .text;'; \
	  echo 'SECTIONS { .rodata.cold : {'; \
	  $(foreach m,$(COLD_RODATA),echo '*$(m)(.rodata .rodata.*)';) \
	  echo '} } INSERT AFTER .rodata;'; } > $@

# `make hot-functions` refreshes the list from this variant's program (valgrind).
hot-functions: $(BUILD)/ay
	tools/hot-functions.sh $(BUILD)/ay

$(BUILD)/ay: $(CLI_OBJ) $(BUILD)/libay.a $(LAYOUT_LD)
	$(CC) $(LDFLAGS) -no-pie -Wl,-T,$(LAYOUT_LD) -o $@ $(CLI_OBJ) $(BUILD)/libay.a \
	  -Wl,--as-needed $(STATIC_LIBS) $(SYS_LIBS)

$(BUILD)/libay.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# Objects are built -fPIC with hidden visibility: the shared library exports
# only the AY_API functions of include/ay.h.
$(BUILD)/libay.so: $(LIB_OBJ)
	$(CC) $(LDFLAGS) -shared -Wl,-soname,libay.so -o $@ $^ $(LIBS)

# Generated front end: never committed, always under build/.
$(BUILD)/gen/lexer.c: lang/lexer.re | $(BUILD)/gen
	re2c -W --no-generation-date --utf8 -c -o $@ $<

$(BUILD)/gen/grammar.c $(BUILD)/gen/grammar.h: lang/grammar.y | $(BUILD)/gen
	lemon -q -l -d$(BUILD)/gen -T/usr/share/lemon/lempar.c $< >/dev/null
	@# lemon leaves a stale header when the token set is unchanged; keep make's view consistent
	@touch $(BUILD)/gen/grammar.c $(BUILD)/gen/grammar.h

# Library modules written in Ay, compiled into the binary as source text.
$(BUILD)/mkfrozen: tools/mkfrozen.c | $(BUILD)/gen
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/frozen.c: $(BUILD)/mkfrozen $(LIB_PY) Makefile
	$(BUILD)/mkfrozen $@ lib $(LIB_PY)

# The unicodedata module's tables, from the Unicode Character Database files of
# the unicode-data package (15.0.0, the version CPython 3.12 ships).
UCD_DIR := /usr/share/unicode
$(BUILD)/gen/unicodedata_db.c: tools/gen_unicodedata.py | $(BUILD)/gen
	python3 tools/gen_unicodedata.py $(UCD_DIR) $@

$(BUILD)/gen:
	@mkdir -p $@

# Every object may include the generated grammar header, so build it first.
# Objects depend on the flags they were built with.
$(BUILD)/flags: FORCE | $(BUILD)/gen
	@echo '$(CC) $(CFLAGS)' | cmp -s - $@ || echo '$(CC) $(CFLAGS)' > $@
FORCE:

$(BUILD)/%.o: %.c $(BUILD)/flags | $(BUILD)/gen/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(BUILD)/flags | $(BUILD)/gen/grammar.h
	$(CC) $(CFLAGS) -Wno-unused-variable -Wno-sign-compare -MMD -MP -c -o $@ $<

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y $$missing; \
	else echo "all build dependencies are installed"; fi

test: all
	@tests/run

# `make install PREFIX=DIR` (default /usr/local; DESTDIR for staging) installs
# bin/ay, lib/libay.{a,so}, include/ay.h and lib/pkgconfig/ay.pc, so a host
# builds with `cc host.c $$(pkg-config --cflags --libs ay)`. install-files
# copies the $(VARIANT) build as it is, without rebuilding (tests/embed uses it).
PREFIX ?= /usr/local
AY_VERSION := $(shell sed -n 's/^\#define AY_VERSION_STRING "\(.*\)"/\1/p' include/ay.h)
install: all
	@$(MAKE) --no-print-directory install-files
install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/ay $(DESTDIR)$(PREFIX)/bin/ay
	install -m 644 $(BUILD)/libay.a $(DESTDIR)$(PREFIX)/lib/libay.a
	install -m 755 $(BUILD)/libay.so $(DESTDIR)$(PREFIX)/lib/libay.so
	install -m 644 include/ay.h $(DESTDIR)$(PREFIX)/include/ay.h
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' '' \
	  'Name: ay' 'Description: Ay, an embeddable Python-language interpreter with asyncio' \
	  'Version: $(AY_VERSION)' 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -Wl,-rpath,$${libdir} -lay $(LDFLAGS_$(VARIANT))' \
	  'Libs.private: $(filter-out -Wl$(comma)--as-needed,$(LIBS))' \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/ay.pc

# The embedding API's C tests and the host example, built through pkg-config
# from an install of this variant under $(BUILD)/prefix (tests/run runs them too).
embed-tests: all
	AY=$(abspath $(BUILD)/ay) AY_VARIANT=$(VARIANT) tests/embed/run.sh

# Build a variant and run the whole suite with it.
debug asan gcstress:
	$(MAKE) VARIANT=$@ all
	AY=$(abspath build/$@/ay) AY_VARIANT=$@ tests/run

clean:
	rm -rf build ay libay.a

# libFuzzer target for the front end (clang; `make deps-fuzz` installs it).
# Runs FUZZ_TIME seconds on a scratch copy of the seeds (below); crashes are left in
# build/fuzz/ as crash-* files.
FRONTEND_SRC := lang/ast.c lang/ast_build.c lang/ast_dump.c lang/ast_match.c lang/ast_stmt.c lang/parser.c \
                lang/parse_error.c lang/strlit.c lang/uninames.c
FUZZ_CC ?= clang
FUZZ_TIME ?= 60
FUZZ_FLAGS := -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
              -Iinclude -Ilang -Ibuild/fuzz/gen
build/fuzz/gen/lexer.c: lang/lexer.re
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date --utf8 -c -o $@ $<
build/fuzz/gen/grammar.c build/fuzz/gen/grammar.h: lang/grammar.y
	@mkdir -p build/fuzz/gen
	lemon -q -l -dbuild/fuzz/gen -T/usr/share/lemon/lempar.c $< >/dev/null
	@touch build/fuzz/gen/grammar.c build/fuzz/gen/grammar.h
build/fuzz/fuzz_parse: fuzz/fuzz_parse.c $(FRONTEND_SRC) lang/*.h build/fuzz/gen/lexer.c build/fuzz/gen/grammar.c
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ fuzz/fuzz_parse.c $(FRONTEND_SRC) build/fuzz/gen/lexer.c \
	  build/fuzz/gen/grammar.c -lutf8proc
fuzz: build/fuzz/fuzz_parse
	@# seeds: the front end's own tests, plus a few programs only the fuzzer uses
	@rm -rf build/fuzz/corpus && mkdir -p build/fuzz/corpus && \
	  cp tests/ast/*.py tests/syntax/*.py fuzz/corpus/* build/fuzz/corpus/
	cd build/fuzz && ./fuzz_parse -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=30 \
	  -rss_limit_mb=2048 corpus

deps-fuzz:
	@dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1 || { \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y clang libclang-rt-14-dev; }

# Front-end checks against CPython 3.12 (not part of `make test`).
stdlib-check: all
	tests/frontend/stdlib-check.sh

bench-parse: all
	bench/parse_stdlib.sh

help:
	@echo "make            build ./ay and libay.a (-O2)"
	@echo "make deps       install the Debian packages the build needs"
	@echo "make test       build and run the test suite"
	@echo "make debug|asan|gcstress   build that variant and run the suite with it"
	@echo "make clean      remove build products"
	@echo "make install PREFIX=DIR   install ay, libay.{a,so}, ay.h and ay.pc (pkg-config)"
	@echo "make embed-tests    build and run the embedding API's C tests and host example"
	@echo "make hot-functions  refresh tools/hot-functions.txt, the ay program's start-up layout (valgrind)"
	@echo "make fuzz       build the front-end libFuzzer target and run it FUZZ_TIME seconds"
	@echo "make deps-fuzz  install clang and its fuzzer runtime"
	@echo "make stdlib-check   compare the front end with CPython on its stdlib (needs CPython)"
	@echo "make bench-parse    front-end speed against CPython's ast.parse"
