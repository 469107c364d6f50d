from django.apps import AppConfig


class YoungCommissionersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "youngcommissioners"
    label = "youngcommissioners"
    verbose_name = "Voice and Young Commissioners"
