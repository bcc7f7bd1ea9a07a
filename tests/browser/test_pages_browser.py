"""Every page in a real browser on the shipped data: renders, no exception,
no console error, nothing leaves localhost, a screenshot; the shared faction
filter changes the chronology chart, a filtered URL reproduces the view, and
download buttons return files."""
from __future__ import annotations

import csv
import io
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from conftest import assert_no_exception, open_page, screenshot, wait_rendered

from fasail.controls import PAGES  # noqa: E402  (every page, declared once)
# The default page (overview) lives at "/": Streamlit answers "/overview" with "page not found".
PATH = {"overview": ""}
CHART_TITLES = """() => Array.from(document.querySelectorAll('.js-plotly-plot .gtitle')).map(t => t.textContent)"""
TRACE_NAMES = """() => { const el = document.querySelector('.js-plotly-plot');
                         return el && el.data ? el.data.map(t => t.name) : []; }"""
POINTS = """() => { const el = document.querySelector('.js-plotly-plot');
                    return el && el.data ? el.data.reduce((n, t) => n + (t.x ? t.x.length : 0), 0) : 0; }"""


def open_ready(page, url: str) -> None:
    """open_page, then wait for the page's own title (a fresh session may report
    'notRunning' before the page has drawn anything)."""
    open_page(page, url)
    page.wait_for_selector("[data-testid=stMain] h1", timeout=60_000)
    wait_rendered(page)


def _faction_input(page):
    return page.locator("[data-testid=stSidebar] input[aria-label=Factions]")


def select_faction(page, typed: str, option_text: str) -> None:
    """Type into the shared faction picker and pick the option whose label contains `option_text`."""
    box = _faction_input(page)
    box.click()
    box.fill(typed)
    page.locator("[role=option]", has_text=option_text).first.click()
    page.keyboard.press("Escape")


def selected_factions(page) -> list[str]:
    tags = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first.locator("[data-tag]")
    return sorted(t.get_attribute("aria-label") or "" for t in tags.all())


def wait_titles_change(page, before: list[str], timeout: float = 30_000) -> list[str]:
    page.wait_for_function(f"(b) => JSON.stringify(({CHART_TITLES})()) !== JSON.stringify(b)", arg=before,
                           timeout=timeout, polling=100)
    wait_rendered(page)
    return page.evaluate(CHART_TITLES)


def view_signature(page) -> dict:
    """What a shared link must reproduce: chosen factions, date inputs, chart titles and points."""
    dates = page.locator("[data-testid=stSidebar] [data-testid=stDateInput] input").evaluate_all(
        "els => els.map(e => e.value)")
    return {"factions": selected_factions(page), "dates": dates, "titles": page.evaluate(CHART_TITLES),
            "points": page.evaluate(POINTS)}


@pytest.mark.parametrize("slug", PAGES)
def test_page_renders_cleanly(page, server_url, slug):
    open_ready(page, f"{server_url}/{PATH.get(slug, slug)}")
    assert_no_exception(page)
    assert page.locator("[data-testid=stMain] h1").count() >= 1, "page has no title"
    page.wait_for_timeout(500)  # late console errors (charts, iframes) surface here
    assert_no_exception(page)
    screenshot(page, f"page_{slug}")
    assert not page.watch.console_errors, page.watch.console_errors
    assert not page.watch.external_requests, page.watch.external_requests


def test_faction_filter_changes_the_chronology_chart(page, server_url):
    open_ready(page, f"{server_url}/chronology")
    page.wait_for_selector(".js-plotly-plot .main-svg")
    before_titles, before_traces = page.evaluate(CHART_TITLES), page.evaluate(TRACE_NAMES)
    before_points = page.evaluate(POINTS)
    select_faction(page, "Nujaba", "Harakat Hezbollah al-Nujaba")
    titles = wait_titles_change(page, before_titles)
    assert_no_exception(page)
    assert "Nujaba" in titles[0] and "All factions" not in titles[0], titles
    assert page.evaluate(POINTS) < before_points
    assert page.evaluate(TRACE_NAMES) != before_traces
    assert "faction=nujaba" in page.url
    screenshot(page, "chronology_filtered_nujaba")
    assert not page.watch.console_errors, page.watch.console_errors


def wait_signature(page, expected: dict, timeout_s: float = 20) -> dict:
    """Poll the view signature until it equals `expected` (late widgets) or time runs out."""
    deadline = time.monotonic() + timeout_s
    sig = view_signature(page)
    while sig != expected and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        sig = view_signature(page)
    return sig


