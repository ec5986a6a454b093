# wirewatch — one non-recursive Makefile; every output goes under build/.
# `make` builds the three programs; `make test` runs unit + integration tests.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
# PREFIX=/usr is the system's own: its config lives in /etc, as for any package.
SYSCONFDIR ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
UNITDIR    ?= $(PREFIX)/lib/systemd/system
PKG_CONFIG ?= pkg-config
# Debian 12 ships msgpack-c 4.0 as "msgpack"; upstream 6.x calls it "msgpack-c".
MSGPACK    := $(shell $(PKG_CONFIG) --exists msgpack-c && echo msgpack-c || echo msgpack)
DEPS       := libzmq libczmq hiredis $(MSGPACK) libutf8proc libxxhash jansson libsystemd
VERSION    := 0.1.0

CC  ?= cc
OPT ?= -O2 -g
WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
       -Wformat=2 -Wwrite-strings -Wpointer-arith -Wundef -Wvla -Wimplicit-fallthrough
ifeq ($(WERROR),1)
WARN += -Werror
endif
ifneq ($(SANITIZE),)
SAN = -fsanitize=$(SANITIZE) -fno-sanitize-recover=all -fno-omit-frame-pointer
endif
# Project flags are kept apart from CFLAGS/LDFLAGS, which belong to whoever runs make.
WW_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DWW_VERSION='"$(VERSION)"' \
            $(OPT) $(WARN) $(SAN) -MMD -MP -Ilib -Iproto -Iworkers \
            $(shell $(PKG_CONFIG) --cflags $(DEPS))
WW_LDLIBS = $(shell $(PKG_CONFIG) --libs $(DEPS)) -lm
# The daemon (metrics) and the client's board serve HTTP.
DAEMON_DEPS   := libmicrohttpd
DAEMON_LDLIBS  = $(shell $(PKG_CONFIG) --libs $(DAEMON_DEPS))
# The board's page, built into the client (scripts/embed_assets.sh).
BOARD_PAGE    := client/board/index.html client/board/board.css client/board/board.js \
                 client/board/favicon.svg

ifeq ($(V),1)
Q =
else
Q = @
endif

