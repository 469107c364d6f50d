from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts and roles"

    def ready(self):
        # Registers the account's own export and the erasure of unused export downloads.
        from . import data_export  # noqa: F401
