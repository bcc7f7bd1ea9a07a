"""Several Fasail replicas behind HAProxy with sticky sessions (see deploy/README.md).

    python deploy/serve_replicas.py --replicas 2 --port 8501

Starts replicas r1..rN (`streamlit run app.py`) on 127.0.0.1:port+1..port+N, all reading the
same data directory ($FASAIL_DATA_DIR, --data-dir, or data/), renders deploy/haproxy.cfg.in for
them, runs HAProxy in the foreground on `port`, and stops everything on Ctrl-C or SIGTERM.
Standard library only.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "haproxy.cfg.in"
HEALTH = "/_stcore/health"
_print_lock = threading.Lock()


class Stop(Exception):
    """SIGTERM or Ctrl-C: shut down in order."""


def say(line: str) -> None:
    with _print_lock:
        print(line, flush=True)


def render_config(port: int, replicas: list[tuple[str, str, int]], bind_address: str = "localhost") -> str:
    """HAProxy config: the template with one `server` line per (name, host, port) replica."""
    servers = "\n".join(f"    server {name} {host}:{rport} check inter 2s fall 2 rise 1 cookie {name}"
                        for name, host, rport in replicas)
    return string.Template(TEMPLATE.read_text()).substitute(
        bind_address=bind_address, port=port, servers=servers)


def find_haproxy(explicit: str | None) -> str | None:
    # /usr/sbin is often missing from a non-root PATH, and that is where Debian puts it.
    for candidate in (explicit, shutil.which("haproxy"), "/usr/sbin/haproxy"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + HEALTH, timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except OSError:
        return False


_prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def _die_with_launcher():
    """Child-side: get SIGTERM if the launcher dies (even by SIGKILL), so nothing is orphaned."""
    if _prctl is not None:
        _prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG


def start(name: str, cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    """Start `cmd` in its own session (Ctrl-C reaches only the launcher, which stops it in
    order) and relay its output prefixed with `name`."""
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_launcher)

    def relay():
        for raw in proc.stdout:
            say(f"[{name}] {raw.decode(errors='replace').rstrip()}")

    proc.relay = threading.Thread(target=relay, name=f"relay-{name}", daemon=True)
    proc.relay.start()
    return proc


def stop(procs: list[tuple[str, subprocess.Popen]], timeout: float = 15) -> None:
    """SIGTERM each (in the given order), then SIGKILL whatever outlives `timeout`."""
    for _, proc in procs:
        if proc.poll() is None:
            proc.terminate()
    deadline = time.monotonic() + timeout
    for name, proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop in {timeout:.0f}s: killing it")
            proc.kill()
            proc.wait()
    for _, proc in procs:   # its last lines before ours
        proc.relay.join(timeout=5)


def wait_until_healthy(name: str, proc: subprocess.Popen, url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not healthy(url):
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with code {proc.returncode} before {url}{HEALTH} answered")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} gave no answer on {url}{HEALTH} within {timeout:.0f}s")
        time.sleep(0.25)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--replicas", type=int, default=2, help="number of Streamlit processes (default 2)")
    p.add_argument("--port", type=int, default=8501, help="proxy port; replicas use port+1..port+N")
    p.add_argument("--bind", default="localhost",
                   help="address HAProxy listens on (default localhost; 0.0.0.0 for the network)")
    p.add_argument("--replica-host", default="127.0.0.1", help="address the replicas listen on")
    p.add_argument("--data-dir", type=Path, help="data directory for every replica (sets FASAIL_DATA_DIR)")
    p.add_argument("--haproxy", help="haproxy binary (default: from PATH or /usr/sbin/haproxy)")
    p.add_argument("--startup-timeout", type=float, default=120, help="seconds to wait for each replica")
    p.add_argument("--print-config", action="store_true", help="print the rendered HAProxy config and exit")
    args = p.parse_args(argv)
    if args.replicas < 1:
        p.error("--replicas must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    replicas = [(f"r{i}", args.replica_host, args.port + i) for i in range(1, args.replicas + 1)]
    config = render_config(args.port, replicas, args.bind)
    if args.print_config:
        print(config, end="")
        return 0
    haproxy = find_haproxy(args.haproxy)
    if haproxy is None:
        say("haproxy is missing: `make serve-replicas` installs it (or: apt-get install -y haproxy)")
        return 2
    busy = [p for h, p in [(args.bind, args.port)] + [(h, p) for _, h, p in replicas] if not port_is_free(h, p)]
    if busy:
        say(f"port(s) already in use: {', '.join(map(str, busy))} (choose another --port)")
        return 2

    env = dict(os.environ)
    env.setdefault("MALLOC_ARENA_MAX", "2")   # as `make run`: fewer malloc arenas per session thread
    if args.data_dir is not None:
        env["FASAIL_DATA_DIR"] = str(args.data_dir.resolve())
    workdir = Path(tempfile.mkdtemp(prefix="fasail-replicas-"))
    cfg_path = workdir / "haproxy.cfg"
    cfg_path.write_text(config)

    def on_sigterm(signum, frame):
        raise Stop()

    signal.signal(signal.SIGTERM, on_sigterm)
    running: list[tuple[str, subprocess.Popen]] = []
    code = 0
    try:
        check = subprocess.run([haproxy, "-c", "-q", "-f", str(cfg_path)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"HAProxy rejected {cfg_path}:\n{check.stdout}{check.stderr}")
        for name, host, rport in replicas:
            proc = start(name, [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
                                "--server.address", host, "--server.port", str(rport),
                                "--server.headless", "true", "--browser.gatherUsageStats", "false"], env)
            running.append((name, proc))
            say(f"replica {name} pid {proc.pid} at http://{host}:{rport}")
        for (name, host, rport), (_, proc) in zip(replicas, running):
            wait_until_healthy(name, proc, f"http://{host}:{rport}", args.startup_timeout)
        # -db: stay in the foreground; the proxy goes first in `running` so it stops first.
        proxy = start("proxy", [haproxy, "-db", "-f", str(cfg_path)])
        running.insert(0, ("proxy", proxy))
        say(f"proxy pid {proxy.pid} (HAProxy, config {cfg_path})")
        url = f"http://{'localhost' if args.bind in ('0.0.0.0', '::') else args.bind}:{args.port}"
        wait_until_healthy("proxy", proxy, url, 30)
        data = env.get("FASAIL_DATA_DIR", str(ROOT / "data"))
        say(f"Fasail: {url}  ({len(replicas)} replicas behind HAProxy, data {data}; Ctrl-C stops all)")
        while True:
            for name, proc in running:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with code {proc.returncode}")
            time.sleep(0.5)
    except (Stop, KeyboardInterrupt):
        say("stopping the proxy and the replicas")
    except RuntimeError as e:
        say(f"error: {e}")
        code = 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)   # a second SIGTERM must not cut the cleanup short
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        stop(running)
        shutil.rmtree(workdir, ignore_errors=True)
    say("stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
