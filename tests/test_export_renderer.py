"""The process's image renderer: images drawn as plotly would draw them, in order, never mixed,
figures untouched, failures raised (never silent), the profile card on the same renderer."""
from __future__ import annotations

from pathlib import Path

import html
import io
import re

import numpy as np
import plotly.io as pio
import pytest
from PIL import Image

from fasail import export, load_dataset
from fasail.export import (ExportFailed, ensure_kaleido_server, figure_png, guarded, image_spec, render_images,
                           stop_kaleido_server)
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import source_line
from fasail.query import events_in_window

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"
BANNER = "UNCLASSIFIED // FOR TRAINING"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(MINI)


def _chrono(ds, title="Chronology · All factions"):
    ev = events_in_window(ds)
    ids = [s for i in ev["source_ids"] for s in i]
    return chronology_figure(ds, ev, title, f"{len(ev)} events", source_line(ds, len(ev), "events", ids))


def _pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)


def _svg_text(data: bytes) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))


def test_png_is_what_plotly_itself_draws(ds):
    """Hover data left out and the one-level dict copy change nothing a reader sees."""
    fig = _chrono(ds)
    ours = figure_png(fig, scale=1)
    theirs = pio.to_image(fig, format="png", width=1200, height=fig.layout.height, scale=1)
    a, b = _pixels(ours), _pixels(theirs)
    assert a.shape == b.shape and np.abs(a - b).max() <= 8


def test_export_leaves_the_figure_untouched(ds):
    fig = _chrono(ds)
    before = fig.to_json()
    figure_png(fig, scale=1, banner=BANNER)
    spec, opts = image_spec(fig, "png", 2, BANNER, width=960, height=500)
    assert fig.to_json() == before
    assert (opts["width"], opts["height"], opts["scale"]) == (960, 500, 2)
    assert spec["layout"]["meta"]["banner"] == BANNER and "hovertext" not in str(spec["data"])
    assert any(BANNER in a.get("text", "") for a in spec["layout"]["annotations"])


def test_hover_data_kept_where_a_label_reads_it():
    spec, _ = image_spec({"data": [{"type": "bar", "x": [1], "y": [2], "customdata": ["c"], "hovertext": ["h"],
                                    "texttemplate": "%{customdata}"}], "layout": {}}, "png")
    assert spec["data"][0]["customdata"] == ["c"] and "hovertext" not in spec["data"][0]


def test_a_batch_comes_back_in_order_and_never_mixed(ds):
    titles = [f"Batch chart number {i}" for i in range(5)]
    svgs = list(render_images(image_spec(_chrono(ds, t), "svg") for t in titles))
    for t, svg in zip(titles, svgs):
        text = _svg_text(svg)
        assert t in text and not any(o in text for o in titles if o != t)


def test_images_in_a_row_do_not_leak_into_each_other(ds):
    """Tabs are shared by every export: one image's figure must not show in the next one drawn."""
    ev = events_in_window(ds)
    chrono, tempo = _chrono(ds), tempo_figure(ds, ev, "Tempo", "per month", "Data")
    first = figure_png(chrono, scale=1)
    others = [image_spec(tempo, "png", 1), image_spec(chrono, "pdf", 1, BANNER), image_spec(tempo, "svg")]
    list(render_images(others * 3))
    assert figure_png(chrono, scale=1) == first


def test_a_failed_image_raises_and_the_renderer_carries_on(ds):
    bad = ({"data": [{"type": "scatter", "x": [1]}], "layout": {}}, {"format": "png", "nonsense": 1})
    images = render_images([image_spec(_chrono(ds), "svg"), bad])
    with pytest.raises(Exception):
        list(images)
    failures: list[str] = []
    with pytest.raises(ExportFailed, match="The batch could not be made"):
        guarded("The batch", lambda: b"".join(render_images([bad])), failures.append)()
    assert failures and failures[0].startswith("The batch could not be made")
    assert figure_png(_chrono(ds), scale=1)[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_profile_card_uses_the_same_renderer_and_a_stopped_one_restarts(ds):
    from fasail.figures.profile_card import card_pdf, card_png

    ensure_kaleido_server()
    renderer = export._renderer
    card = _chrono(ds)
    png = card_png(card)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and card_pdf(card)[:5] == b"%PDF-"
    assert export._renderer is renderer
    stop_kaleido_server()
    assert export._renderer is None
    assert figure_png(_chrono(ds), scale=1)[:8] == b"\x89PNG\r\n\x1a\n"   # started again
    assert export._renderer is not None and export._renderer is not renderer
