"""Importing contacts files: ``read`` (the file's kind and records), ``plan`` (every record
checked and matched to the person it is, before anything is written), ``write`` (the plan
carried out in one write transaction). Callers use what this package exports:

    plan = importing.import_file(journal, path)      # read and plan
    result = importing.import_with_backup(journal, plan, progress, cancel)
"""

from kizuna_desktop.services.importing.plan import (
    KIND_TITLES,
    LOOKUP_LIMIT,
    Item,
    Plan,
    checked_input,
    email_key,
    fold,
    import_file,
    match,
    name_keys,
    phone_key,
    plan,
    to_input,
)
from kizuna_desktop.services.importing.read import (
    FILE_LIMIT,
    FORMATS,
    detect_format,
    read_bytes,
    read_file,
)
from kizuna_desktop.services.importing.write import (
    Cancelled,
    JournalBusy,
    Result,
    apply,
    import_with_backup,
    merge_input,
    undo,
)

__all__ = [
    "FILE_LIMIT", "FORMATS", "KIND_TITLES", "LOOKUP_LIMIT", "Cancelled", "Item",
    "JournalBusy", "Plan", "Result", "apply", "checked_input", "detect_format", "email_key",
    "fold", "import_file", "import_with_backup", "match", "merge_input", "name_keys",
    "phone_key", "plan", "read_bytes", "read_file", "to_input", "undo",
]
