"""The DOCX report (python-docx): the copy facilitators edit.

A4 with page numbers in the footer; every numbered list starts at 1 (each is its own
numbering instance); tables with thin grey rules instead of the template's black header;
charts as PNG images of the very shapes the HTML/PDF report draws (charts.py).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .charts import BAR_W, HIST_SCALE, HIST_W, consent_png, histogram_png, top_share
from .docx_parts import (
    Numbered,
    Pictures,
    a4_with_page_numbers,
    add_heading,
    add_table,
    compact,
    dated_to_the_day,
    neutral_properties,
    styled,
)
from .html import CONSENT_CHOICES, SCALE, record_title
from .model import Entry, Export, moderation_lines, poll_lines, poll_title
from .strings import text_for

if TYPE_CHECKING:
    pass



def write_docx(export: Export) -> bytes:
    from docx import Document

    t = text_for(export.language)
    document = Document()
    neutral_properties(document, export)
    a4_with_page_numbers(document, export.language)
    document.add_paragraph(t("report"))
    add_heading(document, export.title, level=0)
    document.add_paragraph(f"{t('date')}: {t.date(export.date)}")
    rule = document.add_paragraph()
    rule.add_run(t("rule") if export.rule == "chatham_house" else t("rule_on_record")).bold = True
    if export.rule == "chatham_house":
        document.add_paragraph(t("rule_explained"))

    _summary(document, export, t)
    attendance = export.attendance
    # A new page, set on the heading: a page-break paragraph after a full summary page
    # would leave a blank page behind it.
    add_heading(document, t("participation"), level=1).paragraph_format.page_break_before = True
    add_table(document, [t("group"), t("participants")], [
        [g.group or t("no_group"), attendance.count_text(g.count, g.reason, t)]
        for g in attendance.groups] + [[t("total"), attendance.count_text(
            attendance.total, attendance.total_reason, t)]])
    add_heading(document, t("agenda"), level=1)
    numbered = Numbered(document)
    for s in export.agenda:
        numbered.add(record_title(s.title, t) if s.on_the_record else s.title)

    for s in export.agenda:
        add_heading(document, f"{t('item', n=s.number)}: {s.title}", level=1)
        if s.on_the_record:
            document.add_paragraph().add_run(t("on_the_record")).bold = True
            document.add_paragraph(t("on_the_record_explained"))
        if s.question:
            document.add_paragraph().add_run(s.question).italic = True
        if s.contributions:
            add_heading(document, t("contributions"), level=2)
            _entries(document, s.contributions[:export.report_limit], t)
            if len(s.contributions) > export.report_limit:
                document.add_paragraph(t("more_contributions",
                                         n=len(s.contributions) - export.report_limit))
        else:
            document.add_paragraph(t("no_contributions"))
        if s.answered_questions:
            add_heading(document, t("questions"), level=2)
            _entries(document, s.answered_questions, t)

    add_heading(document, t("open_questions"), level=1)
    if export.open_questions:
        document.add_paragraph(t("open_questions_intro"))
        for s in export.open_questions:
            add_heading(document, f"{t('item', n=s.number)}: {s.title}", level=2)
            _entries(document, s.open_questions[:export.report_limit], t)
    else:
        document.add_paragraph(t("open_questions_none"))

    if export.polls:  # quick polls (dialogue/polls): the lines every format shares
        add_heading(document, t("polls"), level=1)
        document.add_paragraph(t("polls_explained", k=attendance.k))
        for poll in export.polls:
            add_heading(document, poll_title(poll, t), level=2)
            document.add_paragraph(t(f"poll_kind_{poll.kind}")).runs[0].italic = True
            for line in poll_lines(poll, t):
                document.add_paragraph(line)

    if export.options:
        add_heading(document, t("options"), level=1)
    pictures = Pictures(document)
    for o in export.options:
        _option(document, o, t, pictures)

    add_heading(document, t("annex"), level=1)
    for key in ("method_ratings", "method_consent", "method_status", "method_groups",
                "method_order", "method_redaction"):
        document.add_paragraph(t(key, k=attendance.k) if key == "method_groups" else t(key))
    add_heading(document, t("moderation"), level=2)
    moderated = moderation_lines(export, t)
    document.add_paragraph(t("moderation_explained") if moderated else t("moderation_none"))
    for line in moderated:
        styled(document, line, "ListBullet")
    _inputs(document, export, t)
    add_heading(document, t("on_record_items"), level=2)
    if export.on_the_record:
        document.add_paragraph(t("on_the_record_explained"))
    for s in export.on_the_record:
        styled(document, f"{t('item', n=s.number)}: {s.title}", "ListBullet")
    if not export.on_the_record:
        document.add_paragraph(t("on_record_none"))
    out = io.BytesIO()
    document.save(out)
    return dated_to_the_day(out.getvalue(), export.date)


def _inputs(document, export: Export, t) -> None:
    """The annex's briefing inputs (dialogue/inputs/report.py), by agenda item."""
    from ..inputs.report import annex_groups, file_line, headline

    add_heading(document, t("inputs"), level=2)
    document.add_paragraph(t("inputs_explained") if export.inputs else t("inputs_none"))
    for group, entries in annex_groups(export):
        add_heading(document, group, level=3)
        for entry in entries:
            styled(document, headline(entry, t), "ListBullet")
            for line in (str(entry.url), file_line(entry, t) if entry.kind == "pdf" else "",
                         str(entry.text)):
                if line:
                    document.add_paragraph(line)


def _consent_text(r, t) -> str:
    verdict = t("consent_reached") if r.reached else t("consent_not_reached")
    return (f"{t('consenting', c=r.consenting, n=r.n)} · "
            f"{t('blocked_of', b=r.blocks, n=r.n)} · {verdict}")


