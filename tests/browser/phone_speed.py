"""Benchmark: the participant board's first load on an emulated mid-range phone.

    python -m tests.browser.phone_speed [--runs 5] [--posts 20] [--json]

Not a test (nothing is asserted; speed is never a timed test): it starts a real
`dialogue run` server (as the browser tests do), makes a session with an open item and
``--posts`` contributions, seats one participant, then loads the board ``--runs`` times
as a first visit (empty cache) through Chrome DevTools protocol throttling:

- network "Slow 4G" as Chrome DevTools defines it: 562.5 ms round trip, 180,000 B/s down,
  84,375 B/s up;
- CPU slowed 4x (DevTools' mid-tier mobile), a 375x667 touch screen at 2x.

It reports, per run and as the median: bytes transferred (every response's encoded
size, headers included, and the WebSocket frames until the page is live), requests,
the time to the first contentful paint, DOMContentLoaded (the page's scripts have run:
from here the compose box and the buttons work), "interactive" (DOMContentLoaded or
the end of the last long task before the board is live, whichever is later) and "live"
(the socket's snapshot is drawn: the indicator says live). Targets (issue 16):
transfer <= 150 KB, interactive <= 2 s. Method and figures: docs/phone.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from ..conftest import CHROMIUM
from .conftest import CHROMIUM_ARGS, PHONE, serve_with_facilitator
from .steps import create_session, join_as_walk_in, log_in, open_next_item

SLOW_4G = {"offline": False, "latency": 562.5, "downloadThroughput": 180_000,
           "uploadThroughput": 84_375}
CPU_SLOWDOWN = 4
TARGET_BYTES = 150 * 1024
TARGET_INTERACTIVE_MS = 2000

# Runs in the page before any of its own scripts: long tasks and paints, kept for later.
OBSERVE = """
window.__speed = {longTasks: []};
new PerformanceObserver((list) => list.getEntries().forEach((entry) =>
  window.__speed.longTasks.push([entry.startTime, entry.startTime + entry.duration]))
).observe({type: "longtask", buffered: true});
"""

READ = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const resources = performance.getEntriesByType("resource").map((entry) =>
    [entry.name.split("/").pop(), Math.round(entry.startTime), Math.round(entry.responseEnd)]);
  return {html: [Math.round(nav.responseStart), Math.round(nav.responseEnd)], resources,
          dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
          fcp: paint ? paint.startTime : null, longTasks: window.__speed.longTasks,
          live: window.__speed.live};
}"""


class Person:
    """Just enough of the browser tests' Person for the steps helpers."""

    def __init__(self, context, base_url: str):
        self.context = context
        self.base_url = base_url
        self.page = context.new_page()

    def goto(self, path: str):
        return self.page.goto(self.base_url + path)


def prepare(browser, base_url: str, posts: int) -> tuple[Person, str]:
    """A session with an open item and ``posts`` contributions; a seated phone."""
    facilitator = Person(browser.new_context(locale="en-GB"), base_url)
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    # Several writers: one person may post 10 times in 50 s (rate_limits "write").
    for first in range(0, posts, 8):
        writer = Person(browser.new_context(locale="en-GB"), base_url)
        join_as_walk_in(writer, code, f"Writer Canary {first // 8 + 1}", check=False)
        page = writer.page
        page.locator("[data-connection].live").wait_for()
        for number in range(first, min(first + 8, posts)):
            text = (f"Contribution {number + 1}: a realistic sentence or two about the "
                    "question at hand, as people write them on a phone during a session.")
            page.locator("#post-text").fill(text)
            page.locator("[data-post-submit]").click()
            page.locator("[data-board] [data-items] > li", has_text=text).wait_for()
        writer.context.close()
    phone = Person(browser.new_context(locale="en-GB", **PHONE), base_url)
    join_as_walk_in(phone, code, "Speed Canary", check=False)
    phone.page.locator("[data-connection].live").wait_for()
    facilitator.context.close()
    return phone, code


