"""Export controls: handling banner, screenshot mode, chart downloads, briefing pack.

- export_settings_panel()               sidebar widgets (call once per page, outside `with st.sidebar`)
- export_settings() -> ExportSettings   the current settings, from st.session_state
- chart_downloads(fig, key)             PNG (scale 3) + SVG download buttons; called by show_chart
- briefing_pack_button(ds, slides, title, filters_text, key)  .pptx download

Files are made only when a button is clicked (Streamlit's deferred download data runs
the export on click), so rendering a page costs nothing; the process's one kaleido
server makes each export ~0.2 s after the first.
"""
from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import plotly.graph_objects as go
import streamlit as st

from fasail.dataset import Dataset
from fasail.dates import format_date
from fasail.deck import ChartSlide, build_briefing_pack
from fasail.query import entity_names
from fasail.export import ensure_kaleido_server, figure_png, figure_svg, guarded
from fasail.escape import md_escape
from fasail.figures.common import EXPORT_SCALE, file_stem
from fasail.vocab import label_of

__all__ = ["ExportSettings", "ChartSlide", "export_settings", "export_settings_panel", "chart_downloads",
           "briefing_pack_button", "spell_out_filters"]

DEFAULT_BANNER = "UNCLASSIFIED // FOR TRAINING"
# Persistent values (survive pages that do not draw the panel) and the widgets that edit them.
K_BANNER_ON, K_BANNER_TEXT, K_SHOT = "exp_banner_on", "exp_banner_text", "exp_screenshot"
W_PREFIX = "exp_w_"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
HIDE_IN_SCREENSHOT = "fxp-"  # container keys starting with this are hidden in screenshot mode


@dataclass
class ExportSettings:
    banner: str | None = None      # handling banner printed on every export; None = off
    screenshot_mode: bool = False


K_FAILURES = "exp_failures"   # messages of this session's failed exports, shown on its next run


def guard(what: str, make: Callable[[], bytes]) -> Callable[[], bytes]:
    """A download button's deferred `make`, guarded: Streamlit itself only says "Failed to generate
    file for download" under the button; the page then says what failed and what to do."""
    failures = st.session_state.setdefault(K_FAILURES, [])   # the list itself: the export runs off-script
    return guarded(what, make, failures.append)


def show_export_failures() -> None:
    failures = st.session_state.get(K_FAILURES) or []
    while failures:
        st.error(md_escape(failures.pop(0), 400), icon="⚠️")


def export_settings() -> ExportSettings:
    """Current export settings (defaults: no banner, normal mode)."""
    text = str(st.session_state.get(K_BANNER_TEXT, DEFAULT_BANNER) or "").strip()
    on = bool(st.session_state.get(K_BANNER_ON, False))
    return ExportSettings(banner=text if on and text else None,
                          screenshot_mode=bool(st.session_state.get(K_SHOT, False)))


def _sync(name: str) -> None:
    st.session_state[name] = st.session_state[W_PREFIX + name]


def _exit_screenshot_mode() -> None:
    st.session_state[K_SHOT] = False
    st.session_state[W_PREFIX + K_SHOT] = False


def export_settings_panel() -> ExportSettings:
    """Sidebar 'Export & briefing' widgets; in screenshot mode, the CSS and a floating exit button."""
    defaults = {K_BANNER_ON: False, K_BANNER_TEXT: DEFAULT_BANNER, K_SHOT: False}
    for name, default in defaults.items():
        st.session_state.setdefault(name, default)
        st.session_state[W_PREFIX + name] = st.session_state[name]
    with st.sidebar.expander("Export & briefing", expanded=bool(st.session_state[K_BANNER_ON])):
        st.toggle("Handling banner on exports", key=W_PREFIX + K_BANNER_ON, on_change=_sync, args=(K_BANNER_ON,),
                  help="Prints the text below on every downloaded PNG, SVG and briefing-pack slide. Off by default.")
        st.text_input("Banner text", key=W_PREFIX + K_BANNER_TEXT, on_change=_sync, args=(K_BANNER_TEXT,),
                      max_chars=80, disabled=not st.session_state[K_BANNER_ON],
                      help="For example UNCLASSIFIED // FOR TRAINING, or any handling caveat.")
        st.toggle("Screenshot mode", key=W_PREFIX + K_SHOT, on_change=_sync, args=(K_SHOT,),
                  help="Hides the sidebar, toolbar and header and enlarges the page so a plain screenshot "
                       "looks like a slide. Leave it with the 'Exit screenshot mode' button (bottom right).")
    settings = export_settings()
    if settings.screenshot_mode:
        # Called outside `with st.sidebar`, so these land in the main area.
        st.html(_screenshot_css(settings.banner))
        st.button("Exit screenshot mode", key="exp_exit_screenshot", on_click=_exit_screenshot_mode,
                    help="Show the sidebar and toolbar again.")
    return settings


