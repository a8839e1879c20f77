# Marsad — `make demo` and `make test` work on a fresh clone (they create .venv and install).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test browser-deps postgres test-slow eval eval-extract eval-ner eval-linking eval-linking-real eval-quotes eval-quotes-gold eval-events eval-events-gsr eval-events-gsr-cv eval-stories train-stories eval-weekday eval-dates eval-roles eval-treaties bench install clean train-ner train-events train-treaty-steps kb lexicon

# pip's -qq keeps its output to errors: a first `make demo` should print the demo, not the install log.
$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (first run only) ..."
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -qq --upgrade pip
	@$(PY) -m pip install -qq -e '.[test,web]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/marsad demo

# The browser tests drive Debian's Chromium with an Arabic font; install both when we can (root + apt).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Naskh Arabic"; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	  else echo "note: chromium or fonts-noto-core missing and not root: the browser tests will skip"; fi; \
	fi

# PostgreSQL runs on every machine of this project (127.0.0.1:5432, user postgres); start it if it is down.
postgres:
	@if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then \
	  if command -v pg_ctlcluster >/dev/null 2>&1; then \
	    for v in $$(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect $$v main start || true; done; \
	  else echo "note: PostgreSQL is not running at 127.0.0.1:5432: its tests will skip (they fail in CI)"; fi; \
	fi

# The suite runs on both cores (pytest-xdist, one test file per worker at a time: a file's module fixtures are built
# once); `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= 2
test: $(STAMP) browser-deps postgres
	$(PY) -m pytest -q $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)

# Slow evaluations against the floors in eval/floors/ (need ../shared).
test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow

eval: eval-extract eval-ner eval-linking eval-linking-real eval-quotes eval-quotes-gold eval-events eval-events-gsr eval-stories eval-weekday eval-dates eval-roles eval-treaties

eval-extract: $(STAMP)
	$(PY) eval/eval_extract.py

eval-ner: $(STAMP)
	$(PY) eval/eval_ner.py

eval-linking: $(STAMP)
	$(PY) eval/eval_linking.py

eval-linking-real: $(STAMP)
	$(PY) eval/eval_linking_real.py

eval-quotes: $(STAMP)
	$(PY) eval/eval_quotes.py

# The SaudiNewsNet quote gold (ingest → process → official scorer): dev and frozen parts.
eval-quotes-gold: $(STAMP)
	MARSAD_SHARED=$(SHARED) $(PY) eval/eval_quotes_gold.py

eval-events: $(STAMP)
	$(PY) eval/eval_events.py

eval-stories: $(STAMP)
	$(PY) eval/eval_stories.py

# Retrain the stories pair model on the development stories (frozen part excluded), with the linkage bar kept at
# 0.75 (at the 0.65 the dev stories prefer, a third of what a model added on unseen home pages was another event).
# It writes a candidate (.work/stories/pair_model.json) and says how it differs from the shipped model, which it
# reproduces while the story features and analysis stages (NER, linking, events) are those it was trained on; ship
# one with `make train-stories STORIES_MODEL=src/marsad/stories/data/pair_model.json` after reading home pages.
STORIES_MODEL ?= .work/stories/pair_model.json
train-stories: $(STAMP)
	nice $(PY) -m marsad.stories.train_pairs $(SHARED) --join 0.75 --out $(STORIES_MODEL)

