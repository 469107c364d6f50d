"""Admin page forms that keep a provider's staff inside their own organisation: a listing or
folder they edit can only name their own provider, whatever the HTML form is made to send, and
the listing's "last checked" date is shown to them but never taken from what they send."""

from wagtail.admin.forms import WagtailAdminPageForm

from portal.accounts.roles import Role, has_role

PORTAL_SET_HELP = (
    "You cannot change this date. It moves on when you confirm, from the reminder email, that "
    "the listing is still accurate."
)


def edits_for_one_provider(user) -> bool:
    """Provider staff (not officers or site admins, who may file a listing under anyone)."""
    if user is None or user.is_superuser:
        return False
    return has_role(user, Role.PROVIDER) and not has_role(user, Role.OFFICER, Role.SITE_ADMIN)


class ProviderScopedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not edits_for_one_provider(self.for_user):
            return
        field = self.fields.get("provider")
        if field is not None:
            field.queryset = field.queryset.filter(organisation_id=self.for_user.organisation_id)
            field.error_messages["invalid_choice"] = "Choose your own organisation as the provider"
        self._keep_portal_set_date()

    def _keep_portal_set_date(self):
        """A disabled field takes its value from `initial`, never from the POST. The value is
        the live row's, not the draft's, so an earlier draft cannot carry a typed date either
        (the 'still accurate' link writes the row and every revision)."""
        field = self.fields.get("last_reviewed")
        if field is None:
            return
        field.disabled = True
        field.help_text = PORTAL_SET_HELP
        if self.instance.pk:
            stored = (
                type(self.instance)
                .objects.filter(pk=self.instance.pk)
                .values_list("last_reviewed", flat=True)
            )
            self.initial["last_reviewed"] = stored.first()