def _screenshot_css(banner: str | None) -> str:
    """Hide Streamlit's chrome and the export buttons; bigger type; the banner top and bottom if set."""
    css = f"""<style>
[data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"], [data-testid="stStatusWidget"],
.js-plotly-plot .modebar-container, [class*="st-key-{HIDE_IN_SCREENSHOT}"] {{ display: none !important; }}
html {{ font-size: 19px; }}  /* rem-based text grows; plotly charts keep their px layout */
[data-testid="stMainBlockContainer"] {{ padding-top: 2.4rem; padding-bottom: 2.4rem; max-width: 100%; }}
.st-key-exp_exit_screenshot {{ position: fixed; right: 1rem; bottom: 2.4rem; z-index: 1000000; width: auto;
  opacity: 0.45; }}
.st-key-exp_exit_screenshot:hover {{ opacity: 1; }}
.fxp-banner {{ position: fixed; left: 0; right: 0; z-index: 999999; text-align: center; font-weight: 700;
  color: #B00020; background: #fff; font-size: 15px; padding: 3px 0; }}
</style>"""
    if banner:
        text = html.escape(banner)
        css += f'<div class="fxp-banner" style="top:0">{text}</div><div class="fxp-banner" style="bottom:0">{text}</div>'
    return css


WARM_UP_AFTER_S = 8.0   # the renderer's Chromium starts this long after the first chart is shown


@st.cache_resource(show_spinner=False)
def kaleido_server() -> bool:
    """Start the process's one image renderer once, in the background and a little after the first
    page is drawn: its Chromium (~2 s of CPU) then neither delays that page nor competes with it,
    and the first export is usually warm. An export before then starts it itself."""
    timer = threading.Timer(WARM_UP_AFTER_S, _warm_up)
    timer.daemon = True
    timer.start()
    return True


def _warm_up() -> None:
    try:
        ensure_kaleido_server()
    except Exception:   # noqa: BLE001 - only a warm-up: the first export retries and reports a failure
        logging.getLogger("fasail.export").warning("warming up the image renderer failed", exc_info=True)


def _fig_title(fig: go.Figure) -> str:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return meta.get("title") or "fasail chart"


def chart_downloads(fig: go.Figure, key: str, facts=None) -> None:
    """PNG (scale 3, 3600 px wide) and SVG download buttons under a chart, and 'Add to briefing'
    (with its key facts); the banner goes on the files."""
    from .basket import add_chart_button
    kaleido_server()
    banner = export_settings().banner
    stem = file_stem(_fig_title(fig))
    with st.container(key=f"{HIDE_IN_SCREENSHOT}{key}", horizontal=True, gap="small"):
        st.download_button("Download PNG", guard("The PNG", partial(figure_png, fig, EXPORT_SCALE, banner)), file_name=f"{stem}.png",
                           mime="image/png", key=f"{key}_png", on_click="ignore",
                           help="3600 px wide PNG for slides, with title, dates and sources"
                                + (" and the handling banner." if banner else "."))
        st.download_button("Download SVG", guard("The SVG", partial(figure_svg, fig, banner)), file_name=f"{stem}.svg",
                           mime="image/svg+xml", key=f"{key}_svg", on_click="ignore",
                           help="Vector image: edits cleanly, text stays text.")
        add_chart_button(fig, facts, key)


def spell_out_filters(ds: Dataset, f) -> str:
    """The shared filters (components.filters.Filters) spelled out for a title slide."""
    names = entity_names(ds)
    parts = ["Factions: " + (", ".join(names.get(x, x) for x in f.factions) if f.factions else "all"),
             f"Dates: {format_date(f.start, 'day')} – {format_date(f.end, 'day')}",
             "Event types: " + (", ".join(label_of(t) for t in f.event_types) if f.event_types else "all"),
             "Claim status: " + (", ".join(f.claim_statuses) if f.claim_statuses else "any"),
             "Front groups " + ("folded into their parents" if f.fold_fronts else "shown on their own")]
    return " · ".join(parts)


def briefing_pack_button(ds: Dataset, slides: list[ChartSlide] | Callable[[], list[ChartSlide]], title: str,
                         filters_text: str, key: str) -> None:
    """A button that builds the .pptx when clicked and downloads it.

    `slides` may be a list or a no-argument function returning one (built only on click;
    it runs outside the script thread, so it must not call Streamlit).
    """
    kaleido_server()
    banner = export_settings().banner

    def build() -> bytes:
        chosen = slides() if callable(slides) else slides
        return build_briefing_pack(ds, chosen, title, filters_text, banner)

    with st.container(key=f"{HIDE_IN_SCREENSHOT}{key}"):
        st.download_button("Briefing pack (.pptx)", guard("The briefing pack", build), file_name=f"{file_stem(title)}.pptx", mime=PPTX_MIME,
                           key=key, on_click="ignore", type="primary",
                           help="Title slide with these filters, one slide per chart with sourced key facts, "
                                "and a sources slide" + (", with the handling banner." if banner else "."))

