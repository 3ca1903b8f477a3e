"""The Markdown report. Every exported text is escaped, so none of it becomes markup."""

from __future__ import annotations

import re

from .charts import text_bar
from .html import CONSENT_CHOICES, SCALE, record_title
from .model import Entry, Export, moderation_lines, poll_lines, poll_title
from .strings import text_for

# Only what Markdown (CommonMark with GFM tables and strikethrough) would read as markup is
# escaped, so "[redacted]" and "(Länder)" stay as they are written:
_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~]|$)"        # a backslash that would escape the next character
    r"|[`*|~]"                          # code, emphasis, table cells, strikethrough
    r"|(?<![0-9A-Za-zÀ-ɏ])_|_(?![0-9A-Za-zÀ-ɏ])"  # "_" that could open or close emphasis
    r"|<(?=[A-Za-z/!?])"                # raw HTML, comments, autolinks
    r"|&(?=#?[0-9A-Za-z]+;)"            # an entity
    r"|!(?=\[)"                         # an image
    r"|\[(?=[^\]]*\][(\[:])"            # a link or a reference: "[..](", "[..][", "[..]:"
    r"|\](?=[(\[:])")
# At the start of a line: headings, quotes, list markers, ordered-list numbers, setext
# underlines.
_LINE_START = re.compile(r"^([-+=#>])|^(\d+)([.)])")


def escape_md(text: object) -> str:
    """Text for a Markdown paragraph or list item: what would be markup escaped, one line
    per line (a hard break between them), leading spaces dropped so nothing becomes a code
    block."""
    lines = []
    for line in str(text).split("\n"):
        line = _INLINE.sub(lambda m: "\\" + m.group(0), line.strip())
        line = _LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1)
                               else f"{m.group(2)}\\{m.group(3)}", line)
        lines.append(line)
    return "\\\n".join(line for line in lines if line) or ""


def _signed(entry: Entry) -> str:
    """ " — Name, Affiliation" of a post its author chose to sign (on the record)."""
    return f" — {escape_md(entry.attribution)}" if entry.attribution else ""


def _entries(items: list[Entry], t, limit: int | None = None) -> list[str]:
    shown = items if limit is None else items[:limit]
    return [f"{index}. {escape_md(entry.text)}{_signed(entry)} ({t('votes', n=entry.votes)})"
            .replace(
        "\\\n", "\\\n   ") for index, entry in enumerate(shown, start=1)]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(row) + " |" for row in rows), ""]


def _consent_line(r, t) -> str:
    verdict = t("consent_reached") if r.reached else t("consent_not_reached")
    return (f"{t('consenting', c=r.consenting, n=r.n)} · {t('blocked_of', b=r.blocks, n=r.n)}"
            f" · **{verdict}**")


def _summary(export: Export, t) -> list[str]:
    out = [f"## {t('summary')}", ""]
    if export.question:
        out += [f"### {t('session_question')}", "", escape_md(export.question), ""]
    out += [f"### {t('options')}", ""]
    if not export.options:
        out += [t("summary_none"), ""]
    rows = []
    for o in export.options:
        status = t(f"status_{o.status}")
        if o.status_contradicts:
            status += f" ({t('status_against_' + o.status)})"
        c, r = o.latest_consent, o.latest_rating
        consent = (t("no_consent_result") if c is None else t("too_few") if c.too_few
                   else f"{t('summary_consent_cell', c=c.consenting, n=c.n, b=c.blocks)} · **"
                   f"{t('consent_reached') if c.reached else t('consent_not_reached')}**")
        support = t("no_rating_result") if r is None else "; ".join(
            f"{escape_md(x.label)}: {t('too_few')}" if x.too_few else
            escape_md(t("summary_median", label=x.label, m=t.number(x.median), n=x.n))
            for x in r.criteria)
        rows.append([f"{o.number}. {escape_md(o.title)}", status, consent, support])
    if rows:
        out += _table([t("summary_option"), t("status"), t("summary_consent"),
                       t("summary_support")], rows)
    out += [f"### {t('next_steps')}", "",
            escape_md(export.next_steps) if str(export.next_steps) else t("next_steps_none"),
            ""]
    return out


