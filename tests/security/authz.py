"""The intended authorisation policy of every HTTP route, for the matrix test.

Every endpoint needs an entry. Policies:
- ``public``: anyone, logged in or not;
- ``participant``: a participant who joined *this* session (and accepted the Rule);
- ``facilitator``: any logged-in facilitator (pages not tied to one session);
- ``owner``: the facilitator who owns *this* session;
- ``owner_or_participant``: either of those two;
- ``owner_api``, ``owner_or_participant_api``: the same on the JSON API, where the
  owner's API token scoped to *this* session acts as the owner too;
- ``facilitator_api``: any facilitator, logged in or by any valid token of theirs (the
  session-less API operations: a token scoped elsewhere still lists its own sessions);
- ``facilitator_api_all``: any facilitator logged in, or by a token for all their
  sessions (creating a session).

A token (``Authorization: Bearer``) works on the JSON API only: on every page it is no
one, and a revoked token, another facilitator's or one scoped to another session is
refused (test_authorization_matrix.py makes one of each per world).

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
    "facilitate.texts": "owner",
    "facilitate.add_item": "owner",
    "facilitate.edit_item": "owner",
    "facilitate.item_action": "owner",
    "facilitate.next_item": "owner",
    "facilitate.roster_import": "owner",
    "facilitate.roster_action": "owner",
    "facilitate.invites_csv": "owner",
    "facilitate.qr_code": "owner",
    "facilitate.close": "owner",
    "handout.qr_full_screen": "owner",
    "handout.qr_png": "owner",
    "handout.qr_svg": "owner",
    "handout.invitation_sheet": "owner",
    "invitations.email": "owner",
    "invitations.send": "owner",
    "invitations.resend": "owner",
    "export.preview": "owner",
    "export.decide": "owner",
    "export.redact_rest": "owner",
    "export.redact": "owner",
    "export.unredact": "owner",
    "export.release": "owner",
    "export.share": "owner",
    "export.next_steps": "owner",
    "export.status_reason": "owner",
    "export.facilitator_download": "owner",
    "export.round_page": "owner",
    "export.round_release_post": "owner",
    "export.round_download": "owner",
    "export.outcome": "participant",
    # Networking by consent: only after close (this world's session runs: no one);
    # tests/networking/test_networking_authorization.py checks every role after close.
    "networking.share": "after_close",
    "networking.contacts": "after_close",
    "networking.withdraw": "after_close",
    "export.participant_download": "participant",
    "boards.console": "owner",
    "boards.projector": "owner",
    "api.openapi_document": "public",
    "boards.moderation_log": "owner",
    "boards_api.boards": "owner_or_participant_api",
    "boards_api.mine": "participant",
    "boards_api.post_contribution": "participant",
    "boards_api.edit_contribution": "participant",
    "boards_api.withdraw_contribution": "participant",
    "boards_api.vote": "participant",
    "boards_api.moderate": "owner_api",
    "boards_api.merge": "owner_api",
    "boards_api.board_settings": "owner_api",
    "boards_api.agenda": "owner_api",
    # Briefing inputs (dialogue/inputs/)
    "inputs.manage": "owner",
    "inputs.add_text": "owner",
    "inputs.add_link": "owner",
    "inputs.add_pdf": "owner",
    "inputs.remove": "owner",
    "inputs.owner_file": "owner",
    "inputs_reading.index": "participant",
    "inputs_reading.file": "participant",
    "options.index": "participant",
    "options.create": "participant",
    "options.option_page": "participant",
    "options.option_history": "participant",
    "options.edit": "participant",
    "options.amend": "participant",
    "options.argue": "participant",
    "options.support": "participant",
    "options.rate": "participant",
    "options.consent": "participant",
    "options_workspace.workspace": "owner",
    "options_workspace.create": "owner",
    "options_workspace.option_page": "owner",
    "options_workspace.edit": "owner",
    "options_workspace.set_status": "owner",
    "options_workspace.accept_amendment": "owner",
    "options_workspace.reject_amendment": "owner",
    "options_workspace.open_round": "owner",
    "options_workspace.close_round": "owner",
    "options_workspace.reveal_results": "owner",
    "options_workspace.carry": "owner",
    "api_tokens.index": "facilitator",
    "api_tokens.create": "facilitator",
    "api_tokens.revoke": "owner",  # the token's own facilitator
    "api.list_session_templates": "facilitator_api",
    "api.list_sessions": "facilitator_api",
    "api.create_session": "facilitator_api_all",
    "api.get_session": "owner_api",
    "api.update_session": "owner_api",
    "api.list_agenda_items": "owner_api",
    "api.add_agenda_item": "owner_api",
    "api.edit_agenda_item": "owner_api",
    "api.move_agenda_item": "owner_api",
    "api.remove_agenda_item": "owner_api",
    "api.list_roster": "owner_api",
    "api.add_to_roster": "owner_api",
    "api.remove_from_roster": "owner_api",
    "api.reissue_link": "owner_api",
    "api.invitations_state": "owner_api",
    "api.send_invitations": "owner_api",
    "api.resend_invitation": "owner_api",
    "api.list_options": "owner_api",
    "api.create_option": "owner_api",
    "api.edit_option": "owner_api",
    "api.set_option_status": "owner_api",
}

# The API tokens, each in a browser of its own (no cookie): the owner's scoped to this
# session, the owner's scoped to another of their sessions, the owner's for all sessions
# but revoked, another facilitator's for all of theirs.
TOKEN_ROLES = ("owner_token", "owner_token_elsewhere", "owner_token_revoked",
               "other_facilitator_token")
ROLES = ("anonymous", "participant", "other_participant", "other_facilitator", "owner",
         *TOKEN_ROLES)

ALLOWED = {
    "public": set(ROLES),
    "after_close": set(),
    "participant": {"participant"},
    "facilitator": {"other_facilitator", "owner"},
    "owner": {"owner"},
    "owner_or_participant": {"participant", "owner"},
    "owner_api": {"owner", "owner_token"},
    "owner_or_participant_api": {"participant", "owner", "owner_token"},
    "facilitator_api": {"other_facilitator", "owner", "owner_token", "owner_token_elsewhere",
                        "other_facilitator_token"},
    "facilitator_api_all": {"other_facilitator", "owner", "other_facilitator_token"},
}

# The intended policy of every Socket.IO event (docs/security.md), for the socket matrix in
# test_socket_authorization_matrix.py; a new event without an entry fails that test.
# Nobody reaches an event without a connection, and a connection is only to one's own
# session: so another session's participant or facilitator can never act here. Policies:
# - ``connected``: anyone connected to this session (participant, owner, projector);
# - ``participant``: a participant of this session;
# - ``drafter``: a participant or the owner (co-drafting options);
# - ``owner``: the facilitator who owns this session (not the projector page).
SOCKET_POLICY = {
    "sync": "connected",
    "board_post": "participant",
    "board_edit": "participant",
    "board_withdraw": "participant",
    "board_vote": "participant",
    "board_mine": "participant",
    "board_moderate": "owner",
    "board_merge": "owner",
    "board_unmerge": "owner",
    "projector_show": "owner",
    "board_settings": "owner",
    "agenda_control": "owner",
    "option_create": "drafter",
    "option_edit": "drafter",
    "amendment_propose": "participant",
    "argument_add": "participant",
    "argument_vote": "participant",
    "rating_submit": "participant",
    "consent_submit": "participant",
    "amendment_decide": "owner",
    "option_status": "owner",
    "round_open": "owner",
    "round_close": "owner",
    "results_reveal": "owner",
    "options_carry_over": "owner",
    "poll_create": "owner",
    "poll_edit": "owner",
    "poll_delete": "owner",
    "poll_open": "owner",
    "poll_close": "owner",
    "poll_reveal": "owner",
    "poll_project": "owner",
    "poll_moderate": "owner",
    "poll_answer": "participant",
    "input_project": "owner",
}

SOCKET_ROLES = ("anonymous", "participant", "other_participant", "other_facilitator",
                "owner", "projector")

SOCKET_ALLOWED = {
    "connected": {"participant", "owner", "projector"},
    "participant": {"participant"},
    "drafter": {"participant", "owner"},
    "owner": {"owner"},
}
