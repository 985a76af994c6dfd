package com.claywheel.studio.repo;

import org.springframework.jdbc.core.simple.JdbcClient;

public class BookingRepository {
    private final JdbcClient jdbc;

    public BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int seatsLeft(int courseId) {
        return jdbc.sql("""
                SELECT c.seats - count(b.id) FROM courses c
                LEFT JOIN course_bookings b ON b.course_id = c.id
                WHERE c.id = ? GROUP BY c.seats
                """).param(courseId).query(Integer.class).single();
    }

    public void book(int courseId, long memberId, String paymentId, String token, String last4, String voucher) {
        jdbc.sql("INSERT INTO course_bookings (course_id, member_id, payment_id, card_token, card_last4, voucher_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(courseId, memberId, paymentId, token, last4, voucher)
                .update();
    }
}
