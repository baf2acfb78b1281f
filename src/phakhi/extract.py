"""One article in, one Extraction out: the recognise → relate → resolve stages.

Each stage is a plain function over the segmented ``Document``; this module
only wires them in order. No stage here knows about RDF.
"""
from __future__ import annotations

from phakhi.records import Article, Extraction
from phakhi.recognise.actors import recognise_actors
from phakhi.recognise.places import recognise_places
from phakhi.recognise.programmes import recognise_programmes
from phakhi.relate.events import relate_events
from phakhi.text.segment import segment


def warm_up() -> None:
    """Load the word lists and gazetteers now rather than on the first article (about a second)."""
    extract(Article(id="warm-up", path="warm-up.txt",
                    text="นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน เปิดการประชุมที่ศาลากลางจังหวัดน่าน"))


def extract(article: Article) -> Extraction:
    """Read persons, organisations, posts, places, programmes and events from one article."""
    doc = segment(article)
    actors = recognise_actors(doc)
    places = recognise_places(doc)
    programmes = recognise_programmes(doc)
    events = relate_events(doc, actors, places, programmes)
    return Extraction(
        article=article,
        persons=actors.persons,
        organizations=actors.organizations,
        places=places,
        programmes=programmes,
        events=events,
        posts=actors.posts,
        units=actors.units,
    )
