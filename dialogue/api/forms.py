"""The API tokens page's forms: make a token (a name and its sessions), revoke one."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from ..models.api_token import MAX_NAME
from ..plain_text import Form


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class TokenForm(Form):
    name = StringField(_l("Name (what the token is for)"),
                       validators=[DataRequired(), Length(max=MAX_NAME)],
                       filters=[lambda value: (value or "").strip()])
    all_sessions = BooleanField(_l("All my sessions, also those I create later"))
    sessions = CheckboxesField(_l("Or only these sessions"), choices=[])

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if not self.all_sessions.data and not self.sessions.data:
            self.sessions.errors = [*self.sessions.errors,
                                    _l("Choose one or more sessions, or all sessions.")]
            valid = False
        return valid


class RevokeForm(Form):
    """The revoke button: posts only with a valid CSRF token."""
