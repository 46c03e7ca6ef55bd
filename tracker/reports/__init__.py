"""Reports: from a claims frame to charts, tables and a PDF (see `write_reports`)."""
