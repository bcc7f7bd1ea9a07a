"""Benchmarks against Streamlit's own floor, measured in the same run: `make bench`.

Writes bench/results/results.json and the table in bench/README.md.
Real browser (Debian chromium via Playwright), real `streamlit run` servers.
"""
from __future__ import annotations

import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser"), str(BENCH)]

from conftest import CHROMIUM, CHROMIUM_ARGS, _free_port  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

import synth  # noqa: E402

TITLE = "() => { const t = document.querySelector('.js-plotly-plot .gtitle'); return t ? t.textContent : null; }"
FLOOR_TEXT = "() => { const p = Array.from(document.querySelectorAll('[data-testid=stMarkdownContainer] p'))" \
             ".find(e => e.textContent.startsWith('selected:')); return p ? p.textContent : null; }"
N_CHANGES = 20
N_SESSIONS = 10


# ----------------------------------------------------------------- servers
class Server:
    def __init__(self, app: Path, data_dir: Path | None = None):
        self.port = _free_port()
        env = dict(os.environ)
        if data_dir is not None:
            env["FASAIL_DATA_DIR"] = str(data_dir)
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false"], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(self.url + "/_stcore/health", timeout=2).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{app} did not start")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wait_rendered(page, timeout=120_000) -> None:
    page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=timeout)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout)
    page.wait_for_selector("[data-testid=stMain] h1", timeout=timeout)


# ------------------------------------------------------------- interactions
def _pick(page, typed: str, option: str) -> None:
    box = page.locator("[data-testid=stSidebar] input[aria-label=Factions]")
    box.click()
    box.fill(typed)
    page.locator("[role=option]", has_text=option).first.wait_for()


def _changes(page, probe: str, picks: list[tuple[str, str]], n: int, timeout=120_000) -> list[float]:
    """Alternately pick an option and remove it; ms from the click to the probed text changing."""
    out = []
    for i in range(n):
        before = page.evaluate(probe)
        if i % 2 == 0:
            typed, option = picks[(i // 2) % len(picks)]
            _pick(page, typed, option)
            target = page.locator("[role=option]", has_text=option).first
        else:
            target = page.locator("[data-testid=stSidebar] [data-tag] button").first
        t0 = time.perf_counter()
        target.click()
        page.wait_for_function(f"(b) => {{ const v = ({probe})(); return v !== null && v !== b; }}", arg=before,
                               polling="raf", timeout=timeout)
        out.append((time.perf_counter() - t0) * 1000)
        page.keyboard.press("Escape")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout)
    return out


def cold_start(browser, app: Path, path: str, ready: str, data_dir: Path | None = None) -> tuple[Server, float]:
    srv = Server(app, data_dir)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.goto(srv.url + path, wait_until="domcontentloaded", timeout=300_000)
    page.wait_for_selector(ready, timeout=300_000)
    took = time.perf_counter() - srv.t0
    page.close()
    return srv, took


def memory_per_session(browser, srv: Server, path: str, ready: str) -> float:
    first = browser.new_context()
    p = first.new_page()
    p.goto(srv.url + path, timeout=300_000)
    p.wait_for_selector(ready, timeout=300_000)
    time.sleep(1.5)
    base = srv.rss_mb()
    ctxs = []
    for _ in range(N_SESSIONS):
        c = browser.new_context()
        pg = c.new_page()
        pg.goto(srv.url + path, timeout=300_000)
        pg.wait_for_selector(ready, timeout=300_000)
        ctxs.append(c)
    time.sleep(1.5)
    per = (srv.rss_mb() - base) / N_SESSIONS
    for c in ctxs + [first]:
        c.close()
    return per


def canvas_stable_time(page, t0: float, timeout_s: float = 120) -> float:
    """Seconds from t0 until the vis-network canvas (in any frame) stops changing."""
    probe = "() => { const c = document.querySelector('canvas'); if (!c || !c.width) return null;" \
            " const d = c.toDataURL(); let h = 0; for (let i = 0; i < d.length; i += 97) h = (h * 31 + d.charCodeAt(i)) | 0;" \
            " return d.length + ':' + h; }"
    last, since, deadline = None, None, time.time() + timeout_s
    while time.time() < deadline:
        sig = None
        for fr in page.frames:
            try:
                sig = fr.evaluate(probe) or sig
            except Exception:
                pass
        now = time.perf_counter()
        if sig is not None and sig == last:
            if now - since >= 0.6:
                return since - t0
        else:
            last, since = sig, now
        time.sleep(0.1)
    raise TimeoutError("network canvas never became stable")


# -------------------------------------------------------------- load run
async def _load_run(url: str, n: int) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)

        async def one(i: int):
            ctx = await browser.new_context(viewport={"width": 1400, "height": 900})
            page = await ctx.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "404" not in m.text else None)
            try:
                t0 = time.perf_counter()
                await page.goto(url + "/chronology", timeout=300_000)
                await page.wait_for_selector(".js-plotly-plot .main-svg", timeout=300_000)
                opened = time.perf_counter() - t0
                before = await page.evaluate(TITLE)
                box = page.locator("[data-testid=stSidebar] input[aria-label=Factions]")
                await box.click()
                await box.fill("Nujaba")
                opt = page.locator("[role=option]", has_text="Nujaba").first
                await opt.wait_for(timeout=300_000)
                t1 = time.perf_counter()
                await opt.click()
                await page.wait_for_function(f"(b) => {{ const v = ({TITLE})(); return v !== null && v !== b; }}",
                                             arg=before, timeout=300_000)
                changed = time.perf_counter() - t1
                if await page.locator("[data-testid=stException]").count():
                    errors.append("stException")
                return opened, changed, errors
            except Exception as err:  # counted, not raised
                return None, None, errors + [f"{type(err).__name__}: {err}"[:200]]
            finally:
                await ctx.close()

        t = time.perf_counter()
        res = await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.perf_counter() - t
        await browser.close()
    opens = sorted(r[0] for r in res if r[0] is not None)
    changes = sorted(r[1] for r in res if r[1] is not None)
    errs = [e for r in res for e in r[2]]
    return {"sessions": n, "wall_s": wall, "errors": len(errs), "error_samples": errs[:5],
            "open_s": _dist(opens), "filter_s": _dist(changes)}


