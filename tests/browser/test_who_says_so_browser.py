"""Who says so in a real browser: claimant and attributor filters, claims vs counted, a profile's judgments."""
from __future__ import annotations

from conftest import assert_no_exception, screenshot
from test_pages_browser import CHART_TITLES, open_ready


def test_claimant_and_attributor_filters_reach_the_chart(page, server_url):
    open_ready(page, f"{server_url}/chronology?claimant=iri&attributor=us-dod")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    title = page.evaluate(CHART_TITLES)[0]
    assert "claimed by Islamic Resistance in Iraq" in title and "attributed by US Department of Defense" in title
    assert "claimant=iri" in page.url and "attributor=us-dod" in page.url
    assert_no_exception(page)
    screenshot(page, "who_says_so_chronology")
    assert not page.watch.external_requests, page.watch.external_requests


def test_claims_vs_counted_chart_shows_the_gap(page, server_url):
    open_ready(page, f"{server_url}/claims")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    assert "Claims vs counted" in page.evaluate(CHART_TITLES)[0]
    names = page.evaluate("() => document.querySelector('.js-plotly-plot').data.map(t => t.name)")
    assert any(n.startswith("Pentagon count") for n in names) and any(n.startswith("Register: every") for n in names)
    assert page.get_by_text("gap on").count() >= 1
    assert_no_exception(page)
    screenshot(page, "claims_vs_counted")
    assert not page.watch.console_errors, page.watch.console_errors


def test_a_profile_says_who_judges_it(page, server_url):
    open_ready(page, f"{server_url}/factions?faction=aah")
    heading = page.get_by_role("heading", name="Who says what about it")
    heading.wait_for(timeout=60_000)
    assert page.get_by_text("What is said about it, and by whom").count() == 1
    assert page.get_by_text("attributed to it by others").count() >= 1
    assert_no_exception(page)
    screenshot(page, "profile_who_says_what")
