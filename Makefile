# Fasail dashboard. Two commands (see README):
#   make run   - install the runtime into .venv and start the dashboard on http://localhost:8501
#   make test  - install test needs (Debian chromium, fonts, haproxy, dev requirements) and run the whole suite
# Also: make bench (benchmarks, writes bench/README.md), make validate,
#   make serve-replicas REPLICAS=2 PORT=8501 (replicas behind HAProxy, see deploy/README.md).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
REPLICAS ?= 2

.PHONY: run serve-replicas test bench validate system-test-deps system-proxy-deps clean-artifacts

$(PY):
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y python3.11-venv; \
	  else echo "python3.11-venv is missing: sudo apt-get install -y python3.11-venv" >&2; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)

# Stamps: pip runs again only when a requirements file changes.
$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime-installed

# MALLOC_ARENA_MAX=2: each session's script thread would otherwise get its own glibc malloc arena,
# memory that stays with the process after the run (bench/README.md, memory per session).
run: $(VENV)/.runtime-installed
	MALLOC_ARENA_MAX=2 $(PY) -m streamlit run app.py --server.address localhost --server.port $(PORT) \
	  --server.headless true --browser.gatherUsageStats false

# REPLICAS processes on PORT+1.. behind HAProxy on PORT, sticky per browser (deploy/README.md).
serve-replicas: system-proxy-deps $(VENV)/.runtime-installed
	$(PY) deploy/serve_replicas.py --replicas $(REPLICAS) --port $(PORT)

system-proxy-deps:
	@if [ ! -x /usr/sbin/haproxy ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "haproxy is missing: sudo apt-get install -y haproxy" >&2; exit 1; fi; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy; \
	fi

# Debian's chromium drives the browser tests (Playwright) and the static image export (kaleido);
# haproxy fronts the replica test (tests/browser/test_replicas_browser.py).
system-test-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
	    || [ ! -x /usr/sbin/haproxy ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to apt-get install chromium fonts-dejavu-core haproxy" >&2; exit 1; fi; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core haproxy; \
	fi

test: system-test-deps $(VENV)/.dev-installed
	$(PY) -m pytest

bench: system-test-deps $(VENV)/.dev-installed
	$(PY) bench/run_bench.py

validate: $(VENV)/.runtime-installed
	$(PY) -m fasail validate

clean-artifacts:
	rm -rf test-artifacts bench/results
