"""Load an ONS Postcode Directory (ONSPD) CSV extract so searches can start from any postcode.

Reads the columns pcds (postcode), lat, long and doterm (date of termination); terminated
postcodes and those without a grid reference are left out (and removed if an earlier import
loaded them). Safe to run again with a newer extract: rows are inserted or updated in bulk.
"""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.models import Postcode
from search.postcodes import normalise, outcode

BATCH = 5000
NO_LOCATION = 99.999999  # ONSPD's latitude for postcodes without a grid reference
REQUIRED = ("pcds", "lat", "long", "doterm")


class Command(BaseCommand):
    help = "Load postcodes and their coordinates from an ONS Postcode Directory CSV."

    def add_arguments(self, parser):
        parser.add_argument("csv_path", help="ONSPD CSV file (the full file or an extract)")
        parser.add_argument("--batch-size", type=int, default=BATCH)

    def handle(self, csv_path, batch_size, **options):
        path = Path(csv_path)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}")
        loaded = skipped = terminated = 0
        batch: list[Postcode] = []
        gone: list[str] = []
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = {name.strip().lower(): name for name in reader.fieldnames or []}
            missing = [name for name in REQUIRED if name not in columns]
            if missing:
                raise CommandError(
                    f"{path.name} is missing the column(s) {', '.join(missing)}. "
                    "Is it an ONS Postcode Directory CSV?"
                )
            for row in reader:
                postcode = normalise(row[columns["pcds"]] or "")
                if postcode is None or " " not in postcode:
                    skipped += 1
                    continue
                if (row[columns["doterm"]] or "").strip():
                    terminated += 1
                    gone.append(postcode)
                    continue
                try:
                    latitude = float(row[columns["lat"]])
                    longitude = float(row[columns["long"]])
                except (TypeError, ValueError):
                    skipped += 1
                    continue
                if abs(latitude - NO_LOCATION) < 1e-6 or not -90 <= latitude <= 90:
                    skipped += 1
                    continue
                batch.append(Postcode(postcode=postcode, outcode=outcode(postcode),
                                      latitude=latitude, longitude=longitude))
                if len(batch) >= batch_size:
                    loaded += self._save(batch, gone)
                    batch, gone = [], []
                    self.stdout.write(f"Loaded {loaded:,} postcodes")
        loaded += self._save(batch, gone)
        self.stdout.write(self.style.SUCCESS(
            f"Loaded {loaded:,} postcodes; left out {terminated:,} terminated "
            f"and {skipped:,} without a usable location."
        ))

    def _save(self, batch: list[Postcode], gone: list[str]) -> int:
        with transaction.atomic():
            if gone:
                Postcode.objects.filter(postcode__in=gone).delete()
            Postcode.objects.bulk_create(
                batch,
                batch_size=1000,
                update_conflicts=True,
                unique_fields=["postcode"],
                update_fields=["outcode", "latitude", "longitude"],
            )
        return len(batch)
