"""Shared links reproduce the view, page controls included; the faction box adds only exact names."""
from __future__ import annotations

import time

import pytest
from conftest import assert_no_exception, screenshot, wait_rendered
from test_pages_browser import CHART_TITLES, POINTS, open_ready, selected_factions

FRAME_HEAD = "() => { const h = document.querySelector('#fasail-head'); return h ? h.innerText : null; }"


def frame_heads(page) -> list:
    """The heading of each drawing. Asked of each frame itself: the drawing is sandboxed (opaque
    origin), so the app page cannot read into it."""
    heads = []
    for fr in page.frames:
        if fr is page.main_frame or fr.is_detached():
            continue
        try:
            heads.append(fr.evaluate(FRAME_HEAD))
        except Exception:        # a frame replaced while asked
            heads.append(None)
    return [h for h in heads if h is not None]


def signature(page) -> dict:
    return {"titles": page.evaluate(CHART_TITLES), "points": page.evaluate(POINTS),
            "frames": frame_heads(page), "factions": selected_factions(page)}


def settle(page, timeout_s: float = 20) -> dict:
    """The signature once it stops changing (charts and frames arrive late)."""
    deadline, last = time.monotonic() + timeout_s, None
    while time.monotonic() < deadline:
        page.wait_for_timeout(600)
        wait_rendered(page)
        sig = signature(page)
        if sig == last and (sig["titles"] or any(sig["frames"])):
            return sig
        last = sig
    return last


def _click_radio(page, group: str, option: str) -> None:
    page.locator("[data-testid=stRadio]", has_text=group).get_by_text(option, exact=True).click()


def _toggle(page, label: str) -> None:
    page.locator("[data-testid=stMain] label", has_text=label).first.click()


def _wait_url(page, part: str) -> None:
    page.wait_for_function(f"() => decodeURIComponent(location.search).includes({part!r})", timeout=30_000)


def chronology_controls(page):
    _click_radio(page, "Lanes", "event type")
    _wait_url(page, "lanes=event_type")
    _toggle(page, "Phase bands")
    _wait_url(page, "phases=0")
    return ["lanes=event_type", "phases=0"]


def network_controls(page):
    _click_radio(page, "Node size", "betweenness")
    _wait_url(page, "size=betweenness")
    _toggle(page, "Compare with another date")
    _wait_url(page, "compare=2020-01-01")
    return ["size=betweenness", "compare=2020-01-01"]


def factions_controls(page):
    field = page.locator("[data-testid=stDateInput]", has_text="Network as of")
    field.locator("[data-type=year]").click()
    page.keyboard.type("20210101")   # year, month and day segments in turn
    page.locator("[data-testid=stMain] h1").first.click()   # the field commits when it loses focus
    _wait_url(page, "netdate=2021-01-01")
    return ["netdate=2021-01-01"]


CASES = {"chronology": ("chronology?faction=kh", chronology_controls),
         "network": ("network?faction=kh", network_controls),
         "factions": ("factions?faction=kh", factions_controls)}


@pytest.mark.parametrize("slug", sorted(CASES))
def test_page_controls_travel_in_the_link(browser, page, server_url, slug):
    path, set_controls = CASES[slug]
    open_ready(page, f"{server_url}/{path}")
    settle(page)
    expected_parts = set_controls(page)
    original = settle(page)
    link = page.url
    for part in expected_parts:
        assert part in link
    other = browser.new_context(viewport={"width": 1500, "height": 1000})
    try:
        fresh = other.new_page()
        open_ready(fresh, link)
        copy = settle(fresh)
        assert_no_exception(fresh)
        assert copy == original
        assert fresh.url == link
        screenshot(fresh, f"shared_link_{slug}")
    finally:
        other.close()


def test_the_faction_box_adds_exact_names_only(page, server_url):
    open_ready(page, f"{server_url}/chronology")
    box = page.locator("[data-testid=stSidebar] input[aria-label='Add a faction by name']")
    box.fill("Kataib")
    box.press("Enter")
    page.get_by_text("is not an exact faction name").wait_for(timeout=30_000)
    assert selected_factions(page) == []
    assert "faction=" not in page.url
    for typed in ("KH", "Kata'ib al-Imam Ali", "كتائب حزب الله"):
        box.fill(typed)
        box.press("Enter")
        page.wait_for_timeout(1500)
        wait_rendered(page)
    page.wait_for_function("() => location.search.includes('faction=kia')", timeout=30_000)
    tags = selected_factions(page)
    assert len(tags) == 2 and tags[0].startswith("Kata'ib Hezbollah") and tags[1].startswith("Kata'ib al-Imam Ali")
    assert_no_exception(page)
