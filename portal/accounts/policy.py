"""Who may invite whom, and who may manage colleagues: every access rule for accounts lives here.

Views ask these functions and answer 404 when the answer is no, so a page or an invitation
that someone may not use looks exactly like one that does not exist.
"""

from .models import Invitation, Organisation, User
from .roles import Role, has_role

# What an officer may invite people as. Site admins are made by an existing site admin in the
# Wagtail admin, never by an emailed link.
OFFICER_INVITABLE_ROLES = (Role.PROVIDER, Role.KEY_WORKER, Role.OFFICER, Role.SAFEGUARDING_LEAD)
# An organisation admin brings in colleagues who do the same kind of work as them.
ORGANISATION_ADMIN_INVITABLE_ROLES = (Role.PROVIDER, Role.KEY_WORKER)


def is_officer(user) -> bool:
    """Council officers, site admins and superusers: who acts for the council in the admin."""
    return user.is_authenticated and (
        user.is_superuser or has_role(user, Role.OFFICER, Role.SITE_ADMIN)
    )


def is_provider_with_organisation(user) -> bool:
    """A provider's staff member: someone whose organisation has listings they keep up to date.
    (A provider with no organisation yet has none, so nothing of theirs to show.)"""
    return (
        user.is_authenticated
        and user.organisation_id is not None
        and has_role(user, Role.PROVIDER)
    )


def is_organisation_admin(user) -> bool:
    return user.is_authenticated and user.is_organisation_admin and user.organisation_id is not None


def can_invite(user) -> bool:
    return is_officer(user) or is_organisation_admin(user)


def invitable_roles(user) -> tuple[Role, ...]:
    if is_officer(user):
        return OFFICER_INVITABLE_ROLES
    if is_organisation_admin(user):
        return ORGANISATION_ADMIN_INVITABLE_ROLES
    return ()


def invitable_organisations(user):
    if is_officer(user):
        return Organisation.objects.all()
    if is_organisation_admin(user):
        return Organisation.objects.filter(pk=user.organisation_id)
    return Organisation.objects.none()


def visible_invitations(user):
    """The invitations a user may list and cancel."""
    queryset = Invitation.objects.select_related("organisation", "invited_by")
    if is_officer(user):
        return queryset
    if is_organisation_admin(user):
        return queryset.filter(organisation_id=user.organisation_id)
    return queryset.none()


def can_manage_colleagues(user) -> bool:
    return is_organisation_admin(user)


def removable_colleagues(user):
    """Colleagues an organisation admin may remove: same organisation, never themselves."""
    if not can_manage_colleagues(user):
        return User.objects.none()
    return User.objects.filter(organisation_id=user.organisation_id, is_active=True).exclude(
        pk=user.pk
    )
