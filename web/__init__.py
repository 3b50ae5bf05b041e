"""The local web page: search, articles and crawl status in a browser (`search_cli.py serve`).

Top layer, beside search_cli.py: it reads through the same library calls (indexer.query,
indexer.results, kb.store, jobs.freshness) and never writes anything.
"""