def measure(phone: Person, code: str) -> dict:
    page = phone.context.new_page()
    cdp = phone.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.clearBrowserCache")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    sizes: dict[str, int] = {}
    urls: dict[str, str] = {}
    frames = [0]
    cdp.on("Network.requestWillBeSent",
           lambda event: urls.__setitem__(event["requestId"], event["request"]["url"]))
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(
        event["requestId"], int(event["encodedDataLength"])))
    cdp.on("Network.webSocketFrameReceived", lambda event: frames.__setitem__(
        0, frames[0] + len(event["response"]["payloadData"])))
    page.add_init_script(OBSERVE)
    page.add_init_script("""
      new MutationObserver((_, observer) => {
        const node = document.querySelector("[data-connection].live");
        if (node) { window.__speed.live = performance.now(); observer.disconnect(); }
      }).observe(document, {subtree: true, childList: true, attributes: true});""")
    page.goto(f"{phone.base_url}/s/{code}", wait_until="load", timeout=60000)
    page.locator("[data-connection].live").wait_for(timeout=60000)
    page.wait_for_timeout(300)  # let the last frames and loadingFinished events arrive
    timing = page.evaluate(READ)
    live = timing["live"]
    before_live = [end for _start, end in timing["longTasks"] if live is None or end <= live]
    interactive = max([timing["dcl"], *before_live])
    http = sum(sizes.values())
    by_file = {}
    for request_id, size in sizes.items():
        name = urls.get(request_id, "?").split("?")[0].removeprefix(phone.base_url)
        by_file[name] = by_file.get(name, 0) + size
    page.close()
    return {"bytes": http + frames[0], "http_bytes": http, "websocket_bytes": frames[0],
            "requests": len(sizes), "fcp_ms": round(timing["fcp"] or 0),
            "dcl_ms": round(timing["dcl"]), "interactive_ms": round(interactive),
            "live_ms": round(live or 0), "long_tasks": len(timing["longTasks"]),
            "html_ms": timing["html"], "resources_ms": timing["resources"],
            "long_tasks_ms": [[round(a), round(b)] for a, b in timing["longTasks"]],
            "files": dict(sorted(by_file.items(), key=lambda kv: -kv[1]))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 50 or not 0 <= args.posts <= 200:
        parser.error("--runs is 1-50 and --posts 0-200")
    from playwright.sync_api import sync_playwright

    runs = []
    with tempfile.TemporaryDirectory() as folder:
        servers = serve_with_facilitator(Path(folder), "Speed facilitator")
        server = next(servers)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                     args=CHROMIUM_ARGS)
                phone, code = prepare(browser, server.url, args.posts)
                for number in range(args.runs):
                    runs.append(measure(phone, code))
                    run = runs[-1]
                    print(f"run {number + 1}: {run['bytes'] / 1024:.1f} KB in "
                          f"{run['requests']} requests (+{run['websocket_bytes']} B socket), "
                          f"FCP {run['fcp_ms']} ms, DOMContentLoaded {run['dcl_ms']} ms, "
                          f"interactive {run['interactive_ms']} ms, live {run['live_ms']} ms")
                browser.close()
        finally:
            servers.close()
    summary = {key: statistics.median(run[key] for run in runs) for key in
               ("bytes", "http_bytes", "websocket_bytes", "requests", "fcp_ms", "dcl_ms",
                "interactive_ms", "live_ms")}
    summary["files"] = runs[-1]["files"]
    print("files (last run): " + ", ".join(f"{name} {size / 1024:.1f} KB"
                                            for name, size in summary["files"].items()))
    print(f"median of {len(runs)}: {summary['bytes'] / 1024:.1f} KB "
          f"(target {TARGET_BYTES // 1024} KB), interactive {summary['interactive_ms']:.0f} ms "
          f"(target {TARGET_INTERACTIVE_MS} ms), live {summary['live_ms']:.0f} ms")
    if args.json:
        print(json.dumps({"runs": runs, "median": summary, "posts": args.posts,
                          "network": SLOW_4G, "cpu_slowdown": CPU_SLOWDOWN}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
