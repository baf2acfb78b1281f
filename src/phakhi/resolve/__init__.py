"""Identity and linking: which real-world thing each extracted record is.

Plain data only (no RDF): ``orgs`` keys organisations across articles,
``roles`` keys positions, ``places`` links places to the official gazetteers,
``persons`` romanises names. Every decision uses one article and the packaged
gazetteers, never other articles, so builds can run in parallel.
"""
