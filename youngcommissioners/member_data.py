"""A Young Commissioner's data: what leaves with them (portal.accounts.data_export) and what
deleting their account erases and keeps (portal.accounts.deletion).

Decision (docs/voice.md, "When a member leaves or deletes their account"):
- Erased: their places in groups, invitations sent to their address, and the comments on
  their scores (their own words, which may say who they are).
- Kept, anonymised: their 1 to 5 scores, with nothing to say whose they were, so a group's
  counts for a service do not change after the review is done. A score on its own says
  nothing about anyone.
- Kept, without their name: recommendations they sent. They were the group's, and the council's
  answer to them is a public commitment to the group.
- Kept: a comment the safeguarding lead is looking at or acted on, without the account it came
  from, because safeguarding records must be kept.
"""

from portal.accounts.data_export import ExportSection
from portal.accounts.deletion import ErasureReport, Kept

from .models import CommissionerInvitation, Membership, Recommendation, ReviewScore


def export_member_data(user) -> ExportSection:
    scores = (
        ReviewScore.objects.filter(member=user)
        .select_related("group", "project", "service", "criterion")
        .order_by("scored_at", "pk")
    )
    return ExportSection(records={
        "groups": [
            {"group": m.group.name, "name_shown_outside_the_group": m.name_shown_outside}
            for m in Membership.objects.filter(user=user).select_related("group")
        ],
        "scores": [
            {"group": s.group.name, "project": s.project.title if s.project_id else None,
             "service": s.service.title, "criterion": s.criterion.text, "score": s.score,
             "comment": s.comment, "scored_at": s.scored_at,
             "status": s.get_status_display()}
            for s in scores
        ],
        "recommendations": [
            {"group": r.group.name, "title": r.title, "text": r.text, "sent_at": r.created_at,
             "status": "Waiting for a check" if r.held else r.get_status_display(),
             "progress": r.progress}
            for r in Recommendation.objects.filter(sent_by=user, withheld=False)
            .select_related("group").order_by("created_at")
        ],
        "invitations": [
            {"group": i.group.name, "sent_at": i.created_at, "accepted_at": i.accepted_at}
            for i in CommissionerInvitation.objects.filter(email__iexact=user.email)
            .select_related("group")
        ],
    })


def erase_member_data(user) -> ErasureReport:
    memberships = Membership.objects.filter(user=user).delete()[0]
    invitations = CommissionerInvitation.objects.filter(email__iexact=user.email).delete()[0]
    scores = ReviewScore.objects.filter(member=user)
    shown = scores.filter(status=ReviewScore.Status.SHOWN)
    # Comments go; the numbers stay in the group's counts with no member.
    scored = shown.update(comment="", member=None)
    safeguarding = scores.exclude(status=ReviewScore.Status.SHOWN).update(member=None)
    sent = Recommendation.objects.filter(sent_by=user).update(sent_by=None)
    report = ErasureReport()
    if memberships or invitations:
        report.erased.append("Your place in Young Commissioners groups, and invitations to join")
    if scored or safeguarding:
        report.erased.append("Your comments on the services you scored")
        report.kept.append(Kept(
            "The scores you gave services (1 to 5)",
            "They stay in your group's counts with nothing to say they were yours.",
        ))
    if sent:
        report.kept.append(Kept(
            "Recommendations you sent for your group",
            "They belong to the group, and the council's answer to them is kept for the "
            "group. Your name is taken off them.",
        ))
    if safeguarding:
        report.kept.append(Kept(
            "Anything you wrote that the safeguarding lead looked at",
            "Safeguarding records must be kept. Your account is no longer linked to it.",
        ))
    return report
