"""Evidence as W3C Web Annotations: which article, which sentence, which characters.

Every entity mention and every relation gets an ``oa:Annotation`` whose body is
the thing it supports (an entity, a post, or a relation reified as an
``rdf:Statement``) and whose target selects the exact characters of the stored
article text (``schema:text``) by position and by quote. All nodes have IRIs.
"""
from __future__ import annotations

from functools import cached_property, lru_cache

from rdflib import Graph, Literal, URIRef

from phakhi.records import Article, Evidence
from phakhi.rdf.iris import local_iri, sentence_iri, statement_iri
from phakhi.rdf.namespaces import DCTERMS, NIF, OA, PH, RDF, XSD, terms

# Each term made once (rdflib namespaces build a new URIRef per attribute access).
DCTERMS, NIF, OA, PH, RDF, XSD = terms(DCTERMS, NIF, OA, PH, RDF, XSD)


@lru_cache(maxsize=1 << 14)
def _offset(value: int) -> Literal:
    """Literals repeat (offsets, rules, quotes, confidences): each is made once per process."""
    return Literal(value, datatype=XSD.nonNegativeInteger)


@lru_cache(maxsize=1 << 14)
def _plain(text: str) -> Literal:
    return Literal(text)


@lru_cache(maxsize=1 << 10)
def _confidence(value: float) -> Literal:
    return Literal(f"{min(max(value, 0.0), 1.0):.3f}", datatype=XSD.decimal)


def _located(text: str, ev: Evidence) -> Evidence | None:
    """``ev`` with offsets that really hold its quote: the nearest occurrence, or None."""
    if text[ev.start:ev.end] == ev.quote and ev.quote:
        return ev
    hits = []
    at = text.find(ev.quote) if ev.quote else -1
    while at >= 0:
        hits.append(at)
        at = text.find(ev.quote, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - ev.start))
    return Evidence(best, best + len(ev.quote), ev.quote, ev.rule, ev.confidence)


class EvidenceWriter:
    """Adds annotations for one article's evidence to ``graph`` (a Graph or a ``context.Triples``)."""

    def __init__(self, graph: Graph, article: Article, article_iri: URIRef):
        self.g, self.article, self.article_iri = graph, article, article_iri
        self._sentence_nodes: dict[tuple[int, int], URIRef] = {}

    @cached_property
    def _sentences(self) -> tuple[tuple[int, int], ...]:
        from phakhi.text.segment import segment  # sentence boundaries are the text stage's business

        return tuple((z.start, z.end) for z in segment(self.article).sentences)

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (or run of sentences) holding [start, end); its line if none does."""
        spans = [(s, e) for s, e in self._sentences if s < max(end, start + 1) and e > start]
        if spans:
            return min(start, spans[0][0]), max(end, spans[-1][1])
        text = self.article.text
        line_end = text.find("\n", end)
        return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end

    def annotate(self, body: URIRef, ev: Evidence | None, motivation: URIRef = OA.identifying) -> None:
        """One annotation: ``body`` is supported by the characters ``ev`` selects."""
        if ev is None or (ev := _located(self.article.text, ev)) is None:
            return
        add = self.g.add
        ann = local_iri("ann", self.article.path, str(body), str(ev.start), str(ev.end), ev.rule)
        target, pos, quote = URIRef(f"{ann}#target"), URIRef(f"{ann}#position"), URIRef(f"{ann}#quote")
        add((ann, RDF.type, OA.Annotation))
        add((ann, OA.hasBody, body))
        add((ann, OA.hasTarget, target))
        add((ann, OA.motivatedBy, motivation))
        add((ann, PH.rule, _plain(ev.rule)))
        add((ann, PH.confidence, _confidence(ev.confidence)))
        add((target, RDF.type, OA.SpecificResource))
        add((target, OA.hasSource, self.article_iri))
        add((target, OA.hasSelector, pos))
        add((target, OA.hasSelector, quote))
        add((target, PH.sentence, self.sentence(*(ev.sentence or self.sentence_of(ev.start, ev.end)))))
        add((pos, RDF.type, OA.TextPositionSelector))
        add((pos, OA.start, _offset(ev.start)))
        add((pos, OA.end, _offset(ev.end)))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, _plain(ev.quote)))

    def sentence(self, start: int, end: int) -> URIRef:
        """The sentence node: its offsets and text (NIF), part of the article (added once)."""
        iri = self._sentence_nodes.get((start, end))
        if iri is not None:
            return iri
        iri = self._sentence_nodes[start, end] = sentence_iri(self.article_iri, start, end)
        self.g.add((iri, RDF.type, NIF.Sentence))
        self.g.add((iri, NIF.beginIndex, _offset(start)))
        self.g.add((iri, NIF.endIndex, _offset(end)))
        self.g.add((iri, NIF.anchorOf, Literal(self.article.text[start:end])))
        self.g.add((iri, DCTERMS.isPartOf, self.article_iri))
        return iri

    def statement(self, subject: URIRef, predicate: URIRef, obj: URIRef | Literal, ev: Evidence | None) -> None:
        """Evidence for one relation: the triple reified under its own IRI, then annotated."""
        if ev is None:
            return
        stmt = statement_iri(subject, predicate, obj.n3())
        self.g.add((stmt, RDF.type, RDF.Statement))
        self.g.add((stmt, RDF.subject, subject))
        self.g.add((stmt, RDF.predicate, predicate))
        self.g.add((stmt, RDF.object, obj))
        self.annotate(stmt, ev, OA.describing)
