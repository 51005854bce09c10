"""Network failures in one log line: a dead outlet is an expected event, not a crash.

Scrapy's robots.txt middleware logs a full traceback when a host cannot be reached; this
extension keeps the message and drops the traceback for network errors only.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError
from twisted.web._newclient import ResponseFailed

NETWORK_ERRORS = (ConnectError, DNSLookupError, TimeoutError, ResponseFailed, OSError)
NOISY_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt",)


class _DropNetworkTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and _is_network_error(record.exc_info[1]):
            record.exc_info = None
            record.exc_text = None
        return True


def _is_network_error(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, NETWORK_ERRORS):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class QuietNetworkErrors:
    _filter = _DropNetworkTracebacks()

    def __init__(self, crawler: Crawler) -> None:
        for name in NOISY_LOGGERS:
            logger = logging.getLogger(name)
            if self._filter not in logger.filters:
                logger.addFilter(self._filter)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietNetworkErrors:
        return cls(crawler)
