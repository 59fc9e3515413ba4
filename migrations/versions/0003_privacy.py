"""Privacy: notices per organisation, deleted accounts, withdrawals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 06:01:46.041912

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('privacy_notice', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('privacy_contact', sa.String(length=254), server_default='', nullable=False))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True))



def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('deleted_at')

    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_column('privacy_contact')
        batch_op.drop_column('privacy_notice')

    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')

