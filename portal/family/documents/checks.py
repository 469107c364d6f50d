"""System checks for private files and virus scanning.

The virus-scanner warning is tagged `deploy`, so it shows in `manage.py check --deploy` (where a
council reads what production still needs) and not on every `make run`: a laptop has no clamd.
"""

from pathlib import Path

from django.conf import settings
from django.core import checks

from portal import private_files

from .virus_scan import ClamdAddress


@checks.register(checks.Tags.security, deploy=True)
def clamd_configured(app_configs=None, **kwargs):
    if ClamdAddress.from_settings().configured:
        return []
    return [
        checks.Warning(
            "No virus scanner is configured, so families' uploaded documents are kept as "
            "\"not yet scanned\".",
            hint="Run ClamAV's daemon (clamd) and set CLAMD_SOCKET to its Unix socket, or "
            "CLAMD_HOST and CLAMD_PORT to its address.",
            id="family_documents.W001",
        )
    ]


@checks.register(checks.Tags.security)
def private_files_keys(app_configs=None, **kwargs):
    problem = private_files.key_problem()
    if problem is None:
        return []
    return [checks.Error(problem, id="family_documents.E001")]


@checks.register(checks.Tags.security, deploy=True)
def private_files_outside_media(app_configs=None, **kwargs):
    private = Path(settings.PRIVATE_FILES_ROOT).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if private == media or media in private.parents:
        return [
            checks.Error(
                "PRIVATE_FILES_ROOT is inside MEDIA_ROOT, where the web server may serve files "
                "to anyone.",
                hint="Set PRIVATE_FILES_ROOT to a folder outside MEDIA_ROOT.",
                id="family_documents.E002",
            )
        ]
    return []
