"""Network views of the graph, in one direction of flow:

``facts`` (the only reader of RDF here) → ``project`` (NetworkX graph per view) →
``metrics`` (centrality, communities, ``--top``) → ``page`` / ``map`` / ``export``
(the self-contained HTML pages, GEXF, GraphML, Cytoscape JSON); ``views`` runs one
``phakhi network`` call, ``stats`` builds its tables, ``html.write_network_html``
is what ``phakhi build`` calls.
"""
