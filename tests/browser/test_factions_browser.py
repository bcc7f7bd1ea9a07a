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


def test_a_key_event_links_to_the_timeline_that_shows_it(page, server_url):
    from conftest import assert_no_exception, open_page, wait_rendered
    open_page(page, server_url + "/factions?faction=kh")
    link = page.get_by_role("link", name="on the timeline").first
    link.wait_for(timeout=60_000)
    href = link.get_attribute("href")
    assert href.startswith("chronology?") and "faction=kh" in href and "from=" in href
    title = page.locator("li", has=link).first.locator("strong").first.inner_text()
    with page.context.expect_page(timeout=30_000) as opened:     # Markdown links open a new tab
        link.click()
    tab = opened.value
    tab.wait_for_load_state()
    wait_rendered(tab)
    tab.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    names = tab.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => "
                         "(el.data || []).flatMap(t => (t.hovertext || [])))")
    assert any(title[:40] in str(h) for h in names), (title, names[:3])
    assert_no_exception(tab)
