"""Scrapy side of pantau: the outlet registry, spiders, item pipelines and the `pantau` command."""
