"""Helpers for the export tests: a session with boards, options and results, as a reader gets it."""

from __future__ import annotations

import pytest

from dialogue.extensions import db
from dialogue.models import Argument, Contribution, DialogueSession, RosterEntry
from dialogue.models.base import utcnow
from dialogue.options import rounds, services


class ExportKit:
    """Builds what an export reads, through the options services where they exist."""

    def __init__(self, factory):
        self.factory = factory

    def attendee(self, session: DialogueSession, group: str | None = None,
                 **values) -> RosterEntry:
        """A roster entry that has joined (attendance counts joined people)."""
        entry = self.factory.roster_entry(session, group=group, **values)
        entry.joined_on = utcnow()
        db.session.commit()
        return entry

    def contribution(self, session: DialogueSession, text: str, votes: int = 0,
                     item: int = 0, status: str = "published", kind: str = "contribution",
                     answered: bool = False, by: RosterEntry | None = None) -> Contribution:
        ref = self.factory.ref(session, by) if by is not None else "f" * 64
        contribution = Contribution(
            session_id=session.id, agenda_item_id=session.agenda[item].id, text=text,
            status=status, kind=kind, answered=answered, vote_count=votes, author_ref=ref,
            flags=[], cleared_flags=[], labels=[])
        db.session.add(contribution)
        db.session.commit()
        return contribution

    def option(self, session: DialogueSession, title: str = "Joint skills fund", **fields):
        option = services.create_option(session, services.FACILITATOR,
                                        {"title": title, **fields})
        db.session.commit()
        return option

    def argument(self, option, side: str, text: str, votes: int = 0) -> Argument:
        argument = services.add_argument(option, "a" * 64, side, text)
        argument.vote_count = votes
        db.session.commit()
        return argument

    def amend(self, option, field: str, text: str) -> None:
        amendment = services.propose_amendment(option, "b" * 64, field, text)
        services.decide_amendment(amendment, accept=True)
        db.session.commit()

    def rated(self, session: DialogueSession, option, scores: list[int],
              consent: list[str] = ()) -> None:
        """A revealed rating round (every criterion gets ``scores``) and consent round."""
        found = rounds.open_round(session, "rating", [option.public_id])
        for index, score in enumerate(scores):
            rounds.rate(found, option, f"r{index:063d}", session.stakeholder_groups[0],
                        {criterion.key: score for criterion in session.criteria})
        rounds.close_round(found)
        rounds.reveal_results(found)
        if consent:
            found = rounds.open_round(session, "consent", [option.public_id])
            for index, choice in enumerate(consent):
                rounds.give_consent(found, option, f"c{index:063d}",
                                    session.stakeholder_groups[0], choice,
                                    "A reason" if choice == "block" else "")
            rounds.close_round(found)
            rounds.reveal_results(found)
        db.session.commit()


@pytest.fixture
def kit(factory) -> ExportKit:
    return ExportKit(factory)


def readable(fmt: str, data: bytes) -> str:
    """Everything a reader of the file could see in it, as text (metadata included)."""
    import io
    import zipfile

    if fmt == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = "\n".join(page.extract_text() for page in reader.pages)
        return f"{pages}\n{dict(reader.metadata or {})}"
    if fmt == "docx":
        from docx import Document

        document = Document(io.BytesIO(data))
        cells = [cell.text for table in document.tables for row in table.rows
                 for cell in row.cells]
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            core = archive.read("docProps/core.xml").decode()
        return "\n".join([*(p.text for p in document.paragraphs), *cells, core])
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(f"{info.filename} {info.date_time}\n"
                             + archive.read(info).decode("utf-8-sig")
                             for info in archive.infolist())
    text = data.decode("utf-8")
    if fmt == "md":  # escaping could split a leaked value ("a\\_b"): look at both forms
        return f"{text}\n{text.replace(chr(92), '')}"
    return text


FORMATS = ("pdf", "docx", "html", "md", "json", "csv")
