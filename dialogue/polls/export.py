"""The polls of a session for the outcome report and the data exports (export/model.py's
PollResult): each poll that ran, in the order the facilitator asked them, its question in
the report's language and, if it was revealed in the session, its final figures."""

from __future__ import annotations

from ..export.model import PollFigure, PollResult
from ..models import DialogueSession, Poll
from . import services


def _local(thing: dict | Poll, name: str, language: str) -> str:
    get = thing.get if isinstance(thing, dict) else lambda key, default="": getattr(
        thing, key, default)
    return (language == "de" and get(f"{name}_de", "")) or get(name, "") or ""


def poll_results(session: DialogueSession, language: str) -> list[PollResult]:
    numbers = {item.id: number for number, item in enumerate(session.agenda, start=1)}
    ran = [poll for poll in reversed(services.polls_of(session)) if poll.state != "draft"]
    found = []
    for number, poll in enumerate(ran, start=1):
        figures = (poll.figures or {}) if poll.revealed else {}
        too_few = bool(figures.get("too_few", True))
        counts = figures.get("counts") or {}
        if poll.kind == "scale":
            bars = [PollFigure(point, int(count)) for point, count in
                    sorted(counts.items(), key=lambda pair: int(pair[0]))]
        else:
            bars = [PollFigure(_local(choice, "label", language), int(counts.get(choice["key"], 0)))
                    for choice in poll.choices] if counts else []
        found.append(PollResult(
            number=number, item=numbers.get(poll.agenda_item_id or -1), kind=poll.kind,
            question=_local(poll, "question", language), revealed=bool(poll.revealed),
            too_few=too_few, n=None if too_few else figures.get("n"),
            median=None if too_few else figures.get("median"),
            figures=[] if too_few else bars,
            words=[] if too_few else [PollFigure(str(each["word"]), int(each["count"]))
                                      for each in figures.get("words") or []]))
    return found
