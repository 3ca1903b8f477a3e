"""The intended authorisation policy of every HTTP route, for the matrix test.

Every endpoint needs an entry. Policies:
- ``public``: anyone, logged in or not;
- ``participant``: a participant who joined *this* session (and accepted the Rule);
- ``facilitator``: any logged-in facilitator (pages not tied to one session);
- ``owner``: the facilitator who owns *this* session;
- ``owner_or_participant``: either of those two.

URL parameters are filled from a world built per test (see test_authorization_matrix.py);
a new parameter name needs a resolver in ``PARAMS`` there.
"""

POLICY = {
    "static": "public",
    "vendor.asset": "public",
    "join.enter_code": "public",
    "join.walk_in": "public",
    "join.invite": "public",
    "join.switch_language": "public",
    "join.rule": "participant",
    "join.session_page": "participant",
    "auth.login": "public",
    "auth.logout": "facilitator",
    "facilitate.sessions": "facilitator",
    "facilitate.new_session": "facilitator",
    "facilitate.setup": "owner",
    "facilitate.settings": "owner",
    "facilitate.add_item": "owner",
    "facilitate.edit_item": "owner",
    "facilitate.item_action": "owner",
    "facilitate.next_item": "owner",
    "facilitate.roster_import": "owner",
    "facilitate.roster_action": "owner",
    "facilitate.invites_csv": "owner",
    "facilitate.qr_code": "owner",
    "facilitate.close": "owner",
    "export.preview": "owner",
    "export.decide": "owner",
    "export.redact_rest": "owner",
    "export.release": "owner",
    "export.share": "owner",
    "export.facilitator_download": "owner",
    "export.outcome": "participant",
    "export.participant_download": "participant",
}

ROLES = ("anonymous", "participant", "other_participant", "other_facilitator", "owner")

ALLOWED = {
    "public": set(ROLES),
    "participant": {"participant"},
    "facilitator": {"other_facilitator", "owner"},
    "owner": {"owner"},
    "owner_or_participant": {"participant", "owner"},
}
