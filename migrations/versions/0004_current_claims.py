"""Claims say whether they are current, so the reports read claims alone, never documents.

- claims.is_current: true when the claim's document is the current version. The writer
  sets it from the document's status; a trigger on documents (AFTER UPDATE OF status)
  sets it on the document's claims whenever a status changes, so a superseded or removed
  document's claims leave the reports however its status was changed.
- claims.publisher and claims.published: the document's, as the extractor always copied
  them; claims from revision 0001 had none, so they are filled in from their documents.
- ix_claims_current_group (indicator, entity_names, measure, unit, period end and start,
  kind, bound, values, speaker, published, document_id, is_current) replaces
  ix_claims_group, and ix_claims_current_source (publisher, speaker, indicator,
  published, document_id, is_current) is new: every report aggregate reads one of these
  narrow indexes in group order, with no join. Joined with documents, each aggregate
  over 825,000 claims took 1–3 s; alone it takes a tenth. is_current comes last: first,
  SQLite (with no statistics) would take `is_current = 1` for a selective condition
  and scan the whole index where a list of claim or document ids should lead.

Downgrading drops the trigger, the column and the indexes and restores ix_claims_group;
the filled-in publishers and dates stay.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUP_COLUMNS = (
    "indicator", "entity_names", "measure", "unit", "period_end", "period_start", "kind",
    "bound", "value_low", "value_high", "speaker", "published", "document_id", "is_current",
)  # fmt: skip
SOURCE_COLUMNS = ("publisher", "speaker", "indicator", "published", "document_id", "is_current")
# Revision 0003's index, restored by the downgrade.
GROUP_COLUMNS_0003 = (
    "indicator", "entity_names", "measure", "unit", "period_end", "period_start", "kind",
    "bound", "value_low", "value_high", "speaker", "document_id",
)  # fmt: skip

_TRIGGER = "claims_follow_document_status"

_CREATE_TRIGGER = {
    "sqlite": [
        f"""CREATE TRIGGER {_TRIGGER} AFTER UPDATE OF status ON documents
        FOR EACH ROW WHEN OLD.status IS NOT NEW.status
        BEGIN
            UPDATE claims SET is_current = (NEW.status = 'current') WHERE document_id = NEW.id;
        END"""
    ],
    "postgresql": [
        f"""CREATE FUNCTION {_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE claims SET is_current = (NEW.status = 'current') WHERE document_id = NEW.id;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER {_TRIGGER} AFTER UPDATE OF status ON documents
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION {_TRIGGER}()""",
    ],
}

_DROP_TRIGGER = {
    "sqlite": [f"DROP TRIGGER IF EXISTS {_TRIGGER}"],
    "postgresql": [
        f"DROP TRIGGER IF EXISTS {_TRIGGER} ON documents",
        f"DROP FUNCTION IF EXISTS {_TRIGGER}()",
    ],
}

# Only the claims whose document differs: with the extractor's claims, none.
_FILL_DOCUMENT_FIELDS = {
    "sqlite": """UPDATE claims
        SET publisher = (SELECT d.publisher FROM documents d WHERE d.id = claims.document_id),
            published = (SELECT d.published FROM documents d WHERE d.id = claims.document_id)
        WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = claims.document_id
            AND (d.publisher IS NOT claims.publisher OR d.published IS NOT claims.published))""",
    "postgresql": """UPDATE claims c SET publisher = d.publisher, published = d.published
        FROM documents d WHERE d.id = c.document_id
            AND (d.publisher IS DISTINCT FROM c.publisher
                 OR d.published IS DISTINCT FROM c.published)""",
}

_FILL_CURRENT = """UPDATE claims SET is_current = (SELECT d.status = 'current' FROM documents d
    WHERE d.id = claims.document_id)
    WHERE document_id IN (SELECT id FROM documents WHERE status <> 'current')"""

# Revision 0003's views, dropped and made again around the SQLite table rebuild.
_VIEW = """CREATE VIEW {name} AS
SELECT c.id AS claim_id, d.id AS document_id, {version_columns}d.name AS doc, d.path AS path,
       d.publisher AS publisher, d.published AS published, d.title AS title,
       c.indicator AS indicator, c.entity_names AS entities,
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


def _dialect() -> str:
    return "postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite"


def upgrade() -> None:
    dialect = _dialect()
    op.add_column(
        "claims", sa.Column("is_current", sa.Boolean, nullable=False, server_default=sa.true())
    )
    op.execute(_FILL_CURRENT)
    op.execute(_FILL_DOCUMENT_FIELDS[dialect])
    for statement in _CREATE_TRIGGER[dialect]:
        op.execute(statement)
    op.drop_index("ix_claims_group", table_name="claims")
    op.create_index("ix_claims_current_group", "claims", list(GROUP_COLUMNS))
    op.create_index("ix_claims_current_source", "claims", list(SOURCE_COLUMNS))


def downgrade() -> None:
    for statement in _DROP_TRIGGER[_dialect()]:
        op.execute(statement)
    op.drop_index("ix_claims_current_source", table_name="claims")
    op.drop_index("ix_claims_current_group", table_name="claims")
    op.execute("DROP VIEW IF EXISTS claims_history_view")
    op.execute("DROP VIEW IF EXISTS claims_view")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("is_current")
    op.create_index("ix_claims_group", "claims", list(GROUP_COLUMNS_0003))
    op.execute(
        _VIEW.format(
            name="claims_view",
            version_columns="",
            where="\nWHERE d.status = 'current'",
        )
    )
    op.execute(_VIEW.format(name="claims_history_view", version_columns=_VERSION_COLUMNS, where=""))
