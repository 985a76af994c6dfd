package io.linguaverse.school.repo;

import io.linguaverse.school.model.Student;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Optional;

public class StudentRepository {
  private final Pool pool;

  public StudentRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Long> insert(String email, String fullName, String phone, LocalDate dob, String nativeLanguage) {
    return pool
        .preparedQuery(
            "INSERT INTO student (email, full_name, phone, date_of_birth, native_language) "
                + "VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .execute(Tuple.of(email, fullName, phone, dob, nativeLanguage))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public Future<Optional<Student>> findById(long id) {
    return pool
        .preparedQuery("SELECT * FROM student WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Student.fromRow(rows.iterator().next())));
  }

  public Future<Integer> countEnrolments(long studentId) {
    return pool
        .preparedQuery("SELECT count(*) AS n FROM enrolment WHERE student_id = $1")
        .execute(Tuple.of(studentId))
        .map(rows -> rows.iterator().next().getInteger("n"));
  }

  public Future<Void> markEmailVerified(long id) {
    return pool.preparedQuery("UPDATE student SET email_verified = TRUE WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
  }

  static String initials(Row row) {
    String name = row.getString("full_name");
    return name == null || name.isEmpty() ? "?" : name.substring(0, 1);
  }
}
