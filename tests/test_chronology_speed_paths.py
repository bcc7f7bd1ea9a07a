"""The chronology's fast paths draw exactly what the plain ones do (no timing here)."""
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from fasail import load_dataset
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import MIN_LABELLED_BAND, PHASE_FILLS, add_phase_bands, escape_text
from fasail.query import events_in_window

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


def vrect_bands(fig: go.Figure, ds, lo, hi) -> None:
    """The phase bands drawn one plotly add_vrect at a time: the reference add_phase_bands must match."""
    phases = ds.phases.sort_values("start").reset_index(drop=True)
    shown = 0
    for i, ph in phases.iterrows():
        a = max(ph["start"], lo)
        b = min(ph["end_last"] if pd.notna(ph["end_last"]) else hi, hi)
        if a >= b:
            continue
        label = {}
        if (b - a) / (hi - lo) >= MIN_LABELLED_BAND:
            label = dict(annotation_text=escape_text(ph["label"]), annotation_position="outside top left",
                         annotation_font_size=11, annotation_font_color="#555", annotation_yshift=13 * (shown % 2))
            shown += 1
        fig.add_vrect(x0=a, x1=b, fillcolor=PHASE_FILLS[i % 2], line_width=0, layer="below", **label)


@pytest.mark.parametrize("lo, hi", [("2019-11-10", "2026-03-31"), ("2023-10-01", "2024-02-01"),
                                    ("2024-09-01", "2024-10-15"), ("2026-03-01", "2026-04-01"),
                                    ("2010-01-01", "2011-01-01")])
def test_phase_bands_are_add_phase_bands(ds, lo, hi):
    """Same shapes and labels, in the same order, as plotly's add_vrect one band at a time."""
    slow, fast = go.Figure(), go.Figure()
    vrect_bands(slow, ds, pd.Timestamp(lo), pd.Timestamp(hi))
    add_phase_bands(fast, ds, pd.Timestamp(lo), pd.Timestamp(hi))
    assert pio.to_json(fast) == pio.to_json(slow)


def test_phase_bands_after_existing_shapes(ds):
    slow, fast = go.Figure(), go.Figure()
    for fig in (slow, fast):
        fig.add_annotation(text="before", x=0, y=0, xref="paper", yref="paper")
        fig.add_shape(type="line", x0=0, x1=1, y0=0, y1=1)
    vrect_bands(slow, ds, pd.Timestamp("2020-01-01"), pd.Timestamp("2025-01-01"))
    add_phase_bands(fast, ds, pd.Timestamp("2020-01-01"), pd.Timestamp("2025-01-01"))
    assert pio.to_json(fast) == pio.to_json(slow)


