"""The network page in AppTest: URL state both ways, compare mode, focus, warnings, escaping."""
import json
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import warning_text

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def clear_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def _open(params: dict | None = None, data_dir: Path | None = None, monkeypatch=None) -> AppTest:
    if data_dir is not None:
        monkeypatch.setenv("FASAIL_DATA_DIR", str(data_dir))
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.run()
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.switch_page("views/network.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _nodes(html: str) -> set[str]:
    return {n["id"] for n in json.loads(re.search(r"new vis\.DataSet\((\[.*?\])\);\n", html).group(1))}


def _iframes(at) -> list[str]:
    """The network pages drawn: the network canvas component's data (and any plain iframe)."""
    drawn = [json.loads(el.proto.json)["html"] for el in at.main
             if el.proto.__class__.__name__ == "BidiComponent" and el.proto.component_name.endswith("fasail_network")]
    return drawn + [el.proto.srcdoc for el in at.get("iframe")]


def test_default_view_draws_the_latest_network_with_metrics():
    at = _open()
    frames = _iframes(at)
    assert len(frames) == 1
    from fasail import load_dataset
    from fasail.dates import format_date
    latest = format_date(load_dataset().latest_source_date, "day")
    assert f"Network as of {latest}" in frames[0] and len(_nodes(frames[0])) > 30
    assert any(s.value.startswith("Network metrics") for s in at.subheader)
    assert "asof" not in at.query_params and "compare" not in at.query_params
    at.run()
    assert _iframes(at)[0] == frames[0]                                # same view renders the same way


def test_url_compare_and_alias_focus_are_read_and_written_back():
    at = _open({"asof": "2026-03-01", "compare": "2020-01-15", "focus": "Kataib Hizballah", "depth": "2"})
    frames = _iframes(at)
    assert len(frames) == 1                                            # both dates as one picture
    assert "Network on 15 Jan 2020 compared with 1 Mar 2026" in frames[0] and "kh" in _nodes(frames[0])
    assert "Kata&#39;ib Hezbollah: ties within 2 steps" in frames[0]
    assert "tie gained (only at the later date)" in frames[0] and "tie lost (only at the earlier date)" in frames[0]
    assert any("What changed from 15 Jan 2020 to 1 Mar 2026" in s.value for s in at.subheader)
    assert at.query_params["focus"] == "kh" and at.query_params["depth"] == "2"
    assert at.query_params["compare"] == "2020-01-15"


def test_widgets_are_mirrored_in_the_url():
    at = _open()
    import datetime as dt
    at.slider(key="w_asof").set_value(dt.date(2024, 5, 1)).run()
    assert at.query_params["asof"] == "2024-05-01"
    at.toggle(key="w_compare_on").set_value(True).run()
    assert at.query_params["compare"] == "2020-01-01"
    assert len(_iframes(at)) == 1 and "compared with" in _iframes(at)[0]
    at.radio(key="w_depth").set_value(2).run()
    at.selectbox(key="w_focus").set_value("aah").run()
    assert at.query_params["focus"] == "aah" and at.query_params["depth"] == "2"
    assert not at.exception


def test_malformed_parameters_warn_and_do_not_crash():
    at = _open({"asof": "2026-13-45", "compare": "soon", "depth": "7", "focus": "zzzz qqqq"})
    warnings = warning_text(at)
    assert "asof: '2026-13-45' is not a date" in warnings and "compare: 'soon' is not a date" in warnings
    assert "depth: '7' was ignored" in warnings and "zzzz qqqq" in warnings
    assert len(_iframes(at)) == 1 and "compare" not in at.query_params


def test_selected_factions_show_their_ego_networks():
    everyone = _nodes(_iframes(_open())[0])
    at = _open({"faction": "KH"})
    kh = _nodes(_iframes(at)[0])
    assert "kh" in kh and kh < everyone


def test_hostile_names_are_escaped_in_the_page(monkeypatch):
    at = _open({"focus": "xss", "asof": "2021-01-01"}, FIXTURES / "network", monkeypatch)
    html = _iframes(at)[0]
    assert "xss" in _nodes(html)
    assert "<img src=x onerror=alert(1)>" not in html and "<script>alert(" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;: ties within 1 step" in html
