"""Review of an ingested article: the batch an analyst's decisions produce, the CLI twin, the page."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from fasail.dataset import load_dataset
from fasail.ingest import ArticleMeta, Decision, IngestError, extract, ingest_to_queue, review_batch
from fasail.writer import append_records, undo_last

MINI = Path(__file__).parent / "fixtures" / "mini"
ARTICLE = ("On 3 February 2024, Kata'ib Hezbollah claimed a drone attack on a base in Jordan.\n\n"
           "On 5 February 2024, Harakat al-Nujaba said it had fired rockets at a base.\n")
META = ArticleMeta(title="Militias step up attacks", publisher="Review Test Wire", published="2024-02-06",
                   url="https://example.org/militias-step-up", kind="news", language="en")


def _accept(title: str) -> Decision:
    return Decision("accept", review={"title": title, "summary": title + ".", "event_type": "attack",
                                      "confidence": "medium"})


@pytest.mark.unit
def test_two_accepted_candidates_become_valid_rows_written_and_undone(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    ds = load_dataset(data)
    ex = extract(ARTICLE, dt.date(2024, 2, 6), ds)
    assert [c.date for c in ex.candidates] == ["2024-02-03", "2024-02-05"]
    assert ex.candidates[1].assertions[0].kind == "report"       # no claim wording: the article reports it
    new, updates = review_batch(META, ds, ex.candidates, {0: _accept("KH drone attack"), 1: _accept("Nujaba rockets")})
    assert [len(new[t]) for t in ("sources", "events")] == [1, 2] and not updates
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    append_records(data, new, updates, who="test", what="review test")
    after = load_dataset(data)
    assert not after.problems and len(after.events) == 6
    statuses = dict(zip(after.events["title"], after.events["claim_status"].astype(str)))
    assert statuses["KH drone attack"] == "claimed" and statuses["Nujaba rockets"] == "reported"
    undo_last(data, who="test")
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before


@pytest.mark.unit
def test_an_incomplete_decision_names_its_candidate_and_nothing_is_built():
    ds = load_dataset(MINI)
    ex = extract(ARTICLE, dt.date(2024, 2, 6), ds)
    with pytest.raises(IngestError, match="Candidate 2: summary"):
        review_batch(META, ds, ex.candidates, {0: _accept("KH"), 1: Decision("accept", review={"title": "x"})})
    with pytest.raises(IngestError, match="Nothing accepted"):
        review_batch(META, ds, ex.candidates, {0: Decision("reject")})


@pytest.mark.unit
def test_citing_an_existing_record_instead_updates_only_its_sources():
    ds = load_dataset(MINI)
    ex = extract(ARTICLE, dt.date(2024, 2, 6), ds)
    new, updates = review_batch(META, ds, ex.candidates, {0: Decision("add_source", existing_event="e3")})
    assert list(new) == ["sources"] and updates["events"][0]["event_id"] == "e3"
    assert updates["events"][0]["source_ids"].endswith(new["sources"][0]["source_id"])


@pytest.mark.unit
def test_the_command_line_writes_a_review_queue_never_data(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = ingest_to_queue([str(article), str(empty)], load_dataset(MINI), tmp_path / "queue", date="2024-02-06")
    out, err = capsys.readouterr()
    assert code == 1 and "2 candidate(s)" in out and "empty.txt" in err and "Traceback" not in err
    assert (tmp_path / "queue" / "ingest-article.json").exists()


@pytest.mark.app
def test_the_review_page_renders_with_its_form_and_no_exception():
    from apptest_helpers import run_page
    at = run_page("review")
    assert not at.exception
    assert at.title[0].value == "Add an article"
    assert any(b.label == "Find candidate records" for b in at.get("form_submit_button")) or at.text_area
    labels = [t.label for t in at.text_input]
    assert {"Title", "Publisher", "Published (YYYY-MM-DD, YYYY-MM or YYYY)"} <= set(labels)


TIE_ARTICLE = ("Saraya Example, a front for Kata'ib Hezbollah, issued a statement.\n\n"
               "Analysts say Harakat al-Nujaba is now more loyal to Tehran than ever.\n")


@pytest.mark.unit
def test_ties_and_judgments_the_article_states_are_offered_and_written(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    ds = load_dataset(data)
    ex = extract(TIE_ARTICLE, dt.date(2024, 2, 6), ds)
    assert [(t.from_ids, t.rel_type, t.to_ids) for t in ex.ties] == [(("front",), "front_for", ("kh",))]
    assert [(j.about_ids, j.speaker) for j in ex.judgments] == [(("nujaba",), "Analysts")]
    new, _ = review_batch(META, ds, [], {}, ex.ties, {0: Decision("accept", review={"confidence": "medium"})},
                          ex.judgments, {0: Decision("accept", review={
                              "summary": "Analysts judge Nujaba closer to Tehran than before.", "topic": "loyalty_to_tehran",
                              "confidence": "medium"})})
    tie, judgment = new["relationships"][0], new["judgments"][0]
    assert (tie["start"], tie["start_basis"], tie["asserted_by"]) == ("2024-02-06", "attested",
                                                                      f"source:{new['sources'][0]['source_id']}")
    assert judgment["speaker"] == "Analysts" and judgment["about_ids"] == "nujaba"
    append_records(data, new, None, who="test", what="ties and judgments")
    after = load_dataset(data)
    assert not after.problems
    assert tie["rel_id"] in set(after.relationships["rel_id"]) and judgment["judgment_id"] in set(after.judgments["judgment_id"])
