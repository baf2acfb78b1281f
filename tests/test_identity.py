"""Identity: one node per person, organisation, unit and role, across articles.

Two articles written for this test: the same official in two posts a year
apart, and the same agency written three ways (full name, abbreviation and a
variant spelling).
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal

from phakhi.rdf.namespaces import FOAF, OA, ORG, RDF, SCHEMA, SKOS, XSD
from phakhi.records import Extraction, Organization, Person, Post, UnitOf
from phakhi.resolve.orgs import agencies, identify, org_key
from phakhi.resolve.roles import identify_role
from phakhi.store.query import find_query, load_query, run
from rdfcases import article, ev, merged

needs_agencies = pytest.mark.skipif(not agencies(), reason="data/agencies.csv (gazetteers) not installed")

TEXT_2023 = """พอช.จัดเวทีขบวนองค์กรชุมชนภาคใต้
วันที่ 14 สิงหาคม 2566 นายสมชาย ใจดี ผู้อำนวยการสถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) หรือ พอช. เปิดเวทีขบวนองค์กรชุมชน
โดยนายสมชายกล่าวว่า สำนักงานภาคใต้ พอช. จะสนับสนุนสภาองค์กรชุมชนตำบลทุกแห่ง"""

TEXT_2024 = """กระทรวง พม. หนุนที่อยู่อาศัยชุมชน
วันที่ 9 กันยายน 2567 นายสมชาย ใจดี รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงพื้นที่ร่วมกับสถาบันพัฒนาองค์กรชุมชน(องค์กรมหาชน)
และสำนักงานภาคใต้ สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ ร่วมติดตามโครงการบ้านมั่นคง"""

CODI = "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)"
CODI_VARIANT = "สถาบันพัฒนาองค์กรชุมชน(องค์กรมหาชน)"
MSDHS = "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
THAIHEALTH = "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ"


def extraction_2023() -> Extraction:
    a = article("2023/codi-south.txt", TEXT_2023, date="2023-08-14")
    return Extraction(
        article=a,
        persons=(Person("person:1", "สมชาย ใจดี", "นาย", (ev(a, "นายสมชาย ใจดี"), ev(a, "นายสมชาย", nth=1))),),
        organizations=(
            Organization("org:1", CODI, ("พอช.",), mentions=(ev(a, CODI), ev(a, "พอช.", nth=1))),
            Organization("org:2", "สำนักงานภาคใต้", mentions=(ev(a, "สำนักงานภาคใต้"),)),
        ),
        posts=(Post("person:1", "ผู้อำนวยการ", "org:1", ev(a, "ผู้อำนวยการสถาบันพัฒนาองค์กรชุมชน")),),
        units=(UnitOf("org:2", "org:1", ev(a, "สำนักงานภาคใต้ พอช.")),),
    )


def extraction_2024() -> Extraction:
    a = article("2024/msdhs-housing.txt", TEXT_2024, date="2024-09-09")
    return Extraction(
        article=a,
        persons=(Person("person:1", "สมชาย  ใจดี", "นาย", (ev(a, "นายสมชาย ใจดี"),)),),  # double space: same name
        organizations=(
            Organization("org:1", MSDHS, mentions=(ev(a, MSDHS),)),
            Organization("org:2", CODI_VARIANT, mentions=(ev(a, CODI_VARIANT),)),
            Organization("org:3", "สำนักงานภาคใต้", mentions=(ev(a, "สำนักงานภาคใต้"),)),
            Organization("org:4", THAIHEALTH, mentions=(ev(a, THAIHEALTH),)),
        ),
        posts=(Post("person:1", "รองปลัดกระทรวง", "org:1", ev(a, "รองปลัดกระทรวงการพัฒนาสังคม")),),
        units=(UnitOf("org:3", "org:4", ev(a, "สำนักงานภาคใต้ สำนักงานกองทุน")),),
    )


@pytest.fixture(scope="module")
def graph() -> Graph:
    return merged(extraction_2023(), extraction_2024())


def test_one_person_two_posts_two_dates(graph):
    persons = set(graph.subjects(RDF.type, SCHEMA.Person))
    assert len(persons) == 1
    (person,) = persons
    assert set(graph.objects(person, FOAF.name)) == {Literal("สมชาย ใจดี", lang="th")}
    history = run(graph, load_query(find_query("person_history")), {"person": person})
    rows = [(str(r[2]), r[5]) for r in history.rows]
    assert rows == [("ผู้อำนวยการ", Literal("2023-08-14", datatype=XSD.date)),
                    ("รองปลัดกระทรวง", Literal("2024-09-09", datatype=XSD.date))]


def test_person_mentioned_again_by_given_name_is_one_node_with_both_mentions(graph):
    (person,) = set(graph.subjects(RDF.type, SCHEMA.Person))
    quotes = {str(graph.value(q, OA.exact))
              for ann in graph.subjects(OA.hasBody, person)
              for q in graph.objects(graph.value(ann, OA.hasTarget), OA.hasSelector)
              if graph.value(q, OA.exact) is not None}
    assert quotes == {"นายสมชาย ใจดี", "นายสมชาย"}


def test_romanised_name(graph):
    (person,) = set(graph.subjects(RDF.type, SCHEMA.Person))
    assert Literal("Somchai Chaidi", lang="th-Latn") in set(graph.objects(person, SCHEMA.alternateName))


def test_organisation_written_three_ways_is_one_node(graph):
    codi = {s for s in graph.subjects(RDF.type, ORG.Organization)
            if Literal("พอช.", lang="th") in set(graph.objects(s, SKOS.altLabel))
            or Literal(CODI_VARIANT, lang="th") in set(graph.objects(s, SKOS.altLabel))}
    assert len(codi) == 1
    (node,) = codi
    labels = {str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in graph.objects(node, p) if x.language == "th"}
    assert {CODI, "พอช.", CODI_VARIANT} <= labels
    thai_pref = [x for x in graph.objects(node, SKOS.prefLabel) if x.language == "th"]
    assert len(thai_pref) == 1  # one canonical name whatever each article wrote


def test_units_with_the_same_name_under_different_parents_stay_distinct(graph):
    units = {s for s in graph.subjects(SKOS.prefLabel, Literal("สำนักงานภาคใต้", lang="th"))}
    assert len(units) == 2
    parents = {graph.value(u, ORG.unitOf) for u in units}
    assert len(parents) == 2


def test_same_unit_under_same_parent_in_two_articles_is_one_node():
    first = merged(extraction_2023())
    again = extraction_2023()
    again = Extraction(article=article("2025/again.txt", TEXT_2023, "2025-01-01"), persons=again.persons,
                       organizations=again.organizations, units=again.units)
    both = merged(extraction_2023(), again)
    assert set(first.subjects(ORG.unitOf, None)) == set(both.subjects(ORG.unitOf, None))


def test_variant_spellings_share_a_key_without_the_gazetteer():
    assert org_key("มูลนิธิชุมชนไท") == org_key("มูลนิธิ ชุมชนไท") == org_key("มูลนิธิชุมชนไท (มหาชน)")
    assert org_key("สนง.พัฒนาชุมชน") == org_key("สำนักงานพัฒนาชุมชน")
    assert org_key("มูลนิธิชุมชนไท") != org_key("มูลนิธิชุมชนไทย")


@needs_agencies
def test_abbreviation_alone_in_another_article_is_the_same_agency():
    full = identify(CODI, ())
    assert identify("พอช", ()).key == full.key == identify("CODI", ()).key
    assert identify("พอช", ()).label_th == full.label_th


@needs_agencies
def test_known_agency_gets_english_label(graph):
    msdhs = next(graph.subjects(SKOS.altLabel, Literal("พม.", lang="th")))
    assert any(x.language == "en" for x in graph.objects(msdhs, SKOS.prefLabel))


def test_role_abbreviation_is_the_same_concept():
    full = identify_role("ผู้อำนวยการ")
    if not full.abbr_th:
        pytest.skip("data/roles.csv (gazetteers) not installed")
    assert identify_role("ผอ.") == identify_role("ผอ") == full


@needs_agencies
def test_ambiguous_abbreviation_identifies_no_agency():
    # สช. names two offices in the gazetteer: alone it must not merge them
    assert identify("สช.", ()).agency is None
    health = identify("สำนักงานคณะกรรมการสุขภาพแห่งชาติ", ("สช.",))
    assert health.agency is not None and health.label_th == "สำนักงานคณะกรรมการสุขภาพแห่งชาติ"


thai_words = st.lists(st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E2E), min_size=1, max_size=6),
                      min_size=1, max_size=4)


@given(thai_words)
def test_org_key_ignores_spacing_dots_and_legal_form(words):
    plain = "".join(words)
    assert org_key(" ".join(words)) == org_key(plain) == org_key(plain + " (องค์การมหาชน)") == org_key(plain + ".")


@given(thai_words)
def test_display_name_is_idempotent_and_keeps_the_key(words):
    from phakhi.resolve.orgs import display_name

    shown = display_name(" ".join(words))
    assert display_name(shown) == shown and org_key(shown) == org_key(" ".join(words))
