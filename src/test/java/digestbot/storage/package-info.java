/**
 * Storage tests on both databases the bot supports. A test class holding the tests is
 * abstract and declares two nested subclasses, one annotated {@link digestbot.storage.OnH2},
 * the other {@link digestbot.storage.OnPostgres}; each runs every test on its database.
 * {@link digestbot.storage.TestDatabase} gives tests that start the application themselves a
 * database of either kind. The PostgreSQL server is started by the tests, once per test JVM.
 */
package digestbot.storage;
