from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .roles import role_names


@login_required
def account(request):
    return render(request, "accounts/account.html", {"roles": sorted(role_names(request.user))})
