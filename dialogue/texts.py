"""Texts that come from data, in the reader's language.

Two kinds of data text exist:

* texts a facilitator or a session template wrote in both languages (session title and
  description, agenda items, criteria, option fields, stakeholder groups): the English
  text is in the column (``title``), the German one beside it (``title_de``);
  :func:`localized` picks the reader's.  A German text that was never filled in (a row
  from before German texts existed) shows the English one;
* fixed values whose labels are catalog msgids (option status, "who would act", level,
  consent choices): :func:`label_for` looks them up through the gettext catalog.

"The reader's language" is Flask-Babel's current locale: the request's on pages and
socket events, the forced one inside ``force_locale(language)`` (exports).  Participants'
own words never pass through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask_babel import get_locale, gettext

if TYPE_CHECKING:
    from .models import DialogueSession


def current_language() -> str:
    locale = get_locale()
    return "de" if locale is not None and locale.language == "de" else "en"


def localized(obj: object, name: str, language: str | None = None) -> str:
    """``obj.<name>`` in ``language`` (default: the current locale)."""
    if (language or current_language()) == "de":
        german = getattr(obj, f"{name}_de", "")
        if german:
            return german
    return getattr(obj, name)


def group_label(session: object, group: str, language: str | None = None) -> str:
    """A stakeholder group (stored by its English name) in ``language``."""
    if (language or current_language()) == "de":
        names = list(getattr(session, "stakeholder_groups", None) or [])
        german = list(getattr(session, "stakeholder_groups_de", None) or [])
        if group in names and names.index(group) < len(german) and german[names.index(group)]:
            return german[names.index(group)]
    return group


def group_choices(session: DialogueSession) -> list[tuple[str, str]]:
    """``(stored value, label)`` for every stakeholder group of ``session``."""
    return [(group, group_label(session, group)) for group in session.stakeholder_groups]


def N_(text: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a msgid for extraction; :func:`label_for` translates it where it is shown."""
    return text


STATUS = {"draft": N_("draft"), "discussion": N_("in discussion"),
          "consolidated": N_("consolidated"), "endorsed": N_("endorsed"),
          "parked": N_("parked")}
CONSENT = {"agree": N_("Agree"), "live_with": N_("Can live with it"),
           "disagree": N_("Disagree"), "block": N_("Block")}


def _kinds() -> dict[str, dict[str, str]]:
    from .options.fields import ACTORS, LEVELS
    return {"status": STATUS, "consent": CONSENT, "actors": ACTORS, "level": LEVELS}


def label_for(kind: str, value: str) -> str:
    """The label of a fixed ``value`` of ``kind`` in the current locale (via the catalog);
    an unknown value is returned as it is."""
    msgid = _kinds().get(kind, {}).get(value)
    return gettext(msgid) if msgid else value
