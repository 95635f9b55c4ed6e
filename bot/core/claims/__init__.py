"""Claims: the language data, the extractor, status rules and evaluation."""