def _summary(document, export: Export, t) -> None:
    add_heading(document, t("summary"), level=1)
    if export.question:
        add_heading(document, t("session_question"), level=2)
        document.add_paragraph(export.question)
    add_heading(document, t("options"), level=2)
    if not export.options:
        document.add_paragraph(t("summary_none"))
    else:
        rows = []
        for o in export.options:
            status = t(f"status_{o.status}")
            if o.status_contradicts:
                status += "\n" + t(f"status_against_{o.status}")
            c, r = o.latest_consent, o.latest_rating
            consent = (t("no_consent_result") if c is None else t("too_few") if c.too_few
                       else t("summary_consent_cell", c=c.consenting, n=c.n, b=c.blocks) + "\n"
                       + (t("consent_reached") if c.reached else t("consent_not_reached")))
            support = t("no_rating_result") if r is None else "\n".join(
                f"{x.label}: {t('too_few')}" if x.too_few else
                t("summary_median", label=x.label, m=t.number(x.median), n=x.n).replace(
                    " (n = ", "\u00a0(n\u00a0=\u00a0")  # "(n = 20)" never wraps
                for x in r.criteria)
            rows.append([f"{o.number}. {o.title}", status, consent, support])
        table = add_table(document, [t("summary_option"), t("status"), t("summary_consent"),
                                  t("summary_support")], rows)
        compact(table)
    add_heading(document, t("next_steps"), level=2)
    document.add_paragraph(str(export.next_steps) or t("next_steps_none"))


def _entries(document, items: list[Entry], t) -> int:
    numbered = Numbered(document)
    for entry in items:
        paragraph = numbered.add(str(entry.text))
        if entry.attribution:  # its author chose to post it under their name (on the record)
            paragraph.add_run(f" — {entry.attribution}")
        paragraph.add_run(_votes(entry.votes, t)).italic = True
    return len(items)


def _votes(votes: int, t) -> str:
    """"  (12 votes)", never broken inside (a lone "votes)" on a line of its own)."""
    return "  (" + t("votes", n=votes).replace(" ", "\u00a0") + ")"


def _option(document, o, t, pictures: Pictures) -> None:
    add_heading(document, f"{t('option', n=o.number)}: {o.title}", level=2)
    status = document.add_paragraph(f"{t('status')}: ")
    status.add_run(t(f"status_{o.status}")).bold = True
    if o.consent_reached is not None:
        status.add_run(" · " + (t("consent_reached") if o.consent_reached
                                else t("consent_not_reached")))
    if o.status_contradicts or str(o.status_reason):
        line = document.add_paragraph()
        if o.status_contradicts:
            line.add_run(t(f"status_against_{o.status}") + " ").bold = True
        line.add_run(f"{t('status_reason')}: {o.status_reason}" if str(o.status_reason)
                     else t("status_reason_missing"))
    for f in o.fields:
        label = document.add_paragraph()
        label.add_run(f.label).bold = True
        label.paragraph_format.keep_with_next = True  # a label never ends a page
        document.add_paragraph(str(f.text))
    if o.empty_fields:
        document.add_paragraph().add_run(
            t("empty_fields", fields=", ".join(o.empty_fields))).italic = True
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            add_heading(document, t(side), level=3)
            for entry in items:
                paragraph = styled(document, str(entry.text), "ListBullet")
                paragraph.add_run(_votes(entry.votes, t)).italic = True
    if o.accepted_amendments:
        add_heading(document, t("amendments"), level=3)
        for label, text in o.amendments_shown():
            document.add_paragraph().add_run(label).bold = True
            if text is None:
                document.add_paragraph().add_run(t("amendment_in_text")).italic = True
            else:
                document.add_paragraph(str(text))
    for r in o.rating_rounds:
        add_heading(document, t("ratings", n=r.round), level=3)
        counts = {id(c): [c.distribution.get(score, 0) for score in SCALE] for c in r.criteria}
        top = top_share([counts[id(c)] for c in r.criteria if not c.too_few])
        for c in r.criteria:  # as in the PDF: a line per criterion, the chart first
            line = document.add_paragraph()
            line.paragraph_format.keep_with_next = c is not r.criteria[-1]  # one block
            if c.too_few:
                line.add_run(c.label).bold = True
                line.add_run(f" · {t('too_few')}")
                continue
            pictures.place(histogram_png(counts[id(c)], top), HIST_W * HIST_SCALE)(line)
            line.add_run(f"  {c.label}").bold = True
            line.add_run(f" · {c.n} {t('answers')} · 1–5: "
                         f"{' · '.join(map(str, counts[id(c)]))} · {t('median')} "
                         f"{t.number(c.median)} · {t('spread')} {t.number(c.iqr)}")
    for r in o.consent_rounds:
        add_heading(document, t("consent", n=r.round), level=3)
        if r.too_few:
            document.add_paragraph(t("too_few"))
            continue
        choices = [r.distribution.get(choice, 0) for choice in CONSENT_CHOICES]
        bar = document.add_paragraph()
        pictures.place(consent_png(choices), BAR_W)(bar)
        bar.paragraph_format.keep_with_next = True  # the bar stays with its figures
        document.add_paragraph(_consent_text(r, t)).paragraph_format.keep_with_next = True
        document.add_paragraph(" · ".join(f"{t('choice_' + choice)} {count}"
                                          for choice, count in zip(CONSENT_CHOICES, choices,
                                                                   strict=True)))
        if r.block_reasons:
            document.add_paragraph().add_run(t("block_reasons")).bold = True
            for reason in r.block_reasons:
                styled(document, str(reason), "ListBullet")
