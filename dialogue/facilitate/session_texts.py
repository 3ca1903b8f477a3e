"""The session's other texts in both languages: rating criteria, option fields and the
German names of the stakeholder groups (the English names are what a participant's group
is stored as, so they stay as the template set them)."""

from __future__ import annotations

from flask_babel import gettext as _
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from ..models import DialogueSession
from ..plain_text import Form
from ..texts import N_
from .services import require_open

# (attribute, form field class, length limit, required in English)
ENTRY_TEXTS = {"criteria": (("label", StringField, 120, True),
                            ("description", TextAreaField, 500, False),
                            ("low", StringField, 80, False), ("high", StringField, 80, False)),
               "option_fields": (("label", StringField, 120, True),
                                 ("help", TextAreaField, 500, False))}
NAMES = {("criteria", "label"): (N_("Criterion “%(key)s” (English)"),
                                 N_("Criterion “%(key)s” (German)")),
         ("criteria", "description"): (N_("Its description (English)"),
                                       N_("Its description (German)")),
         ("criteria", "low"): (N_("Its word for 1 on the scale (English)"),
                               N_("Its word for 1 on the scale (German)")),
         ("criteria", "high"): (N_("Its word for 5 on the scale (English)"),
                                N_("Its word for 5 on the scale (German)")),
         ("option_fields", "label"): (N_("Option field “%(key)s” (English)"),
                                      N_("Option field “%(key)s” (German)")),
         ("option_fields", "help"): (N_("Its hint (English)"), N_("Its hint (German)"))}


def _blank(value: str | None) -> str:
    return (value or "").strip()


def texts_form(session: DialogueSession, **kwargs) -> Form:
    """One English and one German field per text; ``form.rows`` lists them in order."""

    class TextsForm(Form):
        pass

    rows: list[tuple[str | None, str]] = []
    for kind, texts in ENTRY_TEXTS.items():
        for entry in getattr(session, kind):
            for name, field_class, limit, required in texts:
                english, german = NAMES[kind, name]
                base = f"{kind[0]}_{entry.key}_{name}"
                setattr(TextsForm, base, field_class(
                    _(english, key=entry.key),
                    validators=[*([DataRequired()] if required else []), Length(max=limit)],
                    filters=[_blank], default=getattr(entry, name)))
                setattr(TextsForm, f"{base}_de", field_class(
                    _(german, key=entry.key),
                    validators=[Length(max=limit)], filters=[_blank],
                    default=getattr(entry, f"{name}_de")))
                rows.append((base, f"{base}_de"))
    german_groups = list(session.stakeholder_groups_de or [])
    for index in range(len(session.stakeholder_groups)):
        setattr(TextsForm, f"g_{index}_de", StringField(
            _("Stakeholder group %(n)d (German)", n=index + 1),
            validators=[Length(max=100)], filters=[_blank],
            default=german_groups[index] if index < len(german_groups) else ""))
        rows.append((None, f"g_{index}_de"))
    form = TextsForm(**kwargs)
    form.rows = rows
    return form


def update_texts(session: DialogueSession, form: Form) -> None:
    """Store what ``form`` (validated) holds; a field the post left out stays as it was."""
    require_open(session)
    for kind, texts in ENTRY_TEXTS.items():
        for entry in getattr(session, kind):
            for name, *_rest in texts:
                for suffix in ("", "_de"):
                    field = form[f"{kind[0]}_{entry.key}_{name}{suffix}"]
                    if field.raw_data:
                        setattr(entry, f"{name}{suffix}", field.data)
    german = list(session.stakeholder_groups_de or [])
    german += [""] * (len(session.stakeholder_groups) - len(german))
    for index in range(len(session.stakeholder_groups)):
        field = form[f"g_{index}_de"]
        if field.raw_data:
            german[index] = field.data
    session.stakeholder_groups_de = german