# The columnist's-voice model (stories/data/opinion_weights.json), from SaudiNewsNet's sectioned outlets.
OPINION_DB ?= .work/snn_all.db
train-opinion: $(STAMP)
	@test -s $(OPINION_DB) || $(VENV)/bin/marsad --db $(OPINION_DB) ingest $(SHARED)/data/saudinewsnet/*.zip
	nice $(PY) -m marsad.stories.train_opinion --db $(OPINION_DB) --write

eval-weekday: $(STAMP)
	$(PY) eval/eval_weekday.py

# Pages dated only by their fetch, dated by their site's page numbers (checked on sites whose URLs carry the day).
# Hijri days scored against the Gregorian day their writers gave beside them.
eval-dates: $(STAMP)
	$(PY) eval/eval_sequence_dates.py
	$(PY) eval/eval_hijri.py

# Office changes learned from SaudiNewsNet, judged by reading: every change the current code learns over
# July-August 2015, read by an independent reader (round 5), then the older rounds for comparison.
eval-roles: $(STAMP)
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn_round7.tsv
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn_round6.tsv
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn_round5.tsv
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn_round4.tsv
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn_round3.tsv
	$(PY) eval/eval_roles_snn.py score eval/judgements/roles_snn.tsv

# Treaty records on reports written blind to the code (ingest -> process -> marsad treaties, matched to gold records):
# the dev part, dev2 (the round-30 frozen set, then developed on), test30 and test31 (held out in rounds 30 and 31,
# scored once, then developed on) and test32 (held out in round 31, scored once): their floors guard those scores;
# a new frozen set is scored by the lead with
# --part frozen --data FILE --gold FILE once the code stops changing.
eval-treaties: $(STAMP)
	$(PY) eval/eval_treaties.py --part dev
	$(PY) eval/eval_treaties.py --part dev2
	$(PY) eval/eval_treaties.py --part test30
	$(PY) eval/eval_treaties.py --part test31
	$(PY) eval/eval_treaties.py --part test32
	$(PY) eval/eval_treaties.py --part test33
	$(PY) eval/eval_treaties.py --part test34
	$(PY) eval/eval_treaties.py --part test35
	$(PY) eval/eval_treaties.py --part test36
	$(PY) eval/eval_treaties.py --part test37
	$(PY) eval/eval_treaties.py --part test38
	$(PY) eval/eval_treaties.py --part test39
	$(PY) eval/eval_treaties.py --part test40
	$(PY) eval/eval_treaties.py --part test41
	$(PY) eval/eval_treaties.py --part test42
	$(PY) eval/eval_treaties.py --part test43
	$(PY) eval/eval_treaties.py --part test44
	$(PY) eval/eval_treaties.py --part test45
	$(PY) eval/eval_treaties.py --part test46
	$(PY) eval/eval_treaties.py --part test47
	$(PY) eval/eval_treaties.py --part test48
	$(PY) eval/eval_treaties.py --part test49
	$(PY) eval/eval_treaties.py --part test50
	$(PY) eval/eval_treaties.py --part test51
	$(PY) eval/eval_treaties.py --part test52
	$(PY) eval/eval_treaties.py --part test53
	$(PY) eval/eval_treaties.py --part test54
	$(PY) eval/eval_treaties.py --part test55
	$(PY) eval/eval_treaties.py --part test56
	$(PY) eval/eval_treaties.py --part test57
	$(PY) eval/eval_treaties.py --part test58
	$(PY) eval/eval_treaties.py --part test59
	$(PY) eval/eval_treaties.py --part test60
	$(PY) eval/eval_treaties.py --part test61
	$(PY) eval/eval_treaties.py --part test62
	$(PY) eval/eval_treaties.py --part test63
	$(PY) eval/eval_treaties.py --part test64
	$(PY) eval/eval_treaties.py --part test65
	$(PY) eval/eval_treaties.py --part test66
	$(PY) eval/eval_treaties.py --part test67

# The Arabic PLOVER gold sentences, end to end (ingest → process → events → official scorer): dev and frozen parts.
eval-events-gsr: $(STAMP)
	MARSAD_SHARED=$(SHARED) $(PY) eval/eval_events_gsr.py

# The same, plus the dev part coded fold by fold with detectors trained without each fold (figures on
# unseen sentences that may be tuned on) and where each missed dev positive was lost (needs scikit-learn).
eval-events-gsr-cv: $(STAMP)
	MARSAD_SHARED=$(SHARED) nice $(PY) eval/eval_events_gsr.py --breakdown

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Rebuild the shipped models and data from ../shared (deterministic).
# The NER training needs the `train` extra (PyTorch CPU, gensim): about 20 minutes on 2 cores.
train-ner: $(STAMP)
	$(PY) -m pip install --quiet -e '.[train]'
	nice $(VENV)/bin/marsad train ner

# The PROTEST/ASSAULT sentence detector, from ../shared/data/event_gsr_dev (needs scikit-learn: the train extra).
train-events: $(STAMP)
	$(PY) -m pip install --quiet -e '.[train]'
	MARSAD_SHARED=$(SHARED) nice $(PY) -m marsad.nlp.events.train_detector

# the learned treaty-step reader the treaty_steps stage ships (eval/train_treaty_steps.py): every treaty set's store,
# then the model, trained on every set but the round's held-out one
TREATY_STORES ?= /tmp/marsad-treaty-stores
train-treaty-steps: $(STAMP)
	$(PY) -m pip install --quiet -e '.[train]'
	for p in $$($(PY) -c "import sys; sys.path.insert(0, 'eval'); import train_treaty_steps as t; \
		print(' '.join(t.TRAIN_SETS))"); do \
		MARSAD_TREATY_STEP_MODEL=none nice $(PY) eval/eval_treaties.py --part $$p --no-floors \
			--keep $(TREATY_STORES)/store_$$p > /dev/null || exit 1; done
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice $(PY) eval/train_treaty_steps.py --stores $(TREATY_STORES)

kb: $(STAMP)
	$(VENV)/bin/marsad kb build

lexicon: $(STAMP)
	$(PY) -m marsad.arabic.build_lexicon

clean:
	rm -rf $(VENV) build *.egg-info marsad-demo.db* test-artifacts
