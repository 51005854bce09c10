"""Generates the hand-written fixture pages: per-outlet article pages
(``tests/crawler/outlet_pages/<key>/``) and the family local copies
(``crawler/localsites/<family-site>/``). Run ``python -m tests.crawler.pagegen`` after editing
the texts (``texts.py``) or the templates (``templates.py``); the output is committed."""
