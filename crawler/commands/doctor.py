"""`pantau doctor OUTLET`: probe an outlet's live endpoints with the crawl's own parsers.

For each discovery method the outlet offers: did its first page answer (HTTP status), how many
article links did it yield (following one child of a sitemap index), or does robots.txt forbid
it. Then one sample article: did title, date and body come out of cleaning. What to run when a
site changes. Requests carry pantau's User-Agent and robots.txt is obeyed.
"""

from __future__ import annotations

import argparse
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from crawler.commands import day
from crawler.commands.crawl import add_outlets_file_option
from crawler.outlets import Outlet, get_outlet, load_registry, parse_base_urls, parse_methods
from crawler.run import project_settings
from crawler.spiders import spider_for
from crawler.spiders.discovery import Link, Method, Page, Plan
from crawler.topic import DEFAULT_KEYWORDS
from extract.clean import CleaningError, clean_html

ORDER = 45  # position in `pantau --help`
MAX_BYTES = 5_000_000


def register(sub: Any) -> None:
    doctor = sub.add_parser(
        "doctor",
        help="probe an outlet's endpoints: which discovery methods answer and yield articles",
        description="Fetches the first page of every discovery method the outlet offers "
        "(robots.txt obeyed, pantau's User-Agent), counts the article links each yields, then "
        "cleans one sample article and reports whether title, date and body came out. Exit "
        "status 0 when some method yields links and the sample article is complete, else 1.",
    )
    doctor.add_argument("outlet", metavar="OUTLET", help="outlet key (see `pantau outlets`)")
    doctor.add_argument("--base-url", action="append", default=[], metavar="KEY=URL",
                        help="point an outlet at another base URL, e.g. a local copy")  # fmt: skip
    add_outlets_file_option(doctor)
    doctor.add_argument("--methods", metavar="M,M", help="probe only these methods")
    doctor.add_argument("--since", type=day, help="window start for archives and the WP API")
    doctor.add_argument("--until", type=day, help="window end (archives start from this day)")
    doctor.add_argument("--timeout", type=float, default=20.0, help="seconds per request")
    doctor.set_defaults(func=doctor_command)


@dataclass
class Probe:
    method: str
    url: str
    status: str  # HTTP status, "robots" (forbidden) or an error name
    links: int
    page: Page | None = None

    @property
    def answered(self) -> bool:
        return self.status.isdigit() and int(self.status) < 400


class Fetcher:
    def __init__(self, outlet: Outlet, user_agent: str, timeout: float) -> None:
        self.user_agent, self.timeout = user_agent, timeout
        self.robots = RobotFileParser()
        status, body = self.get(outlet.url("/robots.txt"), check_robots=False)
        self.robots_status = status
        self.robots.parse(body.decode("utf-8", "replace").splitlines() if status == "200" else [])

    def allowed(self, url: str) -> bool:
        return self.robots.can_fetch(self.user_agent, url)

    def get(self, url: str, check_robots: bool = True) -> tuple[str, bytes]:
        if check_robots and not self.allowed(url):
            return "robots", b""
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return str(response.status), response.read(MAX_BYTES)
        except urllib.error.HTTPError as exc:
            return str(exc.code), b""
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            return type(reason).__name__ if not isinstance(reason, str) else "unreachable", b""


def probe_method(fetcher: Fetcher, outlet: Outlet, method: Method, plan: Plan) -> Probe:
    starts = method.start(outlet, plan)
    if not starts:
        return Probe(method.name, "-", "not configured", 0)
    url = starts[0].url
    status, body = fetcher.get(url)
    probe = Probe(method.name, url, status, 0)
    if probe.answered:
        page = method.parse(outlet, body, url, plan)
        for child in page.children[:1]:  # a sitemap index: look into its first sitemap
            child_status, child_body = fetcher.get(child)
            if child_status == "200":
                page.links += method.parse(outlet, child_body, child, plan).links
        probe.page, probe.links = page, len(page.links)
        if page.error:
            probe.status += f" ({page.error})"
    return probe


def sample_link(probes: list[Probe], keywords: tuple[str, ...]) -> Link | None:
    from crawler.topic import TopicGate

    gate = TopicGate(keywords)
    links = [link for p in probes if p.page for link in p.page.links]
    on_topic = [link for link in links if gate.matches(link.title, link.snippet)]
    candidates = on_topic or links
    return candidates[0] if candidates else None


def doctor_command(args: argparse.Namespace) -> int:
    registry = load_registry(args.outlets_file)
    outlet = get_outlet(args.outlet, parse_base_urls(args.base_url, registry), registry)
    settings = project_settings()
    keywords = tuple(settings.getlist("PANTAU_KEYWORDS") or DEFAULT_KEYWORDS)
    plan = Plan(keywords, args.since, args.until)
    methods = spider_for(outlet.key, registry).METHODS
    wanted = parse_methods(args.methods) or outlet.discovery
    fetcher = Fetcher(outlet, settings.get("USER_AGENT"), args.timeout)

    print(f"{outlet.key} ({outlet.family}) at {outlet.base_url}")
    print(f"robots.txt: {fetcher.robots_status}")
    print(f"{'method':<9} {'answered':<9} {'status':<24} {'links':>5}  first page")
    probes = [probe_method(fetcher, outlet, methods[m], plan) for m in wanted if m in methods]
    for p in probes:
        answered = "yes" if p.answered else ("forbidden" if p.status == "robots" else "no")
        status = "robots.txt disallows" if p.status == "robots" else p.status
        path = urlsplit(p.url)._replace(scheme="", netloc="").geturl() if p.url != "-" else "-"
        print(f"{p.method:<9} {answered:<9} {status:<24} {p.links:>5}  {path}")
    link = sample_link(probes, keywords)
    if link is None:
        print("sample article: none (no method yielded an article link)")
        return 1
    return 0 if check_article(fetcher, outlet, link.url) and any(p.links for p in probes) else 1


def check_article(fetcher: Fetcher, outlet: Outlet, url: str) -> bool:
    print(f"sample article: {url}")
    status, body = fetcher.get(url)
    if status != "200":
        print(f"  fetch    no   ({'robots.txt disallows' if status == 'robots' else status})")
        return False
    try:
        article = clean_html(body, url, outlet.hints)
    except CleaningError as exc:
        print(f"  body     no   ({exc})")
        return False
    checks = [
        ("title", article.title is not None, article.title or ""),
        ("date", article.published is not None,
         article.published.isoformat() if article.published else ""),
        ("body", len(article.text) >= 200, f"{len(article.text)} characters"),
    ]  # fmt: skip
    for name, ok, detail in checks:
        print(f"  {name:<8} {'yes' if ok else 'no':<4} {detail}")
    print(f"  canonical     {article.canonical_url}")
    if outlet.hints_valid_until:
        print(f"  selector hints written for the template until {outlet.hints_valid_until}")
    return all(ok for _, ok, _ in checks)
