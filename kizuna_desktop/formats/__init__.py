"""Standard formats in and out: vCard, CSV, iCalendar, archives. Pure functions on plain data."""
