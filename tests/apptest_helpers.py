"""AppTest helpers shared by the page tests."""
from __future__ import annotations

import json

import streamlit as st
from streamlit.testing.v1 import AppTest

APP = "../app.py"


def run_page(page: str, query: dict | None = None, timeout: float = 60) -> AppTest:
    """Run app.py and switch to views/<page>.py, with optional URL query parameters."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.switch_page(f"views/{page}.py")
    at.run()
    return at


def figures(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def trace_names(fig: dict) -> list[str]:
    return [t.get("name") for t in fig["data"]]


def clear_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


def plain(markdown: str) -> str:
    """Markdown source as the reader sees it: backslash escapes removed."""
    import re
    return re.sub(r"\\(.)", r"\1", markdown)


def warning_text(at: AppTest) -> str:
    return " ".join(plain(w.value) for w in at.warning)
