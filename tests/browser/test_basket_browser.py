"""The briefing basket in a real browser: charts from three pages, kept across page changes, reordered,
built into one deck in one click (opened with python-pptx)."""
from __future__ import annotations

import io

from pptx import Presentation
from conftest import assert_no_exception, open_page, screenshot, wait_rendered


def _add_first_chart(page, n: int, key: str | None = None) -> None:
    """Add the page's first chart (or the chart whose buttons have `key`) and wait until the basket
    holds `n` items."""
    scope = f"[data-testid=stMain] .st-key-fxp-{key}" if key else "[data-testid=stMain]"
    page.locator(f"{scope} button", has_text="Add to briefing").first.click()
    page.wait_for_function("(n) => Array.from(document.querySelectorAll('[data-testid=stSidebar] "
                           "[data-testid=stExpander]')).some(e => e.innerText.includes('Briefing (' + n + ' item'))",
                           arg=n, timeout=60_000)
    wait_rendered(page)


def _listed(basket) -> list[str]:
    return [t for t in basket.locator("[data-testid=stMarkdownContainer] p").all_inner_texts() if t[:1].isdigit()]


def _basket(page):
    return page.locator("[data-testid=stSidebar] [data-testid=stExpander]", has_text="Briefing (")


def test_a_deck_from_three_pages_in_one_click(page, server_url, tmp_path):
    open_page(page, server_url + "/chronology?faction=kh&from=2023-10-01&to=2024-02-29")
    # The timeline's own button: the tempo chart's may be drawn first when the figures come from the cache.
    _add_first_chart(page, 1, "chronology_chart")
    page.get_by_role("link", name="Map", exact=True).click()          # a page change keeps the basket
    page.wait_for_selector(".js-plotly-plot .geo", timeout=60_000)
    wait_rendered(page)
    _add_first_chart(page, 2)
    page.get_by_role("link", name="Designations", exact=True).click()
    page.wait_for_selector("[data-testid=stMain] h1:has-text('Designations')", timeout=60_000)
    wait_rendered(page)
    _add_first_chart(page, 3)
    basket = _basket(page)
    assert "Briefing (3 items)" in basket.inner_text()
    basket.click()
    items = _listed(basket)
    assert len(items) == 3 and items[0].endswith("· chronology") and items[1].endswith("· map") and items[2].endswith("· designations")
    basket.get_by_role("button", name="↑").nth(2).click()            # designations up one place
    page.wait_for_function("() => Array.from(document.querySelectorAll('[data-testid=stSidebar] "
                           "[data-testid=stExpander] [data-testid=stMarkdownContainer] p'))"
                           ".some(p => p.innerText.startsWith('2 · Designations'))", timeout=30_000)
    wait_rendered(page)
    basket = _basket(page)
    assert _listed(basket)[1].startswith("2 · Designations")
    screenshot(page, "basket")
    with page.expect_download(timeout=120_000) as info:
        basket.get_by_role("button", name="Build the deck (.pptx)").click()
    path = tmp_path / "deck.pptx"
    info.value.save_as(path)
    titles = [s.shapes.title.text for s in Presentation(io.BytesIO(path.read_bytes())).slides]
    assert len(titles) == 5 and titles[0] == "Briefing"          # title, three items, one sources slide
    assert titles[1].startswith("Kata'ib Hezbollah · Oct 2023") and titles[2].startswith("Designations")
    assert titles[3].startswith("Map")
    assert titles[4].startswith("Sources")
    assert_no_exception(page)
    assert not page.watch.external_requests, page.watch.external_requests
