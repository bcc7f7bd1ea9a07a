"""What changed since a date: every item after the baseline (or flagged), counts that add up,
monotone in the baseline, a faction filter that keeps only that faction's items."""
from __future__ import annotations

import datetime as dt
import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.changes import (SECTIONS, changes_export, changes_figure, changes_since, changes_summary,
                            compare_link, events_breakdown, item_links, section_export)
from fasail.controls import dataset_context, parse_query
from fasail.designations import person_factions

BASELINE = dt.date(2025, 12, 18)
KEYS = [k for k, _ in SECTIONS]


def _bars(fig) -> dict[str, int]:
    """Bar lengths per section label, summed over the stacked traces."""
    out: dict[str, int] = {}
    for t in fig.data:
        if t.type == "bar":
            for y, x in zip(t.y, t.x):
                out[y] = out.get(y, 0) + int(x)
    return out


def test_every_item_is_after_the_baseline_or_its_period_overlaps_and_is_flagged(shipped):
    ch = changes_since(shipped, BASELINE)
    b, latest = pd.Timestamp(BASELINE), shipped.latest_source_date
    known = set(shipped.sources["source_id"])
    assert ch.total > 0
    for key, _, t in ch.sections():
        if t.empty:
            continue
        assert (t["date_last"] > b).all(), key
        assert (t["date"] <= latest).all(), key
        assert (t["overlaps"] == (t["date"] <= b)).all(), key
        assert (t["caveat"].astype(bool) == t["overlaps"]).all(), key
        assert t["overlaps"].sum() == 0 or set(t.loc[t["overlaps"], "precision"]) <= {"month", "year"}, key
        assert all(ids and set(ids) <= known for ids in t["source_ids"]), key
        assert t["when"].astype(bool).all() and t["what"].astype(bool).all(), key
    ev = shipped.events
    expected = set(ev.loc[(ev["date_last"] > b) & (ev["date"] <= latest), "event_id"])
    assert set(ch.events["record_id"]) == expected
    flagged = ch.events[ch.events["overlaps"]]
    assert (flagged["precision"] != "day").all()   # e.g. the events dated only to 2025


def test_an_attested_end_is_last_attested_not_ended(shipped):
    ch = changes_since(shipped, BASELINE)
    rel = shipped.relationships.set_index("rel_id")
    for key, word, attested in (("ties_ended", "ended", "last attested"), ("ties_started", "began", "first attested")):
        t = getattr(ch, key)
        col = "end_basis" if key == "ties_ended" else "start_basis"
        for r in t.itertuples():
            basis = str(rel.at[r.record_id, col])
            assert r.change == (attested if basis == "attested" else word)
            assert (attested in r.what) == (basis == "attested")
    ended = ch.ties_ended
    assert len(ended)
    assert not ended.loc[ended["change"] == "last attested", "what"].str.endswith("— ended").any()


def test_precision_on_the_mini_fixture(mini):
    ch = changes_since(mini, dt.date(2024, 1, 15))
    ev = ch.events.set_index("record_id")
    assert set(ev.index) == {"e2", "e3", "e4"}                        # e1 (Dec 2019) is before
    assert ev.at["e2", "overlaps"] and ev.at["e2", "when"] == "Jan 2024" and "month" in ev.at["e2", "caveat"]
    assert not ev.at["e3", "overlaps"] and ev.at["e3", "when"] == "28 Jan 2024"
    assert list(ch.ties_ended["record_id"]) == ["r4"] and ch.ties_ended["overlaps"].all()   # ended in 2024
    assert ch.ties_started.empty and ch.designations.empty
    assert set(zip(ch.postures["record_id"], ch.postures["change"])) == {("p1", "ended"), ("p2", "began")}
    assert list(ch.judgments["record_id"]) == ["j1"] and set(ch.sources["record_id"]) == {"s1", "s2"}
    later = changes_since(mini, dt.date(2024, 2, 1))
    assert "e2" not in set(later.events["record_id"]) and "e3" not in set(later.events["record_id"])