B := build
# Each Redis script is embedded into the program that runs it (scripts/embed.sh).
LIB_SRCS    := $(wildcard lib/*.c proto/*.c)
# workers/: the process (main.c, pipeline, consume, near, commit) and, in
# subfolders, the pure analysis cores, one library each (`make check-pure`
# keeps them free of sockets, Redis, logging and the clock).
TEXT_SRCS   := $(wildcard workers/text/*.c)
DEDUP_SRCS  := $(wildcard workers/dedup/*.c)
EVENTS_SRCS := $(wildcard workers/events/*.c)
WORKER_SRCS := $(filter-out workers/main.c,$(wildcard workers/*.c))
DAEMON_SRCS := $(wildcard daemon/*.c)
DAEMON_LUA  := $(patsubst daemon/%.lua,$(B)/gen/%_lua.o,$(wildcard daemon/*.lua))
CLIENT_SRCS := $(wildcard client/*.c)
EVAL_SRCS   := $(wildcard eval/*.c)
UNIT_SRCS   := $(wildcard tests/unit/test_*.c)
INTEG_SRCS  := $(wildcard tests/integ/test_*.c)
BENCH_SRCS  := $(wildcard tests/bench/bench_*.c)

obj = $(patsubst %.c,$(B)/%.o,$(patsubst $(B)/%,%,$(1)))

LIB_A    := $(B)/libww.a
TEXT_A   := $(B)/libwwtext.a
DEDUP_A  := $(B)/libwwdedup.a
EVENTS_A := $(B)/libwwevents.a
WORKER_A := $(B)/libwwworker.a
# in link order: a library before the ones it uses
CORE_AS  := $(DEDUP_A) $(EVENTS_A) $(TEXT_A)
BINS    := $(B)/bin/wirewatchd $(B)/bin/wirewatch-worker $(B)/bin/wirewatch
EVALS   := $(patsubst eval/%.c,$(B)/eval/%,$(EVAL_SRCS))
UNITS   := $(patsubst tests/unit/%.c,$(B)/tests/unit/%,$(UNIT_SRCS))
INTEGS  := $(patsubst tests/integ/%.c,$(B)/tests/integ/%,$(INTEG_SRCS))
BENCHES := $(patsubst tests/bench/%.c,$(B)/tests/bench/%,$(BENCH_SRCS))
# the fuzz targets' entry points, also linked with replay_main.c for `make test`
FUZZ_SRCS    := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_REPLAYS := $(patsubst tests/fuzz/%.c,$(B)/tests/fuzz/%,$(FUZZ_SRCS))

# Objects made through pattern rules are kept, not removed after the link.
.SECONDARY:

# corpus: replays the fuzz corpus (a part of test)
.PHONY: FORCE all evaluators test unit integ test-hosts bench demo eval eval-real fuzz corpus chaos check check-pure check-guards \
        format lint \
        install uninstall clean
all: $(BINS)
evaluators: $(EVALS)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "CC $<")
	$(Q)$(CC) $(WW_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/gen/%_lua.o: $(B)/gen/%_lua.c
	@$(if $(Q),echo "CC $<")
	$(Q)$(CC) $(WW_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/gen/%_lua.c: workers/%.lua scripts/embed.sh
	@mkdir -p $(dir $@)
	$(Q)sh scripts/embed.sh $< > $@
# commit.lua gets its counts and sizes from the C header both sides share.
$(B)/gen/commit_lua.c: workers/commit.lua workers/commit_contract.h scripts/embed.sh
	@mkdir -p $(dir $@)
	$(Q)sh scripts/embed.sh workers/commit.lua workers/commit_contract.h > $@
$(B)/gen/board_assets.c: $(BOARD_PAGE) scripts/embed_assets.sh
	@mkdir -p $(dir $@)
	$(Q)sh scripts/embed_assets.sh $(BOARD_PAGE) > $@
$(B)/gen/board_assets.o: $(B)/gen/board_assets.c
	@$(if $(Q),echo "CC $<")
	$(Q)$(CC) $(WW_CFLAGS) -Iclient $(CFLAGS) -c -o $@ $<
$(B)/gen/%_lua.c: daemon/%.lua scripts/embed.sh
	@mkdir -p $(dir $@)
	$(Q)sh scripts/embed.sh $< > $@

# The shipped catalog's place in a tree that is not installed
# (ww_conf_catalog); ww_conf.o is rebuilt when it changes.
WW_PATHS = -DWW_SOURCE_DIR='"$(CURDIR)"'
$(B)/paths.stamp: FORCE
	@mkdir -p $(B)
	@echo '$(WW_PATHS)' | cmp -s - $@ || echo '$(WW_PATHS)' > $@
$(B)/lib/ww_conf.o: WW_CFLAGS += $(WW_PATHS)
$(B)/lib/ww_conf.o: $(B)/paths.stamp
FORCE:

$(LIB_A): $(call obj,$(LIB_SRCS))
	$(Q)$(AR) rcs $@ $^
$(TEXT_A): $(call obj,$(TEXT_SRCS))
	$(Q)$(AR) rcs $@ $^
$(DEDUP_A): $(call obj,$(DEDUP_SRCS))
	$(Q)$(AR) rcs $@ $^
$(EVENTS_A): $(call obj,$(EVENTS_SRCS))
	$(Q)$(AR) rcs $@ $^
$(WORKER_A): $(call obj,$(WORKER_SRCS)) $(B)/gen/commit_lua.o
	$(Q)$(AR) rcs $@ $^

$(B)/bin/wirewatchd: $(call obj,$(DAEMON_SRCS)) $(DAEMON_LUA) $(LIB_A)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) $(DAEMON_LDLIBS)
$(B)/bin/wirewatch-worker: $(B)/workers/main.o $(WORKER_A) $(CORE_AS) $(LIB_A)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)
$(B)/bin/wirewatch: $(call obj,$(CLIENT_SRCS)) $(B)/gen/board_assets.o $(LIB_A)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) $(DAEMON_LDLIBS)
$(B)/eval/%: $(B)/eval/%.o $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)

$(B)/tests/unit/%: $(B)/tests/unit/%.o $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
# The classify tests share their helpers (tests/unit/classify_cases.c).
CLASSIFY_TESTS := $(B)/tests/unit/test_classify $(B)/tests/unit/test_classify_cues \
                  $(B)/tests/unit/test_classify_dates $(B)/tests/unit/test_classify_parties \
                  $(B)/tests/unit/test_classify_offices \
                  $(B)/tests/unit/test_classify_lead $(B)/tests/unit/test_classify_clause \
                  $(B)/tests/unit/test_classify_recalled $(B)/tests/unit/test_classify_medium \
                  $(B)/tests/unit/test_classify_languages \
                  $(B)/tests/unit/test_classify_vocabulary $(B)/tests/unit/test_classify_to_come \
                  $(B)/tests/unit/test_classify_habits $(B)/tests/unit/test_classify_clocks \
                  $(B)/tests/unit/test_classify_more_words $(B)/tests/unit/test_classify_previews \
                  $(B)/tests/unit/test_classify_people
$(CLASSIFY_TESTS): $(B)/tests/unit/%: $(B)/tests/unit/%.o $(B)/tests/unit/classify_cases.o \
        $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
# The date scanner's tests share theirs (tests/unit/dates_cases.c).
DATES_TESTS := $(B)/tests/unit/test_dates $(B)/tests/unit/test_dates_lexicon
$(DATES_TESTS): $(B)/tests/unit/%: $(B)/tests/unit/%.o $(B)/tests/unit/dates_cases.o \
        $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
# The catalog tests share theirs (tests/unit/catalog_cases.c).
CATALOG_TESTS := $(B)/tests/unit/test_catalog $(B)/tests/unit/test_catalog_cues
$(CATALOG_TESTS): $(B)/tests/unit/%: $(B)/tests/unit/%.o $(B)/tests/unit/catalog_cases.o \
        $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
# The CLDR check of the date lexicon asks ICU (libicu-dev) for month and weekday names:
# a dependency of this test only, never of the programs.
ICU_DEPS := icu-i18n icu-uc
$(B)/tests/unit/test_dates_cldr.o: WW_CFLAGS += $(shell $(PKG_CONFIG) --cflags $(ICU_DEPS))
$(B)/tests/unit/test_dates_cldr: $(B)/tests/unit/test_dates_cldr.o $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) $(shell $(PKG_CONFIG) --libs $(ICU_DEPS)) -lcmocka
# The client's JSON side has no library of its own: its test links json.o.
$(B)/tests/unit/test_json.o: WW_CFLAGS += -Iclient
$(B)/tests/unit/test_json: $(B)/tests/unit/test_json.o $(B)/client/json.o $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
$(B)/tests/unit/test_board_model.o: WW_CFLAGS += -Iclient
$(B)/tests/unit/test_board_model: $(B)/tests/unit/test_board_model.o $(B)/client/board_model.o \
        $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
$(B)/tests/integ/%: $(B)/tests/integ/%.o $(B)/tests/integ/harness.o $(B)/tests/integ/output.o $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
$(B)/tests/integ/test_commit_contract: $(B)/tests/integ/test_commit_contract.o \
        $(B)/tests/integ/harness.o $(B)/tests/integ/output.o $(B)/gen/commit_lua.o $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS) -lcmocka
$(B)/tests/bench/%: $(B)/tests/bench/%.o $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)
$(B)/tests/bench/bench_index: $(B)/tests/bench/bench_index.o $(WORKER_A) $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)
$(B)/tests/bench/bench_stages: $(B)/tests/bench/bench_stages.o $(WORKER_A) $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)

# TEST_PREFIX runs each unit test under a wrapper (valgrind in CI).
unit: $(UNITS)
	$(Q)sh tests/run_unit.sh $(UNITS)

integ: $(BINS) $(INTEGS)
	$(Q)sh tests/integ/run.sh $(INTEGS)

test: $(BINS) $(UNITS) $(INTEGS) $(FUZZ_REPLAYS)
	$(Q)python3 eval/test_real.py
	$(Q)sh tests/run_all.sh "$(UNITS)" "$(INTEGS)" "$(FUZZ_REPLAYS)"

# Workers in network namespaces, one worker host killed (needs root; make
# test runs it too, and it skips itself without root).
test-hosts: $(BINS)
	$(Q)sh tests/hosts/test_hosts.sh

bench: $(BINS) $(BENCHES)
	$(Q)sh tests/bench/run.sh

demo:
	$(Q)sh scripts/demo.sh

# libFuzzer targets (clang): the functions that read untrusted bytes. Each is
# built from the sources with -fsanitize=fuzzer,address,undefined and run for
# FUZZ_SECONDS, seeded from tests/fuzz/corpus/ and the sample feed.
# `make test` replays every target's corpus once (FUZZ_REPLAYS: the same entry
# points linked with tests/fuzz/replay_main.c, built like the tests).
FUZZ_SECONDS ?= 60
FUZZ_BINS  := $(patsubst tests/fuzz/%.c,$(B)/fuzz/%,$(FUZZ_SRCS))
# the client's JSON side and the daemon's frame reading, beside the libraries
FUZZ_EXTRA := client/json.c daemon/frames.c
FUZZ_DEPS  := $(LIB_SRCS) $(TEXT_SRCS) $(DEDUP_SRCS) $(EVENTS_SRCS) $(FUZZ_EXTRA)
FUZZ_INC   := -Iclient -Idaemon -Itests/fuzz
FUZZ_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DWW_VERSION='"$(VERSION)"' \
             -g -O1 -fsanitize=address,undefined -Ilib -Iproto -Iworkers $(FUZZ_INC) \
             $(shell $(PKG_CONFIG) --cflags $(DEPS))
# the sources are compiled once for every target (instrumented for coverage,
# without libFuzzer's main); each target links them with its entry point
FUZZ_OBJS  := $(patsubst %.c,$(B)/fuzz/obj/%.o,$(FUZZ_DEPS))

$(B)/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "FUZZCC $<")
	$(Q)clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(B)/fuzz/%: tests/fuzz/%.c $(FUZZ_OBJS) tests/fuzz/fuzz_frames.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "FUZZ $<")
	$(Q)clang $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS) $(WW_LDLIBS)

fuzz: $(FUZZ_BINS)
	$(Q)sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BINS)

$(B)/tests/fuzz/%.o: WW_CFLAGS += $(FUZZ_INC)
$(B)/tests/fuzz/%: $(B)/tests/fuzz/%.o $(B)/tests/fuzz/replay_main.o \
        $(call obj,$(FUZZ_EXTRA)) $(CORE_AS) $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)

corpus: $(FUZZ_REPLAYS)
	$(Q)sh tests/fuzz/replay.sh $(FUZZ_REPLAYS)

# make chaos: tests/chaos/ feeds CHAOS_ITEMS items through both ingest
# endpoints while workers, the daemon and redis-server are killed or stopped
# (CHAOS_FAULTS; CHAOS_SEED replays a run), then checks what came out; then
# test_flood with CHAOS_FLOOD malformed messages.
CHAOS_SRCS   := $(wildcard tests/chaos/*.c)
CHAOS_ITEMS  ?= 20000
CHAOS_FAULTS ?= wk=6,ws=3,dk=3,rk=3
CHAOS_SEED   ?=
CHAOS_FLOOD  ?= 100000
$(B)/tests/chaos/%.o: WW_CFLAGS += -Itests/integ
$(B)/tests/chaos/chaos: $(call obj,$(CHAOS_SRCS)) $(B)/tests/integ/harness.o \
        $(B)/tests/integ/output.o $(LIB_A)
	$(Q)$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(WW_LDLIBS)

chaos: $(BINS) $(B)/tests/chaos/chaos $(B)/tests/integ/test_flood
	$(Q)sh tests/chaos/run.sh "$(CHAOS_ITEMS)" "$(CHAOS_FAULTS)" "$(CHAOS_SEED)" "$(CHAOS_FLOOD)"

eval: $(BINS) $(EVALS)
	$(Q)sh eval/eval.sh

# The real pages of ../shared/eval, both halves (skipped when absent).
eval-real: $(BINS)
	$(Q)sh eval/eval.sh real-dev real-check

# The pure cores include no socket, Redis, log or clock header; every
# header's guard follows one scheme. CI runs both.
check: check-pure check-guards
check-pure:
	$(Q)sh scripts/check_pure.sh workers/text workers/dedup workers/events
check-guards:
	$(Q)sh scripts/check_guards.sh

# Formatting and static analysis: reported, not enforced by CI.
C_FILES = $(wildcard lib/*.[ch] proto/*.[ch] daemon/*.[ch] workers/*.[ch] workers/*/*.[ch] \
                     client/*.[ch] eval/*.[ch] \
                     tests/*/*.[ch])
