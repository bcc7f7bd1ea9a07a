"""Hostile data and hostile links in a real browser.

A server runs on tests/fixtures/hostile (script/HTML/javascript: payloads,
10 kB strings, RTL and emoji, broken rows). Every payload that could run sets
window.__pwned and calls alert(). Every page must render the valid part,
list the problems, run no payload (main page and iframes), open no dialog,
and answer malformed URL parameters with a notice, not a crash.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import assert_no_exception, open_page, running_server, screenshot, wait_rendered

from fasail.dataset import load_dataset

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
from fasail.controls import PAGES  # noqa: E402  (every page, declared once)
# The default page (overview) lives at "/": Streamlit answers "/overview" with "page not found".
PATH = {"overview": ""}
PWNED = "() => typeof window.__pwned"
JS_LINKS = "() => Array.from(document.querySelectorAll('a[href], area[href], iframe[src], form[action]'))" \
           ".map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))" \
           ".filter(u => /^\\s*(javascript|vbscript|data:text\\/html)/i.test(u))"
INJECTED = "() => document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], [onload]').length"

BAD_QUERY = "&".join([
    "faction=" + quote("<img src=x onerror=\"window.__pwned='url';alert('url')\">"),
    "faction=" + quote("[x](javascript:window.__pwned='urlmd';alert(1))"),
    "faction=" + quote("\u202e🚀" + "ك" * 3000),
    "faction=", "from=2024-13-45", "to=banana", "from=" + quote("<script>alert(1)</script>"),
    "type=nope", "claim=%00", "fold=maybe", "as_of=not-a-date", "entity=%ZZ", "faction=%E0%A4%A",
])


@pytest.fixture(scope="module")
def hostile_url():
    with running_server(HOSTILE) as url:
        yield url


@pytest.fixture(scope="module")
def problem_count():
    return len(load_dataset(HOSTILE, strict=False).problems)


@pytest.fixture
def dialogs(page):
    seen: list[str] = []

    def on_dialog(d):
        seen.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", on_dialog)
    return seen


def open_ready(page, url: str) -> None:
    open_page(page, url)
    page.wait_for_selector("[data-testid=stMain] h1", timeout=60_000)
    wait_rendered(page)
    page.wait_for_timeout(700)  # let charts, iframes and any injected handler run


def assert_nothing_ran(page, dialogs: list[str]) -> None:
    for frame in page.frames:
        try:
            assert frame.evaluate(PWNED) == "undefined", f"payload ran in {frame.url}"
            assert frame.evaluate(JS_LINKS) == [], f"script URL in {frame.url}"
            assert frame.evaluate(INJECTED) == 0, f"injected element in {frame.url}"
        except Exception as err:  # a frame that navigated away mid-check is not evidence
            if "detached" in str(err) or "destroyed" in str(err):
                continue
            raise
    assert dialogs == [], dialogs
    assert not page.watch.console_errors, page.watch.console_errors
    assert not page.watch.external_requests, page.watch.external_requests


@pytest.mark.parametrize("slug", PAGES)
def test_page_serves_valid_part_and_lists_problems(page, hostile_url, problem_count, dialogs, slug):
    open_ready(page, f"{hostile_url}/{PATH.get(slug, slug)}")
    assert_no_exception(page)
    banner = page.locator("[data-testid=stAlert]", has_text="problem(s)")
    assert banner.count() >= 1, "the validation problems are not announced"
    assert f"{problem_count} problem(s)" in banner.first.inner_text()
    assert "Traceback" not in page.locator("[data-testid=stMain]").inner_text()
    screenshot(page, f"hostile_{slug}")
    assert_nothing_ran(page, dialogs)


def test_problem_list_names_file_row_and_column(page, hostile_url, dialogs):
    open_ready(page, f"{hostile_url}/")
    page.get_by_text("Validation problems").first.click()
    grid = page.locator("[data-testid=stExpander] [data-testid=stDataFrame]").first
    grid.wait_for(state="visible", timeout=30_000)
    # The grid draws on a canvas; its accessible table carries the cell text.
    text = grid.locator("table").first.inner_text(timeout=30_000)
    for column in ("file", "row", "column", "reason"):
        assert column in text
    assert "events.csv" in text and "entities.csv" in text
    screenshot(page, "hostile_problem_list")
    assert_nothing_ran(page, dialogs)


def test_chronology_shows_payload_text_as_text_and_filters(page, hostile_url, dialogs):
    open_ready(page, f"{hostile_url}/chronology?faction=nujaba")
    page.wait_for_selector(".js-plotly-plot .main-svg")
    assert_no_exception(page)
    legend = " ".join(page.locator(".js-plotly-plot .legendtext").evaluate_all("els => els.map(e => e.textContent)"))
    assert "<script>" in legend  # Nujaba's poisoned name is shown literally, not parsed
    title = page.locator(".js-plotly-plot .gtitle").first.text_content() or ""
    assert "Nujaba" in title and "All factions" not in title
    screenshot(page, "hostile_chronology_nujaba")
    assert_nothing_ran(page, dialogs)


@pytest.mark.parametrize("slug", PAGES)
def test_malformed_url_parameters_give_a_notice(page, hostile_url, dialogs, slug):
    open_ready(page, f"{hostile_url}/{PATH.get(slug, slug)}?{BAD_QUERY}")
    assert_no_exception(page)
    notices = page.locator("[data-testid=stAlert]", has_text="ignored")
    assert notices.count() >= 1, "malformed parameters were dropped without a notice"
    text = " ".join(notices.all_inner_texts())
    # Pages with a faction filter echo the bad value as text; the others say it does not apply.
    assert "<img src=x" in text if slug in ("chronology", "network", "factions") else "Not used on this page" in text
    screenshot(page, f"hostile_bad_url_{slug}")
    assert_nothing_ran(page, dialogs)
