"""Who may do what with the voice of families and young people: every access rule of this app.

Views ask these functions and answer 404 when the answer is no, so a page someone may not use
looks exactly like one that does not exist. Anyone may leave feedback; officers moderate it;
only the safeguarding lead (or their deputy, who holds the same role) sees a flagged item.
"""

from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role


def is_safeguarding_lead(user) -> bool:
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.SAFEGUARDING_LEAD))


def may_moderate(user) -> bool:
    """Officers decide what is published. They never see an item the screen has flagged."""
    return is_officer(user)


def may_keep_phrases(user) -> bool:
    """The screening phrases are the safeguarding lead's (and a site admin's) to change."""
    return is_safeguarding_lead(user) or has_role(user, Role.SITE_ADMIN)


def is_member(user, group) -> bool:
    """A Young Commissioner of this group: the role, and a place in the group."""
    return (
        user.is_authenticated and has_role(user, Role.YOUNG_COMMISSIONER)
        and group.membership_set.filter(user=user).exists()
    )


def may_see_group(user, group) -> bool:
    """The group's members and council officers (who act on what the group says)."""
    return is_officer(user) or is_member(user, group)


def may_see_names(user, group) -> bool:
    """Members' names stay inside the group: its members and its supporting officer."""
    return is_member(user, group) or (
        user.is_authenticated and group.supporting_officer_id == user.pk
    )


def may_decide_recommendations(user) -> bool:
    return is_officer(user)


def may_set_up_groups(user) -> bool:
    """Council officers start groups, invite and remove members, and set up projects."""
    return is_officer(user)


def may_set_criteria(user, group) -> bool:
    """The criteria are the group's own words: its members and its supporting officer set them."""
    return is_member(user, group) or (
        user.is_authenticated and is_officer(user) and group.supporting_officer_id == user.pk
    )


def may_manage_members(user, group) -> bool:
    """Members' names stay inside the group, so its member list (invite, remove) is its
    supporting officer's; any officer's while the group has none yet."""
    return is_officer(user) and group.supporting_officer_id in (None, user.pk)
