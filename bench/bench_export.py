"""Export timing: a one-off export (new Chromium each time) vs the process's kaleido server, first and later calls.

Run: .venv/bin/python bench/bench_export.py  (prints a table; not a test)
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import plotly.io as pio  # noqa: E402

from fasail import load_dataset  # noqa: E402
from fasail.deck import ChartSlide, build_briefing_pack, chronology_facts, tempo_facts  # noqa: E402
from fasail.export import ensure_kaleido_server, figure_pdf, figure_png, figure_svg  # noqa: E402
from fasail.figures.chronology import chronology_figure, tempo_figure  # noqa: E402
from fasail.figures.common import source_line  # noqa: E402
from fasail.query import events_in_window  # noqa: E402

LATER_RUNS = 5


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ds = load_dataset(strict=False)
    ev = events_in_window(ds)
    src = source_line(ds, len(ev), "events", [s for i in ev["source_ids"] for s in i])
    chrono = chronology_figure(ds, ev, "All factions", f"{len(ev)} events", src)
    tempo = tempo_figure(ds, ev, "Tempo · All factions", "events per month", src)
    slides = [ChartSlide(chrono, chronology_facts(ds, ev)), ChartSlide(tempo, tempo_facts(ds, ev))]
    rows = []
    # Without the server: plotly starts and stops a Chromium for each export.
    oneoff = timed(lambda: pio.to_image(chrono, format="png", width=1200, height=chrono.layout.height, scale=3))
    rows.append(("PNG x3, one-off (no server)", oneoff, None))
    ensure_kaleido_server()
    deck20 = [slides[0]] * 20   # what run_bench.deck_s times (each picture is still rendered)
    cases = [("PNG x3 (3600 px), chronology", lambda: figure_png(chrono)),
             ("PNG x2 (2400 px), chronology", lambda: figure_png(chrono, scale=2)),
             ("PNG x3 + banner, chronology", lambda: figure_png(chrono, banner="UNCLASSIFIED // FOR TRAINING")),
             ("SVG, chronology", lambda: figure_svg(chrono)),
             ("PDF, chronology", lambda: figure_pdf(chrono)),
             ("PNG x3, tempo", lambda: figure_png(tempo)),
             ("Briefing pack, 2 charts (.pptx)", lambda: build_briefing_pack(ds, slides, "Bench", "all")),
             ("Briefing pack, 20 charts (.pptx)", lambda: build_briefing_pack(ds, deck20, "Bench", "all"))]
    for name, fn in cases:
        first = timed(fn)
        later = []
        for _ in range(LATER_RUNS):
            time.sleep(0.5)   # a person's clicks are apart
            later.append(timed(fn))
        later = statistics.median(later)
        rows.append((name, first, later))
    print(f"{len(ev)} events in the chronology; later = median of {LATER_RUNS} runs")
    print(f"{'export':<36} {'first (s)':>10} {'later (s)':>10}")
    for name, first, later in rows:
        print(f"{name:<36} {first:>10.2f} {'' if later is None else f'{later:>10.2f}':>10}")


if __name__ == "__main__":
    main()
