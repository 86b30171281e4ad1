--liquibase formatted sql

--changeset traject:4
--comment: An intake takes one traject (until that one is cancelled), also when two requests create one at the same moment.
CREATE UNIQUE INDEX traject_one_per_intake ON traject (intake_id) WHERE status <> 'CANCELLED';
--rollback DROP INDEX traject_one_per_intake;
