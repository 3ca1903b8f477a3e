"""Server processes for the bench: the app as in production, the baseline, the balancer.

The app runs as ``dialogue run --no-demo`` (gevent, WebSocket via gevent-websocket, the
migrations applied on start), one process per worker. A sampler reads the CPU and memory
of the server processes with psutil while the load runs.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

PYTHON = sys.executable
APP_COMMAND = [PYTHON, "-c", "from dialogue.cli import main; main()"]


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, get SIGTERM when the bench process dies, so a
    killed bench leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class ServerError(RuntimeError):
    """A server process did not start; the message carries the end of its log."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def raise_open_files_limit(wanted: int = 65536) -> int:
    """Raise this process's (and so its children's) open-files limit as far as allowed."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        return target
    return soft


class ServerProcess:
    """One child process listening on ``port``, its output kept in ``log_path``."""

    def __init__(self, name: str, command: list[str], port: int, log_path: Path,
                 env: dict[str, str] | None = None, ready_path: str = "/"):
        self.name, self.command, self.port = name, command, port
        self.log_path, self.env, self.ready_path = log_path, env, ready_path
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The started child's process id."""
        if self.process is None:
            raise ServerError(f"{self.name} has not been started")
        return self.process.pid

    def start(self) -> ServerProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child writes to it until stop()
        self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT,
                                        env=self.env, stdin=subprocess.DEVNULL,
                                        preexec_fn=_die_with_parent)
        log.close()
        return self

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Wait until the server answers HTTP (any status): migrations and start-up done."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ServerError(f"{self.name} exited with {self.process.returncode}:\n"
                                  f"{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + self.ready_path, timeout=2).close()
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.2)
        raise ServerError(f"{self.name} did not answer within {timeout:.0f} s:\n"
                          f"{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def app_server(port: int, env: dict[str, str], log_path: Path) -> ServerProcess:
    """The app as in production. DIALOGUE_ASYNC_MODE is left unset on purpose: then
    ``dialogue run`` monkey-patches with gevent first and serves with gevent."""
    env = {key: value for key, value in env.items() if key != "DIALOGUE_ASYNC_MODE"}
    return ServerProcess(f"app:{port}", APP_COMMAND + ["run", "--no-demo", "--port", str(port)],
                         port, log_path, env, ready_path="/join")


def baseline_server(port: int, log_path: Path) -> ServerProcess:
    return ServerProcess(f"baseline:{port}",
                         [PYTHON, "-m", "dialogue.bench.baseline", "--port", str(port)],
                         port, log_path, dict(os.environ), ready_path="/bench/counts")


def balancer(port: int, backends: list[ServerProcess], log_path: Path) -> ServerProcess:
    command = [PYTHON, "-m", "dialogue.bench.balancer", "--port", str(port)]
    for backend in backends:
        command += ["--backend", f"127.0.0.1:{backend.port}"]
    return ServerProcess(f"balancer:{port}", command, port, log_path, dict(os.environ),
                         ready_path="/join")


class ResourceSampler:
    """Samples CPU (% of one core, summed) and resident memory of some processes."""

    def __init__(self, pids: list[int], interval: float = 0.5):
        self.processes = [psutil.Process(pid) for pid in pids]
        self.interval = interval
        self.rss_peak = 0
        self.cpu_samples: list[float] = []
        self._known: dict[int, psutil.Process] = {}
        self.phase = "join"  # CPU is averaged over the "load" phase only
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _family(self) -> list[psutil.Process]:
        """The processes and their children, the same objects each time (psutil measures
        CPU between two calls on one object)."""
        family = []
        for process in self.processes:
            try:
                family += [process] + process.children(recursive=True)
            except psutil.Error:
                continue
        for process in family:
            self._known.setdefault(process.pid, process)
        return [self._known[process.pid] for process in family]

    def _run(self) -> None:
        for process in self._family():
            try:
                process.cpu_percent(None)
            except psutil.Error:
                pass
        while not self._stop.wait(self.interval):
            rss = cpu = 0.0
            for process in self._family():
                try:
                    rss += process.memory_info().rss
                    cpu += process.cpu_percent(None)
                except psutil.Error:
                    continue
            self.rss_peak = max(self.rss_peak, int(rss))
            if self.phase == "load":
                self.cpu_samples.append(cpu)

    def start(self) -> ResourceSampler:
        self._thread.start()
        return self

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join(timeout=5)
        mean = sum(self.cpu_samples) / len(self.cpu_samples) if self.cpu_samples else None
        return {"rss_mb": round(self.rss_peak / 2**20, 1) if self.rss_peak else None,
                "cpu_percent": None if mean is None else round(mean, 1),
                "cpu_peak_percent": round(max(self.cpu_samples), 1) if self.cpu_samples
                else None}
