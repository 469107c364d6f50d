from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "local_offer"
    label = "local_offer"
    verbose_name = "Local Offer"
