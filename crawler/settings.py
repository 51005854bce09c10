"""Scrapy settings for pantau: the one place crawl behaviour is configured.

Every ``PANTAU_*`` setting can be given on the command line (``pantau crawl`` options, or
``scrapy crawl KEY -s NAME=VALUE``) and, where noted, from the environment.
"""

import os

BOT_NAME = "pantau"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- pantau ----------------------------------------------------------------------------------
# Database URL; PANTAU_DB_URL in the environment, else ./pantau.db. "" switches storage off.
PANTAU_DB_URL = os.environ.get("PANTAU_DB_URL")
# {outlet key: base URL} overrides, e.g. to crawl a local copy of a site (--base-url KEY=URL).
PANTAU_BASE_URLS: dict[str, str] = {}
# Topic keywords: site search terms and the gate every listing item and article must pass.
PANTAU_KEYWORDS = ["BPJS Ketenagakerjaan", "BPJamsostek", "BP Jamsostek", "Jamsostek"]
# Where the operator can be reached; named in the User-Agent so sites can ask us to stop.
PANTAU_CONTACT_URL = os.environ.get("PANTAU_CONTACT_URL", "https://github.com/pantau/pantau")
# Lock that keeps two `pantau crawl` runs on one database apart: redis://HOST:PORT/N (shared by
# several machines) or a lock-file path. Default: a lock file per database in the temp directory.
PANTAU_LOCK_URL = os.environ.get("PANTAU_LOCK_URL", "")
# Discovery methods for every outlet of the crawl (--methods); empty: per outlet, the cheapest
# that reach back to --since (see Outlet.default_methods).
PANTAU_METHODS: list[str] = []
# A TOML file of [[outlet]] entries adding or overriding outlets (--outlets-file).
PANTAU_OUTLETS_FILE = os.environ.get("PANTAU_OUTLETS_FILE", "")

# --- politeness --------------------------------------------------------------------------------
USER_AGENT = f"pantau/0.1 (+{PANTAU_CONTACT_URL}; BPJS Ketenagakerjaan news monitor)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Retries wait: Retry-After (seconds or an HTTP date) on 429/503, else exponential backoff
# (PANTAU_RETRY_BACKOFF * 2 ** (attempt - 1) seconds); never longer than PANTAU_RETRY_MAX_WAIT.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.PoliteRetryMiddleware": 550,
}
PANTAU_RETRY_BACKOFF = 2.0
PANTAU_RETRY_MAX_WAIT = 120.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False  # no listening ports: pantau runs unattended from cron
REMOTE_CONTROL_ENABLED = False

# --- pipeline ---------------------------------------------------------------------------------
ITEM_PIPELINES = {
    "crawler.pipelines.clean.CleanPipeline": 100,
    "crawler.pipelines.figures.FigurePipeline": 200,
    "crawler.pipelines.store.StorePipeline": 300,
}
EXTENSIONS = {
    "crawler.extensions.summary.CrawlSummary": 500,
    "crawler.extensions.quietlog.QuietNetworkErrors": 10,
}

# --- Scrapy housekeeping -------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("PANTAU_LOG_LEVEL", "INFO")
