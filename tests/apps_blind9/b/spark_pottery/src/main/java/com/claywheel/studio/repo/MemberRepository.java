package com.claywheel.studio.repo;

import com.claywheel.studio.model.Member;
import com.claywheel.studio.model.SignupForm;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tinylog.Logger;

public class MemberRepository {
    private final JdbcClient jdbc;

    public MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Member create(SignupForm form) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO members (full_name, email, phone, date_of_birth)
                VALUES (:fullName, :email, :phone, :dob)
                """)
                .param("fullName", form.fullName)
                .param("email", form.email.toLowerCase())
                .param("phone", form.phone)
                .param("dob", form.dateOfBirth == null ? null : LocalDate.parse(form.dateOfBirth))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Logger.debug("inserted member {} {}", id, form.email);
        return find(id).orElseThrow();
    }

    public Optional<Member> find(long id) {
        return jdbc.sql("SELECT id, full_name, email, phone, date_of_birth, fob_id FROM members WHERE id = ?")
                .param(id)
                .query(Member.class)
                .optional();
    }

    public void assignFob(long memberId, String fobId) {
        jdbc.sql("UPDATE members SET fob_id = ? WHERE id = ?").params(fobId, memberId).update();
    }
}
