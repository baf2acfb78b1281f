"""A small HTTP client for SPARQL servers: keep-alive, retries with backoff, credentials from env.

Credentials come only from the environment, never from the command line, a URL
or a log line: ``PHAKHI_SPARQL_TOKEN`` (sent as a Bearer token) or
``PHAKHI_SPARQL_USER`` with ``PHAKHI_SPARQL_PASSWORD`` (HTTP Basic).
"""
from __future__ import annotations

import base64
import http.client
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from phakhi.errors import StoreError

TOKEN_VAR, USER_VAR, PASSWORD_VAR = "PHAKHI_SPARQL_TOKEN", "PHAKHI_SPARQL_USER", "PHAKHI_SPARQL_PASSWORD"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Retry:
    """How hard to try: ``attempts`` in all, waiting ``backoff`` seconds, doubled each time."""

    attempts: int = 4
    backoff: float = 0.5
    timeout: float = 60.0


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def check_url(url: str) -> str:
    """The URL if it is http(s) without credentials in it; otherwise a StoreError saying why."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{url!r}: not an http(s) URL; give e.g. http://127.0.0.1:7878/query")
    if parts.username or parts.password:
        raise StoreError(
            f"credentials in the URL of {parts.hostname} are not accepted (they would show in logs); "
            f"set {USER_VAR} and {PASSWORD_VAR}, or {TOKEN_VAR}, in the environment"
        )
    return url


def auth_header(env: Mapping[str, str]) -> dict[str, str]:
    """The Authorization header the environment asks for (empty when none is set)."""
    if env.get(TOKEN_VAR):
        return {"Authorization": f"Bearer {env[TOKEN_VAR]}"}
    if env.get(USER_VAR):
        pair = f"{env[USER_VAR]}:{env.get(PASSWORD_VAR, '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


@dataclass
class HttpClient:
    """One keep-alive connection per host; retries connection failures and 5xx/429 answers."""

    retry: Retry = field(default_factory=Retry)
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    sleep: Callable[[float], None] = time.sleep
    _connections: dict[tuple[str, str, int], http.client.HTTPConnection] = field(default_factory=dict)

    def request(self, method: str, url: str, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Response:
        """Send one request, retrying with backoff; a StoreError when every attempt failed."""
        check_url(url)
        wait, problem = self.retry.backoff, ""
        for attempt in range(1, self.retry.attempts + 1):
            try:
                response = self._send(method, url, body, {**(headers or {}), **auth_header(self.env)})
            except (OSError, http.client.HTTPException) as exc:
                self._drop(url)
                problem = f"{type(exc).__name__}: {exc}"
            else:
                if response.status not in RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status} {response.body[:200].decode('utf-8', 'replace')}"
            if attempt < self.retry.attempts:
                self.sleep(wait)
                wait *= 2
        raise StoreError(f"{method} {_where(url)}: no answer after {self.retry.attempts} attempts ({problem})")

    def _send(self, method: str, url: str, body: bytes, headers: Mapping[str, str]) -> Response:
        parts = urlsplit(url)
        connection = self._connection(parts.scheme, parts.hostname or "", parts.port)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        connection.request(method, target, body=body or None, headers=dict(headers))
        answer = connection.getresponse()
        return Response(answer.status, answer.read(), answer.getheader("Content-Type", ""))

    def _connection(self, scheme: str, host: str, port: int | None) -> http.client.HTTPConnection:
        key = (scheme, host, port or (443 if scheme == "https" else 80))
        if key not in self._connections:
            kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            self._connections[key] = kind(host, key[2], timeout=self.retry.timeout)
        return self._connections[key]

    def _drop(self, url: str) -> None:
        parts = urlsplit(url)
        for key in [k for k in self._connections if k[1] == parts.hostname]:
            self._connections.pop(key).close()

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()


def _where(url: str) -> str:
    """The URL without its query string (it may carry a long SPARQL query)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
