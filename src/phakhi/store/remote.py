"""The ``sparql:URL`` store: any SPARQL 1.1 endpoint over HTTP (Oxigraph, Fuseki, GraphDB, …).

Queries go out as a POSTed form with parameters in an escaped VALUES block, and
answers come back as SPARQL Results JSON. Pushed article graphs are named
graphs, so the endpoint must present their union as its default graph
(Oxigraph ``--union-default-graph``, Fuseki ``unionDefaultGraph``).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlencode

from rdflib.term import Identifier

from phakhi.errors import QueryError, StoreError
from phakhi.store.http import HttpClient, check_url
from phakhi.store.query import QueryFile
from phakhi.store.results import Table, table_from_json

RESULTS_JSON = "application/sparql-results+json"


class RemoteStore:
    """A SPARQL endpoint; ``client`` carries the retries and the credentials from the environment."""

    def __init__(self, endpoint: str, client: HttpClient | None = None):
        self.endpoint = check_url(endpoint)
        self.client = client or HttpClient()
        self.spec = f"sparql:{endpoint}"

    @classmethod
    def open(cls, location: str, graph: Path | None) -> RemoteStore:
        if graph is not None:
            raise StoreError(f"--graph is for the memory store; {location} is a server: push files to it with `phakhi push`")
        return cls(location)

    def select(self, query: QueryFile, bindings: Mapping[str, Identifier] | None = None) -> Table:
        query.check_params(bindings or {})
        return self.select_text(query.for_engine(bindings or {}), str(query.path))

    def select_text(self, text: str, name: str = "query") -> Table:
        """Run a SELECT given as text; ``name`` says which query an error is about."""
        response = self.client.request(
            "POST", self.endpoint, urlencode({"query": text}).encode("utf-8"),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON},
        )
        detail = response.body[:300].decode("utf-8", "replace")
        if response.status == 400:
            raise QueryError(f"{name}: {self.endpoint} rejected the query ({detail})")
        if not response.ok:
            raise StoreError(f"{self.endpoint}: HTTP {response.status} ({detail}); check the URL and credentials")
        try:
            return table_from_json(json.loads(response.body))
        except (ValueError, KeyError) as exc:
            raise StoreError(f"{self.endpoint}: the answer is not SPARQL Results JSON; is it a SPARQL endpoint?") from exc

    def close(self) -> None:
        self.client.close()


def load(location: str, path: Path) -> None:
    """Push the article graphs of ``path`` to the endpoint (see :func:`phakhi.store.push.push`)."""
    from phakhi.store.push import push

    push(path, location)
