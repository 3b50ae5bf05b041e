"""Orchestration above the crawler and the indexer: a run (crawl, then index), the schedule, the
report and the export. The only layer that imports both `crawler` and `indexer`.
"""