format:
	clang-format -i $(C_FILES)
lint:
	-cppcheck --quiet --enable=warning,performance,portability --std=c11 -Ilib -Iproto \
	    -Iworkers $(filter %.c,$(C_FILES))

# make install [PREFIX=/usr/local] [DESTDIR=...]: the programs, their man
# pages, the units and the example config with this install's paths in place
# of /usr/local's, the shipped catalog, redis.conf and the Redis ACL template
# with its script (users.acl, redis_acl.sh). The config is installed
# only when none is there, so an upgrade keeps the operator's edits; uninstall
# removes it only when it is still the example, unchanged.
MANS     := docs/man/wirewatch.1 docs/man/wirewatch.conf.5 docs/man/wirewatch-catalog.5 \
            docs/man/wirewatchd.8 docs/man/wirewatch-worker.8
UNITS_SD := deploy/wirewatchd.service deploy/wirewatch-worker@.service
CONFDIR  := $(SYSCONFDIR)/wirewatch
SHAREDIR := $(DATADIR)/wirewatch
SUBST    := sed -e 's|/usr/local/bin|$(BINDIR)|g' -e 's|/usr/local/etc|$(SYSCONFDIR)|g' \
                -e 's|/usr/local/share|$(DATADIR)|g'
man_path  = $(DESTDIR)$(MANDIR)/man$(subst .,,$(suffix $(1)))/$(notdir $(1))

