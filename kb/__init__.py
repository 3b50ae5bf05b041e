"""The bottom layer: the article record, its limits, the record store and shared configuration.

Everything above reads and writes through this package: the crawler (Scrapy) and the indexer
(Whoosh) both import it, neither imports the other, and nothing here imports Scrapy, Whoosh,
pandas or HTML parsers. Import the submodule you need; this file imports nothing.
"""
