"""Static export: PNG at slide quality, SVG with its text, PDF, banner on the copy only, no mixed-up images."""
from __future__ import annotations

from pathlib import Path

import html
import io
import re
import threading

import numpy as np
import pytest
from PIL import Image

from fasail import load_dataset
from fasail.export import ensure_kaleido_server, figure_pdf, figure_png, figure_svg, with_banner
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import source_line
from fasail.query import events_in_window

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"

BANNER = "UNCLASSIFIED // FOR TRAINING"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(MINI)


def _chrono(ds, title="Kata'ib Hezbollah & friends <test> · Dec 2019 – Mar 2026"):
    ev = events_in_window(ds)
    ids = [s for i in ev["source_ids"] for s in i]
    return chronology_figure(ds, ev, title, f"{len(ev)} events · 1 Dec 2019 – 31 Mar 2026",
                             source_line(ds, len(ev), "events", ids))


def _png(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def test_png_is_slide_quality_and_not_blank(ds):
    data = figure_png(_chrono(ds))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    img = _png(data)
    assert img.shape[1] >= 2000 and img.shape[1] == 1200 * 3
    non_white = (img < 240).any(axis=2).mean()
    assert non_white > 0.01, f"only {non_white:.2%} of the pixels are not white"
    colours = {tuple(px) for px in img[::9, ::9].reshape(-1, 3)}
    assert len(colours) > 50  # text, markers, bands: not a flat image


def _red_pixels(img: np.ndarray, rows: slice) -> int:
    band = img[rows].astype(int)
    return int(((band[..., 0] > 140) & (band[..., 1] < 60) & (band[..., 2] < 80)).sum())


def test_banner_is_printed_on_the_png_top_only_when_asked(ds):
    fig = _chrono(ds)
    plain, marked = _png(figure_png(fig)), _png(figure_png(fig, banner=BANNER))
    top = slice(0, 30 * 3)
    assert _red_pixels(marked, top) > 200
    assert _red_pixels(plain, top) == 0
    assert marked.shape[0] > plain.shape[0]  # a band is added, nothing is covered


def test_svg_carries_title_subtitle_source_and_banner(ds):
    fig = _chrono(ds)
    svg = figure_svg(fig, banner=BANNER).decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    text = html.unescape(re.sub(r"<[^>]+>", " ", svg))  # the text a reader sees
    assert "Kata'ib Hezbollah & friends <test> · Dec 2019 – Mar 2026" in text
    assert "<test>" not in svg  # data was escaped, not parsed as markup
    assert "1 Dec 2019 – 31 Mar 2026" in text
    assert "Data: Fasail dataset · 4 events · sources as of Mar 2026 · sources: Example News, Seed Press" in text
    assert BANNER in text
    assert "UNCLASSIFIED" not in figure_svg(fig).decode("utf-8")


def test_pdf_export(ds):
    assert figure_pdf(tempo_figure(ds, events_in_window(ds), "Tempo", "events per month", "Data: x"))[:5] == b"%PDF-"


def test_with_banner_changes_a_copy_only(ds):
    fig = _chrono(ds)
    n = len(fig.layout.annotations)
    out = with_banner(fig, BANNER)
    assert len(fig.layout.annotations) == n and fig.layout.meta["banner"] == ""
    assert len(out.layout.annotations) == n + 1 and out.layout.meta["banner"] == BANNER
    assert out.layout.margin.t > fig.layout.margin.t
    assert len(with_banner(out, BANNER).layout.annotations) == n + 1  # never printed twice
    assert len(with_banner(fig, "  ").layout.annotations) == n


def test_banner_text_is_escaped(ds):
    out = with_banner(_chrono(ds), "<script>x</script> & co")
    assert "&lt;script&gt;" in out.layout.annotations[-1].text


def test_server_start_is_idempotent_and_concurrent_exports_stay_apart(ds):
    assert ensure_kaleido_server() and ensure_kaleido_server()
    titles = [f"Parallel chart number {i}" for i in range(4)]
    results: dict[str, str] = {}

    def work(t):
        results[t] = figure_svg(_chrono(ds, t)).decode("utf-8")

    threads = [threading.Thread(target=work, args=(t,)) for t in titles]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    for t in titles:
        others = [o for o in titles if o != t]
        assert t in results[t] and not any(o in results[t] for o in others)
