"""Static export of figures (PNG, SVG, PDF) through kaleido, with an optional handling banner.

One renderer per process: a headless Chromium driven by kaleido's public async API
(`Kaleido(n=EXPORT_TABS)`, `calc_fig`) from a background asyncio thread. The first export starts
it (~2 s); later ones reuse it. What keeps a warm export short (measured in bench/bench_export.py):

- images render on EXPORT_TABS tabs at once: `render_images` queues a whole batch (the briefing
  deck and its PDF twin), and sessions exporting at the same time share the tabs;
- the figure goes to kaleido as a dict copied one level deep (`to_plotly_json`), with the banner
  added to the dict: copying a go.Figure re-validates every trace and `to_dict` deep-copies it;
- hover-only data (hovertext, hovertemplate, customdata not read by a texttemplate) is left out:
  an image never shows it, and it is most of a chart's JSON.

Each request has its own future and kaleido gives each tab to one render at a time, so images
never mix. Works without Streamlit. Only kaleido's and plotly's public interfaces are used.
"""
from __future__ import annotations

import asyncio
import atexit
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout

import plotly.graph_objects as go
import plotly.io as pio

from .figures.common import EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH, TOPOJSON_DIR, banner_annotation, escape_text

BANNER_BAND = 30        # px added above the figure for the banner line
EXPORT_TABS = max(1, int(os.environ.get("FASAIL_EXPORT_TABS", "2") or 2))  # renders at once (the host has 2 cores)
RENDER_TIMEOUT_S = 90   # one image; kaleido's own per-render timeout is the same
START_TIMEOUT_S = 60
HOVER_ONLY = ("hovertext", "hovertemplate", "customdata")
pio.defaults.topojson = TOPOJSON_DIR.as_uri() + "/"   # maps export from the shipped geometry, offline
_lock = threading.RLock()   # guards starting and stopping the renderer
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


# ------------------------------------------------------------------ the renderer
class _Renderer:
    """A Kaleido with `tabs` tabs on its own event loop thread; `render*` block the caller only."""

    def __init__(self, tabs: int = EXPORT_TABS):
        self.tabs = tabs
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fasail-kaleido", daemon=True)
        self.thread.start()

        async def open_():
            from kaleido import Kaleido   # here, not at import: a page that never exports never loads it
            k = Kaleido(n=tabs, mathjax=False, timeout=RENDER_TIMEOUT_S)
            await k.open()
            return k
        self.k = None
        self.broken = False   # a render timed out (a tab stuck or lost): the next export starts a new renderer
        try:
            self.k = self._wait(open_(), START_TIMEOUT_S)
        except BaseException:
            self.loop.call_soon_threadsafe(self.loop.stop)
            raise
        self.closed = False

    @property
    def alive(self) -> bool:
        return not self.closed and self.thread.is_alive() and not self.broken

    def _wait(self, coro, timeout: float):
        return self.result(asyncio.run_coroutine_threadsafe(coro, self.loop), timeout)

    def submit(self, spec: dict, opts: dict):
        """Queue one image; returns a concurrent.futures.Future of its bytes."""
        return asyncio.run_coroutine_threadsafe(
            self.k.calc_fig(spec, opts=opts, topojson=pio.defaults.topojson), self.loop)

    def result(self, future, timeout: float = RENDER_TIMEOUT_S):
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            self.broken = True
            raise TimeoutError(f"the image renderer did not answer within {timeout:.0f} s") from None

    def render(self, spec: dict, opts: dict) -> bytes:
        return self.result(self.submit(spec, opts))

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if self.thread.is_alive():
                self._wait(self.k.close(), 20)
        except Exception:  # noqa: BLE001 - closing a broken browser: nothing left to save
            log.warning("closing the image renderer failed", exc_info=True)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)


_renderer: _Renderer | None = None


def _get_renderer() -> _Renderer:
    global _renderer
    r = _renderer
    if r is not None and r.alive:
        return r
    with _lock:
        if _renderer is None or not _renderer.alive:
            if _renderer is not None:
                log.warning("restarting the image renderer")
                _renderer.close()
            _renderer = None
            _renderer = _Renderer()
        return _renderer


def ensure_kaleido_server() -> bool:
    """Start the process's renderer once (safe to call repeatedly; restarts a dead one). MathJax is
    off: nothing is fetched."""
    _get_renderer()
    return True


def stop_kaleido_server() -> None:
    """Close the renderer's Chromium (the next export starts a new one)."""
    global _renderer
    with _lock:
        if _renderer is not None:
            _renderer.close()
            _renderer = None


@atexit.register
def _close_at_exit() -> None:
    r = _renderer
    if r is not None:
        r.close()


