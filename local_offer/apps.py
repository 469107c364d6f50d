from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "local_offer"
    label = "local_offer"
    verbose_name = "Local Offer"

    def ready(self):
        from portal.accounts.deletion import register_erasure

        from .reports import erase_reporter

        register_erasure("local_offer_problem_reports", erase_reporter)