def _dist(xs: list[float]) -> dict:
    if not xs:
        return {}
    q = lambda p: xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]  # noqa: E731
    return {"min": xs[0], "p50": q(0.5), "p90": q(0.9), "p95": q(0.95), "max": xs[-1], "n": len(xs)}


# ------------------------------------------------------------------ main
def load_validate_s(path: Path | None, repeat: int = 3) -> float:
    from fasail.dataset import load_dataset

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        load_dataset(path, strict=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def png_export_s() -> dict:
    import kaleido

    from fasail.dataset import load_dataset
    from fasail.figures.chronology import chronology_figure
    from fasail.query import events_in_window

    ds = load_dataset()
    ev = events_in_window(ds)
    fig = chronology_figure(ds, ev, "All factions", "benchmark", "Data: Fasail dataset")
    t = time.perf_counter()
    png = fig.to_image(format="png", scale=3)
    cold = time.perf_counter() - t
    kaleido.start_sync_server(silence_warnings=True)
    fig.to_image(format="png", scale=3)
    warm = []
    for _ in range(3):
        t = time.perf_counter()
        fig.to_image(format="png", scale=3)
        warm.append(time.perf_counter() - t)
    kaleido.stop_sync_server(silence_warnings=True)
    return {"cold_s": cold, "warm_s": statistics.median(warm), "bytes": len(png)}


def _save(r: dict) -> None:
    (RESULTS / "results.json").write_text(json.dumps(r, indent=2))


def stage_floor(browser, r: dict) -> None:
    """The empty app: cold start, page load, widget rerun, memory per session."""
    empty = BENCH / "empty_app.py"
    srv, r["floor_cold_s"] = cold_start(browser, empty, "/", "[data-testid=stMain] h1")
    try:
        page = browser.new_page()
        t = time.perf_counter()
        page.goto(srv.url + "/")
        wait_rendered(page)
        r["floor_page_load_s"] = time.perf_counter() - t
        ms = _changes(page, FLOOR_TEXT, [("Beta", "Beta"), ("Gamma", "Gamma")], N_CHANGES)
        r["floor_rerun_ms"] = statistics.median(ms)
        page.close()
        r["floor_mem_mb"] = memory_per_session(browser, srv, "/", "[data-testid=stMain] h1")
    finally:
        srv.stop()


def stage_shipped(browser, r: dict) -> None:
    """Shipped data: cold start to chart, filter round trips, memory, 20-session load run."""
    srv, r["cold_chart_s"] = cold_start(browser, ROOT / "app.py", "/chronology", CHART)
    try:
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(srv.url + "/chronology")
        wait_rendered(page)
        page.wait_for_selector(CHART)
        ms = _changes(page, TITLE, [("Nujaba", "Nujaba"), ("Kataib Hizballah", "Kata'ib Hezbollah")], N_CHANGES)
        r["filter_ms"], r["filter_ms_p90"] = statistics.median(ms), sorted(ms)[int(0.9 * (len(ms) - 1))]
        page.close()
        r["mem_mb"] = memory_per_session(browser, srv, "/chronology", CHART)
        with ThreadPoolExecutor(1) as pool:  # the sync API owns this thread's event loop
            r["load_run"] = pool.submit(asyncio.run, _load_run(srv.url, 20)).result()
    finally:
        srv.stop()


def stage_100x(browser, r: dict) -> None:
    """100k events: cold start to chart and filter round trips (failures recorded, not raised)."""
    srv = None
    try:
        srv, r["cold_chart_100x_s"] = cold_start(browser, ROOT / "app.py", "/chronology", CHART, DATA[100])
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(srv.url + "/chronology", timeout=600_000)
        page.wait_for_selector(CHART, timeout=600_000)
        wait_rendered(page, 600_000)
        ms = _changes(page, TITLE, [("Nujaba", "Nujaba"), ("Kataib Hizballah", "Kata'ib Hezbollah")], 4, 600_000)
        r["filter_100x_ms"] = statistics.median(ms)
        page.close()
    except Exception as err:
        r.setdefault("cold_chart_100x_s", None)
        r["filter_100x_ms"] = None
        r["error_100x"] = f"{type(err).__name__}: {str(err).splitlines()[0][:200]}"
    finally:
        if srv:
            srv.stop()


def stage_network(browser, r: dict) -> None:
    """2,000-node network: first and second page load until the canvas is stable."""
    srv = Server(ROOT / "app.py", NET)
    try:
        for label in ("network_cold_s", "network_warm_s"):
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.perf_counter()
            page.goto(srv.url + "/network", timeout=300_000)
            try:
                r[label] = canvas_stable_time(page, t0, 180)
            except Exception as err:
                r[label], r[label + "_error"] = None, str(err)[:200]
            page.close()
    finally:
        srv.stop()


def stage_inprocess(_browser, r: dict) -> None:
    r["load_validate_s"] = {"shipped": load_validate_s(None), **{f"{s}x": load_validate_s(d) for s, d in DATA.items()}}
    r["png"] = png_export_s()


STAGES = {"floor": stage_floor, "shipped": stage_shipped, "network": stage_network, "inprocess": stage_inprocess,
          "100x": stage_100x}
CHART = ".js-plotly-plot .main-svg"
DATA = {s: RESULTS / f"data_{s}x" for s in (1, 10, 100)}
NET = RESULTS / "net2000"


def main(stages: list[str]) -> None:
    """Run the stages (default: all) and merge into results.json; the floor always runs with the app stages."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    for s, d in DATA.items():
        synth.generate(d, s)
    synth.generate(NET, 1, network=2000)
    path = RESULTS / "results.json"
    r: dict = json.loads(path.read_text()) if path.exists() and set(stages) != set(STAGES) else {}
    r.update({"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()}, "when": time.strftime("%Y-%m-%d %H:%M")})
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for name in stages:
            STAGES[name](browser, r)
            _save(r)
            print(name, "done", flush=True)
        browser.close()
    write_readme(r)
    print(json.dumps(r, indent=2))


# ---------------------------------------------------------------- report
def _fmt(x, unit: str) -> str:
    if x is None:
        return "failed"
    return f"{x:.0f} ms" if unit == "ms" else f"{x:.2f} s" if unit == "s" else f"{x:.1f} MB"


def write_readme(r: dict) -> None:
    """The results table in bench/README.md (text around the table kept)."""
    fc, fr, fl, fm = r["floor_cold_s"], r["floor_rerun_ms"], r["floor_page_load_s"], r["floor_mem_mb"]
    lv = r["load_validate_s"]
    png = r["png"]
    ratio = lambda a, b: "—" if a is None or not b else f"{a / b:.1f}×"  # noqa: E731
    ok = lambda good: "yes" if good else "**no**"  # noqa: E731
    rows = [
        ("Cold start → first chart (shipped data, /chronology)", _fmt(r["cold_chart_s"], "s"),
         f"empty-app cold start {fc:.2f} s", ratio(r["cold_chart_s"], fc), "—", ""),
        ("Filter change → chart updated (shipped data, median of 20)", _fmt(r["filter_ms"], "ms"),
         f"empty-app widget rerun {fr:.0f} ms", ratio(r["filter_ms"], fr), "≤ 3× floor",
         ok(r["filter_ms"] <= 3 * fr)),
        ("Filter change → chart updated (100k events, median of 4)", _fmt(r.get("filter_100x_ms"), "ms"),
         f"empty-app widget rerun {fr:.0f} ms", ratio(r.get("filter_100x_ms"), fr), "≤ 1 s",
         ok((r.get("filter_100x_ms") or 1e9) <= 1000)),
        ("Cold start → first chart (100k events)", _fmt(r.get("cold_chart_100x_s"), "s"),
         f"empty-app cold start {fc:.2f} s", ratio(r.get("cold_chart_100x_s"), fc), "—", ""),
        ("Load + validate, shipped data", _fmt(lv["shipped"], "s"), f"empty-app widget rerun {fr:.0f} ms",
         ratio(lv["shipped"] * 1000, fr), "—", ""),
        ("Load + validate, 1x (1k events)", _fmt(lv["1x"], "s"), f"empty-app widget rerun {fr:.0f} ms",
         ratio(lv["1x"] * 1000, fr), "—", ""),
        ("Load + validate, 10x (10k events)", _fmt(lv["10x"], "s"), f"empty-app widget rerun {fr:.0f} ms",
         ratio(lv["10x"] * 1000, fr), "—", ""),
        ("Load + validate, 100x (100k events, 250k actor rows)", _fmt(lv["100x"], "s"),
         f"empty-app widget rerun {fr:.0f} ms", ratio(lv["100x"] * 1000, fr), "≤ 2 s", ok(lv["100x"] <= 2)),
        ("Network 2,000 nodes: page load → canvas stable (first, layout computed)", _fmt(r.get("network_cold_s"), "s"),
         f"empty-app page load {fl:.2f} s", ratio(r.get("network_cold_s"), fl), "≤ 3 s",
         ok((r.get("network_cold_s") or 1e9) <= 3)),
        ("Network 2,000 nodes: page load → canvas stable (again, cached)", _fmt(r.get("network_warm_s"), "s"),
         f"empty-app page load {fl:.2f} s", ratio(r.get("network_warm_s"), fl), "≤ 3 s",
         ok((r.get("network_warm_s") or 1e9) <= 3)),
        ("One PNG export, scale 3 (kaleido, first: starts Chromium)", _fmt(png["cold_s"], "s"),
         f"empty-app widget rerun {fr:.0f} ms", ratio(png["cold_s"] * 1000, fr), "—", ""),
        ("One PNG export, scale 3 (kaleido server warm)", _fmt(png["warm_s"], "s"),
         f"empty-app widget rerun {fr:.0f} ms", ratio(png["warm_s"] * 1000, fr), "—", ""),
        ("Memory per additional session (RSS, 10 extra sessions on /chronology)", _fmt(r["mem_mb"], "MB"),
         f"empty-app {fm:.1f} MB/session", ratio(r["mem_mb"], fm) if fm > 0.5 else "—", "≤ 30 MB",
         ok(r["mem_mb"] <= 30)),
    ]
    lr = r["load_run"]
    table = ["| Measure | Absolute | Floor (same run) | Ratio to floor | Target | Met |",
             "|---|---|---|---|---|---|"]
    table += [f"| {' | '.join(row)} |" for row in rows]
    dist = lambda d: " · ".join(f"{k} {v:.2f} s" for k, v in d.items() if k != "n") if d else "—"  # noqa: E731
    load = [f"**Load run** ({lr['sessions']} concurrent browser sessions, each opens /chronology and changes the "
            f"faction filter; wall time {lr['wall_s']:.1f} s): **errors: {lr['errors']}**.",
            "", f"- open → chart: {dist(lr['open_s'])}", f"- filter change → chart: {dist(lr['filter_s'])}"]
    if r.get("error_100x"):
        load.append(f"\n100k-event run: {r['error_100x']}")
    if lr["error_samples"]:
        load.append("- error samples: " + "; ".join(lr["error_samples"]))
    m = r["machine"]
    block = "\n".join([f"Measured {r['when']} on {m['cpus']} CPUs, Python {m['python']}, {m['platform']}.", "",
                       *table, "", *load])
    readme = BENCH / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "<!-- results -->\n<!-- /results -->\n"
    head, _, rest = text.partition("<!-- results -->")
    _, _, tail = rest.partition("<!-- /results -->")
    readme.write_text(f"{head}<!-- results -->\n{block}\n<!-- /results -->{tail}", encoding="utf-8")


if __name__ == "__main__":
    # Usage: run_bench.py [stage ...] (floor shipped network inprocess 100x) | --report
    if sys.argv[1:] == ["--report"]:  # rewrite the table from the last results.json
        write_readme(json.loads((RESULTS / "results.json").read_text()))
    else:
        main(sys.argv[1:] or list(STAGES))
