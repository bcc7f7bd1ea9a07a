"""Invariants over generated filter states (hypothesis): counts add up, windows and
as-of views respect intervals, whatever the filters."""
from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.network import graph_as_of
from fasail.query import events_in_window, faction_ids, monthly_tempo
from fasail.schema import CLAIM_STATUSES, EVENT_TYPES

LO, HI = dt.date(2019, 12, 1), dt.date(2026, 3, 31)
dates = st.integers(0, (HI - LO).days).map(lambda n: LO + dt.timedelta(days=n))


@st.composite
def filter_states(draw, ds):
    a, b = sorted((draw(dates), draw(dates)))
    return dict(start=pd.Timestamp(a), end=pd.Timestamp(b),
                factions=draw(st.lists(st.sampled_from(faction_ids(ds)), unique=True, max_size=3)) or None,
                event_types=draw(st.lists(st.sampled_from(EVENT_TYPES), unique=True, max_size=2)) or None,
                claim_statuses=draw(st.lists(st.sampled_from(CLAIM_STATUSES), unique=True, max_size=2)) or None,
                fold_fronts=draw(st.booleans()))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_tempo_bars_count_each_selected_event_once(shipped, data):
    f = data.draw(filter_states(shipped))
    events = events_in_window(shipped, **f)
    for by in ("faction", "event_type"):
        counts, year_only = monthly_tempo(events, shipped, by, f["factions"])
        assert int(counts["events"].sum()) + year_only == events["event_id"].nunique()


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_event_shown_overlaps_the_window_and_none_is_missed(shipped, data):
    f = data.draw(filter_states(shipped))
    shown = set(events_in_window(shipped, start=f["start"], end=f["end"])["event_id"])
    ev = shipped.events
    last = ev["end_date_last"].where(ev["end_date_last"].notna() & (ev["end_date_last"] > ev["date_last"]),
                                     ev["date_last"])
    overlaps = set(ev.loc[(ev["date"] <= f["end"]) & (last >= f["start"]), "event_id"])
    assert shown == overlaps


@settings(max_examples=60, deadline=None)
@given(when=dates, include_undated=st.booleans())
def test_every_tie_drawn_as_of_a_date_has_an_interval_containing_it(shipped, when, include_undated):
    g = graph_as_of(shipped, when, include_undated=include_undated)
    rel = shipped.relationships.set_index("rel_id")
    day = pd.Timestamp(when)
    for _, _, d in g.edges(data=True):
        r = rel.loc[d["rel_id"]]
        if pd.isna(r["start"]) and pd.isna(r["end"]):
            assert include_undated and d["undated"]
            continue
        assert pd.isna(r["start"]) or r["start"] <= day
        assert pd.isna(r["end_last"]) or r["end_last"] >= day


def test_a_brand_founded_in_2023_is_not_in_the_january_2020_network(shipped):
    g = graph_as_of(shipped, "2020-01-01")
    assert "iri" not in g and "muhandis-general-company" not in g