def test_summary_and_figure_counts_equal_the_rows(shipped):
    ch = changes_since(shipped, BASELINE)
    facts = changes_summary(ch)
    assert 3 <= len(facts) <= 5
    text = " ".join(f for f, _ in facts)
    counts = ch.counts()
    patterns = {"events": r"(\d+) new events? since", "ties_started": r"(\d+) ties? started",
                "ties_ended": r"and (\d+) ended or last attested", "designations": r"(\d+) designations? or delistings?",
                "postures": r"(\d+) posture changes?", "judgments": r"(\d+) new judgments?",
                "sources": r"(\d+) new sources? published"}
    for key, pattern in patterns.items():
        assert int(re.search(pattern, text).group(1)) == counts[key], key
    assert "18 Dec 2025" in facts[0][0]
    kinds = ch.sources["kind"].value_counts()
    assert f"{kinds.iloc[0]} {kinds.index[0]}" in facts[-1][0]
    known = set(shipped.sources["source_id"])
    assert all(set(ids) <= known for _, ids in facts)
    assert all(ids for f, ids in facts if not f.startswith("0 "))
    statuses = ch.events.groupby("type_label")["claim_status"].apply(lambda s: int((s == "confirmed").sum()))
    top = ch.events["type_label"].value_counts().index[0]
    n_top = int((ch.events["type_label"] == top).sum())
    assert f"{top} {n_top} ({statuses[top]} confirmed)" in facts[0][0]
    fig = changes_figure(ch, "T", "S", "Data")
    labels = dict(SECTIONS)
    assert _bars(fig) == {labels[k]: n for k, n in counts.items()}
    totals = next(t for t in fig.data if t.type == "scatter")
    assert [int(x) for x in totals.text] == [counts[k] for k in KEYS]
    assert fig.layout.meta["title"] == "T" and fig.layout.meta["source"] == "Data"
    hatched = next(t for t in fig.data if t.type == "bar" and t.marker.pattern.shape)
    assert list(hatched.x) == [int(getattr(ch, k)["overlaps"].sum()) for k in KEYS]
    table = events_breakdown(ch.events)
    assert table["total"].sum() == counts["events"]


_DAYS = (dt.date(2019, 12, 1), dt.date(2026, 3, 18))


@settings(max_examples=15, deadline=None)
@given(st.dates(*_DAYS), st.dates(*_DAYS))
def test_a_later_baseline_never_yields_more(shipped, a, b):
    early, late = sorted((a, b))
    before, after = changes_since(shipped, early), changes_since(shipped, late)
    for key in KEYS:
        x, y = getattr(before, key), getattr(after, key)
        assert len(y) <= len(x), key
        assert set(zip(y["record_id"], y["date"])) <= set(zip(x["record_id"], x["date"])), key


