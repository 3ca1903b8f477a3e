"""Briefing inputs: attaching texts, links and PDF files; what is refused (and then nothing
is stored); what participants read; the PDF's download; close and agenda changes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from dialogue.extensions import db
from dialogue.facilitate.services import close_session, remove_agenda_item

from .conftest import stored
from .pdfs import hostile_pdf, plain_pdf


def _seat(factory, session):
    return factory.join(session)


# -- attaching ---------------------------------------------------------------------------


def test_the_owner_attaches_a_text_a_link_and_a_pdf(attach):
    assert attach.text(text="Line one\r\nLine two").status_code == 302
    assert attach.link(note="The ministry's study").status_code == 302
    assert attach.pdf(plain_pdf(2), title="Skills study 2025").status_code == 302
    text, link, pdf = stored()
    assert (text.kind, text.body) == ("text", "Line one\nLine two")
    assert (link.kind, link.url, link.body) == ("link", "https://example.org/paper",
                                                "The ministry's study")
    assert pdf.kind == "pdf" and pdf.file_name == "Skills-study-2025.pdf"
    assert len(PdfReader(io.BytesIO(pdf.file_data)).pages) == 2
    assert pdf.file_size == len(pdf.file_data)
    page = attach.browser.get(attach.page_url).get_data(as_text=True)
    for words in ("Opening statement", "https://example.org/paper", "Skills-study-2025.pdf"):
        assert words in page


def test_a_pdf_is_stored_without_its_authors_name_or_its_scripts(attach):
    data = hostile_pdf("Jane Canary-Author")
    assert b"Canary-Author" in data and b"/JavaScript" in data  # the test can fail
    assert attach.pdf(data, filename="Jane-Canary-Author-draft.pdf").status_code == 302
    (found,) = stored()
    assert b"Canary-Author" not in found.file_data
    assert b"/JavaScript" not in found.file_data and b"/OpenAction" not in found.file_data
    reader = PdfReader(io.BytesIO(found.file_data))
    assert reader.metadata is None and reader.xmp_metadata is None
    (kept,) = reader.pages[0]["/Annots"]  # the web link stays, the script link is gone
    assert kept.get_object()["/A"]["/URI"] == "https://example.org/kept"
    assert "Canary" not in found.file_name  # named after the title, not the upload


def test_an_input_on_the_record_keeps_its_speaker(attach):
    response = attach.text(on_the_record="y", speaker="Dr. Ada Speaker",
                           speaker_role="Ministry of Labour")
    assert response.status_code == 302
    (found,) = stored()
    assert found.on_the_record and (found.speaker, found.speaker_role) == (
        "Dr. Ada Speaker", "Ministry of Labour")


def _renamed_exe() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200 + b"This program cannot be run in DOS mode"


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("case", "data", "status", "says"), [
    ("an exe renamed .pdf", _renamed_exe(), 400, "not a PDF"),
    ("HTML sent as a PDF", b"<html><script>alert(1)</script></html>", 400, "not a PDF"),
    ("an empty file", b"", 400, "The file is empty"),
    ("a broken PDF", b"%PDF-1.7\n" + b"garbage " * 50, 400, "could not be read"),
    ("an encrypted PDF", _encrypted_pdf(), 400, "encrypted"),
])
def test_a_file_that_is_not_a_clean_pdf_is_refused(attach, case, data, status, says):
    response = attach.pdf(data)
    assert response.status_code == status, case
    assert says in response.get_data(as_text=True), case
    assert stored() == []


def test_a_pdf_over_the_size_limit_gets_a_clear_413_and_nothing_is_stored(app, attach):
    app.config["MAX_INPUT_BYTES"] = 2_000
    data = plain_pdf() + b"%" + b"x" * 3_000  # a valid start, too many bytes
    response = attach.pdf(data)
    assert response.status_code == 413
    assert "larger than 2 KB" in response.get_data(as_text=True)
    assert stored() == []


def test_a_request_over_the_upload_limit_is_refused_before_it_is_read(app, attach):
    """Larger than the limit and the form's room: Werkzeug refuses the body itself (the
    CSRF check is what reads it); still the inputs page with the reason, not a crash."""
    app.config["MAX_INPUT_BYTES"] = 10_000
    response = attach.pdf(plain_pdf() + b"x" * 200_000)
    assert response.status_code == 413
    body = response.get_data(as_text=True)
    assert "larger than 10 KB" in body and "Attach a PDF file" in body
    assert stored() == []


def test_a_pdf_larger_than_the_apps_request_limit_but_within_the_input_limit_is_taken(
        app, attach):
    app.config["MAX_CONTENT_LENGTH"] = 5_000
    assert attach.pdf(plain_pdf() + b"\n%" + b"p" * 20_000).status_code == 302
    assert len(stored()) == 1


@pytest.mark.parametrize(("url", "says"), [
    ("javascript:alert(1)", "Only web links"),
    ("JavaScript:alert(document.cookie)", "Only web links"),
    ("data:text/html,<script>alert(1)</script>", "Only web links"),
    ("ftp://example.org/file", "Only web links"),
    ("file:///etc/passwd", "Only web links"),
    ("https://", "not a web address"),
    ("https://user:pw@example.org/", "user name or password"),
    ("https://example.org/a b", "spaces"),
    ("//example.org/x", "Only web links"),
    ("", "This field is required"),
])
def test_a_link_that_is_not_a_web_address_is_refused(attach, url, says):
    response = attach.link(url=url)
    assert response.status_code == 400, url
    assert says in response.get_data(as_text=True), url
    assert stored() == []


@pytest.mark.parametrize(("fields", "says"), [
    ({"title": ""}, "This field is required"),
    ({"text": ""}, "This field is required"),
    ({"text": "x" * 20_001}, "20000"),
    ({"title": "x" * 201}, "200"),
    ({"text": "bad \x00 byte"}, "control character"),
    ({"speaker": "Dr. Ada Speaker"}, "only with an input on the record"),
    ({"on_the_record": "y"}, "needs its speaker"),
])
def test_a_text_input_with_missing_or_bad_fields_is_refused(attach, fields, says):
    response = attach.text(**fields)
    assert response.status_code == 400, fields
    assert says in response.get_data(as_text=True), fields
    assert stored() == []


def test_a_pdf_form_without_a_file_is_refused(attach):
    response = attach.post("pdf", title="No file")
    assert response.status_code == 400
    assert "Choose a PDF file." in response.get_data(as_text=True)
    assert stored() == []


def test_another_sessions_agenda_item_is_refused(attach, factory):
    other = factory.live_session()
    response = attach.text(item=other.agenda[0].public_id)
    assert response.status_code == 400
    assert stored() == []


def test_another_facilitator_cannot_attach_or_download(attach, app, factory):
    from ..conftest import Browser

    assert attach.pdf(plain_pdf()).status_code == 302
    (found,) = stored()
    factory.make_facilitator("stranger@example.org")
    stranger = Browser(app.test_client())
    stranger.post("/facilitate/login", {"email": "stranger@example.org",
                                        "password": factory.password},
                  token_from="/facilitate/login")
    sid = attach.session.public_id
    assert stranger.get(f"/facilitate/{sid}/inputs").status_code == 404
    assert stranger.get(f"/facilitate/{sid}/inputs/{found.public_id}/file").status_code == 404
    assert stranger.post(f"/facilitate/{sid}/inputs/text", {"text-title": "x"},
                         token_from="/facilitate/").status_code == 404
    assert len(stored()) == 1


def test_the_owner_removes_an_input_but_not_another_sessions(attach, factory, facilitator_browser):
    from ..inputs.conftest import Attach

    attach.text()
    other = Attach(facilitator_browser, factory.live_session())
    other.text(title="Theirs")
    mine, theirs = stored()
    sid = attach.session.public_id
    wrong = facilitator_browser.post(f"/facilitate/{sid}/inputs/{theirs.public_id}/remove",
                                     token_from=attach.page_url)
    assert wrong.status_code == 404
    assert len(stored()) == 2
    done = facilitator_browser.post(f"/facilitate/{sid}/inputs/{mine.public_id}/remove",
                                    token_from=attach.page_url)
    assert done.status_code == 302
    assert [each.title for each in stored()] == ["Theirs"]


def test_an_off_the_record_input_naming_a_participant_is_flagged_to_the_facilitator(
        attach, factory):
    factory.roster_entry(attach.session, name="Quentin Rostermann")
    response = attach.text(text="As Quentin Rostermann said last week, skills matter.")
    assert response.status_code == 302
    page = attach.browser.get(attach.page_url).get_data(as_text=True)
    assert "may identify someone" in page and "Quentin Rostermann" in page
    assert "May identify someone:" in page


# -- reading -----------------------------------------------------------------------------


def test_participants_read_inputs_without_the_speaker_unless_on_the_record(attach, factory):
    attach.text(title="Under the Rule", text="An unnamed statement.")
    attach.text(title="Keynote", text="A named one.", on_the_record="y",
                speaker="Dr. Ada Speaker", speaker_role="Ministry of Labour")
    attach.link(title="A study online")
    attach.pdf(plain_pdf(), title="The paper")
    joined = _seat(factory, attach.session)
    code = attach.session.code
    board = joined.client.get(f"/s/{code}").get_data(as_text=True)
    assert f"/s/{code}/inputs" in board and "Inputs (4)" in board
    page = joined.client.get(f"/s/{code}/inputs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for words in ("Under the Rule", "An unnamed statement.", "Keynote", "Dr. Ada Speaker",
                  "Ministry of Labour", "https://example.org/paper"):
        assert words in html
    assert 'rel="noopener noreferrer"' in html and 'referrerpolicy="no-referrer"' in html
    assert html.count("data-input-speaker") == 4
    assert html.count("Dr. Ada Speaker") == 1  # only the input on the record names one


def test_a_participant_downloads_a_pdf_as_an_attachment(attach, factory):
    attach.pdf(plain_pdf(), title="Die Studie über Fachkräfte")
    (found,) = stored()
    joined = _seat(factory, attach.session)
    response = joined.client.get(f"/s/{attach.session.code}/inputs/{found.public_id}/file")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == \
        'attachment; filename="Die-Studie-uber-Fachkrafte.pdf"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    assert response.get_data() == found.file_data


def test_inputs_are_for_seated_participants_of_their_own_session(attach, factory, app):
    attach.pdf(plain_pdf())
    (found,) = stored()
    code = attach.session.code
    other_session = factory.live_session()
    stranger = factory.join(other_session)
    for url in (f"/s/{code}/inputs", f"/s/{code}/inputs/{found.public_id}/file"):
        response = stranger.client.get(url)
        assert response.status_code == 302 and response.headers["Location"].endswith(
            f"/join/{code}"), url
        anonymous = app.test_client().get(url)
        assert anonymous.status_code == 302, url
    # Another session's input id through this session's address: not found.
    theirs_joined = factory.join(attach.session)
    from .conftest import Attach

    Attach(attach.browser, other_session).text(title="Other session's")
    other_input = stored()[-1]
    response = theirs_joined.client.get(f"/s/{code}/inputs/{other_input.public_id}/file")
    assert response.status_code == 404
    # A text input has no file.
    own_text = attach.text() and stored()[-1]
    assert theirs_joined.client.get(
        f"/s/{code}/inputs/{own_text.public_id}/file").status_code == 404


def test_a_seat_that_has_not_accepted_the_rule_is_sent_to_the_rule(attach, factory, app):
    entry = factory.roster_entry(attach.session)
    client = app.test_client()
    client.get(factory.invite_url(entry))
    response = client.get(f"/s/{attach.session.code}/inputs")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/s/{attach.session.code}/rule")


# -- the agenda and the close -----------------------------------------------------------


def test_removing_an_agenda_item_removes_its_inputs(attach):
    session = attach.session
    pending = session.agenda[-1]
    attach.text(item=pending.public_id)
    attach.text(title="On the first item")
    remove_agenda_item(pending)
    db.session.commit()
    assert [each.title for each in stored()] == ["On the first item"]


def test_after_close_inputs_stay_for_the_report_but_nothing_changes(attach, factory):
    attach.text()
    joined = _seat(factory, attach.session)
    close_session(attach.session)
    assert len(stored()) == 1
    response = attach.text(title="Too late")
    assert response.status_code == 409
    (found,) = stored()
    sid = attach.session.public_id
    removed = attach.browser.post(f"/facilitate/{sid}/inputs/{found.public_id}/remove",
                                  token_from=attach.page_url)
    assert removed.status_code == 409
    assert len(stored()) == 1
    ended = joined.client.get(f"/s/{attach.session.code}/inputs")
    assert ended.status_code == 410
