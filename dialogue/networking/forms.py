"""The form a participant fills in to share their contact (plain text, one line each)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, ValidationError

from ..plain_text import Form
from .services import contact_kind


class ShareForm(Form):
    name = StringField(_l("Your name"), validators=[
        DataRequired(_l("Give the name you want the others to see.")), Length(max=200)])
    affiliation = StringField(_l("Your organisation"), validators=[Length(max=200)])
    contact = StringField(_l("How to reach you"), validators=[Length(max=254)],
                          description=_l("An email address, a web address (https://…) or a "
                                         "phone number. Leave it empty to share only your "
                                         "name and organisation."))
    submit = SubmitField(_l("Share with the others who share"))

    def validate_contact(self, field) -> None:
        value = (field.data or "").strip()
        if value and contact_kind(value) is None:
            raise ValidationError(_l("Give an email address, a web address (https://…) or "
                                     "a phone number."))


class WithdrawForm(Form):
    submit = SubmitField(_l("Withdraw my contact"))
