// SPDX-License-Identifier: MIT
// A PostgreSQL library whose server session ends in the middle of a search,
// as a server restart ends every session: the search returns the clear
// "lost the connection" error (never a crash, never a partial page), so do
// the calls after it, and the library opened again answers as before.
// Against $KANBAO_TEST_PG; skipped, saying why, without a server.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <chrono>
#include <memory>
#include <thread>

#include "backends_fixture.h"

namespace kanbao::store {
namespace {

using std::chrono::milliseconds;
using testing::request_for;
using testing::TempDir;

class PostgresConnection : public testing_pg::PostgresTest {
 protected:
  TempDir dir_;
};

// Waits (up to a minute) until a session of the test's database waits for a
// lock, then ends it as a server shutdown does; whether one was ended.
bool end_the_waiting_session(const std::string& uri) {
  for (int waited = 0; waited < 1200; ++waited) {
    const auto ended = testing_pg::query_rows(
        uri,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
        " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'");
    if (!ended.empty()) return ended.front() == "t";
    std::this_thread::sleep_for(milliseconds(50));
  }
  return false;
}

bool lost_connection(const std::string& message) {
  return message.find("lost the connection to the library") != std::string::npos;
}

TEST_F(PostgresConnection, SessionEndedDuringASearchIsAClearErrorAndReopeningRecovers) {
  const std::string pages = (dir_.path() / "pages").string();
  testing::copy_samples(pages);
  {
    auto writer = testing::open_rw(uri_);
    testing::index_ok(writer, {pages});
  }
  auto reader = Library::open(uri_, OpenMode::kReadOnly);
  ASSERT_TRUE(reader) << reader.error().message();
  auto before = reader->search(request_for("发展", 20));
  ASSERT_TRUE(before) << before.error().message();
  ASSERT_GT(before->total, 0);

  // Another session holds the articles table, so the search stops at its
  // first statement on it, on the server, until its session is ended.
  std::unique_ptr<PGconn, decltype(&PQfinish)> holder(PQconnectdb(uri_.c_str()), &PQfinish);
  ASSERT_EQ(PQstatus(holder.get()), CONNECTION_OK) << PQerrorMessage(holder.get());
  std::unique_ptr<PGresult, decltype(&PQclear)> locked(
      PQexec(holder.get(), "BEGIN; LOCK TABLE articles IN ACCESS EXCLUSIVE MODE"), &PQclear);
  ASSERT_EQ(PQresultStatus(locked.get()), PGRES_COMMAND_OK) << PQresultErrorMessage(locked.get());

  std::string during = "the search succeeded";
  std::thread search([&] {
    auto page = reader->search(request_for("发展", 20));
    if (!page) during = page.error().message();
  });
  const bool ended = end_the_waiting_session(uri_);
  // Released before the join: had no session been ended, the search would
  // still wait for the lock, and the test would hang instead of failing.
  locked.reset(PQexec(holder.get(), "ROLLBACK"));
  search.join();
  ASSERT_TRUE(ended) << "the search never waited for the lock";
  EXPECT_TRUE(lost_connection(during)) << during;

  // The library stays an object that answers, with the same error.
  auto after = reader->search(request_for("发展", 20));
  ASSERT_FALSE(after);
  EXPECT_TRUE(lost_connection(after.error().message())) << after.error().message();
  auto listed = reader->count({});
  ASSERT_FALSE(listed);
  EXPECT_TRUE(lost_connection(listed.error().message())) << listed.error().message();

  // Opened again (the browser's R), it answers as before.
  auto reopened = Library::open(uri_, OpenMode::kReadOnly);
  ASSERT_TRUE(reopened) << reopened.error().message();
  auto again = reopened->search(request_for("发展", 20));
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->total, before->total);
}

}  // namespace
}  // namespace kanbao::store
