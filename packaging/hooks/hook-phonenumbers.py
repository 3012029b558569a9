# Replaces pyinstaller-hooks-contrib's hook, which collects every submodule: Briefpack parses and
# formats numbers only, so the geocoding, carrier and time-zone data (most of the package's
# size) stay out.
from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
          "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(UNUSED)
)
