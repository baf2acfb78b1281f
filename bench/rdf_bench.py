"""Benchmark of the RDF stage: conversion, SHACL validation and JSON-LD export time
on N copies of the seed gold extractions (each copy its own article path).

    PYTHONPATH=src:tests python bench/rdf_bench.py 1 5 20
"""
from __future__ import annotations

import dataclasses
import sys
import time

from rdflib import Graph

from phakhi.rdf.convert import article_graph, bind_prefixes
from phakhi.rdf.jsonld import to_jsonld
from phakhi.rdf.validate import validate
from support import seed_extractions


def corpus(copies: int):
    for i in range(copies):
        for ex in seed_extractions():
            article = dataclasses.replace(ex.article, path=f"copy{i}/{ex.article.path}")
            yield dataclasses.replace(ex, article=article)


def main(sizes: list[int]) -> None:
    for copies in sizes:
        exs = list(corpus(copies))
        t0 = time.perf_counter()
        graph = bind_prefixes(Graph())
        for ex in exs:
            graph += article_graph(ex)[1]
        t1 = time.perf_counter()
        report = validate(graph)
        t2 = time.perf_counter()
        to_jsonld(graph)
        t3 = time.perf_counter()
        print(f"{len(exs):4d} articles {len(graph):7d} triples  convert {t1 - t0:6.2f}s  "
              f"validate {t2 - t1:6.2f}s ({'conforms' if report.conforms else 'VIOLATIONS'})  jsonld {t3 - t2:6.2f}s")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 5])
