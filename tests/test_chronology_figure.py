"""Chronology and tempo figures: filtering changes exactly the expected traces and points."""
import pytest

from fasail import load_dataset
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import file_stem, source_line, toolbar_config
from fasail.palette import CLAIM_SYMBOLS, FACTION_COLOURS
from fasail.query import events_in_window
from tests.conftest import MINI


@pytest.fixture(scope="module")
def ds():
    return load_dataset(MINI)


def _points(fig):
    return {t.name: list(t.customdata) for t in fig.data if t.customdata is not None}


def test_all_events_lanes_and_points(ds):
    fig = chronology_figure(ds, events_in_window(ds), "T", "S", "src")
    assert _points(fig) == {"Kata'ib Hezbollah": ["e1", "e3"], "Saraya Example": ["e2"],
                            "Harakat al-Nujaba": ["e4"]}


def test_faction_filter_changes_exactly_the_points(ds):
    fig = chronology_figure(ds, events_in_window(ds, factions=["kh"]), "T", "S", "src", factions=["kh"])
    assert _points(fig) == {"Kata'ib Hezbollah": ["e1", "e3"]}
    kh = next(t for t in fig.data if t.name == "Kata'ib Hezbollah")
    assert kh.marker.color == FACTION_COLOURS["kh"]


def test_fold_puts_the_front_in_its_parent_lane(ds):
    ev = events_in_window(ds, factions=["kh"], fold_fronts=True)
    fig = chronology_figure(ds, ev, "T", "S", "src", factions=["kh"])
    assert _points(fig) == {"Kata'ib Hezbollah": ["e1", "e2", "e3"]}


def test_claim_status_is_a_marker_shape_with_a_legend(ds):
    fig = chronology_figure(ds, events_in_window(ds), "T", "S", "src")
    front = next(t for t in fig.data if t.name == "Saraya Example")
    assert list(front.marker.symbol) == [CLAIM_SYMBOLS["claimed"]]
    assert CLAIM_SYMBOLS["claimed"] != CLAIM_SYMBOLS["confirmed"]
    legend = {t.name for t in fig.data if t.legendgroup == "claim"}
    assert legend == {"confirmed", "claimed", "reported"}


def test_hover_shows_date_at_its_precision_and_sources(ds):
    fig = chronology_figure(ds, events_in_window(ds), "T", "S", "src")
    front = next(t for t in fig.data if t.name == "Saraya Example")
    assert front.hovertext[0].startswith("<b>Jan 2024</b> · claimed")
    assert "A news report" in front.hovertext[0]


def test_title_subtitle_source_line_and_phase_band(ds):
    src = source_line(ds, 4, "events", ["s1", "s1", "s2"])
    assert src.startswith("Data: Fasail dataset · 4 events · sources as of Mar 2026 · sources: Example News")
    fig = chronology_figure(ds, events_in_window(ds), "KH · attacks", "4 events", src)
    assert "KH · attacks" in fig.layout.title.text and "4 events" in fig.layout.title.text
    assert any(a.text == src for a in fig.layout.annotations)
    assert len(fig.layout.shapes) == 1  # the phase band is drawn ...
    assert not any(a.text in ("Campaign", "new text") for a in fig.layout.annotations)  # ... too narrow to label
    zoomed = chronology_figure(ds, events_in_window(ds), "T", "S", src, window=("2023-09-01", "2024-03-01"))
    assert any(a.text == "Campaign" for a in zoomed.layout.annotations)


def test_lanes_by_event_type(ds):
    fig = chronology_figure(ds, events_in_window(ds), "T", "S", "src", lanes_by="event_type", colour_by="event_type")
    assert {t.name for t in fig.data if t.legendgroup == "colour"} == {"protest", "attack", "statement"}


def test_empty_selection_says_so(ds):
    fig = chronology_figure(ds, events_in_window(ds, factions=["pmf"]), "T", "S", "src")
    assert any("No events match" in a.text for a in fig.layout.annotations)


def test_tempo_stacks_by_month_and_notes_year_only_events(ds):
    fig = tempo_figure(ds, events_in_window(ds), "T", "S", "src", by="event_type")
    assert fig.layout.barmode == "stack"
    attack = next(t for t in fig.data if t.name == "attack")
    assert list(attack.y) == [2]
    assert any("1 event(s) dated only to a year" in a.text for a in fig.layout.annotations)


def test_toolbar_saves_png_at_scale_3_named_after_the_view():
    cfg = toolbar_config("Kata'ib Hezbollah · attack · Oct 2023 – Feb 2024")
    assert cfg["toImageButtonOptions"]["scale"] >= 3
    assert cfg["toImageButtonOptions"]["filename"] == file_stem("Kata'ib Hezbollah · attack · Oct 2023 – Feb 2024")
    assert cfg["toImageButtonOptions"]["filename"] == "fasail_kata-ib-hezbollah-attack-oct-2023-feb-2024"


def test_text_from_data_is_escaped(ds):
    fig = chronology_figure(ds, events_in_window(ds), "<b>x</b>", "<img src=x>", "src")
    assert "&lt;img src=x&gt;" in fig.layout.title.text and "<img" not in fig.layout.title.text


def test_large_selections_draw_weekly_counts_not_points(ds, monkeypatch):
    import fasail.figures.chronology as chrono
    monkeypatch.setattr(chrono, "MAX_POINTS", 2)
    fig = chrono.chronology_figure(ds, events_in_window(ds), "T", "S", "src")
    drawn = [t for t in fig.data if t.legendgroup == "colour"]
    assert drawn and all(t.customdata is None for t in drawn)
    assert any("counts one week" in a.text for a in fig.layout.annotations)
    assert sum(len(t.x) for t in drawn) == 4  # four events in four different weeks: nothing dropped
