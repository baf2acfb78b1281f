"""A local SPARQL 1.1 endpoint: the ``oxigraph serve`` server over an on-disk store.

We do not write an HTTP server: the ``oxigraph`` package (PyPI) ships a well-kept
one with the YASGUI query page at ``/``, ``/query`` for SPARQL, ``/update`` and
``/store`` (Graph Store Protocol) when writable. It binds 127.0.0.1 unless told
otherwise.
"""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from phakhi.errors import StoreError

DEFAULT_PORT = 7878


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program: beside this Python first, then on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed: pip install 'oxigraph>=0.5'")
    return found


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (for tests and throwaway servers)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running ``oxigraph serve``; stop it with :meth:`stop` or a ``with`` block."""

    process: subprocess.Popen
    host: str
    port: int
    log: IO[bytes]  # the server's stderr, read when it fails to start

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        return f"{self.url}/store"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def wait(self) -> None:
        """Block until the server ends; Ctrl-C or SIGTERM stop it cleanly, a crash raises."""
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            code = self.process.wait()
        except KeyboardInterrupt:
            self.stop()
            return
        finally:
            signal.signal(signal.SIGTERM, previous)
        if code != 0:
            self.log.seek(0)
            message = self.log.read().decode("utf-8", "replace").strip()
            raise StoreError(f"the oxigraph server on {self.url} stopped with code {code}: {message}")

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(location: Path | None, port: int = DEFAULT_PORT, host: str = "127.0.0.1",
          writable: bool = False, union: bool = False, timeout: float = 20.0) -> Server:
    """Start the server on ``location`` (None: in memory, writable) and wait until it answers.

    ``union``: queries read the union of the named graphs, as a store filled by
    ``phakhi push`` needs; a store made by ``phakhi.store.load`` already holds
    the merged graph as its default graph, so it is served without.
    """
    if location is None and not writable:
        raise StoreError("an in-memory server must be writable, or give a store location")
    _check_free(host, port)
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only",
               "--bind", f"{host}:{port}"] + (["--union-default-graph"] if union else [])
    if location is not None:
        command += ["--location", str(location)]
    log = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server never blocks on it
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    server = Server(process, host, port, log)
    _wait_ready(server, timeout)
    return server


def _check_free(host: str, port: int) -> None:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise StoreError(f"{host}:{port}: port {port} is in use ({exc.strerror}); choose another with --port") from exc


def _wait_ready(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            server.log.seek(0)
            message = server.log.read().decode("utf-8", "replace").strip()
            raise StoreError(f"the oxigraph server stopped at start on port {server.port}: {message}")
        try:
            socket.create_connection((server.host, server.port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise StoreError(f"the oxigraph server did not answer on {server.url} within {timeout:.0f}s")


@contextmanager
def served(spec: str | None, graph: Path | None, port: int = DEFAULT_PORT, host: str = "127.0.0.1",
           writable: bool = False) -> Iterator[Server]:
    """Serve an Oxigraph store (``oxigraph:PATH``) or a graph file loaded into a throwaway store."""
    from phakhi.store import load, parse_spec

    scheme = (spec or "memory").partition(":")[0]
    if scheme == "oxigraph":
        location = Path(parse_spec(spec)[1])
        if not (location / "CURRENT").is_file():
            raise StoreError(f"{location}: no Oxigraph store here; create it with `phakhi build --store {spec}`")
        with start(location, port, host, writable) as server:
            yield server
        return
    if scheme != "memory":
        raise StoreError(f"{spec}: already a SPARQL endpoint; serve a graph file or an oxigraph:PATH store")
    named = (spec or "").partition(":")[2]
    with tempfile.TemporaryDirectory(prefix="phakhi-serve-") as folder:
        load(f"oxigraph:{folder}", Path(named) if named else graph or Path("output/graph.ttl"))
        with start(Path(folder), port, host, writable) as server:
            yield server
