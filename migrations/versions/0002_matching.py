"""Matching: settings, runs, proposals, pair rules and matches

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 04:39:06.516684

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('match_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.Enum('web', 'cli', name='source', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('mentee_count', sa.Integer(), nullable=False),
    sa.Column('mentor_count', sa.Integer(), nullable=False),
    sa.Column('capacity_count', sa.Integer(), nullable=False),
    sa.Column('matched_count', sa.Integer(), nullable=False),
    sa.Column('mean_score', sa.Double(), nullable=True),
    sa.Column('lowest_score', sa.Double(), nullable=True),
    sa.Column('timings', sa.JSON(), nullable=False),
    sa.Column('mentor_ids', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_match_runs_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_match_runs_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_runs'))
    )
    with op.batch_alter_table('match_runs', schema=None) as batch_op:
        batch_op.create_index('ix_match_runs_program_time', ['program_id', 'created_at'], unique=False)

    op.create_table('match_settings',
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('weight_fields', sa.Integer(), nullable=False),
    sa.Column('weight_topics', sa.Integer(), nullable=False),
    sa.Column('weight_text', sa.Integer(), nullable=False),
    sa.Column('weight_languages', sa.Integer(), nullable=False),
    sa.Column('weight_availability', sa.Integer(), nullable=False),
    sa.Column('weight_region', sa.Integer(), nullable=False),
    sa.Column('objective', sa.Enum('coverage', 'balanced', name='objective', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('min_score', sa.Double(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('min_score >= 0 AND min_score <= 1', name=op.f('ck_match_settings_min_score')),
    sa.CheckConstraint('weight_availability BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_availability')),
    sa.CheckConstraint('weight_fields BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_fields')),
    sa.CheckConstraint('weight_languages BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_languages')),
    sa.CheckConstraint('weight_region BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_region')),
    sa.CheckConstraint('weight_text BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_text')),
    sa.CheckConstraint('weight_topics BETWEEN 0 AND 10', name=op.f('ck_match_settings_weight_topics')),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_match_settings_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('program_id', name=op.f('pk_match_settings'))
    )
    op.create_table('pair_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('forbidden', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_pair_rules_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['applications.id'], name=op.f('fk_pair_rules_mentee_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['applications.id'], name=op.f('fk_pair_rules_mentor_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_pair_rules_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair_rules')),
    sa.UniqueConstraint('program_id', 'mentee_id', 'mentor_id', 'kind', name=op.f('uq_pair_rules_program_id_mentee_id_mentor_id_kind'))
    )
    with op.batch_alter_table('pair_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_rules_program_id'), ['program_id'], unique=False)

    op.create_table('proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Double(), nullable=True),
    sa.Column('parts', sa.JSON(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('unmatched_reason', sa.JSON(), nullable=True),
    sa.Column('state', sa.Enum('proposed', 'approved', 'rejected', 'confirmed', name='state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('origin', sa.Enum('engine', 'coordinator', name='origin', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("mentor_id IS NOT NULL OR (state IN ('proposed', 'rejected') AND NOT locked)", name=op.f('ck_proposals_unmatched_state')),
    sa.CheckConstraint('(mentor_id IS NULL) = (score IS NULL)', name=op.f('ck_proposals_mentor_has_score')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_proposals_decided_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['applications.id'], name=op.f('fk_proposals_mentee_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['applications.id'], name=op.f('fk_proposals_mentor_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['match_runs.id'], name=op.f('fk_proposals_run_id_match_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposals')),
    sa.UniqueConstraint('run_id', 'mentee_id', name=op.f('uq_proposals_run_id_mentee_id'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index('ix_proposals_mentor', ['mentor_id'], unique=False)

    op.create_table('matches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.Enum('active', 'ended', 'cancelled', 'declined', name='state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('score', sa.Double(), nullable=True),
    sa.Column('confirmed_by_id', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('mentee_id <> mentor_id', name=op.f('ck_matches_two_people')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_matches_closed_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['confirmed_by_id'], ['users.id'], name=op.f('fk_matches_confirmed_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['applications.id'], name=op.f('fk_matches_mentee_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['applications.id'], name=op.f('fk_matches_mentor_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_matches_program_id_programs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_matches_proposal_id_proposals'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matches'))
    )
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.create_index('ix_matches_mentor_state', ['mentor_id', 'state'], unique=False)
        batch_op.create_index('ix_matches_program', ['program_id'], unique=False)
        batch_op.create_index('uq_matches_active_mentee', ['mentee_id'], unique=True, sqlite_where=sa.text("state = 'active'"), postgresql_where=sa.text("state = 'active'"))

    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active_matches', sa.Integer(), server_default='0', nullable=False))
        # Autogenerate does not see check constraints on an existing table: added by hand.
        batch_op.create_check_constraint(
            'active_matches_within_capacity',
            'active_matches >= 0 AND active_matches <= COALESCE(capacity, 1)',
        )



def downgrade():
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_applications_active_matches_within_capacity'), type_='check')
        batch_op.drop_column('active_matches')

    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_index('uq_matches_active_mentee', sqlite_where=sa.text("state = 'active'"), postgresql_where=sa.text("state = 'active'"))
        batch_op.drop_index('ix_matches_program')
        batch_op.drop_index('ix_matches_mentor_state')

    op.drop_table('matches')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index('ix_proposals_mentor')

    op.drop_table('proposals')
    with op.batch_alter_table('pair_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_rules_program_id'))

    op.drop_table('pair_rules')
    op.drop_table('match_settings')
    with op.batch_alter_table('match_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_match_runs_program_time')

    op.drop_table('match_runs')
