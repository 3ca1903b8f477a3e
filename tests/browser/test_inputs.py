"""Briefing inputs in the browser (dialogue/inputs/): the facilitator attaches a text, a
link, a PDF and an input on the record from the set-up page (and is refused a renamed
program); a participant on a phone (375×667, touch) opens the item's inputs from the board
and downloads the PDF. In English and German."""

from __future__ import annotations

import re
from pathlib import Path

from ..inputs.pdfs import plain_pdf
from .conftest import (
    LAPTOP,
    PHONE,
    PROJECTOR,
    check_accessibility,
    no_horizontal_scroll,
    screenshot,
    small_touch_targets,
    story_languages,
)
from .steps import create_session, log_in, open_setup_section, wait_live

LOCALES = {"en": "en-GB", "de": "de-DE"}
WORDS = {
    "en": {"inputs": "Briefing inputs", "not_pdf": "this file is not a PDF", "input": "Input",
           "record": "on the record", "download": "Download the PDF", "open": "Open the link",
           "n": "Inputs (5)", "new": "The facilitator attached a briefing input to this item."},
    "de": {"inputs": "Impulse", "not_pdf": "diese Datei ist kein PDF", "input": "Impuls",
           "record": "zitierfähig", "download": "PDF herunterladen", "open": "Link öffnen",
           "n": "Impulse (5)", "new": "Die Moderation hat diesem Punkt einen Impuls beigefügt."},
}
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64 + b"This program cannot be run in DOS mode"


def _attach(page, kind: str, **fields) -> None:
    """Open the kind's form on the inputs page, fill it and send it."""
    if page.locator(f"#attach-{kind}").get_attribute("open") is None:
        page.locator(f"#attach-{kind} > summary").click()
    form = page.locator(f"form[data-attach={kind}]")
    for name, value in fields.items():
        field = form.locator(f"#{kind}-{name}")
        if value is True:
            field.check()
        elif isinstance(value, dict):
            field.set_input_files(files=[value])
        else:
            field.fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()


def _pdf(name: str, data: bytes) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": data}


