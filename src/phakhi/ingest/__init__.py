"""Reading inputs: files, directories and standard input to ``Article`` records."""
from __future__ import annotations

from phakhi.ingest.problem import Problem
from phakhi.ingest.read import READERS, read_path, read_source, selection
from phakhi.ingest.sources import Selection, Source, find_sources

__all__ = ["READERS", "Problem", "Selection", "Source", "find_sources", "read_path", "read_source", "selection"]
