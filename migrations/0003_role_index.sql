-- people?role= is a case-insensitive substring of a role title: a trigram index (ids only) answers it
-- without scanning person_roles.
CREATE VIRTUAL TABLE `role_index` USING fts5(
  `person_id` UNINDEXED,
  `title`,
  tokenize = 'trigram',
  detail = none
);