@story_languages("en")
def test_inputs_are_attached_on_the_setup_page_and_read_on_a_phone(people, lang, tmp_path):
    words = WORDS[lang]
    facilitator = people("facilitator", locale=LOCALES[lang], **LAPTOP)
    page = facilitator.page
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    # The first item opened (by the button's form, not its words: both languages).
    open_setup_section(facilitator, setup, "agenda")
    with page.expect_navigation():
        page.locator("#agenda form[action$='/next'] button").click()

    # -- From the agenda, the first item's inputs.
    open_setup_section(facilitator, setup, "agenda")
    link = page.locator("#agenda [data-item-inputs]").first
    assert words["inputs"] in link.inner_text()
    with page.expect_navigation():
        link.click()
    assert re.search(r"/inputs\?item=", page.url)
    check_accessibility(page, f"inputs page ({lang})")

    _attach(page, "text", title="Opening statement",
            text="Three points on skills partnerships.\nFirst: a stable budget line.")
    _attach(page, "link", title="Background study", url="https://example.org/study")
    # A program renamed .pdf is refused with the reason, and nothing is attached.
    _attach(page, "pdf", title="Not a paper", file=_pdf("tool.pdf", EXE))
    error = page.locator("[data-attach-error]")
    assert words["not_pdf"] in error.inner_text()
    assert page.locator("[data-input]").count() == 2
    check_accessibility(page, f"inputs page with an error ({lang})")
    _attach(page, "pdf", title="Country paper", file=_pdf("Jane Doe draft.pdf", plain_pdf(2)))
    _attach(page, "text", title="Keynote", text="Mobility is a shared task.",
            on_the_record=True, speaker="Dr. Ada Speaker", speaker_role="Ministry of Labour")
    titles = page.locator("[data-input] [data-input-title]").all_inner_texts()
    assert titles == ["Opening statement", "Background study", "Country paper", "Keynote"]
    assert "Country-paper.pdf" in page.locator("[data-input]").nth(2).inner_text()
    screenshot(page, f"inputs-setup-{lang}")

    # -- A phone: from the board to the item's inputs, reading them, downloading the PDF.
    phone = people(f"phone {lang}", locale=LOCALES[lang], **PHONE)
    phone.goto(f"/join/{code}")
    phone.page.locator("#name").fill(f"Reader {lang}")
    phone.page.locator("#stakeholder_group").select_option(index=1)
    phone.page.locator("main button[name=accept]").tap()
    phone.page.wait_for_url(f"**/s/{code}")
    wait_live(phone)
    mobile = phone.page
    button = mobile.locator("[data-inputs-link]")
    assert words["inputs"] in button.inner_text()
    assert mobile.locator("[data-agenda] [data-item-inputs]:visible").count() == 1
    assert small_touch_targets(mobile) == [] and no_horizontal_scroll(mobile)  # the board
    button.tap()
    mobile.wait_for_url(re.compile(r"/s/[^/]+/inputs#item-"))
    check_accessibility(mobile, f"phone inputs ({lang})")
    screenshot(mobile, f"inputs-phone-{lang}")
    assert small_touch_targets(mobile) == []
    assert no_horizontal_scroll(mobile)
    current = mobile.locator(".current-inputs")
    assert current.locator("[data-input]").count() == 4
    speakers = current.locator("[data-input-speaker]").all_inner_texts()
    assert [each.strip() for each in speakers[:3]] == [words["input"]] * 3
    assert "Dr. Ada Speaker, Ministry of Labour" in speakers[3]
    assert words["record"] in speakers[3].lower()
    assert "Three points on skills partnerships.\nFirst: a stable budget line." in \
        current.locator(".input-body").first.inner_text()
    web = current.locator("[data-input-link]")
    assert web.inner_text().strip() == words["open"]
    assert web.get_attribute("href") == "https://example.org/study"
    assert web.get_attribute("rel") == "noopener noreferrer"
    assert web.get_attribute("referrerpolicy") == "no-referrer"
    pdf = current.locator("[data-input-file]")
    assert words["download"] in pdf.inner_text()
    with mobile.expect_download() as started:
        pdf.tap()
    download = started.value
    assert download.suggested_filename == "Country-paper.pdf"
    saved = Path(tmp_path) / "paper.pdf"
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
    assert b"Jane" not in saved.read_bytes()

    # -- Back on the board: an input attached during the item reaches the phone live.
    phone.goto(f"/s/{code}")
    wait_live(phone)
    _attach(page, "text", title="Late addition", text="Said during the item.")
    link = mobile.locator("[data-agenda] [data-item-inputs]:visible")
    mobile.wait_for_function("(n) => [...document.querySelectorAll('[data-item-inputs]')]"
                             ".some((a) => !a.hidden && a.textContent.trim() === n)",
                             arg=words["n"])
    assert link.count() == 1
    mobile.wait_for_function("(text) => document.getElementById('announcer').textContent"
                             " === text", arg=words["new"])


PROJECTED = {
    "en": {"heading": "Briefing input", "pdf": "PDF, ",
           "phones": "The whole text is on your phone"},
    "de": {"heading": "Impuls", "pdf": "PDF, ", "phones": "Der ganze Text steht auf Ihrem Telefon"},
}


def _fits(page) -> bool:
    return page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight")


