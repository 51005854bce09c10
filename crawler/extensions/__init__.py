"""Scrapy extensions: the crawl summary and the run lock."""
