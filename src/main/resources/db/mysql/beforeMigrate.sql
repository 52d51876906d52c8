-- GridGov's own tables hold people's names and addresses: 4-byte UTF-8 (rare CJK, emoji) must fit.
-- Camunda's own tables are created by the engine with an explicit 3-byte utf8 charset and are not affected.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
