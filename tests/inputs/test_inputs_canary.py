"""The canary test for briefing inputs (DESIGN.md §2, tests/canary.py): roster canaries are
planted in a PDF's metadata and its uploaded file name, and in an input's text; none of
them reaches a participant's page, a downloaded file, any export format or a log line."""

from __future__ import annotations

import io
import logging

import pytest
import sqlalchemy as sa

from dialogue.export import services as export
from dialogue.extensions import db, socketio
from dialogue.models import BriefingInput, DialogueSession

from ..canary import CANARIES, CanaryWatch
from ..conftest import csrf_from
from ..export.conftest import FORMATS, readable
from .conftest import Attach
from .pdfs import hostile_pdf


@pytest.fixture
def watch() -> CanaryWatch:
    return CanaryWatch()


def _canary_session(factory, watch):
    session = factory.live_session()
    people = []
    for name, email, affiliation, acronym in CANARIES:
        # The acronym with the name, as the export canary has it: the detector knows it.
        entry = factory.roster_entry(session, name=name, email=email,
                                     affiliation=f"{affiliation} ({acronym})")
        watch.forbid_entry(entry)
        watch.forbid(acronym)
        people.append(entry)
    return session, people


def _attach_with_canaries(attach: Attach) -> None:
    author = CANARIES[0][0]
    assert attach.pdf(hostile_pdf(author), title="Country paper",
                      filename=f"{author} - {CANARIES[1][2]}.pdf",
                      note="Figures for the first item").status_code == 302
    assert attach.link(title="Background study",
                       url="https://example.org/study").status_code == 302
    assert attach.text(title="Keynote", text="Mobility is a shared task.", on_the_record="y",
                       speaker="Dr. Ada Speaker", speaker_role="Ministry of Labour"
                       ).status_code == 302


def test_no_canary_reaches_a_participant_a_download_or_a_log(app, factory, watch, caplog,
                                                            facilitator_browser):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    session, people = _canary_session(factory, watch)
    joined = [factory.join(session, entry) for entry in people]
    for person in joined:
        watch.forbid(person.ref)
    first_item, session_id = session.agenda[0].public_id, session.id
    page = joined[0].client.get(f"/s/{session.code}").get_data(as_text=True)
    socket = socketio.test_client(app, flask_test_client=joined[0].client, auth={
        "session": session.public_id, "role": "participant", "csrf": csrf_from(page)})
    socket.get_received()
    session = db.session.get_one(DialogueSession, session_id)  # the socket's context ended
    attach = Attach(facilitator_browser, session)
    _attach_with_canaries(attach)
    received = socket.get_received()
    assert [each["args"][0]["items"] for each in received if each["name"] == "inputs"][-1][
        first_item] == 3  # the event came, with the count only
    watch.record("socket events", received)
    watch.record("sync snapshot", socket.emit("sync", {}, callback=True))
    # The facilitator puts the inputs under the Rule on the projector (the PDF whose
    # metadata and file name carried canaries, and the link): what the room hears.
    _project_off_the_record(app, facilitator_browser, session.public_id, socket, watch)
    socket.disconnect()
    files = db.session.scalars(sa.select(BriefingInput.public_id)
                               .filter_by(kind="pdf")).all()
    assert files
    for person in joined:
        for url in (f"/s/{session.code}", f"/s/{session.code}/inputs",
                    *(f"/s/{session.code}/inputs/{each}/file" for each in files)):
            response = person.client.get(url)
            assert response.status_code == 200, url
            body = response.get_data()
            if url.endswith("/file"):
                from pypdf import PdfReader

                reader = PdfReader(io.BytesIO(body))
                watch.record(f"PDF text and metadata {url}", "\n".join(
                    [*(page.extract_text() for page in reader.pages),
                     str(reader.metadata), str(reader.xmp_metadata)]))
            watch.record(f"GET {url}", body)
            watch.record(f"headers {url}", dict(response.headers))
    owner_page = facilitator_browser.get(attach.page_url).get_data(as_text=True)
    assert "Country-paper.pdf" in owner_page
    watch.record("the stored file", b"".join(db.session.scalars(
        sa.select(BriefingInput.file_data).filter_by(kind="pdf")).all()))
    watch.record("the stored rows", [[each.title, each.body, each.url, each.file_name]
                                     for each in db.session.scalars(sa.select(BriefingInput))])
    watch.record("log", "\n".join(record.getMessage() for record in caplog.records))
    assert watch.leaks() == []


def _project_off_the_record(app, facilitator_browser, sid, socket, watch) -> None:
    page = facilitator_browser.get(f"/facilitate/{sid}").get_data(as_text=True)
    console = socketio.test_client(app, flask_test_client=facilitator_browser.client, auth={
        "session": sid, "role": "facilitator", "csrf": csrf_from(page)})
    off = db.session.scalars(sa.select(BriefingInput.public_id)
                             .filter_by(on_the_record=False)).all()
    assert len(off) == 2
    for n, each in enumerate(off):
        reply = console.emit("input_project", {"input": each, "client_key": f"canary-{n:04d}"},
                             callback=True)
        assert reply["ok"] and "speaker" not in reply["input"], reply
        watch.record(f"input_project reply {each}", reply)
    heard = [event["args"][0] for event in socket.get_received()
             if event["name"] == "projected_input"]
    assert {each["id"] for each in heard} == set(off)
    assert all("speaker" not in each and "role" not in each for each in heard)
    assert {each["title"] for each in heard} == {"Country paper", "Background study"}
    watch.record("projected_input events", heard)
    watch.record("sync snapshot with an input on the projector",
                 socket.emit("sync", {}, callback=True))
    console.disconnect()


def test_no_canary_reaches_any_export_format_with_inputs(factory, watch, facilitator_browser):
    session, _people = _canary_session(factory, watch)
    attach = Attach(facilitator_browser, session)
    _attach_with_canaries(attach)
    # An input under the Rule that names a participant: the facilitator is warned, and the
    # export review redacts the names unless cleared.
    assert attach.text(title="Opening statement", text=(
        f"As {CANARIES[0][0]} put it, write to {CANARIES[1][1]}. In my unit at the "
        f"{CANARIES[0][3]} we tried exactly this."
    )).status_code == 302
    export.redact_undecided(session)
    db.session.commit()
    release = export.release_export(session, session.owner, list(export.FORMATS), "en")
    db.session.commit()
    released = export.released_export(release)
    for fmt in FORMATS:
        text = readable(fmt, export.render(released, fmt))
        folded = " ".join(text.split())
        for words in ("Opening statement", "put it, write to", "Country-paper.pdf",
                      "Dr. Ada Speaker", "https://example.org/study"):
            assert words in folded, (fmt, words)
        watch.record(f"export {fmt}", text)
    assert watch.leaks() == []


def test_the_watch_sees_the_canaries_where_they_were_planted(factory, watch,
                                                            facilitator_browser):
    """Without the cleaning and the review they are there: the tests above can fail."""
    session, _people = _canary_session(factory, watch)
    watch.record("the upload itself", hostile_pdf(CANARIES[0][0]))
    attach = Attach(facilitator_browser, session)
    attach.text(title="Opening statement", text=f"As {CANARIES[0][0]} put it.")
    watch.record("unredacted", export.render(export.build_export(session, redact=False), "md"))
    assert {value for _, value in watch.leaks()} >= {CANARIES[0][0]}
    assert {where for where, _ in watch.leaks()} == {"the upload itself", "unredacted"}
