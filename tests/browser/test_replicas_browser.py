"""Two replicas behind HAProxy, started by deploy/serve_replicas.py: every browser session
sticks to one replica (page, assets and WebSocket alike), both replicas serve sessions,
a filter change works through the proxy, and stopping the launcher leaves nothing behind."""
from __future__ import annotations

import dataclasses
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ARTIFACTS, ROOT, PageWatch, assert_no_exception, open_page, wait_rendered

pytestmark = pytest.mark.browser

HAPROXY = Path("/usr/sbin/haproxy")
LAUNCHER = ROOT / "deploy" / "serve_replicas.py"
SESSIONS = 4
REPLICA_COOKIE = "FASAIL_REPLICA"
REPLICA_HEADER = "x-fasail-replica"
# One access-log line of deploy/haproxy.cfg.in, as relayed by the launcher.
PROXY_LOG = re.compile(r'^\[proxy\] \S+ replicas/(?P<server>\S+) (?P<status>-?\d+) \S+ '
                       r'"(?P<method>\S+) (?P<path>\S+)[^"]*" sticky=(?P<sticky>\S+) ua="(?P<ua>[^"]*)"$')


@dataclasses.dataclass
class Launch:
    proc: subprocess.Popen
    url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def pids(self) -> dict[str, int]:
        """Process ids the launcher reported: r1, r2 and proxy."""
        found = re.findall(r"^(?:replica (r\d+)|(proxy)) pid (\d+)", self.log(), re.M)
        return {replica or proxy: int(pid) for replica, proxy, pid in found}

    def proxy_requests(self) -> list[dict]:
        return [m.groupdict() for m in map(PROXY_LOG.match, self.log().splitlines()) if m]


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port_block(n: int) -> int:
    """A port p with p..p+n-1 all free (the proxy, then one port per replica)."""
    for _ in range(100):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + n <= 65535 and all(_port_is_free(base + i) for i in range(1, n)):
            return base
    raise RuntimeError(f"no block of {n} free ports")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def replicas():
    if not HAPROXY.exists():
        pytest.fail(f"{HAPROXY} is missing: run make test (it installs haproxy)")
    port = _free_port_block(3)
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = ARTIFACTS / "replicas-launcher.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, str(LAUNCHER), "--replicas", "2", "--port", str(port),
                                 "--bind", "127.0.0.1"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    launch = Launch(proc, f"http://127.0.0.1:{port}", log_path)
    deadline = time.monotonic() + 180
    while not ("Fasail: " in launch.log() and _healthy(launch.url)):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the launcher did not come up:\n{launch.log()[-3000:]}")
        time.sleep(0.5)
    yield launch
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=60)


class Session:
    """One browser context (its own cookie jar) with a user agent naming it in the proxy log."""

    def __init__(self, browser, base_url: str, name: str):
        self.base_url, self.user_agent = base_url, f"fasail-replica-test/{name}"
        self.context = browser.new_context(viewport={"width": 1500, "height": 1000}, user_agent=self.user_agent)
        self.context.route(lambda url: urlparse(url).hostname not in ("127.0.0.1", "localhost", None),
                           lambda route: route.abort())
        self.page = self.context.new_page()
        self.page.watch = PageWatch(self.page)
        self.responses: list = []
        self.websockets: list[str] = []
        self.page.on("response", lambda r: self.responses.append(r) if r.url.startswith(base_url) else None)
        self.page.on("websocket", lambda ws: self.websockets.append(ws.url))

    def replica_cookie(self) -> str | None:
        return next((c["value"] for c in self.context.cookies() if c["name"] == REPLICA_COOKIE), None)

    def replicas_in_headers(self) -> set[str | None]:
        return {r.headers.get(REPLICA_HEADER) for r in self.responses}

    def document_replica(self) -> str | None:
        docs = [r for r in self.responses if r.request.resource_type == "document"]
        return docs[0].headers.get(REPLICA_HEADER) if docs else None

    def assert_clean(self) -> None:
        assert_no_exception(self.page)
        assert not self.page.watch.console_errors, self.page.watch.console_errors
        assert not self.page.watch.external_requests, self.page.watch.external_requests


