"""Minting IRIs: deterministic, from the content that identifies each thing.

The same person (same normalised full name) gets the same IRI in every article
and every run; so do provinces (by DOPA code) and organisations (by their
canonical name). Events, posts and annotations belong to one article.
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


def article_iri(path: str) -> URIRef:
    """The article's IRI mirrors its relative path: the last segment is the file name."""
    return ID[f"article/{quote(path, safe='/')}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{digest(squash(name))}"]


def org_iri(canonical: str) -> URIRef:
    return ID[f"org/{digest(canonical)}"]


def place_iri(kind: str, code: str | None, name: str, province: str | None) -> URIRef:
    if code:
        return ID[f"place/{kind.lower()}/{code}"]
    return ID[f"place/{kind.lower()}/{digest(squash(name), province or '')}"]


def programme_iri(name: str) -> URIRef:
    return ID[f"programme/{digest(squash(name))}"]


def role_iri(role: str) -> URIRef:
    return ID[f"role/{digest(squash(role))}"]


def local_iri(kind: str, article: str, *parts: str) -> URIRef:
    """Things that belong to one article: events, posts, annotations."""
    return ID[f"{kind}/{digest(article, *parts)}"]
