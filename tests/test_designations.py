"""Designations across factions: every listing once, filters that add up, facts from the rows."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.designations import designations_export, designations_facts, designations_table, person_factions
from fasail.figures.designations import designations_figure
from fasail.schema import DESIGNATION_TYPES


def test_every_listing_is_one_row_and_belongs_to_what_was_listed(shipped):
    table = designations_table(shipped)
    assert len(table) == len(shipped.designations)
    assert set(table["designation_id"]) == set(shipped.designations["designation_id"])
    row = table.set_index("designation_id").loc[shipped.designations["designation_id"].iloc[0]]
    assert row["listed_id"] == shipped.designations["entity_id"].iloc[0]
    dated = table["date"].dropna()
    assert dated.is_monotonic_increasing and table["date"].isna().sum() == shipped.designations["date"].isna().sum()
    assert table["date"].isna().tail(int(table["date"].isna().sum())).all()   # undated last, never dropped


def test_a_listed_person_counts_for_the_faction_they_lead_or_belong_to(shipped):
    tied = person_factions(shipped)
    kh = designations_table(shipped, factions=["kh"])
    for r in kh.itertuples():
        assert r.listed_id == "kh" or "kh" in tied.get(r.listed_id, ())
    assert "kh" in set(kh["listed_id"]) and (kh["listed_type"] == "person").any()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(DESIGNATION_TYPES), max_size=3, unique=True))
def test_type_filters_partition_the_listings(shipped, types):
    everything = designations_table(shipped)
    picked = designations_table(shipped, types=types)
    if not types:
        assert len(picked) == len(everything)
    else:
        assert len(picked) == int(everything["type"].isin(types).sum())
        assert sum(len(designations_table(shipped, types=[t])) for t in types) == len(picked)


def test_the_september_2025_fto_question_is_answered_in_one_view(shipped):
    fto = designations_table(shipped, issuers=["US State Department"], types=["FTO"])
    sept = fto[(fto["date"] >= "2025-09-01") & (fto["date"] <= "2025-09-30")]
    assert len(sept) >= 2 and (sept["date_precision"].astype(str) == "day").all()
    earlier = fto[fto["date"] < "2025-09-01"]
    assert "Kata'ib Hezbollah" in set(earlier["listed"])
    fig = designations_figure(fto, "FTO", "s", "Data")
    names = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext))
    drawn = {names[round(y)] for t in fig.data if t.mode == "markers" for y in t.y}
    assert drawn == set(fto.dropna(subset=["date"])["listed"])


def test_export_and_facts_cite_the_rows(shipped):
    table = designations_table(shipped, factions=["kh"])
    out = designations_export(table, lambda ids: "".join(f"[{i}]" for i in ids))
    assert list(out.columns)[:3] == ["date", "listed", "listed as"] and len(out) == len(table)
    facts = designations_facts(table)
    assert facts[0][0].startswith(f"{len(table)} listings") and all(ids for _, ids in facts)
    known = set(shipped.sources["source_id"])
    assert all(set(ids) <= known for _, ids in facts)


def test_an_empty_selection_draws_a_titled_empty_figure(shipped):
    none = designations_table(shipped, issuers=["nobody"])
    assert none.empty
    fig = designations_figure(none, "T", "S", "Data")
    assert fig.layout.meta["title"] == "T" and not fig.data
    assert designations_facts(none) == []
    assert isinstance(designations_table(shipped).loc[0, "date"], pd.Timestamp)


def test_listings_of_one_name_on_one_date_do_not_overprint(shipped):
    kh = designations_table(shipped, factions=["kh"])
    fig = designations_figure(kh, "KH", "s", "Data")
    points = [(x, y) for t in fig.data if t.mode == "markers" for x, y in zip(t.x, t.y)]
    assert len(points) == len(set(points)) == int(kh["date"].notna().sum())
