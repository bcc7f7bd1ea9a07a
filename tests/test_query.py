"""Event queries on the mini fixture: windows, factions, folding, lanes, tempo, sources."""
import pandas as pd
import pytest

from fasail import load_dataset
from fasail.query import (NO_FACTION, event_lanes, events_in_window, front_parents, monthly_tempo,
                          records_citing, source_citation_counts)
from tests.conftest import MINI


@pytest.fixture(scope="module")
def ds():
    return load_dataset(MINI)


def ids(df):
    return list(df["event_id"])


def test_all_events_sorted_by_date(ds):
    assert ids(events_in_window(ds)) == ["e1", "e2", "e3", "e4"]


def test_faction_filter_uses_any_actor_role(ds):
    assert ids(events_in_window(ds, factions=["kh"])) == ["e1", "e3"]
    assert ids(events_in_window(ds, factions=["nujaba"])) == ["e4"]


def test_fold_front_groups_into_parent(ds):
    assert front_parents(ds) == {"front": "kh"}
    folded = events_in_window(ds, factions=["kh"], fold_fronts=True)
    assert ids(folded) == ["e1", "e2", "e3"]
    assert folded.loc[folded["event_id"] == "e2", "faction_ids"].iloc[0] == ("kh",)


def test_month_precision_event_overlaps_a_window_inside_its_month(ds):
    got = events_in_window(ds, start=pd.Timestamp("2024-01-10"), end=pd.Timestamp("2024-01-20"))
    assert ids(got) == ["e2"]


def test_multi_day_event_overlaps_by_its_end_date(ds):
    assert ids(events_in_window(ds, start=pd.Timestamp("2020-01-01"), end=pd.Timestamp("2020-01-02"))) == ["e1"]


def test_event_type_and_claim_status_filters(ds):
    assert ids(events_in_window(ds, event_types=["attack"])) == ["e2", "e3"]
    assert ids(events_in_window(ds, claim_statuses=["claimed"])) == ["e2"]
    assert ids(events_in_window(ds, event_types=["attack"], claim_statuses=["confirmed"])) == ["e3"]


def test_date_label_keeps_precision(ds):
    labels = dict(zip(*[events_in_window(ds)[c] for c in ("event_id", "date_label")]))
    assert labels == {"e1": "31 Dec 2019", "e2": "Jan 2024", "e3": "28 Jan 2024", "e4": "2026"}


def test_actors_text_names_roles(ds):
    ev = events_in_window(ds)
    text = ev.loc[ev["event_id"] == "e3", "actors"].iloc[0]
    assert "Kata'ib Hezbollah (attributed to)" in text and "United States (target)" in text


def test_lanes_by_faction_restricted_to_selection(ds):
    ev = events_in_window(ds)
    lanes = event_lanes(ev, ds, "faction", factions=["kh"])
    assert set(lanes["lane"]) == {"Kata'ib Hezbollah", NO_FACTION}
    by_type = event_lanes(ev, ds, "event_type")
    assert set(by_type["lane"]) == {"protest", "attack", "statement"}


def test_monthly_tempo_counts_year_only_events_separately(ds):
    counts, year_only = monthly_tempo(events_in_window(ds), ds, "event_type")
    assert year_only == 1
    assert counts["events"].sum() == 3
    jan = counts[(counts["month"] == pd.Timestamp("2024-01-01")) & (counts["lane"] == "attack")]
    assert int(jan["events"].iloc[0]) == 2


def test_source_citations(ds):
    counts = source_citation_counts(ds)
    assert counts["s2"] == 3  # r5, e4, disagreement
    cited = records_citing(ds, "s2")
    assert set(cited["record_id"]) == {"r5", "e4", "founding"}
