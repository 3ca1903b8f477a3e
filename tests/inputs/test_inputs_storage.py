"""Where a PDF input lives: in the database, so PostgreSQL stores it, a backup carries it
and the close keeps it for the report; and a PDF upload without a CSRF token is refused."""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa

from dialogue.cli import cli
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.inputs import services
from dialogue.models import BriefingInput

from ..factories import Factory
from .conftest import stored
from .pdfs import hostile_pdf, plain_pdf


def test_a_pdf_input_is_stored_cleaned_on_postgresql_and_stays_after_close(pg_app):
    factory = Factory(pg_app)
    session = factory.live_session()
    found = services.add_pdf(session.agenda[0], "Country paper", hostile_pdf("Pg Author"),
                             10_000_000, on_the_record=True, speaker="Dr. Ada Speaker")
    db.session.commit()
    close_session(session)
    db.session.expire_all()
    data = db.session.scalar(sa.select(BriefingInput.file_data).filter_by(
        public_id=found.public_id))
    assert data is not None and data.startswith(b"%PDF-") and b"Pg Author" not in data
    assert [each.speaker for each in services.inputs_of(session)] == ["Dr. Ada Speaker"]


def test_a_backup_carries_the_inputs_files(app, factory, tmp_path):
    session = factory.live_session()
    found = services.add_pdf(session.agenda[0], "Country paper", plain_pdf(3), 10_000_000)
    db.session.commit()
    target = tmp_path / "backup.sqlite"
    result = app.test_cli_runner().invoke(cli, ["backup", str(target)])
    assert result.exit_code == 0, result.output
    copy = sqlite3.connect(target)
    (data,) = copy.execute("SELECT file_data FROM briefing_input WHERE public_id = ?",
                           (found.public_id,)).fetchone()
    copy.close()
    assert bytes(data) == found.file_data


def test_a_pdf_upload_without_a_csrf_token_is_refused(attach):
    import io

    response = attach.browser.client.post(
        f"{attach.page_url}/pdf", content_type="multipart/form-data",
        data={"pdf-item": attach.session.agenda[0].public_id, "pdf-title": "No token",
              "pdf-file": (io.BytesIO(plain_pdf()), "paper.pdf", "application/pdf")})
    assert response.status_code == 400
    assert stored() == []
