"""Development tooling: the extraction and relevance evaluators and their corpora."""
