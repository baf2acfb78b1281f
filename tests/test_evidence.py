"""Evidence: every mention and relation points at the exact characters it was read from."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from phakhi import __version__
from phakhi.rdf.convert import article_graph
from phakhi.rdf.namespaces import DCTERMS, NIF, OA, ORG, PH, PROV, RDF, SCHEMA, XSD
from phakhi.records import Event, Evidence, Extraction, Organization, Person, Place, PlaceType, Post, UnitOf
from rdfcases import article, ev

def evidence_rows(graph: Graph):
    """(target, text, start, end, exact, sentence begin, sentence end, sentence text) per annotation."""
    for ann in graph.subjects(RDF.type, OA.Annotation):
        target = graph.value(ann, OA.hasTarget)
        text = graph.value(graph.value(target, OA.hasSource), SCHEMA.text)
        selectors = {graph.value(s, RDF.type): s for s in graph.objects(target, OA.hasSelector)}
        pos, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        sentence = graph.value(target, PH.sentence)
        yield (target, text, graph.value(pos, OA.start), graph.value(pos, OA.end), graph.value(quote, OA.exact),
               graph.value(sentence, NIF.beginIndex), graph.value(sentence, NIF.endIndex),
               graph.value(sentence, NIF.anchorOf))


@pytest.mark.parametrize("fixture", ["gold_graph", "seed_graph"])
def test_stored_text_at_the_offsets_is_the_quote(fixture, request):
    graph: Graph = request.getfixturevalue(fixture)
    rows = list(evidence_rows(graph))
    if fixture == "gold_graph":
        assert len(rows) > 100  # the gold records give evidence for most entities
    for target, text, start, end, exact, b, e, anchor in rows:
        text, start, end, b, e = str(text), int(start), int(end), int(b), int(e)
        assert text[start:end] == str(exact), target
        assert b <= start and end <= e, target  # the sentence holds the quote
        assert text[b:e] == str(anchor), target


def test_no_blank_nodes(gold_graph):
    assert not [t for triple in gold_graph for t in triple if isinstance(t, BNode)]


TEXT = """สพม.จัดเวทีประชาคมตำบลเข้มแข็ง
วันที่ 5 มีนาคม 2567 สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง จัดเวทีประชาคมตำบลเข้มแข็ง ณ ห้องประชุมเทศบาลเมืองกันตัง จังหวัดตรัง มีผู้เข้าร่วม 80 คน
โดยมีนายประเสริฐ ทองดี ผู้อำนวยการกองส่งเสริมชุมชน สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง เป็นประธานเปิดงาน"""


@pytest.fixture(scope="module")
def relations() -> tuple[Extraction, Graph]:
    a = article("news/trang.txt", TEXT, date="2024-03-06", title="สพม.จัดเวทีประชาคมตำบลเข้มแข็ง")
    office = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง"
    ex = Extraction(
        article=a,
        persons=(Person("person:1", "ประเสริฐ ทองดี", "นาย", (ev(a, "นายประเสริฐ ทองดี", "person.title-name", 0.95),)),),
        organizations=(
            Organization("org:1", office, mentions=(ev(a, office), ev(a, office, nth=1))),
            Organization("org:2", "กองส่งเสริมชุมชน", mentions=(ev(a, "กองส่งเสริมชุมชน"),)),
        ),
        places=(
            Place("province:1", "ตรัง", PlaceType.PROVINCE, "ตรัง", mentions=(ev(a, "จังหวัดตรัง", nth=1),)),
            Place("venue:1", "ห้องประชุมเทศบาลเมืองกันตัง", PlaceType.VENUE, "ตรัง", within="province:1",
                  mentions=(ev(a, "ห้องประชุมเทศบาลเมืองกันตัง"),)),
        ),
        events=(Event(
            "event:1", "เวทีประชาคมตำบลเข้มแข็ง", start="2024-03-05", participants=80, venue="venue:1",
            organizers=("org:1",), chair="person:1", mentions=(ev(a, "เวทีประชาคมตำบลเข้มแข็ง", nth=1),),
            evidence=(("start", ev(a, "5 มีนาคม 2567", "date.thai", 0.9)),
                      ("participants", ev(a, "ผู้เข้าร่วม 80 คน", "count.participants", 0.7)),
                      ("venue", ev(a, "ณ ห้องประชุมเทศบาลเมืองกันตัง", "venue.na")),
                      ("chair", ev(a, "เป็นประธานเปิดงาน", "event.chair", 0.6)),
                      ("organizer:org:1", ev(a, office + " จัดเวที", "event.organizer", 0.85))),
        ),),
        posts=(Post("person:1", "ผู้อำนวยการ", "org:2", ev(a, "ผู้อำนวยการกองส่งเสริมชุมชน", "post.role-org")),),
        units=(UnitOf("org:2", "org:1", ev(a, "กองส่งเสริมชุมชน สำนักงานพัฒนา", "unit.adjacent", 0.75)),),
    )
    return ex, article_graph(ex)[1]


def _supported(graph: Graph, s: URIRef, p: URIRef, o) -> list[Literal]:
    """Confidences of the annotations whose body is the reified (s, p, o)."""
    return [graph.value(ann, PH.confidence)
            for stmt in graph.subjects(RDF.subject, s)
            if graph.value(stmt, RDF.predicate) == p and graph.value(stmt, RDF.object) == o
            for ann in graph.subjects(OA.hasBody, stmt)]


def test_every_event_fact_has_its_own_evidence(relations):
    ex, graph = relations
    event = next(graph.subjects(RDF.type, SCHEMA.Event))
    org = next(graph.subjects(ORG.hasUnit, None))
    person = next(graph.subjects(RDF.type, SCHEMA.Person))
    venue = graph.value(event, SCHEMA.location)
    expected = {
        (SCHEMA.startDate, Literal("2024-03-05", datatype=XSD.date)): "0.900",
        (PH.participantCount, Literal(80, datatype=XSD.integer)): "0.700",
        (SCHEMA.location, venue): "0.800",
        (PH.chair, person): "0.600",
        (SCHEMA.organizer, org): "0.850",
    }
    for (p, o), confidence in expected.items():
        assert [str(c) for c in _supported(graph, event, p, o)] == [confidence], p


def test_post_and_unit_have_evidence(relations):
    _, graph = relations
    post = next(graph.subjects(RDF.type, ORG.Post))
    anns = list(graph.subjects(OA.hasBody, post))
    assert [str(graph.value(a, PH.rule)) for a in anns] == ["post.role-org"]
    unit, parent = next(graph.subject_objects(ORG.unitOf))
    assert [str(c) for c in _supported(graph, unit, ORG.unitOf, parent)] == ["0.750"]


def test_every_mention_is_an_annotation_of_its_entity(relations):
    ex, graph = relations
    office = next(s for s in graph.subjects(ORG.hasUnit, None))
    assert len(list(graph.subjects(OA.hasBody, office))) == 2  # mentioned twice


def test_confidence_filters_in_sparql(relations):
    _, graph = relations
    q = """SELECT ?rule WHERE { ?a ph:confidence ?c ; ph:rule ?rule . FILTER (?c < 0.75) } ORDER BY ?rule"""
    rules = [str(r[0]) for r in graph.query(q, initNs={"ph": PH._NS})]
    assert rules == ["count.participants", "event.chair"]


def test_article_metadata_and_run(relations):
    ex, graph = relations
    a = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert str(a).endswith("/article/news/trang.txt")
    assert graph.value(a, DCTERMS.title) == Literal("สพม.จัดเวทีประชาคมตำบลเข้มแข็ง", lang="th")
    assert graph.value(a, DCTERMS.date) == Literal("2024-03-06", datatype=XSD.date)
    assert str(graph.value(a, DCTERMS.source)) == "news/trang.txt"
    run = graph.value(a, PROV.wasGeneratedBy)
    assert (run, RDF.type, PROV.Activity) in graph
    agent = graph.value(run, PROV.wasAssociatedWith)
    assert str(graph.value(agent, SCHEMA.softwareVersion)) == __version__


def test_wrong_offsets_are_moved_to_the_quote_and_missing_quotes_dropped():
    a = article("x.txt", "นายสมชาย ใจดี กล่าวเปิดงาน และนายสมชาย ใจดี มอบรางวัล")
    moved = Evidence(3, 10, "สมชาย ใจดี", "r")  # offsets one off
    absent = Evidence(0, 5, "สมหญิง", "r")
    _, graph = article_graph(Extraction(a, persons=(Person("p", "สมชาย ใจดี", "นาย", (moved, absent)),)))
    starts = [int(o) for o in graph.objects(None, OA.start)]
    assert starts == [3]
    assert len(list(graph.subjects(RDF.type, OA.Annotation))) == 1
