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
