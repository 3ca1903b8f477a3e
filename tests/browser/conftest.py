"""Browser tests: a real `dialogue run` server and Debian's Chromium driven by Playwright.

One server process serves the whole test session (each test makes its own dialogue
session in it); each person in a story gets a browser context of their own, so their
cookies are their own, as on separate devices.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..conftest import CHROMIUM, ROOT, require_service

VENV_BIN = Path(sys.executable).parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL_PATH = "/__test__/axe.min.js"  # served by Playwright, never by the app
ARTIFACTS = ROOT / "test-artifacts"  # gitignored; CI can keep it
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
FACILITATOR_EMAIL = "facilitator@example.org"
FACILITATOR_PASSWORD = "browser tests password 42"

PHONE = {"viewport": {"width": 375, "height": 667}, "has_touch": True, "is_mobile": True,
         "device_scale_factor": 2}
LAPTOP = {"viewport": {"width": 1440, "height": 900}}
PROJECTOR = {"viewport": {"width": 1920, "height": 1080}}


def story_languages(own: str):
    """Parametrize a browser story's `lang`: its own language, or both of them when
    DIALOGUE_BROWSER_LANGUAGES=both.

    Every story is written for both languages (its WORDS), but each runs in one by default,
    and the stories alternate, so that both languages are driven end to end across the
    suite in half the time (CI's 15 minutes on a two-core machine). Most stories run in
    German: it is the harder test of the two, since a string the story meets that has no
    translation reads English there and fails the story's German words, while the English
    text is the source every translation comes from. Every page in both languages and at
    both sizes is still checked by test_screens.py, and every word of them by
    tests/export/test_every_word_in_the_readers_language.py.
    """
    both = os.environ.get("DIALOGUE_BROWSER_LANGUAGES", "").strip().lower() == "both"
    return pytest.mark.parametrize("lang", ["en", "de"] if both else [own])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log.read_text()[-3000:]}")
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"the server did not listen within {timeout}s:\n{log.read_text()[-3000:]}")


@dataclass
class LiveServer:
    """A `dialogue run` process on a free port with its own instance folder."""

    instance: Path
    demo: bool = False  # True: `dialogue run` creates its demo facilitator and session
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return ARTIFACTS / f"browser-server-{self.instance.parent.name}-{self.port}.log"

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DIALOGUE_")}
        # No DIALOGUE_ASYNC_MODE: `dialogue run` then monkey-patches and serves with gevent,
        # as in production.
        env.update(DIALOGUE_INSTANCE_PATH=str(self.instance),
                   DIALOGUE_SECRET_KEY="browser-test-secret-key-not-for-production-1234",
                   DIALOGUE_LOG_LEVEL="WARNING", PYTHONUNBUFFERED="1")
        return env

    def start(self) -> None:
        self.instance.mkdir(parents=True, exist_ok=True)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(VENV_BIN / "dialogue"), "run", "--port", str(self.port),
                 *([] if self.demo else ["--no-demo"])],
                env=self.environment(), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        wait_for_port(self.port, self.process, self.log)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def cli(self, *args: str) -> str:
        result = subprocess.run([str(VENV_BIN / "dialogue"), *args], env=self.environment(),
                                capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout


def serve_with_facilitator(folder: Path, name: str) -> Iterator[LiveServer]:
    """A started server with the test facilitator; stopped when the generator closes."""
    server = LiveServer(folder / "instance")
    server.log.unlink(missing_ok=True)
    server.start()  # applies the migrations, so the CLI below finds the tables
    try:
        server.cli("create-facilitator", "--email", FACILITATOR_EMAIL, "--name", name,
                   "--password", FACILITATOR_PASSWORD)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="package")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    yield from serve_with_facilitator(tmp_path_factory.mktemp("browser"),
                                      "Browser facilitator")


@pytest.fixture(scope="package")
def chromium():
    """Debian's Chromium (never a Playwright download), headless."""
    if not os.path.exists(CHROMIUM):
        require_service(False, "Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Person:
    """One person's device: a browser context and its page, with errors collected."""

    def __init__(self, name: str, context, base_url: str):
        self.name = name
        self.context = context
        self.base_url = base_url
        self.page = context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"{name}: {error}"))
        self.page.on("console", self._console)
        self.page.on("response", self._response)
        # axe-core is served to the page from the same origin by Playwright itself, so
        # the app's CSP (script-src 'self') stays on and is tested along the way.
        self.page.route(f"{base_url}{AXE_URL_PATH}", lambda route: route.fulfill(
            path=str(AXE), content_type="application/javascript"))

    def _console(self, message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.errors.append(f"{self.name}: {message.text}")

    def _response(self, response) -> None:
        if response.status >= 500:
            self.errors.append(f"{self.name}: {response.status} from {response.url}")

    def goto(self, path: str):
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status < 400, (path, response and
                                                                 response.status)
        return response


@pytest.fixture
def people(chromium, live_server) -> Iterator:
    """open_person(name, **context options) -> Person; every context is closed afterwards,
    and any page error or CSP violation fails the test."""
    opened: list[Person] = []

    def open_person(name: str, locale: str = "en-GB", **options) -> Person:
        options.setdefault("viewport", LAPTOP["viewport"])
        context = chromium.new_context(locale=locale, **options)
        context.set_default_timeout(8000)
        person = Person(name, context, live_server.url)
        opened.append(person)
        return person

    yield open_person
    errors = [error for person in opened for error in person.errors]
    for person in opened:
        person.context.close()
    assert not errors, "\n".join(errors)


def check_accessibility(page, context: str = "") -> None:
    """Run axe-core on the page as it is now; fail on any serious or critical violation.

    A click on a link returns once the new page has started loading, when its document
    may have no <head> yet: wait for it to load before injecting axe."""
    page.wait_for_load_state()
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        origin = "/".join(page.url.split("/", 3)[:3])
        page.add_script_tag(url=origin + AXE_URL_PATH)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' +
                                                      n.failureSummary)}));
    }""")
    assert not result, f"axe violations on {context or page.url}:\n" + "\n".join(
        f"- {v['impact']} {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"])
        for v in result)


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot to test-artifacts/screenshots/ (gitignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


TOUCH_TARGETS_JS = """(minimum) => {
  const problems = [];
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, ' +
                   '[role=button], [tabindex]:not([tabindex="-1"])';
  for (const element of document.querySelectorAll(selector)) {
    // A check box or radio button is as large as the label it sits in.
    const target = (element.matches('input[type=checkbox], input[type=radio]') &&
                    element.closest('label')) || element;
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' ||
        box.right <= 0 || box.bottom <= 0 || target.closest('.visually-hidden')) continue;
    if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
      const text = (element.innerText || element.value || element.getAttribute('aria-label')
                    || element.name || '').trim().slice(0, 40);
      problems.push(`${element.tagName.toLowerCase()} "${text}": ` +
                    `${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return problems;
}"""


def small_touch_targets(page, minimum: int = 44) -> list[str]:
    """Every visible control smaller than minimum x minimum CSS pixels."""
    page.wait_for_load_state()
    return page.evaluate(TOUCH_TARGETS_JS, minimum)


def no_horizontal_scroll(page) -> bool:
    page.wait_for_load_state()
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth + 1")
