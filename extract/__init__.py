"""Text-side of pantau: clean article HTML and pull participation figures out of Indonesian text.

Nothing here imports Scrapy or SQLAlchemy; every function works on plain bytes and strings.
"""

from extract.model import CleanedArticle, Figure

__all__ = ["CleanedArticle", "Figure"]
