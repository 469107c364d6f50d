"""Who may use the Local Offer's own pages for signed-in people. Views ask these functions and
answer 404 when the answer is no, so a page someone may not use looks like one that is not there.
"""

from portal.accounts.policy import is_provider_with_organisation


def can_see_own_listings(user) -> bool:
    """"Your listings": a provider's staff member, for their organisation's listings only.

    Officers without the provider role get 404 rather than a council-wide view: they moderate
    and review listings in the editing area, which already shows them everything.
    """
    return is_provider_with_organisation(user)