def _wait_for_stream_logs(launch: Launch, user_agents: set[str], timeout_s: float = 30) -> list[dict]:
    """HAProxy logs a WebSocket when it closes: wait until every session's stream is logged."""
    deadline = time.monotonic() + timeout_s
    while True:
        logged = launch.proxy_requests()
        streamed = {r["ua"] for r in logged if r["path"] == "/_stcore/stream"}
        if user_agents <= streamed or time.monotonic() > deadline:
            return logged
        time.sleep(0.5)


def test_sessions_stick_to_one_replica_and_both_replicas_serve(browser, replicas):
    sessions = [Session(browser, replicas.url, f"session-{i}") for i in range(SESSIONS)]
    try:
        for session in sessions:   # opened one after another and kept open: concurrent sessions
            open_page(session.page, replicas.url + "/")
            session.assert_clean()
            replica = session.document_replica()
            assert replica in ("r1", "r2"), f"page response without {REPLICA_HEADER}: {replica!r}"
            assert session.replica_cookie() == replica
            assert session.replicas_in_headers() == {replica}, "one session's requests went to several replicas"
            assert any(u.endswith("/_stcore/stream") for u in session.websockets), session.websockets
        by_session = {s.user_agent: s.document_replica() for s in sessions}
        assert set(by_session.values()) == {"r1", "r2"}, by_session
    finally:
        for session in sessions:
            session.context.close()

    logged = _wait_for_stream_logs(replicas, set(by_session))
    for user_agent, replica in by_session.items():
        mine = [r for r in logged if r["ua"] == user_agent]
        streams = [r for r in mine if r["path"] == "/_stcore/stream"]
        assert streams, f"no WebSocket of {user_agent} in the proxy log"
        # The WebSocket upgrade carried the cookie of the page load and reached that same replica.
        assert {(r["server"], r["sticky"], r["status"]) for r in streams} == {(replica, replica, "101")}, streams
        assert {r["server"] for r in mine} == {replica}, mine


def _chart_trace_names(page) -> list[str]:
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    return page.evaluate("() => { const el = document.querySelector('.js-plotly-plot');"
                         " return el && el.data ? el.data.map(t => t.name) : []; }")


def test_a_filtered_session_changes_a_control_through_the_proxy(browser, replicas):
    session = Session(browser, replicas.url, "filtered")
    page = session.page
    try:
        open_page(page, replicas.url + "/chronology?faction=kh")
        session.assert_clean()
        assert "Kata'ib Hezbollah" in _chart_trace_names(page)
        streams_before = list(session.websockets)
        page.locator("[data-testid=stRadio]", has_text="Lanes").get_by_text("event type", exact=True).click()
        page.wait_for_function("() => decodeURIComponent(location.search).includes('lanes=event_type')",
                               timeout=30_000)
        wait_rendered(page)
        session.assert_clean()
        assert "faction=kh" in page.url.lower()
        # The rerun travelled over the open WebSocket: no reconnect, still the same replica.
        assert session.websockets == streams_before
        assert session.replicas_in_headers() == {session.replica_cookie()}
    finally:
        session.context.close()


def test_static_files_are_served_by_either_replica(replicas):
    expected = (ROOT / "static" / "favicon.png").read_bytes()
    for replica in ("r1", "r2"):
        request = urllib.request.Request(replicas.url + "/app/static/favicon.png",
                                         headers={"Cookie": f"{REPLICA_COOKIE}={replica}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers[REPLICA_HEADER] == replica
            assert response.read() == expected


def test_stopping_the_launcher_leaves_no_process_behind(replicas):
    pids = replicas.pids()
    assert set(pids) == {"r1", "r2", "proxy"}, pids
    config = re.search(r"config (\S+haproxy\.cfg)", replicas.log())
    assert config, replicas.log()[-2000:]
    port = urlparse(replicas.url).port
    replicas.proc.send_signal(signal.SIGTERM)
    assert replicas.proc.wait(timeout=60) == 0, replicas.log()[-3000:]
    assert not [name for name, pid in pids.items() if _alive(pid)], replicas.log()[-3000:]
    assert not [p for p in (port, port + 1, port + 2) if _listening(p)]
    assert not Path(config.group(1)).parent.exists()
    assert replicas.log().rstrip().endswith("stopped")
