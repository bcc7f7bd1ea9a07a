"""Network page in a real browser: the canvas draws offline, the PNG export works, hostile names stay text."""
import struct
from pathlib import Path

import pytest
from conftest import assert_no_exception, open_page, running_server, screenshot, wait_rendered

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EVIL = "<img src=x onerror=alert(1)>"


def _network_frame(page):
    page.wait_for_selector("iframe", state="attached", timeout=60_000)
    wait_rendered(page)
    frame = page.frame_locator("iframe").first
    frame.locator("#mynetwork canvas").first.wait_for(state="attached", timeout=60_000)
    frame.locator("#mynetwork[data-ready='1']").wait_for(state="attached", timeout=60_000)
    return frame


@pytest.fixture(scope="module")
def hostile_server_url():
    with running_server(FIXTURES / "network") as url:
        yield url


def test_network_draws_offline_and_exports_a_wide_png(page, server_url, tmp_path):
    open_page(page, server_url + "/network?compare=2020-01-15&asof=2026-03-01")
    frame = _network_frame(page)
    assert_no_exception(page)
    assert page.locator("iframe").count() == 1                       # the two dates as one picture
    assert "Network on 15 Jan 2020 compared with 1 Mar 2026" in frame.locator("#fasail-head").inner_text()
    # The drawing library comes once from the app's static folder, not inlined into each render.
    loaded = frame.locator("body").evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
    assert any(u.endswith("/app/static/vis-9.1.2/vis-network.min.js") for u in loaded), loaded
    assert page.locator("iframe").first.evaluate("f => f.srcdoc.length") < 300_000
    screenshot(page, "network_compare")
    with page.expect_download(timeout=60_000) as info:
        frame.locator("#fasail-png").click()
    path = tmp_path / "network.png"
    info.value.save_as(path)
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width >= 2000 and height > 1000
    assert info.value.suggested_filename.startswith("fasail_network-on-15-jan-2020-compared-with-1-mar-2026")
    assert not page.watch.external_requests, page.watch.external_requests
    assert not page.watch.console_errors, page.watch.console_errors


def test_hostile_entity_name_shows_as_text(page, hostile_server_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, hostile_server_url + "/network?focus=xss&asof=2021-01-01")
    frame = _network_frame(page)
    assert_no_exception(page)
    assert EVIL in frame.locator("#fasail-head .title").inner_text()      # shown as text, not parsed
    # Hover the hostile node: its tooltip is text too.
    box = page.locator("iframe").first.bounding_box()
    dom = frame.locator("body").evaluate(
        "() => { const n = window.fasailNetwork; return n.canvasToDOM(n.getPositions(['xss']).xss); }")
    canvas_box = frame.locator("#mynetwork").bounding_box()
    page.mouse.move(canvas_box["x"] + dom["x"], canvas_box["y"] + dom["y"])
    tooltip = frame.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert EVIL in tooltip.inner_text() and box is not None
    screenshot(page, "network_hostile")
    assert page.locator("img[src=x]").count() == 0
    assert frame.locator("img[src=x], a[href^='javascript']").count() == 0
    assert not dialogs, dialogs
    assert not page.watch.external_requests, page.watch.external_requests


def test_the_drawing_cannot_reach_the_app_page(page, hostile_server_url):
    """The drawing runs scripts in an opaque origin: no access to the app page, its storage or cookies."""
    open_page(page, hostile_server_url + "/network?focus=xss&asof=2021-01-01")
    frame = _network_frame(page)
    sandbox = page.locator("iframe").first.get_attribute("sandbox")
    assert sandbox is not None and "allow-scripts" in sandbox.split() and "allow-same-origin" not in sandbox.split()
    reach = frame.locator("body").evaluate("""() => {
        const tries = {
          parentDocument: () => window.parent.document.body.innerHTML.length,
          topDocument: () => window.top.document.title,
          parentLocation: () => window.parent.location.href,
          cookie: () => document.cookie,
          storage: () => window.localStorage.length,
        };
        const out = {origin: window.origin};
        for (const [k, f] of Object.entries(tries)) {
          try { f(); out[k] = "reached"; } catch (e) { out[k] = "blocked"; }
        }
        return out; }""")
    assert reach == {"origin": "null", "parentDocument": "blocked", "topDocument": "blocked",
                     "parentLocation": "blocked", "cookie": "blocked", "storage": "blocked"}, reach
    assert_no_exception(page)
    assert not page.watch.external_requests, page.watch.external_requests


def _click_node(page, frame, node_id: str) -> None:
    dom = frame.locator("body").evaluate(
        f"() => {{ const n = window.fasailNetwork; return n.canvasToDOM(n.getPositions([{node_id!r}])[{node_id!r}]); }}")
    box = frame.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + dom["x"], box["y"] + dom["y"])


def test_clicking_a_node_offers_its_profile_and_a_tie_its_sources(page, server_url):
    from conftest import wait_rendered
    open_page(page, server_url + "/network?asof=2024-01-28&focus=kh")
    frame = _network_frame(page)
    _click_node(page, frame, "kh")
    panel = page.locator(".st-key-net_selection")
    panel.wait_for(timeout=30_000)
    assert "Selected: Kata'ib Hezbollah" in panel.inner_text()
    screenshot(page, "network_node_clicked")
    # A tie: click the middle of KH's first tie.
    mid = frame.locator("body").evaluate("""() => { const n = window.fasailNetwork;
        const e = n.getConnectedEdges('kh')[0], ends = n.getConnectedNodes(e), p = n.getPositions(ends);
        const a = p[ends[0]], b = p[ends[1]];
        return {edge: e, dom: n.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2})}; }""")
    box = frame.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + mid["dom"]["x"], box["y"] + mid["dom"]["y"])
    # The tie's line and its sources (a list) arrive in the same rerun, one element after another.
    page.wait_for_function("() => { const el = document.querySelector('.st-key-net_selection');"
                           " return el && el.innerText.includes('Selected tie') && el.querySelectorAll('li').length > 0; }",
                           timeout=30_000)
    assert page.locator(".st-key-net_selection li").count() >= 1            # its sources, listed
    _click_node(page, frame, "kh")
    link = panel.get_by_role("link", name="Profile of Kata'ib Hezbollah")
    link.wait_for(timeout=30_000)
    # Scroll first and let the browser settle, as a reader's scroll does: the drawing is a sandboxed
    # (out-of-process) frame, and a click sent in the same instant as the scroll can still be routed
    # by the frame's old on-screen area, where the link now is.
    link.scroll_into_view_if_needed()
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_timeout(300)
    link.click()
    page.wait_for_url("**/factions?**", timeout=30_000)
    wait_rendered(page)
    assert "faction=kh" in page.url
    page.get_by_text("عصائب", exact=False).count()  # page drawn
    assert page.locator("[data-testid=stMain] h1").first.inner_text() == "Factions"
    assert_no_exception(page)
    assert not page.watch.external_requests, page.watch.external_requests
