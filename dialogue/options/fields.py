"""The structured template of a policy option: core fields plus the session's own fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask_babel import gettext
from flask_babel import gettext as _

from ..models import DialogueSession
from ..refusals import Refused
from ..texts import label_for, localized


def N_(text: str) -> str:
    """Marks a label for extraction; pages translate it where they show it (``_(label)``)."""
    return text


ACTORS = {
    "ministries": N_("Federal ministries"),
    "partner_countries": N_("Partner countries"),
    "eu": N_("EU"),
    "business": N_("Business"),
    "civil_society": N_("Civil society"),
}
LEVELS = {
    "national": N_("National"),
    "eu": N_("EU"),
    "partner_country": N_("Partner country"),
}
MAX_TEXT = 4000
MAX_LINE = 200


@dataclass(frozen=True)
class FieldSpec:
    """One field of the template. ``kind``: line, text or choices (a list of keys)."""

    key: str
    label: str
    kind: str = "text"
    help: str = ""
    choices: Mapping[str, str] | None = None
    required: bool = False

    @property
    def max_length(self) -> int:
        return MAX_LINE if self.kind == "line" else MAX_TEXT


CORE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", N_("Title"), "line", required=True),
    FieldSpec("problem", N_("Problem it addresses")),
    FieldSpec("measure", N_("Proposed measure")),
    FieldSpec("actors", N_("Who would act"), "choices", choices=ACTORS),
    FieldSpec("level", N_("Level"), "choices", choices=LEVELS),
    FieldSpec("time_frame", N_("Time frame"), "line"),
    FieldSpec("costs_risks", N_("Costs and risks")),
    FieldSpec("open_questions", N_("Open questions")),
)
CORE_KEYS = frozenset(spec.key for spec in CORE_FIELDS)


def field_specs(session: DialogueSession) -> list[FieldSpec]:
    """The core template followed by the fields the session's template adds."""
    extra = [FieldSpec(field.key, localized(field, "label"), "text",
                       help=localized(field, "help"))
             for field in session.option_fields if field.key not in CORE_KEYS]
    return [*CORE_FIELDS, *extra]


def empty_value(spec: FieldSpec) -> str | list[str]:
    return [] if spec.kind == "choices" else ""


def clean_fields(specs: list[FieldSpec], values: Mapping[str, object],
                 base: Mapping[str, object] | None = None) -> dict:
    """Validate ``values`` against the template, filling absent fields from ``base``.

    Raises Refused("invalid") naming the first bad field; never stores unknown keys.
    """
    by_key = {spec.key: spec for spec in specs}
    unknown = sorted(set(values) - set(by_key))
    if unknown:
        raise Refused("invalid", _("Unknown field: %(field)s.", field=unknown[0][:32]))
    base = base or {}
    cleaned: dict = {}
    for spec in specs:
        value = values[spec.key] if spec.key in values else base.get(spec.key, empty_value(spec))
        cleaned[spec.key] = _clean_value(spec, value)
    if not cleaned["title"]:
        raise Refused("invalid", _("An option needs a title."))
    return cleaned


def _clean_value(spec: FieldSpec, value: object) -> str | list[str]:
    if spec.kind == "choices":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise Refused("invalid", _("%(field)s: choose from the list.",
                                           field=gettext(spec.label)))
        if any(v not in (spec.choices or {}) for v in value):
            raise Refused("invalid", _("%(field)s: choose from the list.",
                                           field=gettext(spec.label)))
        return [key for key in (spec.choices or {}) if key in value]  # template order, no dupes
    if not isinstance(value, str):
        raise Refused("invalid", _("%(field)s: expected text.",
                                       field=gettext(spec.label)))
    text = value.strip().replace("\r\n", "\n")
    if spec.kind == "line":
        text = " ".join(text.split())
    if len(text) > spec.max_length:
        raise Refused("invalid", _("%(field)s: at most %(n)d characters.",
                                       field=gettext(spec.label), n=spec.max_length))
    return text


def display_text(spec: FieldSpec, value: object) -> str:
    """A field's value as reading text (choice labels joined), for pages and diffs."""
    if spec.kind == "choices":
        keys = value if isinstance(value, list) else []
        return ", ".join(label_for(spec.key, key) if key in (spec.choices or {}) else key
                         for key in keys)
    return value if isinstance(value, str) else ""
