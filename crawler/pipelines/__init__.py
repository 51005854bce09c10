"""Item pipelines, in order: clean (trafilatura + metadata), figures (extractor), store (SQL)."""
