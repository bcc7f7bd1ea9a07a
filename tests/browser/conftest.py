"""Real-browser fixtures: a `streamlit run` server on a free localhost port and
Debian's Chromium driven by Playwright (no browser download, no network)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("FASAIL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path | None = None, env_extra: dict | None = None,
                 port: int | None = None) -> tuple[subprocess.Popen, str]:
    """A server on `port` (default: a free one), with extra environment variables if given."""
    port = port or _free_port()
    env = dict(os.environ, **(env_extra or {}))
    if data_dir is not None:
        env["FASAIL_DATA_DIR"] = str(data_dir)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read().decode() == "ok":
                return proc, url
        except OSError:
            time.sleep(0.25)
        if proc.poll() is not None:
            break
    proc.kill()
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    raise RuntimeError(f"streamlit did not start:\n{out[-3000:]}")


@contextlib.contextmanager
def running_server(data_dir: Path | None = None, env_extra: dict | None = None):
    """A `streamlit run` server on `data_dir` (default: the shipped data) for the with-block."""
    proc, url = start_server(data_dir, env_extra)
    try:
        yield url
    finally:
        stop_server(proc)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server_url():
    with running_server() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run the README's test command (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageWatch:
    """Console errors and requests that left localhost, collected for assertions."""

    def __init__(self, page):
        self.page = page
        self.console_errors: list[str] = []
        self.external_requests: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.on("request", self._on_request)

    def _on_console(self, msg) -> None:
        if msg.type != "error":
            return
        where = (msg.location or {}).get("url", "")
        # Streamlit's frontend first probes /<page>/_stcore/... before the root: a framework 404, not ours.
        if "/_stcore/" in where and "404" in msg.text:
            return
        self.console_errors.append(f"{msg.text} ({where})")

    def _on_request(self, req) -> None:
        u = urlparse(req.url)
        if u.scheme in ("http", "https", "ws", "wss") and u.hostname not in ("127.0.0.1", "localhost"):
            self.external_requests.append(req.url)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    # Nothing may leave localhost: abort anything else (and record it).
    context.route(lambda url: urlparse(url).hostname not in ("127.0.0.1", "localhost", None),
                  lambda route: route.abort())
    pg = context.new_page()
    pg.watch = PageWatch(pg)
    yield pg
    context.close()


def wait_rendered(page, timeout: float = 60_000) -> None:
    """Wait until the app is connected, the script finished and nothing is running."""
    page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=timeout)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout)
    page.wait_for_selector("[data-testid=stStatusWidget]", state="hidden", timeout=timeout)


def open_page(page, url: str, timeout: float = 60_000) -> None:
    page.goto(url, wait_until="domcontentloaded", timeout=timeout)
    wait_rendered(page, timeout)
    # notRunning can hold before the first script run has drawn anything: wait for the page title.
    page.wait_for_selector("[data-testid=stMain] h1", timeout=timeout)


def assert_no_exception(page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0, page.locator("[data-testid=stException]").first.inner_text()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
