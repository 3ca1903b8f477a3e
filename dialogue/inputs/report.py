"""Briefing inputs in the export: one entry per input, its texts through the review."""

from __future__ import annotations

from ..export.flags import Flagger
from ..export.model import EMPTY, BriefingInputEntry
from ..models import DialogueSession
from . import services


def report_inputs(session: DialogueSession, flagger: Flagger) -> list[BriefingInputEntry]:
    """The session's inputs for the report's annex and the data exports, in agenda order.

    Title, text and address pass the export review (``Flagger``: the roster-aware
    detector, the facilitator's decisions and redactions), as every exported text does.
    The speaker's name and role leave only with an input on the record."""
    numbers = {item.id: number for number, item in enumerate(session.agenda, start=1)}
    entries = []
    for found in services.inputs_of(session):
        source = f"input:{found.public_id}"
        entries.append(BriefingInputEntry(
            item=numbers.get(found.agenda_item_id, 0), kind=found.kind,
            title=flagger.passage(source, "title", found.title),
            text=flagger.passage(source, "body", found.body) if found.body else EMPTY,
            url=flagger.passage(source, "url", found.url, _the_link_itself(flagger, found.url))
            if found.url else EMPTY,
            file_name=found.file_name if found.kind == "pdf" else "",
            file_size=found.file_size if found.kind == "pdf" else 0,
            on_the_record=bool(found.on_the_record),
            speaker=found.speaker if found.on_the_record else "",
            speaker_role=found.speaker_role if found.on_the_record else ""))
    return entries


def _the_link_itself(flagger: Flagger, url: str) -> frozenset[tuple[int | None, int | None]]:
    """The detector reads every web address as a contact detail. A link's address is what
    the facilitator attached, so that span starts out cleared (as a moderator's clearing
    on the board does); the review still shows it and can redact it. Anything else the
    detector finds in the address (a roster name it tells apart) stays undecided."""
    whole = (0, len(url))
    return frozenset(whole for span in flagger.spans(url)
                     if (span.start, span.end) == whole and span.label == "CONTACT")


def annex_groups(export) -> list[tuple[str, list[BriefingInputEntry]]]:
    """The annex's inputs, grouped by agenda item: (heading, entries), items in order."""
    titles = {section.number: section.title for section in export.agenda}
    from ..export.strings import text_for

    t = text_for(export.language)
    return [(f"{t('item', n=number)}: {titles.get(number, '')}",
             [entry for entry in export.inputs if entry.item == number])
            for number in sorted({entry.item for entry in export.inputs})]


def byline(entry: BriefingInputEntry, t) -> str:
    """Who gave it: the speaker (and role) on the record; "Input" under the Rule."""
    if not entry.on_the_record:
        return t("input_unnamed")
    who = ", ".join(part for part in (entry.speaker, entry.speaker_role) if part)
    return f"{who} ({t('on_the_record')})"


def headline(entry: BriefingInputEntry, t) -> str:
    """"Link · Title · byline" as one line (Markdown and DOCX)."""
    return f"{t('input_kind_' + entry.kind)}: {entry.title} – {byline(entry, t)}"


def file_line(entry: BriefingInputEntry, t) -> str:
    return t("input_file", name=entry.file_name,
             size=t.number(max(1, round(entry.file_size / 1000))))
