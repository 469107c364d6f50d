"""The link a professional follows from a family's invitation: sign in, then accept. Until it
is accepted the page names the family only as "a family"."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from . import professional_invitations as invitations


def accept(request, token):
    invitation = invitations.find(token)
    if invitation is None:
        return render(request, "sharing/invitation_unusable.html", {"reason": None}, status=404)
    reason = invitations.unusable_reason(invitation)
    if reason:
        return render(request, "sharing/invitation_unusable.html", {"reason": reason},
                      status=410)
    if not request.user.is_authenticated:
        next_query = urlencode({"next": request.get_full_path()})
        return render(request, "sharing/invitation_accept.html", {
            "invitation": invitation,
            "login_url": f"{reverse('account_login')}?{next_query}",
        })
    if request.method == "POST":
        try:
            invitations.accept(invitation, request.user)
        except invitations.InvitationError as error:
            return render(request, "sharing/invitation_unusable.html", {"reason": str(error)},
                          status=409)
        messages.success(request, "A family has shared part of a child's record with you.")
        return redirect("sharing:caseload")
    refused = invitations.not_for_this_account(invitation, request.user)
    return render(request, "sharing/invitation_accept.html",
                  {"invitation": invitation, "refused": refused}, status=403 if refused else 200)


def invite_from_share_form(request, child, form):
    """The share form named someone with no account: invite them to the grant it describes."""
    fields = form.grant_fields()
    try:
        issued = invitations.invite(
            child=child, invited_by=request.user, email=form.invite_email,
            sections=fields["sections"], actions=fields["actions"], purpose=fields["purpose"],
            starts_at=fields["starts_at"], ends_at=fields["ends_at"],
            build_link=lambda token: request.build_absolute_uri(
                reverse("sharing:invitation_accept", args=[token])
            ),
        )
    except invitations.SendingLimitReached as limit:
        form.add_error(None, str(limit))
        return render(request, "sharing/grant_new.html", {"child": child, "form": form},
                      status=429)
    messages.success(
        request,
        f"There is no account for {issued.invitation.email} yet, so we have emailed them an "
        "invitation. What you chose is shared once they accept. The link lasts 7 days.",
    )
    return redirect("sharing:child", child.pk)
