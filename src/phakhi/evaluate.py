"""Scoring an extraction against gold files, exactly as docs/annotation.md defines it.

Per category, micro-averaged precision, recall and F1 over all articles. Optional
gold entries neither earn nor cost: a prediction that matches only an optional
entry is ignored, and an optional entry left unfound is not a miss.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from phakhi.errors import InputError
from phakhi.gold import Gold, GoldItem, read_gold
from phakhi.records import Extraction, PlaceType
from phakhi.text.normalise import squash

CATEGORIES = (
    "persons", "organizations", "posts_role", "posts_org",
    "provinces", "programmes", "event_dates", "participants",
)


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(preds: Sequence, golds: Sequence, same: Callable[[object, object], bool]) -> list[int | None]:
    """Maximum bipartite matching: for each prediction, the index of its gold or None."""
    owner: dict[int, int] = {}

    def claim(p: int, seen: set[int]) -> bool:
        for g, gold in enumerate(golds):
            if g not in seen and same(preds[p], gold):
                seen.add(g)
                if g not in owner or claim(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(len(preds)):
        claim(p, set())
    by_pred = {p: g for g, p in owner.items()}
    return [by_pred.get(p) for p in range(len(preds))]


def score(preds: Sequence, golds: Sequence[GoldItem], same: Callable[[object, dict], bool]) -> Counts:
    """Counts for one category of one article; each gold entry matches at most once."""
    required = [g.fields for g in golds if not g.optional]
    optional = [g.fields for g in golds if g.optional]
    matched = _match(preds, required, same)
    tp = sum(m is not None for m in matched)
    fp = sum(
        1 for p, m in zip(preds, matched)
        if m is None and not any(same(p, o) for o in optional)
    )
    return Counts(tp, fp, len(required) - tp)


def name_key(text: str) -> str:
    return squash(text)


def org_key(text: str) -> str:
    return re.sub(r"[()]", "", squash(text))


def programme_key(text: str) -> str:
    return re.sub(r"[\"'“”‘’«»]|โครงการ", "", squash(text))


def programme_same(a: str, b: str) -> bool:
    a, b = programme_key(a), programme_key(b)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (short in long and len(short) >= 0.8 * len(long))


def _labels(fields: dict, name: str = "name", aliases: str = "aliases") -> list[str]:
    return [fields[name], *(fields.get(aliases) or [])] if fields.get(name) else []


def _items(values: Iterable[object]) -> list[GoldItem]:
    return [GoldItem({"value": v}) for v in values]


def score_article(ex: Extraction, gold: Gold) -> dict[str, Counts]:
    """Counts per category for one article."""
    persons = {p.key: p.name for p in ex.persons}
    orgs = {o.key: (o.name, *o.aliases) for o in ex.organizations}
    gold_orgs = {o.fields["name"]: o.fields for o in gold.organizations}

    def org_same(labels: tuple[str, ...], gold_name: str) -> bool:
        gold_labels = _labels(gold_orgs.get(gold_name, {"name": gold_name}))
        keys = {org_key(g) for g in gold_labels}
        return any(org_key(label) in keys for label in labels)

    def role_same(pred: tuple, g: dict) -> bool:
        return name_key(pred[0]) == name_key(g["person"]) and name_key(pred[1]) in {
            name_key(r) for r in [g["role"], *(g.get("role_alt") or [])]
        }

    def post_org_same(pred: tuple, g: dict) -> bool:
        return name_key(pred[0]) == name_key(g["person"]) and any(
            org_same(pred[1], name) for name in [g["organization"], *(g.get("organization_alt") or [])]
        )

    role_preds = sorted({(persons[p.person], p.role) for p in ex.posts if p.person in persons})
    org_preds = sorted(
        {(persons[p.person], orgs[p.organization]) for p in ex.posts
         if p.person in persons and p.organization in orgs}
    )
    provinces = sorted({p.name for p in ex.places if p.type is PlaceType.PROVINCE})
    starts = sorted({e.start for e in ex.events if e.start})
    counts = sorted({e.participants for e in ex.events if e.participants is not None})
    gold_posts_org = [g for g in gold.posts if g.fields.get("organization")]
    gold_starts = {g.fields["start"]: g.optional for g in gold.events if g.fields.get("start")}
    gold_counts = {
        g.fields["participants"]: g.optional for g in gold.events if g.fields.get("participants") is not None
    }
    return {
        "persons": score([p.name for p in ex.persons], gold.persons, lambda p, g: name_key(p) == name_key(g["name"])),
        "organizations": score(
            [(o.name, *o.aliases) for o in ex.organizations], gold.organizations,
            lambda p, g: any(org_key(label) in {org_key(x) for x in _labels(g)} for label in p),
        ),
        "posts_role": score(role_preds, gold.posts, role_same),
        "posts_org": score(org_preds, gold_posts_org, post_org_same),
        "provinces": score(provinces, _items(gold.provinces), lambda p, g: p == g["value"]),
        "programmes": score(
            [(p.name, *p.aliases) for p in ex.programmes], gold.programmes,
            lambda p, g: any(programme_same(a, b) for a in p for b in _labels(g)),
        ),
        "event_dates": score(
            starts, [GoldItem({"value": v}, o) for v, o in gold_starts.items()], lambda p, g: p == g["value"]
        ),
        "participants": score(
            counts, [GoldItem({"value": v}, o) for v, o in gold_counts.items()], lambda p, g: p == g["value"]
        ),
    }


@dataclass(frozen=True)
class Report:
    """Micro-averaged counts per category, and per article for inspection."""

    totals: dict[str, Counts]
    articles: dict[str, dict[str, Counts]]

    def as_json(self) -> dict:
        return {
            "categories": {
                c: {"precision": round(n.precision, 4), "recall": round(n.recall, 4), "f1": round(n.f1, 4),
                    "tp": n.tp, "fp": n.fp, "fn": n.fn}
                for c, n in self.totals.items()
            },
            "articles": {
                a: {c: {"tp": n.tp, "fp": n.fp, "fn": n.fn} for c, n in cats.items()}
                for a, cats in self.articles.items()
            },
        }


def evaluate_dir(gold_dir: Path) -> Report:
    """Extract every ``*.txt`` in GOLD_DIR and score it against the gold file beside it."""
    from phakhi.ingest.read import read_path
    from phakhi.extract import extract

    texts = sorted(gold_dir.glob("*.txt"))
    pairs = [(t, t.with_name(t.name[: -len(".txt")] + ".gold.json")) for t in texts]
    pairs = [(t, g) for t, g in pairs if g.exists()]
    if not pairs:
        raise InputError(f"{gold_dir}: no NAME.txt with a NAME.gold.json beside it")
    totals = {c: Counts() for c in CATEGORIES}
    articles = {}
    for text_path, gold_path in pairs:
        (article,) = read_path(text_path, root=gold_dir)
        counts = score_article(extract(article), read_gold(gold_path))
        articles[text_path.name] = counts
        totals = {c: totals[c] + counts[c] for c in CATEGORIES}
    return Report(totals, articles)


def format_report(report: Report) -> str:
    """A table for people: one row per category."""
    lines = [f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for c, n in report.totals.items():
        lines.append(
            f"{c:<14} {n.precision:6.3f} {n.recall:6.3f} {n.f1:6.3f} {n.tp:5d} {n.fp:5d} {n.fn:5d}"
        )
    return "\n".join(lines)