@story_languages("de")
def test_the_facilitator_shows_an_input_on_the_projector(people, lang):
    words, shown = WORDS[lang], PROJECTED[lang]
    facilitator = people("facilitator", locale=LOCALES[lang], **LAPTOP)
    page = facilitator.page
    log_in(facilitator, check=False)
    setup, _code = create_session(facilitator, check=False)
    open_setup_section(facilitator, setup, "agenda")
    with page.expect_navigation():
        page.locator("#agenda form[action$='/next'] button").click()
    open_setup_section(facilitator, setup, "agenda")
    with page.expect_navigation():
        page.locator("#agenda [data-item-inputs]").first.click()
    long_title = ("Skills partnerships between countries of origin and destination " * 4)[:200]
    long_text = "\n".join(f"Point {n}: a stable budget line for language courses, mentoring "
                          "and recognition of qualifications before departure." for n in range(40))
    _attach(page, "text", title=long_title, text=long_text)
    _attach(page, "text", title="Keynote", text="Mobility is a shared task.",
            on_the_record=True, speaker="Dr. Ada Speaker", speaker_role="Ministry of Labour")
    _attach(page, "link", title="Background study", url="https://example.org/study")
    _attach(page, "pdf", title="Country paper", file=_pdf("Jane Doe draft.pdf", plain_pdf(2)))

    # -- The console lists the current item's inputs, each with "Show on projector".
    facilitator.goto(setup + "/console")
    page.locator("[data-connection].live").wait_for()
    panel = page.locator("[data-input-panel]")
    entries = panel.locator("[data-input-entry]:visible")
    entries.nth(3).wait_for()
    assert entries.count() == 4
    assert words["inputs"] in panel.locator("h2").inner_text()
    check_accessibility(page, f"console with inputs ({lang})")
    screen = people("projector", locale=LOCALES[lang], **PROJECTOR)
    log_in(screen, check=False)
    screen.goto(setup + "/projector")
    wait_live(screen)
    proj = screen.page
    input_screen = proj.locator("[data-input-screen]")

    def project(title: str):
        entry = panel.locator("[data-input-entry]", has_text=title)
        entry.locator("[data-input-project]").click()
        proj.locator("[data-input-screen]:not([hidden]) .input-screen-title",
                     has_text=title[:40]).wait_for()
        page.wait_for_function("(el) => el.getAttribute('aria-pressed') === 'true'",
                               arg=entry.locator("[data-input-project]").element_handle())

    # -- On the record: the title and the speaker's name and role.
    project("Keynote")
    assert input_screen.locator(".input-screen-speaker").inner_text() == \
        "Dr. Ada Speaker, Ministry of Labour"
    assert "Mobility is a shared task." in input_screen.inner_text()
    assert shown["heading"] in input_screen.locator(".projector-session").inner_text()
    assert proj.locator("[data-projector]").get_attribute("data-mode") == "input"
    check_accessibility(proj, f"projector with an input ({lang})")
    screenshot(proj, f"inputs-projector-record-{lang}")

    # -- Under the Rule: no speaker anywhere on the screen; the long text fits (cut, with
    # the pointer to the phones), at 1920 × 1080 and 1280 × 720.
    project(long_title)
    assert input_screen.locator(".input-screen-speaker").count() == 0
    assert "Ada Speaker" not in proj.locator("main").inner_text()
    assert shown["phones"] in input_screen.inner_text()
    for width, height in ((1920, 1080), (1280, 720)):
        proj.set_viewport_size({"width": width, "height": height})
        proj.evaluate("() => window.dispatchEvent(new Event('resize'))")
        proj.wait_for_timeout(200)
        assert _fits(proj), (width, height)
    screenshot(proj, f"inputs-projector-rule-{lang}")
    proj.set_viewport_size(PROJECTOR["viewport"])

    # -- A link as its address; a PDF as its title and size.
    project("Background study")
    assert input_screen.locator(".input-screen-url").inner_text() == "https://example.org/study"
    assert input_screen.locator(".input-screen-speaker").count() == 0
    project("Country paper")
    assert input_screen.locator(".input-screen-file").inner_text().startswith(shown["pdf"])
    assert "KB" in input_screen.locator(".input-screen-file").inner_text()
    assert "Jane" not in proj.locator("main").inner_text()
    assert _fits(proj)

    # -- A reload of the projector keeps the input; another view replaces it.
    screen.goto(setup + "/projector")
    wait_live(screen)
    proj.locator("[data-input-screen]:not([hidden]) .input-screen-title",
                 has_text="Country paper").wait_for()
    page.locator("[data-mode-choice][value=pause]").check()
    proj.locator("[data-pause]:not([hidden])").wait_for()
    assert input_screen.is_hidden()
