"""Export controls in the app: download buttons beside every chart, the pack button, banner and screenshot mode."""
from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest


@pytest.fixture(autouse=True)
def _clear_caches():
    st.cache_data.clear()
    yield


def test_chronology_page_has_chart_downloads_and_pack_button():
    at = AppTest.from_file("../app.py", default_timeout=90)
    at.run()
    at.switch_page("views/chronology.py").run()
    assert not at.exception, at.exception
    buttons = [b for b in at.get("download_button")]
    labels = [b.proto.label for b in buttons]
    assert labels.count("Download PNG") == 2 and labels.count("Download SVG") == 2  # timeline and tempo
    assert "Briefing pack (.pptx)" in labels
    for b in buttons:
        if b.proto.label in ("Download PNG", "Download SVG", "Briefing pack (.pptx)"):
            # made on click (deferred), so drawing the page costs no export
            assert b.proto.HasField("deferred_file_id") and b.proto.deferred_file_id


def _panel_app():
    import json

    import streamlit as st

    from components.export import export_settings, export_settings_panel

    export_settings_panel()
    st.write("settings:" + json.dumps(export_settings().__dict__))


def _settings(at) -> dict:
    import json
    text = next(m.value for m in at.markdown if str(m.value).startswith("settings:"))
    return json.loads(text.removeprefix("settings:"))


def _html(at) -> str:
    return "".join(e.proto.body for e in at.get("html"))


def test_banner_off_by_default_then_on_with_free_text():
    at = AppTest.from_function(_panel_app, default_timeout=30).run()
    assert _settings(at) == {"banner": None, "screenshot_mode": False}
    assert at.text_input(key="exp_w_exp_banner_text").disabled
    at.toggle(key="exp_w_exp_banner_on").set_value(True).run()
    assert _settings(at)["banner"] == "UNCLASSIFIED // FOR TRAINING"
    at.text_input(key="exp_w_exp_banner_text").input("OFFICIAL-SENSITIVE <b>").run()
    assert _settings(at)["banner"] == "OFFICIAL-SENSITIVE <b>"
    at.toggle(key="exp_w_exp_banner_on").set_value(False).run()
    assert _settings(at)["banner"] is None


def test_screenshot_mode_hides_chrome_and_has_a_way_out():
    at = AppTest.from_function(_panel_app, default_timeout=30).run()
    assert "stSidebar" not in _html(at)
    at.toggle(key="exp_w_exp_banner_on").set_value(True).run()
    at.text_input(key="exp_w_exp_banner_text").input("<script>alert(1)</script>").run()
    at.toggle(key="exp_w_exp_screenshot").set_value(True).run()
    assert _settings(at)["screenshot_mode"] is True
    css = _html(at)
    for hidden in ('[data-testid="stSidebar"]', '[data-testid="stHeader"]', '[data-testid="stToolbar"]'):
        assert hidden in css
    assert "font-size: 19px" in css
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in css and "<script>" not in css  # banner strip, escaped
    at.button(key="exp_exit_screenshot").click().run()
    assert _settings(at)["screenshot_mode"] is False
    assert "stSidebar" not in _html(at)
    assert at.toggle(key="exp_w_exp_screenshot").value is False
