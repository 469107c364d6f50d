"""allauth adapter: public sign-up makes a family account; staff join only by invitation."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            from .roles import Role
            from django.contrib.auth.models import Group

            group, _ = Group.objects.get_or_create(name=str(Role.PARENT))
            user.groups.add(group)
        return user
