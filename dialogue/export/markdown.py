"""The Markdown report. Every exported text is escaped, so none of it becomes markup."""

from __future__ import annotations

import re

from .charts import text_bar
from .html import CONSENT_CHOICES, SCALE
from .model import Entry, Export
from .strings import text_for

# Inline metacharacters, escaped wherever they stand; '<' and '>' too, so raw HTML and
# autolinks cannot form, and '&' so no entity can be spelled.
_INLINE = re.compile(r"([\\`*_{}\[\]()<>#|!~&])")
# At the start of a line: list markers, ordered-list numbers, setext underlines.
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


def escape_md(text: object) -> str:
    """Text for a Markdown paragraph or list item: metacharacters escaped, one line per line
    (a hard break between them), leading spaces dropped so nothing becomes a code block."""
    lines = []
    for line in str(text).split("\n"):
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1)
                               else f"{m.group(2)}\\{m.group(3)}", line)
        lines.append(line)
    return "\\\n".join(line for line in lines if line) or ""


def _entries(items: list[Entry], t, limit: int | None = None) -> list[str]:
    shown = items if limit is None else items[:limit]
    return [f"{index}. {escape_md(entry.text)} ({t('votes', n=entry.votes)})".replace(
        "\\\n", "\\\n   ") for index, entry in enumerate(shown, start=1)]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(row) + " |" for row in rows), ""]


def write_markdown(export: Export) -> bytes:
    t = text_for(export.language)
    out = [f"# {escape_md(export.title)}", "",
           f"*{t('report')}* · {t('date')}: {t.date(export.date)}",
           "", f"**{t('rule') if export.rule == 'chatham_house' else t('rule_on_record')}**", ""]
    if export.rule == "chatham_house":
        out += [t("rule_explained"), ""]
    attendance = export.attendance
    out += [f"## {t('participation')}", ""]
    out += _table([t("group"), t("participants")], [
        [escape_md(g.group or t("no_group")), attendance.count_text(g.count, g.reason, t)]
        for g in attendance.groups] + [[f"**{t('total')}**", "**" + attendance.count_text(
            attendance.total, attendance.total_reason, t) + "**"]])
    out += [f"## {t('agenda')}", ""]
    out += [f"{s.number}. {escape_md(s.title)}"
            + (f" – {t('on_the_record')}" if s.on_the_record else "") for s in export.agenda]
    out.append("")
    for s in export.agenda:
        out += [f"## {t('item', n=s.number)}: {escape_md(s.title)}", ""]
        if s.on_the_record:
            out += [f"**{t('on_the_record')}**", ""]
        if s.question:
            out += [f"*{escape_md(s.question)}*", ""]
        out += [f"### {t('contributions')}", ""]
        out += _entries(s.contributions, t, export.report_limit) or [t("none")]
        if len(s.contributions) > export.report_limit:
            out += ["", t("more_contributions", n=len(s.contributions) - export.report_limit)]
        out.append("")
        if s.answered_questions:
            out += [f"### {t('questions')}", "", *_entries(s.answered_questions, t), ""]
    if export.options:
        out += [f"## {t('options')}", ""]
    for o in export.options:
        out += _option(o, t)
    out += [f"## {t('annex')}", ""]
    for key in ("method_ratings", "method_consent", "method_groups", "method_order",
                "method_redaction"):
        out += [escape_md(t(key, k=attendance.k) if key == "method_groups" else t(key)), ""]
    out += [f"### {t('on_record_items')}", ""]
    out += [f"- {t('item', n=s.number)}: {escape_md(s.title)}" for s in export.on_the_record]
    out += [] if export.on_the_record else [t("on_record_none")]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def _option(o, t) -> list[str]:
    out = [f"### {t('option', n=o.number)}: {escape_md(o.title)}", "",
           f"{t('status')}: **{t('status_' + o.status)}**", ""]
    for f in o.fields:
        out += [f"**{escape_md(f.label)}**", "", escape_md(f.text), ""]
    for side, items in (("arguments_pro", o.arguments_pro),
                        ("arguments_contra", o.arguments_contra)):
        if items:
            out += [f"#### {t(side)}", "", *_entries(items, t), ""]
    if o.accepted_amendments:
        out += [f"#### {t('amendments')}", ""]
        for a in o.accepted_amendments:
            out += [f"**{escape_md(a.label)}**", "", escape_md(a.text), ""]
    for r in o.rating_rounds:
        out += [f"#### {t('ratings', n=r.round)}", ""]
        for c in r.criteria:
            if c.too_few:
                out += [f"**{escape_md(c.label)}**: {t('too_few')}", ""]
                continue
            top = max(c.distribution.values(), default=0)
            summary = (f" · {t('median')} {t.number(c.median)} · {t('spread')} {t.number(c.iqr)}"
                       if c.median is not None else "")
            out += [f"**{escape_md(c.label)}**: {c.n} {t('answers')}{summary}", ""]
            out += _table([t("score"), t("answers"), ""], [
                [score, str(c.distribution.get(score, 0)),
                 text_bar(c.distribution.get(score, 0), top)] for score in SCALE])
    for r in o.consent_rounds:
        if r.too_few:
            out += [f"#### {t('consent', n=r.round)}", "", t("too_few"), ""]
            continue
        top = max(r.distribution.values(), default=0)
        out += [f"#### {t('consent', n=r.round)}", "",
                f"{t('consenting', c=r.consenting, n=r.n)} · {t('n_blocks', n=r.blocks)}", ""]
        out += _table(["", t("answers"), ""], [
            [t(f"choice_{choice}"), str(r.distribution.get(choice, 0)),
             text_bar(r.distribution.get(choice, 0), top)] for choice in CONSENT_CHOICES])
    return out
