"""Faults in a real browser: data edited under a running server, a server restart, a failing export,
and the network drawing's isolation from the app page."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import assert_no_exception, open_page, running_server, screenshot, start_server, stop_server, wait_rendered

pytestmark = pytest.mark.browser
MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"
NEW_EVENT = "e5,2024-02-02,day,,,Rocket attack added while serving,Added by the test.,attack,,,,reported,,,,s1\n"


def _events_metric(page) -> str:
    metric = page.locator("[data-testid=stMetric]", has_text="Events").first
    return metric.locator("[data-testid=stMetricValue]").inner_text()


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_a_data_file_edited_while_serving_is_picked_up_and_announced(page, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    with running_server(data) as url:
        open_page(page, url + "/")
        assert _events_metric(page) == "4"
        assert "Data loaded" in page.locator("[data-testid=stSidebar]").inner_text()
        _append(data / "events.csv", NEW_EVENT)
        # any widget change reruns the page in the same session
        page.locator("[data-testid=stSidebar] [data-testid=stExpander]", has_text="Export & briefing").first.click()
        page.get_by_role("switch", name="Handling banner on exports").first.click(force=True)
        wait_rendered(page)
        page.get_by_text("The data files changed on disk").first.wait_for(timeout=30_000)
        assert _events_metric(page) == "5"
        assert_no_exception(page)
        screenshot(page, "fault_data_reloaded")
        shutil.rmtree(data)                                  # the directory vanishes: last valid data kept
        page.get_by_role("switch", name="Handling banner on exports").first.click(force=True)
        wait_rendered(page)
        page.get_by_text("Showing the last valid data").first.wait_for(timeout=30_000)
        assert _events_metric(page) == "5"
        assert_no_exception(page)


def test_after_a_server_restart_the_first_filter_change_sticks(page, tmp_path):
    proc, url = start_server(MINI)
    port = int(url.rsplit(":", 1)[1])
    try:
        open_page(page, url + "/chronology?faction=kh")
        stop_server(proc)
        page.wait_for_selector("[data-testid=stApp]:not([data-test-connection-state=CONNECTED])", timeout=60_000)
        proc, url = start_server(MINI, port=port)
        # The browser reconnects by itself; the page is not rerun until the user acts.
        page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=60_000)
        wait_rendered(page)
        box = page.get_by_placeholder("Any spelling: KH, Kataib Hizballah").first
        box.fill("Nujaba")
        box.press("Enter")
        page.wait_for_function("() => location.search.includes('faction=nujaba')", timeout=30_000)
        wait_rendered(page)
        page.wait_for_timeout(1500)       # a revert would come with the next rerun
        wait_rendered(page)
        assert "faction=nujaba" in page.url and "faction=kh" in page.url, page.url
        page.wait_for_selector(".js-plotly-plot .gtitle", timeout=60_000)
        title = page.locator(".js-plotly-plot .gtitle").first.text_content() or ""
        assert "Nujaba" in title and "Kata'ib Hezbollah" in title, title
        assert_no_exception(page)
    finally:
        stop_server(proc)


def test_a_failing_export_says_so_under_its_button(page):
    with running_server(MINI, env_extra={"FASAIL_FAIL_EXPORTS": "1"}) as url:
        open_page(page, url + "/chronology")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        page.get_by_role("button", name="Download PNG").first.click()
        error = page.locator("[data-testid=stDownloadButtonError]").first
        error.wait_for(timeout=30_000)                      # Streamlit's own fixed line under the button
        assert error.inner_text().strip()
        # the page's next run says what failed and what to do
        page.get_by_role("radio", name="event type").first.click(force=True)
        wait_rendered(page)
        said = page.locator("[data-testid=stAlert]", has_text="could not be made").first
        said.wait_for(timeout=30_000)
        assert "The PNG could not be made" in said.inner_text() and "Try again" in said.inner_text()
        screenshot(page, "fault_export_message")
