"""Places link to official identifiers, only as far as the article allows."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from phakhi.rdf.namespaces import GEO, ID, OWL, PH, RDF, RDFS, SCHEMA, WD, XSD
from phakhi.records import Event, Extraction, Place, PlaceType
from phakhi.resolve.places import district, link_place, province, subdistrict
from phakhi.store.query import find_query, load_query, run
from rdfcases import article, ev, merged

TEXT = """ชุมชนควนขนุนร่วมฟื้นฟูป่าพรุ
วันที่ 3 กุมภาพันธ์ 2567 ที่ศาลาประชาคมบ้านทะเลน้อย ตำบลควนขนุน อำเภอควนขนุน จังหวัดพัทลุง ชาวบ้านร่วมฟื้นฟูป่าพรุ
ส่วนที่ตำบลหนองบัว อำเภอเมือง มีการประชุมเครือข่ายเช่นกัน ในพื้นที่ภาคใต้"""


def places_of(text_article) -> tuple[Place, ...]:
    a = text_article
    return (
        Place("province:1", "พัทลุง", PlaceType.PROVINCE, "พัทลุง", mentions=(ev(a, "จังหวัดพัทลุง"),)),
        Place("district:1", "ควนขนุน", PlaceType.DISTRICT, "พัทลุง", within="province:1",
              mentions=(ev(a, "อำเภอควนขนุน"),)),
        Place("subdistrict:1", "ควนขนุน", PlaceType.SUBDISTRICT, "พัทลุง", within="district:1",
              mentions=(ev(a, "ตำบลควนขนุน"),)),
        Place("venue:1", "ศาลาประชาคมบ้านทะเลน้อย", PlaceType.VENUE, "พัทลุง", within="subdistrict:1",
              mentions=(ev(a, "ศาลาประชาคมบ้านทะเลน้อย"),)),
        Place("district:2", "เมือง", PlaceType.DISTRICT, None, mentions=(ev(a, "อำเภอเมือง"),)),
        Place("region:1", "ภาคใต้", PlaceType.REGION, None, mentions=(ev(a, "ภาคใต้", nth=0),)),
    )


@pytest.fixture(scope="module")
def graph() -> Graph:
    a = article("2024/phatthalung.txt", TEXT, date="2024-02-03")
    places = places_of(a)
    event = Event("event:1", "ฟื้นฟูป่าพรุ", start="2024-02-03", venue="venue:1", mentions=(ev(a, "ฟื้นฟูป่าพรุ"),))
    return merged(Extraction(article=a, places=places, events=(event,)))


PROVINCE = ID["place/province/93"]


def test_province_carries_official_identifiers(graph):
    assert (PROVINCE, RDF.type, PH.Province) in graph
    assert graph.value(PROVINCE, PH.dopaCode) == Literal("93")
    assert graph.value(PROVINCE, PH.iso3166Code) == Literal("TH-93")
    assert set(graph.objects(PROVINCE, OWL.sameAs)) == {WD.Q243808, URIRef("https://sws.geonames.org/1607778/")}
    assert graph.value(PROVINCE, GEO.lat).datatype == XSD.decimal
    assert 5 < float(graph.value(PROVINCE, GEO.lat)) < 8 and 99 < float(graph.value(PROVINCE, GEO.long)) < 101
    assert Literal("Phatthalung", lang="en") in set(graph.objects(PROVINCE, RDFS.label))


def test_containment_chain_subdistrict_to_country(graph):
    chain = []
    node = ID["place/subdistrict/930501"]
    while node is not None:
        chain.append(str(node).rsplit("place/", 1)[1])
        node = graph.value(node, SCHEMA.containedInPlace)
    assert chain == ["subdistrict/930501", "district/9305", "province/93", "region/south", "country/TH"]


def test_repeated_tambon_name_resolved_by_its_district(graph):
    # ควนขนุน is a tambon in two districts of Phatthalung; the article's district decides
    assert subdistrict("ควนขนุน", "93") is None
    assert subdistrict("ควนขนุน", "93", "9305").code == "930501"
    assert ID["place/subdistrict/930302"] not in set(graph.subjects())


def test_district_without_province_is_not_linked(graph):
    unlinked = [s for s in graph.subjects(SCHEMA.name, Literal("เมือง", lang="th"))]
    assert len(unlinked) == 1
    assert graph.value(unlinked[0], PH.dopaCode) is None
    assert graph.value(unlinked[0], SCHEMA.containedInPlace) is None
    assert district("เมือง", None) is None and district("เมือง", "93").code == "9301"


def test_venue_lies_in_the_linked_chain_and_queries_find_its_province(graph):
    rows = run(graph, load_query(find_query("places"))).rows
    by_name = {str(r[1]): r for r in rows}
    assert str(by_name["ศาลาประชาคมบ้านทะเลน้อย"][3]) == "พัทลุง"
    assert str(by_name["ควนขนุน"][3]) == "พัทลุง"
    events = run(graph, load_query(find_query("events"))).rows
    assert [(str(r[4]), str(r[5])) for r in events] == [("ศาลาประชาคมบ้านทะเลน้อย", "พัทลุง")]


def test_region_is_linked_to_the_six_regions(graph):
    south = ID["place/region/south"]
    assert (south, RDF.type, PH.Region) in graph
    assert Literal("South", lang="en") in set(graph.objects(south, RDFS.label))


def test_province_by_abbreviation_and_code():
    assert province("กทม.").code == province("กรุงเทพฯ").code == province("10").code == "10"
    assert province("ไม่มีจังหวัดนี้") is None


def test_place_code_from_the_recogniser_is_trusted_only_for_its_kind():
    places = {}
    wrong = Place("p", "พัทลุง", PlaceType.PROVINCE, code="9301")  # a district code on a province
    assert link_place(wrong, places).code == "93"