# ------------------------------------------------------------------ figures to specs
def _as_dict(fig: go.Figure | dict) -> dict:
    """The figure as a dict whose top level (layout keys, trace keys) may be replaced or deleted; what
    lies below is shared with the figure and never changed. `to_plotly_json` hands over the figure's
    own dicts, copied here one level deep (`to_dict` deep-copies them: 40 ms for a chronology)."""
    d = fig if isinstance(fig, dict) else fig.to_plotly_json()
    return {**d, "data": [dict(t) for t in d.get("data") or ()], "layout": dict(d.get("layout") or {})}


def _banner_dict(d: dict, text: str | None) -> dict:
    """`d` (changed in place and returned) with the handling banner on a band above the title."""
    layout = d.setdefault("layout", {})
    meta = dict(layout["meta"]) if isinstance(layout.get("meta"), dict) else {}
    if not text or not text.strip() or meta.get("banner") == text:
        return d
    height = layout.get("height") or EXPORT_HEIGHT
    margin = dict(layout.get("margin") or {})
    top = margin.get("t") if margin.get("t") is not None else 95
    title = layout.get("title")
    title = dict(title) if isinstance(title, dict) else ({"text": title} if title else {})
    title_y = title.get("y") if title.get("y") is not None else 0.97
    new_top = top + BANNER_BAND
    margin["t"] = new_top
    # keep the title the same distance below the banner band
    title["y"] = 1 - ((1 - title_y) * height + BANNER_BAND) / (height + BANNER_BAND)
    ann = banner_annotation(escape_text(text.strip()))
    ann["yshift"] = new_top - BANNER_BAND + 4  # bottom of the banner just above the title block
    meta["banner"] = text
    layout.update(margin=margin, height=height + BANNER_BAND, title=title, meta=meta,
                  annotations=list(layout.get("annotations") or []) + [ann])
    return d


def with_banner(fig: go.Figure, text: str | None) -> go.Figure:
    """A copy of `fig` with the handling banner on a band above the title (the original is untouched)."""
    return go.Figure(_banner_dict(fig.to_dict(), text))


def _for_image(d: dict) -> dict:
    """`d` without what only a mouse pointer shows (changed in place and returned)."""
    for trace in d.get("data") or ():
        keep_custom = "texttemplate" in trace   # a drawn label may read %{customdata}
        for key in HOVER_ONLY:
            if key in trace and not (key == "customdata" and keep_custom):
                del trace[key]
    return d


def image_spec(fig: go.Figure | dict, fmt: str, scale: float = 1, banner: str | None = None,
               width: int | None = None, height: int | None = None) -> tuple[dict, dict]:
    """(figure dict, kaleido options) for one image: banner added, hover data left out; the size is
    `width` x `height` layout px (default: the figure's, else the export size) times `scale`."""
    d = _for_image(_banner_dict(_as_dict(fig), banner))
    layout = d.setdefault("layout", {})
    if width is not None:
        layout["width"] = width
    if height is not None:
        layout["height"] = height
    opts = dict(format=fmt, width=layout.get("width") or EXPORT_WIDTH,
                height=layout.get("height") or EXPORT_HEIGHT, scale=scale)
    return d, opts


def render_images(specs: Iterable[tuple[dict, dict]]) -> Iterator[bytes]:
    """The images of several `image_spec`s, in order, rendered over all the renderer's tabs at once.
    Each spec is queued as soon as `specs` yields it (the first renders while the next is made);
    the images come back as they are ready, so the caller can use the first while the rest render.
    A failed image raises (the others are cancelled)."""
    r = _get_renderer()
    futures = [r.submit(spec, opts) for spec, opts in specs]

    def images() -> Iterator[bytes]:
        try:
            for k, future in enumerate(futures):
                yield r.result(future, RENDER_TIMEOUT_S * (1 + k // r.tabs))
        finally:
            for future in futures:
                future.cancel()
    return images()


def _export(fig: go.Figure | dict, fmt: str, scale: float, banner: str | None) -> bytes:
    spec, opts = image_spec(fig, fmt, scale, banner)
    return _get_renderer().render(spec, opts)


def figure_image(fig: go.Figure | dict, fmt: str, width: int, height: int, scale: float = 1) -> bytes:
    """An image of `fig` at `width` x `height` layout px times `scale`, as it stands (no banner added)."""
    spec, opts = image_spec(fig, fmt, scale, None, width=width, height=height)
    return _get_renderer().render(spec, opts)


def figure_png(fig: go.Figure | dict, scale: float = EXPORT_SCALE, banner: str | None = None) -> bytes:
    """PNG bytes at `scale` (1200 px layout width x 3 = 3600 px)."""
    return _export(fig, "png", scale, banner)


def figure_svg(fig: go.Figure | dict, banner: str | None = None) -> bytes:
    """SVG bytes (text stays text: title, subtitle and source line are searchable)."""
    return _export(fig, "svg", 1, banner)


def figure_pdf(fig: go.Figure | dict, banner: str | None = None) -> bytes:
    """Single-page vector PDF."""
    return _export(fig, "pdf", 1, banner)
