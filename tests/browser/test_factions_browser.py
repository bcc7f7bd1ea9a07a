"""Factions in a real browser: a profile opened by alias shows the Arabic name, right to left, and nothing raised."""
from conftest import assert_no_exception, open_page, screenshot


def test_profile_by_alias_shows_arabic_name(page, server_url):
    open_page(page, server_url + "/factions?faction=Asaib%20Ahl%20al-Haq")
    assert_no_exception(page)
    arabic = page.locator('div[dir="rtl"][lang="ar"]').first
    arabic.wait_for(timeout=30_000)
    assert arabic.inner_text().strip() == "عصائب أهل الحق"
    assert page.evaluate("el => getComputedStyle(el).direction", arabic.element_handle()) == "rtl"
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    title = page.locator(".js-plotly-plot .gtitle").first.text_content()
    assert "Asa'ib Ahl al-Haq" in title
    assert page.get_by_text("Sadiqoun Bloc", exact=False).count() > 0
    screenshot(page, "factions_aah")
    assert not page.watch.console_errors, page.watch.console_errors
    assert not page.watch.external_requests, page.watch.external_requests


def test_compare_mode_renders_one_swimlane_chart(page, server_url):
    open_page(page, server_url + "/factions?faction=KH&faction=Nujaba&faction=AAH&faction=kia")
    assert_no_exception(page)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    names = page.evaluate("""() => {
        const el = document.querySelector('.js-plotly-plot');
        return el && el.data ? el.data.map(t => t.name) : [];
    }""")
    assert "designation (FTO, SDGT …)" in names and "political integration" in names
    screenshot(page, "factions_compare")
    assert not page.watch.external_requests, page.watch.external_requests
