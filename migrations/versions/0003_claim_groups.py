"""Claims carry their entities as text, and indexes for the reports' GROUP BY queries.

- claims.entity_names: the claim's entity names, sorted and joined with ", " ("Azerbaijan,
  Russia"), written with the claim. The reports group every claim by indicator and
  entities; computing the text from claim_entities for each of a million claims on
  every query took longer than the whole report may.
- ix_claims_group (indicator, entity_names, measure, unit, period_end, and the other
  fields the reports count by) and ix_documents_report (id, status, publisher,
  published): the reports' GROUP BY queries read these narrow indexes, not the tables.
- claims_view and claims_history_view read the new column instead of a subquery per row.

Existing claims are filled in from claim_entities; downgrading drops the column and the
index and restores the views of revision 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sorted by code point, as Python's sorted() does when the writer fills the column.
_FILL = {
    "sqlite": """UPDATE claims SET entity_names = COALESCE((SELECT group_concat(name, ', ') FROM (
        SELECT e.name AS name FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = claims.id ORDER BY e.name)), '')""",
    "postgresql": """UPDATE claims SET entity_names = COALESCE((
        SELECT string_agg(e.name, ', ' ORDER BY e.name COLLATE "C")
        FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = claims.id), '')""",
}

# The views of revision 0002, with entities read from the claim.
_VIEW = """CREATE VIEW {name} AS
SELECT c.id AS claim_id, d.id AS document_id, {version_columns}d.name AS doc, d.path AS path,
       d.publisher AS publisher, d.published AS published, d.title AS title,
       c.indicator AS indicator, {entities} AS entities,
       c.value_low AS value_low, c.value_high AS value_high, c.unit AS unit,
       c.bound AS bound, c.measure AS measure, c.kind AS kind,
       c.period_start AS period_start, c.period_end AS period_end,
       c.period_text AS period_text, c.speaker AS speaker, c.surface AS surface,
       c.start AS start, c."end" AS "end", c.sentence AS sentence, c.confidence AS confidence
FROM claims c JOIN documents d ON d.id = c.document_id{where}"""

_VERSION_COLUMNS = (
    "d.version AS version, d.status AS status, d.extractor_version AS extractor_version,\n"
    "       d.ingested_at AS ingested_at, d.retired_at AS retired_at, "
)

# Revision 0002's per-row subquery, for the downgrade.
_ENTITIES_0002 = {
    "sqlite": """COALESCE((SELECT group_concat(name, ', ') FROM (
        SELECT e.name AS name FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id ORDER BY e.name)), '')""",
    "postgresql": """COALESCE((SELECT string_agg(e.name, ', ' ORDER BY e.name)
        FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id), '')""",
}


# Every claim field the reports' GROUP BY queries read, so they scan this index instead
# of the claims table, whose sentences make it ten times wider; a group is one range.
GROUP_COLUMNS = (
    "indicator", "entity_names", "measure", "unit", "period_end", "period_start", "kind",
    "bound", "value_low", "value_high", "speaker", "document_id",
)  # fmt: skip
# The document fields those queries join: a few megabytes, where the documents' texts
# are hundreds.
DOCUMENT_COLUMNS = ("id", "status", "publisher", "published")


def _dialect() -> str:
    return "postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite"


def _create_views(entities: str) -> None:
    op.execute(
        _VIEW.format(
            name="claims_view",
            version_columns="",
            entities=entities,
            where="\nWHERE d.status = 'current'",
        )
    )
    op.execute(
        _VIEW.format(
            name="claims_history_view",
            version_columns=_VERSION_COLUMNS,
            entities=entities,
            where="",
        )
    )


def _drop_views() -> None:
    op.execute("DROP VIEW IF EXISTS claims_history_view")
    op.execute("DROP VIEW IF EXISTS claims_view")


def upgrade() -> None:
    _drop_views()
    op.add_column("claims", sa.Column("entity_names", sa.Text, nullable=False, server_default=""))
    op.execute(_FILL[_dialect()])
    op.create_index("ix_claims_group", "claims", list(GROUP_COLUMNS))
    op.create_index("ix_documents_report", "documents", list(DOCUMENT_COLUMNS))
    _create_views("c.entity_names")


def downgrade() -> None:
    _drop_views()
    op.drop_index("ix_documents_report", table_name="documents")
    op.drop_index("ix_claims_group", table_name="claims")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("entity_names")
    _create_views(_ENTITIES_0002[_dialect()])
