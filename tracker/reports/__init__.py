"""Reports: charts and comparison tables of the stored claims (PDF, PNG, CSV)."""
