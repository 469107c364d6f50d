"""The growing-up addresses' rows in the sharing matrix (tests/sharing/test_sharing_matrix.py
imports them), in its shapes. Its world's child has no date of birth, so nothing can be handed
over: the pages still answer, for the family only. Who reaches them before and after a
handover is tested in tests/family/test_handover_access.py and test_s2_growing_up_pages.py."""

# Pages of whoever holds the record: (GET status, POST status).
FAMILY_ONLY_ROWS = {
    "family:handover": (200, 405),
    "family:handover_invite": (200, 200),  # no date of birth: the form says why not
}
# Sections and actions of a record page (none: the growing-up pages are not shared).
ROUTE_ROWS = {}
SPECIAL_ROWS = {
    # Only the young person themself (nobody in the matrix's world).
    "family:handover_take_over": {"get": {}, "post": {}},
    # Only a young person who has taken their record over.
    "sharing:keep_seeing": {"get": {}, "post": {}},
    # A council officer records a capacity decision (an empty form comes back with errors).
    "sharing:capacity": {"get": {"officer": 200}, "post": {"officer": 200}},
}
# Not a child's page: tests/sharing/test_s2_professional_invitations.py covers the link.
ELSEWHERE_ROWS = {"sharing:invitation_accept"}
