"""The briefing basket: items in order, once each; a saved file round-trips; a hostile file is refused
item by item; the deck and the PDF hold every item with at most five sources per slide."""
from __future__ import annotations

import io
import json

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from fasail import basket
from fasail.deck import MAX_SOURCES_PER_SLIDE, build_briefing_pack, build_briefing_pdf, cap_sources, chronology_facts
from fasail.designations import designations_facts, designations_table
from fasail.figures.chronology import chronology_figure
from fasail.figures.designations import designations_figure
from fasail.query import events_in_window


def _items(ds):
    ev = events_in_window(ds, pd.Timestamp("2023-10-17"), pd.Timestamp("2024-02-29"), factions=["kh"])
    chrono = chronology_figure(ds, ev, "Chronology · KH", "s", "Data")
    table = designations_table(ds, factions=["kh"])
    des = designations_figure(table, "Designations · KH", "s", "Data")
    return [basket.chart_item(chrono, chronology_facts(ds, ev), "chronology", {"faction": ["kh"]}),
            basket.chart_item(des, designations_facts(table), "designations", {"faction": ["kh"]}),
            basket.events_item(ev, "KH, campaign", "map", {"faction": ["kh"], "since": ["2023-10-17"]})]


def test_items_from_three_pages_build_one_deck_with_their_titles(shipped):
    items = []
    for it in _items(shipped):
        items, _ = basket.add(items, it)
    items, said = basket.add(items, items[0])
    assert len(items) == 3 and said == "Already in the briefing."
    items = basket.move(items, items[2].key, -1)
    assert [i.page for i in items] == ["chronology", "map", "designations"]
    prs = Presentation(io.BytesIO(build_briefing_pack(shipped, basket.slides(items), "Weekly", "3 items")))
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles[0] == "Weekly" and titles[1].startswith("Chronology · KH")
    assert any(t.startswith("Events · KH, campaign") for t in titles)
    assert titles.index(next(t for t in titles if t.startswith("Designations"))) > titles.index(
        next(t for t in titles if t.startswith("Events")))
    assert titles[-1].startswith("Sources")
    pdf = PdfReader(io.BytesIO(build_briefing_pdf(shipped, basket.slides(items), "Weekly", "3 items")))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert "Weekly" in text and "Key facts" in text and "Sources" in text and len(pdf.pages) >= 6


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=5), st.lists(st.sampled_from("abcdefghij"), max_size=6)), max_size=7))
def test_a_slide_cites_at_most_five_sources_and_every_fact_keeps_its_best(facts):
    capped = cap_sources([(t, tuple(ids)) for t, ids in facts])
    cited = {i for _, ids in capped for i in ids}
    assert len(cited) <= max(MAX_SOURCES_PER_SLIDE, len([1 for _, ids in facts[:5] if ids]))
    for (_, before), (_, after) in zip(facts, capped):
        assert (not before and not after) or after[0] == before[0]
        assert set(after) <= set(before)


def test_a_saved_briefing_round_trips_and_a_hostile_one_is_refused(shipped):
    items = _items(shipped)
    loaded, problems = basket.from_json(basket.to_json(items))
    assert problems == [] and [i.key for i in loaded] == [i.key for i in items]
    assert loaded[0].figure == items[0].figure
    assert basket.from_json(b"\xff\xfe garbage")[1] and basket.from_json(b"{}")[1]
    evil = json.loads(basket.to_json(items[:1]))
    evil["items"].append({"kind": "script", "title": "<script>alert(1)</script>"})
    evil["items"].append({"kind": "chart", "title": "x", "figure": "{not json"})
    got, problems = basket.from_json(json.dumps(evil).encode())
    assert len(got) == 1 and len(problems) == 2
    assert basket.from_json(b" " * (basket.MAX_FILE_BYTES + 1))[1]
