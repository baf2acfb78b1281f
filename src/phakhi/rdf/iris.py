"""Minting IRIs: deterministic, from the content that identifies each thing.

The same person (same normalised full name) gets the same IRI in every article
and every run; so do places (by DOPA code), organisations and roles (by the key
``phakhi.resolve`` gives them). Events, posts, annotations and sentences belong
to one article. No blank nodes: SPARQL stores reject them on update.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from phakhi.rdf.namespaces import ID
from phakhi.text.normalise import squash


def digest(*parts: str) -> str:
    """A short stable hash of the parts (16 hex digits)."""
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def article_iri(path: str, id: str | None = None) -> URIRef:
    """The article's IRI mirrors its relative path: the last segment is the file name.

    A record id that holds ``/`` (JSON Lines: path ``dump.jsonl/news/1``, id
    ``news/1``) stays one segment: ``…/dump.jsonl/news%2F1``.
    """
    if id and "/" in id and path.endswith("/" + id):
        return ID[f"article/{quote(path[:-len(id)], safe='/')}{quote(id, safe='')}"]
    return ID[f"article/{quote(path, safe='/')}"]


def sentence_iri(article: URIRef, start: int, end: int) -> URIRef:
    """A sentence as an RFC 5147 fragment of its article: …/001.txt#char=120,245."""
    return URIRef(f"{article}#char={start},{end}")


def person_iri(name: str) -> URIRef:
    return ID[f"person/{digest(squash(name))}"]


def org_iri(key: str) -> URIRef:
    """``key`` comes from phakhi.resolve.orgs (gazetteer name or normalised form)."""
    return ID[f"org/{digest(key)}"]


def place_iri(kind: str, code: str | None, name: str, province: str | None) -> URIRef:
    if code:
        return ID[f"place/{kind.lower()}/{code}"]
    return ID[f"place/{kind.lower()}/{digest(squash(name), province or '')}"]


def programme_iri(name: str) -> URIRef:
    return ID[f"programme/{digest(squash(name))}"]


def role_iri(key: str) -> URIRef:
    """``key`` comes from phakhi.resolve.roles: ผอ. and ผู้อำนวยการ share one."""
    return ID[f"role/{digest(key)}"]


ROLES_SCHEME = ID["roles"]


def run_iri(version: str) -> URIRef:
    """The extraction run: one per tool version, so the graph carries no timestamp."""
    return ID[f"run/phakhi-{version}"]


def agent_iri(version: str) -> URIRef:
    return ID[f"agent/phakhi-{version}"]


def statement_iri(subject: URIRef, predicate: URIRef, obj: str) -> URIRef:
    """A relation as a resource of its own, so evidence can point at it."""
    return ID[f"statement/{digest(str(subject), str(predicate), obj)}"]


def local_iri(kind: str, article: str, *parts: str) -> URIRef:
    """Things that belong to one article: events, posts, annotations."""
    return ID[f"{kind}/{digest(article, *parts)}"]
