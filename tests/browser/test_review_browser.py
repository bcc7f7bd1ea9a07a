"""Add an article in a real browser: paste it, accept two candidates, see them on the chronology with
their new source, undo, see them gone. Runs on a copy of the mini fixture (data/ is never touched)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import assert_no_exception, open_page, running_server, screenshot, wait_rendered

pytestmark = pytest.mark.browser
MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"
ARTICLE = ("Militias step up attacks\n\n"
           "On 3 February 2024, Kata'ib Hezbollah claimed a drone attack on a base in Jordan.\n\n"
           "On 5 February 2024, Harakat al-Nujaba said it had fired rockets at a base.\n")
PUBLISHER = "Review Test Wire"


def _subtitle(page) -> str:
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    return " ".join(t or "" for t in page.locator(".js-plotly-plot").first.locator("text").all_text_contents())


def _accept(page, n: int, title: str, summary: str) -> None:
    card = page.locator("[data-testid=stExpander]", has_text=f"Candidate {n}").first
    card.get_by_label("Title (your words)").fill(title)
    card.get_by_label("Summary (your words, one to three sentences)").fill(summary)
    card.get_by_label("Summary (your words, one to three sentences)").press("Tab")
    wait_rendered(page)
    card.get_by_role("button", name="Accept").click()
    wait_rendered(page)
    page.locator("[data-testid=stExpander]", has_text=f"Candidate {n}").filter(has_text="accepted").first.wait_for()


def test_paste_accept_two_see_them_on_the_chronology_then_undo(page, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    with running_server(data) as url:
        open_page(page, url + "/chronology")
        assert "4 events" in _subtitle(page)
        open_page(page, url + "/review")
        page.get_by_label("Paste the article's text").fill(ARTICLE)
        page.get_by_label("Title", exact=True).fill("Militias step up attacks")
        page.get_by_label("Publisher").fill(PUBLISHER)
        page.get_by_label("Published (YYYY-MM-DD, YYYY-MM or YYYY)").fill("2024-02-06")
        page.get_by_label("URL (or leave empty for a file)").fill("https://example.org/militias-step-up")
        page.get_by_role("button", name="Find candidate records").click()
        wait_rendered(page)
        page.get_by_text("2 candidate record(s)").first.wait_for(timeout=30_000)
        assert_no_exception(page)
        screenshot(page, "review_candidates")
        _accept(page, 1, "Drone attack on a base in Jordan claimed by KH", "KH claimed a drone attack on a base.")
        _accept(page, 2, "Nujaba says it fired rockets at a base", "Nujaba said it fired rockets at a base.")
        page.get_by_role("button", name="Write 2 accepted record(s) to the data").click()
        wait_rendered(page)
        screenshot(page, "review_after_write")
        page.get_by_text("Written (").first.wait_for(timeout=30_000)
        screenshot(page, "review_written")
        assert (data / "events.csv").read_bytes() != before["events.csv"]

        open_page(page, url + "/chronology")
        text = _subtitle(page)
        assert "6 events" in text and PUBLISHER in text, text
        screenshot(page, "review_on_chronology")

        open_page(page, url + "/review")
        page.get_by_role("button", name="Undo the last write").click()
        wait_rendered(page)
        page.get_by_text("Undone:").first.wait_for(timeout=30_000)
        open_page(page, url + "/chronology")
        text = _subtitle(page)
        assert "4 events" in text and PUBLISHER not in text, text
        assert_no_exception(page)
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before
