"""What people do in the browser, step by step, as the browser tests' shared vocabulary."""

from __future__ import annotations

import re

from .conftest import (
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    PHONE,
    PROJECTOR,
    Person,
    check_accessibility,
)


def log_in(facilitator: Person, check: bool = True) -> None:
    facilitator.goto("/facilitate/login")
    if check:
        check_accessibility(facilitator.page, "login")
    # By id, not by label: the same steps serve English and German browsers.
    facilitator.page.locator("#email").fill(FACILITATOR_EMAIL)
    facilitator.page.locator("#password").fill(FACILITATOR_PASSWORD)
    facilitator.page.locator("main button[type=submit]").click()
    facilitator.page.wait_for_url("**/facilitate/")


def create_session(facilitator: Person, template: str = "Taster|Schnupperrunde", check: bool = True
                   ) -> tuple[str, str]:
    """From the sessions list, create a session from a template; return (setup path, code)."""
    page = facilitator.page
    facilitator.goto("/facilitate/new")
    if check:
        check_accessibility(page, "new session")
    page.get_by_role("radio", name=re.compile(template)).check()
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/facilitate/[^/]+$"))
    code = page.locator("code.join-code").first.inner_text().strip()
    return page.url.removeprefix(facilitator.base_url), code


def join_as_walk_in(participant: Person, code: str, name: str, check: bool = True) -> None:
    """Type the code on the landing page, say who you are and accept the Rule in the same
    tap: three screens (code, walk-in with the Rule, board)."""
    page = participant.page
    participant.goto("/join")
    if check:
        check_accessibility(page, "join by code")
    page.get_by_label("Session code").fill(code)
    page.get_by_role("button", name="Join", exact=True).click()
    page.wait_for_url(f"**/join/{code}")
    if check:
        check_accessibility(page, "walk-in")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your organisation").fill("Canary Institute")
    page.get_by_label("Stakeholder group").select_option(index=1)
    page.locator("main button[name=accept]").click()
    page.wait_for_url(f"**/s/{code}")


def accept_rule(participant: Person, code: str, check: bool = True) -> None:
    """On the Rule page (after an invite link): one tap, "I accept the Chatham House Rule"."""
    page = participant.page
    page.wait_for_url(f"**/s/{code}/rule")
    if check:
        check_accessibility(page, "rule")
    page.locator("main button[name=accept]").click()
    page.wait_for_url(f"**/s/{code}")


def open_setup_section(facilitator: Person, setup_path: str, section: str) -> None:
    """The set-up page shows one section at a time: open it from the section nav."""
    facilitator.goto(setup_path)
    facilitator.page.locator(f"[data-section-nav] a[href='#{section}']").click()
    facilitator.page.locator(f"section#{section}").wait_for()


def open_next_item(facilitator: Person, setup_path: str) -> None:
    open_setup_section(facilitator, setup_path, "agenda")
    facilitator.page.get_by_role("button", name="Open next item").click()
    facilitator.page.wait_for_url(re.compile(r"#agenda$"))


def wait_live(person: Person) -> None:
    """The connection indicator says the page is live."""
    person.page.locator("[data-connection].live").wait_for()


def select_words(locator, words: str) -> None:
    """Select ``words`` inside the element, as a person dragging over them would."""
    locator.evaluate("""(node, words) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const start = node.textContent.indexOf(words), range = document.createRange();
        let offset = 0;
        for (let each = walker.nextNode(); each; each = walker.nextNode()) {
            const end = offset + each.length;
            if (start >= offset && start <= end) range.setStart(each, start - offset);
            if (start + words.length >= offset && start + words.length <= end) {
                range.setEnd(each, start + words.length); break;
            }
            offset = end;
        }
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }""", words)


def console_with_an_open_item(facilitator: Person) -> tuple[str, str]:
    """The facilitator logs in, creates a session, opens its first item and watches the
    console until it is live; returns the set-up path and the join code."""
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    facilitator.goto(setup + "/console")
    facilitator.page.locator("[data-connection].live").wait_for()
    return setup, code


def projector_on(people, setup_path: str) -> Person:
    """The room's projector (the facilitator's login on the big screen), live."""
    projector = people("projector", **PROJECTOR)
    log_in(projector, check=False)
    projector.goto(setup_path + "/projector")
    wait_live(projector)
    return projector


def walk_in_on_phones(people, code: str, **names: str) -> list[Person]:
    """People on phones (``Short="Full Name"``) walk in with the code; each board is live."""
    phones = []
    for short, full in names.items():
        phone = people(short, **PHONE)
        join_as_walk_in(phone, code, full, check=False)
        phones.append(phone)
    for phone in phones:
        wait_live(phone)
    return phones