def write_markdown(export: Export) -> bytes:
    t = text_for(export.language)
    out = [f"# {escape_md(export.title)}", "",
           f"*{t('report')}* · {t('date')}: {t.date(export.date)}",
           "", f"**{t('rule') if export.rule == 'chatham_house' else t('rule_on_record')}**", ""]
    if export.rule == "chatham_house":
        out += [t("rule_explained"), ""]
    out += _summary(export, t)
    attendance = export.attendance
    out += [f"## {t('participation')}", ""]
    out += _table([t("group"), t("participants")], [
        [escape_md(g.group or t("no_group")), attendance.count_text(g.count, g.reason, t)]
        for g in attendance.groups] + [[f"**{t('total')}**", "**" + attendance.count_text(
            attendance.total, attendance.total_reason, t) + "**"]])
    out += [f"## {t('agenda')}", ""]
    out += [f"{s.number}. {escape_md(record_title(s.title, t) if s.on_the_record else s.title)}"
            for s in export.agenda]
    out.append("")
    for s in export.agenda:
        out += [f"## {t('item', n=s.number)}: {escape_md(s.title)}", ""]
        if s.on_the_record:
            out += [f"**{t('on_the_record')}**", "", t("on_the_record_explained"), ""]
        if s.question:
            out += [f"*{escape_md(s.question)}*", ""]
        if s.contributions:
            out += [f"### {t('contributions')}", ""]
            out += _entries(s.contributions, t, export.report_limit)
            if len(s.contributions) > export.report_limit:
                out += ["", t("more_contributions", n=len(s.contributions) - export.report_limit)]
        else:
            out += [t("no_contributions")]
        out.append("")
        if s.answered_questions:
            out += [f"### {t('questions')}", "", *_entries(s.answered_questions, t), ""]
    out += [f"## {t('open_questions')}", ""]
    if export.open_questions:
        out += [t("open_questions_intro"), ""]
        for s in export.open_questions:
            out += [f"### {t('item', n=s.number)}: {escape_md(s.title)}", "",
                    *_entries(s.open_questions, t, export.report_limit), ""]
    else:
        out += [t("open_questions_none"), ""]
    if export.polls:  # quick polls (dialogue/polls): the lines every format shares
        out += [f"## {t('polls')}", "", t("polls_explained", k=attendance.k), ""]
        for poll in export.polls:
            out += [f"### {escape_md(poll_title(poll, t))}", "",
                    f"*{t('poll_kind_' + poll.kind)}*", "",
                    *[f"- {escape_md(line)}" for line in poll_lines(poll, t)], ""]
    if export.options:
        out += [f"## {t('options')}", ""]
    for o in export.options:
        out += _option(o, t)
    out += [f"## {t('annex')}", ""]
    for key in ("method_ratings", "method_consent", "method_status", "method_groups",
                "method_order", "method_redaction"):
        out += [escape_md(t(key, k=attendance.k) if key == "method_groups" else t(key)), ""]
    out += [f"### {t('moderation')}", ""]
    moderated = moderation_lines(export, t)
    out += ([t("moderation_explained"), "", *[f"- {escape_md(line)}" for line in moderated], ""]
            if moderated else [t("moderation_none"), ""])
    out += _inputs(export, t)
    out += [f"### {t('on_record_items')}", ""]
    if export.on_the_record:
        out += [t("on_the_record_explained"), ""]
    out += [f"- {t('item', n=s.number)}: {escape_md(s.title)}" for s in export.on_the_record]
    out += [] if export.on_the_record else [t("on_record_none")]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def _option(o, t) -> list[str]:
    status = f"{t('status')}: **{t('status_' + o.status)}**"
    if o.consent_reached is not None:
        status += " · " + (t("consent_reached") if o.consent_reached else t("consent_not_reached"))
    out = [f"### {t('option', n=o.number)}: {escape_md(o.title)}", "", status, ""]
    if o.status_contradicts or str(o.status_reason):
        against = f"**{t('status_against_' + o.status)}** " if o.status_contradicts else ""
        reason = (f"{t('status_reason')}: {escape_md(o.status_reason)}"
                  if str(o.status_reason) else t("status_reason_missing"))
        out += [against + reason, ""]
    for f in o.fields:
        out += [f"**{escape_md(f.label)}**", "", escape_md(f.text), ""]
    if o.empty_fields:
        out += [f"*{escape_md(t('empty_fields', fields=', '.join(o.empty_fields)))}*", ""]
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            out += [f"#### {t(side)}", "", *_entries(items, t), ""]
    if o.accepted_amendments:
        out += [f"#### {t('amendments')}", ""]
        for label, text in o.amendments_shown():
            out += [f"**{escape_md(label)}**", "",
                    f"*{t('amendment_in_text')}*" if text is None else escape_md(text), ""]
    for r in o.rating_rounds:
        out += [f"#### {t('ratings', n=r.round)}", ""]
        for c in r.criteria:  # a line per criterion, as in the other reports
            if c.too_few:
                out += [f"**{escape_md(c.label)}** · {t('too_few')}", ""]
                continue
            counts = " · ".join(str(c.distribution.get(score, 0)) for score in SCALE)
            out += [f"**{escape_md(c.label)}** · {c.n} {t('answers')} · 1–5: {counts} · "
                    f"{t('median')} {t.number(c.median)} · {t('spread')} "
                    f"{escape_md(t.number(c.iqr))}", ""]
    for r in o.consent_rounds:
        if r.too_few:
            out += [f"#### {t('consent', n=r.round)}", "", t("too_few"), ""]
            continue
        top = max(r.distribution.values(), default=0)
        out += [f"#### {t('consent', n=r.round)}", "", _consent_line(r, t), ""]
        out += _table(["", t("answers"), ""], [
            [t(f"choice_{choice}"), str(r.distribution.get(choice, 0)),
             text_bar(r.distribution.get(choice, 0), top)] for choice in CONSENT_CHOICES])
        if r.block_reasons:
            out += [f"**{t('block_reasons')}**", "",
                    *(f"- {escape_md(p)}".replace("\\\n", "\\\n  ") for p in r.block_reasons),
                    ""]
    return out


def _inputs(export: Export, t) -> list[str]:
    """The annex's briefing inputs (dialogue/inputs/report.py), by agenda item."""
    from ..inputs.report import annex_groups, file_line, headline

    out = [f"### {t('inputs')}", ""]
    if not export.inputs:
        return [*out, t("inputs_none"), ""]
    out += [t("inputs_explained"), ""]
    for heading, entries in annex_groups(export):
        out += [f"#### {escape_md(heading)}", ""]
        for entry in entries:
            lines = [headline(entry, t), str(entry.url),
                     file_line(entry, t) if entry.kind == "pdf" else "", str(entry.text)]
            out.append("- " + escape_md("\n".join(line for line in lines if line)).replace(
                "\\\n", "\\\n  "))
        out.append("")
    return out