def test_the_faction_filter_keeps_only_that_factions_items(shipped):
    everything = changes_since(shipped, BASELINE)
    kh = changes_since(shipped, BASELINE, ["kh"])
    assert 0 < kh.total < everything.total
    actors = shipped.event_actors
    tied = person_factions(shipped)
    for key, _, t in kh.sections():
        assert all("kh" in ids for ids in t["entity_ids"]), key
        full = getattr(everything, key)
        # exactly the unfiltered items that belong to KH
        assert set(t["record_id"]) == set(full.loc[full["entity_ids"].map(lambda ids: "kh" in ids), "record_id"]), key
    for eid in kh.events["record_id"]:
        assert "kh" in set(actors.loc[actors["event_id"] == eid, "entity_id"])
    for r in pd.concat([kh.ties_started, kh.ties_ended]).itertuples():
        assert "kh" in (r.from_id, r.to_id)
    for r in kh.postures.itertuples():
        assert r.entity_id == "kh"
    for r in kh.designations.itertuples():
        assert r.listed_id == "kh" or "kh" in tied.get(r.listed_id, ())
    j = shipped.judgments.set_index("judgment_id")
    for jid in kh.judgments["record_id"]:
        assert "kh" in set(j.at[jid, "about_ids"]) | set(j.at[jid, "speaker_ids"])
    # a new source belongs to KH only when a KH record cites it
    kh_records = set().union(*(set(ids) for ids in shipped.events.loc[
        shipped.events["event_id"].isin(set(actors.loc[actors["entity_id"] == "kh", "event_id"])), "source_ids"]))
    rel = shipped.relationships
    kh_records |= set().union(*(set(ids) for ids in rel.loc[(rel["from_id"] == "kh") | (rel["to_id"] == "kh"),
                                                              "source_ids"]))
    assert set(kh.sources["record_id"]) & kh_records
    assert "kh" in kh.factions and "Kata'ib Hezbollah" in set(kh.events["factions"].str.split(", ").sum())


def test_an_empty_result_gives_a_titled_empty_figure(mini, shipped):
    ch = changes_since(mini, dt.date(2026, 12, 31))
    assert ch.total == 0 and all(t.empty for _, _, t in ch.sections())
    fig = changes_figure(ch, "Update since 31 Dec 2026", "S", "Data")
    assert fig.layout.meta["title"] == "Update since 31 Dec 2026" and not fig.data
    assert "Nothing" in fig.layout.annotations[0].text
    facts = changes_summary(ch)
    assert facts[0][0].startswith("0 new events") and all(not ids for _, ids in facts)
    assert changes_export(ch).empty and events_breakdown(ch.events).empty
    none = changes_since(shipped, BASELINE, ["no-such-faction"])
    assert none.total == 0 and not changes_figure(none, "T", "S", "Data").data


def test_links_reopen_the_view_they_name(shipped):
    ctx = dataset_context(shipped)
    ch = changes_since(shipped, BASELINE, ["kh"])
    ev = ch.events.iloc[0]
    [(page, label, query)] = item_links("events", ev, ctx, ["kh"])
    state = parse_query(query, page, ctx).state
    assert page == "chronology" and state["faction"] == ("kh",)
    assert state["from"] <= ev["date"].date() and ev["date_last"].date() <= state["to"]
    assert ev["title"] in label
    tie = ch.ties_started.iloc[0]
    [(page, label, query)] = item_links("ties_started", tie, ctx)
    state = parse_query(query, page, ctx).state
    assert page == "network" and state["asof"] == tie["date"].date() and state["focus"] in (tie["from_id"], tie["to_id"])
    page, label, query = compare_link(ch, ctx)
    state = parse_query(query, page, ctx).state
    assert state["compare"] == BASELINE and state["asof"] == ctx.asof_hi


def test_tables_and_csv_carry_every_item_with_its_sources(shipped):
    ch = changes_since(shipped, BASELINE)
    out = changes_export(ch)
    assert len(out) == ch.total and out["source_ids"].astype(bool).all()
    assert list(out["section"].value_counts().reindex([lab for _, lab in SECTIONS]).fillna(0).astype(int)) == \
        [ch.counts()[k] for k in KEYS]
    for key, _, t in ch.sections():
        shown = section_export(key, t, lambda ids: "".join(f"[{i}]" for i in ids))
        assert list(shown.columns)[0] == "when" and "sources" in shown.columns and len(shown) == len(t)
        assert (shown["sources"].astype(bool)).all()
    kinds = list(ch.sources["kind"])
    order = ["seed", "official", "wire", "news", "research", "reference", "militia_channel", "aggregator", "mirror"]
    assert kinds == sorted(kinds, key=order.index)                 # grouped by publisher kind
    types = list(ch.events["event_type"])
    assert types == sorted(types, key=list(dict.fromkeys(types)).index)   # grouped by type
