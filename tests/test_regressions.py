"""Regression tests for what was wrong in the first landing (issue: every number true)."""
from __future__ import annotations

import pandas as pd

from fasail.citations import SourceNumbers, citations
from fasail.escape import md_code, md_escape
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.network import graph_as_of
from fasail.profile import profile_bundle
from fasail.query import event_lanes, events_in_window
from fasail.tables import events_csv


def test_tempo_bars_total_the_distinct_events(shipped):
    """A multi-actor event was stacked once per actor (one Sept 2025 event stacked to 4)."""
    ev = events_in_window(shipped, start=pd.Timestamp("2025-09-01"), end=pd.Timestamp("2026-03-31"))
    fig = tempo_figure(shipped, ev, "t", "s", "src")
    total = sum(sum(t.y) for t in fig.data if t.type == "bar")
    year_only = int((ev["date_precision"].astype(str) == "year").sum())
    assert total + year_only == len(ev)


def test_tempo_bars_sit_on_their_own_month(shipped):
    ev = events_in_window(shipped, start=pd.Timestamp("2023-10-01"), end=pd.Timestamp("2024-02-29"))
    fig = tempo_figure(shipped, ev, "t", "s", "src")
    bars = [t for t in fig.data if t.type == "bar"]
    assert all(b.xperiod == "M1" and b.xperiodalignment == "middle" for b in bars)
    assert fig.layout.xaxis.dtick == "M1" and fig.layout.xaxis.ticklabelmode == "period"


def test_month_precision_events_are_drawn_over_their_month(mini):
    ev = events_in_window(mini)
    fig = chronology_figure(mini, ev, "t", "s", "src")
    spans = next(t for t in fig.data if t.legendgroup == "precision")
    assert pd.Timestamp(spans.x[0]) == pd.Timestamp("2024-01-01") and pd.Timestamp(spans.x[1]) >= pd.Timestamp("2024-01-31")
    front = next(t for t in fig.data if t.name == "Saraya Example")
    assert pd.Timestamp(front.x[0]).day == 16   # mid-month, not the 1st


def test_fold_moves_a_front_s_events_ties_and_profile_to_its_parent(mini):
    plain = event_lanes(events_in_window(mini), mini)
    folded = event_lanes(events_in_window(mini, fold_fronts=True), mini)
    assert "front" in set(plain["lane_id"]) and "front" not in set(folded["lane_id"])
    assert set(folded.loc[folded["event_id"] == "e2", "lane_id"]) == {"kh"}
    assert "front" in graph_as_of(mini, "2024-06-01") and "front" not in graph_as_of(mini, "2024-06-01", fold_fronts=True)
    assert "e2" not in set(profile_bundle(mini, "kh").events["event_id"])
    assert "e2" in set(profile_bundle(mini, "kh", fold_fronts=True).events["event_id"])


def test_citations_never_pad_a_partial_date(mini):
    seed = citations(mini, ["s2"])[0]
    assert seed.date == "Mar 2026" and "01 Mar" not in seed.text() and "1 Mar" not in seed.text()
    assert "seed file ``seed.txt``" not in seed.markdown() and "`seed.txt`" in seed.markdown()


def test_one_numbering_scheme(mini):
    numbers = SourceNumbers(mini, ["s2", "s1", "s2"])
    assert numbers.markers(["s1", "s2"]) == "[1][2]" and numbers.number("s2") == 1


def test_markdown_escaper_and_code_span():
    assert md_escape("[x](javascript:alert(1)) $$\\rule{600px}{300px}$$ https://evil.example") == (
        "\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\$\\$\\\\rule\\{600px\\}\\{300px\\}\\$\\$ https\\://evil.example")
    assert md_code("a`b") == "``a`b``" and md_code("``x") == "``` ``x ```"


def test_events_csv_keeps_partial_dates_unpadded(mini):
    text = events_csv(mini, events_in_window(mini)).decode()
    assert ",2024-01,month," in text and "2024-01-01,month" not in text


def test_records_cite_their_best_sources_first(shipped):
    """Briefing outputs cited mirrors first: every record now lists graded originals before copies."""
    from fasail.citations import source_ranks
    ranks = source_ranks(shipped.sources)
    for name in ("events", "relationships", "postures", "designations"):
        for ids in shipped.table(name)["source_ids"]:
            keys = [ranks[s] for s in ids]
            assert keys == sorted(keys), (name, ids)


def test_chart_source_lines_name_no_mirror_when_a_better_source_is_cited(shipped):
    from fasail.figures.common import top_publishers
    src = shipped.sources.set_index("source_id")
    ev = events_in_window(shipped, start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-02-29"))
    ids = [s for x in ev["source_ids"] for s in x]
    named = top_publishers(shipped, ids)
    copies = set(src.loc[src["kind"].astype(str).isin(["mirror", "aggregator"]), "publisher"])
    originals = set(src.loc[[s for s in ids if str(src.at[s, "kind"]) not in ("mirror", "aggregator")], "publisher"])
    assert named and (not originals or not (set(named) & (copies - originals)))


def test_csv_downloads_neutralise_formulas():
    import io

    from fasail.escape import csv_bytes
    df = pd.DataFrame({"a": ['=HYPERLINK("http://x")', "+1", "-cmd", "@SUM(A1)", "\tx", "plain"],
                       "n": [-3, 1, 2, 3, 4, 5]})
    back = pd.read_csv(io.BytesIO(csv_bytes(df)))
    assert all(not str(v).startswith(("=", "+", "-", "@", "\t")) for v in back["a"])
    assert list(back["n"]) == [-3, 1, 2, 3, 4, 5]
