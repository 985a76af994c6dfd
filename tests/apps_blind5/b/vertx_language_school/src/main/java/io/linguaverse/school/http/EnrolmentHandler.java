package io.linguaverse.school.http;

import io.linguaverse.school.model.CardDetails;
import io.linguaverse.school.repo.PaymentRepository;
import io.linguaverse.school.service.AcquirerClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class EnrolmentHandler {
  private static final Logger LOG = LogManager.getLogger(EnrolmentHandler.class);

  private final Pool pool;
  private final PaymentRepository payments;
  private final AcquirerClient acquirer;

  public EnrolmentHandler(Pool pool, PaymentRepository payments, AcquirerClient acquirer) {
    this.pool = pool;
    this.payments = payments;
    this.acquirer = acquirer;
  }

  public void enrolAndPay(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    long studentId = body.getLong("studentId");
    long courseId = body.getLong("courseId");
    CardDetails card = CardDetails.fromJson(body.getJsonObject("card"));
    boolean monthly = body.getBoolean("monthlyPlan", false);
    LOG.info("enrolment request student={} course={} card={} monthly={}", studentId, courseId, card, monthly);

    pool.preparedQuery("INSERT INTO enrolment (student_id, course_id) VALUES ($1, $2) RETURNING id")
        .execute(Tuple.of(studentId, courseId))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(enrolmentId -> pool.preparedQuery("SELECT price_cents FROM course WHERE id = $1").execute(Tuple.of(courseId))
            .map(rows -> rows.iterator().next().getInteger("price_cents"))
            .compose(price -> acquirer.sale(card, monthly ? price / 3 : price, "ENR-" + enrolmentId)
                .compose(result -> {
                  String status = "0".equals(result.getString("responseCode")) ? "captured" : "declined";
                  return payments.recordPayment(enrolmentId, price, result.getString("xref"), card.masked(),
                      result.getString("authorisationCode"), status);
                })
                .compose(paymentId -> monthly ? payments.saveCardForRecurring(studentId, card) : io.vertx.core.Future.succeededFuture(0L))
                .map(x -> enrolmentId)))
        .onSuccess(enrolmentId -> ctx.json(new JsonObject().put("enrolmentId", enrolmentId)))
        .onFailure(err -> {
          LOG.error("enrolment failed student={} course={} cardNumber={} cvv={}", studentId, courseId,
              card.number(), card.securityCode(), err);
          ctx.fail(402);
        });
  }
}
