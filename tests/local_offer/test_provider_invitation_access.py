"""A provider who accepts an invitation can edit its own listings straight away, and loses that
right when its organisation admin removes them."""

from local_offer.models import ServicePage
from portal.accounts import invitations
from portal.accounts.colleagues import remove_from_organisation
from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.factories import make_user

from .moderation_support import officer, tree  # noqa: F401 (fixtures)


def _invite_and_accept(tree, officer):  # noqa: F811
    issued = invitations.issue(
        email="new.starter@speech.example",
        role=Role.PROVIDER,
        organisation=tree.speech.organisation,
        invited_by=officer,
        build_link=lambda token: f"https://portal.example/invitations/{token}/",
    )
    return invitations.accept_with_new_account(
        issued.invitation, password="a long and unusual passphrase 42", display_name="New Starter"
    )


def test_accepted_provider_invitation_grants_edit_rights_to_own_listings_only(
    tree, officer  # noqa: F811
):
    # Given an officer invites a new member of staff to the speech provider
    # When they accept
    user = _invite_and_accept(tree, officer)

    # Then they can edit their organisation's listing (now filed in its own folder), and not
    # another provider's; they can never publish
    speech = ServicePage.objects.get(pk=tree.speech_listing.pk)
    leisure = ServicePage.objects.get(pk=tree.leisure_listing.pk)
    assert speech.permissions_for_user(user).can_edit()
    assert not leisure.permissions_for_user(user).can_edit()
    assert not speech.permissions_for_user(user).can_publish()


def test_removed_colleague_loses_edit_rights(tree, officer):  # noqa: F811
    # Given a provider member of staff who joined by invitation
    user = _invite_and_accept(tree, officer)
    speech = ServicePage.objects.get(pk=tree.speech_listing.pk)
    assert speech.permissions_for_user(user).can_edit()
    make_user(Role.PROVIDER, organisation=tree.speech.organisation, email="boss@speech.example")

    # When their organisation admin removes them
    remove_from_organisation(user)
    user = User.objects.get(pk=user.pk)

    # Then the listing is no longer theirs to edit
    assert not speech.permissions_for_user(user).can_edit()
    assert not user.groups.filter(name__startswith="Provider listings").exists()
