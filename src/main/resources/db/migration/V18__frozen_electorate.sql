-- One vote per voting place (CCH R441-9; the committee's internal rules): the electorate of a vote round is frozen
-- when it opens, one row per convened seat with its role, and for each voter the place (titular seat) it votes for.
-- A ballot is keyed by that place, so a titular and his substitute can never both vote in a round.
CREATE TABLE vote_round_seat (
    round_id      BIGINT      NOT NULL,
    seat_id       BIGINT      NOT NULL,
    role          VARCHAR(16) NOT NULL,
    place_seat_id BIGINT      NULL,
    PRIMARY KEY (round_id, seat_id),
    CONSTRAINT fk_round_seat_round FOREIGN KEY (round_id) REFERENCES vote_round (id),
    CONSTRAINT fk_round_seat_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    CONSTRAINT fk_round_seat_place FOREIGN KEY (place_seat_id) REFERENCES committee_seat (id),
    CONSTRAINT uk_round_seat_place UNIQUE (round_id, place_seat_id),
    CONSTRAINT ck_round_seat_role CHECK (role IN ('VOTER', 'ABSENT_VOTER', 'RECUSED', 'ADVISORY', 'NOT_CONCERNED')),
    CONSTRAINT ck_round_seat_place CHECK ((role = 'VOTER') = (place_seat_id IS NOT NULL))
) ENGINE = InnoDB;

ALTER TABLE ballot ADD COLUMN place_seat_id BIGINT NULL AFTER seat_id;
-- Ballots cast before: a substitute's ballot was for his titular's place.
UPDATE ballot b JOIN committee_seat s ON s.id = b.seat_id
   SET b.place_seat_id = COALESCE(s.substitute_for_id, s.id);
ALTER TABLE ballot MODIFY place_seat_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_ballot_place FOREIGN KEY (place_seat_id) REFERENCES committee_seat (id),
    ADD CONSTRAINT uk_ballot_place UNIQUE (round_id, place_seat_id);
