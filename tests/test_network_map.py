"""The province map: names to DOPA codes, activity per province, the SVG page."""
from __future__ import annotations

import re

import pytest
from network_support import EVENT_A, EVENT_B, ORG1, ORG2, PROGRAMME, hostile_graph, small_graph

from phakhi.network.facts import read_facts
from phakhi.network.geo import outline, province_code
from phakhi.network.map import RAMP, province_activity, render_map, shade


@pytest.mark.parametrize("names, identifiers, code", [
    (("จังหวัดพัทลุง",), (), "93"),
    (("พัทลุง",), (), "93"),
    (("Bangkok",), (), "10"),
    (("กรุงเทพฯ",), (), "10"),
    (("ไม่มีจังหวัดนี้",), ("TH-90",), "90"),
    (("ไม่มีจังหวัดนี้",), ("9301",), "93"),
    (("ไม่มีจังหวัดนี้",), ("5bee34981555f108",), None),
])
def test_province_code(names, identifiers, code):
    assert province_code(names, identifiers) == code


def test_outline_has_every_province():
    shapes = outline().shapes
    assert len(shapes) == 77 and all(s.path.startswith("M") and s.path.endswith("Z") for s in shapes)


def test_activity_per_province():
    activity, unmatched = province_activity(read_facts(small_graph()))
    assert unmatched == [] and set(activity) == {"90", "93"}
    phatthalung, songkhla = activity["93"], activity["90"]
    assert phatthalung.events == (EVENT_A,) and songkhla.events == (EVENT_B,)
    assert ORG2 in phatthalung.organizations and ORG2 not in songkhla.organizations
    assert ORG1 in songkhla.organizations and phatthalung.programmes == (PROGRAMME,)
    assert phatthalung.articles == 1


def test_shade_is_log_scaled():
    assert shade(0, 10) == RAMP[0] and shade(10, 10) == RAMP[5]
    assert shade(1, 100) not in (RAMP[0], RAMP[5])


def test_map_page_is_self_contained_and_escaped():
    text = render_map(hostile_graph())
    assert text.count("<path ") == 77 and "<script>window.__pwned" not in text
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', text)
    shaded = re.findall(r'data-code="(\d+)" fill="([^"]+)"', text)
    assert {code for code, fill in shaded if fill != RAMP[0]} == {"92"}  # Trang
