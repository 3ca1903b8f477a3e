"""The data formats: JSON (docs/export-schema.json) and CSV, one file per table in a zip."""

from __future__ import annotations

import io
import json
import zipfile

from ..spreadsheet import csv_text
from .html import CONSENT_CHOICES, SCALE
from .model import Export, to_dict


def write_json(export: Export) -> bytes:
    """Compact: with ``indent`` the json module falls back to its slow pure-Python encoder
    (five seconds instead of a fraction for a 10,000-contribution session)."""
    return json.dumps(to_dict(export), ensure_ascii=False, separators=(",", ":")).encode()


Rows = list[list[object]]  # a table: the header row, then one row per record


def tables(export: Export) -> dict[str, Rows]:
    """The export as tables (first row the header); items and options by their number."""
    agenda: Rows = [["item", "title", "question", "on_the_record"]]
    contributions: Rows = [["item", "kind", "rank", "votes", "text", "attribution"]]
    for s in export.agenda:
        agenda.append([s.number, s.title, s.question, s.on_the_record])
        for kind, entries in (("contribution", s.contributions),
                              ("answered_question", s.answered_questions),
                              ("open_question", s.open_questions)):
            contributions += [[s.number, kind, rank, e.votes, str(e.text), e.attribution or ""]
                              for rank, e in enumerate(entries, start=1)]
    options: Rows = [["option", "title", "status", "consent_reached", "status_contradicts",
                "status_reason", "empty_fields"]]
    block_reasons: Rows = [["option", "round", "text"]]
    fields: Rows = [["option", "field", "label", "text"]]
    arguments: Rows = [["option", "side", "rank", "votes", "text"]]
    amendments: Rows = [["option", "field", "label", "text"]]
    ratings: Rows = [["option", "round", "criterion", "n", *(f"score_{s}" for s in SCALE),
                "median", "q1", "q3", "iqr", "too_few"]]
    consent: Rows = [["option", "round", "n", *CONSENT_CHOICES, "consenting", "consent_share",
                "blocks", "too_few", "reached"]]
    for o in export.options:
        options.append([o.number, str(o.title), o.status,
                        "" if o.consent_reached is None else o.consent_reached,
                        o.status_contradicts, str(o.status_reason), "; ".join(o.empty_fields)])
        fields += [[o.number, f.key, f.label, str(f.text)] for f in o.fields]
        for side, entries in (("pro", o.arguments_pro), ("contra", o.arguments_contra)):
            arguments += [[o.number, side, rank, e.votes, str(e.text)]
                          for rank, e in enumerate(entries, start=1)]
        amendments += [[o.number, a.key, a.label, str(a.text)] for a in o.accepted_amendments]
        for r in o.rating_rounds:
            ratings += [[o.number, r.round, c.label, *_blank_if(c.too_few, [
                c.n, *(c.distribution.get(s, 0) for s in SCALE), c.median, c.q1, c.q3,
                c.iqr]), c.too_few] for c in r.criteria]
        consent += [[o.number, r.round, *_blank_if(r.too_few, [
            r.n, *(r.distribution.get(c, 0) for c in CONSENT_CHOICES), r.consenting,
            r.consent_share, r.blocks]), r.too_few, "" if r.reached is None else r.reached]
            for r in o.consent_rounds]
        block_reasons += [[o.number, r.round, str(p)] for r in o.consent_rounds
                          for p in r.block_reasons]
    attendance: Rows = [["group", "participants", "suppressed", "reason"]]
    attendance += [[g.group, "" if g.suppressed else g.count, g.suppressed, g.reason or ""]
                   for g in export.attendance.groups]
    total = export.attendance.total
    attendance.append(["(total)", "" if total is None else total,
                       export.attendance.total_reason is not None,
                       export.attendance.total_reason or ""])
    session: Rows = [["title", "date", "rule", "language", "k", "question", "next_steps"],
               [export.title, export.date, export.rule, export.language, export.attendance.k,
                export.question, str(export.next_steps)]]
    moderation: Rows = [["action", "reason", "count"]]
    moderation += [[each.action, each.reason, each.count] for each in export.moderation]
    inputs: Rows = [["item", "kind", "title", "on_the_record", "speaker", "speaker_role",
                     "url", "file_name", "file_size", "text"]]
    inputs += [[i.item, i.kind, str(i.title), i.on_the_record, i.speaker, i.speaker_role,
                str(i.url), i.file_name, i.file_size if i.kind == "pdf" else "", str(i.text)]
               for i in export.inputs]
    # Quick polls: one row per bar or shown word (no figure below k, none if not revealed).
    polls: Rows = [["poll", "item", "kind", "question", "revealed", "too_few", "n", "median",
                    "label", "count"]]
    for p in export.polls:
        head = [p.number, "" if p.item is None else p.item, p.kind, p.question, p.revealed,
                p.too_few, "" if p.n is None else p.n, "" if p.median is None else p.median]
        rows = [[each.label, each.count] for each in (p.words if p.kind == "words"
                                                       else p.figures)]
        polls += [[*head, *row] for row in rows] or [[*head, "", ""]]
    return {"session": session, "agenda": agenda, "contributions": contributions,
            "options": options, "option_fields": fields, "arguments": arguments,
            "amendments": amendments, "ratings": ratings, "consent": consent,
            "block_reasons": block_reasons,
            "moderation": moderation,
            "inputs": inputs,
            "polls": polls,
            "attendance": attendance}


def write_csv_zip(export: Export) -> bytes:
    """One UTF-8 CSV (with BOM) per table; members are dated to the session's day, no time."""
    year, month, day = (int(part) for part in export.date.split("-"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables(export).items():
            member = zipfile.ZipInfo(f"{name}.csv", date_time=(year, month, day, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, csv_text(rows).encode("utf-8-sig"))  # BOM: Excel reads UTF-8
    return out.getvalue()


def _blank_if(too_few: bool, figures: list) -> list:
    """A result with too few answers has no figure: empty cells, not zeros."""
    return [""] * len(figures) if too_few else figures