def test_chronology_filtered_url_reproduces_the_view(browser, page, server_url):
    """Filters set in the UI go into the URL; that URL opened elsewhere shows the same view."""
    open_ready(page, f"{server_url}/chronology")
    page.wait_for_selector(".js-plotly-plot .main-svg")
    before = page.evaluate(CHART_TITLES)
    select_faction(page, "Kataib Hizballah", "Kata'ib Hezbollah")
    wait_titles_change(page, before)
    page.wait_for_function("() => location.search.includes('faction=kh')", timeout=30_000)
    original = view_signature(page)
    assert any("Kata'ib Hezbollah" in f for f in original["factions"]) and original["points"] > 0, original
    link = page.url
    other = browser.new_context(viewport={"width": 1500, "height": 1000})
    try:
        fresh = other.new_page()
        open_ready(fresh, link)
        fresh.wait_for_selector(".js-plotly-plot .main-svg")
        assert_no_exception(fresh)
        assert wait_signature(fresh, original) == original
        assert fresh.url == link
        screenshot(fresh, "chronology_from_shared_link")
    finally:
        other.close()


# The shared filters each page uses (fasail.controls): the network has its own date controls.
FILTER_QUERY = {"chronology": "faction=kh&faction=nujaba&from=2023-10-01&to=2024-02-29",
                "factions": "faction=kh&faction=nujaba&from=2023-10-01&to=2024-02-29",
                "network": "faction=kh&faction=nujaba"}


@pytest.mark.parametrize("slug", sorted(FILTER_QUERY))
def test_filtered_link_sets_the_shared_filters(page, server_url, slug):
    """Every page with filters reads them from its URL and keeps them there."""
    open_ready(page, f"{server_url}/{PATH.get(slug, slug)}?{FILTER_QUERY[slug]}")
    dates = [] if slug == "network" else ["2023-10-01", "2024-02-29"]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:       # the sidebar's date inputs may arrive after the factions
        sig = view_signature(page)
        if len(sig["factions"]) == 2 and sig["dates"] == dates:
            break
        page.wait_for_timeout(250)
    assert any("Kata'ib Hezbollah" in f for f in sig["factions"]), sig
    assert any("Nujaba" in f for f in sig["factions"]), sig
    assert sig["dates"] == dates, sig
    assert "faction=kh" in page.url and "faction=nujaba" in page.url
    assert page.locator("[data-testid=stAlert]", has_text="ignored").count() == 0
    assert_no_exception(page)
    screenshot(page, f"page_{slug}_filtered_link")
    assert not page.watch.console_errors, page.watch.console_errors


@pytest.mark.parametrize("slug", ["overview", "sources"])
def test_pages_without_filters_draw_none_and_say_a_link_s_filters_do_not_apply(page, server_url, slug):
    open_ready(page, f"{server_url}/{PATH.get(slug, slug)}?faction=kh&from=2023-10-01")
    assert page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").count() == 0
    notice = page.locator("[data-testid=stAlert]", has_text="Not used on this page and ignored")
    assert notice.count() == 1 and "faction" in notice.inner_text()
    assert_no_exception(page)


def test_chronology_csv_download_returns_the_filtered_events(page, server_url):
    open_ready(page, f"{server_url}/chronology?faction=kh&from=2023-10-01&to=2024-02-29")
    button = page.locator("[data-testid=stDownloadButton] button", has_text="events (CSV").first
    label = button.inner_text()
    n = int(label.split("Download these ")[1].split(" ")[0])
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert len(rows) == n > 0
    assert all(r["source_ids"] for r in rows)
    assert not page.watch.console_errors, page.watch.console_errors


# Pages that export something, in a state that shows their exports (overview and sources export nothing).
EXPORTING = ["chronology", "network", "factions?faction=kh"]


@pytest.mark.parametrize("slug", EXPORTING)
def test_every_download_button_returns_a_file(page, server_url, slug):
    """The first (up to three) visible export buttons of a page each deliver a non-empty file."""
    open_ready(page, f"{server_url}/{slug}")
    buttons = page.locator("[data-testid=stDownloadButton] button >> visible=true")
    try:  # the script may still be drawing when the page first reports itself idle
        buttons.first.wait_for(timeout=60_000)
    except PlaywrightTimeout:
        pass
    count = buttons.count()
    assert count > 0, f"/{slug} shows no visible download button"
    for i in range(min(count, 3)):
        with page.expect_download(timeout=60_000) as info:
            buttons.nth(i).click()
        path = info.value.path()
        assert path and open(path, "rb").read(1), f"empty download from button {i} on /{slug}"
    assert_no_exception(page)
