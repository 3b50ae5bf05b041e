"""Errors the indexer reports to users: each message is one line that says what to do."""


class IndexerError(Exception):
    """Base class; str(exc) is the user-facing message."""


class NoIndexError(IndexerError):
    pass


class IndexDamagedError(IndexerError):
    pass


class IndexBusyError(IndexerError):
    pass


class QueryError(IndexerError):
    pass
