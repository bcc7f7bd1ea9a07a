"""Chronology in a real browser: the URL's faction filter reaches the chart."""
from conftest import assert_no_exception, open_page, screenshot


def _chart_trace_names(page) -> list[str]:
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    return page.evaluate("""() => {
        const el = document.querySelector('.js-plotly-plot');
        return el && el.data ? el.data.map(t => t.name) : [];
    }""")


def test_chronology_url_filter_changes_chart(page, server_url):
    open_page(page, server_url + "/chronology")
    assert_no_exception(page)
    all_traces = _chart_trace_names(page)
    open_page(page, server_url + "/chronology?faction=KH")
    assert_no_exception(page)
    kh_traces = _chart_trace_names(page)
    screenshot(page, "chronology_kh")
    assert "Kata'ib Hezbollah" in kh_traces
    assert set(kh_traces) < set(all_traces) or len(kh_traces) < len(all_traces)
    title = page.locator(".js-plotly-plot .gtitle").first.text_content()
    assert "Kata'ib Hezbollah" in title
    assert not page.watch.external_requests, page.watch.external_requests


def test_clicking_an_event_leads_to_the_network_on_its_date(page, server_url):
    from conftest import wait_rendered
    open_page(page, server_url + "/chronology?faction=kh&from=2024-01-28&to=2024-01-28")
    page.wait_for_selector(".js-plotly-plot .scatterlayer path.point", timeout=60_000)
    point = page.locator(".js-plotly-plot .scatterlayer path.point").first
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    link = page.get_by_role("link", name="Network on 28 Jan 2024", exact=False)
    link.first.wait_for(timeout=30_000)
    assert page.get_by_role("link", name="Profile: Kata'ib Hezbollah").count() >= 1
    screenshot(page, "chronology_event_clicked")
    link.first.click()
    page.wait_for_url("**/network?**", timeout=30_000)
    wait_rendered(page)
    assert "asof=2024-01-28" in page.url and "focus=" in page.url
    frame = page.frame_locator("iframe").first
    frame.locator("#mynetwork[data-ready='1']").wait_for(state="attached", timeout=60_000)
    assert "Network as of 28 Jan 2024" in frame.locator("#fasail-head").inner_text()
    assert_no_exception(page)
    assert not page.watch.external_requests, page.watch.external_requests
