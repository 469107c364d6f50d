"""Admin page forms that keep a provider's staff inside their own organisation: a listing or
folder they edit can only name their own provider, whatever the HTML form is made to send."""

from wagtail.admin.forms import WagtailAdminPageForm

from portal.accounts.roles import Role, has_role


def edits_for_one_provider(user) -> bool:
    """Provider staff (not officers or site admins, who may file a listing under anyone)."""
    if user is None or user.is_superuser:
        return False
    return has_role(user, Role.PROVIDER) and not has_role(user, Role.OFFICER, Role.SITE_ADMIN)


class ProviderScopedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("provider")
        if field is not None and edits_for_one_provider(self.for_user):
            field.queryset = field.queryset.filter(organisation_id=self.for_user.organisation_id)
            field.error_messages["invalid_choice"] = "Choose your own organisation as the provider"
