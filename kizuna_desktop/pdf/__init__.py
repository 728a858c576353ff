"""ReportLab rendering of briefings and meishi from plain data. No database access."""
