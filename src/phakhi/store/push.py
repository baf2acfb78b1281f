"""Push article graphs to a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.

Each article's named graph (named by the article's IRI) is sent with ``PUT``,
so pushing again replaces it instead of adding a second copy. Blank nodes are
refused before anything is sent: a server would mint new ones on every push.
When the server is down or refuses, the error lists what was pushed and what
was not, so the same command can simply be run again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from phakhi.errors import GraphError, PushError, StoreError
from phakhi.store.http import HttpClient, check_url

NTRIPLES = "application/n-triples"
_QUAD_FORMATS = {".nq": "N_QUADS", ".trig": "TRIG"}
_LISTED = 20


@dataclass(frozen=True)
class ArticleGraph:
    """One article's triples, ready to send: its graph IRI and N-Triples body."""

    iri: str
    body: bytes
    triples: int


@dataclass(frozen=True)
class PushReport:
    pushed: tuple[str, ...]
    triples: int
    left_out: int  # triples outside any named graph: not pushed


def graph_store_url(endpoint: str) -> str:
    """The Graph Store URL next to a query endpoint: Oxigraph's …/query → …/store."""
    parts = urlsplit(check_url(endpoint))
    head, _, last = parts.path.rstrip("/").rpartition("/")
    path = f"{head}/store" if last in ("query", "sparql") else parts.path.rstrip("/") + "/store"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def graph_url(store: str, iri: str) -> str:
    """Indirect graph identification: ``STORE?graph=<IRI, percent-encoded>``."""
    return f"{store}{'&' if '?' in store else '?'}graph={quote(iri, safe='')}"


def read_article_graphs(path: Path) -> tuple[list[ArticleGraph], int]:
    """The named graphs of an N-Quads/TriG file, sorted by IRI, and the count of other triples."""
    import pyoxigraph as ox

    if path.suffix not in _QUAD_FORMATS:
        raise GraphError(f"{path}: push needs one named graph per article; give the build's graph.nq (or a .trig)")
    if not path.is_file():
        raise GraphError(f"{path}: no such file; run `phakhi build` first")
    graphs: dict[str, list] = {}
    left_out, blank = 0, set()
    try:
        for quad in ox.parse(path=str(path), format=getattr(ox.RdfFormat, _QUAD_FORMATS[path.suffix])):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                left_out += 1
                continue
            name = str(quad.graph_name.value)
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                blank.add(name)
            graphs.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as exc:
        raise GraphError(f"{path}: not a readable RDF file ({exc})") from exc
    if blank:
        raise GraphError(f"{path}: blank nodes in {_listing(sorted(blank))}; give every node an IRI before pushing")
    if not graphs:
        raise GraphError(f"{path}: no named graphs to push; build with a version of phakhi that writes graph.nq")
    return [ArticleGraph(iri, ox.serialize(graphs[iri], format=ox.RdfFormat.N_TRIPLES), len(graphs[iri]))
            for iri in sorted(graphs)], left_out


def push(path: Path, endpoint: str, graph_store: str | None = None, batch_size: int = 50,
         client: HttpClient | None = None, progress: Callable[[int, int], None] = lambda done, total: None
         ) -> PushReport:
    """PUT every article graph of ``path``, ``batch_size`` at a time; a PushError if one fails."""
    store = check_url(graph_store) if graph_store else graph_store_url(endpoint)
    articles, left_out = read_article_graphs(path)
    client = client or HttpClient()
    pushed: list[str] = []
    try:
        for start in range(0, len(articles), batch_size):
            for article in articles[start:start + batch_size]:
                problem = _put(client, store, article)
                if problem:
                    raise _stopped(store, problem, pushed, articles)
                pushed.append(article.iri)
            progress(len(pushed), len(articles))
    finally:
        client.close()
    return PushReport(tuple(pushed), sum(a.triples for a in articles), left_out)


def _put(client: HttpClient, store: str, article: ArticleGraph) -> str:
    """Send one article graph; what went wrong, or "" when the server took it."""
    try:
        response = client.request("PUT", graph_url(store, article.iri), article.body, {"Content-Type": NTRIPLES})
    except StoreError as exc:
        return str(exc)
    if response.ok:
        return ""
    detail = response.body[:200].decode("utf-8", "replace").strip()
    hint = " (set PHAKHI_SPARQL_USER/PHAKHI_SPARQL_PASSWORD or PHAKHI_SPARQL_TOKEN)" if response.status in (401, 403) else ""
    return f"the server refused {article.iri} with HTTP {response.status} {detail}{hint}"


def _stopped(store: str, reason: str, pushed: list[str], articles: list[ArticleGraph]) -> PushError:
    """The error that says what was pushed and what was not, and that re-running is safe."""
    done = set(pushed)
    missing = tuple(a.iri for a in articles if a.iri not in done)
    return PushError(
        f"push to {store} stopped: {reason}.\n"
        f"Pushed {len(pushed)} of {len(articles)} articles: {_listing(pushed)}.\n"
        f"Not pushed: {_listing(missing)}.\n"
        "Run the same command again once the server answers: PUT replaces, so nothing is duplicated.",
        tuple(pushed), missing,
    )


def delete(sources: Iterable[str], endpoint: str, graph_store: str | None = None,
           client: HttpClient | None = None) -> tuple[str, ...]:
    """DELETE the graphs of the given articles (IRIs, file names or relative paths)."""
    from phakhi.store.remote import RemoteStore

    store = check_url(graph_store) if graph_store else graph_store_url(endpoint)
    client = client or HttpClient()
    remote = RemoteStore(endpoint, client)
    try:
        known = [str(row[0]) for row in remote.select_text(_ARTICLE_GRAPHS, "article graphs").rows]
        iris = [_resolve(source, known) for source in sources]
        for done, iri in enumerate(iris):
            response = client.request("DELETE", graph_url(store, iri))
            if not response.ok:
                raise StoreError(f"{store}: deleting {iri} failed with HTTP {response.status}; "
                                 f"deleted before it: {_listing(iris[:done])}")
    finally:
        client.close()
    return tuple(iris)


_ARTICLE_GRAPHS = """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } } ORDER BY ?g"""


def _resolve(source: str, known: list[str]) -> str:
    """The one article graph ``source`` names: its IRI, or the end of it (``001.txt``, ``seeds/001.txt``)."""
    tail = "/" + quote(source.lstrip("/"), safe="/")
    matches = [iri for iri in known if iri == source or iri.endswith(tail)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(f"{source}: no article graph on the server matches; it holds {_listing(known)}")
    raise StoreError(f"{source}: several article graphs match ({_listing(matches)}); give the full IRI")


def _listing(items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return "none"
    shown = ", ".join(items[:_LISTED])
    return shown + (f" … and {len(items) - _LISTED} more" if len(items) > _LISTED else "")
