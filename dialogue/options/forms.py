"""Forms for options pages. They check shape only; the rules live in services and rounds."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..models import DialogueSession
from ..plain_text import Form
from ..texts import localized
from .fields import MAX_LINE, MAX_TEXT, FieldSpec, field_specs


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes (readable on a phone, unlike a multi-select)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _choices(mapping) -> list[SelectChoice]:
    return [SelectChoice(key, _l(label)) for key, label in mapping.items()]


def _form_field(spec: FieldSpec):
    label = _l(spec.label)
    if spec.kind == "choices":
        return CheckboxesField(label, choices=_choices(spec.choices or {}),
                               validators=[Optional()])
    validators = [DataRequired()] if spec.required else [Optional()]
    if spec.kind == "line":
        return StringField(label, validators=[*validators, Length(max=MAX_LINE)],
                           description=spec.help)
    return TextAreaField(label, validators=[*validators, Length(max=MAX_TEXT)],
                         description=spec.help)


def option_form(session: DialogueSession, contributions: list | None = None, **kwargs
                ) -> Form:
    """The option template as a form, with the session's own fields; ``f_<key>`` each.

    With ``contributions`` (facilitator's create form) it also offers them to link.
    """
    specs = field_specs(session)

    class OptionForm(Form):
        base_version = IntegerField(validators=[Optional()])

    for spec in specs:
        setattr(OptionForm, f"f_{spec.key}", _form_field(spec))
    if contributions is not None:
        OptionForm.contributions = CheckboxesField(
            _l("Draw on these contributions"), validators=[Optional()],
            choices=[SelectChoice(c.public_id, c.text[:160]) for c in contributions])
    form = OptionForm(**kwargs)
    form.specs = specs
    return form


def option_values(form) -> dict:
    return {spec.key: getattr(form, f"f_{spec.key}").data or (
        [] if spec.kind == "choices" else "") for spec in form.specs}


def fill_option_form(form, fields: dict) -> None:
    for spec in form.specs:
        getattr(form, f"f_{spec.key}").data = fields.get(spec.key)


def show_conflict(form, conflict) -> None:
    """After an EditConflict: the form holds the merge, both versions in each field that
    changed on both sides, and starts from the current version. Saving it again as it is
    therefore keeps everyone's words; no field holds a stale value any more."""
    fill_option_form(form, conflict.details["proposal"])
    form.base_version.data = conflict.details["current_version"]


class AmendmentForm(Form):
    field_key = SelectField(_l("Field"), validators=[DataRequired()])
    text = TextAreaField(_l("Proposed text"), validators=[DataRequired(),
                                                          Length(max=MAX_TEXT)])
    reason = TextAreaField(_l("Why (optional)"), validators=[Optional(), Length(max=1000)])


class ArgumentForm(Form):
    side = RadioField(_l("Side"), choices=[SelectChoice("pro", _l("Pro")),
                                           SelectChoice("contra", _l("Contra"))],
                      validators=[InputRequired()])
    text = TextAreaField(_l("Argument"), validators=[DataRequired(), Length(max=1000)])


SCORE_CHOICES = [SelectChoice(str(score), str(score)) for score in range(1, 6)]
CONSENT_CHOICES = [SelectChoice("agree", _l("Agree")),
                   SelectChoice("live_with", _l("Can live with it")),
                   SelectChoice("disagree", _l("Disagree")),
                   SelectChoice("block", _l("Block"))]


def rating_form(session: DialogueSession, **kwargs) -> Form:
    """One 1-5 choice per criterion, ``c_<key>`` each (answer all or leave some out)."""

    class RatingForm(Form):
        pass

    for criterion in session.criteria:
        setattr(RatingForm, f"c_{criterion.key}", RadioField(
            localized(criterion, "label"), choices=SCORE_CHOICES, validators=[Optional()],
            description=localized(criterion, "description")))
    form = RatingForm(**kwargs)
    form.criteria = list(session.criteria)
    return form


def rating_values(form) -> dict:
    """{criterion key: raw answer}; the service turns away what is not a score 1-5."""
    scores: dict = {}
    for criterion in form.criteria:
        raw = getattr(form, f"c_{criterion.key}").data
        if raw not in (None, "", "None"):
            scores[criterion.key] = int(raw) if str(raw).lstrip("-").isdigit() else raw
    return scores


class ConsentForm(Form):
    choice = RadioField(_l("Your position"), choices=CONSENT_CHOICES,
                        validators=[InputRequired()])
    reason = TextAreaField(_l("Reason (required for a block)"),
                           validators=[Optional(), Length(max=1000)])


class StatusForm(Form):
    status = SelectField(_l("Status"), choices=[
        SelectChoice("draft", _l("Draft")), SelectChoice("discussion", _l("In discussion")),
        SelectChoice("consolidated", _l("Consolidated")),
        SelectChoice("endorsed", _l("Endorsed")), SelectChoice("parked", _l("Parked"))])


class RoundForm(Form):
    kind = RadioField(_l("Kind of round"), choices=[
        SelectChoice("rating", _l("Rating on the criteria (1–5)")),
        SelectChoice("consent", _l("Consent"))], validators=[InputRequired()])
    options = CheckboxesField(_l("Options"), validators=[DataRequired(
        _l("Choose at least one option."))])


class CarryOverForm(Form):
    source = SelectField(_l("Carry over from"), validators=[DataRequired()])


class ActionForm(Form):
    """A button that only posts with a valid CSRF token."""

    option = HiddenField(validators=[Length(max=64)])  # a public id; bounded like every field
