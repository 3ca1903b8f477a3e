"""The facilitator's desk in the browser, in English and German: the session's navigation,
the set-up page's sections, copy buttons announced to screen readers, the QR code full
screen, the printable invitation sheet (one PDF page per person) and the email page."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from .conftest import LAPTOP, PROJECTOR, check_accessibility, screenshot, story_languages
from .steps import create_session, log_in, open_setup_section

pytestmark = pytest.mark.browser

WORDS = {
    "en": {"setup": "Set-up", "console": "Console", "export": "Export", "draft": "draft",
           "join": "Join code & QR", "people": "Participants & links", "copied":
           "Copied to the clipboard.", "added": "2 participants added", "details": "Details",
           "email": "Invitations by email", "invitations": "Invitations"},
    "de": {"setup": "Einrichtung", "console": "Moderationspult", "export": "Export",
           "draft": "Entwurf", "join": "Code & QR", "people": "Teilnehmende & Links",
           "copied": "In die Zwischenablage kopiert.", "added": "2 Teilnehmende",
           "details": "Angaben", "email": "Einladungen per E-Mail",
           "invitations": "Einladungen"},
}
# What German Excel saves: semicolons, Windows-1252.
INVITE_LIST = ("name;email;affiliation;stakeholder_group\r\n"
               "Jörg Weiß;jorg@example.org;Auswärtiges Amt;Public administration\r\n"
               "Zoë Ødegaard;zoe@example.org;Example Business Network;Business\r\n"
               ).encode("cp1252")


def _current(page) -> list[str]:
    return page.locator("[data-session-nav] a[aria-current=page]").all_inner_texts()


def _visible_sections(page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('.setup-grid > section'))
        .filter(s => !s.hidden).map(s => s.id)""")


@story_languages("en")
def test_facilitator_finds_the_way_and_hands_out_the_links(people, lang):
    words = WORDS[lang]
    locale = "de-DE" if lang == "de" else "en-GB"
    facilitator = people("facilitator", locale=locale, **LAPTOP)
    facilitator.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = facilitator.page
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)

    # -- Where am I: the session's navigation, the current page and the state.
    nav = page.locator("[data-session-nav]")
    assert _current(page) == [words["setup"]]
    assert words["draft"] in nav.locator("[data-session-state]").inner_text()
    nav.get_by_role("link", name=words["console"], exact=True).click()
    page.wait_for_url("**/console")
    assert _current(page) == [words["console"]]
    nav.get_by_role("link", name=words["export"], exact=True).click()
    page.wait_for_url("**/export")
    assert _current(page) == [words["export"]]
    check_accessibility(page, f"export with session nav ({lang})")

    # -- The set-up page shows one section at a time.
    facilitator.goto(setup)
    assert _visible_sections(page) == ["settings"]
    sections = page.locator("[data-section-nav]")
    sections.get_by_role("link", name=words["people"]).click()
    assert _visible_sections(page) == ["roster"]
    assert page.url.endswith("#roster")
    page.locator("#csv_file").set_input_files(
        {"name": "einladungen.csv", "mimeType": "text/csv", "buffer": INVITE_LIST})
    page.locator("#roster button[type=submit]").click()
    page.wait_for_url(re.compile(r"#roster$"))
    assert words["added"] in page.locator(".flash").inner_text()
    assert _visible_sections(page) == ["roster"]
    assert "Jörg Weiß" in page.locator("#roster").inner_text()
    check_accessibility(page, f"set-up, participants ({lang})")
    screenshot(page, f"desk-{lang}-setup-participants")

    # -- Copy a personal link: on the clipboard, and said in the polite live region.
    link = page.locator("#roster input.invite-link").first.input_value()
    page.locator("#roster [data-copy]").first.click()
    page.locator("#announcer", has_text=words["copied"]).wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == link
    assert page.locator("#announcer").get_attribute("aria-live") == "polite"

    sections.get_by_role("link", name=words["join"]).click()
    assert _visible_sections(page) == ["join"]
    page.locator("#join [data-copy=join-code]").click()
    page.wait_for_function(f"() => navigator.clipboard.readText().then(t => t === '{code}')")
    check_accessibility(page, f"set-up, join ({lang})")
    screenshot(page, f"desk-{lang}-setup-join")

    # -- A form with errors opens its own section.
    sections.get_by_role("link", name=words["details"]).click()
    page.locator("#meets_on").fill("2026-03-04")
    page.locator("#title").fill("")
    with page.expect_navigation():
        page.locator("#settings button[type=submit]").click()
    assert _visible_sections(page) == ["settings"]
    assert page.locator("#settings .errors").is_visible()

    # -- The QR code full screen, as a projector shows it.
    qr = people("projector", locale=locale, **PROJECTOR)
    qr.context.add_cookies(facilitator.context.cookies())
    qr.goto(setup + "/qr")
    box = qr.page.locator(".qr-full-image").bounding_box()
    assert box["height"] >= 0.75 * PROJECTOR["viewport"]["height"]
    assert code in qr.page.locator("main").inner_text()
    check_accessibility(qr.page, f"QR full screen ({lang})")
    screenshot(qr.page, f"desk-{lang}-qr-full-screen")

    # -- The invitation sheet prints one page per person, each with only its own name.
    facilitator.goto(setup + "/invitations")
    check_accessibility(page, f"invitation sheet ({lang})")
    screenshot(page, f"desk-{lang}-invitation-sheet")
    page.emulate_media(media="print")
    assert not page.locator("[data-session-nav]").is_visible()
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    texts = [each.extract_text() for each in pdf.pages]
    assert len(texts) == 2, texts
    assert "Jörg Weiß" in texts[0] and "Zoë Ødegaard" not in texts[0]
    assert "Zoë Ødegaard" in texts[1] and "Jörg Weiß" not in texts[1]
    page.emulate_media(media="screen")

    # -- The email page: the text in both languages, and why nothing can be sent here.
    facilitator.goto(setup)
    sections.get_by_role("link", name=words["invitations"]).click()
    page.locator("#invitations").get_by_role("link", name=words["email"]).click()
    page.wait_for_url("**/invitations/email")
    assert page.locator("#subject_de").input_value().startswith("Einladung: ")
    assert page.locator("#subject_en").input_value().startswith("Invitation: ")
    assert "DIALOGUE_SMTP_HOST" in page.locator("main").inner_text()
    check_accessibility(page, f"invitations by email ({lang})")
    screenshot(page, f"desk-{lang}-invitations-email")


def test_copy_falls_back_when_the_clipboard_api_is_missing(people):
    """Over plain http on a LAN there is no Clipboard API: the button still copies."""
    facilitator = people("facilitator", **LAPTOP)
    facilitator.context.grant_permissions(["clipboard-read", "clipboard-write"])
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    page = facilitator.page
    page.add_init_script(
        "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined})")
    open_setup_section(facilitator, setup, "join")
    assert page.evaluate("() => navigator.clipboard === undefined")
    page.locator("#join [data-copy=join-code]").click()
    page.locator("#announcer", has_text=WORDS["en"]["copied"]).wait_for()
    reader = facilitator.context.new_page()
    reader.goto(facilitator.base_url + "/join")
    assert reader.evaluate("() => navigator.clipboard.readText()") == code
