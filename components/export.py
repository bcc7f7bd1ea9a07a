"""Export controls (issue 6 fills these in): banner, screenshot mode, downloads, briefing pack.

The API is fixed so pages can already call it:
- export_settings() -> ExportSettings   (sidebar: handling banner, screenshot mode)
- chart_downloads(fig, key)             (PNG scale>=3 + SVG download buttons; called by show_chart)
- briefing_pack_button(ds, slides, title, filters_text, key)  (.pptx download)
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go
import streamlit as st

from fasail.dataset import Dataset


@dataclass
class ExportSettings:
    banner: str | None = None      # handling banner printed on every export; None = off
    screenshot_mode: bool = False


def export_settings() -> ExportSettings:
    """Current export settings (stub: defaults)."""
    return ExportSettings()


def chart_downloads(fig: go.Figure, key: str) -> None:
    """Download buttons beside a chart (stub: nothing yet)."""
    return None


@dataclass
class ChartSlide:
    """One chart slide of a briefing pack: the figure and 3-5 sourced key facts."""

    figure: go.Figure
    facts: list[tuple[str, tuple[str, ...]]]  # (fact text, source_ids)


def briefing_pack_button(ds: Dataset, slides: list[ChartSlide], title: str, filters_text: str, key: str) -> None:
    """A button that builds and downloads the .pptx (stub: nothing yet)."""
    return None