install: $(BINS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(CONFDIR) $(DESTDIR)$(SHAREDIR) \
	    $(DESTDIR)$(UNITDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(MANDIR)/man8
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	$(foreach f,$(MANS),$(SUBST) $(f) > $(call man_path,$(f)) && \
	    chmod 644 $(call man_path,$(f)) &&) true
	$(foreach f,$(UNITS_SD),$(SUBST) $(f) > $(DESTDIR)$(UNITDIR)/$(notdir $(f)) && \
	    chmod 644 $(DESTDIR)$(UNITDIR)/$(notdir $(f)) &&) true
	install -m 644 deploy/catalog/events.catalog deploy/redis.conf deploy/users.acl \
	    $(DESTDIR)$(SHAREDIR)
	install -m 755 scripts/redis_acl.sh $(DESTDIR)$(SHAREDIR)
	test -e $(DESTDIR)$(CONFDIR)/wirewatch.conf || \
	    { $(SUBST) deploy/wirewatch.conf > $(DESTDIR)$(CONFDIR)/wirewatch.conf && \
	      chmod 644 $(DESTDIR)$(CONFDIR)/wirewatch.conf; }

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(notdir $(BINS)))
	rm -f $(foreach f,$(MANS),$(call man_path,$(f)))
	rm -f $(addprefix $(DESTDIR)$(UNITDIR)/,$(notdir $(UNITS_SD)))
	rm -f $(DESTDIR)$(SHAREDIR)/events.catalog $(DESTDIR)$(SHAREDIR)/redis.conf \
	    $(DESTDIR)$(SHAREDIR)/users.acl $(DESTDIR)$(SHAREDIR)/redis_acl.sh
	-rmdir $(DESTDIR)$(SHAREDIR) 2>/dev/null
	if $(SUBST) deploy/wirewatch.conf | cmp -s - $(DESTDIR)$(CONFDIR)/wirewatch.conf; then \
	    rm -f $(DESTDIR)$(CONFDIR)/wirewatch.conf; rmdir $(DESTDIR)$(CONFDIR) 2>/dev/null; \
	elif test -e $(DESTDIR)$(CONFDIR)/wirewatch.conf; then \
	    echo "kept $(DESTDIR)$(CONFDIR)/wirewatch.conf: it was edited"; fi

clean:
	rm -rf $(B)

-include $(shell find $(B) -name '*.d' 2>/dev/null)
