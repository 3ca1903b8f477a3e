"""The report's fixed strings: msgids of the gettext catalog, looked up in the report's
language.

The report's language is chosen at release and may differ from the page language of the
person who downloads it, so every lookup runs under ``force_locale(language)``: one
catalog (``dialogue/translations``) serves pages, socket refusals and exports.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask_babel import force_locale, format_date, format_decimal, gettext, ngettext

LANGUAGES = ("en", "de")


def N_(text: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a msgid for extraction; :func:`text_for` translates it."""
    return text


MESSAGES = {
    'redacted': N_('[redacted]'),
    'polls': N_('Quick polls'),
    'poll': N_('Poll %(n)s'),
    'poll_n': N_('%(n)s answers'),
    'poll_median': N_('median %(m)s'),
    'poll_words_none': N_('No word was given by two or more people.'),
    'poll_not_revealed': N_('The results were not revealed in the session.'),
    'poll_kind_single': N_('Single choice'),
    'poll_kind_multiple': N_('Multiple choice'),
    'poll_kind_scale': N_('Scale'),
    'poll_kind_words': N_('Word cloud'),
    'polls_explained': N_(
        'Quick polls the facilitator asked during the session, with their final figures '
        'where they were revealed. A result with fewer than %(k)s answers shows no figure; '
        'a word cloud shows only words that at least two people used. The answers '
        'themselves were deleted when each poll closed.'),
    'report': N_('Outcome report'),
    'rule': N_('Held under the Chatham House Rule'),
    'rule_on_record': N_('Held on the record'),
    'rule_explained': N_(
        'Participants may use what was said, but may reveal neither the identity nor the '
        'affiliation of any speaker or participant.'),
    'date': N_('Date'),
    'participation': N_('Participation'),
    'group': N_('Stakeholder group'),
    'participants': N_('Participants'),
    'total': N_('All participants'),
    'no_group': N_('No group given'),
    'fewer_than': N_('fewer than %(k)s'),
    'not_shown': N_('not shown'),
    'too_few': N_('too few answers to show'),
    'agenda': N_('Agenda'),
    'item': N_('Agenda item %(n)s'),
    'on_the_record': N_('On the record'),
    'contributions': N_('Contributions by support'),
    'questions': N_('Answered questions'),
    'none': N_('None.'),
    'more_contributions': N_(
        '%(n)s further contributions with less support are in the data export (JSON, CSV).'),
    'options': N_('Policy options'),
    'option': N_('Option %(n)s'),
    'status': N_('Status'),
    'status_draft': N_('Draft'),
    'status_discussion': N_('In discussion'),
    'status_consolidated': N_('Consolidated'),
    'status_endorsed': N_('Endorsed'),
    'status_parked': N_('Parked'),
    'arguments_pro': N_('Arguments for'),
    'arguments_contra': N_('Arguments against'),
    'amendments': N_('Accepted amendments'),
    'ratings': N_('Rating round %(n)s'),
    'consent': N_('Consent round %(n)s'),
    'criterion': N_('Criterion'),
    'answers': N_('answers'),
    'score': N_('Score'),
    'median': N_('Median'),
    'spread': N_('Spread (IQR)'),
    'consenting': N_('%(c)s of %(n)s who answered consent (agree or can live with it)'),
    'consent_reached': N_('Consent reached'),
    'consent_not_reached': N_('Consent not reached'),
    'no_consent_result': N_('No consent round'),
    'block_reasons': N_('Reasons given for the blocks'),
    'summary': N_('Summary'),
    'option_title': N_('Title'),
    'round_report': N_('Round report'),
    'round_sessions': N_('Sessions of the round'),
    'round_options': N_('Options across the round'),
    'session_col': N_('Session'),
    'round_span': N_('In sessions %(first)s to %(last)s'),
    'round_only': N_('In session %(n)s only'),
    'final_status': N_('Final status'),
    'first_wording': N_('First wording (session %(n)s)'),
    'latest_wording': N_('Latest wording (session %(n)s)'),
    'unchanged': N_('The wording did not change across the round.'),
    'changes': N_('What changed'),
    'changed_in': N_('Session %(n)s: %(fields)s'),
    'support_by_session': N_('Support in each session'),
    'round_none': N_('No policy option was drafted in this round.'),
    'round_method': N_(
        'This report is built from the review of each session of the round: it shows '
        'every text only as that session\'s report shows it, under the same rules for '
        'small numbers, and a passage not yet decided in a session\'s review is '
        'redacted. An option carried into a later session is followed from its first '
        'session to its latest.'),
    'session_question': N_('The question'),
    'summary_option': N_('Option'),
    'summary_consent': N_('Consent (latest round, of those who answered)'),
    'summary_consent_cell': N_('Consent %(c)s of %(n)s · Blocks %(b)s of %(n)s'),
    'summary_median': N_('%(label)s %(m)s (n = %(n)s)'),
    'summary_support': N_('Median rating (latest round)'),
    'median_of': N_('%(label)s: median %(m)s, %(n)s answered'),
    'no_rating_result': N_('No rating round'),
    'summary_none': N_('No policy option was drafted in this session.'),
    'next_steps': N_('Agreed next steps'),
    'next_steps_none': N_('No next steps were recorded.'),
    'status_reason': N_("The facilitator's reason for this status"),
    'status_against_endorsed': N_('Endorsed although consent was not reached.'),
    'status_against_parked': N_('Parked although consent was reached.'),
    'status_reason_missing': N_('No reason for this status was recorded.'),
    'open_questions': N_('Open questions'),
    'open_questions_intro': N_(
        'Questions participants asked that were not answered in the session, by support.'),
    'open_questions_none': N_('No question was left unanswered.'),
    'no_contributions': N_('No contributions were published on this item.'),
    'empty_fields': N_('Left empty: %(fields)s'),
    'amendment_in_text': N_('accepted; its text is the text of this field above'),
    'on_the_record_explained': N_(
        'On the record: contributions whose authors chose to post under their name are '
        'shown with it; all others are shown without names.'),
    'blocks': N_('Blocks'),
    'choice_agree': N_('Agree'),
    'choice_live_with': N_('Can live with it'),
    'choice_disagree': N_('Disagree'),
    'choice_block': N_('Block'),
    'consent_key': N_('Consent bars, from the left:'),
    'annex': N_('Annex: method'),
    'method_ratings': N_(
        'Rating rounds: each participant scores an option from 1 (lowest) to 5 (highest) on'
        ' each criterion, once per round. The report gives, per criterion, the number of '
        'answers, the distribution over the five scores and the median. Agreement is shown '
        'by the spread: the interquartile range (IQR), the distance between the first and '
        "third quartile (inclusive method, as in a spreadsheet's QUARTILE.INC). A spread of"
        ' 0 means at least half the answers were the same score; the larger it is, the less'
        ' the group agreed.'),
    'method_consent': N_(
        'Consent rounds: each participant answers agree, can live with it, disagree or '
        'block (a block needs a reason). The consensus figure is the number who consent '
        '(agree or can live with it) out of everyone who answered, always given as "x of '
        'n"; blocks are counted separately. Consent is reached when nobody blocked and '
        'more than half of those who answered consent; any block means no consent. The '
        'reasons given for blocks are shown without authors, in alphabetical order.'),
    'method_status': N_(
        'Options are listed by status (endorsed, consolidated, in discussion, draft, '
        'parked) and within a status by support: the larger share consenting in the '
        'latest consent round first, then the higher median of the first criterion in the '
        'latest rating round. Where the facilitator gave an option a status its latest '
        'consent result does not bear out, the reason they recorded is shown with it.'),
    'method_groups': N_(
        'Small numbers stay hidden: a group with fewer than %(k)s participants (none '
        'included) is shown as "fewer than %(k)s"; while a hidden count could still be '
        'worked out from the shown ones and the total, or the hidden groups together '
        'number fewer than %(k)s, the next smallest group is "not shown" as well, and the '
        'total too if need be. A rating or consent result with fewer than %(k)s answers '
        'shows no figure at all.'),
    'method_order': N_(
        'Contributions and arguments are listed by the number of votes they received; equal'
        ' counts are ordered alphabetically. Only published contributions are included; '
        'only results the facilitator revealed in the session are reported.'),
    'method_redaction': N_(
        'Before release, the facilitator reviewed every passage the de-identification check'
        ' flagged (names of participants, contact details, phrases revealing an '
        'affiliation). Passages not cleared appear as "[redacted]".'),
    'on_record_items': N_('Agenda items on the record'),
    'on_record_none': N_('No agenda item was on the record.'),
    'figure': N_('Figure'),
    'moderation': N_('Moderation'),
    'moderation_explained': N_('How many posts the facilitator dismissed, merged, edited or '
                               'redacted, by reason. Counts only: which posts and who wrote '
                               'them are not recorded here.'),
    'moderation_dismissed': N_('Dismissed'),
    'moderation_merged': N_('Merged with a similar post'),
    'moderation_edited': N_('Edited'),
    'moderation_redacted': N_('Passages redacted'),
    'moderation_none': N_('No post was dismissed, merged, edited or redacted.'),
    'reason_off_topic': N_('off topic for the item'),
    'reason_said_before': N_('already said in another post'),
    'reason_identifies': N_('could identify someone'),
    'reason_rules': N_('broke the rules of the session'),
    'reason_other': N_('another reason'),
    'reason_none': N_('no reason asked'),
    # Briefing inputs (dialogue/inputs/report.py)
    'inputs': N_('Briefing inputs'),
    'inputs_explained': N_('Texts, links and PDF files the facilitator attached to the '
                           'agenda items. An input on the record names its speaker; every '
                           'other input is listed without one, under the Chatham House '
                           'Rule.'),
    'inputs_none': N_('No briefing inputs were attached.'),
    'input_kind_text': N_('Text'),
    'input_kind_link': N_('Link'),
    'input_kind_pdf': N_('PDF file'),
    'input_unnamed': N_('Input'),
    'input_file': N_('PDF file: %(name)s, %(size)s KB'),
}
class Texts:
    """``t(key, **values)``: a fixed string of the report in ``language``; ``t.number``
    and ``t.date`` format figures and dates the way that language writes them."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, **values: Any) -> str:
        with force_locale(self.language):
            if key == "votes":
                return ngettext("%(num)d vote", "%(num)d votes", int(values["n"]))
            if key == "n_blocks":
                return ngettext("%(num)d block", "%(num)d blocks", int(values["n"]))
            if key == "blocked_of":  # "1 of 9 who answered blocked": the count with its n
                return ngettext("%(num)d of %(n)d who answered blocked",
                                "%(num)d of %(n)d who answered blocked", int(values["b"]),
                                n=int(values["n"]))
            return gettext(MESSAGES[key], **values)

    def number(self, value: float | int | None) -> str:
        if value is None:
            return "–"
        with force_locale(self.language):
            return format_decimal(value)

    def date(self, iso: str) -> str:
        with force_locale(self.language):
            return format_date(date.fromisoformat(iso), format="long")


def text_for(language: str) -> Texts:
    """The lookup for the report's fixed strings in ``language``."""
    return Texts(language)
