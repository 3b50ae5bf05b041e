"""The search index: Whoosh with Chinese analysis. Knows records, never HTML.

Public calls: ``indexer.query.search`` (read) and ``indexer.build.update`` /
``indexer.build.rebuild`` (write). Import the submodule you need; this package file
stays empty so that the search path loads nothing it does not use.
"""
