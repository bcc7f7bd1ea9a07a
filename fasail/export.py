"""Static export of figures (PNG, SVG, PDF) through plotly + kaleido, with an optional handling banner.

One kaleido server (a headless Chromium) per process: the first export starts it
(~2 s), every later one takes ~0.2 s. Exports are serialised with a lock: kaleido's
sync server answers through one shared queue, so two threads (two Streamlit
sessions) exporting at once could otherwise receive each other's images.
Works without Streamlit.
"""
from __future__ import annotations

import logging
import os
import threading
import warnings
from collections.abc import Callable

import kaleido
import plotly.graph_objects as go
import plotly.io as pio

from .figures.common import EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH, TOPOJSON_DIR, banner_annotation, escape_text

BANNER_BAND = 30        # px added above the figure for the banner line
pio.defaults.topojson = TOPOJSON_DIR.as_uri() + "/"   # maps export from the shipped geometry, offline
_lock = threading.RLock()
_started = threading.Event()
log = logging.getLogger("fasail.export")
FAULT_ENV = "FASAIL_FAIL_EXPORTS"   # set (to anything) to make every guarded export fail: for tests of the message


class ExportFailed(RuntimeError):
    """An export that could not be made, with what to do; the download button shows the message."""


def guarded(what: str, make: Callable[[], bytes],
            on_failure: Callable[[str], None] | None = None) -> Callable[[], bytes]:
    """`make` for a download button: a failure is logged with its traceback on the server and
    becomes one sentence saying what failed and what to do (raised, and passed to `on_failure`),
    never silence."""
    def run() -> bytes:
        try:
            if os.environ.get(FAULT_ENV):
                raise RuntimeError(f"failure injected by {FAULT_ENV}")
            data = make()
            if not data:
                raise RuntimeError("the exporter returned an empty file")
            return data
        except Exception as err:
            log.exception("export failed: %s", what)
            reason = " ".join(str(err).split())[:160] or type(err).__name__
            message = (f"{what} could not be made ({reason}). Try again; if it fails again, use the "
                       "chart's camera icon or the CSV instead, and report it with the page's address.")
            if on_failure is not None:
                on_failure(message)
            raise ExportFailed(message) from err
    return run


def ensure_kaleido_server() -> bool:
    """Start the process's kaleido server once (safe to call repeatedly). MathJax is off: nothing is fetched."""
    with _lock:
        if not _started.is_set():
            # silence_warnings: a server already started elsewhere in the process is not an error.
            kaleido.start_sync_server(mathjax=False, silence_warnings=True)
            _started.set()
    return True


def with_banner(fig: go.Figure, text: str | None) -> go.Figure:
    """A copy of `fig` with the handling banner on a band above the title (the original is untouched)."""
    out = go.Figure(fig)
    meta = dict(out.layout.meta) if isinstance(out.layout.meta, dict) else {}
    if not text or not text.strip() or meta.get("banner") == text:
        return out
    height = out.layout.height or EXPORT_HEIGHT
    top = out.layout.margin.t if out.layout.margin.t is not None else 95
    title_y = out.layout.title.y if out.layout.title.y is not None else 0.97
    new_top = top + BANNER_BAND
    out.update_layout(margin_t=new_top, height=height + BANNER_BAND,
                      # keep the title the same distance below the banner band
                      title_y=1 - ((1 - title_y) * height + BANNER_BAND) / (height + BANNER_BAND))
    ann = banner_annotation(escape_text(text.strip()))
    ann["yshift"] = new_top - BANNER_BAND + 4  # bottom of the banner just above the title block
    out.add_annotation(**ann)
    meta["banner"] = text
    out.layout.meta = meta
    return out


def _export(fig: go.Figure, fmt: str, scale: float, banner: str | None) -> bytes:
    ensure_kaleido_server()
    out = with_banner(fig, banner)
    width = out.layout.width or EXPORT_WIDTH
    height = out.layout.height or EXPORT_HEIGHT
    with _lock, warnings.catch_warnings():
        # plotly passes its default request headers as kopts; the running server ignores them and says so.
        warnings.filterwarnings("ignore", message="The kopts argument is ignored", category=UserWarning)
        return pio.to_image(out, format=fmt, width=width, height=height, scale=scale)


def figure_png(fig: go.Figure, scale: float = EXPORT_SCALE, banner: str | None = None) -> bytes:
    """PNG bytes at `scale` (1200 px layout width x 3 = 3600 px)."""
    return _export(fig, "png", scale, banner)


def figure_svg(fig: go.Figure, banner: str | None = None) -> bytes:
    """SVG bytes (text stays text: title, subtitle and source line are searchable)."""
    return _export(fig, "svg", 1, banner)


def figure_pdf(fig: go.Figure, banner: str | None = None) -> bytes:
    """Single-page vector PDF."""
    return _export(fig, "pdf", 1, banner)
