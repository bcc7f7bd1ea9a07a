"""Map in a real browser: drawn from the app's own geometry (nothing leaves localhost); a click on a
marker lists the events at that place."""
from __future__ import annotations

from conftest import assert_no_exception, open_page, screenshot, wait_rendered


def test_map_draws_offline_and_a_click_lists_the_place(page, server_url):
    loaded = []
    page.on("response", lambda r: loaded.append((r.status, r.url)) if "topojson" in r.url else None)
    open_page(page, server_url + "/map?faction=iri")
    page.wait_for_selector(".js-plotly-plot .geo .countries path", state="attached", timeout=60_000)
    assert any(s == 200 and "/app/static/topojson/asia_50m.json" in u for s, u in loaded), loaded
    assert_no_exception(page)
    markers = page.locator(".js-plotly-plot .scattergeo path.point")
    assert markers.count() > 5
    boxes = [markers.nth(i).bounding_box() for i in range(markers.count())]
    big = max((b for b in boxes if b), key=lambda b: b["width"])
    screenshot(page, "map")
    page.mouse.click(big["x"] + big["width"] / 2, big["y"] + big["height"] / 2)
    page.wait_for_function("() => { const i = document.querySelector('[data-testid=stSelectbox] input');"
                           " return i && /\\(\\d+ events?\\)/.test(i.value); }", timeout=30_000)
    wait_rendered(page)
    place = page.locator("[data-testid=stSelectbox] input").first.input_value()
    assert page.get_by_text("Download these", exact=False).count() >= 1
    n = int(place.rsplit("(", 1)[1].split()[0])
    assert page.get_by_text(f"Download these {n} event", exact=False).count() == 1
    assert "faction=iri" in page.url
    screenshot(page, "map_place_clicked")
    assert not page.watch.external_requests, page.watch.external_requests
    assert not page.watch.console_errors, page.watch.console_errors
